"""Use cases on the exit-support checklist: plan it, tick steps, deadlines, the morning list, the dashboard.

Qt-free.  The rules themselves live in ``domain.checklist`` and ``domain.deadlines``;
this module stores a family's :class:`~transition_app.domain.checklist.StepState` s as
``checklist_step`` rows, keeps their history (``checklist_event``) and keeps the
computed dates in the database up to date so that the morning list (``due``) and the
dashboard are a few indexed queries even with 100,000 families:

* ``checklist_step.due_date`` is each step's due date, recomputed for the family
  whenever one of its dates changes (decision, exit date, extension, a step done...);
* ``checklist_plan.exit_due`` and ``reunification_due`` are the last day in reception
  (or the recorded exit date) and the end of the favourable family-reunification window.

Derived columns are written with plain UPDATEs that do not change the rows' version:
recomputing a due date is not an edit that should conflict with someone's tick.
Deadlines depend on the rule data: after a rule change, :meth:`ChecklistService.recompute_all`
brings the stored dates up to date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, case, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import SYSTEM_CLOCK, Today
from transition_app.domain import deadlines as dl
from transition_app.domain import directory, enums
from transition_app.domain.checklist import (
    CUSTOM_PREFIX,
    SATISFIED,
    Availability,
    DueRule,
    ReplanResult,
    Status,
    StepState,
    StepTemplate,
    Template,
    add_custom_step,
    availability,
    default_template,
    definition,
    done_dates,
    due_date_for,
    replan,
)
from transition_app.domain.deadlines import CaseDates, Deadline, Extension, deadline_for
from transition_app.domain.validation import (
    UNKNOWN_CODE,
    Collector,
    ConcurrencyError,
    ErrorCode,
    NotFoundError,
    PermissionDenied,
    ServiceError,
)
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.buddy_changes import STEP, record_buddy_change
from transition_app.services.scope import family_for, family_scope
from transition_app.store.database import Database
from transition_app.store.models import (
    ChecklistEvent,
    ChecklistPlan,
    ChecklistStep,
    ExitExtension,
    Family,
    Person,
    ResidenceCard,
    Worker,
    utcnow,
)

OPEN_STATUSES: tuple[str, ...] = (Status.TODO, Status.IN_PROGRESS, Status.WAITING, Status.BLOCKED)
#: Families whose open steps are on the due list (closed and archived cases leave every list).
ACTIVE_FAMILY_STATUSES: tuple[str, ...] = (enums.FamilyStatus.TRANSITION, enums.FamilyStatus.LEFT)
#: Families no longer in reception: the steps of leaving it no longer need doing (see ``is_moot``).
NOT_IN_RECEPTION: tuple[str, ...] = (enums.FamilyStatus.LEFT, enums.FamilyStatus.CLOSED,
                                     enums.FamilyStatus.ARCHIVED)
#: Tracks whose steps are done before leaving the centre (moot once the family left).
BEFORE_EXIT_TRACKS = frozenset({"reception"})
EXIT_STEP = "reception.exit_formalities"
#: The fields of a step a change records before and after (``checklist_event.before/after``; Undo).
STEP_FIELDS = ("status", "reason", "note", "done_on", "due_override", "due_override_reason")
#: The family's fields the leave step changes (under ``"family"`` in before/after).
FAMILY_FIELDS = ("status", "exit_date", "exit_mode")
#: Event kinds Undo can reverse.
UNDOABLE = frozenset({"status", "note", "done_date", "left", "postponed", "unpostponed", "added", "removed",
                      "extension"})
REUNIFICATION_TRACK = "family_reunification"
REUNIFICATION_STEP = "family_reunification.application"
CUSTOM_TRACK = "custom"
#: Dates of the case that are the day a step was done.
CASE_DATE_STEPS: Mapping[str, str] = {
    "transition_interview_date": "reception.transition_interview",
    "move_in_date": "housing.move",
    "residence_title_date": "residence.a_card",
    "ri_request_date": "cpas.application",
}
MAX_EXTENSION_MONTHS = 12  # per extension; the rules flag totals above the configured maximum

L_STEP_STATUS = QT_TRANSLATE_NOOP("Validation", "Step status")
L_REASON = QT_TRANSLATE_NOOP("Validation", "Reason the step is blocked")
L_DONE_ON = QT_TRANSLATE_NOOP("Validation", "Date done")
L_LEFT_ON = QT_TRANSLATE_NOOP("Validation", "Day the family left the centre")
L_EXIT_MODE = QT_TRANSLATE_NOOP("Validation", "How the family left")
L_DECISION = QT_TRANSLATE_NOOP("Validation", "Decision date")
L_ARRIVAL = QT_TRANSLATE_NOOP("Validation", "Arrival date")
L_STEP_NOTE = QT_TRANSLATE_NOOP("Validation", "Note")
L_STEP_TITLE = QT_TRANSLATE_NOOP("Validation", "Step title")
L_TRACK = QT_TRANSLATE_NOOP("Validation", "Track")
L_DEPENDS = QT_TRANSLATE_NOOP("Validation", "Steps to do first")
L_DUE = QT_TRANSLATE_NOOP("Validation", "Due date")
L_NEW_DUE = QT_TRANSLATE_NOOP("Validation", "New due date")
L_POSTPONE_REASON = QT_TRANSLATE_NOOP("Validation", "Reason for the new due date")
L_MONTHS = QT_TRANSLATE_NOOP("Validation", "Length of the extension (months)")
L_EXT_REASON = QT_TRANSLATE_NOOP("Validation", "Reason for the extension")
L_BEYOND_REASON = QT_TRANSLATE_NOOP("Validation", "Reason for going beyond the maximum")
L_GRANTED = QT_TRANSLATE_NOOP("Validation", "Date the extension was granted")
OUT_OF_RANGE = ErrorCode("out_of_range", QT_TRANSLATE_NOOP("Validation", "{label} must be between {min} and {max}."),
                         "Validation")
BEYOND_MAXIMUM = ErrorCode("checklist.beyond_maximum", QT_TRANSLATE_NOOP(
    "Validation", "The extensions would add up to {total} months, more than the maximum of {maximum} months "
                  "in the rules: {label} is required."), "Validation")


def _code(code_id: str, text: str) -> ErrorCode:
    return ErrorCode(f"checklist.{code_id}", text, "Services")


NO_SUCH_STEP = _code("no_such_step", QT_TRANSLATE_NOOP("Services", "This checklist step does not exist (any more)."))
NO_DECISION = _code("no_decision", QT_TRANSLATE_NOOP(
    "Services", "This family has no protection decision yet: record the decision to get its checklist."))
STEP_CHANGED_ELSEWHERE = _code("step_changed_elsewhere", QT_TRANSLATE_NOOP(
    "Services",
    "This step was changed by someone else since you opened the checklist. "
    "The checklist now shows their change; make yours again if it is still needed."))
STEP_NOT_ADDED = _code("step_not_added", QT_TRANSLATE_NOOP(
    "Services", "The step could not be added: check its title and the steps it waits for."))
EXIT_NEEDS_WORKER = _code("exit_needs_worker", QT_TRANSLATE_NOOP(
    "Services", "Only a social worker can record that the family left the centre (or undo it): it changes the "
                "case's status. Tell the family's social worker the day they left and where they went."))
NOT_DONE = _code("not_done", QT_TRANSLATE_NOOP(
    "Services", "Only a step that is done has a done date: mark it done first."))
POSTPONE_NOT_OPEN = _code("postpone_not_open", QT_TRANSLATE_NOOP(
    "Services", "Only an open step can get a new due date (this one is done or not applicable)."))
NOT_CUSTOM = _code("not_custom", QT_TRANSLATE_NOOP(
    "Services", "Only a step added by hand can be removed; mark a step of the checklist not applicable instead."))
NO_SUCH_EVENT = _code("no_such_event", QT_TRANSLATE_NOOP("Services", "This change is not in the checklist's history."))
CANNOT_UNDO = _code("cannot_undo", QT_TRANSLATE_NOOP("Services", "This kind of change cannot be undone."))
ALREADY_UNDONE = _code("already_undone", QT_TRANSLATE_NOOP("Services", "This change was already undone."))
UNDO_NOT_YOURS = _code("undo_not_yours", QT_TRANSLATE_NOOP("Services", "You can only undo your own changes."))
CHANGED_SINCE = _code("changed_since", QT_TRANSLATE_NOOP(
    "Services", "This change can no longer be undone: the step (or the family) was changed again since. "
                "The checklist now shows what it is now."))

NO_MEMBER_ABROAD = "No family member abroad was recorded when the checklist was made."


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class StepView:
    step_id: str
    track: str
    position: int
    title: str
    explanation: str
    documents: tuple[str, ...]
    actors: tuple[str, ...]
    service: str | None
    status: str
    reason: str
    note: str
    done_on: dt.date | None
    due_date: dt.date | None
    availability: str  # domain.checklist.Availability value
    waiting_for: tuple[str, ...]  # titles of the steps to finish first
    region: str | None
    from_previous_region: bool
    custom: bool
    uncertain: str
    changed_by: str | None
    changed_at: dt.datetime | None
    version: int
    computed_due: dt.date | None = None  # from the rules; ``due_date`` is the date that counts
    due_override: dt.date | None = None  # a due date set by hand for this step (wins over the rules)
    due_override_reason: str = ""
    moot: bool = False  # a step of leaving reception, open, and the family already left (no due date)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def postponed(self) -> bool:
        return self.due_override is not None

    def days_left(self, today: dt.date) -> int | None:
        return None if self.due_date is None else (self.due_date - today).days

    def overdue(self, today: dt.date) -> bool:
        return self.is_open and not self.moot and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class TrackView:
    id: str
    title: str


@dataclass(frozen=True)
class ExtensionView:
    id: int
    months: int
    reason: str
    granted_on: dt.date
    beyond_maximum_reason: str = ""


@dataclass(frozen=True)
class ExtensionCheck:
    """What an extension of ``months`` would do, before it is recorded (the extension dialog)."""

    months: int
    recorded_months: int  # the extensions recorded so far, in total
    total_months: int  # with this one
    maximum: int | None  # the rule's maximum of all extensions (None: no rule applies)
    exit_due_now: dt.date | None
    exit_due_after: dt.date | None
    #: the rule's warning (source text, "Deadlines" context, ``{total}`` and ``{maximum}``), None
    #: within the maximum; recording it then needs a reason for going beyond it
    warning: str | None

    @property
    def beyond_maximum(self) -> bool:
        return self.warning is not None


@dataclass(frozen=True)
class DeadlineView:
    key: str
    title: str  # English source, marked with QT_TRANSLATE_NOOP("Deadlines", ...)
    due: dt.date | None
    window_start: dt.date | None
    explanation: str
    problem: str | None


@dataclass(frozen=True)
class ChecklistView:
    family_id: int
    case_number: str
    household_name: str
    family_status: str
    worker_id: int | None
    worker_name: str | None
    region: str | None  # None: destination municipality not known (only the common steps)
    template_id: str
    template_version: int
    today: dt.date
    exit_due: dt.date | None
    tracks: tuple[TrackView, ...]
    steps: tuple[StepView, ...]
    next_step: StepView | None
    documents_to_bring: tuple[str, ...]
    extensions: tuple[ExtensionView, ...]
    deadlines: tuple[DeadlineView, ...]
    exit_date: dt.date | None = None  # the day the family left (or plans to leave), as recorded
    exit_mode: str | None = None  # how it left (domain.enums.ExitMode), recorded with the leave step
    decision_date: dt.date | None = None  # earliest done date (None for roles that may not see the decision)
    arrival_date: dt.date | None = None
    event_id: int | None = None  # the history entry of the change that returned this view (for Undo)

    @property
    def left(self) -> bool:
        """The family is no longer in reception (left, or its case closed)."""
        return self.family_status in NOT_IN_RECEPTION

    def step(self, step_id: str) -> StepView:
        for s in self.steps:
            if s.step_id == step_id:
                return s
        raise KeyError(step_id)

    def steps_of(self, track: str) -> tuple[StepView, ...]:
        return tuple(s for s in self.steps if s.track == track)

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.steps if s.status in SATISFIED)

    @property
    def exit_days_left(self) -> int | None:
        return None if self.exit_due is None else (self.exit_due - self.today).days


@dataclass(frozen=True)
class EventView:
    step_id: str
    kind: str  # status | note | done_date | left | postponed | unpostponed | added | removed | extension | undo ...
    old_status: str | None
    new_status: str | None
    note: str
    worker_name: str | None
    at: dt.datetime
    id: int = 0
    before: Mapping[str, Any] | None = None  # the step's fields before the change (STEP_FIELDS, "family", ...)
    after: Mapping[str, Any] | None = None
    undoes_id: int | None = None  # for an "undo": the change it undid
    undone: bool = False  # a later "undo" reversed this change


class DueItem(NamedTuple):
    """One open step due by a given day (a line of the morning list)."""

    family_id: int
    case_number: str
    household_name: str
    worker_id: int | None
    worker_name: str | None
    step_id: str
    track: str
    title: str
    status: str
    due_date: dt.date
    days_left: int  # negative: overdue
    postponed: bool = False  # the due date was set by hand for this step


class FamilyExitRow(NamedTuple):
    family_id: int
    case_number: str
    household_name: str
    worker_id: int | None
    worker_name: str | None
    exit_due: dt.date | None
    days_left: int | None
    open_steps: int
    overdue_steps: int


class ReunificationRow(NamedTuple):
    family_id: int
    case_number: str
    household_name: str
    worker_id: int | None
    worker_name: str | None
    window_end: dt.date
    days_left: int
    step_status: str


#: Buckets of days left before the exit, in display order: (key, lowest, highest) inclusive.
EXIT_BUCKETS: tuple[tuple[str, int | None, int | None], ...] = (
    ("overdue", None, -1),
    ("0-7", 0, 7),
    ("8-14", 8, 14),
    ("15-30", 15, 30),
    ("31-60", 31, 60),
    ("61+", 61, None),
    ("unknown", None, None),
)


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    worker_id: int | None
    track: str | None
    within_days: int
    families_in_transition: int
    exit_buckets: tuple[tuple[str, int], ...]  # (key of EXIT_BUCKETS, families)
    overdue_total: int
    due_soon_total: int  # open steps due from today to today + within_days
    reunification_total: int
    families: tuple[FamilyExitRow, ...]  # soonest exit first, at most ``limit``
    overdue: tuple[DueItem, ...]  # most overdue first, at most ``limit``
    reunification: tuple[ReunificationRow, ...]  # closing soonest first, at most ``limit``

    def bucket(self, key: str) -> int:
        return dict(self.exit_buckets).get(key, 0)


# --------------------------------------------------------------------------- pure helpers


def region_of(destination_nis: str | None) -> str | None:
    """Region variant of the checklist for a destination municipality (None when unknown)."""
    if not destination_nis:
        return None
    municipality = directory.municipality(destination_nis)
    return municipality.checklist_region if municipality is not None else None


def plan_states(existing: Sequence[StepState], template: Template, region: str | None) -> ReplanResult:
    """``replan`` for a region; without a region, only the steps common to every region."""
    if region is not None:
        return replan(existing, template, region)
    common = [s for s in template.steps if s.regions is None]
    by_id = {s.step_id: s for s in existing}
    ids = {s.id for s in common}
    out: list[StepState] = []
    added: list[str] = []
    for step in common:
        old = by_id.get(step.id)
        if old is None:
            out.append(StepState(step.id))
            added.append(step.id)
        else:
            out.append(dataclasses.replace(old, region=None, from_previous_region=False))
    kept: list[str] = []
    dropped: list[str] = []
    for old in existing:
        if old.step_id in ids:
            continue
        if old.custom is not None:
            out.append(old)
        elif old.status in (Status.DONE, Status.IN_PROGRESS):
            out.append(dataclasses.replace(old, from_previous_region=True))
            kept.append(old.step_id)
        else:
            dropped.append(old.step_id)
    notes = tuple(f"Step {k!r} belongs to a regional variant: kept and marked as from the previous region."
                  for k in kept)
    return ReplanResult(tuple(out), notes, tuple(kept), tuple(dropped), tuple(added))


#: The deadline functions in the order of ``compute_deadlines``, each with the fields of
#: :class:`CaseDates` it reads (``today`` always).  ``case_deadlines`` calls each one on a
#: case reduced to those fields, so that families sharing them share the (cached) result;
#: a unit test checks that the result equals ``compute_deadlines`` on many cases.
_DEADLINE_FIELDS: tuple[tuple[Callable[..., Any], tuple[str, ...]], ...] = (
    (dl.transition_interview, ("decision_date", "notification_date")),
    (dl.resident_choice, ("decision_date", "notification_date", "transition_interview_date")),
    (dl.reception_exit, ("decision_date", "notification_date", "extensions")),
    (dl.rental_guarantee, ("exit_date", "decision_date", "notification_date", "extensions")),
    (dl.address_declaration, ("move_in_date",)),
    (dl.integration_income_decision, ("ri_request_date",)),
    (dl.family_reunification, ("status_type", "decision_date")),
    (dl.a_card_renewal, ("a_card_expiry",)),
    (dl.b_card_eligibility, ("asylum_application_date",)),
    (dl.integration_path, ("region", "residence_title_date")),
)


_PARTS: dict[tuple[Any, ...], tuple[Deadline, ...]] = {}
_PARTS_MAX = 200_000


def case_deadlines(case: CaseDates) -> list[Deadline]:
    """``compute_deadlines(case)`` (shipped rules), cached per deadline on the dates it reads."""
    out: list[Deadline] = []
    today = case.today
    for index, (fn, fields) in enumerate(_DEADLINE_FIELDS):
        values = tuple(getattr(case, f) for f in fields)
        key = (index, today, values)
        part = _PARTS.get(key)
        if part is None:
            result = fn(CaseDates(today=today, **dict(zip(fields, values, strict=True))))
            part = tuple(result) if isinstance(result, tuple) else (result,)
            if len(_PARTS) >= _PARTS_MAX:
                _PARTS.clear()
            _PARTS[key] = part
        out.extend(part)
    return out


_BY_ID: dict[int, tuple[Template, dict[str, StepTemplate]]] = {}


def _steps_by_id(template: Template) -> dict[str, StepTemplate]:
    cached = _BY_ID.get(id(template))
    if cached is None or cached[0] is not template:
        cached = _BY_ID[id(template)] = (template, {st.id: st for st in template.steps})
    return cached[1]


def step_due_dates(template: Template, states: Sequence[StepState], case: CaseDates,
                   deadlines: Sequence[Deadline] | None = None) -> dict[str, dt.date | None]:
    """Due date of every step of a checklist."""
    deadlines = case_deadlines(case) if deadlines is None else deadlines
    done = done_dates(states)
    steps = _steps_by_id(template)
    out: dict[str, dt.date | None] = {}
    for state in states:
        step = state.custom if state.custom is not None else steps.get(state.step_id)
        # None: a kept step whose definition left the template
        out[state.step_id] = due_date_for(step, case, done, deadlines) if step is not None else None
    return out


def key_dates(deadlines: Sequence[Deadline], case: CaseDates) -> tuple[dt.date | None, dt.date | None]:
    """(day to leave reception, end of the favourable family-reunification window)."""
    exit_dl = deadline_for("reception.exit", case, computed=deadlines)
    exit_due = case.exit_date or (exit_dl.due if exit_dl else None)
    reunification = deadline_for("family_reunification", case, computed=deadlines)
    return exit_due, reunification.due if reunification else None


def case_dates(*, today: dt.date, decision: tuple[Any, ...] | None, exit_date: dt.date | None,
               extensions: Iterable[Extension], done: Mapping[str, dt.date], a_card_expiry: dt.date | None,
               region: str | None) -> CaseDates:
    """The dates of a case, from the stored decision ``(type, application, decision, notification)``
    and ``done`` (step id -> day done, see ``domain.checklist.done_dates``)."""
    protection, applied, decided, notified = decision if decision is not None else (None, None, None, None)
    return CaseDates(
        today=today, status_type=protection, asylum_application_date=applied, decision_date=decided,
        notification_date=notified, extensions=tuple(sorted(extensions, key=lambda e: e.granted_on)),
        exit_date=exit_date, a_card_expiry=a_card_expiry, region=region,
        **{field: done.get(step) for field, step in CASE_DATE_STEPS.items()},
    )


def _custom_to_json(step: StepTemplate) -> dict[str, Any]:
    due = dataclasses.asdict(step.due) if step.due is not None else None
    return {"title": step.title, "explanation": step.explanation, "actors": list(step.actors),
            "service": step.service, "documents": list(step.documents), "depends_on": list(step.depends_on),
            "due": due, "track": step.track}


def _custom_from_json(step_id: str, data: Mapping[str, Any]) -> StepTemplate:
    due = DueRule(**data["due"]) if data.get("due") else None
    return StepTemplate(id=step_id, title=data["title"], explanation=data.get("explanation", ""),
                        actors=tuple(data.get("actors") or ("worker",)), service=data.get("service"),
                        documents=tuple(data.get("documents", ())), depends_on=tuple(data.get("depends_on", ())),
                        due=due, track=data.get("track") or CUSTOM_TRACK)


def _state(row: ChecklistStep) -> StepState:
    return StepState(
        step_id=row.step_id, status=Status(row.status), reason=row.reason or "", done_on=row.done_on,
        note=row.note or "", region=row.region, from_previous_region=row.from_previous_region,
        custom=_custom_from_json(row.step_id, row.custom) if row.custom is not None else None,
    )


def _track_of(state: StepState, template: Template) -> str:
    try:
        return definition(state, template).track or CUSTOM_TRACK
    except KeyError:
        return CUSTOM_TRACK


# --------------------------------------------------------------------------- in a transaction


def _load_states(s: Session, family_id: int) -> list[ChecklistStep]:
    return list(s.scalars(select(ChecklistStep).where(ChecklistStep.family_id == family_id)
                          .order_by(ChecklistStep.position, ChecklistStep.id)))


def _a_card_expiry(s: Session, family_id: int) -> dt.date | None:
    return s.scalar(
        select(func.min(ResidenceCard.expiry_date)).join(Person, Person.id == ResidenceCard.person_id)
        .where(Person.family_id == family_id, Person.in_belgium.is_(True),
               ResidenceCard.card_type == enums.CardType.A_CARD)
    )


def _extensions(s: Session, family_id: int) -> list[Extension]:
    return [Extension(e.months, e.reason, e.granted_on) for e in s.scalars(
        select(ExitExtension).where(ExitExtension.family_id == family_id).order_by(ExitExtension.granted_on))]


def _family_case(s: Session, family: Family, states: Sequence[StepState], region: str | None,
                 today: dt.date) -> CaseDates:
    d = family.decision
    return case_dates(
        today=today,
        decision=(d.protection_type, d.asylum_application_date, d.decision_date, d.notification_date) if d else None,
        exit_date=family.exit_date, extensions=_extensions(s, family.id), done=done_dates(states),
        a_card_expiry=_a_card_expiry(s, family.id), region=region,
    )


def open_tracks(pairs: Iterable[tuple[str, str]]) -> str:
    """``" cpas housing "``: the tracks of the open steps among ``(track, status)`` pairs."""
    tracks = sorted({track for track, status in pairs if status in OPEN_STATUSES})
    return f" {' '.join(tracks)} " if tracks else ""


def is_moot(track: str, status: str, family_status: str) -> bool:
    """Whether an open step no longer needs doing because the family is no longer in reception:
    the steps of the reception track (interview, choice, medical file, leaving) once the family
    left or its case was closed.  Follow-up steps (papers, CPAS/OCMW, housing, integration...) stay."""
    return family_status in NOT_IN_RECEPTION and track in BEFORE_EXIT_TRACKS and status in OPEN_STATUSES


def effective_due(track: str, status: str, computed: dt.date | None, override: dt.date | None,
                  family_status: str) -> dt.date | None:
    """The due date that counts (stored in ``checklist_step.due_date``, shown, listed): none for a
    moot step, else the date set by hand for the step, else the one computed from the rules."""
    if is_moot(track, status, family_status):
        return None
    return override if override is not None else computed


def _effective(rows: Sequence[ChecklistStep], due: Mapping[str, dt.date | None],
               family_status: str) -> dict[str, dt.date | None]:
    return {r.step_id: effective_due(r.track, r.status, due.get(r.step_id), r.due_override, family_status)
            for r in rows}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def step_snapshot(row: ChecklistStep) -> dict[str, Any]:
    """The fields of a step a change records (JSON: dates as ISO strings)."""
    return {"status": row.status, "reason": row.reason or "", "note": row.note or "", "done_on": _iso(row.done_on),
            "due_override": _iso(row.due_override), "due_override_reason": row.due_override_reason or ""}


def family_snapshot(family: Family) -> dict[str, Any]:
    return {"status": family.status, "exit_date": _iso(family.exit_date), "exit_mode": family.exit_mode}


def _same_step(row: ChecklistStep, snapshot: Mapping[str, Any]) -> bool:
    now = step_snapshot(row)
    return all(now[k] == snapshot.get(k) for k in STEP_FIELDS)


def _restore_step(row: ChecklistStep, snapshot: Mapping[str, Any]) -> None:
    row.status = snapshot["status"]
    row.reason = snapshot.get("reason", "")
    row.note = snapshot.get("note", "")
    row.done_on = _day(snapshot.get("done_on"))
    row.due_override = _day(snapshot.get("due_override"))
    row.due_override_reason = snapshot.get("due_override_reason", "")


def _store_dates(s: Session, plan: ChecklistPlan, rows: Sequence[ChecklistStep], due: Mapping[str, dt.date | None],
                 exit_due: dt.date | None, reunification_due: dt.date | None) -> None:
    """Write derived dates without touching the rows' versions (``due``: the effective dates)."""
    changed = [{"b_id": r.id, "b_due": due.get(r.step_id)} for r in rows if r.due_date != due.get(r.step_id)]
    if changed:
        t = ChecklistStep.__table__
        s.connection().execute(update(t).where(t.c.id == bindparam("b_id")).values(due_date=bindparam("b_due")),
                               changed)
        for r in rows:
            if r.step_id in due:
                s.expire(r, ["due_date"])
    tracks = open_tracks((r.track, r.status) for r in rows)
    if (plan.exit_due, plan.reunification_due, plan.open_tracks) != (exit_due, reunification_due, tracks):
        t = ChecklistPlan.__table__
        s.connection().execute(update(t).where(t.c.id == plan.id).values(
            exit_due=exit_due, reunification_due=reunification_due, open_tracks=tracks))
        s.expire(plan, ["exit_due", "reunification_due", "open_tracks"])


def sync_family_checklist(s: Session, family: Family, today: dt.date, worker_id: int | None = None,
                          template: Template | None = None) -> ReplanResult | None:
    """Bring one family's checklist in line with its case, inside the caller's transaction.

    * no decision: nothing (the checklist starts with the decision);
    * no checklist yet: plan it for the region of the destination municipality;
    * the region (or the template version) changed: re-plan, keeping done steps;
    * always: recompute the stored due dates.
    Returns the re-planning result when steps were planned or re-planned.
    """
    if family.decision is None:
        return None
    s.flush()
    template = template or default_template()
    region = region_of(family.destination_nis)
    plan = s.scalar(select(ChecklistPlan).where(ChecklistPlan.family_id == family.id))
    rows = _load_states(s, family.id)
    result: ReplanResult | None = None
    now = utcnow()
    if plan is None or plan.region != region or plan.template_version != template.version:
        existing = [_state(r) for r in rows]
        result = plan_states(existing, template, region)
        states = list(result.states)
        if plan is None:
            states = _initial_adjustments(s, family, states, template)
            plan = ChecklistPlan(family_id=family.id, template_id=template.id, template_version=template.version,
                                 region=region)
            s.add(plan)
            s.add(ChecklistEvent(family_id=family.id, step_id="", kind="planned", new_status=None,
                                 note=f"Checklist planned for region {region or '(unknown)'}.",
                                 worker_id=worker_id, at=now))
        else:
            plan.region = region
            plan.template_id, plan.template_version = template.id, template.version
            note = " ".join((f"Re-planned for region {region or '(unknown)'}.", *result.notes,
                             *(f"Dropped {d!r} (not started)." for d in result.dropped)))
            s.add(ChecklistEvent(family_id=family.id, step_id="", kind="replanned", note=note,
                                 worker_id=worker_id, at=now))
        by_id = {r.step_id: r for r in rows}
        for dropped in result.dropped:
            s.delete(by_id.pop(dropped))
        for position, state in enumerate(states):
            row = by_id.get(state.step_id)
            if row is None:
                row = ChecklistStep(family_id=family.id, step_id=state.step_id, track=_track_of(state, template),
                                    status=state.status.value, reason=state.reason, note=state.note,
                                    done_on=state.done_on)
                s.add(row)
                by_id[state.step_id] = row
            if (row.position, row.region, row.from_previous_region, row.status) != (
                    position, state.region, state.from_previous_region, state.status.value):
                row.position = position
                row.region = state.region
                row.from_previous_region = state.from_previous_region
                if row.status != state.status.value:  # set by _initial_adjustments
                    row.status, row.note = state.status.value, state.note
        s.flush()
        rows = _load_states(s, family.id)
    states_now = [_state(r) for r in rows]
    case = _family_case(s, family, states_now, region, today)
    deadlines = case_deadlines(case)
    due = _effective(rows, step_due_dates(template, states_now, case, deadlines), family.status)
    _store_dates(s, plan, rows, due, *key_dates(deadlines, case))
    return result


def _initial_adjustments(s: Session, family: Family, states: list[StepState],
                         template: Template) -> list[StepState]:
    """A new checklist: family-reunification steps do not apply when nobody is abroad."""
    abroad = s.scalar(select(func.count(Person.id)).where(Person.family_id == family.id,
                                                          Person.in_belgium.is_(False)))
    if abroad:
        return states
    return [dataclasses.replace(st, status=Status.NOT_APPLICABLE, note=NO_MEMBER_ABROAD)
            if st.status is Status.TODO and _track_of(st, template) == REUNIFICATION_TRACK else st
            for st in states]


# --------------------------------------------------------------------------- the service


class ChecklistService:
    """Checklists as ``actor`` may see and change them (see ``services.scope``).

    Changes are recorded under the actor's worker id: a ``worker_id`` argument is only used
    when the actor is not a person (``SYSTEM``: imports, maintenance, tests).  Opening a
    checklist and every change are recorded in the audit log.
    """

    def __init__(self, db: Database, today: Today = SYSTEM_CLOCK, template: Template | None = None,
                 actor: Actor = SYSTEM):
        self.db = db
        self.today = today
        self._template = template
        self.actor = actor

    def _who(self, worker_id: int | None) -> int | None:
        return self.actor.worker_id if self.actor.worker_id is not None else worker_id

    def _out(self, view: ChecklistView) -> ChecklistView:
        """What the actor's role may see: an admin buddy gets the steps and their guidance, not
        the deadlines computed from the protection decision (their explanations quote it)."""
        if self.actor.can(Permission.VIEW_DECISION):
            return view
        return dataclasses.replace(view, deadlines=(), decision_date=None)

    @property
    def template(self) -> Template:
        return self._template or default_template()

    def tracks(self) -> tuple[TrackView, ...]:
        """The template's tracks in order (for filters), then the track of steps added by hand."""
        return (*(TrackView(t.id, t.title) for t in self.template.tracks),
                TrackView(CUSTOM_TRACK, QT_TRANSLATE_NOOP("Checklist", "Added by hand")))

    # ----------------------------------------------------------------- writing
    def instantiate(self, family_id: int, worker_id: int | None = None) -> ChecklistView:
        """Plan the family's checklist (re-plan when its destination changed); idempotent."""
        worker_id = self._who(worker_id)
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_CHECKLIST)
            if family.decision is None:
                raise ServiceError(NO_DECISION)
            sync_family_checklist(s, family, self.today(), worker_id, self.template)
            record(s, self.actor, AuditAction.EDIT, family_id, what="checklist_plan")
            return self._out(self._view(s, family))

    def replan(self, family_id: int, worker_id: int | None = None) -> ChecklistView:
        """After the destination municipality changed (``FamilyService`` does this by itself)."""
        return self.instantiate(family_id, worker_id)

    def set_status(self, family_id: int, step_id: str, status: str, expected_version: int, *,
                   reason: str = "", note: str | None = None, done_on: dt.date | None = None,
                   exit_mode: str | None = None, worker_id: int | None = None) -> ChecklistView:
        """Change a step's status; ``note`` None keeps the note.

        Done: ``done_on`` (default today; never in the future nor before the decision).  The leave
        step (``EXIT_STEP``) done is the family leaving the centre: ``done_on`` is the day it left
        and ``exit_mode`` how (``domain.enums.ExitMode``); the family becomes "left" with that exit
        date, in the same transaction.  Un-doing the leave step puts the family back in transition
        and clears its exit date and mode.  Both need the right to edit the family (not a buddy's).
        """
        return self._set(family_id, step_id, status, expected_version, reason=reason, note=note, done_on=done_on,
                         exit_mode=exit_mode, worker_id=worker_id)

    def complete_exit(self, family_id: int, left_on: dt.date, mode: str, expected_version: int,
                      worker_id: int | None = None) -> ChecklistView:
        """The family left the centre on ``left_on`` (how: ``mode``): the leave step is done, the family
        "left", its exit date recorded and the checklist re-planned (see ``set_status``)."""
        return self._set(family_id, EXIT_STEP, Status.DONE.value, expected_version, done_on=left_on,
                         exit_mode=mode, worker_id=worker_id)

    def set_done_on(self, family_id: int, step_id: str, done_on: dt.date, expected_version: int,
                    worker_id: int | None = None) -> ChecklistView:
        """Correct the day a done step was done (for the leave step: the day the family left)."""
        return self._set(family_id, step_id, Status.DONE.value, expected_version, done_on=done_on,
                         worker_id=worker_id, only_done=True)

    def set_note(self, family_id: int, step_id: str, note: str, expected_version: int,
                 worker_id: int | None = None) -> ChecklistView:
        with self.db.read() as s:
            row = s.scalar(select(ChecklistStep).where(ChecklistStep.family_id == family_id,
                                                       ChecklistStep.step_id == step_id))
            status, reason = (row.status, row.reason) if row is not None else (Status.TODO.value, "")
        return self.set_status(family_id, step_id, status, expected_version, reason=reason, note=note,
                               worker_id=worker_id)

    def _set(self, family_id: int, step_id: str, status: str, expected_version: int, *, reason: str = "",
             note: str | None = None, done_on: dt.date | None = None, exit_mode: str | None = None,
             worker_id: int | None = None, only_done: bool = False) -> ChecklistView:
        today = self.today()
        col = Collector()
        col.choice("status", L_STEP_STATUS, status, frozenset(Status))
        if status == Status.BLOCKED and col.required("reason", L_REASON, reason):
            col.max_length("reason", L_REASON, reason, 2_000)
        if note is not None:
            col.max_length("note", L_STEP_NOTE, note, 20_000)
        col.raise_if_any()
        worker_id = self._who(worker_id)
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_CHECKLIST)
            row = self._step_for_write(s, family_id, step_id, expected_version)
            old = row.status
            new = Status(status)
            if only_done and old != Status.DONE.value:
                raise ServiceError(NOT_DONE)
            leaving = step_id == EXIT_STEP and new is Status.DONE
            exit_change = step_id == EXIT_STEP and (leaving or old == Status.DONE.value)
            if exit_change and not self.actor.can(Permission.EDIT_FAMILY):
                raise PermissionDenied(EXIT_NEEDS_WORKER)
            day: dt.date | None = None
            mode = exit_mode if exit_mode is not None else family.exit_mode
            if new is Status.DONE:
                day = done_on or (row.done_on if old == Status.DONE.value else None) or today
                label = L_LEFT_ON if leaving else L_DONE_ON
                col.not_future("done_on", label, day, today)
                col.order("done_on", label, day, L_DECISION, family.decision.decision_date if family.decision else None)
                if leaving:
                    col.order("done_on", label, day, L_ARRIVAL, family.arrival_date)
                    if col.required("exit_mode", L_EXIT_MODE, mode):
                        col.choice("exit_mode", L_EXIT_MODE, mode, frozenset(enums.ExitMode))
            col.raise_if_any()
            before = step_snapshot(row)
            if exit_change:
                before["family"] = family_snapshot(family)
            before["due_date"] = _iso(row.due_date)
            row.status = new.value
            row.reason = reason.strip() if new is Status.BLOCKED else ""
            row.done_on = day
            if note is not None:
                row.note = note.strip()
            row.changed_by_id = worker_id
            row.changed_at = utcnow()
            if leaving:
                if family.status in (enums.FamilyStatus.TRANSITION, enums.FamilyStatus.AWAITING_DECISION):
                    family.status = enums.FamilyStatus.LEFT
                family.exit_date, family.exit_mode = day, mode
            elif exit_change:  # the leave step un-done: the family did not leave after all
                if family.status == enums.FamilyStatus.LEFT:
                    family.status = enums.FamilyStatus.TRANSITION
                family.exit_date, family.exit_mode = None, None
            after = step_snapshot(row)
            if exit_change:
                after["family"] = family_snapshot(family)
            if leaving and old != Status.DONE.value:
                kind = "left"
            elif old != new.value:
                kind = "status"
            elif before["done_on"] != after["done_on"]:
                kind = "done_date"
            else:
                kind = "note"
            event = ChecklistEvent(family_id=family_id, step_id=step_id, kind=kind, old_status=old,
                                   new_status=new.value, note=row.reason or (note or "").strip(),
                                   worker_id=worker_id, at=row.changed_at, before=before, after=after)
            s.add(event)
            self._flush(s)
            sync_family_checklist(s, family, today, worker_id, self.template)
            record(s, self.actor, AuditAction.EDIT, family_id, what="checklist_step", step=step_id, status=new.value)
            if exit_change:
                record(s, self.actor, AuditAction.EDIT, family_id, what="family_status", status=family.status,
                       exit_mode=family.exit_mode)
            record_buddy_change(s, self.actor, family_id, STEP, step_id, new.value)  # for the worker to see
            return self._out(self._view(s, family, event.id))

    def postpone(self, family_id: int, step_id: str, due_on: dt.date | None, reason: str, expected_version: int,
                 worker_id: int | None = None) -> ChecklistView:
        """Give one step a due date of its own (``due_on``, with the reason), or, with ``None``, return it
        to the date computed from the rules.  The date set by hand wins in every list and is kept
        when the checklist is re-planned."""
        col = Collector()
        if due_on is not None and col.required("due_override_reason", L_POSTPONE_REASON, reason):
            col.max_length("due_override_reason", L_POSTPONE_REASON, reason, 2_000)
        col.raise_if_any()
        today = self.today()
        worker_id = self._who(worker_id)
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_CHECKLIST)
            row = self._step_for_write(s, family_id, step_id, expected_version)
            if due_on is not None and row.status not in OPEN_STATUSES:
                raise ServiceError(POSTPONE_NOT_OPEN)
            if due_on is not None:
                col.order("due_override", L_NEW_DUE, due_on, L_DECISION,
                          family.decision.decision_date if family.decision else None)
                col.raise_if_any()
            before = step_snapshot(row)
            before["due_date"] = _iso(row.due_date)
            row.due_override = due_on
            row.due_override_reason = reason.strip() if due_on is not None else ""
            row.changed_by_id = worker_id
            row.changed_at = utcnow()
            event = ChecklistEvent(family_id=family_id, step_id=step_id,
                                   kind="postponed" if due_on is not None else "unpostponed",
                                   old_status=row.status, new_status=row.status, note=row.due_override_reason,
                                   worker_id=worker_id, at=row.changed_at, before=before)
            s.add(event)
            self._flush(s)
            sync_family_checklist(s, family, today, worker_id, self.template)
            s.refresh(row, ["due_date"])
            event.after = {**step_snapshot(row), "due_date": _iso(row.due_date)}
            s.flush()
            record(s, self.actor, AuditAction.EDIT, family_id, what="checklist_due", step=step_id,
                   postponed=due_on is not None)
            record_buddy_change(s, self.actor, family_id, STEP, step_id, row.status)
            return self._out(self._view(s, family, event.id))

    def add_step(self, family_id: int, title: str, *, explanation: str = "", documents: Iterable[str] = (),
                 track: str = CUSTOM_TRACK, depends_on: Iterable[str] = (), due_date: dt.date | None = None,
                 worker_id: int | None = None) -> ChecklistView:
        """Add a step by hand for this family only (optionally with a fixed due date)."""
        depends_on = tuple(depends_on)
        col = Collector()
        if col.required("title", L_STEP_TITLE, title):
            col.max_length("title", L_STEP_TITLE, title, 200)
        col.choice("track", L_TRACK, track, frozenset(t.id for t in self.tracks()))
        col.raise_if_any()
        worker_id = self._who(worker_id)
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_CHECKLIST)
            if family.decision is None:
                raise ServiceError(NO_DECISION)
            sync_family_checklist(s, family, self.today(), worker_id, self.template)
            rows = _load_states(s, family_id)
            states = [_state(r) for r in rows]
            known = {r.step_id for r in rows}
            for dep in depends_on:
                if dep not in known:
                    col.add("depends_on", UNKNOWN_CODE, label=L_DEPENDS, value=dep)
            col.raise_if_any()
            due = None
            if due_date is not None:  # a fixed day: anchored on the decision, offset in days
                decided = family.decision.decision_date
                due = DueRule(anchor="decision", days=(due_date - decided).days)
            try:
                added = add_custom_step(states, title, explanation=explanation, documents=tuple(documents),
                                        depends_on=depends_on, due=due)[-1]
            except ValueError as exc:
                raise ServiceError(STEP_NOT_ADDED) from exc
            assert added.custom is not None
            custom = dataclasses.replace(added.custom, track=track)
            position = max((r.position for r in rows), default=-1) + 1
            row = ChecklistStep(family_id=family_id, step_id=added.step_id, track=track, position=position,
                                status=Status.TODO.value, reason="", note="", custom=_custom_to_json(custom),
                                due_override_reason="", changed_by_id=worker_id, changed_at=utcnow())
            s.add(row)
            s.flush()
            event = ChecklistEvent(family_id=family_id, step_id=added.step_id, kind="added",
                                   new_status=Status.TODO.value, note=title.strip(), worker_id=worker_id,
                                   at=utcnow(), after=step_snapshot(row))
            s.add(event)
            s.flush()
            sync_family_checklist(s, family, self.today(), worker_id, self.template)
            record(s, self.actor, AuditAction.EDIT, family_id, what="checklist_step_added", step=added.step_id)
            record_buddy_change(s, self.actor, family_id, STEP, added.step_id, "added")
            return self._out(self._view(s, family, event.id))

    def remove_step(self, family_id: int, step_id: str, expected_version: int,
                    worker_id: int | None = None) -> ChecklistView:
        """Remove a step added by hand (its history stays; Undo puts it back)."""
        worker_id = self._who(worker_id)
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_CHECKLIST)
            row = self._step_for_write(s, family_id, step_id, expected_version)
            if row.custom is None:
                raise ServiceError(NOT_CUSTOM)
            before = {**step_snapshot(row), "track": row.track, "position": row.position, "custom": row.custom}
            s.delete(row)
            event = ChecklistEvent(family_id=family_id, step_id=step_id, kind="removed", old_status=row.status,
                                   note=(row.custom or {}).get("title", ""), worker_id=worker_id, at=utcnow(),
                                   before=before)
            s.add(event)
            self._flush(s)
            sync_family_checklist(s, family, self.today(), worker_id, self.template)
            record(s, self.actor, AuditAction.EDIT, family_id, what="checklist_step_removed", step=step_id)
            record_buddy_change(s, self.actor, family_id, STEP, step_id, "removed")
            return self._out(self._view(s, family, event.id))

    def extension_check(self, family_id: int, months: int) -> ExtensionCheck:
        """What recording an extension of ``months`` would do: the new last day in reception and, when
        the extensions would add up to more than the rule's maximum, the rule's warning."""
        today = self.today()
        with self.db.read() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_FAMILY)
            if family.decision is None:
                raise ServiceError(NO_DECISION)
            return self._extension_check(s, family, months, today)

    def _extension_check(self, s: Session, family: Family, months: int, today: dt.date) -> ExtensionCheck:
        assert family.decision is not None
        states = [_state(r) for r in _load_states(s, family.id)]
        case = _family_case(s, family, states, region_of(family.destination_nis), today)
        recorded = sum(e.months for e in case.extensions)
        with_it = dataclasses.replace(case, extensions=(*case.extensions, Extension(months, "-", today)))
        maximum = dl.max_extension_months(family.decision.decision_date)
        total = recorded + months
        return ExtensionCheck(
            months=months, recorded_months=recorded, total_months=total, maximum=maximum,
            exit_due_now=dl.reception_exit(case).due, exit_due_after=dl.reception_exit(with_it).due,
            warning=dl.EXTENSIONS_ABOVE_MAXIMUM if maximum is not None and total > maximum else None)

    def record_extension(self, family_id: int, months: int, reason: str, granted_on: dt.date | None = None,
                         worker_id: int | None = None, beyond_maximum_reason: str | None = None) -> ChecklistView:
        """Record an extension of the stay in reception; the exit deadline moves accordingly.

        Beyond the rule's maximum of all extensions (``extension_check``), ``beyond_maximum_reason``
        is required: the extension is then recorded with it, and the rule's warning stays visible.
        """
        today = self.today()
        granted_on = granted_on or today
        col = Collector()
        if not 1 <= months <= MAX_EXTENSION_MONTHS:
            col.add("months", OUT_OF_RANGE, label=L_MONTHS, min=1, max=MAX_EXTENSION_MONTHS)
        if col.required("reason", L_EXT_REASON, reason):
            col.max_length("reason", L_EXT_REASON, reason, 2_000)
        col.max_length("beyond_maximum_reason", L_BEYOND_REASON, beyond_maximum_reason, 2_000)
        col.not_future("granted_on", L_GRANTED, granted_on, today)
        worker_id = self._who(worker_id)
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_FAMILY)
            if family.decision is None:
                raise ServiceError(NO_DECISION)
            beyond = ""
            if 1 <= months <= MAX_EXTENSION_MONTHS:
                check = self._extension_check(s, family, months, today)
                if check.beyond_maximum:
                    beyond = (beyond_maximum_reason or "").strip()
                    if not beyond:
                        col.add("beyond_maximum_reason", BEYOND_MAXIMUM, label=L_BEYOND_REASON,
                                total=check.total_months, maximum=check.maximum)
            col.raise_if_any()
            extension = ExitExtension(family_id=family_id, months=months, reason=reason.strip(),
                                      granted_on=granted_on, recorded_by_id=worker_id,
                                      beyond_maximum_reason=beyond or None)
            s.add(extension)
            s.flush()
            event = ChecklistEvent(family_id=family_id, step_id="", kind="extension",
                                   note=f"+{months} months: {reason.strip()}", worker_id=worker_id, at=utcnow(),
                                   after={"extension_id": extension.id, "months": months})
            s.add(event)
            s.flush()
            sync_family_checklist(s, family, today, worker_id, self.template)
            record(s, self.actor, AuditAction.EDIT, family_id, what="extension", months=months,
                   beyond_maximum=bool(beyond))
            return self._out(self._view(s, family, event.id))

    def undo(self, family_id: int, event_id: int, worker_id: int | None = None) -> ChecklistView:
        """Undo one change (an entry of the history made by the actor): the step (and, for the leave
        step, the family) gets back the fields it had before.  Refused when it was changed again
        since (``ConcurrencyError``), already undone, or not the actor's.  Recorded as an "undo"
        entry of the history and in the audit log (``AuditAction.UNDO``)."""
        worker_id = self._who(worker_id)
        today = self.today()
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_CHECKLIST)
            event = s.get(ChecklistEvent, event_id)
            if event is None or event.family_id != family_id:
                raise NotFoundError(NO_SUCH_EVENT)
            if event.kind not in UNDOABLE or (event.before is None and event.after is None):
                raise ServiceError(CANNOT_UNDO)
            if event.worker_id != worker_id:
                raise PermissionDenied(UNDO_NOT_YOURS)
            if s.scalar(select(ChecklistEvent.id).where(ChecklistEvent.family_id == family_id,
                                                        ChecklistEvent.undoes_id == event.id).limit(1)):
                raise ServiceError(ALREADY_UNDONE)
            before, after = event.before or {}, event.after or {}
            if ("family" in before or "family" in after) and not self.actor.can(Permission.EDIT_FAMILY):
                raise PermissionDenied(EXIT_NEEDS_WORKER)
            row = None
            if event.step_id:
                row = s.scalar(select(ChecklistStep).where(ChecklistStep.family_id == family_id,
                                                           ChecklistStep.step_id == event.step_id))
            old_status = row.status if row is not None else None
            new_status: str | None = None
            if event.kind == "extension":
                extension = s.get(ExitExtension, after.get("extension_id"))
                if extension is None or extension.family_id != family_id:
                    raise ConcurrencyError(CHANGED_SINCE)
                s.delete(extension)
            elif event.kind == "added":
                if row is None or not _same_step(row, after):
                    raise ConcurrencyError(CHANGED_SINCE)
                s.delete(row)
            elif event.kind == "removed":
                if row is not None:
                    raise ConcurrencyError(CHANGED_SINCE)
                row = ChecklistStep(family_id=family_id, step_id=event.step_id, track=before["track"],
                                    position=before["position"], custom=before["custom"], status=before["status"],
                                    changed_by_id=worker_id, changed_at=utcnow())
                _restore_step(row, before)
                s.add(row)
                new_status = row.status
            else:
                if row is None or not _same_step(row, after):
                    raise ConcurrencyError(CHANGED_SINCE)
                if "family" in after and family_snapshot(family) != after["family"]:
                    raise ConcurrencyError(CHANGED_SINCE)
                _restore_step(row, before)
                row.changed_by_id = worker_id
                row.changed_at = utcnow()
                new_status = row.status
                if "family" in before:
                    fam = before["family"]
                    family.status = fam["status"]
                    family.exit_date = _day(fam.get("exit_date"))
                    family.exit_mode = fam.get("exit_mode")
            undo_event = ChecklistEvent(family_id=family_id, step_id=event.step_id, kind="undo", old_status=old_status,
                                        new_status=new_status, note=event.kind, worker_id=worker_id, at=utcnow(),
                                        before=event.after, after=event.before, undoes_id=event.id)
            s.add(undo_event)
            self._flush(s)
            sync_family_checklist(s, family, today, worker_id, self.template)
            record(s, self.actor, AuditAction.UNDO, family_id, step=event.step_id or None, event=event.id,
                   kind=event.kind)
            if "family" in before:
                record(s, self.actor, AuditAction.EDIT, family_id, what="family_status", status=family.status,
                       exit_mode=family.exit_mode)
            if event.step_id:
                record_buddy_change(s, self.actor, family_id, STEP, event.step_id, new_status or "removed")
            return self._out(self._view(s, family, undo_event.id))

    def recompute_all(self, batch: int = 500) -> int:
        """Recompute the stored dates of every checklist (after a change of the rule data)."""
        self.actor.require(Permission.MAINTENANCE)
        with self.db.read() as s:
            ids = list(s.scalars(select(ChecklistPlan.family_id)))
        for start in range(0, len(ids), batch):
            with self.db.session() as s:
                for fid in ids[start:start + batch]:
                    family = s.get(Family, fid)
                    if family is not None:
                        sync_family_checklist(s, family, self.today(), None, self.template)
        return len(ids)

    # ----------------------------------------------------------------- reading
    def get_checklist(self, family_id: int) -> ChecklistView:
        """The family's checklist with availability, due dates, next step and documents to bring.

        A family without a decision has an empty checklist (no steps).
        """
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id)
            view = self._out(self._view(s, family))
            record(s, self.actor, AuditAction.VIEW, family_id, section="checklist")
            return view

    def history(self, family_id: int, step_id: str | None = None) -> tuple[EventView, ...]:
        stmt = (select(ChecklistEvent, Worker.full_name).outerjoin(Worker, Worker.id == ChecklistEvent.worker_id)
                .where(ChecklistEvent.family_id == family_id)
                .order_by(ChecklistEvent.at.desc(), ChecklistEvent.id.desc()))
        if step_id is not None:
            stmt = stmt.where(ChecklistEvent.step_id == step_id)
        with self.db.read() as s:
            family_for(s, self.actor, family_id)
            rows = list(s.execute(stmt))
            undone = set(s.scalars(select(ChecklistEvent.undoes_id).where(
                ChecklistEvent.family_id == family_id, ChecklistEvent.undoes_id.is_not(None))))
            return tuple(EventView(e.step_id, e.kind, e.old_status, e.new_status, e.note, name, e.at, e.id,
                                   e.before, e.after, e.undoes_id, e.id in undone)
                         for e, name in rows)

    def due_within(self, days: int, worker_id: int | None = None, track: str | None = None,
                   limit: int | None = None) -> list[DueItem]:
        """Open steps due by ``today + days`` (overdue ones included), soonest first: the morning list."""
        today = self.today()
        stmt = self._due_select(today, worker_id, track).where(ChecklistStep.due_date <= today + dt.timedelta(days))
        stmt = stmt.order_by(ChecklistStep.due_date, Family.household_name, Family.id, ChecklistStep.position)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.engine.connect() as conn:
            return self._due_items(conn.execute(stmt), today)

    def dashboard(self, worker_id: int | None = None, track: str | None = None, within_days: int = 30,
                  limit: int = 200) -> Dashboard:
        """Counts and the first ``limit`` rows of each table, for the worker (or the whole centre)."""
        today = self.today()
        soon = today + dt.timedelta(days=within_days)
        with self.db.engine.connect() as conn:
            # families still in reception, by days left before the exit
            fam_filter = [Family.status == enums.FamilyStatus.TRANSITION]
            scope = family_scope(self.actor)
            if scope is not None:
                fam_filter.append(scope)
            if worker_id is not None:
                fam_filter.append(Family.worker_id == worker_id)
            if track is not None:  # families with an open step in the track
                fam_filter.append(ChecklistPlan.open_tracks.contains(f" {track} ", autoescape=True))
            bucket = case(
                *[(and_(*([ChecklistPlan.exit_due >= today + dt.timedelta(lo)] if lo is not None else []),
                        *([ChecklistPlan.exit_due <= today + dt.timedelta(hi)] if hi is not None else [])), key)
                  for key, lo, hi in EXIT_BUCKETS if (lo, hi) != (None, None)],
                else_="unknown",
            )
            counts = dict(conn.execute(select(bucket, func.count()).select_from(ChecklistPlan)
                                       .join(Family, Family.id == ChecklistPlan.family_id)
                                       .where(*fam_filter).group_by(bucket)).all())
            buckets = tuple((key, int(counts.get(key, 0))) for key, _lo, _hi in EXIT_BUCKETS)
            fam_rows = conn.execute(
                select(Family.id, Family.case_number, Family.household_name, Family.worker_id, Worker.full_name,
                       ChecklistPlan.exit_due)
                .select_from(ChecklistPlan).join(Family, Family.id == ChecklistPlan.family_id)
                .outerjoin(Worker, Worker.id == Family.worker_id).where(*fam_filter)
                .order_by(ChecklistPlan.exit_due.is_(None), ChecklistPlan.exit_due, Family.household_name, Family.id)
                .limit(limit)).all()
            step_counts: dict[int, tuple[int, int]] = {}
            if fam_rows:
                # only family_id in WHERE, so that the (family_id, step_id) index is used
                is_open = ChecklistStep.status.in_(OPEN_STATUSES)
                if track is not None:
                    is_open = and_(is_open, ChecklistStep.track == track)
                open_case = case((is_open, 1), else_=0)
                overdue_case = case((and_(is_open, ChecklistStep.due_date < today), 1), else_=0)
                cstmt = (select(ChecklistStep.family_id, func.sum(open_case), func.sum(overdue_case))
                         .where(ChecklistStep.family_id.in_([r[0] for r in fam_rows]))
                         .group_by(ChecklistStep.family_id))
                step_counts = {fid: (int(n), int(o or 0)) for fid, n, o in conn.execute(cstmt)}
            families = tuple(
                FamilyExitRow(fid, case_no, name, wid, wname, exit_due,
                              (exit_due - today).days if exit_due else None, *step_counts.get(fid, (0, 0)))
                for fid, case_no, name, wid, wname, exit_due in fam_rows)

            # overdue steps and steps due soon
            base = self._due_select(today, worker_id, track)
            overdue_stmt = base.where(ChecklistStep.due_date < today)
            overdue_total = conn.scalar(self._due_count(worker_id, track, ChecklistStep.due_date < today)) or 0
            due_soon_total = conn.scalar(self._due_count(worker_id, track, ChecklistStep.due_date >= today,
                                                         ChecklistStep.due_date <= soon)) or 0
            overdue = tuple(self._due_items(conn.execute(
                overdue_stmt.order_by(ChecklistStep.due_date, Family.household_name, Family.id,
                                      ChecklistStep.position).limit(limit)), today))

            # family-reunification windows closing within the period
            reunification: tuple[ReunificationRow, ...] = ()
            reunification_total = 0
            if track in (None, REUNIFICATION_TRACK):
                r_filter = [ChecklistPlan.reunification_due >= today, ChecklistPlan.reunification_due <= soon,
                            Family.status.in_(ACTIVE_FAMILY_STATUSES), ChecklistStep.status.in_(OPEN_STATUSES)]
                if scope is not None:
                    r_filter.append(scope)
                if worker_id is not None:
                    r_filter.append(Family.worker_id == worker_id)
                r_from = (select(Family.id, Family.case_number, Family.household_name, Family.worker_id,
                                 Worker.full_name, ChecklistPlan.reunification_due, ChecklistStep.status)
                          .select_from(ChecklistPlan).join(Family, Family.id == ChecklistPlan.family_id)
                          .join(ChecklistStep, and_(ChecklistStep.family_id == Family.id,
                                                    ChecklistStep.step_id == REUNIFICATION_STEP))
                          .outerjoin(Worker, Worker.id == Family.worker_id).where(*r_filter))
                reunification_total = conn.scalar(
                    select(func.count()).select_from(ChecklistPlan).join(Family, Family.id == ChecklistPlan.family_id)
                    .join(ChecklistStep, and_(ChecklistStep.family_id == Family.id,
                                              ChecklistStep.step_id == REUNIFICATION_STEP))
                    .where(*r_filter)) or 0
                reunification = tuple(
                    ReunificationRow(fid, case_no, name, wid, wname, end, (end - today).days, status)
                    for fid, case_no, name, wid, wname, end, status in conn.execute(
                        r_from.order_by(ChecklistPlan.reunification_due, Family.household_name).limit(limit)))
        return Dashboard(
            today=today, worker_id=worker_id, track=track, within_days=within_days,
            families_in_transition=sum(n for _k, n in buckets), exit_buckets=buckets,
            overdue_total=int(overdue_total), due_soon_total=int(due_soon_total),
            reunification_total=int(reunification_total), families=families, overdue=overdue,
            reunification=reunification,
        )

    # ----------------------------------------------------------------- internals
    def _due_filters(self, worker_id: int | None, track: str | None) -> list[Any]:
        """The conditions of the due list and its counts: open steps with a due date of families
        still followed, that the actor may see (and of one worker, one track)."""
        filters: list[Any] = [ChecklistStep.status.in_(OPEN_STATUSES), ChecklistStep.due_date.is_not(None),
                              Family.status.in_(ACTIVE_FAMILY_STATUSES)]
        scope = family_scope(self.actor)
        if scope is not None:
            filters.append(scope)
        if worker_id is not None:
            filters.append(Family.worker_id == worker_id)
        if track is not None:
            filters.append(ChecklistStep.track == track)
        return filters

    def _due_select(self, today: dt.date, worker_id: int | None, track: str | None) -> Any:
        return (
            select(Family.id, Family.case_number, Family.household_name, Family.worker_id, Worker.full_name,
                   ChecklistStep.step_id, ChecklistStep.track, ChecklistStep.custom, ChecklistStep.status,
                   ChecklistStep.due_date, ChecklistStep.due_override.is_not(None))
            .select_from(ChecklistStep).join(Family, Family.id == ChecklistStep.family_id)
            .outerjoin(Worker, Worker.id == Family.worker_id)
            .where(*self._due_filters(worker_id, track))
        )

    def _due_count(self, worker_id: int | None, track: str | None, *where: Any) -> Any:
        """``count(*)`` of the due list's rows that meet ``where``: the same conditions, without the
        worker names (a count needs no join to them)."""
        return (select(func.count()).select_from(ChecklistStep).join(Family, Family.id == ChecklistStep.family_id)
                .where(*self._due_filters(worker_id, track), *where))

    def _due_items(self, rows: Iterable[Any], today: dt.date) -> list[DueItem]:
        titles = {s.id: s.title for s in self.template.steps}
        out = []
        for fid, case_no, name, wid, wname, step_id, track, custom, status, due, postponed in rows:
            title = titles.get(step_id) or (custom or {}).get("title") or step_id
            out.append(DueItem(fid, case_no, name, wid, wname, step_id, track, title, status, due,
                               (due - today).days, bool(postponed)))
        return out

    @staticmethod
    def _step_for_write(s: Session, family_id: int, step_id: str, expected_version: int) -> ChecklistStep:
        row = s.scalar(select(ChecklistStep).where(ChecklistStep.family_id == family_id,
                                                   ChecklistStep.step_id == step_id))
        if row is None:
            raise NotFoundError(NO_SUCH_STEP)
        if row.version != expected_version:
            raise ConcurrencyError(STEP_CHANGED_ELSEWHERE)
        return row

    @staticmethod
    def _flush(s: Session) -> None:
        try:
            s.flush()
        except StaleDataError as exc:
            raise ConcurrencyError(STEP_CHANGED_ELSEWHERE) from exc

    def _view(self, s: Session, family: Family, event_id: int | None = None) -> ChecklistView:
        template = self.template
        today = self.today()
        plan = s.scalar(select(ChecklistPlan).where(ChecklistPlan.family_id == family.id))
        rows = _load_states(s, family.id)
        names = dict(s.execute(select(Worker.id, Worker.full_name).where(
            Worker.id.in_({r.changed_by_id for r in rows if r.changed_by_id} | {family.worker_id or 0}))).all())
        states = [_state(r) for r in rows]
        region = plan.region if plan else region_of(family.destination_nis)
        extensions = list(s.scalars(select(ExitExtension).where(ExitExtension.family_id == family.id)
                                    .order_by(ExitExtension.granted_on, ExitExtension.id)))
        case = _family_case(s, family, states, region, today) if family.decision is not None else None
        deadlines = case_deadlines(case) if case is not None else []
        computed = step_due_dates(template, states, case, deadlines) if case is not None else {}
        due = _effective(rows, computed, family.status)
        avail = availability(states, template)
        titles = {st.id: st.title for st in template.steps}
        titles.update({st.step_id: st.custom.title for st in states if st.custom is not None})
        steps = []
        for row, state in zip(rows, states, strict=True):
            try:
                step = definition(state, template)
            except KeyError:
                step = StepTemplate(id=state.step_id, title=state.step_id, explanation="", actors=("worker",),
                                    service=None)
            a = avail[state.step_id]
            steps.append(StepView(
                step_id=state.step_id, track=row.track, position=row.position, title=step.title,
                explanation=step.explanation, documents=step.documents, actors=step.actors, service=step.service,
                status=state.status.value, reason=state.reason, note=state.note, done_on=state.done_on,
                due_date=due.get(state.step_id), availability=a.availability.value,
                waiting_for=tuple(titles.get(w, w) for w in a.waiting_for), region=state.region,
                from_previous_region=state.from_previous_region, custom=state.step_id.startswith(CUSTOM_PREFIX),
                uncertain=step.uncertain, changed_by=names.get(row.changed_by_id) if row.changed_by_id else None,
                changed_at=row.changed_at, version=row.version, computed_due=computed.get(state.step_id),
                due_override=row.due_override, due_override_reason=row.due_override_reason or "",
                moot=is_moot(row.track, row.status, family.status),
            ))
        next_step = _next_step(steps)
        exit_due = key_dates(deadlines, case)[0] if case is not None else None
        track_ids = [t.id for t in template.tracks] + [CUSTOM_TRACK]
        tracks = tuple(t for t in self.tracks() if any(st.track == t.id for st in steps))
        tracks = tuple(sorted(tracks, key=lambda t: track_ids.index(t.id) if t.id in track_ids else len(track_ids)))
        return ChecklistView(
            family_id=family.id, case_number=family.case_number, household_name=family.household_name,
            family_status=family.status, worker_id=family.worker_id,
            worker_name=names.get(family.worker_id) if family.worker_id else None, region=region,
            template_id=template.id, template_version=template.version, today=today, exit_due=exit_due,
            tracks=tracks, steps=tuple(steps), next_step=next_step,
            documents_to_bring=next_step.documents if next_step else (),
            extensions=tuple(ExtensionView(e.id, e.months, e.reason, e.granted_on, e.beyond_maximum_reason or "")
                             for e in extensions),
            deadlines=tuple(DeadlineView(d.key, d.title, d.due, d.window_start, d.explanation, d.problem)
                            for d in deadlines),
            exit_date=family.exit_date, exit_mode=family.exit_mode,
            decision_date=family.decision.decision_date if family.decision else None,
            arrival_date=family.arrival_date, event_id=event_id,
        )


def _next_step(steps: Sequence[StepView]) -> StepView | None:
    """The open step to do next: possible now (dependencies met), earliest due first, then template order."""
    candidates = [st for st in steps if st.availability == Availability.POSSIBLE and not st.moot
                  and st.status in (Status.TODO, Status.IN_PROGRESS)]
    if not candidates:
        return None
    far = dt.date.max
    return min(candidates, key=lambda st: (st.due_date or far, st.position))
