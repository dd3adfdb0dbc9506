"""The week's appointments, Monday to Sunday, for the signed-in worker or buddy (the families
they may see).  Previous/next week with the buttons, Alt+Left/Alt+Right or Page Up/Page Down;
double-click or Enter on an appointment opens it; the week exports to an ``.ics`` file."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QStyle, QWidget

from transition_app.domain.validation import ServiceError
from transition_app.services.appointments import AppointmentView, week_start
from transition_app.ui import messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_week_view import Ui_WeekView
from transition_app.ui.i18n import translate
from transition_app.ui.models.week_model import WeekModel
from transition_app.ui.widgets.a11y import relative_font, text_columns

if TYPE_CHECKING:
    from transition_app.services.context import AppContext
    from transition_app.ui.dialogs.appointment_edit import AppointmentEditDialog

log = logging.getLogger(__name__)


def ask_ics_path(parent: QWidget, name: str) -> str | None:
    """A file to write, or None when cancelled (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, translate("WeekView", "Export week to calendar"), name,
                                          translate("WeekView", "iCalendar files (*.ics)"))
    return path or None


class WeekView(QWidget):
    week_changed = Signal(object)  # the Monday shown
    changed = Signal()  # an appointment was added, changed or removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_WeekView()
        self.ui.setupUi(self)
        self.model = WeekModel(self)
        self.appointments: list[AppointmentView] = []
        self.dialog: AppointmentEditDialog | None = None
        self.monday = week_start(ctx.clock.today())
        ui = self.ui
        style = self.style()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        ui.previousButton.setIcon(style.standardIcon(
            QStyle.StandardPixmap.SP_ArrowRight if rtl else QStyle.StandardPixmap.SP_ArrowLeft))
        ui.nextButton.setIcon(style.standardIcon(
            QStyle.StandardPixmap.SP_ArrowLeft if rtl else QStyle.StandardPixmap.SP_ArrowRight))
        ui.nextButton.setLayoutDirection(Qt.LayoutDirection.RightToLeft if not rtl else Qt.LayoutDirection.LeftToRight)
        relative_font(ui.weekLabel, 1.3, QFont.Weight.DemiBold)  # follows the system font size
        ui.weekLabel.setContentsMargins(ui.weekLabel.fontMetrics().horizontalAdvance("0"), 0, 0, 0)
        tree = ui.weekTree
        tree.setModel(self.model)
        tree.activated.connect(self._activated)  # double-click, Enter
        header = tree.header()
        header.setStretchLastSection(False)
        for col, mode in ((WeekModel.COL_TIME, QHeaderView.ResizeMode.ResizeToContents),
                          (WeekModel.COL_FAMILY, QHeaderView.ResizeMode.Interactive),
                          (WeekModel.COL_TITLE, QHeaderView.ResizeMode.Stretch),
                          (WeekModel.COL_PLACE, QHeaderView.ResizeMode.Interactive),
                          (WeekModel.COL_BRING, QHeaderView.ResizeMode.Interactive),
                          (WeekModel.COL_WITH, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(col, mode)
        text_columns(tree, {WeekModel.COL_FAMILY: 20, WeekModel.COL_PLACE: 36, WeekModel.COL_BRING: 22,
                            WeekModel.COL_WITH: 18}, header)  # in characters: they follow the font size
        ui.previousButton.clicked.connect(self.previous_week)
        ui.nextButton.clicked.connect(self.next_week)
        ui.todayButton.clicked.connect(self.this_week)
        ui.exportButton.clicked.connect(lambda: self.export_ics())
        for keys, slot in (("Alt+Left", self.previous_week), ("Alt+Right", self.next_week),
                           (QKeySequence(Qt.Key.Key_PageUp), self.previous_week),
                           (QKeySequence(Qt.Key.Key_PageDown), self.next_week),
                           ("Alt+Home", self.this_week),
                           (QKeySequence(QKeySequence.StandardKey.Refresh), self.reload)):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # shown as a window of its own: Escape closes it, like a dialog
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=lambda: self.close() if self.isWindow() else None)
        ui.hintLabel.setText(translate(
            "WeekView", "Double-click an appointment (or press Enter) to open it. Alt+Left and Alt+Right "
                        "(or Page Up and Page Down) show the previous and next week."))
        self.show_week(self.monday)

    # ----------------------------------------------------------------- weeks
    def show_week(self, day: dt.date) -> None:
        self.monday = week_start(day)
        self.reload()
        self.week_changed.emit(self.monday)

    def previous_week(self) -> None:
        self.show_week(self.monday - dt.timedelta(days=7))

    def next_week(self) -> None:
        self.show_week(self.monday + dt.timedelta(days=7))

    def this_week(self) -> None:
        self.show_week(self.ctx.clock.today())

    def reload(self) -> None:
        """Load the week (one indexed query over the families the person may see)."""
        try:
            self.appointments = self.ctx.appointments.list_week(self.monday)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self.appointments = []
        current = self.current_appointment()
        today = self.ctx.clock.today()
        self.model.set_week(self.monday, self.appointments, today)
        tree = self.ui.weekTree
        tree.expandAll()
        for row in range(self.model.rowCount()):
            tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self._update_label(today)
        target = self.model.index_of(current.id) if current is not None else QModelIndex()
        if not target.isValid():
            first = next((a for a in self.appointments), None)
            target = self.model.index_of(first.id) if first else self.model.day_index(
                today if self.monday <= today < self.monday + dt.timedelta(days=7) else self.monday)
        tree.setCurrentIndex(target)
        tree.scrollTo(target)

    def _update_label(self, today: dt.date) -> None:
        locale = QLocale()
        sunday = self.monday + dt.timedelta(days=6)
        first = QDate(self.monday.year, self.monday.month, self.monday.day)
        last = QDate(sunday.year, sunday.month, sunday.day)
        same_month = self.monday.month == sunday.month
        text = translate("WeekView", "{first} – {last} · week {week}").format(
            first=locale.toString(first, "d" if same_month else "d MMMM"),
            last=locale.toString(last, "d MMMM yyyy"), week=self.monday.isocalendar().week)
        self.ui.weekLabel.setText(text)
        self.ui.todayButton.setEnabled(not self.monday <= today <= sunday)
        n = len(self.appointments)
        self.ui.exportButton.setEnabled(n > 0)
        self.setWindowTitle(translate("WeekView", "Appointments — {week}").format(week=text))

    # ----------------------------------------------------------------- appointments
    def current_appointment(self) -> AppointmentView | None:
        return self.model.appointment(self.ui.weekTree.currentIndex())

    def select_appointment(self, appointment_id: int) -> bool:
        index = self.model.index_of(appointment_id)
        if index.isValid():
            self.ui.weekTree.setCurrentIndex(index)
        return index.isValid()

    def _activated(self, index: QModelIndex) -> None:
        a = self.model.appointment(index)
        if a is not None:
            self.edit_appointment(a)

    def edit_appointment(self, appointment: AppointmentView | None = None) -> AppointmentEditDialog | None:
        a = appointment or self.current_appointment()
        if a is None:
            return None
        from transition_app.ui.dialogs.appointment_edit import AppointmentEditDialog

        try:
            latest = self.ctx.appointments.get(a.id)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self.reload()
            return None
        dialog = AppointmentEditDialog(self.ctx, latest.family_id, f"{latest.case_number} — {latest.family_name}",
                                       latest, parent=self)
        dialog.saved.connect(self._after_change)
        dialog.removed.connect(lambda _id: self._after_change(None))
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _after_change(self, view: AppointmentView | None) -> None:
        if view is not None and not self.monday <= view.day < self.monday + dt.timedelta(days=7):
            self.show_week(view.day)  # moved to another week: follow it
        else:
            self.reload()
        if view is not None:
            self.select_appointment(view.id)
        self.changed.emit()

    # ----------------------------------------------------------------- export
    def export_ics(self, path: str | Path | None = None) -> Path | None:
        """Write the week as an iCalendar file (asks where unless ``path`` is given)."""
        if path is None:
            path = ask_ics_path(self, f"appointments_{self.monday.isoformat()}.ics")
            if path is None:
                return None
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        try:
            data, count = self.ctx.appointments.export_ics(
                week=self.monday, bring_label=translate("WeekView", "Bring"),
                accompanied_label=translate("WeekView", "Accompanied by"))
            from transition_app.documents.output import write_atomic

            write_atomic(target, data)
        except (ServiceError, OSError) as exc:
            log.error("ics export failed: %s", type(exc).__name__)
            messages.error(self, translate("WeekView", "The calendar file could not be written.") + "\n"
                           + service_error_text(exc))
            return None
        messages.show(self, translate("WeekView", "Exported"), translate(
            "WeekView", "Saved {count} appointments in {file}. Import it into the calendar of your phone or "
                        "computer.\n\nThe file holds times, places and case numbers, no names. It is not "
                        "encrypted: delete it once it is imported.").format(count=count, file=target.name),
            QMessageBox.Icon.Information)
        return target
