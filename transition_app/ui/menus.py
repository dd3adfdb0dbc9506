"""Menus the main window gets in code (its form stays untouched): one way to build and place them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from transition_app.ui.i18n import translate


def make_action(window: QMainWindow, name: str, text: str, shortcut: str | None = None,
                tip: str | None = None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work while the menu is closed
    return action


def place_menu(window: QMainWindow, menu: QMenu, refresh: Callable[[], None]) -> None:
    """Put ``menu`` before Help and keep its actions in step with the selected family."""
    bar = window.menuBar()
    help_menu = getattr(getattr(window, "ui", None), "menuHelp", None)
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    menu.aboutToShow.connect(refresh)
    if hasattr(window, "family_shown"):
        window.family_shown.connect(lambda _id: refresh())
    refresh()


class FamilyMenu:
    """What the menus built in code share: the family selected in ``window`` and the dialog they open.

    Subclasses have ``window`` (the main window) and ``dialog`` (the last dialog opened, kept
    referenced while it is open: Qt does not own a dialog opened with ``open()``).
    """

    window: Any
    dialog: QDialog | None

    def _family(self) -> Any:
        """The selected family's detail, or ``None`` (and a word in the status bar)."""
        detail = getattr(self.window, "_detail", None)
        if getattr(self.window, "ctx", None) is None or detail is None:
            self.window.statusBar().showMessage(translate("Menus", "Choose a family in the list first."), 5000)
            return None
        return detail

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog
