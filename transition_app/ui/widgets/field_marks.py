"""Flag a field of a form: a red (error) or amber (warning) frame, a warning icon inside line
edits, the message as tool tip and at the head of the accessible description.  The mark goes
when the person changes the field (``on_clear`` is then called) or with :func:`unmark`.

Date fields (``DateEdit``) show the message under themselves; they are flagged through their own
``setProblem``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableWidget, QWidget

from transition_app.ui.widgets.icons_fields import ERROR_COLOUR, WARNING_COLOUR, flag_icon

_ATTRIBUTE = "_field_mark"


@dataclass
class _Mark:
    style: str
    tooltip: str
    description: str
    action: QAction | None
    signals: list[tuple[Any, Callable[..., None]]]
    message: str


def _change_signals(widget: QWidget) -> list[Any]:
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QComboBox):
        return [widget.activated, *([widget.editTextChanged] if widget.isEditable() else [])]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, (QListWidget, QTableWidget)):
        return [widget.itemChanged]
    return []


def message_of(widget: QWidget) -> str | None:
    """The message ``widget`` is flagged with, or None."""
    from transition_app.ui.widgets.date_edit import DateEdit

    if isinstance(widget, DateEdit):
        problem = widget.problem()
        return problem.message if problem else None
    mark = getattr(widget, _ATTRIBUTE, None)
    return mark.message if mark else None


def mark(widget: QWidget, message: str, *, error: bool = True, on_clear: Callable[[], None] | None = None) -> None:
    """Flag ``widget`` with ``message`` (several messages: joined by the caller)."""
    from transition_app.ui.widgets.date_edit import DateEdit

    if isinstance(widget, DateEdit):
        widget.setProblem(message, error, on_clear=on_clear)
        return
    unmark(widget)
    if not widget.objectName():
        widget.setObjectName(f"field{id(widget)}")
    colour = ERROR_COLOUR if error else WARNING_COLOUR
    state = _Mark(widget.styleSheet(), widget.toolTip(), widget.accessibleDescription(), None, [], message)
    widget.setStyleSheet(f"#{widget.objectName()} {{ border: 2px solid {colour}; border-radius: 3px; }}")
    widget.setToolTip(message)
    widget.setAccessibleDescription(" ".join(t for t in (message, state.description) if t))
    if isinstance(widget, QLineEdit):
        state.action = QAction(flag_icon(error), "", widget)
        state.action.setToolTip(message)
        widget.addAction(state.action, QLineEdit.ActionPosition.TrailingPosition)

    def changed(*_args: object) -> None:
        unmark(widget)
        if on_clear is not None:
            on_clear()

    for signal in _change_signals(widget):
        signal.connect(changed)
        state.signals.append((signal, changed))
    setattr(widget, _ATTRIBUTE, state)


def unmark(widget: QWidget) -> None:
    from transition_app.ui.widgets.date_edit import DateEdit

    if isinstance(widget, DateEdit):
        widget.setProblem(None)
        return
    state: _Mark | None = getattr(widget, _ATTRIBUTE, None)
    if state is None:
        return
    setattr(widget, _ATTRIBUTE, None)
    for signal, slot in state.signals:
        signal.disconnect(slot)
    widget.setStyleSheet(state.style)
    widget.setToolTip(state.tooltip)
    widget.setAccessibleDescription(state.description)
    if state.action is not None and isinstance(widget, QLineEdit):
        widget.removeAction(state.action)
        state.action.deleteLater()


def is_marked(widget: QWidget) -> bool:
    return message_of(widget) is not None
