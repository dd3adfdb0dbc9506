"""Edit ▸ Undo (Ctrl+Z) in the main window, built in code (the window's form stays untouched).

The command undoes the last checklist change made in this session to the family shown: the views
that make such changes (the checklist view, the buddy workspace) are attached as targets with
``undo_description()``, ``undo_last()`` and an ``undo_changed`` signal.  Text fields keep their
own Ctrl+Z (Qt gives it to the focused field first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from transition_app.ui.i18n import translate


class EditMenu:
    def __init__(self, window: QMainWindow):
        self.window = window
        self.targets: list[Any] = []
        self.menu = QMenu(translate("EditMenu", "&Edit"), window)
        self.menu.setObjectName("menuEdit")
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.menu.addAction(self.undo_action)
        bar = window.menuBar()
        actions = bar.actions()
        file_menu = getattr(getattr(window, "ui", None), "menuFile", None)
        index = actions.index(file_menu.menuAction()) + 1 if file_menu is not None and \
            file_menu.menuAction() in actions else 0
        if index < len(actions):
            bar.insertMenu(actions[index], self.menu)
        else:
            bar.addMenu(self.menu)
        self.update()

    def attach(self, target: Any) -> None:
        """A view whose changes Undo reverses."""
        self.targets.append(target)
        target.undo_changed.connect(self.update)
        self.update()

    def _current(self) -> tuple[Any, str] | None:
        for target in self.targets:
            text = target.undo_description()
            if text:
                return target, text
        return None

    def update(self) -> None:
        found = self._current()
        self.undo_action.setEnabled(found is not None)
        self.undo_action.setText(undo_action_text(found[1]) if found else translate("EditMenu", "&Undo"))

    def undo(self) -> bool:
        found = self._current()
        if found is None:
            return False
        done = bool(found[0].undo_last())
        self.update()
        return done


def undo_action_text(description: str) -> str:
    """The text of the Undo command for a change (e.g. Undo “Mark done: Register at the municipality”)."""
    return translate("EditMenu", "&Undo “{action}”").format(action=description.replace("&", "&&"))


def install_edit_menu(window: QMainWindow) -> EditMenu:
    return EditMenu(window)
