"""Icons drawn in code (status badges, warnings): crisp at every size, no image files to ship."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

SIZES = (16, 24, 32)


def painted_icon(paint: Callable[[QPainter, int], None]) -> QIcon:
    """An icon whose pixmaps ``paint(painter, size)`` draws, antialiased, on a transparent square."""
    icon = QIcon()
    for size in SIZES:
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(p, size)
        p.end()
        icon.addPixmap(pix)
    return icon
