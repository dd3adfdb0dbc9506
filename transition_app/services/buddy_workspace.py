"""The admin buddy's workspace, and the social worker's view of what buddies changed.  Qt-free.

**Buddy side.**  After signing in, an admin buddy sees the families assigned to them
(``services.scope``) and, for each, the next steps of the checklist with the plain-language
explanation in a chosen language (``domain.checklist_i18n``), what to bring, where to go (the
directory: address, opening hours, phone; ``services.directory_service``) and the appointments.
The buddy marks a step done or waiting (through ``ChecklistService``: permissions, history and audit
apply), adds an appointment (``AppointmentService``) and leaves a short note for the social worker.
What a buddy receives is redacted by the services it comes from: no national register or card
numbers, no protection decision, no confidential notes.

**Worker side.**  Each such change leaves a ``family_update`` row (``services.buddy_changes``):
:meth:`BuddyWorkspaceService.unseen_changes` lists those the family's social worker has not seen
yet, :meth:`~BuddyWorkspaceService.unseen_counts` counts them per family (the family list
highlights them) and :meth:`~BuddyWorkspaceService.mark_seen` records that the worker looked.
Only the family's own social worker marks them seen (or anybody on the staff when the family has
none), so a colleague or coordinator opening the file does not hide them from the worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, case, cast, func, select, update
from sqlalchemy.orm import Session, aliased

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.domain import checklist_i18n, directory
from transition_app.domain.checklist import Availability, Status, Template
from transition_app.domain.validation import Collector, ErrorCode, PermissionDenied, ServiceError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.buddy_changes import APPOINTMENT, NOTE, STEP, record_buddy_change
from transition_app.services.checklist import OPEN_STATUSES, ChecklistService, ChecklistView, StepView
from transition_app.services.directory_service import DirectoryEntryView, DirectoryService
from transition_app.services.dto import FamilyDetail, NoteView
from transition_app.services.families import FamilyService
from transition_app.services.scope import family_for, family_scope
from transition_app.store.database import Database
from transition_app.store.models import Appointment, ChecklistStep, Family, FamilyUpdate, Note, Worker, utcnow

#: What a buddy may set a step to: done, waiting for someone else, or back to do (a wrong tick).
BUDDY_STATUSES = (Status.DONE.value, Status.WAITING.value, Status.TODO.value)
NOTE_MAX = 2_000

L_NOTE = QT_TRANSLATE_NOOP("Validation", "Note for the social worker")
L_BUDDY_STATUS = QT_TRANSLATE_NOOP("Validation", "Step status")
NOT_FOR_BUDDIES = ErrorCode("buddy.step_status_not_allowed", QT_TRANSLATE_NOOP(
    "Services", "An admin buddy can mark a step done or waiting, or undo that."))
NO_APPOINTMENTS = ErrorCode("buddy.no_appointments", QT_TRANSLATE_NOOP(
    "Services", "Appointments are not available in this version."))


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class BuddyFamilySummary:
    """One line of the buddy's list of families."""

    id: int
    case_number: str
    household_name: str
    member_count: int
    languages: tuple[str, ...]
    open_steps: int
    next_due: dt.date | None  # the earliest due date of an open step
    overdue_steps: int


@dataclass(frozen=True)
class BuddyStep:
    step_id: str
    track: str
    track_title: str
    title: str  # in the chosen language (English where no translation exists)
    explanation: str
    documents: tuple[str, ...]  # what to bring
    uncertain: str
    status: str
    availability: str  # domain.checklist.Availability
    waiting_for: tuple[str, ...]  # titles of the steps to do first
    due_date: dt.date | None
    done_on: dt.date | None
    is_next: bool
    service: str | None
    places: tuple[DirectoryEntryView, ...]  # where to go (may be empty: ask the social worker)
    note: str
    version: int

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def overdue(self, today: dt.date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class BuddyFamilyView:
    family_id: int
    language: str
    today: dt.date
    detail: FamilyDetail  # as the actor may see it (redacted for a buddy)
    destination_name: str  # the municipality the family moves to ("" when not known)
    exit_due: dt.date | None
    steps: tuple[BuddyStep, ...]  # the next steps: open and possible now, the next one first
    later_steps: tuple[BuddyStep, ...]  # open steps that wait for another step or are blocked
    done_count: int
    total_count: int
    appointments: tuple[Any, ...]  # services.appointments.AppointmentView, from today on
    my_notes: tuple[NoteView, ...]  # the notes this person left for the social worker, newest first
    left_on: dt.date | None = None  # the day the family left the centre (None: still in reception)
    event_id: int | None = None  # the checklist history entry of the change that returned this view (Undo)

    def step(self, step_id: str) -> BuddyStep:
        for s in (*self.steps, *self.later_steps):
            if s.step_id == step_id:
                return s
        raise KeyError(step_id)

    @property
    def next_step(self) -> BuddyStep | None:
        return next((s for s in self.steps if s.is_next), None)


@dataclass(frozen=True)
class BuddyChange:
    """A change by an admin buddy that the family's social worker has not seen yet."""

    id: int
    family_id: int
    case_number: str
    household_name: str
    kind: str  # step | appointment | note
    ref: str  # step id, appointment id or note id
    detail: str  # a step's new status
    title: str  # the step's title, the appointment's title or the start of the note
    buddy_name: str | None
    at: dt.datetime  # UTC


# --------------------------------------------------------------------------- the service


class BuddyWorkspaceService:
    def __init__(self, db: Database, actor: Actor = SYSTEM, *, families: FamilyService,
                 checklists: ChecklistService, directory_service: DirectoryService,
                 appointments: Callable[[], Any] | None = None):
        self.db = db
        self.actor = actor
        self.families = families
        self.checklists = checklists
        self.directory = directory_service
        self._appointments = appointments or _appointment_service_or_none(db, actor)
        self._details: dict[int, FamilyDetail] = {}

    # ----------------------------------------------------------------- buddy side
    def list_families(self) -> list[BuddyFamilySummary]:
        """The families the actor may see (for a buddy: those assigned to them), by household name."""
        self.actor.require(Permission.VIEW_FAMILY)
        today = self.checklists.today()
        is_open = ChecklistStep.status.in_(OPEN_STATUSES)
        counts = (select(ChecklistStep.family_id.label("fid"), func.count().label("n"),
                         func.min(ChecklistStep.due_date).label("due"),
                         func.sum(case((ChecklistStep.due_date < today, 1), else_=0)).label("late"))
                  .where(is_open).group_by(ChecklistStep.family_id).subquery())
        stmt = (select(Family.id, Family.case_number, Family.household_name, Family.member_count, Family.languages,
                       counts.c.n, counts.c.due, counts.c.late)
                .outerjoin(counts, counts.c.fid == Family.id)
                .where(Family.archived_at.is_(None))
                .order_by(Family.household_name, Family.id))
        scope = family_scope(self.actor)
        if scope is not None:
            stmt = stmt.where(scope)
        with self.db.read() as s:
            return [BuddyFamilySummary(fid, case_no, name, members, tuple(langs.split()), int(n or 0), due,
                                       int(late or 0))
                    for fid, case_no, name, members, langs, n, due, late in s.execute(stmt)]

    def family(self, family_id: int, language: str | None = None) -> BuddyFamilyView:
        """What the actor needs to accompany the family, explanations in ``language`` (default English)."""
        detail = self.families.get_family(family_id)  # scope, redaction and the audit entry
        self._details[family_id] = detail
        return self._compose(detail, self.checklists.get_checklist(family_id), language)

    def mark_step(self, family_id: int, step_id: str, status: str, expected_version: int,
                  language: str | None = None) -> BuddyFamilyView:
        """Mark a step done (today) or waiting for someone else, or back to do; the family's social
        worker sees the change highlighted."""
        col = Collector()
        col.choice("status", L_BUDDY_STATUS, status, frozenset(Status))
        col.raise_if_any()
        if status not in BUDDY_STATUSES and not self.actor.can(Permission.EDIT_FAMILY):
            raise PermissionDenied(NOT_FOR_BUDDIES)
        checklist = self.checklists.set_status(family_id, step_id, status, expected_version)
        detail = self._details.get(family_id) or self.families.get_family(family_id)
        self._details[family_id] = detail
        return self._compose(detail, checklist, language)

    def undo(self, family_id: int, event_id: int, language: str | None = None) -> BuddyFamilyView:
        """Undo one of the actor's own changes (``event_id``: ``BuddyFamilyView.event_id`` of the
        change), through ``ChecklistService.undo``: the same checks, history and audit entry."""
        checklist = self.checklists.undo(family_id, event_id)
        detail = self._details.get(family_id) or self.families.get_family(family_id)
        self._details[family_id] = detail
        return self._compose(detail, checklist, language)

    def add_note(self, family_id: int, text: str) -> NoteView:
        """A short note for the family's social worker (never confidential; the worker sees it highlighted)."""
        col = Collector()
        if col.required("note", L_NOTE, text):
            col.max_length("note", L_NOTE, text.strip(), NOTE_MAX)
        col.raise_if_any()
        permission = Permission.VIEW_FAMILY if self.actor.is_buddy else Permission.EDIT_FAMILY
        with self.db.session() as s:
            family_for(s, self.actor, family_id, permission)
            note = Note(family_id=family_id, text=text.strip(), confidential=False, author_id=self.actor.worker_id)
            s.add(note)
            s.flush()
            record(s, self.actor, AuditAction.EDIT, family_id, what="note", for_worker=True)
            record_buddy_change(s, self.actor, family_id, NOTE, note.id)
            author = s.scalar(select(Worker.full_name).where(Worker.id == note.author_id)) if note.author_id else None
            return NoteView(note.id, note.text, False, author, note.created_at)

    def add_appointment(self, family_id: int, data: Any) -> Any:
        """Add an appointment (``services.appointments.AppointmentInput``); the worker sees it highlighted."""
        service = self._appointments()
        if service is None:
            raise ServiceError(NO_APPOINTMENTS)
        added = service.add(family_id, data)
        self.appointment_added(family_id, added.id)
        return added

    def appointment_added(self, family_id: int, appointment_id: int) -> None:
        """After an appointment dialog added one through ``AppointmentService``: show it to the worker.

        (Recorded once even when the appointment service records it in its own transaction too.)
        """
        with self.db.session() as s:
            family_for(s, self.actor, family_id, Permission.MANAGE_APPOINTMENTS)
            row = s.get(Appointment, appointment_id)
            if row is None or row.family_id != family_id or row.created_by_id != self.actor.worker_id:
                return
            record_buddy_change(s, self.actor, family_id, APPOINTMENT, appointment_id)

    # ----------------------------------------------------------------- worker side
    def unseen_changes(self, family_id: int | None = None, language: str | None = None,
                       limit: int = 500) -> list[BuddyChange]:
        """Changes by buddies not seen yet, in the families the actor may see (or in one), newest first."""
        self.actor.require(Permission.EDIT_FAMILY)
        buddy = aliased(Worker)
        stmt = (select(FamilyUpdate, Family.case_number, Family.household_name, buddy.full_name,
                       Note.text, Appointment.title, Appointment.starts_at)
                .join(Family, Family.id == FamilyUpdate.family_id)
                .outerjoin(buddy, buddy.id == FamilyUpdate.created_by_id)
                .outerjoin(Note, and_(FamilyUpdate.kind == NOTE, FamilyUpdate.ref == cast(Note.id, String),
                                      Note.family_id == Family.id))
                .outerjoin(Appointment, and_(FamilyUpdate.kind == APPOINTMENT,
                                             FamilyUpdate.ref == cast(Appointment.id, String),
                                             Appointment.family_id == Family.id))
                .where(FamilyUpdate.seen_at.is_(None))
                .order_by(FamilyUpdate.created_at.desc(), FamilyUpdate.id.desc()).limit(limit))
        with self.db.read() as s:
            if family_id is not None:
                family_for(s, self.actor, family_id)
                stmt = stmt.where(FamilyUpdate.family_id == family_id)
            else:
                scope = family_scope(self.actor)
                if scope is not None:
                    stmt = stmt.where(scope)
            rows = [(u.id, u.family_id, u.kind, u.ref, u.detail, u.created_at, *rest)
                    for u, *rest in s.execute(stmt)]
            custom = self._custom_titles(s, {(r[1], r[3]) for r in rows if r[2] == STEP})
        template = self.checklists.template
        out = []
        for uid, fid, kind, ref, detail, at, case_number, name, buddy_name, note, appointment, starts in rows:
            if kind == STEP:
                title = custom.get((fid, ref)) or _step_title(ref, language, template)
            elif kind == NOTE:
                title = _excerpt(note or "")
            else:
                title = f"{appointment} ({starts:%Y-%m-%d %H:%M})" if appointment and starts else (appointment or "")
            out.append(BuddyChange(uid, fid, case_number, name, kind, ref, detail, title, buddy_name, at))
        return out

    def unseen_counts(self) -> dict[int, int]:
        """Family id -> number of changes by buddies not seen yet (families in the actor's scope)."""
        if not self.actor.can(Permission.EDIT_FAMILY):
            return {}
        stmt = (select(FamilyUpdate.family_id, func.count()).join(Family, Family.id == FamilyUpdate.family_id)
                .where(FamilyUpdate.seen_at.is_(None)).group_by(FamilyUpdate.family_id))
        scope = family_scope(self.actor)
        if scope is not None:
            stmt = stmt.where(scope)
        with self.db.read() as s:
            return {fid: int(n) for fid, n in s.execute(stmt)}

    def unseen_total(self) -> int:
        return sum(self.unseen_counts().values())

    def marks_seen(self, family_worker_id: int | None) -> bool:
        """Whether the actor's looking counts as the worker having seen the changes."""
        if not self.actor.can(Permission.EDIT_FAMILY):
            return False
        return family_worker_id is None or family_worker_id == self.actor.worker_id or self.actor.worker_id is None

    def mark_seen(self, family_id: int, change_ids: Sequence[int] | None = None) -> int:
        """Record that the family's social worker saw its buddies' changes (all, or ``change_ids``).

        Returns how many were marked; 0 when the actor is not the family's worker (see the module).
        """
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_FAMILY)
            if not self.marks_seen(family.worker_id):
                return 0
            stmt = (update(FamilyUpdate).where(FamilyUpdate.family_id == family_id, FamilyUpdate.seen_at.is_(None))
                    .values(seen_at=utcnow(), seen_by_id=self.actor.worker_id))
            if change_ids is not None:
                stmt = stmt.where(FamilyUpdate.id.in_(list(change_ids)))
            return int(s.execute(stmt, execution_options={"synchronize_session": False}).rowcount or 0)

    # ----------------------------------------------------------------- internals
    def _compose(self, detail: FamilyDetail, checklist: ChecklistView, language: str | None) -> BuddyFamilyView:
        lang = checklist_i18n.normalize_language(language)
        template = self.checklists.template
        titles = {s.step_id: _localized(s, lang, template)[0] for s in checklist.steps}
        places: dict[str | None, tuple[DirectoryEntryView, ...]] = {}
        next_id = checklist.next_step.step_id if checklist.next_step else None

        def buddy_step(s: StepView) -> BuddyStep:
            if s.service not in places:
                places[s.service] = tuple(self.directory.places_for(s.service, detail.destination_nis,
                                                                    detail.centre_id))
            title, explanation, documents = _localized(s, lang, template)
            try:
                track_title = checklist_i18n.localized_track_title(s.track, lang, template)
            except KeyError:
                track_title = ""
            return BuddyStep(
                step_id=s.step_id, track=s.track, track_title=track_title, title=title, explanation=explanation,
                documents=documents, uncertain=_uncertain(s, lang, template), status=s.status,
                availability=s.availability, waiting_for=tuple(titles.get(w, w) for w in _waiting_ids(s, checklist)),
                due_date=s.due_date, done_on=s.done_on, is_next=s.step_id == next_id, service=s.service,
                places=places[s.service], note=s.note, version=s.version)

        open_steps = [s for s in checklist.steps if s.is_open and not s.moot]  # moot: the family left
        now = [s for s in open_steps if s.availability == Availability.POSSIBLE]
        far = dt.date.max
        now.sort(key=lambda s: (s.step_id != next_id, s.status == Status.WAITING, s.due_date or far, s.position))
        later = [s for s in open_steps if s.availability != Availability.POSSIBLE]
        later.sort(key=lambda s: (s.due_date or far, s.position))
        muni = directory.municipality(detail.destination_nis) if detail.destination_nis else None
        return BuddyFamilyView(
            family_id=detail.id, language=lang, today=checklist.today, detail=detail,
            destination_name=muni.name(lang) if muni else "", exit_due=checklist.exit_due,
            steps=tuple(buddy_step(s) for s in now), later_steps=tuple(buddy_step(s) for s in later),
            done_count=checklist.done_count, total_count=len(checklist.steps),
            appointments=self._upcoming(detail.id, checklist.today), my_notes=self._my_notes(detail.id),
            left_on=checklist.exit_date if checklist.left else None, event_id=checklist.event_id,
        )

    def _upcoming(self, family_id: int, today: dt.date) -> tuple[Any, ...]:
        service = self._appointments()
        if service is None:
            return ()
        return tuple(service.list_for_family(family_id, since=today))

    def _my_notes(self, family_id: int) -> tuple[NoteView, ...]:
        if self.actor.worker_id is None:
            return ()
        with self.db.read() as s:
            rows = s.scalars(select(Note).where(Note.family_id == family_id, Note.author_id == self.actor.worker_id,
                                                Note.confidential.is_(False))
                             .order_by(Note.created_at.desc(), Note.id.desc()).limit(20))
            return tuple(NoteView(n.id, n.text, False, None, n.created_at) for n in rows)

    @staticmethod
    def _custom_titles(s: Session, keys: set[tuple[int, str]]) -> dict[tuple[int, str], str]:
        wanted = [k for k in keys if k[1].startswith("custom:")]
        if not wanted:
            return {}
        rows = s.execute(select(ChecklistStep.family_id, ChecklistStep.step_id, ChecklistStep.custom).where(
            ChecklistStep.family_id.in_({f for f, _ in wanted}), ChecklistStep.step_id.in_({r for _, r in wanted})))
        return {(f, r): (c or {}).get("title", r) for f, r, c in rows}


# --------------------------------------------------------------------------- helpers


def _appointment_service_or_none(db: Database, actor: Actor) -> Callable[[], Any]:
    def build() -> Any:
        try:
            from transition_app.services.appointments import AppointmentService
        except ImportError:  # pragma: no cover - the appointments module ships with the application
            return None
        return AppointmentService(db, actor)
    return build


def _localized(step: StepView, language: str, template: Template) -> tuple[str, str, tuple[str, ...]]:
    if step.custom:
        return step.title, step.explanation, step.documents
    try:
        return checklist_i18n.localized_step_text(step.step_id, language, template)
    except KeyError:  # a step kept from an older version of the template
        return step.title, step.explanation, step.documents


def _uncertain(step: StepView, language: str, template: Template) -> str:
    if step.custom or not step.uncertain:
        return step.uncertain
    try:
        return checklist_i18n.localized_uncertain(step.step_id, language, template)
    except KeyError:
        return step.uncertain


def _waiting_ids(step: StepView, checklist: ChecklistView) -> tuple[str, ...]:
    """The ids of the steps ``step`` waits for (StepView gives their English titles)."""
    by_title = {s.title: s.step_id for s in checklist.steps}
    return tuple(by_title.get(t, t) for t in step.waiting_for)


def _step_title(step_id: str, language: str | None, template: Template) -> str:
    try:
        return checklist_i18n.localized_step_text(step_id, checklist_i18n.normalize_language(language), template)[0]
    except KeyError:
        return step_id


def _excerpt(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
