"""Appointments (issue 6): per family, the week of a worker or a buddy, validation, concurrency,
the audit log and the ``.ics`` export.

Families: ``mine`` and ``second`` (centre A, worker anna; buddy bea accompanies ``mine`` only)
and ``other`` (centre B, worker olaf).  ``ben`` is a buddy of no family.
"""

import datetime as dt

import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.conftest import TODAY, centre_input, decision, family_input, person
from transition_app.access.permissions import Actor
from transition_app.domain.validation import (
    ConcurrencyError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from transition_app.services.appointments import AppointmentInput, week_start
from transition_app.store.models import AuditEntry

MONDAY = week_start(TODAY)  # 2026-11-23 is a Monday


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A time in the test week (day 0: Monday)."""
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


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
    mine = ctx.families.create_family(family_input(centre_id=centre_a.id, worker_id=users["anna"].worker_id,
                                                   decision=decision(), destination_nis="62063"))
    second = ctx.families.create_family(family_input(person("Lina", "Nasser"), centre_id=centre_a.id,
                                                     worker_id=users["anna"].worker_id))
    other = ctx.families.create_family(family_input(person("Sara", "Tesfay", nationality="ER", languages=("ti",),
                                                           preferred_language="ti"), centre_id=centre_b.id))
    ctx.buddies.assign(mine.id, users["bea"].worker_id)
    return {"ctx": ctx, "users": users, "mine": mine, "second": second, "other": other}


def as_(world, name):
    context = world["ctx"].for_actor(world["users"][name])
    context.clock.freeze(TODAY)
    return context


def cpas(**kw) -> AppointmentInput:
    values = dict(title="CPAS de Liège — first interview", starts_at=at(1, 9, 30), ends_at=at(1, 10, 30),
                  place="Place Saint-Jacques 13, 4000 Liège", bring=("A card", "Lease"),
                  accompanied_by="Bea (buddy)")
    values.update(kw)
    return AppointmentInput(**values)


def audit_details(ctx, what: str) -> list[dict]:
    with ctx.db.read() as s:
        return [e.details for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
                if e.details.get("what") == what or e.details.get("kind") == what]


# ----------------------------------------------------------------------------- adding and listing


def test_add_then_list_for_the_family_and_the_week(world):
    anna = as_(world, "anna")
    mine = world["mine"]
    added = anna.appointments.add(mine.id, cpas(title="  CPAS de Liège — first interview ",
                                               bring=("A card", "  ", "Lease ")))
    later = anna.appointments.add(mine.id, AppointmentInput("Municipality: address declaration", at(8, 14)))
    assert added.title == "CPAS de Liège — first interview" and added.bring == ("A card", "Lease")
    assert added.family_id == mine.id and added.family_name == "HADDAD Amal" and added.version == 1
    assert added.case_number == mine.case_number and added.place.startswith("Place Saint-Jacques")
    assert later.ends_at is None and later.step_id is None
    assert [a.id for a in anna.appointments.list_for_family(mine.id)] == [added.id, later.id]
    assert [a.id for a in anna.appointments.list_week(TODAY + dt.timedelta(days=3))] == [added.id]  # Thursday
    assert [a.id for a in anna.appointments.list_week(TODAY + dt.timedelta(days=7))] == [later.id]
    assert anna.appointments.get(added.id) == added


def test_the_week_holds_the_actors_families_only(world):
    ctx = world["ctx"]
    a_mine = ctx.appointments.add(world["mine"].id, cpas())
    a_second = ctx.appointments.add(world["second"].id, cpas(title="Bank", starts_at=at(0, 8), ends_at=None))
    a_other = ctx.appointments.add(world["other"].id, cpas(title="Housing visit", starts_at=at(6, 23, 30),
                                                           ends_at=at(6, 23, 59)))
    ctx.appointments.add(world["mine"].id, cpas(title="Next week", starts_at=at(7, 0, 0), ends_at=None))
    week = {name: [a.id for a in as_(world, name).appointments.list_week(MONDAY)] for name in world["users"]}
    assert week == {"cora": [a_second.id, a_mine.id, a_other.id], "anna": [a_second.id, a_mine.id],
                    "olaf": [a_other.id], "bea": [a_mine.id], "ben": []}


def test_a_buddy_adds_and_sees_only_the_families_they_accompany(world):
    bea = as_(world, "bea")
    added = bea.appointments.add(world["mine"].id, cpas())
    assert [a.id for a in bea.appointments.list_for_family(world["mine"].id)] == [added.id]
    updated = bea.appointments.update(added.id, cpas(place="OCMW"), added.version)
    assert updated.place == "OCMW" and updated.version == added.version + 1
    hidden = world["ctx"].appointments.add(world["second"].id, cpas())
    for call in (lambda: bea.appointments.list_for_family(world["second"].id),
                 lambda: bea.appointments.add(world["second"].id, cpas()),
                 lambda: bea.appointments.get(hidden.id),
                 lambda: bea.appointments.update(hidden.id, cpas(), hidden.version),
                 lambda: bea.appointments.cancel(hidden.id, hidden.version),
                 lambda: bea.appointments.export_ics(family_id=world["second"].id)):
        with pytest.raises(PermissionDenied):
            call()


def test_a_buddy_of_another_family_and_another_centre_are_refused(world):
    added = world["ctx"].appointments.add(world["mine"].id, cpas())
    for name in ("ben", "olaf"):
        appointments = as_(world, name).appointments
        with pytest.raises(PermissionDenied):
            appointments.list_for_family(world["mine"].id)
        with pytest.raises(PermissionDenied):
            appointments.add(world["mine"].id, cpas())
        with pytest.raises(PermissionDenied):
            appointments.cancel(added.id, added.version)
        assert appointments.list_week(MONDAY) == []
    assert world["ctx"].appointments.get(added.id).version == added.version  # untouched


def test_nobody_signed_in_sees_nothing(world, app_paths):
    from transition_app.services.context import open_context

    world["ctx"].appointments.add(world["mine"].id, cpas())
    nobody = open_context(app_paths)
    try:
        with pytest.raises(PermissionDenied):
            nobody.appointments.list_week(MONDAY)
        with pytest.raises(PermissionDenied):
            nobody.appointments.list_for_family(world["mine"].id)
    finally:
        nobody.close()


# ----------------------------------------------------------------------------- validation


def test_validation_names_every_problem(world):
    anna = as_(world, "anna")
    with pytest.raises(ValidationError) as exc:
        anna.appointments.add(world["mine"].id, AppointmentInput(
            "  ", at(1, 10), at(1, 9), place="x" * 301, bring=("y" * 201,), accompanied_by="z" * 201))
    messages = {e.field: e.message for e in exc.value.errors}
    assert messages == {
        "title": "Appointment is required.",
        "ends_at": "End must be after Start.",
        "place": "Place is too long (at most 300 characters).",
        "bring[0]": "What to bring is too long (at most 200 characters).",
        "accompanied_by": "Accompanied by is too long (at most 200 characters).",
    }
    with pytest.raises(ValidationError) as exc:
        anna.appointments.add(world["mine"].id, cpas(ends_at=at(1, 9, 30)))  # ends when it starts
    assert [e.field for e in exc.value.errors] == ["ends_at"]
    with pytest.raises(ValidationError) as exc:
        anna.appointments.add(world["mine"].id, cpas(starts_at=None, ends_at=None))
    assert [(e.field, e.message) for e in exc.value.errors] == [("starts_at", "Start is required.")]
    with pytest.raises(ValidationError) as exc:
        anna.appointments.add(world["mine"].id, cpas(step_id="no.such_step"))
    assert exc.value.errors[0].field == "step_id" and "no.such_step" in exc.value.errors[0].message
    with pytest.raises(ValidationError) as exc:
        anna.appointments.add(world["mine"].id, cpas(bring=tuple(f"item {i}" for i in range(31))))
    assert exc.value.errors[0].message == "What to bring: at most 30 lines."
    assert anna.appointments.list_for_family(world["mine"].id) == []  # nothing half-written


def test_a_linked_step_must_be_in_the_family_checklist(world):
    anna = as_(world, "anna")
    step = next(s for s in anna.checklists.get_checklist(world["mine"].id).steps if s.service == "cpas_of_new_dwelling")
    added = anna.appointments.add(world["mine"].id, cpas(step_id=step.step_id))
    assert added.step_id == step.step_id
    with pytest.raises(ValidationError):  # ``second`` has no decision, so no checklist steps
        anna.appointments.add(world["second"].id, cpas(step_id=step.step_id))


def test_times_are_stored_as_brussels_wall_clock_to_the_minute(world):
    anna = as_(world, "anna")
    utc = dt.datetime(2026, 11, 24, 8, 30, 42, tzinfo=dt.UTC)  # 09:30 in Brussels (winter)
    added = anna.appointments.add(world["mine"].id, cpas(starts_at=utc, ends_at=None))
    assert added.starts_at == dt.datetime(2026, 11, 24, 9, 30) and added.starts_at.tzinfo is None


# ----------------------------------------------------------------------------- changing and cancelling


def test_update_and_cancel_check_the_version_and_are_audited(world):
    anna, bea = as_(world, "anna"), as_(world, "bea")
    added = anna.appointments.add(world["mine"].id, cpas())
    changed = bea.appointments.update(added.id, cpas(accompanied_by="Interpreter"), added.version)
    with pytest.raises(ConcurrencyError):  # anna still has the first version
        anna.appointments.update(added.id, cpas(place="elsewhere"), added.version)
    with pytest.raises(ConcurrencyError):
        anna.appointments.cancel(added.id, added.version)
    anna.appointments.cancel(added.id, changed.version)
    assert anna.appointments.list_for_family(world["mine"].id) == []
    with pytest.raises(NotFoundError):
        anna.appointments.cancel(added.id, changed.version)
    with pytest.raises(NotFoundError):
        anna.appointments.get(added.id)
    ctx = world["ctx"]
    with ctx.db.read() as s:
        entries = [(e.actor, e.action, e.family_id, e.details) for e in s.scalars(select(AuditEntry))
                   if str(e.details.get("what", "")).startswith("appointment")]
    assert entries == [
        ("anna", "edit", world["mine"].id, {"what": "appointment_added", "appointment": added.id}),
        ("bea", "edit", world["mine"].id, {"what": "appointment", "appointment": added.id}),
        ("anna", "edit", world["mine"].id, {"what": "appointment_cancelled", "appointment": added.id}),
    ]
    assert ctx.audit.verify().ok


# ----------------------------------------------------------------------------- calendar file


def test_ics_of_a_family_and_of_the_week_parse_and_hold_the_appointments(world):
    anna, bea = as_(world, "anna"), as_(world, "bea")
    first = anna.appointments.add(world["mine"].id, cpas())
    anna.appointments.add(world["mine"].id, cpas(title="Already past", starts_at=at(-3, 9), ends_at=None))
    later = anna.appointments.add(world["mine"].id, AppointmentInput("Municipality", at(9, 14), place="Hôtel de ville"))
    anna.appointments.add(world["second"].id, cpas(title="Bank", starts_at=at(2, 11), ends_at=None))

    data, count = bea.appointments.export_ics(family_id=world["mine"].id)
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert count == 2 == len(events)  # from today on
    assert [str(e["summary"]) for e in events] == [f"CPAS de Liège — first interview ({world['mine'].case_number})",
                                                   f"Municipality ({world['mine'].case_number})"]
    start = events[0].decoded("dtstart")
    assert start.replace(tzinfo=None) == first.starts_at and start.utcoffset() == dt.timedelta(hours=1)
    assert str(events[0]["location"]) == first.place
    assert "Bring: A card, Lease" in str(events[0]["description"])
    assert "Accompanied by: Bea (buddy)" in str(events[0]["description"])
    assert str(events[1]["uid"]).startswith(f"appointment-{later.id}-")
    assert world["mine"].members[0].given_names not in data.decode()  # no names in a phone calendar

    week, count = anna.appointments.export_ics(week=TODAY, bring_label="Apporter")
    summaries = sorted(str(e["summary"]) for e in Calendar.from_ical(week).walk("VEVENT"))
    assert count == 2 and summaries == sorted([f"CPAS de Liège — first interview ({world['mine'].case_number})",
                                              f"Bank ({world['second'].case_number})"])
    assert any("Apporter: A card, Lease" in str(e.get("description", ""))
               for e in Calendar.from_ical(week).walk("VEVENT"))
    buddy_week, count = bea.appointments.export_ics()
    assert count == 1 and b"Bank" not in buddy_week
    assert [d["kind"] for d in audit_details(world["ctx"], "ics") + audit_details(world["ctx"], "ics_week")] == [
        "ics", "ics_week", "ics_week"]


def test_what_a_buddy_adds_or_changes_is_remembered_for_the_worker(world):
    from transition_app.store.models import FamilyUpdate

    bea, anna = as_(world, "bea"), as_(world, "anna")
    added = bea.appointments.add(world["mine"].id, cpas())
    bea.appointments.update(added.id, cpas(place="OCMW"), added.version)
    anna.appointments.add(world["mine"].id, cpas(title="By the worker"))  # not a buddy: nothing to show
    with world["ctx"].db.read() as s:
        rows = [(u.family_id, u.kind, u.ref, u.detail) for u in s.scalars(select(FamilyUpdate))]
    assert rows == [(world["mine"].id, "appointment", str(added.id), "changed")]
