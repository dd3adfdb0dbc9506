import dataclasses
import datetime as dt
import random

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, decision, family_input, person
from transition_app.domain.checklist import default_template
from transition_app.domain.deadlines import CaseDates, Extension, compute_deadlines
from transition_app.domain.validation import ConcurrencyError, NotFoundError, ServiceError, ValidationError
from transition_app.services import checklist as cl
from transition_app.services.demo import generate_demo
from transition_app.store.models import ChecklistEvent, ChecklistPlan, ChecklistStep

BRUSSELS = "21004"  # Brussels (city)
GHENT = "44021"
EUPEN = "63023"


def with_member_abroad(**kw):
    return family_input(person(), person("Omar", "Haddad", "spouse", sex="M", in_belgium=False), **kw)


def make(ctx, **kw):
    kw.setdefault("decision", decision())
    return ctx.families.create_family(family_input(**kw))


def test_family_created_with_a_decision_gets_the_regional_checklist(ctx, staff):
    fam = make(ctx, destination_nis=GHENT, worker_id=staff["anna"].id)
    view = ctx.checklists.get_checklist(fam.id)
    ids = {s.step_id for s in view.steps}
    assert view.region == "flanders"
    assert "integration.flanders" in ids and "integration.wallonia" not in ids
    assert len(view.steps) == len(cl.plan_states((), default_template(), "flanders").states)
    assert view.worker_name == "Anna Peeters"
    # not created with ORM objects left over: plain frozen data
    assert dataclasses.is_dataclass(view) and not hasattr(view.steps[0], "_sa_instance_state")
    # decision 1 Oct 2026, notified 3 Oct: two months from the decision (shipped rules)
    assert view.exit_due == dt.date(2026, 12, 1) and view.exit_days_left == 8


def test_no_checklist_before_the_decision_then_one_when_it_is_recorded(ctx):
    fam = ctx.families.create_family(family_input(status="awaiting_decision"))
    assert ctx.checklists.get_checklist(fam.id).steps == ()
    with pytest.raises(ServiceError, match="no protection decision"):
        ctx.checklists.instantiate(fam.id)
    ctx.families.record_decision(fam.id, decision(), fam.version)
    view = ctx.checklists.get_checklist(fam.id)
    assert view.steps and view.region is None  # no destination yet: the steps common to every region
    assert all(s.region is None for s in view.steps)
    assert not any(s.step_id.startswith(("integration.", "work.")) for s in view.steps)


def test_dependencies_show_as_not_yet_possible_and_next_step_with_documents(ctx):
    fam = make(ctx, destination_nis=BRUSSELS)
    view = ctx.checklists.get_checklist(fam.id)
    choice = view.step("reception.choice")
    assert choice.availability == "not_yet_possible"
    assert choice.waiting_for == ("Talk with your social worker about leaving",)
    assert view.next_step.step_id == "reception.transition_interview"
    assert view.documents_to_bring == view.next_step.documents and view.documents_to_bring
    interview = view.step("reception.transition_interview")
    view = ctx.checklists.set_status(fam.id, interview.step_id, "done", interview.version)
    assert view.step("reception.choice").availability == "possible"
    assert view.step("reception.transition_interview").done_on == TODAY


def test_status_change_records_who_when_and_history(ctx, staff):
    fam = make(ctx)
    step = ctx.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    view = ctx.checklists.set_status(fam.id, step.step_id, "in_progress", step.version, note="Letter expected",
                                     worker_id=staff["bram"].id)
    changed = view.step(step.step_id)
    assert (changed.status, changed.note, changed.changed_by) == ("in_progress", "Letter expected", "Bram Claes")
    assert changed.changed_at is not None and changed.version == step.version + 1
    view = ctx.checklists.set_status(fam.id, step.step_id, "done", changed.version, done_on=dt.date(2026, 11, 20),
                                     worker_id=staff["anna"].id)
    assert view.step(step.step_id).done_on == dt.date(2026, 11, 20)
    events = ctx.checklists.history(fam.id, step.step_id)
    assert [(e.old_status, e.new_status, e.worker_name) for e in events] == [
        ("in_progress", "done", "Anna Peeters"), ("todo", "in_progress", "Bram Claes")]
    assert ctx.checklists.history(fam.id)[-1].kind == "planned"


def test_blocked_needs_a_reason_and_dates_cannot_be_in_the_future(ctx):
    fam = make(ctx)
    step = ctx.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    with pytest.raises(ValidationError) as err:
        ctx.checklists.set_status(fam.id, step.step_id, "blocked", step.version, reason="  ")
    assert [e.field for e in err.value.errors] == ["reason"]
    with pytest.raises(ValidationError):
        ctx.checklists.set_status(fam.id, step.step_id, "done", step.version, done_on=TODAY + dt.timedelta(1))
    with pytest.raises(ValidationError):
        ctx.checklists.set_status(fam.id, step.step_id, "finished", step.version)
    view = ctx.checklists.set_status(fam.id, step.step_id, "blocked", step.version, reason="CGRS strike")
    assert view.step(step.step_id).reason == "CGRS strike" and view.step(step.step_id).availability == "blocked"
    # leaving "blocked" clears the reason
    view = ctx.checklists.set_status(fam.id, step.step_id, "waiting", view.step(step.step_id).version)
    assert view.step(step.step_id).reason == ""


def test_optimistic_concurrency_on_the_step_version(ctx):
    fam = make(ctx)
    step = ctx.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    ctx.checklists.set_status(fam.id, step.step_id, "in_progress", step.version)
    with pytest.raises(ConcurrencyError):
        ctx.checklists.set_status(fam.id, step.step_id, "done", step.version)  # stale version
    with pytest.raises(NotFoundError):
        ctx.checklists.set_status(fam.id, "no.such.step", "done", 1)
    assert ctx.checklists.get_checklist(fam.id).step(step.step_id).status == "in_progress"


def test_recomputing_due_dates_does_not_bump_other_steps_versions(ctx):
    fam = make(ctx)
    before = ctx.checklists.get_checklist(fam.id)
    interview = before.step("reception.transition_interview")
    after = ctx.checklists.set_status(fam.id, interview.step_id, "done", interview.version,
                                      done_on=dt.date(2026, 10, 6))
    # the resident's choice counts from the interview now: its due date moved, its version did not
    assert after.step("reception.choice").due_date != before.step("reception.choice").due_date
    assert after.step("reception.choice").version == before.step("reception.choice").version


def test_stored_due_dates_match_the_domain_rules(ctx):
    fam = make(ctx, destination_nis=BRUSSELS)
    view = ctx.checklists.get_checklist(fam.id)
    with ctx.db.read() as s:
        stored = dict(s.execute(select(ChecklistStep.step_id, ChecklistStep.due_date)
                                .where(ChecklistStep.family_id == fam.id)).all())
    assert stored == {st.step_id: st.due_date for st in view.steps}
    assert stored["reception.transition_interview"] is not None and stored["housing.lease"] == view.exit_due


def test_custom_step_for_one_family(ctx):
    fam = make(ctx)
    other = make(ctx)
    view = ctx.checklists.add_step(fam.id, "Collect the wheelchair from the mutual fund",
                                   documents=("Prescription",), track="health", due_date=dt.date(2026, 11, 30))
    added = view.step("custom:collect_the_wheelchair_from_the_mutual_fund")
    assert (added.custom, added.track, added.due_date, added.documents) == (
        True, "health", dt.date(2026, 11, 30), ("Prescription",))
    assert "custom:collect_the_wheelchair_from_the_mutual_fund" not in {
        s.step_id for s in ctx.checklists.get_checklist(other.id).steps}
    view = ctx.checklists.set_status(fam.id, added.step_id, "done", added.version)
    assert view.step(added.step_id).status == "done"
    with pytest.raises(ValidationError):
        ctx.checklists.add_step(fam.id, "  ")
    with pytest.raises(ValidationError):
        ctx.checklists.add_step(fam.id, "x", track="nope")


def test_changing_the_municipality_replans_and_keeps_done_steps(ctx):
    fam = make(ctx, destination_nis=GHENT)
    view = ctx.checklists.get_checklist(fam.id)
    flemish = view.step("integration.flanders")
    jobs = view.step("work.jobseeker.flanders")
    ctx.checklists.set_status(fam.id, flemish.step_id, "done", flemish.version)
    custom = ctx.checklists.add_step(fam.id, "Meet the buddy").steps[-1]
    detail = ctx.families.get_family(fam.id)
    ctx.families.update_family(fam.id, dataclasses.replace(detail.to_input(), destination_nis=BRUSSELS),
                               detail.version)
    view = ctx.checklists.get_checklist(fam.id)
    ids = {s.step_id for s in view.steps}
    assert view.region == "brussels"
    assert "integration.brussels" in ids and jobs.step_id not in ids  # not started: dropped
    kept = view.step(flemish.step_id)
    assert kept.status == "done" and kept.from_previous_region
    assert custom.step_id in ids
    assert any(e.kind == "replanned" for e in ctx.checklists.history(fam.id))
    # the German-speaking Community is its own variant
    detail = ctx.families.get_family(fam.id)
    ctx.families.update_family(fam.id, dataclasses.replace(detail.to_input(), destination_nis=EUPEN),
                               detail.version)
    assert ctx.checklists.get_checklist(fam.id).region == "german_speaking"


def test_family_reunification_steps_not_applicable_without_member_abroad(ctx):
    alone = make(ctx)
    view = ctx.checklists.get_checklist(alone.id)
    assert {s.status for s in view.steps_of("family_reunification")} == {"not_applicable"}
    abroad = ctx.families.create_family(with_member_abroad(decision=decision()))
    view = ctx.checklists.get_checklist(abroad.id)
    assert {s.status for s in view.steps_of("family_reunification")} == {"todo"}


def test_extension_moves_the_exit_and_is_validated(ctx, staff):
    fam = make(ctx)
    assert ctx.checklists.get_checklist(fam.id).exit_due == dt.date(2026, 12, 1)
    view = ctx.checklists.record_extension(fam.id, 1, "No housing found yet", dt.date(2026, 11, 20),
                                           worker_id=staff["anna"].id)
    assert view.exit_due == dt.date(2027, 1, 1)
    assert [(e.months, e.reason) for e in view.extensions] == [(1, "No housing found yet")]
    assert view.step("housing.lease").due_date == dt.date(2027, 1, 1)
    exit_deadline = next(d for d in view.deadlines if d.key == "reception.exit")
    assert "No housing found yet" in exit_deadline.explanation
    with pytest.raises(ValidationError) as err:
        ctx.checklists.record_extension(fam.id, 0, "", TODAY + dt.timedelta(1))
    assert {e.field for e in err.value.errors} == {"months", "reason", "granted_on"}


def test_recorded_exit_date_moves_exit_steps(ctx):
    fam = make(ctx)
    detail = ctx.families.get_family(fam.id)
    ctx.families.update_family(fam.id, dataclasses.replace(detail.to_input(), exit_date=dt.date(2026, 11, 28)),
                               detail.version)
    view = ctx.checklists.get_checklist(fam.id)
    assert view.exit_due == dt.date(2026, 11, 28) == view.step("reception.exit_formalities").due_date


def test_due_within_is_the_morning_list(ctx, staff):
    anna = make(ctx, worker_id=staff["anna"].id)
    bram = make(ctx, worker_id=staff["bram"].id)
    items = ctx.checklists.due_within(14)
    assert items and all(i.due_date <= TODAY + dt.timedelta(14) for i in items)
    assert [i.due_date for i in items] == sorted(i.due_date for i in items)
    overdue = [i for i in items if i.days_left < 0]
    assert {i.step_id for i in overdue} == {"reception.transition_interview", "reception.choice"}
    assert {i.family_id for i in ctx.checklists.due_within(14, worker_id=staff["anna"].id)} == {anna.id}
    assert {i.track for i in ctx.checklists.due_within(14, track="housing")} == {"housing"}
    step = ctx.checklists.get_checklist(bram.id).step("reception.transition_interview")
    ctx.checklists.set_status(bram.id, step.step_id, "done", step.version)
    left = {(i.family_id, i.step_id) for i in ctx.checklists.due_within(14)}
    assert (bram.id, step.step_id) not in left and (anna.id, step.step_id) in left
    # closed cases are not on the morning list
    detail = ctx.families.get_family(anna.id)
    ctx.families.update_family(anna.id, dataclasses.replace(detail.to_input(), status="closed"), detail.version)
    assert anna.id not in {i.family_id for i in ctx.checklists.due_within(14)}


def test_dashboard_counts_and_filters(ctx, staff):
    anna = make(ctx, worker_id=staff["anna"].id)
    make(ctx, worker_id=staff["bram"].id, decision=decision(decision_date=dt.date(2026, 11, 10),
                                                            notification_date=dt.date(2026, 11, 12)))
    abroad = ctx.families.create_family(with_member_abroad(
        worker_id=staff["bram"].id, decision=decision(decision_date=dt.date(2026, 6, 1),
                                                      notification_date=dt.date(2026, 6, 2))))
    board = ctx.checklists.dashboard(within_days=30)
    assert board.families_in_transition == 3
    assert [r.family_id for r in board.families][0] == abroad.id  # exit overdue: first
    assert board.bucket("overdue") == 1 and board.bucket("0-7") == 0 and board.bucket("8-14") == 1
    # reunification: decided 1 June 2026, favourable window of 6 months ends 1 Dec 2026
    assert [(r.family_id, r.window_end) for r in board.reunification] == [(abroad.id, dt.date(2026, 12, 1))]
    assert board.overdue_total == len(ctx.checklists.due_within(-1))
    row = next(r for r in board.families if r.family_id == anna.id)
    assert row.overdue_steps == 2 and row.open_steps > 2

    mine = ctx.checklists.dashboard(worker_id=staff["anna"].id)
    assert mine.families_in_transition == 1 and mine.reunification_total == 0
    housing = ctx.checklists.dashboard(track="housing")
    assert {i.track for i in housing.overdue} <= {"housing"} and housing.reunification == ()

    # ticking an overdue step changes the counts (done in time: the next step stays overdue)
    step = ctx.checklists.get_checklist(anna.id).step("reception.transition_interview")
    ctx.checklists.set_status(anna.id, step.step_id, "done", step.version, done_on=dt.date(2026, 10, 5))
    after = ctx.checklists.dashboard(within_days=30)
    assert after.overdue_total == board.overdue_total - 1
    assert next(r for r in after.families if r.family_id == anna.id).overdue_steps == 1


def test_case_deadlines_cache_equals_compute_deadlines():
    rng = random.Random(7)

    def maybe(base, span):
        return None if rng.random() < 0.3 else base + dt.timedelta(days=rng.randint(-span, span))

    for _ in range(400):
        case = CaseDates(
            today=TODAY, status_type=rng.choice([None, "refugee", "subsidiary"]),
            asylum_application_date=maybe(dt.date(2025, 3, 1), 400), decision_date=maybe(TODAY, 400),
            notification_date=maybe(TODAY, 400),
            extensions=tuple(Extension(rng.randint(0, 3), rng.choice(["", "x"]), TODAY)
                             for _ in range(rng.randint(0, 2))),
            transition_interview_date=maybe(TODAY, 200), exit_date=maybe(TODAY, 200),
            move_in_date=maybe(TODAY, 200), a_card_expiry=maybe(TODAY, 2000),
            residence_title_date=maybe(TODAY, 300), ri_request_date=maybe(TODAY, 200),
            region=rng.choice([None, "flanders", "brussels", "wallonia", "german_speaking"]))
        assert cl.case_deadlines(case) == compute_deadlines(case)


def test_demo_checklists_match_what_the_service_computes(ctx):
    generate_demo(ctx.db, 40, seed=11, today=TODAY)
    with ctx.db.read() as s:
        plans = s.scalar(select(func.count(ChecklistPlan.id)))
        family_ids = list(s.scalars(select(ChecklistPlan.family_id)))
        before = {(r.family_id, r.step_id): (r.status, r.due_date, r.version) for r in s.scalars(select(ChecklistStep))}
        statuses = {r[0] for r in before.values()}
    assert plans >= 30 and {"done", "todo", "in_progress"} <= statuses
    ctx.checklists.recompute_all()
    with ctx.db.read() as s:
        after = {(r.family_id, r.step_id): (r.status, r.due_date, r.version) for r in s.scalars(select(ChecklistStep))}
        assert s.scalar(select(func.count(ChecklistEvent.id))) == 0  # recomputing is not an edit
    assert after == before
    for fid in family_ids[:10]:
        view = ctx.checklists.get_checklist(fid)
        assert [st.step_id for st in view.steps] == [
            s.step_id for s in cl.plan_states((), default_template(), view.region).states]
