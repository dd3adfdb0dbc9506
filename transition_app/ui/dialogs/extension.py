"""An extension of the stay in reception: length, day granted, reason.  Before saving, the dialog
shows the new last day and, when the extensions would go beyond the maximum the rules allow, the
rules' warning, translated; going beyond then needs a reason of its own (the service refuses
without it)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QWidget

from transition_app.domain.validation import ServiceError, ValidationError
from transition_app.services.checklist import ChecklistView as ChecklistData
from transition_app.services.checklist import ExtensionCheck
from transition_app.ui import messages
from transition_app.ui.dialogs.leave_centre import full_year, pydate, qdate
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_extension import Ui_ExtensionDialog
from transition_app.ui.i18n import tr_dynamic, translate

if TYPE_CHECKING:
    from transition_app.services.context import AppContext


def _date(value: dt.date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.LongFormat) if value else ""


def warning_text(check: ExtensionCheck) -> str:
    """The rules' warning in the interface language, with what it means for the person saving."""
    if check.warning is None:
        return ""
    loc = QLocale()
    rule = tr_dynamic("Deadlines", check.warning).format(total=loc.toString(check.total_months),
                                                         maximum=loc.toString(check.maximum or 0))
    text = translate("ExtensionDialog", "<b>Beyond the maximum.</b> {rule} This maximum is uncertain and set in "
                                        "the rule data; go beyond it only with an agreement, and say why below.")
    return text.format(rule=_html(rule))


class ExtensionDialog(QDialog):
    saved = Signal(object)  # the ChecklistView after the change

    def __init__(self, ctx: AppContext, family_id: int, parent: QWidget | None = None,
                 data: ChecklistData | None = None):
        super().__init__(parent)
        self.ui = Ui_ExtensionDialog()
        self.ui.setupUi(self)
        self.ctx, self.family_id = ctx, family_id
        self.data = data
        self.check: ExtensionCheck | None = None
        self.result_view: ChecklistData | None = None
        ui = self.ui
        today = ctx.clock.today()
        full_year(ui.grantedEdit)
        ui.grantedEdit.setMaximumDate(qdate(today))
        ui.grantedEdit.setDate(qdate(today))
        if data is not None and data.decision_date is not None:
            ui.grantedEdit.setMinimumDate(qdate(data.decision_date))
        ui.monthsSpin.setSuffix(translate("ExtensionDialog", " months"))
        ui.warningFrame.setStyleSheet(
            "QFrame#warningFrame { background: #fff3e0; border: 1px solid #e65100; border-left: 5px solid #e65100;"
            " border-radius: 3px; } QFrame#warningFrame QLabel { color: #212121; background: transparent; }")
        ui.errorLabel.setStyleSheet("color: #b00020;")
        ui.errorLabel.hide()
        ui.monthsSpin.valueChanged.connect(lambda _v: self.update_check())
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.update_check()
        ui.monthsSpin.setFocus()

    def update_check(self) -> ExtensionCheck | None:
        """Ask the service what this length would do; show the new last day and the rules' warning."""
        ui = self.ui
        try:
            check = self.ctx.checklists.extension_check(self.family_id, ui.monthsSpin.value())
        except ServiceError as exc:
            ui.effectLabel.setText(service_error_text(exc))
            ui.warningFrame.hide()
            self.check = None
            return None
        self.check = check
        if check.exit_due_after is not None:
            ui.effectLabel.setText(translate(
                "ExtensionDialog", "Last day in reception: {before} now, {after} with this extension.").format(
                before=_date(check.exit_due_now), after=_date(check.exit_due_after)))
        else:
            ui.effectLabel.setText("")
        ui.warningLabel.setText(warning_text(check))
        ui.warningFrame.setVisible(check.beyond_maximum)
        return check

    def set_values(self, months: int, reason: str, beyond_reason: str = "") -> None:
        self.ui.monthsSpin.setValue(months)
        self.ui.reasonEdit.setText(reason)
        self.ui.beyondEdit.setText(beyond_reason)

    def save(self) -> ChecklistData | None:
        ui = self.ui
        beyond = ui.beyondEdit.text() if ui.warningFrame.isVisible() else None
        try:
            view = self.ctx.checklists.record_extension(self.family_id, ui.monthsSpin.value(), ui.reasonEdit.text(),
                                                        pydate(ui.grantedEdit.date()), beyond_maximum_reason=beyond)
        except ServiceError as exc:
            if isinstance(exc, ValidationError):
                self.update_check()  # the warning and its field show when the rules say so
                ui.errorLabel.setText("\n".join(field_error_text(e) for e in exc.errors))
                ui.errorLabel.show()
                widget = {"months": ui.monthsSpin, "reason": ui.reasonEdit, "granted_on": ui.grantedEdit,
                          "beyond_maximum_reason": ui.beyondEdit}.get(exc.errors[0].field, ui.reasonEdit)
                widget.setFocus()
            else:
                messages.error(self, service_error_text(exc))
            return None
        self.result_view = view
        self.saved.emit(view)
        self.accept()
        return view


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
