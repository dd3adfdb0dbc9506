"""reportlab flowables for text reportlab's ``Paragraph`` cannot set: right-to-left text.

:class:`BidiParagraph` lays out any script with :mod:`shaping` (bidi per line, HarfBuzz
shaping, font fallback); :class:`CheckBox` draws a tick box as vector graphics, so it
needs no symbol font; :class:`SectionMarker` tells the page footer which language a page
is in.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from transition_app.documents.shaping import Line, TextSpec, draw_lines, layout


class Paragraph(RLParagraph):
    """reportlab's ``Paragraph`` that breaks its lines once per text, style and width.

    platypus wraps a paragraph several times at the same width (a table measures its cells,
    then draws them; a frame tries it, then splits it), and a document repeats many short
    texts (status words, labels, dates).  The line breaking is a function of the paragraph's
    fragments, style and width only; ``key`` names the fragments (the markup they were parsed
    from, shared through ``pdf._parsed``), so a paragraph with the same key reuses the lines.
    A split makes new paragraphs (with their own fragments and no key), which break afresh.
    ``tests/unit/test_pdf_render_caches.py`` checks the PDF is byte-identical without it.
    """

    def __init__(self, *args: object, key: object = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # also called by split() with reportlab's own arguments
        self._ta_key = key
        self._ta_wrapped: tuple | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        done = self._ta_wrapped
        if done is None or done[0] != availWidth:
            done = _WRAPPED.get((self._ta_key, availWidth)) if self._ta_key is not None else None
        if done is not None and done[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = done
            self._ta_wrapped = done
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        blpara = getattr(self, "blPara", None)
        if blpara is not None:
            done = (availWidth, width, height, blpara, self._wrapWidths)
            self._ta_wrapped = done
            if self._ta_key is not None:
                if len(_WRAPPED) >= _WRAPPED_MAX:
                    _WRAPPED.clear()
                _WRAPPED[(self._ta_key, availWidth)] = done
        return width, height


_WRAPPED: dict[tuple[object, float], tuple] = {}
_WRAPPED_MAX = 8192


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
