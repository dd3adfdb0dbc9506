"""Optional dates in a QDateEdit: the minimum date shows as "not set"; Ctrl+Delete clears it.

Being replaced by ``widgets.date_edit.DateEdit`` (dates typed in the locale, empty as a hint, a
calendar opening at today, problems at the field): only the letter dialog still uses this, until
it switches (``DateEdit(parent, today=ctx.clock.today)``, ``date()``, ``setDate(None)``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit

from transition_app.ui.i18n import translate

UNSET = QDate(1900, 1, 1)


class _TabLeaves(QObject):
    """Tab and Shift+Tab leave a date field that shows its special value ("not set", "any day").

    Qt keeps the focus there (it only moves the cursor), which traps keyboard users."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
                and isinstance(obj, QDateEdit) and obj.specialValueText() and obj.date() == obj.minimumDate()):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QAbstractSpinBox.focusNextPrevChild(obj, forward)  # the widget chain, not the date's sections
            return True
        return False


class _ClearOnDelete(_TabLeaves):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            obj.setDate(UNSET)  # type: ignore[attr-defined]
            return True
        return super().eventFilter(obj, event)


def make_optional(edit: QDateEdit) -> None:
    edit.setMinimumDate(UNSET)
    edit.setSpecialValueText(translate("Dates", "not set"))
    edit.setToolTip(translate("Dates", "Ctrl+Delete clears the date"))
    edit.setAccessibleDescription(translate("Dates", "Optional date. Ctrl+Delete clears it."))
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
