"""Issue 9, points 6 and 7 in the services: the status follows the leave step, left and closed
families leave the late lists, extensions beyond the rule's maximum need a reason; every checklist
change can be undone (recorded as such), done dates can be set, a step can be postponed.

Every family is created through the services on an empty database (no demo data).
"""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, decision, family_input
from transition_app.access.permissions import Actor
from transition_app.domain.validation import (
    ConcurrencyError,
    NotFoundError,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from transition_app.services import checklist as cl
from transition_app.services.audit import AuditAction, AuditQuery
from transition_app.store.models import ChecklistStep

EXIT = cl.EXIT_STEP
BRUSSELS = "21004"
GHENT = "44021"


def make(ctx, **kw):
    kw.setdefault("decision", decision())  # decided 1 Oct 2026: leave by 1 Dec 2026 (8 days left)
    kw.setdefault("arrival_date", dt.date(2025, 2, 1))
    return ctx.families.create_family(family_input(**kw))


def exit_version(ctx, family_id):
    return ctx.checklists.get_checklist(family_id).step(EXIT).version


def field_codes(err):
    return {(e.field, e.code.id) for e in err.value.errors}


# --------------------------------------------------------------------------- point 6: the status follows


def test_the_leave_step_sets_the_family_to_left_with_its_date_and_how(ctx, staff):
    fam = make(ctx, destination_nis=BRUSSELS, worker_id=staff["anna"].id)
    board = ctx.checklists.dashboard()
    assert board.families_in_transition == 1
    left_on = dt.date(2026, 11, 20)
    view = ctx.checklists.complete_exit(fam.id, left_on, "family_friends", exit_version(ctx, fam.id),
                                        worker_id=staff["anna"].id)
    assert (view.family_status, view.exit_date, view.exit_mode) == ("left", left_on, "family_friends")
    assert view.step(EXIT).status == "done" and view.step(EXIT).done_on == left_on
    assert view.exit_due == left_on  # re-planned: the real exit date
    assert view.event_id is not None
    detail = ctx.families.get_family(fam.id)
    assert (detail.status, detail.exit_date, detail.exit_mode) == ("left", left_on, "family_friends")
    assert detail.version == fam.version + 1  # an edit of the family: a dialog opened before sees a conflict
    assert [e.kind for e in ctx.checklists.history(fam.id, EXIT)] == ["left"]
    entries = ctx.audit.browse(AuditQuery(family_id=fam.id, action=AuditAction.EDIT))
    assert any(e.details.get("what") == "family_status" and e.details.get("status") == "left"
               and e.details.get("exit_mode") == "family_friends" for e in entries)
    # the dashboard and the due list follow at once
    after = ctx.checklists.dashboard()
    assert after.families_in_transition == 0 and after.families == ()
    assert sum(n for _k, n in after.exit_buckets) == 0
    # the steps of leaving reception are moot: not overdue, not on the due list; follow-up steps stay
    due = {i.step_id for i in ctx.checklists.due_within(90) if i.family_id == fam.id}
    assert not any(s.startswith("reception.") for s in due)
    assert {"housing.search", "housing.lease", "cpas.rental_guarantee"} <= due
    choice = view.step("reception.choice")
    assert choice.moot and choice.due_date is None and not choice.overdue(TODAY)
    assert not view.next_step.step_id.startswith("reception.")
    assert ctx.checklists.dashboard().overdue_total == len(ctx.checklists.due_within(-1))


def test_un_ticking_the_leave_step_puts_the_family_back_in_transition(ctx):
    fam = make(ctx)
    view = ctx.checklists.complete_exit(fam.id, TODAY, "own_housing", exit_version(ctx, fam.id))
    view = ctx.checklists.set_status(fam.id, EXIT, "todo", view.step(EXIT).version)
    assert (view.family_status, view.exit_date, view.exit_mode) == ("transition", None, None)
    assert view.exit_due == dt.date(2026, 12, 1) and view.step(EXIT).done_on is None
    assert ctx.checklists.dashboard().families_in_transition == 1
    assert "reception.choice" in {i.step_id for i in ctx.checklists.due_within(0)}  # overdue again


def test_the_leave_step_needs_a_valid_date_and_how_the_family_left_all_named_at_once(ctx):
    fam = make(ctx, arrival_date=dt.date(2026, 10, 10))
    version = exit_version(ctx, fam.id)
    with pytest.raises(ValidationError) as err:
        ctx.checklists.set_status(fam.id, EXIT, "done", version, done_on=TODAY + dt.timedelta(1))
    assert field_codes(err) == {("done_on", "date_in_future"), ("exit_mode", "required")}
    with pytest.raises(ValidationError) as err:
        ctx.checklists.complete_exit(fam.id, dt.date(2026, 9, 30), "by bicycle", version)
    assert field_codes(err) == {("done_on", "date_order"), ("exit_mode", "not_in_list")}
    assert {e.params["other"] for e in err.value.errors if e.field == "done_on"} == {"Decision date",
                                                                                      "Arrival date"}
    assert ctx.families.get_family(fam.id).status == "transition"  # nothing changed


def test_a_buddy_cannot_record_the_leave_step_and_is_told_to_ask_the_social_worker(ctx, staff):
    fam = make(ctx, worker_id=staff["anna"].id, centre_id=staff["centre"].id)
    bea = ctx.staff.create_worker("bea", "Bea Buddy", "admin_buddy", staff["centre"].id)
    ctx.buddies.assign(fam.id, bea.id)
    buddy = ctx.for_actor(Actor(bea.id, "bea", "admin_buddy", staff["centre"].id))
    step = buddy.checklists.get_checklist(fam.id).step(EXIT)
    with pytest.raises(PermissionDenied) as err:
        buddy.buddy_workspace.mark_step(fam.id, EXIT, "done", step.version)
    assert err.value.code.id == "checklist.exit_needs_worker" and "social worker" in str(err.value)
    with pytest.raises(PermissionDenied):
        buddy.checklists.complete_exit(fam.id, TODAY, "own_housing", step.version)
    assert ctx.families.get_family(fam.id).status == "transition"
    # other statuses of the leave step are a buddy's to set
    assert buddy.buddy_workspace.mark_step(fam.id, EXIT, "waiting", step.version).step(EXIT).status == "waiting"


def test_closed_and_archived_families_leave_every_list(ctx):
    fam = make(ctx)
    other = make(ctx)
    detail = ctx.families.get_family(fam.id)
    ctx.families.update_family(fam.id, dataclasses.replace(detail.to_input(), status="closed"), detail.version)
    assert fam.id not in {i.family_id for i in ctx.checklists.due_within(365)}
    board = ctx.checklists.dashboard()
    assert [r.family_id for r in board.families] == [other.id]
    assert all(i.family_id == other.id for i in board.overdue)
    view = ctx.checklists.get_checklist(fam.id)
    assert not any(s.overdue(TODAY) for s in view.steps_of("reception"))  # no longer late for leaving
    with ctx.db.read() as s:  # the stored, indexed date is the effective one
        stored = s.scalar(select(ChecklistStep.due_date).where(ChecklistStep.family_id == fam.id,
                                                               ChecklistStep.step_id == "reception.choice"))
    assert stored is None


def test_a_left_family_set_in_the_family_file_is_not_late_for_leaving_either(ctx):
    fam = make(ctx)
    detail = ctx.families.get_family(fam.id)
    ctx.families.update_family(fam.id, dataclasses.replace(detail.to_input(), status="left",
                                                           exit_date=dt.date(2026, 11, 1)), detail.version)
    assert ctx.checklists.dashboard().families == ()
    due = [i for i in ctx.checklists.due_within(60) if i.family_id == fam.id]
    assert due and not any(i.track == "reception" for i in due)


def test_an_extension_beyond_the_rules_maximum_needs_a_reason(ctx):
    fam = make(ctx)
    check = ctx.checklists.extension_check(fam.id, 2)
    assert (check.maximum, check.total_months, check.beyond_maximum) == (2, 2, False)
    assert check.exit_due_after == dt.date(2027, 2, 1)
    check = ctx.checklists.extension_check(fam.id, 3)
    assert check.beyond_maximum and check.warning == cl.dl.EXTENSIONS_ABOVE_MAXIMUM
    assert check.warning.format(total=3, maximum=2) == (
        "The extensions add up to 3 months, more than the configured maximum of 2 months.")
    with pytest.raises(ValidationError) as err:
        ctx.checklists.record_extension(fam.id, 3, "No housing found yet")
    assert field_codes(err) == {("beyond_maximum_reason", "checklist.beyond_maximum")}
    assert err.value.errors[0].params["maximum"] == "2"
    assert ctx.checklists.get_checklist(fam.id).extensions == ()
    view = ctx.checklists.record_extension(fam.id, 3, "No housing found yet",
                                           beyond_maximum_reason="Fedasil agreed: medical treatment")
    assert view.extensions[0].beyond_maximum_reason == "Fedasil agreed: medical treatment"
    assert view.exit_due == dt.date(2027, 3, 1)
    problem = next(d.problem for d in view.deadlines if d.key == "reception.exit")
    assert "more than the configured maximum of 2 months" in problem
    # the maximum is of all extensions together: one more month is beyond it too
    assert ctx.checklists.extension_check(fam.id, 1).total_months == 4
    with pytest.raises(ValidationError):
        ctx.checklists.record_extension(fam.id, 1, "Still nothing")


# --------------------------------------------------------------------------- point 7: undo


def test_undo_restores_the_step_and_is_recorded_as_such(ctx, staff):
    anna = ctx.for_actor(Actor(staff["anna"].id, "anna", "social_worker", staff["centre"].id))
    fam = make(ctx, worker_id=staff["anna"].id, centre_id=staff["centre"].id)
    step = anna.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    view = anna.checklists.set_status(fam.id, step.step_id, "blocked", step.version, reason="CGRS strike",
                                      note="Called on Monday")
    event_id = view.event_id
    view = anna.checklists.undo(fam.id, event_id)
    restored = view.step(step.step_id)
    assert (restored.status, restored.reason, restored.note) == ("todo", "", "")
    history = anna.checklists.history(fam.id, step.step_id)
    assert history[0].kind == "undo" and history[0].undoes_id == event_id
    assert history[1].id == event_id and history[1].undone
    assert history[1].before["status"] == "todo" and history[1].after["status"] == "blocked"
    undo_entries = ctx.audit.browse(AuditQuery(family_id=fam.id, action=AuditAction.UNDO))
    assert [(e.details["step"], e.details["event"]) for e in undo_entries] == [(step.step_id, event_id)]
    with pytest.raises(ServiceError) as err:
        anna.checklists.undo(fam.id, event_id)
    assert err.value.code.id == "checklist.already_undone"
    with pytest.raises(NotFoundError):
        anna.checklists.undo(fam.id, 99_999)


def test_undo_is_refused_when_the_step_changed_since_or_the_change_is_someone_elses(ctx, staff):
    anna = ctx.for_actor(Actor(staff["anna"].id, "anna", "social_worker", staff["centre"].id))
    bram = ctx.for_actor(Actor(staff["bram"].id, "bram", "social_worker", staff["centre"].id))
    fam = make(ctx, worker_id=staff["anna"].id, centre_id=staff["centre"].id)
    step = anna.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    mine = anna.checklists.set_status(fam.id, step.step_id, "in_progress", step.version)
    with pytest.raises(PermissionDenied) as err:
        bram.checklists.undo(fam.id, mine.event_id)
    assert err.value.code.id == "checklist.undo_not_yours"
    theirs = bram.checklists.set_status(fam.id, step.step_id, "waiting", mine.step(step.step_id).version)
    with pytest.raises(ConcurrencyError) as err:
        anna.checklists.undo(fam.id, mine.event_id)
    assert err.value.code.id == "checklist.changed_since"
    assert anna.checklists.get_checklist(fam.id).step(step.step_id).status == "waiting"  # unchanged
    assert bram.checklists.undo(fam.id, theirs.event_id).step(step.step_id).status == "in_progress"
    assert anna.checklists.undo(fam.id, mine.event_id).step(step.step_id).status == "todo"  # in order: fine


def test_undo_of_the_leave_step_restores_the_family(ctx):
    fam = make(ctx)
    left = ctx.checklists.complete_exit(fam.id, TODAY, "transit", exit_version(ctx, fam.id))
    assert ctx.checklists.dashboard().families_in_transition == 0
    view = ctx.checklists.undo(fam.id, left.event_id)
    assert (view.family_status, view.exit_date, view.exit_mode) == ("transition", None, None)
    assert view.step(EXIT).status == "todo" and ctx.checklists.dashboard().families_in_transition == 1
    # un-ticking undone gives the family back its exit
    left = ctx.checklists.complete_exit(fam.id, TODAY, "transit", view.step(EXIT).version)
    unticked = ctx.checklists.set_status(fam.id, EXIT, "todo", left.step(EXIT).version)
    view = ctx.checklists.undo(fam.id, unticked.event_id)
    assert (view.family_status, view.exit_date, view.exit_mode) == ("left", TODAY, "transit")
    # the family edited since (closed): the leave can no longer be undone blindly
    detail = ctx.families.get_family(fam.id)
    ctx.families.update_family(fam.id, dataclasses.replace(detail.to_input(), status="closed"), detail.version)
    with pytest.raises(ConcurrencyError):
        ctx.checklists.undo(fam.id, left.event_id)


def test_undo_of_an_added_removed_step_and_of_an_extension(ctx):
    fam = make(ctx)
    added = ctx.checklists.add_step(fam.id, "Collect the wheelchair")
    step_id = "custom:collect_the_wheelchair"
    view = ctx.checklists.undo(fam.id, added.event_id)
    assert step_id not in {s.step_id for s in view.steps}
    again = ctx.checklists.add_step(fam.id, "Collect the wheelchair", track="health")
    step = again.step(step_id)
    removed = ctx.checklists.remove_step(fam.id, step_id, step.version)
    assert step_id not in {s.step_id for s in removed.steps}
    back = ctx.checklists.undo(fam.id, removed.event_id).step(step_id)
    assert (back.title, back.track, back.status, back.position) == ("Collect the wheelchair", "health", "todo",
                                                                    step.position)
    with pytest.raises(ServiceError) as err:
        ctx.checklists.remove_step(fam.id, EXIT, exit_version(ctx, fam.id))
    assert err.value.code.id == "checklist.not_custom"
    ext = ctx.checklists.record_extension(fam.id, 1, "No housing yet")
    assert ext.exit_due == dt.date(2027, 1, 1)
    view = ctx.checklists.undo(fam.id, ext.event_id)
    assert view.extensions == () and view.exit_due == dt.date(2026, 12, 1)


def test_a_buddy_undoes_their_own_change_but_not_the_workers(ctx, staff):
    fam = make(ctx, worker_id=staff["anna"].id, centre_id=staff["centre"].id)
    bea = ctx.staff.create_worker("bea", "Bea Buddy", "admin_buddy", staff["centre"].id)
    ctx.buddies.assign(fam.id, bea.id)
    buddy = ctx.for_actor(Actor(bea.id, "bea", "admin_buddy", staff["centre"].id)).buddy_workspace
    anna = ctx.for_actor(Actor(staff["anna"].id, "anna", "social_worker", staff["centre"].id))
    step = buddy.family(fam.id).steps[0]
    marked = buddy.mark_step(fam.id, step.step_id, "done", step.version)
    assert marked.event_id is not None
    view = buddy.undo(fam.id, marked.event_id)
    assert view.step(step.step_id).status == step.status
    other = anna.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    worker_change = anna.checklists.set_status(fam.id, other.step_id, "in_progress", other.version)
    with pytest.raises(PermissionDenied):
        buddy.undo(fam.id, worker_change.event_id)


# --------------------------------------------------------------------------- point 7: done date, postpone


def test_the_done_date_can_be_set_never_in_the_future_nor_before_the_decision(ctx):
    fam = make(ctx)
    step = ctx.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    with pytest.raises(ServiceError) as err:
        ctx.checklists.set_done_on(fam.id, step.step_id, TODAY, step.version)
    assert err.value.code.id == "checklist.not_done"
    with pytest.raises(ValidationError) as err:
        ctx.checklists.set_status(fam.id, step.step_id, "done", step.version, done_on=dt.date(2026, 9, 1))
    assert field_codes(err) == {("done_on", "date_order")}
    view = ctx.checklists.set_status(fam.id, step.step_id, "done", step.version)
    assert view.step(step.step_id).done_on == TODAY  # today by default
    view = ctx.checklists.set_done_on(fam.id, step.step_id, dt.date(2026, 11, 2), view.step(step.step_id).version)
    assert view.step(step.step_id).done_on == dt.date(2026, 11, 2)
    assert ctx.checklists.history(fam.id, step.step_id)[0].kind == "done_date"
    with pytest.raises(ValidationError):
        ctx.checklists.set_done_on(fam.id, step.step_id, TODAY + dt.timedelta(1), view.step(step.step_id).version)
    view = ctx.checklists.undo(fam.id, view.event_id)
    assert view.step(step.step_id).done_on == TODAY
    # the leave step's done date is the family's exit date
    left = ctx.checklists.complete_exit(fam.id, TODAY, "own_housing", exit_version(ctx, fam.id))
    view = ctx.checklists.set_done_on(fam.id, EXIT, dt.date(2026, 11, 21), left.step(EXIT).version)
    assert view.exit_date == dt.date(2026, 11, 21) == view.exit_due and view.exit_mode == "own_housing"


def test_a_step_postponed_with_a_reason_wins_everywhere_and_is_kept_across_re_planning(ctx):
    fam = make(ctx, destination_nis=GHENT)
    step = ctx.checklists.get_checklist(fam.id).step("reception.choice")  # overdue (computed)
    computed = step.due_date
    assert step.overdue(TODAY)
    with pytest.raises(ValidationError) as err:
        ctx.checklists.postpone(fam.id, step.step_id, dt.date(2026, 12, 10), "  ", step.version)
    assert field_codes(err) == {("due_override_reason", "required")}
    view = ctx.checklists.postpone(fam.id, step.step_id, dt.date(2026, 12, 10), "Interpreter only in December",
                                   step.version)
    moved = view.step(step.step_id)
    assert (moved.due_date, moved.computed_due, moved.due_override_reason) == (
        dt.date(2026, 12, 10), computed, "Interpreter only in December")
    assert moved.postponed and not moved.overdue(TODAY)
    assert (fam.id, step.step_id) not in {(i.family_id, i.step_id) for i in ctx.checklists.due_within(-1)}
    item = next(i for i in ctx.checklists.due_within(30) if i.step_id == step.step_id)
    assert item.due_date == dt.date(2026, 12, 10) and item.postponed
    board = ctx.checklists.dashboard()
    assert step.step_id not in {i.step_id for i in board.overdue}
    event = ctx.checklists.history(fam.id, step.step_id)[0]
    assert event.kind == "postponed" and event.note == "Interpreter only in December"
    assert (event.before["due_date"], event.after["due_date"]) == (computed.isoformat(), "2026-12-10")
    # re-planned for another municipality: the date set by hand stays
    detail = ctx.families.get_family(fam.id)
    ctx.families.update_family(fam.id, dataclasses.replace(detail.to_input(), destination_nis=BRUSSELS),
                               detail.version)
    view = ctx.checklists.get_checklist(fam.id)
    assert view.region == "brussels" and view.step(step.step_id).due_date == dt.date(2026, 12, 10)
    ctx.checklists.recompute_all()
    assert ctx.checklists.get_checklist(fam.id).step(step.step_id).due_date == dt.date(2026, 12, 10)
    # cleared: back to the computed date
    view = ctx.checklists.postpone(fam.id, step.step_id, None, "", view.step(step.step_id).version)
    assert view.step(step.step_id).due_date == computed and not view.step(step.step_id).postponed
    assert ctx.checklists.history(fam.id, step.step_id)[0].kind == "unpostponed"
    # a done step cannot be postponed
    done = ctx.checklists.set_status(fam.id, "reception.transition_interview", "done",
                                     view.step("reception.transition_interview").version)
    with pytest.raises(ServiceError) as err:
        ctx.checklists.postpone(fam.id, "reception.transition_interview", dt.date(2026, 12, 1), "x",
                                done.step("reception.transition_interview").version)
    assert err.value.code.id == "checklist.postpone_not_open"


def test_errors_of_the_checklist_service_are_codes(ctx):
    fam = ctx.families.create_family(family_input(status="awaiting_decision"))
    with pytest.raises(ServiceError) as err:
        ctx.checklists.instantiate(fam.id)
    assert err.value.code.id == "checklist.no_decision" and err.value.code.context == "Services"
    with_decision = make(ctx)
    with pytest.raises(NotFoundError) as err:
        ctx.checklists.set_status(with_decision.id, "no.such.step", "done", 1)
    assert err.value.code.id == "checklist.no_such_step"
    with pytest.raises(ValidationError) as err:
        ctx.checklists.add_step(with_decision.id, "Call the school", depends_on=("no.such.step",))
    assert field_codes(err) == {("depends_on", "unknown_code")}
    with pytest.raises(ValidationError) as err:
        ctx.checklists.record_extension(with_decision.id, 13, "x")
    assert field_codes(err) == {("months", "out_of_range")}
