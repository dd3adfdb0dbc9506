"""Appointments of a family: when, where, what to bring, who accompanies.  Qt-free.

Times are local Belgian wall-clock times, stored naive (as the ``Appointment`` model says);
an aware datetime given to the service is converted to Brussels time first.

Who may do what (``access.permissions``, ``services.scope``):

* seeing: whoever may see the family (``VIEW_FAMILY`` and its scope) - a social worker the
  families of their centre, an admin buddy only the families assigned to them;
* adding, changing, cancelling: ``MANAGE_APPOINTMENTS`` on a family in scope (social workers,
  coordinators and admin buddies).

A week is Monday to Sunday (``week_start``).  Changes are recorded in the audit log with ids
only (what, appointment id); an ``.ics`` export is recorded as an export.  What an admin buddy
adds or changes is also remembered for the family's social worker (``services.buddy_changes``).
Optimistic concurrency: ``update`` and ``cancel`` take the version the caller read and refuse
when someone else changed or cancelled the appointment since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import SYSTEM_CLOCK, Today
from transition_app.domain.validation import (
    NOT_IN_LIST,
    Collector,
    ConcurrencyError,
    ErrorCode,
    NotFoundError,
)
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.buddy_changes import APPOINTMENT, record_buddy_change
from transition_app.services.calendar_export import BRUSSELS, appointments_to_ics
from transition_app.services.calendar_export import AppointmentView as IcsEvent
from transition_app.services.scope import family_for, family_scope
from transition_app.store.database import Database
from transition_app.store.models import Appointment, ChecklistStep, Family

L_TITLE = QT_TRANSLATE_NOOP("Validation", "Appointment")
L_START = QT_TRANSLATE_NOOP("Validation", "Start")
L_END = QT_TRANSLATE_NOOP("Validation", "End")
L_PLACE = QT_TRANSLATE_NOOP("Validation", "Place")
L_BRING = QT_TRANSLATE_NOOP("Validation", "What to bring")
L_ACCOMPANIED = QT_TRANSLATE_NOOP("Validation", "Accompanied by")
L_STEP = QT_TRANSLATE_NOOP("Validation", "Checklist step")

END_AFTER_START = ErrorCode("appointment.end_before_start", QT_TRANSLATE_NOOP(
    "Validation", "{label} must be after {other}."), "Validation")
TOO_MANY = ErrorCode("appointment.too_many_lines", QT_TRANSLATE_NOOP("Validation", "{label}: at most {max} lines."),
                     "Validation")
OUT_OF_RANGE = ErrorCode("appointment.year_out_of_range", QT_TRANSLATE_NOOP(
    "Validation", "{label}: the year must be between {first} and {last}."), "Validation")

NO_SUCH_APPOINTMENT = ErrorCode("appointment.not_found", QT_TRANSLATE_NOOP(
    "Services", "This appointment does not exist (any more)."))
APPOINTMENT_CHANGED_ELSEWHERE = ErrorCode("appointment.changed_elsewhere", QT_TRANSLATE_NOOP(
    "Services", "This appointment was changed by someone else since you opened it. "
    "Reopen it to see the changes, then make yours again."
))

TITLE_MAX, PLACE_MAX, ACCOMPANIED_MAX, BRING_ITEM_MAX, BRING_LINES_MAX = 200, 300, 200, 200, 30
FIRST_YEAR, LAST_YEAR = 2000, 2100



@dataclass(frozen=True)
class AppointmentInput:
    """What the caller enters; ``ends_at`` is optional (calendars then assume one hour)."""

    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    place: str = ""
    bring: tuple[str, ...] = ()
    accompanied_by: str = ""
    step_id: str | None = None


@dataclass(frozen=True)
class AppointmentView:
    id: int
    family_id: int
    family_name: str  # the household name (an admin buddy may see names)
    case_number: str
    title: str
    starts_at: dt.datetime  # local Belgian time, naive
    ends_at: dt.datetime | None
    place: str
    bring: tuple[str, ...]
    accompanied_by: str
    step_id: str | None
    version: int

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()

    def to_input(self) -> AppointmentInput:
        return AppointmentInput(self.title, self.starts_at, self.ends_at, self.place, self.bring,
                                self.accompanied_by, self.step_id)

    def ics_event(self) -> IcsEvent:
        """The calendar event (no name: the case number identifies the family)."""
        return IcsEvent(self.id, self.family_id, self.case_number, self.title, self.starts_at, self.ends_at,
                        self.place, self.bring, self.accompanied_by)


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def local_naive(value: dt.datetime) -> dt.datetime:
    """``value`` as naive Brussels wall-clock time, to the minute."""
    if value.tzinfo is not None:
        value = value.astimezone(BRUSSELS).replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


def _clean_lines(lines: Iterable[str]) -> tuple[str, ...]:
    return tuple(text for text in (str(line).strip() for line in lines) if text)


def validate(data: AppointmentInput, step_ids: Sequence[str] | None = None) -> AppointmentInput:
    """``data`` trimmed and checked (raises ``ValidationError`` naming every problem).

    ``step_ids``: the family's checklist steps, when a linked step must be one of them.
    """
    col = Collector()
    title = (data.title or "").strip()
    if col.required("title", L_TITLE, title):
        col.max_length("title", L_TITLE, title, TITLE_MAX)
    starts = local_naive(data.starts_at) if isinstance(data.starts_at, dt.datetime) else None
    ends = local_naive(data.ends_at) if isinstance(data.ends_at, dt.datetime) else None
    col.required("starts_at", L_START, starts)
    for field_path, label, value in (("starts_at", L_START, starts), ("ends_at", L_END, ends)):
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            col.add(field_path, OUT_OF_RANGE, label=label, first=FIRST_YEAR, last=LAST_YEAR)
    if starts is not None and ends is not None and ends <= starts:
        col.add("ends_at", END_AFTER_START, label=L_END, other=L_START)
    place = (data.place or "").strip()
    col.max_length("place", L_PLACE, place, PLACE_MAX)
    accompanied = (data.accompanied_by or "").strip()
    col.max_length("accompanied_by", L_ACCOMPANIED, accompanied, ACCOMPANIED_MAX)
    bring = _clean_lines(data.bring or ())
    if len(bring) > BRING_LINES_MAX:
        col.add("bring", TOO_MANY, label=L_BRING, max=BRING_LINES_MAX)
    for i, line in enumerate(bring):
        col.max_length(f"bring[{i}]", L_BRING, line, BRING_ITEM_MAX)
    step_id = (data.step_id or "").strip() or None
    if step_id is not None and step_ids is not None and step_id not in step_ids:
        col.add("step_id", NOT_IN_LIST, label=L_STEP, value=step_id)
    col.raise_if_any()
    return AppointmentInput(title, starts, ends, place, bring, accompanied, step_id)  # type: ignore[arg-type]


class AppointmentService:
    """The appointments ``actor`` may see and manage (see the module documentation)."""

    def __init__(self, db: Database, actor: Actor = SYSTEM, today: Today | None = None):
        self.db = db
        self.actor = actor
        self.today: Today = today or SYSTEM_CLOCK

    # ----------------------------------------------------------------- reading
    def get(self, appointment_id: int) -> AppointmentView:
        with self.db.read() as s:
            row = self._load(s, appointment_id, Permission.VIEW_FAMILY)
            return self._view(row, row_family(s, row))

    def list_for_family(self, family_id: int, *, since: dt.date | None = None,
                        until: dt.date | None = None) -> list[AppointmentView]:
        """A family's appointments by start time (``since``/``until``: days included)."""
        with self.db.read() as s:
            family_for(s, self.actor, family_id)
            stmt = self._select().where(Appointment.family_id == family_id)
            if since is not None:
                stmt = stmt.where(Appointment.starts_at >= _midnight(since))
            if until is not None:
                stmt = stmt.where(Appointment.starts_at < _midnight(until + dt.timedelta(days=1)))
            return self._views(s, stmt)

    def list_range(self, first: dt.date, last: dt.date, *, family_id: int | None = None) -> list[AppointmentView]:
        """Appointments starting from day ``first`` to day ``last`` (included) in every family the
        actor may see (worker: their centre's; buddy: their assigned families), or in one family."""
        stmt = self._select().where(Appointment.starts_at >= _midnight(first),
                                    Appointment.starts_at < _midnight(last + dt.timedelta(days=1)))
        with self.db.read() as s:
            if family_id is not None:
                family_for(s, self.actor, family_id)
                stmt = stmt.where(Appointment.family_id == family_id)
            else:
                self.actor.require(Permission.VIEW_FAMILY)
                scope = family_scope(self.actor)
                if scope is not None:
                    stmt = stmt.where(scope)
            return self._views(s, stmt)

    def list_week(self, start_date: dt.date, *, family_id: int | None = None) -> list[AppointmentView]:
        """The appointments of the week (Monday to Sunday) holding ``start_date``."""
        monday = week_start(start_date)
        return self.list_range(monday, monday + dt.timedelta(days=6), family_id=family_id)

    # ----------------------------------------------------------------- writing
    def add(self, family_id: int, data: AppointmentInput) -> AppointmentView:
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.MANAGE_APPOINTMENTS)
            clean = validate(data, self._step_ids(s, family_id) if data.step_id else None)
            row = Appointment(family_id=family_id, created_by_id=self.actor.worker_id)
            _apply(row, clean)
            s.add(row)
            s.flush()
            record(s, self.actor, AuditAction.EDIT, family_id, what="appointment_added", appointment=row.id)
            record_buddy_change(s, self.actor, family_id, APPOINTMENT, row.id, "added")  # for the worker to see
            return self._view(row, family)

    def update(self, appointment_id: int, data: AppointmentInput, expected_version: int) -> AppointmentView:
        with self.db.session() as s:
            row = self._load_for_write(s, appointment_id, expected_version)
            family = row_family(s, row)
            clean = validate(data, self._step_ids(s, row.family_id) if data.step_id else None)
            _apply(row, clean)
            _flush(s)
            record(s, self.actor, AuditAction.EDIT, row.family_id, what="appointment", appointment=row.id)
            record_buddy_change(s, self.actor, row.family_id, APPOINTMENT, row.id, "changed")
            return self._view(row, family)

    def cancel(self, appointment_id: int, expected_version: int) -> None:
        """Remove the appointment (the audit log keeps that it existed and who cancelled it)."""
        with self.db.session() as s:
            row = self._load_for_write(s, appointment_id, expected_version)
            family_id = row.family_id
            s.delete(row)
            _flush(s)
            record(s, self.actor, AuditAction.EDIT, family_id, what="appointment_cancelled",
                   appointment=appointment_id)

    # ----------------------------------------------------------------- calendar
    def export_ics(self, *, family_id: int | None = None, week: dt.date | None = None,
                   now: dt.datetime | None = None, bring_label: str = "Bring",
                   accompanied_label: str = "Accompanied by") -> tuple[bytes, int]:
        """An iCalendar file and the number of appointments in it.

        With ``family_id``: that family's appointments from today on (or of ``week``);
        without: the actor's week (``week``, default this week) across their families.
        The events hold no names (see ``calendar_export``).  Recorded as an export.
        """
        if family_id is not None and week is None:
            items = self.list_for_family(family_id, since=self.today())
        else:
            items = self.list_week(week or self.today(), family_id=family_id)
        data = appointments_to_ics((a.ics_event() for a in items), now=now, bring_label=bring_label,
                                   accompanied_label=accompanied_label)
        with self.db.session() as s:
            if family_id is not None:
                record(s, self.actor, AuditAction.EXPORT, family_id, kind="ics", appointments=len(items))
            else:
                record(s, self.actor, AuditAction.EXPORT, kind="ics_week",
                       week=week_start(week or self.today()).isoformat(), appointments=len(items),
                       families=len({a.family_id for a in items}))
        return data, len(items)

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def _select() -> Select:  # type: ignore[type-arg]
        return (select(Appointment, Family.household_name, Family.case_number)
                .join(Family, Family.id == Appointment.family_id)
                .order_by(Appointment.starts_at, Appointment.id))

    def _views(self, s: Session, stmt: Select) -> list[AppointmentView]:  # type: ignore[type-arg]
        return [_to_view(a, name, case) for a, name, case in s.execute(stmt)]

    @staticmethod
    def _view(row: Appointment, family: Family) -> AppointmentView:
        return _to_view(row, family.household_name, family.case_number)

    def _load(self, s: Session, appointment_id: int, permission: Permission) -> Appointment:
        self.actor.require(permission)
        row = s.get(Appointment, appointment_id)
        if row is None:
            raise NotFoundError(NO_SUCH_APPOINTMENT)
        family_for(s, self.actor, row.family_id, permission)
        return row

    def _load_for_write(self, s: Session, appointment_id: int, expected_version: int) -> Appointment:
        row = self._load(s, appointment_id, Permission.MANAGE_APPOINTMENTS)
        if row.version != expected_version:
            raise ConcurrencyError(APPOINTMENT_CHANGED_ELSEWHERE)
        return row

    @staticmethod
    def _step_ids(s: Session, family_id: int) -> list[str]:
        return list(s.scalars(select(ChecklistStep.step_id).where(ChecklistStep.family_id == family_id)))


def row_family(s: Session, row: Appointment) -> Family:
    family = s.get(Family, row.family_id)
    assert family is not None  # the foreign key cascades
    return family


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _apply(row: Appointment, data: AppointmentInput) -> None:
    row.title = data.title
    row.starts_at = data.starts_at
    row.ends_at = data.ends_at
    row.place = data.place
    row.bring = list(data.bring)
    row.accompanied_by = data.accompanied_by
    row.step_id = data.step_id


def _flush(s: Session) -> None:
    try:
        s.flush()
    except StaleDataError as exc:
        raise ConcurrencyError(APPOINTMENT_CHANGED_ELSEWHERE) from exc


def _to_view(row: Appointment, family_name: str, case_number: str) -> AppointmentView:
    return AppointmentView(row.id, row.family_id, family_name, case_number, row.title, row.starts_at, row.ends_at,
                           row.place or "", tuple(row.bring or ()), row.accompanied_by or "", row.step_id,
                           row.version)
