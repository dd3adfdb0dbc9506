"""Admin buddies accompanying families: assigned and unassigned by social workers.  Qt-free.

An assignment is what lets a buddy see a family (``services.scope``).  Unassigning keeps
the row (``unassigned_at``) for the record; both are in the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.domain import enums
from transition_app.domain.validation import ErrorCode, NotFoundError, ServiceError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.scope import family_for
from transition_app.store.database import Database
from transition_app.store.models import BuddyAssignment, Worker, utcnow

NOT_A_BUDDY = ErrorCode("buddy.not_a_buddy", QT_TRANSLATE_NOOP("Services", "This person is not an active admin buddy."))
ALREADY_ASSIGNED = ErrorCode("buddy.already_assigned", QT_TRANSLATE_NOOP(
    "Services", "This buddy already accompanies this family."))
NOT_ASSIGNED = ErrorCode("buddy.not_assigned", QT_TRANSLATE_NOOP(
    "Services", "This buddy does not accompany this family."))


@dataclass(frozen=True)
class BuddyView:
    id: int
    full_name: str
    centre_id: int | None


@dataclass(frozen=True)
class AssignmentView:
    id: int
    family_id: int
    buddy_id: int
    buddy_name: str
    assigned_by: str | None
    assigned_at: dt.datetime
    unassigned_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.unassigned_at is None


class BuddyService:
    def __init__(self, db: Database, actor: Actor = SYSTEM):
        self.db = db
        self.actor = actor

    def list_buddies(self) -> list[BuddyView]:
        """Active admin buddies (those of the worker's centre first)."""
        self.actor.require(Permission.ASSIGN_BUDDY)
        stmt = select(Worker).where(Worker.role == enums.Role.ADMIN_BUDDY, Worker.active.is_(True))
        with self.db.read() as s:
            rows = [BuddyView(w.id, w.full_name, w.centre_id) for w in s.scalars(stmt)]
        return sorted(rows, key=lambda b: (b.centre_id != self.actor.centre_id, b.full_name.casefold()))

    def assignments(self, family_id: int, include_past: bool = False) -> list[AssignmentView]:
        self.actor.require(Permission.ASSIGN_BUDDY)
        by = aliased(Worker)
        stmt = (select(BuddyAssignment, Worker.full_name, by.full_name)
                .join(Worker, Worker.id == BuddyAssignment.buddy_id)
                .outerjoin(by, by.id == BuddyAssignment.assigned_by_id)
                .where(BuddyAssignment.family_id == family_id).order_by(BuddyAssignment.assigned_at))
        if not include_past:
            stmt = stmt.where(BuddyAssignment.unassigned_at.is_(None))
        with self.db.read() as s:
            family_for(s, self.actor, family_id, Permission.ASSIGN_BUDDY)
            return [AssignmentView(a.id, a.family_id, a.buddy_id, name, by, a.assigned_at, a.unassigned_at)
                    for a, name, by in s.execute(stmt)]

    def assign(self, family_id: int, buddy_id: int) -> AssignmentView:
        with self.db.session() as s:
            family_for(s, self.actor, family_id, Permission.ASSIGN_BUDDY)
            buddy = s.get(Worker, buddy_id)
            if buddy is None or buddy.role != enums.Role.ADMIN_BUDDY or not buddy.active:
                raise ServiceError(NOT_A_BUDDY)
            if self._active(s, family_id, buddy_id) is not None:
                raise ServiceError(ALREADY_ASSIGNED)
            row = BuddyAssignment(family_id=family_id, buddy_id=buddy_id, assigned_by_id=self.actor.worker_id,
                                  assigned_at=utcnow())
            s.add(row)
            s.flush()
            record(s, self.actor, AuditAction.BUDDY_ASSIGN, family_id, buddy_id=buddy_id)
            return AssignmentView(row.id, family_id, buddy_id, buddy.full_name, None, row.assigned_at, None)

    def unassign(self, family_id: int, buddy_id: int) -> None:
        with self.db.session() as s:
            family_for(s, self.actor, family_id, Permission.ASSIGN_BUDDY)
            row = self._active(s, family_id, buddy_id)
            if row is None:
                raise NotFoundError(NOT_ASSIGNED)
            row.unassigned_at = utcnow()
            record(s, self.actor, AuditAction.BUDDY_UNASSIGN, family_id, buddy_id=buddy_id)

    @staticmethod
    def _active(s, family_id: int, buddy_id: int) -> BuddyAssignment | None:  # type: ignore[no-untyped-def]
        return s.scalar(select(BuddyAssignment).where(
            BuddyAssignment.family_id == family_id, BuddyAssignment.buddy_id == buddy_id,
            BuddyAssignment.unassigned_at.is_(None)))
