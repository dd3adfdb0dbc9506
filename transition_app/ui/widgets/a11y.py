"""Accessibility helpers: sizes that follow the system font, and keys bound to one widget.

* ``relative_font``: a title or a key number a little larger than the application font, kept so
  when the system font size changes while the application runs (never a size in pt or px);
* ``follow_system_font``: widgets with a style sheet (colours, borders) follow that change too
  (Qt keeps their old font otherwise);
* ``follow_font``: re-apply sizes computed from a widget's font (row heights, column widths, the
  height of N lines) whenever that font changes;
* ``bind_keys``: Enter, Delete... on a list or table (only while it has the focus), e.g. Enter opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QWidget


class _FontFollower(QObject):
    """Runs ``apply(widget)`` now, then after each change of the widget's font (``events``) or,
    with ``application``, of the application font (Qt sends no event to a widget whose font was set)."""

    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None], events: tuple[QEvent.Type, ...] = (),
                 application: bool = False):
        super().__init__(widget)
        self._widget = widget
        self._apply = apply
        self._events = events
        self._busy = False
        if events:
            widget.installEventFilter(self)
        if application:
            QApplication.instance().fontChanged.connect(self._application_font_changed)  # type: ignore[attr-defined]
        self._run(widget)

    def _application_font_changed(self, _font: QFont) -> None:
        self._run(self._widget)

    def _run(self, widget: QWidget) -> None:
        if self._busy:  # applying may change the font again: once is enough
            return
        self._busy = True
        try:
            self._apply(widget)
        finally:
            self._busy = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in self._events and isinstance(obj, QWidget):
            self._run(obj)
        return False


def relative_font(widget: QWidget, factor: float = 1.0, weight: QFont.Weight | None = None,
                  fixed_pitch: bool = False) -> None:
    """Give ``widget`` the application font times ``factor`` (bold with ``weight``, monospace with
    ``fixed_pitch``), updated when the system font changes."""

    def apply(w: QWidget) -> None:
        base = QApplication.font(w)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if fixed_pitch else QFont(base)
        font.setPointSizeF(base.pointSizeF() * factor)
        if weight is not None:
            font.setWeight(weight)
        w.setFont(font)

    _FontFollower(widget, apply, application=True)


def follow_system_font() -> None:
    """Once per application: when the system font changes, re-apply every style sheet, so the widgets
    styled by one (a coloured message, a framed panel) take the new size like the others."""
    app = QApplication.instance()
    if app is None or app.property("a11yFollowsFont"):
        return
    app.setProperty("a11yFollowsFont", True)

    def restyle(_font: QFont) -> None:
        for widget in QApplication.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)

    app.fontChanged.connect(restyle)  # type: ignore[attr-defined]


def follow_font(widget: QWidget, apply: Callable[[QWidget], None]) -> None:
    """Call ``apply(widget)`` now and whenever the widget's font changes (sizes computed from the font)."""
    _FontFollower(widget, apply, (QEvent.Type.FontChange,))


def text_rows(view: QAbstractItemView, padding: int = 8) -> None:
    """Rows as tall as a line of the view's text (plus ``padding`` pixels), whatever the font size."""
    follow_font(view, lambda v: v.verticalHeader().setDefaultSectionSize(  # type: ignore[attr-defined]
        v.fontMetrics().height() + padding))


def text_columns(view: QAbstractItemView, widths: dict[int, int], header: QHeaderView | None = None) -> None:
    """Column widths in characters (``{column: characters}``), never narrower than the column's title."""

    def apply(v: QWidget) -> None:
        head = header or v.horizontalHeader()  # type: ignore[attr-defined]
        metrics = head.fontMetrics()
        model = v.model()  # type: ignore[attr-defined]
        if model is None:
            return
        char = metrics.horizontalAdvance("0")
        for col, chars in widths.items():
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            head.resizeSection(col, max(chars * char, metrics.horizontalAdvance(title) + 3 * char))
        # the columns without a width: at least their title
        for col in range(head.count()):
            if col not in widths and head.sectionResizeMode(col) == QHeaderView.ResizeMode.Interactive:
                title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                need = metrics.horizontalAdvance(title) + 3 * char
                if head.sectionSize(col) < need:
                    head.resizeSection(col, need)

    follow_font(view, apply)


def max_lines(widget: QWidget, lines: float, extra: int = 0) -> None:
    """Limit ``widget``'s height to ``lines`` lines of its text (plus frame), whatever the font size."""
    follow_font(widget, lambda w: w.setMaximumHeight(round(w.fontMetrics().lineSpacing() * lines)
                                                     + 2 * w.frameWidth() + extra))  # type: ignore[attr-defined]


def fixed_lines(widget: QWidget, lines: float, extra: int = 0) -> None:
    """Make ``widget`` exactly ``lines`` lines of its text high (plus frame), whatever the font size."""
    follow_font(widget, lambda w: w.setFixedHeight(round(w.fontMetrics().lineSpacing() * lines)
                                                   + 2 * w.frameWidth() + extra))  # type: ignore[attr-defined]


def max_chars(widget: QWidget, chars: int) -> None:
    """Limit ``widget``'s width to about ``chars`` digits of its text, whatever the font size."""
    follow_font(widget, lambda w: w.setMaximumWidth(w.fontMetrics().horizontalAdvance("0") * chars + 24))


def bind_keys(widget: QWidget, keys: Iterable[QKeySequence | Qt.Key | str | Any], slot: Callable[[], Any]) -> None:
    """Run ``slot`` when one of ``keys`` is pressed while ``widget`` has the keyboard focus."""
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)


ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CTRL_ENTER = ("Ctrl+Return", "Ctrl+Enter")
DELETE = (QKeySequence.StandardKey.Delete,)
