"""Changes admin buddies make, remembered for the family's social worker.  Qt-free.

A buddy who marks a step done or waiting, adds an appointment or leaves a note for the social
worker leaves a ``family_update`` row, written by :func:`record_buddy_change` **inside the
transaction of the change** (the checklist and appointment services call it; it does nothing for
anybody but a buddy).  The worker's side - which families and steps changed since they last looked,
and marking them seen - is in ``services.buddy_workspace``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from transition_app.access.permissions import Actor
from transition_app.store.models import FamilyUpdate, utcnow

STEP, APPOINTMENT, NOTE = "step", "appointment", "note"
KINDS = (STEP, APPOINTMENT, NOTE)


def record_buddy_change(s: Session, actor: Actor, family_id: int, kind: str, ref: object, detail: str = "") -> None:
    """Remember that ``actor`` (when an admin buddy) changed ``ref`` of the family.

    The same thing changed again before the worker looked keeps one row (a step: with its latest
    status), so a service and its caller may both record a change without counting it twice.
    """
    if not actor.is_buddy:
        return
    if kind not in KINDS:
        raise ValueError(f"unknown kind of change {kind!r}")
    ref = str(ref)
    row = s.scalar(select(FamilyUpdate).where(
        FamilyUpdate.family_id == family_id, FamilyUpdate.kind == kind, FamilyUpdate.ref == ref,
        FamilyUpdate.seen_at.is_(None)).limit(1))
    if row is None:
        s.add(FamilyUpdate(family_id=family_id, kind=kind, ref=ref, detail=detail, created_by_id=actor.worker_id,
                           created_at=utcnow()))
    else:
        row.detail, row.created_by_id, row.created_at = detail, actor.worker_id, utcnow()
