"""Icons of the input fields: a calendar (the date fields' button) and the warning triangle a
flagged field shows (red for an error, amber for a warning: the shape says it, not only the colour)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen

from transition_app.ui.widgets.icons import painted_icon

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#e08600"


@cache
def calendar_icon() -> QIcon:
    """A calendar page: a ring-bound header and a grid of days."""
    def paint(p: QPainter, size: int) -> None:
        ink = QColor("#455a64")
        page = QRectF(1.5, size * 0.18, size - 3.0, size * 0.78)
        p.setPen(QPen(ink, max(1.0, size / 16)))
        p.setBrush(QBrush(QColor("#ffffff")))
        p.drawRoundedRect(page, size / 12, size / 12)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor("#1565c0")))
        p.drawRect(QRectF(page.left() + 0.5, page.top() + 0.5, page.width() - 1.0, size * 0.2))
        p.setBrush(QBrush(ink))
        for x in (size * 0.3, size * 0.7):  # the rings
            p.drawRoundedRect(QRectF(x - size / 24, size * 0.06, size / 12, size * 0.22), size / 24, size / 24)
        cell = page.width() / 4
        for row in range(2):
            for col in range(3):
                cx = page.left() + cell * (col + 0.5) + cell / 2
                cy = page.top() + size * 0.38 + row * size * 0.2
                p.drawRect(QRectF(cx - size / 14, cy - size / 14, size / 7, size / 7))
    return painted_icon(paint)


@cache
def flag_icon(error: bool = True) -> QIcon:
    """A triangle with "!": red for an error (the field cannot be saved so), amber for a warning."""
    return triangle_icon(ERROR_COLOUR if error else WARNING_COLOUR)


@cache
def triangle_icon(colour_name: str) -> QIcon:
    """A warning triangle with a white "!" in ``colour_name`` (said by its shape, not only its colour)."""
    colour = QColor(colour_name)

    def paint(p: QPainter, size: int) -> None:
        triangle = QPainterPath(QPointF(size / 2, 1.5))
        triangle.lineTo(QPointF(size - 1.5, size - 2.0))
        triangle.lineTo(QPointF(1.5, size - 2.0))
        triangle.closeSubpath()
        p.setPen(QPen(colour.darker(130), 1.0))
        p.setBrush(QBrush(colour))
        p.drawPath(triangle)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor("#ffffff")))
        bar = size / 9
        p.drawRoundedRect(QRectF(size / 2 - bar / 2, size * 0.34, bar, size * 0.33), bar / 2, bar / 2)
        p.drawEllipse(QPointF(size / 2, size * 0.79), bar * 0.6, bar * 0.6)
    return painted_icon(paint)
