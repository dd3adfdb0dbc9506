"""The audit log: who saw or did what, when, about which family.  Qt-free.

Every service records its action with :func:`record`, **inside the transaction of the
action**: the entry and the change are committed together or not at all.  Entries are
append-only and hash-chained (``access.audit_chain``): entry *n* stores the hash of entry
*n-1*, and its own hash covers every column.  ``details`` never holds personal data: ids,
section names, counts, codes.

Why the chain cannot fork when several people work at once:

* the new entry's id is the last id + 1, set explicitly: two transactions that read the
  same last entry try to insert the same primary key, and one of them fails;
* before reading the last entry, the transaction writes the ``audit.head`` setting row (the
  chain head, rewritten after the insert): on SQLite that takes the database's single write
  lock, on PostgreSQL the row's lock, so concurrent appenders queue one behind the other
  (the database's busy timeout / lock wait) and each reads the real last entry.

The head row also detects entries removed from the end of the log, which the chain
itself cannot show.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from transition_app.access.audit_chain import GENESIS, ChainBreak, entry_hash
from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.store.database import Database
from transition_app.store.models import AppSetting, AuditEntry, utcnow

HEAD_KEY = "audit.head"


class AuditAction(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_IN_LOCKED = "sign_in_locked"
    FIRST_RUN = "first_run"
    VIEW = "view"  # a family file or its checklist was opened (details: section)
    CREATE = "create"
    EDIT = "edit"  # details: what (family | decision | note | checklist | extension | consent ...)
    ARCHIVE = "archive"
    EXPORT = "export"  # subject access export, CSV
    PRINT = "print"
    DOSSIER_ISSUE = "dossier_issue"
    ERASE = "erase"  # a family anonymised on request or by the retention rule
    RETENTION = "retention"
    BUDDY_ASSIGN = "buddy_assign"
    BUDDY_UNASSIGN = "buddy_unassign"
    USER_CREATE = "user_create"
    USER_CHANGE = "user_change"
    PASSWORD_CHANGE = "password_change"
    SETTING_CHANGE = "setting_change"
    AUDIT_EXPORT = "audit_export"
    AUDIT_VERIFY = "audit_verify"
    BACKUP = "backup"  # an encrypted backup of the database was written (details: revision, counts)
    RESTORE = "restore"  # the database was replaced by a backup (recorded in the restored database)
    IMPORT = "import"  # families brought in from a CSV/XLSX file (details: rows, families, file type)
    LIST_EXPORT = "list_export"  # the family list, due list or dashboard written to CSV/XLSX
    CENTRE_CREATE = "centre_create"
    CENTRE_CHANGE = "centre_change"  # edited or retired
    UNDO = "undo"  # a checklist change was undone (details: step, the undone event)
    CONSENT_OVERRIDE = "consent_override"  # a letter or dossier went to a third party without a recorded
    # consent for that purpose and recipient (details: purpose, recipient key, document; the reason is
    # kept in the details as typed by the worker, who must not write personal data in it)


# ----------------------------------------------------------------------------- appending


def entry_fields(entry_id: int, at: dt.datetime, actor_id: int | None, actor: str, action: str,
                 family_id: int | None, details: dict[str, Any]) -> dict[str, Any]:
    """What an entry's hash covers (with the previous hash)."""
    return {"id": entry_id, "at": at.isoformat(timespec="microseconds"), "actor_id": actor_id, "actor": actor,
            "action": action, "family_id": family_id, "details": details}


def record(s: Session, actor: Actor, action: str, family_id: int | None = None, **details: Any) -> int:
    """Append one entry in ``s``'s transaction (committed with the action); returns its id.

    ``details`` must be JSON values without personal data (ids, codes, counts).
    """
    s.flush()  # the action's own statements first
    conn = s.connection()
    at = utcnow()
    # Lock the chain head before reading it: this write takes SQLite's write lock (waiting for
    # another writer to commit) and PostgreSQL's row lock, so the last entry read below is
    # the real last one until this transaction ends.
    touched = conn.execute(update(AppSetting).where(AppSetting.key == HEAD_KEY).values(updated_at=at)).rowcount
    last = conn.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    last_id, prev = (last[0], last[1]) if last else (0, GENESIS)
    entry_id = last_id + 1
    clean = {k: v for k, v in details.items() if v is not None}
    digest = entry_hash(prev, entry_fields(entry_id, at, actor.worker_id, actor.username, str(action), family_id,
                                           clean))
    conn.execute(insert(AuditEntry).values(id=entry_id, at=at, actor_id=actor.worker_id, actor=actor.username,
                                           action=str(action), family_id=family_id, details=clean,
                                           prev_hash=prev, hash=digest))
    value = {"id": entry_id, "hash": digest}
    if touched:
        conn.execute(update(AppSetting).where(AppSetting.key == HEAD_KEY).values(value=value))
    else:
        conn.execute(insert(AppSetting).values(key=HEAD_KEY, value=value, created_at=at, updated_at=at, version=1))
    return entry_id


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class AuditEntryView:
    id: int
    at: dt.datetime  # UTC
    actor_id: int | None
    actor: str
    action: str
    family_id: int | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditQuery:
    actor: str | None = None  # user name
    action: str | None = None
    family_id: int | None = None
    since: dt.date | None = None  # inclusive, UTC dates
    until: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class VerifyResult:
    entries: int
    breaks: tuple[ChainBreak, ...]

    @property
    def ok(self) -> bool:
        return not self.breaks


class AuditService:
    """Browsing, exporting and verifying the log (coordinators)."""

    def __init__(self, db: Database, actor: Actor = SYSTEM):
        self.db = db
        self.actor = actor

    def _filtered(self, query: AuditQuery) -> Any:
        stmt = select(AuditEntry)
        if query.actor:
            stmt = stmt.where(AuditEntry.actor == query.actor)
        if query.action:
            stmt = stmt.where(AuditEntry.action == query.action)
        if query.family_id is not None:
            stmt = stmt.where(AuditEntry.family_id == query.family_id)
        if query.since is not None:
            stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(query.since, dt.time()))
        if query.until is not None:
            stmt = stmt.where(AuditEntry.at < dt.datetime.combine(query.until + dt.timedelta(days=1), dt.time()))
        return stmt

    def browse(self, query: AuditQuery = AuditQuery(), limit: int = 1000, offset: int = 0) -> list[AuditEntryView]:
        """Newest first."""
        self.actor.require(Permission.VIEW_AUDIT)
        stmt = self._filtered(query).order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
        with self.db.read() as s:
            return [_view(e) for e in s.scalars(stmt)]

    def count(self, query: AuditQuery = AuditQuery()) -> int:
        self.actor.require(Permission.VIEW_AUDIT)
        with self.db.read() as s:
            return s.scalar(select(func.count()).select_from(self._filtered(query).subquery())) or 0

    def actions(self) -> tuple[str, ...]:
        return tuple(a.value for a in AuditAction)

    def actors(self) -> tuple[str, ...]:
        """User names found in the log (for the filter)."""
        self.actor.require(Permission.VIEW_AUDIT)
        with self.db.read() as s:
            return tuple(s.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))

    def export_csv(self, path: str | Path, query: AuditQuery = AuditQuery()) -> int:
        """Write the matching entries (oldest first) to a CSV file; returns how many."""
        self.actor.require(Permission.VIEW_AUDIT)
        from transition_app.documents.output import atomic_writer

        n = 0
        with atomic_writer(path) as raw:
            import io

            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            writer = csv.writer(text)
            writer.writerow(["id", "at_utc", "actor_id", "actor", "action", "family_id", "details", "prev_hash",
                             "hash"])
            with self.db.read() as s:
                for e in s.scalars(self._filtered(query).order_by(AuditEntry.id).execution_options(yield_per=2000)):
                    writer.writerow([e.id, e.at.isoformat(timespec="seconds"), e.actor_id or "", e.actor, e.action,
                                     e.family_id or "", _details_text(e.details), e.prev_hash, e.hash])
                    n += 1
            text.flush()
            text.detach()
        with self.db.session() as s:
            record(s, self.actor, AuditAction.AUDIT_EXPORT, entries=n)
        return n

    def verify(self) -> VerifyResult:
        """Recompute the whole chain; report every break (and entries missing from its end)."""
        self.actor.require(Permission.VIEW_AUDIT)
        from transition_app.access.audit_chain import verify_chain

        with self.db.read() as s:
            rows = s.execute(select(AuditEntry.id, AuditEntry.at, AuditEntry.actor_id, AuditEntry.actor,
                                    AuditEntry.action, AuditEntry.family_id, AuditEntry.details,
                                    AuditEntry.prev_hash, AuditEntry.hash)
                             .order_by(AuditEntry.id).execution_options(yield_per=5000))
            count = 0
            last: tuple[int, str] | None = None

            def entries() -> Iterator[tuple[int, str, str, dict[str, Any]]]:
                nonlocal count, last
                for eid, at, actor_id, actor, action, family_id, details, prev, stored in rows:
                    count += 1
                    last = (eid, stored)
                    yield eid, prev, stored, entry_fields(eid, at, actor_id, actor, action, family_id, details or {})

            breaks = verify_chain(entries())
            head = s.scalar(select(AppSetting.value).where(AppSetting.key == HEAD_KEY))
            first_id = s.scalar(select(func.min(AuditEntry.id)))
        extra: list[ChainBreak] = []
        if first_id is not None and first_id != 1:
            extra.append(ChainBreak(first_id, f"entries 1–{first_id - 1} are missing"))
        if head is not None:
            if last is None:
                extra.append(ChainBreak(int(head.get("id", 0)), "the log is empty but entries were written"))
            elif last[0] < int(head.get("id", 0)):
                extra.append(ChainBreak(last[0] + 1, f"entries {last[0] + 1}–{head['id']} are missing from the end"))
            elif last[0] == int(head.get("id", 0)) and last[1] != head.get("hash"):
                extra.append(ChainBreak(last[0], "differs from the recorded head of the log"))
        result = VerifyResult(count, tuple(sorted([*breaks, *extra], key=lambda b: b.entry_id)))
        with self.db.session() as s:
            record(s, self.actor, AuditAction.AUDIT_VERIFY, entries=count, breaks=len(result.breaks))
        return result


def _details_text(details: dict[str, Any] | None) -> str:
    if not details:
        return ""
    return "; ".join(f"{k}={v}" for k, v in sorted(details.items()))


def details_text(details: dict[str, Any] | None) -> str:
    """``key=value; ...`` for display."""
    return _details_text(details)


def _view(e: AuditEntry) -> AuditEntryView:
    return AuditEntryView(e.id, e.at, e.actor_id, e.actor, e.action, e.family_id, dict(e.details or {}))
