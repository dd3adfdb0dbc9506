"""Typing as a person does, in tests: every character a key press on the widget with the keyboard
focus (``qtbot.keyClicks`` only takes ASCII: Arabic-Indic digits and accents go through here)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` (it gets the focus first), one key press per character."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    target = widget.focusProxy() or widget
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClick(target, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key on what has the keyboard now: an open popup (a calendar, a list), else the focus."""
    popup, focus = QApplication.activePopupWidget(), QApplication.focusWidget()
    target = focus if popup is None or (focus is not None and popup.isAncestorOf(focus)) else popup
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
