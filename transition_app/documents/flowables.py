"""reportlab flowables for text reportlab's ``Paragraph`` cannot set: right-to-left text.

:class:`BidiParagraph` lays out any script with :mod:`shaping` (bidi per line, HarfBuzz
shaping, font fallback); :class:`CheckBox` draws a tick box as vector graphics, so it
needs no symbol font; :class:`SectionMarker` tells the page footer which language a page
is in.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from transition_app.documents.shaping import Line, TextSpec, draw_lines, layout


class BidiParagraph(Flowable):
    """A paragraph laid out line by line: correct word and line order for RTL text."""

    def __init__(self, text: str, spec: TextSpec, leading: float, align: str = "right",
                 space_before: float = 0.0, space_after: float = 0.0,
                 color: colors.Color = colors.black, lines: tuple[Line, ...] | None = None) -> None:
        super().__init__()
        self.text = text
        self.spec = spec
        self.leading = leading
        self.align = align  # "left" | "right" | "center"
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.color = color
        self._lines = lines
        self._avail = 0.0
        self._is_part = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._lines is None or (self._avail != availWidth and not self._is_part):
            self._lines = layout(self.text, self.spec, availWidth)
            self._avail = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._lines if self._lines is not None and self._avail == availWidth \
            else layout(self.text, self.spec, availWidth)
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = self._part(lines[:fit], self.spaceBefore, 0.0, availWidth)
        rest = self._part(lines[fit:], 0.0, self.spaceAfter, availWidth)
        return [first, rest]

    def _part(self, lines: tuple[Line, ...], before: float, after: float, width: float) -> BidiParagraph:
        part = BidiParagraph(self.text, self.spec, self.leading, self.align, before, after,
                             self.color, lines)
        part._is_part = True
        part._avail = width
        return part

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.color)
        size = self.spec.size
        # baseline of the first line: the descent is ~0.3 em for Arabic fonts
        baseline = self.height - (self.leading + size * 0.75) / 2
        width = self.width
        placed = []
        for i, line in enumerate(self._lines or ()):
            if self.align == "right":
                x = width - line.width
            elif self.align == "center":
                x = (width - line.width) / 2
            else:
                x = 0.0
            placed.append((line, x, baseline - i * self.leading))
        draw_lines(canvas, placed)


class CheckBox(Flowable):
    """An empty box (open) or a ticked box (done)."""

    def __init__(self, checked: bool, size: float = 9.0, color: colors.Color = colors.black) -> None:
        super().__init__()
        self.checked = checked
        self.size = size
        self.color = color
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        s = self.size
        c.setStrokeColor(self.color)
        c.setLineWidth(0.8)
        c.rect(0, 0, s, s, stroke=1, fill=0)
        if self.checked:
            c.setLineWidth(1.4)
            path = c.beginPath()
            path.moveTo(s * 0.18, s * 0.52)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.85, s * 0.86)
            c.drawPath(path, stroke=1, fill=0)


class SectionMarker(Flowable):
    """Zero-size flowable: from here on the page's content is in ``language``."""

    def __init__(self, language: str, draft: bool, frame_top: float) -> None:
        super().__init__()
        self.language = language
        self.draft = draft
        self.frame_top = frame_top
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, ANN001
        mark = getattr(canvas, "ta_section", None)
        if mark is not None:
            mark(self.language, self.draft, at_top=y >= self.frame_top - 0.5)

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass
