"""A due date of its own for one step, with the reason (kept in the step's history), or back to the
date the rules compute.  The date set by hand wins in the checklist, the due list and the dashboard."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QWidget

from transition_app.domain.validation import ServiceError, ValidationError
from transition_app.services.checklist import ChecklistView as ChecklistData
from transition_app.ui import messages
from transition_app.ui.dialogs.leave_centre import full_year, pydate, qdate
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_postpone_step import Ui_PostponeStepDialog
from transition_app.ui.i18n import translate

if TYPE_CHECKING:
    from transition_app.services.context import AppContext


def _date(value: dt.date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.LongFormat) if value else ""


class PostponeStepDialog(QDialog):
    """``step_id``: the step (default: the first open one); ``data``: the checklist as shown."""

    saved = Signal(object)  # the ChecklistView after the change

    def __init__(self, ctx: AppContext, family_id: int, parent: QWidget | None = None,
                 data: ChecklistData | None = None, step_id: str | None = None):
        super().__init__(parent)
        self.ui = Ui_PostponeStepDialog()
        self.ui.setupUi(self)
        self.ctx, self.family_id = ctx, family_id
        self.data = data if data is not None else ctx.checklists.get_checklist(family_id)
        if step_id is None:
            step_id = next(s.step_id for s in self.data.steps if s.is_open)
        self.step = self.data.step(step_id)
        self.result_view: ChecklistData | None = None
        from transition_app.ui.views.checklist_view import data_text

        ui = self.ui
        step = self.step
        ui.stepLabel.setText(f"<b>{_html(data_text(step.title))}</b>")
        if step.computed_due is not None:
            ui.computedLabel.setText(translate("PostponeStepDialog", "Due by the rules: {date}.").format(
                date=_date(step.computed_due)))
        else:
            ui.computedLabel.setText(translate("PostponeStepDialog", "The rules give this step no due date."))
        today = ctx.clock.today()
        full_year(ui.dateEdit)
        if self.data.decision_date is not None:
            ui.dateEdit.setMinimumDate(qdate(self.data.decision_date))
        ui.dateEdit.setMaximumDate(qdate(today + dt.timedelta(days=5 * 366)))
        proposed = step.due_override or max(step.due_date or today, today) + dt.timedelta(days=7)
        ui.dateEdit.setDate(qdate(proposed))
        ui.reasonEdit.setText(step.due_override_reason)
        ui.clearButton.setVisible(step.postponed)
        ui.clearButton.clicked.connect(lambda: self.clear())
        ui.errorLabel.setStyleSheet("color: #b00020;")
        ui.errorLabel.hide()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.dateEdit.setFocus()

    def set_values(self, due_on: dt.date, reason: str) -> None:
        self.ui.dateEdit.setDate(qdate(due_on))
        self.ui.reasonEdit.setText(reason)

    def save(self) -> ChecklistData | None:
        return self._submit(pydate(self.ui.dateEdit.date()), self.ui.reasonEdit.text())

    def clear(self) -> ChecklistData | None:
        """Back to the computed date (after asking: the date set by hand and its reason go)."""
        if not messages.confirm(
                self, translate("PostponeStepDialog", "Back to the computed date"),
                translate("PostponeStepDialog", "Forget the due date set by hand ({date}) and its reason? The step "
                                                "is due on the date the rules compute again.").format(
                    date=_date(self.step.due_override)),
                translate("PostponeStepDialog", "Use the computed date")):
            return None
        return self._submit(None, "")

    def _submit(self, due_on: dt.date | None, reason: str) -> ChecklistData | None:
        try:
            view = self.ctx.checklists.postpone(self.family_id, self.step.step_id, due_on, reason, self.step.version)
        except ServiceError as exc:
            if isinstance(exc, ValidationError):
                self.ui.errorLabel.setText("\n".join(field_error_text(e) for e in exc.errors))
                self.ui.errorLabel.show()
                (self.ui.reasonEdit if exc.errors[0].field == "due_override_reason" else self.ui.dateEdit).setFocus()
            else:
                messages.error(self, service_error_text(exc))
                self.reject()
            return None
        self.result_view = view
        self.saved.emit(view)
        self.accept()
        return view


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
