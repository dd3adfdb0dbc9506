"""Importing a caseload: families by key, every rejected row, duplicates, one transaction, the
checklist exactly as entered by hand, the audit entry, permissions and saved mappings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.conftest import centre_input, decision, family_input, person
from transition_app.access.permissions import Actor, PermissionDenied
from transition_app.domain.validation import ServiceError
from transition_app.services.dto import ContactInput
from transition_app.services.importing import ImportOptions, writer
from transition_app.services.importing.readers import read_csv_bytes
from transition_app.store.models import (
    AuditEntry,
    ChecklistEvent,
    ChecklistPlan,
    ChecklistStep,
    ContactDetail,
    Family,
    Note,
    Person,
    ReceptionCentre,
)

VALID_NRN = "90030412319"  # born 1990-03-04, checksum 97 - 900304123 % 97
HEADER = ("Famille;Nom;Prénom;Date de naissance;Sexe;Lien;Nationalité;Langues;Statut;Date de décision;"
          "Date de notification;Commune;GSM;Numéro national;Remarques")


def csv(*lines: str, header: str = HEADER):
    return read_csv_bytes(("\r\n".join((header, *lines)) + "\r\n").encode("cp1252"))


HADDAD = ("F1;Haddad;Amal;04/03/1990;F;chef de ménage;Syrie;arabe, français;réfugié;01/10/2026;03/10/2026;Liège;"
          "0470 12 34 56;90.03.04-123.19;arrivée le 2 septembre",
          "F1;Haddad;Omar;01/06/2015;M;enfant;SY;arabe;;;;;;;")
TESFAY = ("F2;Tesfay;Yonas;12/12/1985;M;gezinshoofd;Érythrée;tigrinya;subsidiaire;15/09/2026;;9000;;;",)


def count(ctx, model) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count(model.id)))


def run(ctx, table, **options):
    importer = ctx.importer
    return importer.run(table, importer.mapping(table), ImportOptions(**options))


def dry(ctx, table, **options):
    importer = ctx.importer
    return importer.dry_run(table, importer.mapping(table), ImportOptions(**options))


# --------------------------------------------------------------------------- families


def test_rows_become_families_with_every_field(ctx, staff):
    report = run(ctx, csv(*HADDAD, *TESFAY), centre_id=staff["centre"].id, worker="anna")
    assert report.to_json() == {"rows": 3, "families": 2, "imported": 2, "rejected": [], "duplicates": []}
    assert report.written and report.persons == 3
    haddad = ctx.families.get_family(report.family_ids[0])
    head, child = haddad.members
    assert (head.family_name, head.given_names, head.relation, head.birth_date, head.sex, head.nationality,
            head.languages, head.national_number) == (
        "Haddad", "Amal", "head", dt.date(1990, 3, 4), "F", "SY", ("ar", "fr"), VALID_NRN)
    assert (child.given_names, child.relation, child.sex) == ("Omar", "child", "M")
    assert haddad.decision.protection_type == "refugee" and haddad.decision.deciding_body == "cgrs"
    assert haddad.decision.decision_date == dt.date(2026, 10, 1)
    assert haddad.decision.notification_date == dt.date(2026, 10, 3)
    assert haddad.destination_nis == "62063" and haddad.status == "transition"
    assert haddad.contacts == (ContactInput("phone", "0470 12 34 56", None),)
    assert [n.text for n in haddad.notes] == ["arrivée le 2 septembre"]
    assert haddad.centre_id == staff["centre"].id and haddad.worker_name == "Anna Peeters"
    tesfay = ctx.families.get_family(report.family_ids[1])
    assert tesfay.decision.protection_type == "subsidiary" and tesfay.destination_nis == "44021"
    with ctx.db.read() as s:
        refs = s.execute(select(Family.external_ref, Family.created_by_id).order_by(Family.id)).all()
    assert refs == [("F1", None), ("F2", None)]  # the family key; SYSTEM is nobody


def test_rows_without_a_key_are_households_of_their_own(ctx):
    report = run(ctx, csv(";Kaya;Zeynep;03/04/1999;F;;Turquie;turc;;;;;;;",
                          ";Popal;Farid;12/05/1980;M;chef;AF;dari;;;;;;;",
                          ";Popal;Zahra;12/05/1982;F;épouse;AF;dari;;;;;;;"), skip_invalid=True)
    assert report.families == 3 and report.imported == 2
    assert [(p.row, p.field, p.code.id) for p in report.rejected] == [(4, "relationship", "import.keyless_not_head")]
    assert "give it the key of its family" in report.rejected[0].message
    kaya = ctx.families.get_family(report.family_ids[0])
    assert kaya.members[0].relation == "head" and kaya.status == "awaiting_decision"


def test_the_head_is_inferred_only_when_it_cannot_be_anyone_else(ctx):
    report = dry(ctx, csv("A;Haddad;Amal;04/03/1990;F;;SY;;;;;;;;",  # the only adult, children with birth dates
                          "A;Haddad;Omar;01/06/2015;M;enfant;SY;;;;;;;;",
                          "B;Tesfay;Yonas;12/12/1985;M;;ER;;;;;;;;",  # two adults, nobody marked
                          "B;Tesfay;Helen;12/12/1987;F;;ER;;;;;;;;",
                          "C;Kaya;Ali;01/01/1970;M;chef;TR;;;;;;;;",  # two heads
                          "C;Kaya;Ayse;01/01/1972;F;chef;TR;;;;;;;;"), skip_invalid=True)
    problems = [(p.row, p.field, p.code.id) for p in report.rejected]
    assert problems == [(4, "relationship", "import.no_head"), (5, "relationship", "import.relation_needed"),
                        (6, "family_key", "import.family_rejected"), (7, "relationship", "import.two_heads")]
    assert report.rejected[3].message == "This family has more than one head of household (rows 6, 7)."
    assert report.imported == 1


def test_family_values_on_several_rows_must_agree(ctx):
    report = dry(ctx, csv("F1;Haddad;Amal;04/03/1990;F;chef;SY;;réfugié;01/10/2026;;;;;",
                          "F1;Haddad;Omar;01/06/2015;M;enfant;SY;;réfugié;02/10/2026;;;;;"))
    (other, differ) = report.rejected  # by row
    assert (differ.row, differ.field, differ.column) == (3, "decision_date", "Date de décision")
    assert differ.message == ("Decision date is '02/10/2026' here but '01/10/2026' on row 2 of the same family: "
                              "a family has one value.")
    assert (other.row, other.code.id) == (2, "import.family_rejected")


def test_every_rejected_row_is_reported_with_its_field_and_reason(ctx):
    report = dry(ctx, csv(
        "F1;Haddad;Amal;04/03/90;F;chef;Syrie;arabe;réfugié;01/10/2026;;Liège;;;",  # two-digit year
        "F1;Haddad;Omar;01/06/2015;Q;enfant;Atlantide;klingon;;;;;;;",  # sex, nationality, language
        "F2;;Yonas;12/12/1985;M;chef;ER;;vluchteling;;;Atlantis;;;",  # no surname, decision without date, municipality
        "F3;Kaya;Zeynep;03/04/1999;F;chef;TR;;;;;;;12345678901;",  # invalid national register number
        "F4;Popal;Farid;12/05/2030;M;chef;AF;;;;;;;;",  # born in the future (the service's own rule)
        "F5;Peeters;Anna;01/01/1990;F;chef;BE;;;;;;;;"))  # fine, but the file has rejected rows
    found = {(p.row, p.field): p for p in report.rejected}
    assert set(found) == {  # row 3 has problems of its own: it does not say "with its family"
        (2, "birth_date"), (3, "sex"), (3, "nationality"), (3, "languages"),
        (4, "surname"), (4, "decision_date"), (4, "destination_municipality"), (5, "national_register_number"),
        (6, "birth_date")}
    assert found[(2, "birth_date")].code.id == "import.date_two_digit_year"
    assert found[(3, "sex")].message == "Sex: 'Q' is not recognised (use one of: M, F, X)."
    assert found[(4, "surname")].message == "Family name is required."
    assert found[(4, "decision_date")].message == "Decision date is needed when the family has a protection decision."
    assert found[(5, "national_register_number")].code.id == "family.nrn_check_digits"
    assert found[(6, "birth_date")].message == "Birth date cannot be in the future."
    assert report.rejected_rows == (2, 3, 4, 5, 6)
    assert report.imported == 0  # without skip_invalid nothing is imported
    # the real import does the same: nothing is written
    report = run(ctx, csv("F5;Peeters;Anna;01/01/1990;F;chef;BE;;;;;;;;", "F6;Kaya;Ali;1/1/70;M;chef;TR;;;;;;;;"))
    assert not report.written and report.imported == 0 and count(ctx, Family) == 0


# --------------------------------------------------------------------------- duplicates


def test_duplicates_in_the_database_skipped(ctx):
    first = run(ctx, csv(*HADDAD))
    again = run(ctx, csv(*HADDAD, *TESFAY))
    assert again.imported == 1 and count(ctx, Family) == 2
    (dup,) = again.duplicates
    assert dup.to_json() == {"row": 2, "family_id": first.family_ids[0], "case_number": "TA-2026-00001",
                             "same_as_row": None, "kind": "national_register_number", "action": "skip"}


def test_duplicate_by_name_and_birth_date_folded(ctx):
    run(ctx, csv(*TESFAY))
    report = dry(ctx, csv("F9;TESFAY;yonas;12/12/1985;M;chef;ER;;;;;;;;"))
    assert [(d.kind, d.action) for d in report.duplicates] == [("name_birth_date", "skip")]


def test_merge_adds_what_is_missing_and_never_overwrites(ctx):
    existing = ctx.families.create_family(family_input(
        person("Amal", "Haddad", "head", birth_date=dt.date(1990, 3, 4), nationality="SY", languages=("ar",),
               preferred_language="ar", sex=None),
        contacts=(ContactInput("phone", "0470 12 34 56"),)))
    report = run(ctx, csv("F1;Haddad;Amal;04/03/1990;F;chef;Irak;arabe, français;réfugié;01/10/2026;;Liège;"
                          "0470 12 34 56;;arrivée le 2 septembre",
                          "F1;Haddad;Omar;01/06/2015;M;enfant;SY;arabe;;;;;;;"), duplicates="merge")
    (dup,) = report.duplicates
    assert (dup.action, dup.family_id, dup.added_members, dup.kept) == ("merge", existing.id, 1, ("nationality",))
    assert report.imported == 0 and report.merged == 1 and count(ctx, Family) == 1
    merged = ctx.families.get_family(existing.id)
    amal, omar = merged.members
    assert amal.nationality == "SY"  # kept, not overwritten by "Irak"
    assert amal.sex == "F" and amal.languages == ("ar", "fr")  # the missing sex, the language not recorded
    assert omar.given_names == "Omar" and omar.relation == "child"
    assert merged.decision.decision_date == dt.date(2026, 10, 1) and merged.destination_nis == "62063"
    assert merged.status == "transition" and merged.case_number == existing.case_number
    assert len(merged.contacts) == 1  # the same phone is not added twice
    assert [n.text for n in merged.notes] == ["arrivée le 2 septembre"]
    with ctx.db.read() as s:  # the new decision planned the checklist, as recording it by hand does
        assert s.scalar(select(func.count(ChecklistStep.id)).where(ChecklistStep.family_id == existing.id)) > 20
        edits = s.execute(select(AuditEntry.details).where(AuditEntry.family_id == existing.id,
                                                           AuditEntry.action == "edit")).scalars().all()
    assert edits == [{"what": "import_merge", "members_added": 1}]


def test_duplicates_within_the_file_and_a_choice_per_duplicate(ctx):
    table = csv(*HADDAD, "F7;Haddad;Amal;04/03/1990;F;chef;SY;;;;;;;;", "F7;Haddad;Nour;02/02/2020;F;enfant;SY;;;;;;;;",
                *TESFAY, "F8;Tesfay;Yonas;12/12/1985;M;chef;ER;;;;;;;;")
    report = dry(ctx, table)
    assert [(d.row, d.same_as_row, d.action) for d in report.duplicates] == [(4, 2, "skip"), (7, 6, "skip")]
    assert report.imported == 2
    report = run(ctx, table, duplicate_actions={4: "merge"})  # merge the first one, skip the second
    assert [(d.row, d.action, d.added_members) for d in report.duplicates] == [(4, "merge", 1), (7, "skip", 0)]
    haddad = ctx.families.get_family(report.family_ids[0])
    assert [m.given_names for m in haddad.members] == ["Amal", "Omar", "Nour"]
    assert count(ctx, Family) == 2 and count(ctx, Person) == 4


def test_a_duplicate_in_a_family_the_person_cannot_see_is_skipped_without_saying_where(ctx, staff):
    other = ctx.staff.create_centre(centre_input("Centre de Rixensart", "croix_rouge", "25091"))
    ctx.families.create_family(family_input(person("Yonas", "Tesfay", birth_date=dt.date(1985, 12, 12)),
                                            centre_id=other.id))
    anna = staff["anna"]
    worker = ctx.for_actor(Actor(anna.id, "anna", "social_worker", staff["centre"].id))
    worker.clock.freeze(ctx.clock.today())
    report = worker.importer.dry_run(*_mapped(worker, csv(*TESFAY)), ImportOptions(duplicates="merge"))
    (dup,) = report.duplicates
    assert (dup.action, dup.family_id, dup.case_number, dup.can_merge, dup.reason) == (
        "skip", None, None, False, "not_yours")


def _mapped(ctx, table):
    return table, ctx.importer.mapping(table)


# --------------------------------------------------------------------------- one transaction


def test_a_failure_in_the_middle_leaves_the_database_unchanged(ctx, monkeypatch):
    run(ctx, csv(*TESFAY))
    before = {m: count(ctx, m) for m in (Family, Person, ChecklistStep, ChecklistPlan, Note, ContactDetail, AuditEntry)}
    monkeypatch.setattr(writer, "CHUNK", 1)  # one family per step: the second one fails
    calls = {"n": 0}
    real = writer._bulk_insert

    def failing(conn, table, rows):
        if table.name == "checklist_step":
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("disk full")
        return real(conn, table, rows)

    monkeypatch.setattr(writer, "_bulk_insert", failing)
    with pytest.raises(RuntimeError):
        run(ctx, csv(*HADDAD, "F3;Kaya;Zeynep;03/04/1999;F;chef;TR;;réfugié;01/10/2026;;;;;"))
    assert calls["n"] == 2
    assert {m: count(ctx, m) for m in before} == before


def test_cancel_writes_nothing(ctx):
    table = csv(*HADDAD, *TESFAY)
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 500  # cancel once the writing has started

    report = ctx.importer.run(table, ctx.importer.mapping(table), ImportOptions(), progress)
    assert report.cancelled and not report.written and max(seen) >= 500
    assert count(ctx, Family) == 0 and count(ctx, AuditEntry) == 0


# --------------------------------------------------------------------------- exactly as entered by hand


@pytest.fixture
def by_hand_ctx(tmp_path, ctx):
    """A second, empty database for the same family entered by hand (in the first it would be a duplicate)."""
    from transition_app.access.permissions import SYSTEM
    from transition_app.paths import AppPaths
    from transition_app.services.context import open_context

    other = open_context(AppPaths(tmp_path / "by-hand").ensure()).for_actor(SYSTEM)
    other.clock.freeze(ctx.clock.today())
    yield other
    other.close()


def _checklist(ctx, family_id):
    with ctx.db.read() as s:
        steps = s.execute(select(ChecklistStep.step_id, ChecklistStep.track, ChecklistStep.position,
                                 ChecklistStep.status, ChecklistStep.reason, ChecklistStep.note, ChecklistStep.region,
                                 ChecklistStep.from_previous_region, ChecklistStep.done_on, ChecklistStep.due_date,
                                 ChecklistStep.due_override, ChecklistStep.custom, ChecklistStep.version)
                          .where(ChecklistStep.family_id == family_id).order_by(ChecklistStep.position)).all()
        plan = s.execute(select(ChecklistPlan.template_id, ChecklistPlan.template_version, ChecklistPlan.region,
                                ChecklistPlan.exit_due, ChecklistPlan.reunification_due, ChecklistPlan.open_tracks,
                                ChecklistPlan.version).where(ChecklistPlan.family_id == family_id)).one()
        events = s.execute(select(ChecklistEvent.step_id, ChecklistEvent.kind, ChecklistEvent.note,
                                  ChecklistEvent.worker_id).where(ChecklistEvent.family_id == family_id)).all()
        fam = s.execute(select(Family.status, Family.household_name, Family.member_count, Family.nationalities,
                               Family.languages, Family.version).where(Family.id == family_id)).one()
        persons = s.execute(select(Person.position, Person.given_names, Person.family_name, Person.relation,
                                   Person.birth_date, Person.sex, Person.nationality, Person.languages,
                                   Person.preferred_language, Person.national_number, Person.in_belgium)
                            .where(Person.family_id == family_id).order_by(Person.position)).all()
    return steps, plan, events, fam, persons


@pytest.mark.parametrize("line, by_hand", [
    ("F1;Haddad;Amal;04/03/1990;F;chef;SY;arabe;réfugié;01/10/2026;03/10/2026;Liège;;;",
     family_input(person("Amal", "Haddad", preferred_language=None), destination_nis="62063",
                  decision=decision(asylum_application_date=None, reference=None))),
    ("F1;Tesfay;Yonas;12/12/1985;M;chef;ER;tigrinya;subsidiaire;15/09/2026;;;;;",  # no destination: no region
     family_input(person("Yonas", "Tesfay", birth_date=dt.date(1985, 12, 12), sex="M", nationality="ER",
                         languages=("ti",), preferred_language=None),
                  decision=decision(protection_type="subsidiary", decision_date=dt.date(2026, 9, 15),
                                    asylum_application_date=None, notification_date=None, reference=None))),
])
def test_checklist_and_due_dates_exactly_as_entered_by_hand(ctx, by_hand_ctx, line, by_hand):
    hand = by_hand_ctx.families.create_family(by_hand)
    imported = run(ctx, csv(line))
    assert imported.imported == 1
    assert _checklist(ctx, imported.family_ids[0]) == _checklist(by_hand_ctx, hand.id)
    steps = _checklist(by_hand_ctx, hand.id)[0]
    assert any(st[9] is not None for st in steps)  # there are due dates to compare


def test_a_member_abroad_keeps_family_reunification_open_as_by_hand(ctx, by_hand_ctx):
    header = HEADER + ";En Belgique"
    hand = by_hand_ctx.families.create_family(family_input(
        person("Amal", "Haddad", preferred_language=None),
        person("Karim", "Haddad", "spouse", birth_date=dt.date(1988, 1, 1), sex="M", preferred_language=None,
               in_belgium=False),
        destination_nis="44021", decision=decision(asylum_application_date=None, reference=None)))
    imported = run(ctx, csv("F1;Haddad;Amal;04/03/1990;F;chef;SY;arabe;réfugié;01/10/2026;03/10/2026;Gent;;;;oui",
                            "F1;Haddad;Karim;01/01/1988;M;époux;SY;arabe;;;;;;;;non", header=header))
    assert _checklist(ctx, imported.family_ids[0]) == _checklist(by_hand_ctx, hand.id)
    reunification = [st for st in _checklist(by_hand_ctx, hand.id)[0] if st[1] == "family_reunification"]
    assert reunification and all(st[3] == "todo" for st in reunification)


# --------------------------------------------------------------------------- audit, permissions, mappings


def test_one_audit_entry_with_counts_only(ctx):
    report = run(ctx, csv(*HADDAD, *TESFAY, "F3;Kaya;Zeynep;1/1/99;F;chef;TR;;;;;;;;"), skip_invalid=True)
    with ctx.db.read() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.family_id, AuditEntry.details)).all()
    assert entries == [("import", None, {"rows": 4, "families": 3, "imported": 2, "merged": 0, "rejected": 1,
                                         "duplicates": 0, "file_type": "csv"})]
    assert report.imported == 2


def test_who_may_import_and_into_which_centre(ctx, staff):
    anna = staff["anna"]
    buddy = ctx.for_actor(Actor(99, "buddy", "admin_buddy", staff["centre"].id))
    with pytest.raises(PermissionDenied):
        buddy.importer.dry_run(*_mapped(ctx, csv(*TESFAY)))
    worker = ctx.for_actor(Actor(anna.id, "anna", "social_worker", staff["centre"].id))
    worker.clock.freeze(ctx.clock.today())
    other = ctx.staff.create_centre(centre_input("Centre de Rixensart", "croix_rouge", "25091"))
    with pytest.raises(PermissionDenied):
        worker.importer.run(*_mapped(worker, csv(*TESFAY)), ImportOptions(centre_id=other.id))
    report = worker.importer.run(*_mapped(worker, csv(*TESFAY)))
    detail = worker.families.get_family(report.family_ids[0])
    # a social worker imports into their own centre, follows the families, and recorded them
    assert (detail.centre_id, detail.worker_id, detail.created_by_id) == (staff["centre"].id, anna.id, anna.id)
    with pytest.raises(ServiceError) as exc:
        ctx.importer.run(*_mapped(ctx, csv(*HADDAD)), ImportOptions(worker="nobody"))
    assert str(exc.value) == "There is no active social worker with the user name 'nobody'."
    with ctx.db.session() as s:  # a retired centre takes no new families
        s.get(ReceptionCentre, other.id).retired_at = dt.datetime(2026, 11, 1)
    with pytest.raises(ServiceError) as exc:
        ctx.importer.dry_run(*_mapped(ctx, csv(*HADDAD)), ImportOptions(centre_id=other.id))
    assert exc.value.code.id == "import.retired_centre"


def test_mapping_overrides_saved_mappings_and_mapping_errors(ctx):
    table = csv("x;Haddad;Amal;Syrie", header="Ref;Col A;Col B;Land")
    importer = ctx.importer
    assert importer.mapping(table) == (None, None, None, None)
    with pytest.raises(ServiceError) as exc:
        importer.check_mapping(table, importer.mapping(table))
    assert exc.value.code.id == "import.names_needed"
    mapping = importer.mapping(table, overrides=["Col A=surname", "C=given_names", "land=nationality",
                                                 "Ref=family_key"])
    assert mapping == ("family_key", "surname", "given_names", "nationality")
    importer.save_mapping("Export Fedasil", table, mapping)
    # the same headers in another order find their fields by the saved mapping
    other = csv("Amal;Haddad;SY", header="Col B;Col A;Land")
    assert importer.mapping(other, saved="Export Fedasil") == ("given_names", "surname", "nationality")
    assert list(importer.saved_mappings()) == ["Export Fedasil"]
    importer.delete_mapping("Export Fedasil")
    assert importer.saved_mappings() == {}
    with pytest.raises(ServiceError) as exc:
        importer.mapping(table, saved="Export Fedasil")
    assert exc.value.code.id == "import.no_such_mapping"
    with pytest.raises(ServiceError) as exc:
        importer.check_mapping(table, ("surname", "surname", "given_names", None))
    assert str(exc.value) == "Surname is given to more than one column (Ref, Col A): keep it for one column only."
    with pytest.raises(ServiceError) as exc:
        importer.mapping(table, overrides=["Col A=favourite_colour"])
    assert exc.value.code.id == "import.unknown_field"
    assert importer.mapping(table, overrides=["Col A=-"])[1] is None


def test_the_preview_shows_rows_as_they_will_be_stored(ctx):
    table = csv("A;Haddad;Amal;04/03/1990;F;;Syrie;arabe;réfugié;01/10/2026;;Luik;;;",
                "A;Haddad;Omar;01/06/2015;M;enfant;SY;;;;;;;;", *TESFAY)
    preview = ctx.importer.preview(table, ctx.importer.mapping(table))
    assert preview.total_rows == 3 and preview.families == 2
    amal, omar, yonas = preview.rows
    assert (amal.family, omar.family, yonas.family) == (1, 1, 2)
    assert amal.head and amal.values["relationship"] == "head"  # inferred: the only adult
    assert amal.values["birth_date"] == dt.date(1990, 3, 4) and amal.values["nationality"] == "SY"
    assert amal.values["destination_municipality"] == "62063"
    assert not omar.head and not any(r.problems for r in preview.rows)
    columns = {c.name: c for c in preview.columns}
    assert columns["Prénom"].field == "given_names" and columns["Prénom"].samples == ("Amal", "Omar", "Yonas")


def test_without_a_family_key_rows_with_the_same_case_number_are_one_family(ctx):
    """A file kept by case (every member carries the family's case number, no family column):
    the members stay together, the child is not dropped as a "duplicate case number"."""
    header = "Dossier;Nom;Prénom;Date de naissance;Sexe;Lien;Nationalité;Statut;Date décision;Commune destination"
    table = csv("F1;Haddad;Amal;04/03/1990;F;chef de ménage;Syrie;réfugié;01/10/2026;Liège",
                "F1;Haddad;Omar;01/06/2015;M;enfant;Syrie;;;",
                "F2;Tesfay;Sara;28/02/1988;F;chef de ménage;Érythrée;subsidiaire;15/09/2026;Luik", header=header)
    report = run(ctx, table)
    assert report.imported == 2 and not report.rejected and not report.duplicates
    haddad = ctx.families.get_family(report.family_ids[0])
    assert haddad.case_number == "F1" and [m.given_names for m in haddad.members] == ["Amal", "Omar"]
    assert haddad.destination_nis == "62063"  # "Commune destination" recognised
