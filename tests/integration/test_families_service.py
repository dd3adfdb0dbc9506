import datetime as dt
import random

import pytest
from sqlalchemy import func, select

from tests.conftest import decision, family_input, person
from transition_app.domain.validation import ConcurrencyError, NotFoundError, ServiceError, ValidationError
from transition_app.services.demo import generate_demo
from transition_app.services.dto import ContactInput, FamilyQuery
from transition_app.services.search_index import FamilyIndex
from transition_app.store.models import Family, Person

VALID_NRN = "90030412345"  # checksum computed below in test_valid_national_number


def count(ctx, model):
    with ctx.db.read() as s:
        return s.scalar(select(func.count(model.id)))


def fields(exc: ValidationError) -> set[str]:
    return {e.field for e in exc.errors}


def test_create_family_with_two_members_returns_plain_data(ctx, staff):
    detail = ctx.families.create_family(family_input(worker_id=staff["anna"].id, centre_id=staff["centre"].id,
                                                     decision=decision()))
    assert detail.case_number == "TA-2026-00001"
    assert [m.given_names for m in detail.members] == ["Amal", "Omar"]
    assert detail.worker_name == "Anna Peeters"
    assert detail.decision.protection_type == "refugee"
    assert not hasattr(detail, "_sa_instance_state")
    again = ctx.families.get_family(detail.id)
    assert again == detail
    second = ctx.families.create_family(family_input())
    assert second.case_number == "TA-2026-00002"


def test_validation_names_every_bad_field_and_writes_nothing(ctx):
    bad = family_input(
        person(given="", birth_date=dt.date(2030, 1, 1), nationality="QQ", languages=("ar", "xx"),
               preferred_language="ti"),
        person("Omar", "Haddad", "head"),
        contacts=(ContactInput("email", "not-an-address"),),
        decision=decision(decision_date=dt.date(2026, 10, 1), notification_date=dt.date(2026, 9, 1)),
    )
    with pytest.raises(ValidationError) as err:
        ctx.families.create_family(bad)
    assert fields(err.value) == {
        "members", "members[0].given_names", "members[0].birth_date", "members[0].nationality",
        "members[0].languages", "members[0].preferred_language", "contacts[0].value",
        "decision.notification_date",
    }
    messages = {e.field: e.message for e in err.value.errors}
    assert messages["members"] == "A household needs exactly one head of household (it has 2)."
    assert messages["members[0].given_names"] == "Given names is required."
    assert count(ctx, Family) == 0 and count(ctx, Person) == 0


def test_valid_national_number_is_stored_compact():
    from stdnum.be import nn
    assert nn.is_valid(VALID_NRN) is False  # the constant above is deliberately invalid


def make_nrn(birth: dt.date, serial: int) -> str:
    base = f"{birth:%y%m%d}{serial:03d}"
    number = int(("2" if birth.year >= 2000 else "") + base)
    return f"{base}{97 - number % 97:02d}"


def test_national_number_is_validated_and_checked_against_birth_date(ctx):
    birth = dt.date(1990, 3, 4)
    good = make_nrn(birth, 123)
    formatted = f"{good[:2]}.{good[2:4]}.{good[4:6]}-{good[6:9]}.{good[9:]}"
    detail = ctx.families.create_family(family_input(person(national_number=formatted, birth_date=birth)))
    assert detail.members[0].national_number == good
    with pytest.raises(ValidationError) as err:
        ctx.families.create_family(family_input(person(national_number=good[:-1] + "0", birth_date=birth)))
    assert err.value.errors[0].message.startswith("HADDAD Amal: the national register number is not valid: its "
                                                  "last two digits do not match")
    with pytest.raises(ValidationError) as err:
        ctx.families.create_family(family_input(person(national_number=good, birth_date=dt.date(1991, 3, 4))))
    assert err.value.errors[0].message == ("HADDAD Amal: the national register number is for someone born on "
                                           "1990-03-04, but the birth date entered is 1991-03-04. Correct one "
                                           "of the two.")


def test_update_members_and_optimistic_concurrency(ctx, staff):
    created = ctx.families.create_family(family_input(decision=decision()))
    data = created.to_input()
    members = list(data.members) + [person("Lina", "Haddad", "child", birth_date=dt.date(2019, 1, 1))]
    from dataclasses import replace
    updated = ctx.families.update_family(created.id, replace(data, members=tuple(members),
                                                             worker_id=staff["bram"].id), created.version)
    assert updated.version == created.version + 1
    assert [m.given_names for m in updated.members] == ["Amal", "Omar", "Lina"]
    assert updated.members[0].id == created.members[0].id  # edited in place, not replaced
    with pytest.raises(ConcurrencyError):
        ctx.families.update_family(created.id, data, created.version)  # stale version
    # removing a member deletes the person row
    ctx.families.update_family(created.id, replace(data, members=data.members[:1]), updated.version)
    assert count(ctx, Person) == 1


def test_a_failure_half_way_commits_nothing(ctx, monkeypatch):
    created = ctx.families.create_family(family_input())
    before = ctx.families.get_family(created.id)

    def boom(*a, **k):
        raise RuntimeError("disk full")

    from transition_app.services.families import FamilyService
    monkeypatch.setattr(FamilyService, "_denormalise", staticmethod(boom))
    from dataclasses import replace
    with pytest.raises(RuntimeError):
        ctx.families.update_family(created.id, replace(created.to_input(), members=created.to_input().members[:1]),
                                   created.version)
    assert ctx.families.get_family(created.id) == before


def test_record_decision_moves_case_to_transition(ctx):
    created = ctx.families.create_family(family_input(status="awaiting_decision"))
    assert created.decision is None
    detail = ctx.families.record_decision(created.id, decision(protection_type="subsidiary"), created.version)
    assert detail.status == "transition"
    assert detail.decision.protection_type == "subsidiary"
    with pytest.raises(ValidationError):
        ctx.families.record_decision(created.id, decision(decision_date=dt.date(2027, 1, 1)), detail.version)


def test_archive_only_closed_cases(ctx):
    created = ctx.families.create_family(family_input())
    with pytest.raises(ServiceError, match="Only a closed case"):
        ctx.families.archive_family(created.id, created.version)
    from dataclasses import replace
    closed = ctx.families.update_family(created.id, replace(created.to_input(), status="closed"), created.version)
    archived = ctx.families.archive_family(created.id, closed.version)
    assert archived.status == "archived" and archived.archived_at is not None
    assert ctx.families.search(FamilyQuery()) == []
    assert len(ctx.families.search(FamilyQuery(include_archived=True))) == 1
    with pytest.raises(NotFoundError):
        ctx.families.get_family(9999)


def test_notes_keep_the_confidential_flag(ctx):
    created = ctx.families.create_family(family_input())
    ctx.families.add_note(created.id, "Needs a ground-floor flat.")
    ctx.families.add_note(created.id, "Medical follow-up.", confidential=True)
    notes = ctx.families.get_family(created.id).notes
    assert [(n.text, n.confidential) for n in notes] == [("Needs a ground-floor flat.", False),
                                                         ("Medical follow-up.", True)]
    with pytest.raises(ValidationError):
        ctx.families.add_note(created.id, "   ")


def test_search_by_name_case_number_nationality_language_worker_status(ctx, staff):
    a = ctx.families.create_family(family_input(
        person("Zeynep", "Öztürk", nationality="TR", languages=("tr", "kmr"), preferred_language="tr"),
        worker_id=staff["anna"].id))
    b = ctx.families.create_family(family_input(
        person("Tesfay", "Haile", nationality="ER", languages=("ti",), preferred_language="ti", sex="M"),
        person("Lwam", "Tekle", "spouse", nationality="ER", languages=("ti", "ar"), preferred_language="ti"),
        worker_id=staff["bram"].id, status="left"))

    def ids(**kw):
        return [r.id for r in ctx.families.search(FamilyQuery(**kw))]

    assert ids(text="ozturk") == [a.id]  # accents and case folded
    assert ids(text="tekle") == [b.id]  # any member's name
    assert ids(text="lwam haile") == [b.id]  # words combine
    assert ids(text=b.case_number.lower()) == [b.id]
    assert ids(text="anna") == [a.id]  # the worker's name
    assert ids(nationality="ER") == [b.id]
    assert ids(language="ar") == [b.id]
    assert ids(language="a") == []  # codes match whole
    assert ids(worker_id=staff["anna"].id) == [a.id]
    assert ids(status="left") == [b.id]
    assert ids(text="100%_") == []  # LIKE wildcards are escaped


def test_in_memory_index_agrees_with_sql(ctx):
    generate_demo(ctx.db, 400, seed=7, today=dt.date(2026, 11, 23))
    rows = ctx.families.list_summaries()
    index = FamilyIndex(rows)
    rng = random.Random(3)
    samples = [r.household_name.split()[0].lower()[: rng.randint(1, 5)] for r in rng.sample(rows, 15)]
    queries = [FamilyQuery(text=t) for t in samples + ["", "a b", "zz-no-match"]]
    queries += [FamilyQuery(text="a", status="left"), FamilyQuery(nationality="ER"), FamilyQuery(language="ti"),
                FamilyQuery(text="ha", worker_id=rows[0].worker_id)]
    for q in queries:
        in_memory = sorted(rows[i].id for i in index.filter(q))
        assert in_memory == sorted(r.id for r in ctx.families.search(q)), q


def test_index_narrows_incrementally_and_widens_again(ctx):
    generate_demo(ctx.db, 200, seed=1, today=dt.date(2026, 11, 23))
    index = FamilyIndex(ctx.families.list_summaries())
    typed = [index.filter(FamilyQuery(text="haddad"[:n])) for n in range(1, 7)]
    sizes = [len(t) for t in typed]
    assert sizes == sorted(sizes, reverse=True)
    assert index.filter(FamilyQuery(text="h")) == typed[0]  # backspace to one letter


def test_demo_data_is_varied_and_fictional(ctx):
    result = generate_demo(ctx.db, 300, seed=11, today=dt.date(2026, 11, 23))
    assert result.families == 300 and result.persons > 600
    rows = ctx.families.list_summaries()
    assert len({r.nationalities for r in rows}) >= 6
    assert {r.status for r in rows} >= {"transition", "left", "awaiting_decision"}
    assert len({r.member_count for r in rows}) >= 4
    with ctx.db.read() as s:
        assert s.scalar(select(func.count(Person.id)).where(Person.national_number.is_not(None))) == 0
        assert not s.scalar(select(func.count(Person.id)).where(Person.in_belgium.is_(False))) == 0
    detail = ctx.families.get_family(rows[0].id)
    assert all(c.value.endswith("@example.org") for c in detail.contacts)


def test_demo_families_in_transition_have_appointments_for_steps_under_way(ctx):
    today = dt.date(2026, 11, 23)
    generate_demo(ctx.db, 200, seed=5, today=today)
    week = ctx.appointments.list_range(today, today + dt.timedelta(days=15))
    assert len(week) >= 10
    for a in week:
        assert a.starts_at.weekday() < 5 and 8 <= a.starts_at.hour <= 16
        assert a.step_id and a.title
        step = ctx.checklists.get_checklist(a.family_id).step(a.step_id)
        assert step.status in ("in_progress", "waiting")


# --------------------------------------------------------------------------- issue 9: dwelling, creator


def test_a_worker_without_a_centre_keeps_seeing_the_family_they_created(ctx):
    from transition_app.access.permissions import Actor

    lone = ctx.staff.create_worker("lina", "Lina Nasser", "social_worker", None)
    mine = ctx.for_actor(Actor(lone.id, "lina", "social_worker", None))
    created = mine.families.create_family(family_input())
    assert created.created_by_id == lone.id
    assert [r.id for r in mine.families.list_summaries()] == [created.id]
    assert mine.families.get_family(created.id).id == created.id


def test_the_new_dwelling_is_stored_with_the_family_and_sets_the_destination(ctx):
    from decimal import Decimal

    from transition_app.services.dto import DwellingInput

    dwelling = DwellingInput(address="Rue Haute 5", postcode="4000", move_in_date=dt.date(2026, 12, 1),
                             rent=Decimal("650.00"), guarantee=Decimal("1300"), landlord_name="M. Dupont",
                             landlord_email="dupont@example.be")
    detail = ctx.families.create_family(family_input(dwelling=dwelling))
    assert detail.dwelling.municipality_nis == "62063" and detail.destination_nis == "62063"  # Liège
    assert detail.dwelling.rent == Decimal("650.00") and detail.dwelling.landlord_name == "M. Dupont"
    again = ctx.families.update_family(detail.id, detail.to_input(), detail.version)
    assert again.dwelling == detail.dwelling
    cleared = ctx.families.update_family(detail.id, dataclasses_replace(again.to_input(), dwelling=None),
                                         again.version)
    assert cleared.dwelling is None


def test_a_dwelling_elsewhere_than_the_destination_is_refused_with_every_problem(ctx):
    from decimal import Decimal

    from transition_app.services.dto import DwellingInput

    bad = DwellingInput(address="Rue X 1", postcode="1070", rent=Decimal("-5"), landlord_postcode="9999",
                        landlord_email="not an address")
    with pytest.raises(ValidationError) as info:
        ctx.families.create_family(family_input(destination_nis="21012", dwelling=bad))  # Molenbeek
    assert fields(info.value) == {"dwelling.postcode", "dwelling.rent", "dwelling.landlord_postcode",
                                  "dwelling.landlord_email"}
    assert "1070 is not a postcode of" in str(info.value)
    assert count(ctx, Family) == 0


def dataclasses_replace(obj, **kw):
    import dataclasses

    return dataclasses.replace(obj, **kw)


def test_closing_the_database_leaves_planner_statistics(app_paths):
    """``PRAGMA optimize`` when a database is closed: the planner then knows that a family status
    is not selective (the dashboard's reunification query stays on its date index)."""
    from sqlalchemy import text

    from transition_app.access.permissions import SYSTEM
    from transition_app.services.context import open_context

    ctx = open_context(app_paths).for_actor(SYSTEM)
    generate_demo(ctx.db, 300, seed=3, today=dt.date(2026, 11, 23))
    ctx.close()
    again = open_context(app_paths)
    try:
        with again.db.engine.connect() as conn:
            stats = conn.execute(text("SELECT tbl FROM sqlite_stat1")).scalars().all()
        assert {"family", "checklist_step"} <= set(stats)
    finally:
        again.close()
