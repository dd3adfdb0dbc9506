"""The audit log entries as a table (a snapshot of ``AuditEntryView`` rows)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from transition_app.ui.i18n import tr_dynamic

CTX = "AuditLog"
ACTIONS = {
    "sign_in": QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditLog", "Sign-in failed"),
    "sign_in_locked": QT_TRANSLATE_NOOP("AuditLog", "Sign-in refused (locked)"),
    "first_run": QT_TRANSLATE_NOOP("AuditLog", "First run"),
    "view": QT_TRANSLATE_NOOP("AuditLog", "Viewed"),
    "create": QT_TRANSLATE_NOOP("AuditLog", "Created"),
    "edit": QT_TRANSLATE_NOOP("AuditLog", "Edited"),
    "archive": QT_TRANSLATE_NOOP("AuditLog", "Archived"),
    "export": QT_TRANSLATE_NOOP("AuditLog", "Exported"),
    "print": QT_TRANSLATE_NOOP("AuditLog", "Printed"),
    "dossier_issue": QT_TRANSLATE_NOOP("AuditLog", "Dossier issued"),
    "erase": QT_TRANSLATE_NOOP("AuditLog", "Erased (anonymised)"),
    "retention": QT_TRANSLATE_NOOP("AuditLog", "Retention rule applied"),
    "buddy_assign": QT_TRANSLATE_NOOP("AuditLog", "Buddy assigned"),
    "buddy_unassign": QT_TRANSLATE_NOOP("AuditLog", "Buddy unassigned"),
    "user_create": QT_TRANSLATE_NOOP("AuditLog", "User created"),
    "user_change": QT_TRANSLATE_NOOP("AuditLog", "User changed"),
    "password_change": QT_TRANSLATE_NOOP("AuditLog", "Password changed"),
    "setting_change": QT_TRANSLATE_NOOP("AuditLog", "Setting changed"),
    "audit_export": QT_TRANSLATE_NOOP("AuditLog", "Audit log exported"),
    "audit_verify": QT_TRANSLATE_NOOP("AuditLog", "Audit log verified"),
    "backup": QT_TRANSLATE_NOOP("AuditLog", "Database backed up"),
    "restore": QT_TRANSLATE_NOOP("AuditLog", "Database restored from a backup"),
    "import": QT_TRANSLATE_NOOP("AuditLog", "Families imported from a file"),
    "list_export": QT_TRANSLATE_NOOP("AuditLog", "List exported to a file"),
    "centre_create": QT_TRANSLATE_NOOP("AuditLog", "Reception centre created"),
    "centre_change": QT_TRANSLATE_NOOP("AuditLog", "Reception centre changed"),
    "undo": QT_TRANSLATE_NOOP("AuditLog", "Checklist change undone"),
    "consent_override": QT_TRANSLATE_NOOP("AuditLog", "Sent without a recorded consent (reason given)"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("AuditLog", "#"),
    QT_TRANSLATE_NOOP("AuditLog", "When"),
    QT_TRANSLATE_NOOP("AuditLog", "Who"),
    QT_TRANSLATE_NOOP("AuditLog", "Action"),
    QT_TRANSLATE_NOOP("AuditLog", "Family"),
    QT_TRANSLATE_NOOP("AuditLog", "Details"),
)


def action_label(code: str) -> str:
    return tr_dynamic(CTX, ACTIONS[code]) if code in ACTIONS else code


class AuditTableModel(QAbstractTableModel):
    COL_ID, COL_AT, COL_ACTOR, COL_ACTION, COL_FAMILY, COL_DETAILS = range(6)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[Any]) -> None:
        from transition_app.services.audit import details_text

        self.beginResetModel()
        self.rows = list(rows)
        self._texts = []
        for e in self.rows:
            # the log is in UTC; shown in local time
            at = e.at.replace(tzinfo=dt.UTC).astimezone()
            self._texts.append((str(e.id), at.strftime("%Y-%m-%d %H:%M:%S"), e.actor,
                                action_label(e.action), "" if e.family_id is None else str(e.family_id),
                                details_text(e.details)))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.COL_ID, self.COL_FAMILY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr_dynamic(CTX, HEADERS[section])
        return None
