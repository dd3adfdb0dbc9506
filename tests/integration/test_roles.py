"""Every role against every service: what each may see and do (issue 3, users and roles).

The families: ``mine`` (centre A, followed by anna, with a national register number, a
decision, a confidential and an ordinary note, buddy ``bea`` assigned) and ``other`` (centre B).
Roles: coordinator ``cora``, social worker ``anna`` (centre A), social worker ``olaf`` (centre B),
admin buddy ``bea`` (assigned to ``mine`` only), admin buddy ``ben`` (no family).
"""

import dataclasses
import datetime as dt

import pytest

from tests.conftest import centre_input, decision, family_input, person
from tests.integration.test_families_service import make_nrn
from transition_app.access.permissions import Actor
from transition_app.domain.validation import NotFoundError, PermissionDenied, ServiceError
from transition_app.services.audit import AuditQuery
from transition_app.services.dto import ContactInput, FamilyQuery
from transition_app.services.gdpr import ConsentInput

SECRET_NOTE = "Confidential: medical follow-up"
OPEN_NOTE = "Bring the children's school reports"


@pytest.fixture
def world(ctx):
    centre_a = ctx.staff.create_centre(centre_input("Centre A", "fedasil"))
    centre_b = ctx.staff.create_centre(centre_input("Centre B", "croix_rouge"))
    users = {}
    for username, role, centre in (("cora", "coordinator", None), ("anna", "social_worker", centre_a.id),
                                   ("olaf", "social_worker", centre_b.id), ("bea", "admin_buddy", centre_a.id),
                                   ("ben", "admin_buddy", centre_a.id)):
        w = ctx.staff.create_worker(username, username.title(), role, centre)
        users[username] = Actor(w.id, username, role, centre)
    nrn = make_nrn(dt.date(1990, 3, 4), 123)
    mine = ctx.families.create_family(family_input(
        person(national_number=nrn, card_type="A", card_number="B123456789", card_expiry=dt.date(2031, 10, 1)),
        person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
        centre_id=centre_a.id, worker_id=users["anna"].worker_id, decision=decision(),
        contacts=(ContactInput("phone", "+32 470 12 34 56"),)))
    ctx.families.add_note(mine.id, SECRET_NOTE, confidential=True)
    ctx.families.add_note(mine.id, OPEN_NOTE)
    other = ctx.families.create_family(family_input(person("Sara", "Tesfay", nationality="ER", languages=("ti",),
                                                           preferred_language="ti"),
                                                    centre_id=centre_b.id, decision=decision()))
    ctx.buddies.assign(mine.id, users["bea"].worker_id)
    return {"ctx": ctx, "users": users, "mine": ctx.families.get_family(mine.id),
            "other": ctx.families.get_family(other.id), "nrn": nrn, "centres": (centre_a, centre_b)}


def as_(world, name):
    return world["ctx"].for_actor(world["users"][name])


def confidential_texts(world) -> list[str]:
    return [world["nrn"], "B123456789", "26/12345", SECRET_NOTE]


def assert_no_confidential(world, value) -> None:
    text = repr(value)
    for secret in confidential_texts(world):
        assert secret not in text, secret


# ----------------------------------------------------------------------------- families


def test_list_and_search_follow_the_scope(world):
    ids = {name: {r.id for r in as_(world, name).families.list_summaries()} for name in world["users"]}
    mine, other = world["mine"].id, world["other"].id
    assert ids == {"cora": {mine, other}, "anna": {mine}, "olaf": {other}, "bea": {mine}, "ben": set()}
    assert [r.id for r in as_(world, "bea").families.search(FamilyQuery(text="haddad"))] == [mine]
    assert as_(world, "olaf").families.search(FamilyQuery(text="haddad")) == []
    assert as_(world, "ben").families.count() == 0 and as_(world, "cora").families.count() == 2
    assert as_(world, "bea").families.list_summaries()[0].decision_date is None
    assert as_(world, "anna").families.list_summaries()[0].decision_date == dt.date(2026, 10, 1)


def test_buddy_gets_no_confidential_field_from_the_family_file(world):
    detail = as_(world, "bea").families.get_family(world["mine"].id)
    assert detail.restricted and detail.decision is None
    assert [m.national_number for m in detail.members] == [None, None]
    assert [m.card_number for m in detail.members] == [None, None]
    assert [n.text for n in detail.notes] == [OPEN_NOTE]
    assert detail.members[0].given_names == "Amal" and detail.contacts[0].value == "+32 470 12 34 56"
    assert detail.members[0].languages == ("ar",)
    assert_no_confidential(world, detail)


def test_social_worker_and_coordinator_get_every_field(world):
    for name in ("anna", "cora"):
        detail = as_(world, name).families.get_family(world["mine"].id)
        assert not detail.restricted and detail.members[0].national_number == world["nrn"]
        assert detail.decision.reference == "26/12345" and len(detail.notes) == 2


@pytest.mark.parametrize("name", ["olaf", "ben"])
def test_others_cannot_open_the_family(world, name):
    with pytest.raises(PermissionDenied):
        as_(world, name).families.get_family(world["mine"].id)
    with pytest.raises(PermissionDenied):
        as_(world, name).checklists.get_checklist(world["mine"].id)


def test_not_signed_in_can_do_nothing(world, app_paths):
    from transition_app.services.context import open_context

    nobody = open_context(app_paths)
    try:
        assert nobody.families.list_summaries() == []
        with pytest.raises(PermissionDenied):
            nobody.families.get_family(world["mine"].id)
        with pytest.raises(PermissionDenied):
            nobody.families.create_family(family_input())
        with pytest.raises(PermissionDenied):
            nobody.staff.list_workers()
        with pytest.raises(PermissionDenied):
            nobody.audit.browse()
    finally:
        nobody.close()


def test_writes_are_checked(world):
    mine, other = world["mine"], world["other"]
    bea, anna, olaf = as_(world, "bea"), as_(world, "anna"), as_(world, "olaf")
    for call in (lambda: bea.families.create_family(family_input()),
                 lambda: bea.families.update_family(mine.id, mine.to_input(), mine.version),
                 lambda: bea.families.record_decision(mine.id, decision(), mine.version),
                 lambda: bea.families.add_note(mine.id, "x"),
                 lambda: bea.families.archive_family(mine.id, mine.version),
                 lambda: olaf.families.update_family(mine.id, mine.to_input(), mine.version),
                 lambda: olaf.families.add_note(mine.id, "x"),
                 lambda: anna.families.update_family(other.id, other.to_input(), other.version),
                 lambda: anna.families.archive_family(other.id, other.version)):
        with pytest.raises(PermissionDenied):
            call()
    # a social worker records families in their own centre only
    created = anna.families.create_family(family_input())
    assert created.centre_id == world["centres"][0].id
    with pytest.raises(PermissionDenied):
        anna.families.create_family(family_input(centre_id=world["centres"][1].id))
    note = anna.families.add_note(mine.id, "seen today", confidential=True)
    assert note.author == "Anna"


# ----------------------------------------------------------------------------- checklists


def test_buddy_works_on_the_checklist_of_their_family_only(world):
    bea = as_(world, "bea")
    view = bea.checklists.get_checklist(world["mine"].id)
    assert view.steps and view.deadlines == ()
    assert_no_confidential(world, view)
    step = view.next_step
    after = bea.checklists.set_status(world["mine"].id, step.step_id, "in_progress", step.version)
    assert after.step(step.step_id).changed_by == "Bea"  # recorded as the signed-in buddy
    added = bea.checklists.add_step(world["mine"].id, "Go to the library together")
    assert any(s.custom for s in added.steps)
    with pytest.raises(PermissionDenied):
        bea.checklists.record_extension(world["mine"].id, 1, "waiting for housing")
    with pytest.raises(PermissionDenied):
        bea.checklists.history(world["other"].id)
    with pytest.raises(PermissionDenied):
        bea.checklists.recompute_all()
    assert bea.checklists.history(world["mine"].id)
    assert {i.family_id for i in bea.checklists.due_within(400)} == {world["mine"].id}
    assert {i.family_id for i in as_(world, "ben").checklists.due_within(400)} == set()
    board = bea.checklists.dashboard(within_days=400)
    assert {f.family_id for f in board.families} <= {world["mine"].id}


def test_worker_sees_deadlines_and_the_dashboard_of_their_centre(world):
    anna = as_(world, "anna")
    assert anna.checklists.get_checklist(world["mine"].id).deadlines
    assert {i.family_id for i in anna.checklists.due_within(400)} == {world["mine"].id}
    assert {i.family_id for i in as_(world, "cora").checklists.due_within(400)} == {world["mine"].id,
                                                                                    world["other"].id}
    assert anna.checklists.record_extension(world["mine"].id, 1, "waiting for housing").extensions


def test_unassigned_buddy_loses_access(world):
    anna = as_(world, "anna")
    bea_id = world["users"]["bea"].worker_id
    assert [a.buddy_id for a in anna.buddies.assignments(world["mine"].id)] == [bea_id]
    anna.buddies.unassign(world["mine"].id, bea_id)
    with pytest.raises(PermissionDenied):
        as_(world, "bea").families.get_family(world["mine"].id)
    assert as_(world, "bea").families.list_summaries() == []
    assert [a.active for a in anna.buddies.assignments(world["mine"].id, include_past=True)] == [False]


def test_buddy_assignment_rules(world):
    anna, olaf, bea = as_(world, "anna"), as_(world, "olaf"), as_(world, "bea")
    with pytest.raises(PermissionDenied):
        bea.buddies.assign(world["mine"].id, world["users"]["ben"].worker_id)
    with pytest.raises(PermissionDenied):
        olaf.buddies.assign(world["mine"].id, world["users"]["ben"].worker_id)
    with pytest.raises(ServiceError):
        anna.buddies.assign(world["mine"].id, world["users"]["olaf"].worker_id)  # not a buddy
    with pytest.raises(ServiceError):
        anna.buddies.assign(world["mine"].id, world["users"]["bea"].worker_id)  # already
    anna.buddies.assign(world["mine"].id, world["users"]["ben"].worker_id)
    assert as_(world, "ben").families.count() == 1
    assert [b.full_name for b in anna.buddies.list_buddies()] == ["Bea", "Ben"]


# ----------------------------------------------------------------------------- GDPR and administration


def test_consents_exports_erasure_by_role(world, tmp_path):
    mine = world["mine"].id
    anna, bea, olaf, cora = (as_(world, n) for n in ("anna", "bea", "olaf", "cora"))
    consent = anna.gdpr.add_consent(mine, ConsentInput("handover dossier", "CPAS de Liège", dt.date(2026, 11, 2)))
    for who in (bea, olaf):
        with pytest.raises(PermissionDenied):
            who.gdpr.list_consents(mine)
        with pytest.raises(PermissionDenied):
            who.gdpr.add_consent(mine, ConsentInput("x", "y", dt.date(2026, 11, 2)))
        with pytest.raises(PermissionDenied):
            who.gdpr.withdraw_consent(consent.id)
        with pytest.raises(PermissionDenied):
            who.gdpr.export_family(mine, tmp_path / "x.json")
    assert anna.gdpr.export_family(mine, tmp_path / "a.json").json_path.exists()
    for who in (anna, bea, olaf):
        with pytest.raises(PermissionDenied):
            who.gdpr.anonymise_family(mine)
        with pytest.raises(PermissionDenied):
            who.gdpr.retention_preview()
        with pytest.raises(PermissionDenied):
            who.gdpr.apply_retention()
        with pytest.raises(PermissionDenied):
            who.gdpr.set_retention_months(6)
    cora.gdpr.anonymise_family(mine)


def test_user_management_and_audit_are_for_coordinators(world):
    for name in ("anna", "bea"):
        ctx = as_(world, name)
        for call in (ctx.auth.list_users, ctx.audit.browse, ctx.audit.verify,
                     lambda c=ctx: c.auth.create_user("newbie", "New Bie", "social_worker", "long enough pw"),
                     lambda c=ctx: c.staff.create_worker("x1", "X", "social_worker"),
                     lambda c=ctx: c.staff.create_centre(centre_input("C", "fedasil"))):
            with pytest.raises(PermissionDenied):
                call()
    cora = as_(world, "cora")
    assert {u.username for u in cora.auth.list_users()} >= {"anna", "bea", "cora"}
    assert cora.audit.browse()


def test_every_public_service_method_is_covered_by_a_role_test():
    """A new service method must be added to the role tests (this list) on purpose."""
    from transition_app.services.audit import AuditService
    from transition_app.services.buddies import BuddyService
    from transition_app.services.checklist import ChecklistService
    from transition_app.services.families import FamilyService
    from transition_app.services.gdpr import GdprService
    from transition_app.services.handover import HandoverService
    from transition_app.services.importing import ImportService
    from transition_app.services.letter_service import LetterService
    from transition_app.services.staff import StaffService

    covered = {
        FamilyService: {"create_family", "update_family", "record_decision", "archive_family", "add_note",
                        "get_family", "search", "list_summaries", "count", "set_dwelling", "check"},
        ChecklistService: {"tracks", "instantiate", "replan", "set_status", "set_note", "add_step",
                           "record_extension", "recompute_all", "get_checklist", "history", "due_within",
                           "dashboard", "template", "complete_exit", "set_done_on", "postpone", "remove_step",
                           "extension_check", "undo"},
        StaffService: {"create_centre", "update_centre", "retire_centre", "reactivate_centre", "list_centres",
                       "get_centre", "centre_logo", "centre_usage", "create_worker", "list_workers"},
        BuddyService: {"list_buddies", "assignments", "assign", "unassign"},
        GdprService: {"list_consents", "add_consent", "withdraw_consent", "subject_access_data", "export_family",
                      "anonymise_family", "retention_months", "set_retention_months", "retention_cutoff",
                      "retention_preview", "apply_retention"},
        AuditService: {"browse", "count", "actions", "actors", "export_csv", "verify"},
        HandoverService: {"compose_dossier", "default_language", "default_recipient_name", "families_leaving_within",
                          "issue_batch", "issue_dossier", "issues", "load", "record_issue"},
        LetterService: {"actor", "compose", "compose_checked", "check", "save_recipient_address", "input_specs",
                        "save_parts",
                        "parse_inputs", "record_output", "save",
                        "prefilled_inputs", "prefilled_recipient"},
        # reading a file and mapping its columns touch no data (test_import_needs_the_right_to_record_families)
        ImportService: {"fields", "read", "sheets", "mapping", "check_mapping", "columns", "saved_mappings",
                        "save_mapping", "delete_mapping", "preview", "dry_run", "run"},
    }
    for cls, names in covered.items():
        public = {n for n in vars(cls) if not n.startswith("_")}
        assert public == names, (cls.__name__, public ^ names)


def test_import_needs_the_right_to_record_families(world):
    """Coordinators and social workers import (a social worker into their own centre); buddies cannot."""
    from transition_app.services.importing import ImportOptions
    from transition_app.services.importing.readers import read_csv_bytes

    table = read_csv_bytes("Nom;Prénom;Date de naissance\r\nPeeters;An;01/01/1990\r\n".encode("cp1252"))
    centre_a, centre_b = world["centres"]
    for name in ("bea", "ben"):
        importer = as_(world, name).importer
        mapping = importer.mapping(table)  # the file itself: no data of the database
        for call in (importer.saved_mappings, lambda i=importer, m=mapping: i.save_mapping("m", table, m),
                     lambda i=importer: i.delete_mapping("m"), lambda i=importer, m=mapping: i.preview(table, m),
                     lambda i=importer, m=mapping: i.dry_run(table, m), lambda i=importer, m=mapping: i.run(table, m)):
            with pytest.raises(PermissionDenied):
                call()
    anna = as_(world, "anna").importer
    mapping = anna.mapping(table)
    with pytest.raises(PermissionDenied):
        anna.run(table, mapping, ImportOptions(centre_id=centre_b.id))
    report = anna.run(table, mapping)
    assert world["ctx"].families.get_family(report.family_ids[0]).centre_id == centre_a.id
    anna.save_mapping("csv", table, mapping)
    assert list(as_(world, "olaf").importer.saved_mappings()) == ["csv"]  # shared by the centre's staff
    assert as_(world, "cora").importer.dry_run(table, mapping).duplicates  # the coordinator sees every family


def test_the_new_dwelling_is_recorded_by_those_who_may_edit_the_family(world):
    from transition_app.services.dto import DwellingInput

    mine = world["mine"]
    home = DwellingInput(address="Rue Haute 5", postcode="4000")
    for name in ("bea", "olaf"):  # a buddy never edits the file; another centre's worker does not see it
        with pytest.raises(PermissionDenied):
            as_(world, name).families.set_dwelling(mine.id, home, mine.version)
    saved = as_(world, "anna").families.set_dwelling(mine.id, home, mine.version)
    assert saved.dwelling is not None and saved.dwelling.address == "Rue Haute 5"


def test_instantiate_and_set_note_check_the_scope(world):
    mine = world["mine"].id
    with pytest.raises(PermissionDenied):
        as_(world, "olaf").checklists.instantiate(mine)
    view = as_(world, "anna").checklists.get_checklist(mine)
    step = view.steps[0]
    with pytest.raises(PermissionDenied):
        as_(world, "ben").checklists.set_note(mine, step.step_id, "x", step.version)
    assert as_(world, "bea").checklists.set_note(mine, step.step_id, "ok", step.version).step(step.step_id).note == "ok"
    with pytest.raises(NotFoundError):
        as_(world, "cora").families.get_family(99_999)
    assert dataclasses.is_dataclass(view)


def test_letters_need_the_right_and_their_output_is_audited(world, tmp_path):
    from transition_app.services.letter_service import LetterService

    def letters(name):
        c = as_(world, name)
        return LetterService(c.families, c.checklists, c.staff)

    mine = world["mine"].id
    with pytest.raises(PermissionDenied):  # buddies accompany; they do not write to authorities
        letters("bea").compose(mine, "municipality_registration", authority_language="fr")
    with pytest.raises(PermissionDenied):  # another centre's worker
        letters("olaf").compose(mine, "municipality_registration", authority_language="fr")
    with pytest.raises(PermissionDenied):
        letters("bea").record_output(mine, "municipality_registration", "print")
    from transition_app.documents import model as m

    two = m.Document("t", "fr", (m.Section("fr", (m.Paragraph("a"),)), m.Section("ar", (m.Paragraph("b"),),
                                                                                 new_part=True)))
    with pytest.raises(PermissionDenied):
        letters("bea").save_parts(mine, "municipality_registration", tmp_path / "two.pdf", two, "pdf")
    assert not list(tmp_path.glob("two*.pdf"))
    anna = letters("anna")
    from transition_app.letters import LetterError

    with pytest.raises(LetterError):  # past the permission check: the case lacks the centre's place
        anna.compose(mine, "reception_attestation", authority_language="fr", family_language="ar")
    target = tmp_path / "letter.pdf"
    anna.save(mine, "municipality_registration", target, b"%PDF-1.4 test", "pdf", languages=("fr", "ar"))
    anna.record_output(mine, "municipality_registration", "print")
    assert target.read_bytes() == b"%PDF-1.4 test"
    entries = [e for e in as_(world, "cora").audit.browse(AuditQuery(family_id=mine))
               if e.action in ("export", "print")]
    assert {(e.action, e.details.get("document"), e.details.get("format")) for e in entries} >= {
        ("export", "letter", "pdf"), ("print", "letter", "print")}

    def failing_write():
        raise OSError("disk full")

    before = as_(world, "cora").audit.count()
    with pytest.raises(OSError):
        anna.record_output(mine, "municipality_registration", "pdf", write=failing_write)
    assert as_(world, "cora").audit.count() == before  # nothing recorded for a file never written


def test_dossiers_follow_the_scope(world, tmp_path):
    mine, other = world["mine"].id, world["other"].id
    assert {f.family_id for f in as_(world, "cora").handover.families_leaving_within(400)} >= {mine, other}
    assert {f.family_id for f in as_(world, "anna").handover.families_leaving_within(400)} == {mine}
    assert {f.family_id for f in as_(world, "olaf").handover.families_leaving_within(400)} == {other}
    for name in ("bea", "ben"):
        with pytest.raises(PermissionDenied):
            as_(world, name).handover.families_leaving_within(400)
        with pytest.raises(PermissionDenied):
            as_(world, name).handover.compose_dossier(mine, "buddy")
        with pytest.raises(PermissionDenied):
            as_(world, name).handover.issues(mine)
    with pytest.raises(PermissionDenied):
        as_(world, "olaf").handover.compose_dossier(mine, "cpas")
    with pytest.raises(PermissionDenied):
        as_(world, "olaf").handover.default_language(mine)
    with pytest.raises(PermissionDenied):
        as_(world, "olaf").handover.record_issue(mine, "cpas", ["cover"], recipient_name=None,
                                                 include_confidential=False, file_format="print")
    with pytest.raises(PermissionDenied):
        as_(world, "olaf").handover.issues(mine)
    with pytest.raises(PermissionDenied):  # confidential notes need the right to read them... and the family
        as_(world, "olaf").handover.issue_dossier(mine, "worker", tmp_path / "d.pdf")
    assert not (tmp_path / "d.pdf").exists()
    issued = as_(world, "anna").handover.issue_dossier(mine, "cpas", tmp_path / "d.pdf",
                                                       consent_override_reason="Accord oral, rappel en cours")
    assert (tmp_path / "d.pdf").exists() and issued.issue_id
    assert [i.recipient_kind for i in as_(world, "anna").handover.issues(mine)] == ["cpas"]
    (tmp_path / "batch").mkdir()
    batch = as_(world, "anna").handover.issue_batch(400, "cpas", tmp_path / "batch")
    # no consent for a CPAS (the family has no new municipality yet): skipped; the next worker needs none
    assert not batch.failed and not batch.written and batch.skipped == [world["mine"].case_number]
    batch = as_(world, "anna").handover.issue_batch(400, "worker", tmp_path / "batch")
    assert not batch.failed and len(batch.written) == 1


def test_leave_done_date_postpone_remove_extension_and_undo_check_role_and_scope(world):
    """Issue 9: the new checklist changes follow the same rules (olaf: another centre; ben: a buddy
    not assigned; bea: the family's buddy, who may not record the leave nor extensions)."""
    from transition_app.services.checklist import EXIT_STEP

    mine = world["mine"].id
    anna = as_(world, "anna").checklists
    view = anna.get_checklist(mine)
    step = view.step("residence.refugee_certificate")
    exit_version = view.step(EXIT_STEP).version
    changed = anna.set_status(mine, step.step_id, "in_progress", step.version)
    custom = anna.add_step(mine, "Call the school")
    custom_step = next(s for s in custom.steps if s.custom)
    for name in ("olaf", "ben"):
        other = as_(world, name).checklists
        for call in (lambda other=other: other.complete_exit(mine, dt.date(2026, 11, 20), "own_housing", exit_version),
                     lambda other=other: other.set_done_on(mine, step.step_id, dt.date(2026, 11, 20), 1),
                     lambda other=other: other.postpone(mine, step.step_id, dt.date(2026, 12, 20), "x", 1),
                     lambda other=other: other.remove_step(mine, custom_step.step_id, custom_step.version),
                     lambda other=other: other.extension_check(mine, 1),
                     lambda other=other: other.undo(mine, changed.event_id)):
            with pytest.raises(PermissionDenied):
                call()
    bea = as_(world, "bea").checklists
    with pytest.raises(PermissionDenied):
        bea.complete_exit(mine, dt.date(2026, 11, 20), "own_housing", exit_version)
    with pytest.raises(PermissionDenied):
        bea.extension_check(mine, 1)
    with pytest.raises(PermissionDenied):
        bea.undo(mine, changed.event_id)  # anna's change
    assert anna.undo(mine, changed.event_id).step(step.step_id).status == step.status
