"""Optional dates in a QDateEdit: the minimum date shows as "not set"; Delete clears it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit

from transition_app.ui.i18n import translate

UNSET = QDate(1900, 1, 1)


class _ClearOnDelete(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            obj.setDate(UNSET)  # type: ignore[attr-defined]
            return True
        return False


def make_optional(edit: QDateEdit) -> None:
    edit.setMinimumDate(UNSET)
    edit.setSpecialValueText(translate("Dates", "not set"))
    edit.setToolTip(translate("Dates", "Ctrl+Delete clears the date"))
    f = _ClearOnDelete(edit)
    edit.installEventFilter(f)
    edit.setDate(UNSET)


def set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else UNSET)


def get_date(edit: QDateEdit) -> dt.date | None:
    q = edit.date()
    if q == UNSET or not q.isValid():
        return None
    return dt.date(q.year(), q.month(), q.day())
