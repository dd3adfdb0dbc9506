"""The main window's Appointments menu: Week view (Ctrl+Shift+W), New appointment… (Ctrl+Shift+N) and
Step cards… (Ctrl+Shift+P) for the selected family.  Built in code (the window's form stays untouched);
the views and dialogs load on first use.  The week view opens in its own window, as the dashboard does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from transition_app.ui.i18n import translate
from transition_app.ui.menus import FamilyMenu, make_action, place_menu


@dataclass
class AppointmentsMenu(FamilyMenu):
    menu: QMenu
    week: QAction
    new: QAction
    cards: QAction
    window: Any
    week_view: Any = None  # the WeekView window, created when first opened
    dialog: QDialog | None = None  # the last dialog opened (kept referenced while open)

    def _can(self, permission: str) -> bool:
        from transition_app.access.permissions import Permission

        actor = getattr(getattr(self.window, "ctx", None), "actor", None)
        return actor is None or actor.can(Permission(permission))  # no actor: tests acting as the system

    def refresh(self) -> None:
        ready = getattr(self.window, "ctx", None) is not None
        has_family = ready and getattr(self.window, "_detail", None) is not None
        self.menu.menuAction().setVisible(not ready or self._can("view_family"))
        self.new.setVisible(not ready or self._can("manage_appointments"))
        self.week.setEnabled(ready)
        self.new.setEnabled(has_family)
        self.cards.setEnabled(has_family)

    def show_week(self) -> Any:
        """The week view, in its own window."""
        if getattr(self.window, "ctx", None) is None:
            return None
        if self.week_view is None:
            from transition_app.ui.views.week_view import WeekView

            self.week_view = WeekView(self.window.ctx, self.window)
            self.week_view.setWindowFlag(Qt.WindowType.Window, True)
            self.week_view.resize(1100, 680)
        else:
            self.week_view.reload()
        self.week_view.show()
        self.week_view.activateWindow()
        self.week_view.ui.weekTree.setFocus()
        return self.week_view

    def new_appointment(self) -> QDialog | None:
        family = self._family()
        if family is None:
            return None
        from transition_app.ui.dialogs.appointment_edit import AppointmentEditDialog

        head = family.members[0].display_name if family.members else ""
        dialog = AppointmentEditDialog(self.window.ctx, family.id, f"{family.case_number} — {head}",
                                       parent=self.window)
        dialog.saved.connect(self._saved)
        return self._open(dialog)

    def _saved(self, view: Any) -> None:
        self.window.statusBar().showMessage(translate("AppointmentsMenu", "Appointment saved: {title}.").format(
            title=view.title), 5000)
        if self.week_view is not None and self.week_view.isVisible():
            self.week_view.show_week(view.day)
            self.week_view.select_appointment(view.id)

    def step_cards(self) -> QDialog | None:
        family = self._family()
        if family is None:
            return None
        from transition_app.ui.dialogs.step_cards import StepCardsDialog

        return self._open(StepCardsDialog(self.window.ctx, family, self.window))


def install_appointments_menu(window: QMainWindow) -> AppointmentsMenu:
    """Add the Appointments menu before Help; the family actions follow the selected family."""
    menu = QMenu(translate("AppointmentsMenu", "A&ppointments"), window)
    menu.setObjectName("menuAppointments")
    week = make_action(window, "actionWeekView", translate("AppointmentsMenu", "&Week view"), "Ctrl+Shift+W",
                       translate("AppointmentsMenu", "The appointments of the week, day by day"))
    new = make_action(window, "actionNewAppointment", translate("AppointmentsMenu", "&New appointment…"),
                      "Ctrl+Shift+N", translate("AppointmentsMenu", "An appointment of the selected family"))
    cards = make_action(window, "actionStepCards", translate("AppointmentsMenu", "Step &cards…"), "Ctrl+Shift+P",
                        translate("AppointmentsMenu", "Printable cards of the family's steps in their language"))
    menu.addAction(week)
    menu.addAction(new)
    menu.addSeparator()
    menu.addAction(cards)
    appts = AppointmentsMenu(menu, week, new, cards, window)
    week.triggered.connect(appts.show_week)
    new.triggered.connect(appts.new_appointment)
    cards.triggered.connect(appts.step_cards)
    place_menu(window, menu, appts.refresh)
    return appts
