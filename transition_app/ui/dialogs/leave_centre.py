"""The family leaves the reception centre: the day it left and how (own housing, with family or
friends, LOI/ILA, transit housing, emergency shelter, unknown).  Saving marks the leave step done
and sets the case to "left" (``ChecklistService.complete_exit``); errors stay in the dialog."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDialog, QDialogButtonBox, QWidget

from transition_app.domain.enums import ExitMode
from transition_app.domain.validation import ServiceError, ValidationError
from transition_app.services.checklist import EXIT_STEP
from transition_app.services.checklist import ChecklistView as ChecklistData
from transition_app.ui import messages
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_leave_centre import Ui_LeaveCentreDialog
from transition_app.ui.i18n import tr_dynamic, translate

if TYPE_CHECKING:
    from transition_app.services.context import AppContext

#: How a family left the centre, in the order offered (labels of ``domain.enums.ExitMode``).
EXIT_MODES = {
    ExitMode.OWN_HOUSING.value: QT_TRANSLATE_NOOP("Labels", "Own housing"),
    ExitMode.FAMILY_FRIENDS.value: QT_TRANSLATE_NOOP("Labels", "With family or friends"),
    ExitMode.LOCAL_INITIATIVE.value: QT_TRANSLATE_NOOP("Labels", "Local reception initiative (LOI/ILA)"),
    ExitMode.TRANSIT.value: QT_TRANSLATE_NOOP("Labels", "Transit housing"),
    ExitMode.EMERGENCY_SHELTER.value: QT_TRANSLATE_NOOP("Labels", "Emergency shelter"),
    ExitMode.UNKNOWN.value: QT_TRANSLATE_NOOP("Labels", "Unknown"),
}


def exit_mode_label(code: str | None) -> str:
    if code is None:
        return ""
    return tr_dynamic("Labels", EXIT_MODES[code]) if code in EXIT_MODES else code


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _TabLeaves(QObject):
    """Tab and Shift+Tab go to the next field, not to the date's next section (typed with its
    separators, or moved with the arrow keys), so Tab never stops inside a date."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(obj, QDateEdit)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QAbstractSpinBox.focusNextPrevChild(obj, forward)  # the widget chain, not the date's sections
            return True
        return False


def full_year(edit: QDateEdit) -> None:
    """The locale's short date format, with the year in four digits, and Tab leaving the field (a
    plain QDateEdit until the shared date widget replaces it)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    edit.setDisplayFormat(fmt)
    edit.installEventFilter(_TabLeaves(edit))


def earliest_day(data: ChecklistData | None) -> dt.date | None:
    """The first day a step can have been done (or the family left): the decision, the arrival."""
    if data is None:
        return None
    days = [d for d in (data.decision_date, data.arrival_date) if d is not None]
    return max(days) if days else None


class LeaveCentreDialog(QDialog):
    """``data``: the family's checklist as shown (loaded when not given); ``left_on``: the proposed
    day (default today, from the application's clock)."""

    saved = Signal(object)  # the ChecklistView after the change

    def __init__(self, ctx: AppContext, family_id: int, parent: QWidget | None = None,
                 data: ChecklistData | None = None, left_on: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_LeaveCentreDialog()
        self.ui.setupUi(self)
        self.ctx, self.family_id = ctx, family_id
        self.data = data if data is not None else ctx.checklists.get_checklist(family_id)
        self.result_view: ChecklistData | None = None
        ui = self.ui
        today = ctx.clock.today()
        full_year(ui.dateEdit)
        ui.dateEdit.setMaximumDate(qdate(today))
        first = earliest_day(self.data)
        if first is not None and first <= today:
            ui.dateEdit.setMinimumDate(qdate(first))
        ui.dateEdit.setDate(qdate(left_on or self.data.exit_date or today))
        for code, text in EXIT_MODES.items():
            ui.modeCombo.addItem(tr_dynamic("Labels", text), code)
        ui.modeCombo.setCurrentIndex(max(0, ui.modeCombo.findData(self.data.exit_mode or ExitMode.OWN_HOUSING.value)))
        ui.errorLabel.setStyleSheet("color: #b00020;")
        ui.errorLabel.hide()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("LeaveCentreDialog", "Record the &exit"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(translate("LeaveCentreDialog", "{case}: the family leaves the centre").format(
            case=self.data.case_number))
        ui.dateEdit.setFocus()

    def values(self) -> tuple[dt.date, str]:
        return pydate(self.ui.dateEdit.date()), self.ui.modeCombo.currentData()

    def set_values(self, left_on: dt.date, mode: str) -> None:
        self.ui.dateEdit.setDate(qdate(left_on))
        self.ui.modeCombo.setCurrentIndex(self.ui.modeCombo.findData(mode))

    def save(self) -> ChecklistData | None:
        left_on, mode = self.values()
        try:
            version = self.data.step(EXIT_STEP).version
            view = self.ctx.checklists.complete_exit(self.family_id, left_on, mode, version)
        except ServiceError as exc:
            if isinstance(exc, ValidationError):
                self.ui.errorLabel.setText("\n".join(field_error_text(e) for e in exc.errors))
                self.ui.errorLabel.show()
                (self.ui.modeCombo if exc.errors[0].field == "exit_mode" else self.ui.dateEdit).setFocus()
            else:
                messages.error(self, service_error_text(exc))
                self.reject()
            return None
        self.result_view = view
        self.saved.emit(view)
        self.accept()
        return view
