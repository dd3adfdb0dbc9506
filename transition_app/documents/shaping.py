"""Line layout for reportlab: font fallback, HarfBuzz shaping, line breaking, bidi per line.

The approach (measured in ``tests/unit/test_documents_scripts.py`` and by OCR):

1. resolve the bidi levels of the whole paragraph (:func:`scripts.bidi_levels`);
2. pick a font per character (:class:`fonts.FontChain`);
3. break the *logical* text into lines at spaces, measuring words with HarfBuzz;
4. per line, order the (level, font) runs visually (UBA rule L2) and shape every run with
   HarfBuzz in its own direction, which joins the letters (including Pashto's ټ ډ ړ ږ ښ
   ګ ڼ ې ۍ, which have no presentation forms and so stay unjoined with
   ``arabic-reshaper``) and lays an RTL run out right to left.

The shaped run is a reportlab ``ShapedStr`` — the same object reportlab's own
``shaping=1`` produces — so ``canvas.drawString`` places every glyph with HarfBuzz's
advances and mark offsets.  Results are cached per (text, font, direction).

The glyphs' own codes are presentation forms or private-use codes, so every shaped word is
drawn inside an ``/ActualText`` span with its letters (see :func:`actual_text`): ``pdftotext``
of an Arabic, Persian, Pashto or Sorani page gives the source words in logical order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject

from transition_app.documents.fonts import FontChain, register_pdf_fonts
from transition_app.documents.scripts import bidi_levels, strip_controls, visual_runs

_HIDDEN = frozenset("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f")


@lru_cache(maxsize=16)
def _hb_font(font_name: str) -> tuple[hb.Font, object]:
    register_pdf_fonts()
    ttf = pdfmetrics.getFont(font_name)
    font = ttf.hbFont(1000)  # also installs ttf.hbAddPrivate for glyphs without a code point
    return font, ttf


@dataclass(frozen=True)
class ShapedRun:
    text: ShapedStr | str  # what canvas.drawString receives
    width: float           # in 1000ths of the font size
    font_name: str
    # when the glyphs' own codes are not the run's letters: the run cut into words and spaces, in
    # visual order, each with the text a PDF reader should extract for it ("" for spaces)
    pieces: tuple[tuple[ShapedStr | str, str], ...] = ()


@lru_cache(maxsize=65536)
def shape(text: str, font_name: str, rtl: bool, in_rtl: bool = False) -> ShapedRun:
    """Shape one run (single font, single direction) with HarfBuzz.

    ``in_rtl``: a left-to-right run (a Latin name, a number) inside a right-to-left line,
    whose text-layer ends are marked (see :func:`actual_text`).
    """
    text = "".join(c for c in text if c not in _HIDDEN)
    if not text:
        return ShapedRun("", 0.0, font_name)
    font, ttf = _hb_font(font_name)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font, buf, None)
    face = ttf.face
    glyph_to_char = face.glyphToChar
    char_widths = face.charWidths
    scale = ttf.pdfScale
    chars: list[str] = []
    data: list[ShapeData] = []
    total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            code = glyph_to_char[gid][0]
        except (KeyError, IndexError):
            code = ttf.hbAddPrivate(font.glyph_to_string(gid), gid, scale(pos.x_advance))
        advance = scale(pos.x_advance)
        total += advance
        chars.append(chr(code))
        data.append(ShapeData(info.cluster, advance, scale(pos.y_advance), scale(pos.x_offset),
                              scale(pos.y_offset), char_widths[code]))
    drawn = "".join(chars)
    plain_glyphs = all(d.x_advance == d.width and not d.x_offset and not d.y_offset and not d.y_advance
                       for d in data)
    # nothing to position beyond the glyphs' own widths: a plain string draws much faster
    glyphs: ShapedStr | str = drawn if plain_glyphs else ShapedStr(drawn, shapeData=data)
    pieces: tuple[tuple[ShapedStr | str, str], ...] = ()
    if in_rtl and not rtl:
        pieces = _marked_ltr_pieces(text, glyphs, [d.cluster for d in data])
    elif drawn != (text[::-1] if rtl else text):
        pieces = _pieces(text, rtl, glyphs, [d.cluster for d in data])
    return ShapedRun(glyphs, total, font_name, pieces)


def _pieces(text: str, rtl: bool, glyphs: ShapedStr | str,
            clusters: list[int]) -> tuple[tuple[ShapedStr | str, str], ...]:
    """The glyphs of a run grouped by word (one ``/ActualText`` span each) and space.

    A span per word, not per run, keeps a word's position on the page for text extractors
    (``pdftotext -bbox`` gives each word its own box).
    """
    word_of: list[int] = []  # per character: the index of its word, -1 for a space
    word = -1
    previous_space = True
    starts: list[int] = []
    for i, ch in enumerate(text):
        if ch == " ":
            word_of.append(-1)
            previous_space = True
            continue
        if previous_space:
            word += 1
            starts.append(i)
            previous_space = False
        word_of.append(word)
    ends = [next((j for j in range(start, len(text)) if text[j] == " "), len(text)) for start in starts]
    pieces: list[tuple[ShapedStr | str, str]] = []
    start = 0
    for pos in range(1, len(clusters) + 1):
        if pos == len(clusters) or word_of[clusters[pos]] != word_of[clusters[start]]:
            w = word_of[clusters[start]]
            pieces.append((glyphs[start:pos], actual_text(text[starts[w]:ends[w]], rtl) if w >= 0 else ""))
            start = pos
    return tuple(pieces)


def _marked_ltr_pieces(text: str, glyphs: ShapedStr | str,
                       clusters: list[int]) -> tuple[tuple[ShapedStr | str, str], ...]:
    """A left-to-right run in a right-to-left line: RLM before its first and after its last letter.

    Without them poppler moves the space before a number or a Latin name into it ("تر 1دسمبر").
    The glyphs are drawn as they are; only the first and the last glyph get a span.
    """
    if not glyphs:
        return ()
    # first and last glyph in visual order = first and last character (left to right run)
    first_end = next((i for i in range(1, len(clusters)) if clusters[i] != clusters[0]), len(clusters))
    last_start = next((i for i in range(len(clusters) - 1, 0, -1) if clusters[i - 1] != clusters[-1]), 0)
    if last_start < first_end:  # a single character or cluster
        return ((glyphs, _RLM + text + _RLM),)
    head = text[:clusters[first_end]]
    tail = text[clusters[last_start]:]
    return ((glyphs[:first_end], _RLM + head), (glyphs[first_end:last_start], ""),
            (glyphs[last_start:], tail + _RLM))


def actual_text(text: str, rtl: bool) -> str:
    """What a PDF reader should extract for a run drawn left to right.

    The glyphs of a shaped run carry the codes of presentation forms (Arabic contextual forms,
    ligatures) or private-use codes (Pashto forms without a code point), so every such run
    gets an ``/ActualText`` span with its letters.  Text extractors (poppler's pdftotext, and
    the PDF convention) take a line's text in visual order and apply their own bidi reordering,
    so a right-to-left run is given in *visual* order — its logical text reversed — and comes
    out in logical order.  poppler's reordering counts every character that is not a
    right-to-left letter as left-to-right: a neighbouring number or Latin name would take the
    space next to it ("تر 1دسمبر"), and a colon or Arabic comma would move to the next word.
    A RIGHT-TO-LEFT MARK at both ends of the run and around such punctuation keeps them in
    place (``tests/unit/test_pdf_text_layer.py`` checks the words come back in order).
    """
    if not rtl:
        return text
    return _RLM + "".join(_RLM + c + _RLM if _needs_mark(c) else c for c in reversed(text)) + _RLM


_RLM = "\u200f"
_KEEP = frozenset({"R", "AL", "NSM", "BN", "WS"})  # letters, their marks, ZWNJ/ZWJ, spaces


@lru_cache(maxsize=512)
def _needs_mark(ch: str) -> bool:
    return unicodedata.bidirectional(ch) not in _KEEP


def _actual_text_operator(actual: str) -> str:
    return f"/Span <</ActualText <FEFF{actual.encode('utf-16-be').hex().upper()}>>> BDC"


@dataclass(frozen=True)
class LineRun:
    run: ShapedRun
    size: float

    @property
    def width(self) -> float:
        return self.run.width * self.size / 1000.0


@dataclass(frozen=True)
class Line:
    runs: tuple[LineRun, ...]  # in visual order, left to right
    width: float


@dataclass(frozen=True)
class TextSpec:
    """Everything that decides how a paragraph is laid out, except its width."""
    chain: FontChain
    size: float
    bold: bool
    rtl: bool


def _font_names(spec: TextSpec) -> tuple[str, ...]:
    return tuple(face.pdf_name(spec.bold) for face in spec.chain.faces)


def _word_width(text: str, keys: tuple[int, ...], levels: tuple[int, ...], start: int, end: int,
                names: tuple[str, ...], size: float) -> float:
    width = 0.0
    run_start = start
    for pos in range(start + 1, end + 1):
        if pos == end or keys[pos] != keys[pos - 1] or levels[pos] != levels[pos - 1]:
            width += shape(text[run_start:pos], names[keys[run_start]], levels[run_start] & 1 == 1).width
            run_start = pos
    return width * size / 1000.0


@lru_cache(maxsize=8192)
def layout(text: str, spec: TextSpec, max_width: float) -> tuple[Line, ...]:
    """Break ``text`` (logical order, ``\\n`` for forced breaks) into visually ordered lines."""
    register_pdf_fonts()
    names = _font_names(spec)
    size = spec.size
    keys = spec.chain.font_keys(text)
    levels = bidi_levels(text, spec.rtl)
    space = shape(" ", names[0], False).width * size / 1000.0

    lines: list[Line] = []
    for p_start, p_end in _hard_lines(text):
        words = []
        for span in _words(text, p_start, p_end):
            if " " in text[span[0]:span[1]] and \
                    _word_width(text, keys, levels, *span, names, size) > max_width:
                words.extend(_split_wide(text, span))
            else:
                words.append(span)
        if not words:
            lines.append(Line((), 0.0))
            continue
        line_start = words[0][0]
        line_end = words[0][1]
        width = _word_width(text, keys, levels, *words[0], names, size)
        for w_start, w_end in words[1:]:
            w = _word_width(text, keys, levels, w_start, w_end, names, size)
            if width + space + w <= max_width:
                width += space + w
                line_end = w_end
            else:
                lines.append(_make_line(text, keys, levels, line_start, line_end, names, size))
                line_start, line_end, width = w_start, w_end, w
        lines.append(_make_line(text, keys, levels, line_start, line_end, names, size))
    return tuple(lines)


def _hard_lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between spaces; a space inside LRI … PDI (a name, a phone number) does not split."""
    words = []
    i = start
    while i < end:
        while i < end and text[i] == " ":
            i += 1
        j = i
        depth = 0
        while j < end and (text[j] != " " or depth > 0):
            if text[j] in "\u2066\u2067\u2068":
                depth += 1
            elif text[j] == "\u2069" and depth:
                depth -= 1
            j += 1
        while j > i and text[j - 1] == " ":
            j -= 1
        if j > i:
            words.append((i, j))
        i = j
    return words


def _split_wide(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """An isolated run wider than the line is broken at its own spaces after all."""
    start, end = span
    parts = []
    i = start
    for j in range(start, end + 1):
        if j == end or text[j] == " ":
            if j > i:
                parts.append((i, j))
            i = j + 1
    return parts


def _make_line(text: str, keys: tuple[int, ...], levels: tuple[int, ...], start: int, end: int,
               names: tuple[str, ...], size: float) -> Line:
    runs = []
    in_rtl = any(level & 1 for level in levels[start:end])
    for r_start, r_end, level in visual_runs(levels, keys, start, end):
        shaped = shape(text[r_start:r_end], names[keys[r_start]], level & 1 == 1, in_rtl)
        if shaped.width or shaped.text:
            runs.append(LineRun(shaped, size))
    return Line(tuple(runs), sum(r.width for r in runs))


def draw_line(canvas, line: Line, x: float, y: float) -> None:  # noqa: ANN001 - reportlab canvas
    """Draw a laid-out line with its left edge at ``x`` and baseline at ``y``."""
    draw_lines(canvas, ((line, x, y),))


class _TextObject(PDFTextObject):
    """reportlab's text object, able to start a shaped string with a raised glyph.

    reportlab formats a shaped string into an empty code list and ``setRise`` reads the last
    entry of it: a word cut out of a run (its own ActualText span) may begin with a glyph that
    has a vertical offset (a mark).
    """

    def setRise(self, rise: float) -> None:  # noqa: N802 - reportlab API
        if not self._code:
            self._code.append("")  # (joined with spaces: adds nothing to the PDF)
        super().setRise(rise)


def draw_lines(canvas, placed) -> None:  # noqa: ANN001 - reportlab canvas, iterable of (Line, x, y)
    """Draw lines in one PDF text object (one BT/ET): each run continues where the last ended."""
    text = _TextObject(canvas)
    for line, x, y in placed:
        text.setTextOrigin(x, y)
        for lr in line.runs:
            text.setFont(lr.run.font_name, lr.size)
            if not lr.run.pieces:
                text.textOut(lr.run.text)
                continue
            for glyphs, actual in lr.run.pieces:
                if not glyphs:
                    continue
                if actual:
                    # marked content inside the text object: reportlab has no API for it
                    text._code.append(_actual_text_operator(actual))
                    text.textOut(glyphs)
                    text._code.append("EMC")
                else:
                    text.textOut(glyphs)
    canvas.drawText(text)


def draw_text(canvas, text: str, spec: TextSpec, x: float, y: float,  # noqa: ANN001
              align: str = "left", width: float = 0.0) -> float:
    """Draw one line of any script at ``x`` (left), ``x + width`` (right) or centred.

    Used for headers and footers.  Returns the drawn width.
    """
    line = layout(text.replace("\n", " "), spec, 1e9)[0]
    if align == "right":
        x = x + width - line.width
    elif align == "center":
        x = x + (width - line.width) / 2
    draw_line(canvas, line, x, y)
    return line.width


def plain(text: str) -> str:
    """Text without bidi controls, as a reader of the PDF's text layer would expect."""
    return strip_controls(text)
