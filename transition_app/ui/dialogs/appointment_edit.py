"""Add or change an appointment of a family: title, date and time, place, what to bring (one per
line), who accompanies, the checklist step it serves.  Editing an appointment also offers to
remove it (cancelled appointments leave the list; the audit log keeps the change)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from transition_app.domain.validation import ServiceError, ValidationError
from transition_app.services.appointments import AppointmentInput, AppointmentView
from transition_app.ui import messages
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_appointment_edit import Ui_AppointmentEditDialog
from transition_app.ui.i18n import translate
from transition_app.ui.widgets.a11y import max_lines, relative_font
from transition_app.ui.widgets.date_edit import not_before

if TYPE_CHECKING:
    from transition_app.services.context import AppContext

log = logging.getLogger(__name__)
DEFAULT_START = dt.time(9, 0)
DEFAULT_LENGTH = dt.timedelta(hours=1)


class AppointmentEditDialog(QDialog):
    """``appointment`` None: a new appointment of ``family_id`` (on ``day``, default tomorrow)."""

    saved = Signal(object)  # the AppointmentView
    removed = Signal(int)  # the appointment id

    def __init__(self, ctx: AppContext, family_id: int, family_label: str,
                 appointment: AppointmentView | None = None, *, day: dt.date | None = None,
                 step_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AppointmentEditDialog()
        self.ui.setupUi(self)
        self.ctx, self.family_id, self.appointment = ctx, family_id, appointment
        self.result_view: AppointmentView | None = None
        ui = self.ui
        ui.familyLabel.setText(family_label)
        relative_font(ui.familyLabel, 1.0, QFont.Weight.DemiBold)
        max_lines(ui.bringEdit, 5)  # five items show; more scroll (the height follows the font size)
        ui.errorLabel.setStyleSheet("color: #b00020;")
        ui.errorLabel.hide()
        self.setWindowTitle(translate("AppointmentEditDialog", "New appointment") if appointment is None
                            else translate("AppointmentEditDialog", "Appointment"))
        ui.dateEdit.setToday(ctx.clock.today)
        ui.dateEdit.setRequired(True)
        ui.dateEdit.setShowLongDate(True)  # the weekday, as the calendars show it
        ui.dateEdit.setChecks([not_before(ctx.clock.today, translate(
            "AppointmentEditDialog", "This day is in the past."), error=False)])
        self._fill_steps()
        ui.removeButton.setVisible(appointment is not None)
        ui.removeButton.clicked.connect(lambda: self.remove())
        if appointment is not None:
            self.set_values(appointment.to_input())
        else:
            start = dt.datetime.combine(day or (ctx.clock.today() + dt.timedelta(days=1)), DEFAULT_START)
            self.set_values(AppointmentInput("", start, start + DEFAULT_LENGTH, step_id=step_id))
        ui.startTimeEdit.timeChanged.connect(self._keep_length)
        self._last_start = ui.startTimeEdit.time()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.titleEdit.setFocus()

    # ----------------------------------------------------------------- values
    def _fill_steps(self) -> None:
        combo = self.ui.stepCombo
        combo.addItem(translate("AppointmentEditDialog", "None"), None)
        try:
            checklist = self.ctx.checklists.get_checklist(self.family_id)
        except ServiceError as exc:  # no checklist to link to: the appointment can still be made
            log.info("no checklist steps for the appointment dialog: %s", type(exc).__name__)
            return
        from transition_app.ui.views.checklist_view import data_text

        current = self.appointment.step_id if self.appointment else None
        for step in checklist.steps:
            if step.is_open or step.step_id == current:
                combo.addItem(data_text(step.title) if not step.custom else step.title, step.step_id)

    def set_values(self, data: AppointmentInput) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        start = data.starts_at
        ui.dateEdit.setDate(start.date())
        ui.startTimeEdit.setTime(QTime(start.hour, start.minute))
        end = data.ends_at or start + DEFAULT_LENGTH
        ui.endTimeEdit.setTime(QTime(end.hour, end.minute))
        self._last_start = ui.startTimeEdit.time()
        ui.placeEdit.setText(data.place)
        ui.bringEdit.setPlainText("\n".join(data.bring))
        ui.accompaniedEdit.setText(data.accompanied_by)
        index = ui.stepCombo.findData(data.step_id) if data.step_id else 0
        if index < 0:  # a step no longer open or a custom one: keep the link
            ui.stepCombo.addItem(data.step_id, data.step_id)
            index = ui.stepCombo.count() - 1
        ui.stepCombo.setCurrentIndex(index)

    def values(self) -> AppointmentInput:
        """What the form says (with the day shown before, when the date field is not a date yet)."""
        ui = self.ui
        day = ui.dateEdit.date() or (self.appointment.starts_at.date() if self.appointment else
                                     self.ctx.clock.today() + dt.timedelta(days=1))
        start, end = ui.startTimeEdit.time(), ui.endTimeEdit.time()
        starts = dt.datetime.combine(day, dt.time(start.hour(), start.minute()))
        ends = dt.datetime.combine(day, dt.time(end.hour(), end.minute()))
        bring = tuple(line.strip() for line in ui.bringEdit.toPlainText().splitlines() if line.strip())
        return AppointmentInput(ui.titleEdit.text(), starts, ends, ui.placeEdit.text(), bring,
                                ui.accompaniedEdit.text(), ui.stepCombo.currentData())

    def _keep_length(self, time: QTime) -> None:
        """Moving the start moves the end with it (same length), as calendars do."""
        delta = self._last_start.secsTo(time)
        self._last_start = time
        end = self.ui.endTimeEdit.time().addSecs(delta)
        if end > time:
            self.ui.endTimeEdit.setTime(end)

    # ----------------------------------------------------------------- actions
    def _show_errors(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationError):
            self.ui.errorLabel.setText("\n".join(field_error_text(e) for e in exc.errors))
            self.ui.errorLabel.show()
            widget = {"title": self.ui.titleEdit, "starts_at": self.ui.startTimeEdit, "day": self.ui.dateEdit,
                      "ends_at": self.ui.endTimeEdit, "place": self.ui.placeEdit,
                      "accompanied_by": self.ui.accompaniedEdit, "step_id": self.ui.stepCombo}.get(
                exc.errors[0].field.split("[")[0], self.ui.bringEdit)
            widget.setFocus()
        else:
            self.ui.errorLabel.hide()
            messages.error(self, service_error_text(exc))

    def save(self) -> AppointmentView | None:
        problem = self.ui.dateEdit.revalidate(show_required=True)
        if problem is not None and problem.error:  # not a date: nothing is saved, the text stays
            self.ui.errorLabel.setText(problem.message)
            self.ui.errorLabel.show()
            self.ui.dateEdit.setFocus()
            return None
        data = self.values()
        try:
            if self.appointment is None:
                view = self.ctx.appointments.add(self.family_id, data)
            else:
                view = self.ctx.appointments.update(self.appointment.id, data, self.appointment.version)
        except ServiceError as exc:
            self._show_errors(exc)
            return None
        self.result_view = view
        self.saved.emit(view)
        self.accept()
        return view

    def remove(self) -> bool:
        a = self.appointment
        if a is None:
            return False
        if not messages.confirm(self, translate("AppointmentEditDialog", "Remove appointment"),
                                translate("AppointmentEditDialog", "Remove the appointment “{title}”? "
                                          "It will no longer appear in the calendars.").format(title=a.title),
                                translate("AppointmentEditDialog", "Remove")):
            return False
        try:
            self.ctx.appointments.cancel(a.id, a.version)
        except ServiceError as exc:
            self._show_errors(exc)
            return False
        self.removed.emit(a.id)
        self.accept()
        return True
