"""Menus the main window gets in code (its form stays untouched): one way to build and place them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


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
