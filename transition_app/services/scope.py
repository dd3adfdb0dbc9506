"""Which families an actor may see, and what a role may see of them.  Qt-free.

The one place where the rules of ``access.permissions`` become queries and filters, so that
every service applies them the same way:

* :func:`family_scope` - a SQL condition on ``Family`` added to every list, search, count and
  dashboard query (``None``: no restriction).  Coordinators: every family; social workers:
  the families of their centre, those they follow and those they recorded themselves (so a
  family never vanishes from the list of the person who just created it); admin buddies: the
  families with an active assignment to them (indexed sub-query on ``buddy_assignment``);
* :func:`family_for` - load one family for a use case, or raise ``PermissionDenied`` when the
  actor's role or scope does not allow it;
* :func:`redact_detail` - what an admin buddy receives of a family file: no national register
  or residence-card numbers, no protection decision, no confidential notes.  Applied in the
  services, never in the UI.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from transition_app.access.permissions import NOT_YOUR_FAMILY, Actor, Permission
from transition_app.domain import enums
from transition_app.domain.validation import ErrorCode, NotFoundError, PermissionDenied
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.dto import FamilyDetail, FamilySummary
from transition_app.store.models import BuddyAssignment, Family

NO_SUCH_FAMILY = ErrorCode("family.not_found", QT_TRANSLATE_NOOP("Services", "This family does not exist (any more)."))
OTHER_CENTRE = ErrorCode("family.other_centre", QT_TRANSLATE_NOOP(
    "Services", "You can only record families of your own reception centre."))


def buddy_families(buddy_id: int) -> object:
    """Sub-query: ids of the families actively assigned to ``buddy_id``."""
    return select(BuddyAssignment.family_id).where(BuddyAssignment.buddy_id == buddy_id,
                                                   BuddyAssignment.unassigned_at.is_(None))


def family_scope(actor: Actor) -> ColumnElement[bool] | None:
    """SQL condition on ``Family`` for the families ``actor`` may see (``None``: all of them)."""
    if not actor.can(Permission.VIEW_FAMILY):
        return false()
    if actor.role == enums.Role.COORDINATOR:
        return None
    if actor.role == enums.Role.SOCIAL_WORKER:
        conditions: list[ColumnElement[bool]] = []
        if actor.centre_id is not None:
            conditions.append(Family.centre_id == actor.centre_id)
        if actor.worker_id is not None:
            conditions.append(Family.worker_id == actor.worker_id)
            conditions.append(Family.created_by_id == actor.worker_id)
        return or_(*conditions) if conditions else false()
    if actor.role == enums.Role.ADMIN_BUDDY and actor.worker_id is not None:
        return Family.id.in_(buddy_families(actor.worker_id))  # type: ignore[arg-type]
    return false()


def in_scope(s: Session, actor: Actor, family: Family) -> bool:
    if actor.role == enums.Role.COORDINATOR:
        return True
    if actor.role == enums.Role.SOCIAL_WORKER:
        return ((actor.centre_id is not None and family.centre_id == actor.centre_id)
                or (actor.worker_id is not None and actor.worker_id in (family.worker_id, family.created_by_id)))
    if actor.role == enums.Role.ADMIN_BUDDY and actor.worker_id is not None:
        return s.scalar(select(BuddyAssignment.id).where(
            BuddyAssignment.family_id == family.id, BuddyAssignment.buddy_id == actor.worker_id,
            BuddyAssignment.unassigned_at.is_(None)).limit(1)) is not None
    return False


def family_for(s: Session, actor: Actor, family_id: int, permission: Permission = Permission.VIEW_FAMILY,
               **get_kwargs: object) -> Family:
    """The family ``family_id`` if ``actor`` has ``permission`` and may see it."""
    actor.require(permission)
    family = s.get(Family, family_id, **get_kwargs)  # type: ignore[arg-type]
    if family is None:
        raise NotFoundError(NO_SUCH_FAMILY)
    if not in_scope(s, actor, family):
        raise PermissionDenied(NOT_YOUR_FAMILY)
    return family


def check_centre(actor: Actor, centre_id: int | None) -> int | None:
    """The centre a family is recorded in: a social worker's own (the default), never another; a
    coordinator's own centre when they name none (any centre they name)."""
    if centre_id is None and actor.centre_id is not None and actor.role == enums.Role.COORDINATOR:
        return actor.centre_id
    if actor.role != enums.Role.SOCIAL_WORKER or actor.centre_id is None:
        return centre_id
    if centre_id is None:
        return actor.centre_id
    if centre_id != actor.centre_id:
        raise PermissionDenied(OTHER_CENTRE)
    return centre_id


def redacted(actor: Actor) -> bool:
    """True when ``actor`` must not receive confidential fields."""
    return not (actor.can(Permission.VIEW_NATIONAL_NUMBER) and actor.can(Permission.VIEW_DECISION)
                and actor.can(Permission.VIEW_CONFIDENTIAL_NOTES))


def redact_detail(actor: Actor, detail: FamilyDetail) -> FamilyDetail:
    """The family file as ``actor`` may see it (unchanged for coordinators and social workers)."""
    if not redacted(actor):
        return detail
    members, oe_number = detail.members, detail.oe_number
    if not actor.can(Permission.VIEW_NATIONAL_NUMBER):
        members = tuple(dataclasses.replace(m, national_number=None, card_number=None) for m in members)
        oe_number = None  # the Immigration Office file number, like the national register numbers
    decision = detail.decision if actor.can(Permission.VIEW_DECISION) else None
    notes = detail.notes if actor.can(Permission.VIEW_CONFIDENTIAL_NOTES) else tuple(
        n for n in detail.notes if not n.confidential)
    return dataclasses.replace(detail, members=members, decision=decision, notes=notes, oe_number=oe_number,
                               restricted=True)


def redact_summary(actor: Actor, row: FamilySummary) -> FamilySummary:
    if actor.can(Permission.VIEW_DECISION):
        return row
    return row._replace(decision_date=None)
