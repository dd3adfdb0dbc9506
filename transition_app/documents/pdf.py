"""PDF renderer: :class:`model.Document` → A4 PDF with reportlab platypus.

Latin, Cyrillic and Ethiopic text without right-to-left letters goes through reportlab's
own ``Paragraph`` (fast, justified when asked); anything with Arabic-script letters goes
through :class:`flowables.BidiParagraph` (bidi per line + HarfBuzz, see
:mod:`shaping`).  Both get per-character font fallback, so a Latin name inside Tigrinya
or Arabic text is not drawn as boxes.

Pages: every *part* of the document (``model.Section.new_part``: a letter's authority part and
its family copy) starts on a new page and numbers its own pages; the draft-translation mark is
printed only on the pages of draft sections.  The first page of a part whose first section has a
window address (``AddressBlock(window=True)``) uses the ``window`` page template: the writer's
contact block and the recipient's address in absolute frames (:data:`WINDOW`, :data:`CONTACT`)
placed for a DL/C5 window envelope, the body below them.

Public API: :func:`render_pdf` (bytes), :func:`render_pdf_parts` (one PDF per part, for sending
the authority letter and the family copy as two files), :func:`write_pdf` and
:func:`write_pdf_parts` (atomic files).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    NextPageTemplate,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from transition_app.documents import model as m
from transition_app.documents.flowables import BidiParagraph, CheckBox, Paragraph, SectionMarker
from transition_app.documents.fonts import LATIN, FontChain, font_chain, register_pdf_fonts
from transition_app.documents.labels import format_date, labels
from transition_app.documents.output import part_path, write_atomic
from transition_app.documents.scripts import LanguageInfo, Script, has_rtl, isolate_ltr, language_info
from transition_app.documents.shaping import TextSpec, draw_text, layout

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_BOTTOM = 22 * mm
MARGIN_TOP_PLAIN = 20 * mm
MARGIN_TOP_LETTERHEAD = 36 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in points, measured from the page's left and **top** edges."""
    left: float
    top: float
    width: float
    height: float

    def frame(self, id: str) -> Frame:  # noqa: A002 - reportlab's name
        return Frame(self.left, PAGE_HEIGHT - self.top - self.height, self.width, self.height,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=id)


# The recipient's address for a DL (110 × 220 mm) or C5/6 window envelope with the window on the
# right, the envelope Belgian senders use with A4 folded in three (99 mm panels).  Sources:
# - window sizes and places of the common norms, summarised in "Normes pour enveloppes à fenêtre"
#   (https://studylibfr.com/doc/2273411/normes-pour-enveloppes-%C3%A0-fen%C3%AAtre): right-hand
#   windows 100 × 45 mm (12–20 mm from the right, 15–21 mm from the bottom) and 90 × 40–45 mm
#   (15–17 mm from the right);
# - bpost, "Correct positioning of an address" (https://www.bpost.be/en/addressing-positioning-address):
#   nothing but the address may show in the window, the whole address must be visible through it,
#   and 15 mm to the right of the address zone stay empty.
# A 45 × 100 mm window 20 mm from the right and 15 mm from the bottom of a 110 × 220 mm envelope
# shows the sheet from ~95 to ~195 mm across and, as the folded sheet may slide ~10 mm, always
# from 50 to 84 mm down: the address frame is that band with 5–10 mm to spare on each side
# (90 × 34 mm, 20 mm from the right edge, 50 mm from the top: 6–7 lines of 10 pt).
WINDOW = Box(PAGE_WIDTH - 20 * mm - 85 * mm, 50 * mm, 85 * mm, 34 * mm)
# the writer's contact block, left of the window, on the same band
CONTACT = Box(MARGIN_X, 50 * mm, WINDOW.left - MARGIN_X - 10 * mm, 38 * mm)
WINDOW_BODY_TOP = 94 * mm  # the text of a window page starts under the window band
FOLD_MARKS = (99 * mm, 198 * mm)  # A4 folded in three for a DL envelope (short marks on the left edge)

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#ececec")
HIGHLIGHT_FILL = colors.HexColor("#fde3e0")
HIGHLIGHT_TEXT = colors.HexColor("#a4161a")
DRAFT_FILL = colors.HexColor("#fff4d6")
DRAFT_TEXT = colors.HexColor("#8a5a00")

# role -> (size, bold, space before, space after); sizes are for Latin text
_ROLES: dict[str, tuple[float, bool, float, float]] = {
    "h1": (16.0, True, 6.0, 8.0),
    "h2": (13.0, True, 8.0, 5.0),
    "h3": (11.0, True, 6.0, 3.0),
    "body": (10.0, False, 0.0, 6.0),
    "cell": (9.5, False, 0.0, 0.0),
    "small": (8.0, False, 0.0, 0.0),
}
# Arabic script reads best a little larger and needs more room between lines
_SCRIPT_SCALE = {Script.LATIN: 1.0, Script.ARABIC: 1.12, Script.ETHIOPIC: 1.0}
_SCRIPT_LEADING = {Script.LATIN: 1.3, Script.ARABIC: 1.6, Script.ETHIOPIC: 1.45}


@dataclass(frozen=True)
class TextStyle:
    script: Script
    rtl: bool
    size: float
    leading: float
    bold: bool
    space_before: float
    space_after: float

    @property
    def spec(self) -> TextSpec:
        return _spec(self.script, self.size, self.bold, self.rtl)


@lru_cache(maxsize=256)
def _spec(script: Script, size: float, bold: bool, rtl: bool) -> TextSpec:
    return TextSpec(font_chain(script), size, bold, rtl)


@lru_cache(maxsize=256)
def text_style(language: str, role: str = "body", bold: bool | None = None,
               size: float | None = None) -> TextStyle:
    info = language_info(language)
    base_size, role_bold, before, after = _ROLES[role]
    s = (size or base_size) * _SCRIPT_SCALE[info.script]
    return TextStyle(info.script, info.rtl, s, round(s * _SCRIPT_LEADING[info.script], 2),
                     role_bold if bold is None else bold, before, after)


_ALIGN_RL = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}


@lru_cache(maxsize=512)
def _paragraph_style(style: TextStyle, align: str, color: str) -> ParagraphStyle:
    chain = font_chain(style.script)
    return ParagraphStyle(
        name=f"ta-{style.script}-{style.size}-{style.bold}-{align}-{color}",
        fontName=chain.primary.pdf_name(style.bold), fontSize=style.size, leading=style.leading,
        alignment=_ALIGN_RL[align], spaceBefore=style.space_before, spaceAfter=style.space_after,
        textColor=colors.HexColor(color), wordWrap=None,
    )


@lru_cache(maxsize=8192)
def _markup(text: str, chain: FontChain, bold: bool) -> str:
    """Paragraph markup switching to a fallback font where the primary one has no glyph."""
    keys = chain.font_keys(text)
    out: list[str] = []
    start = 0
    for pos in range(1, len(text) + 1):
        if pos == len(text) or keys[pos] != keys[start]:
            chunk = escape(text[start:pos]).replace("\n", "<br/>")
            if keys[start]:
                out.append(f'<font face="{chain.faces[keys[start]].pdf_name(bold)}">{chunk}</font>')
            else:
                out.append(chunk)
            start = pos
    return "".join(out)


def _physical_align(align: m.Align, rtl: bool) -> str:
    if align is m.Align.CENTER:
        return "center"
    if align is m.Align.JUSTIFY:
        return "right" if rtl else "justify"
    start, end = ("right", "left") if rtl else ("left", "right")
    return start if align is m.Align.START else end


def text_flowable(text: str, language: str, role: str = "body", *, bold: bool | None = None,
                  align: m.Align = m.Align.START, color: str = "#000000",
                  size: float | None = None, space_after: float | None = None) -> Flowable:
    """One paragraph of ``text`` in ``language``: the model → flowable step, kept thin."""
    latin = _latin_paragraph(text, language, role, bold, align, color, size, space_after)
    if latin is not None:
        markup, parsed_style, frags, key = latin
        return Paragraph(markup, parsed_style, frags=frags, key=key)
    style = text_style(language, role, bold, size)
    physical = _physical_align(align, style.rtl)
    return BidiParagraph(isolate_ltr(text) if style.rtl else text, style.spec, style.leading,
                         "left" if physical == "justify" else physical,
                         style.space_before,
                         style.space_after if space_after is None else space_after,
                         colors.HexColor(color))


@lru_cache(maxsize=8192)
def _latin_paragraph(text: str, language: str, role: str, bold: bool | None, align: m.Align, color: str,
                     size: float | None, space_after: float | None) -> tuple | None:
    """What reportlab's ``Paragraph`` needs for a text without right-to-left letters (None otherwise):
    worked out once per text and style (a dossier repeats its labels and status words)."""
    style = text_style(language, role, bold, size)
    if style.rtl or has_rtl(text):
        return None
    pstyle = _paragraph_style(style, _physical_align(align, style.rtl), color)
    if space_after is not None and space_after != pstyle.spaceAfter:
        pstyle = _paragraph_style_with_after(pstyle, space_after)
    # reportlab breaks lines at U+202F (and prints it as a space): give it U+00A0, which it keeps
    markup = _markup(text.replace("\u202f", "\u00a0"), font_chain(style.script), style.bold)
    parsed_style, frags = _parsed(markup, pstyle)
    return markup, parsed_style, frags, (markup, pstyle)


@lru_cache(maxsize=4096)
def _parsed(markup: str, style: ParagraphStyle) -> tuple[ParagraphStyle, list]:
    """reportlab's parse of a paragraph's markup, done once per text and style.

    Parsing is the costliest part of creating a ``Paragraph``; reportlab only reads the
    fragments afterwards (``tests/unit/test_documents_pdf.py`` checks the output is
    byte-identical with and without this cache).
    """
    parser = ParaParser()
    parsed_style, frags, _bullet = parser.parse(cleanBlockQuotedText(markup), style)
    if frags is None:
        raise ValueError(f"cannot parse paragraph {markup[:40]!r}")
    textTransformFrags(frags, parsed_style)
    return parsed_style, frags


@lru_cache(maxsize=128)
def _paragraph_style_with_after(style: ParagraphStyle, after: float) -> ParagraphStyle:
    return ParagraphStyle(name=f"{style.name}-a{after}", parent=style, spaceAfter=after)


# --- blocks -----------------------------------------------------------------------------

_TABLE_BASE = (
    ("FONTNAME", (0, 0), (-1, -1), LATIN.pdf_name()),  # empty string cells: not reportlab's Helvetica
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
)
_GRID_STYLE = TableStyle([*_TABLE_BASE, ("GRID", (0, 0), (-1, -1), 0.4, RULE)])
_KV_STYLE = TableStyle([*_TABLE_BASE, ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)])


def _mirror(row: list[Flowable], rtl: bool) -> list[Flowable]:
    return row[::-1] if rtl else row


def _heading(b: m.Heading, lang: str) -> list[Flowable]:
    role = f"h{min(max(b.level, 1), 3)}"
    flowable = text_flowable(b.text, lang, role)
    flowable.keepWithNext = True  # never a heading alone at the foot of a page
    return [flowable]


def _paragraph(b: m.Paragraph, lang: str) -> list[Flowable]:
    if b.small:
        flowable = text_flowable(b.text, lang, "body", bold=b.bold, align=b.align, size=b.size or 9.0,
                                 color="#333333", space_after=2)
    else:
        flowable = text_flowable(b.text, lang, "body", bold=b.bold, align=b.align, size=b.size)
    if b.keep_with_next:
        flowable.keepWithNext = True  # the closing and the signature never start a page alone
    return [flowable]


def _address(b: m.AddressBlock, lang: str) -> list[Flowable]:
    return [text_flowable("\n".join(b.lines), lang, "body", align=b.align, space_after=10)]


def _window_address(b: m.AddressBlock, lang: str) -> list[Flowable]:
    """The address in the window frame: Latin lines left-aligned (a postal address reads left to
    right whatever the letter's script), shrunk rather than cut when it has too many lines."""
    text = "\n".join(b.lines)
    flowable = text_flowable(text, lang if has_rtl(text) else "en", "body", align=m.Align.START,
                             space_after=0)
    return [KeepInFrame(WINDOW.width, WINDOW.height, [flowable], mode="shrink")]


def _contact(b: m.ContactBlock, lang: str, width: float | None = None,
             height: float | None = None) -> list[Flowable]:
    content: list[Flowable] = [text_flowable(b.heading, lang, "small", bold=True, color="#555555",
                                             space_after=1)]
    content += [text_flowable(line, lang, "small", color="#333333", space_after=0.5) for line in b.lines]
    if width is not None and height is not None:
        return [KeepInFrame(width, height, content, mode="shrink")]
    return [*content, RLSpacer(1, 6)]


def _annexes(b: m.Annexes, lang: str) -> list[Flowable]:
    out: list[Flowable] = [RLSpacer(1, 6), text_flowable(b.heading, lang, "body", bold=True, size=9.0,
                                                          space_after=1)]
    out[-1].keepWithNext = True
    out += [text_flowable(f"\u2013 {item}", lang, "body", size=9.0, space_after=1) for item in b.items]
    return out


CELL_PADDING = 8.0  # left + right padding of a table cell (_TABLE_BASE)
MIN_HEADER_SIZE = 7.0  # a header's font is shrunk down to this before a word would be broken


@lru_cache(maxsize=8192)
def word_width(word: str, language: str, role: str = "cell", bold: bool = False,
               size: float | None = None) -> float:
    """The printed width of one unbreakable ``word`` in a cell (points)."""
    style = text_style(language, role, bold, size)
    if style.rtl or has_rtl(word):
        lines = layout(isolate_ltr(word) if style.rtl else word, style.spec, 1e9)
        return max((line.width for line in lines), default=0.0)
    chain = font_chain(style.script)
    keys = chain.font_keys(word)
    return sum(stringWidth(ch, chain.faces[k].pdf_name(style.bold), style.size)
               for ch, k in zip(word, keys, strict=True))


def _longest_word(text: str, language: str, bold: bool, size: float | None = None) -> float:
    words = sorted(set(text.split()), key=len, reverse=True)[:3]
    return max((word_width(w, language, "cell", bold, size) for w in words), default=0.0)


def fit_columns(widths: list[float], need: list[float], total: float) -> list[float]:
    """Widen the columns narrower than ``need`` (their longest word + padding), taking the room
    from the columns that have some to spare, in proportion; ``total`` is kept."""
    out = list(widths)
    for _ in range(len(out)):
        short = [i for i, (w, n) in enumerate(zip(out, need, strict=True)) if w < n - 0.01]
        if not short:
            break
        missing = sum(need[i] - out[i] for i in short)
        spare = {i: out[i] - need[i] for i in range(len(out)) if i not in short and out[i] > need[i]}
        available = sum(spare.values())
        if available <= 0:
            break
        take = min(missing, available)
        for i in short:
            out[i] += (need[i] - out[i]) * take / missing
        for i, room in spare.items():
            out[i] -= room * take / available
    return [w * total / sum(out) for w in out] if sum(out) else out


def _fitted_widths(lang: str, header: tuple[str, ...], rows: list[list[str]], widths: list[float],
                   bold_first_column: bool = False) -> tuple[list[float], float | None]:
    """Column widths that give each header word and each long value word a line of its own, and
    the header font size (``None`` = the cell size; smaller when the widest word still does not fit)."""
    ncols = len(widths)
    need = [0.0] * ncols
    for j, text in enumerate(header):
        need[j] = max(need[j], _longest_word(text, lang, True) + CELL_PADDING)
    for r in rows:
        for j, text in enumerate(r[:ncols]):
            if len(text) > 8:  # a short value fits any column
                need[j] = max(need[j], _longest_word(text, lang, bold_first_column and j == 0)
                              + CELL_PADDING)
    fitted = fit_columns(widths, need, sum(widths))
    header_size: float | None = None
    base = _ROLES["cell"][0]
    for j, text in enumerate(header):
        size = base
        while size > MIN_HEADER_SIZE and _longest_word(text, lang, True, size) + CELL_PADDING > fitted[j]:
            size -= 0.5
        if size < base:
            header_size = size if header_size is None else min(header_size, size)
    return fitted, header_size


def _kv_table(b: m.KeyValueTable, lang: str) -> list[Flowable]:
    rtl = language_info(lang).rtl
    widths, _size = _fitted_widths(lang, (), [[k, v] for k, v in b.rows],
                                   [TEXT_WIDTH * b.key_width, TEXT_WIDTH * (1 - b.key_width)],
                                   bold_first_column=b.bold_keys)
    rows = [_mirror([text_flowable(k, lang, "cell", bold=b.bold_keys), text_flowable(v, lang, "cell")], rtl)
            for k, v in b.rows]
    return [RLTable(rows, colWidths=_mirror(widths, rtl), style=_KV_STYLE, hAlign="CENTER", spaceAfter=8)]


def _table(b: m.Table, lang: str) -> list[Flowable]:
    rtl = language_info(lang).rtl
    ncols = max([len(b.header)] + [len(r) for r in b.rows])
    rel = list(b.widths or (1.0,) * ncols)
    total = sum(rel)
    rows = [list(r) + [""] * (ncols - len(r)) for r in b.rows]
    fitted, header_size = _fitted_widths(lang, b.header, rows, [TEXT_WIDTH * w / total for w in rel])
    widths = _mirror(fitted, rtl)
    data = []
    if b.header:
        data.append(_mirror([text_flowable(h, lang, "cell", bold=True, size=header_size) for h in b.header],
                            rtl))
    for cells in rows:
        data.append(_mirror([text_flowable(c, lang, "cell") for c in cells], rtl))
    style = _GRID_STYLE
    if b.header:
        style = TableStyle([("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)], parent=_GRID_STYLE)
    return [RLTable(data, colWidths=widths, style=style, repeatRows=1 if b.header else 0,
                    hAlign="CENTER", spaceAfter=8)]


def _checklist(b: m.Checklist, lang: str) -> list[Flowable]:
    rtl = language_info(lang).rtl
    words = labels(lang)
    box_w, due_w = 18.0, 40 * mm
    widths = _mirror([box_w, TEXT_WIDTH - box_w - due_w, due_w], rtl)
    data = []
    highlight_rows = []
    for i, item in enumerate(b.items):
        text_cell: list[Flowable] = [text_flowable(item.text, lang, "cell")]
        if item.note:
            text_cell.append(text_flowable(item.note, lang, "small", color="#555555"))
        due_cell: list[Flowable] = []
        if item.due is not None:
            due_cell.append(text_flowable(f"{words.due}: {format_date(item.due, lang)}", lang, "small"))
        status = words.done if item.done else (words.overdue if item.highlight else words.open)
        due_cell.append(text_flowable(status, lang, "small", bold=item.highlight and not item.done,
                                      color="#a4161a" if item.highlight and not item.done else "#555555"))
        data.append(_mirror([CheckBox(item.done), text_cell, due_cell], rtl))
        if item.highlight and not item.done:
            highlight_rows.append(i)
    cmds = [*_TABLE_BASE, ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4)]
    cmds += [("BACKGROUND", (0, r), (-1, r), HIGHLIGHT_FILL) for r in highlight_rows]
    out: list[Flowable] = []
    if b.title:
        out.append(text_flowable(b.title, lang, "h3"))
    if data:
        out.append(RLTable(data, colWidths=widths, style=TableStyle(cmds), hAlign="CENTER", spaceAfter=8))
    return out


def _signature(b: m.SignatureBlock, lang: str) -> list[Flowable]:
    rtl = language_info(lang).rtl
    words = labels(lang)
    out: list[Flowable] = [RLSpacer(1, 10)]
    if b.place or b.date:
        sep = "، " if rtl else ", "  # an Arabic comma keeps place and date in separate runs
        when = sep.join(p for p in (b.place, format_date(b.date, lang) if b.date else "") if p)
        out.append(text_flowable(f"{words.date}: {when}", lang, "body"))
    n = max(len(b.signatories), 1)
    col = TEXT_WIDTH / n
    row_label, row_space, row_name, row_role = [], [], [], []
    for s in b.signatories:
        row_label.append(text_flowable(words.signature, lang, "small", color="#555555"))
        row_space.append("")
        row_name.append(text_flowable(s.name, lang, "cell", bold=True))
        row_role.append(text_flowable(s.role, lang, "small") if s.role else "")
    data = [_mirror(r, rtl) for r in (row_label, row_space, row_name, row_role)]
    inner, outer = ("LEFTPADDING", "RIGHTPADDING") if rtl else ("RIGHTPADDING", "LEFTPADDING")
    style = TableStyle([*_TABLE_BASE, ("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.black),
                        (inner, (0, 0), (-1, -1), 18), (outer, (0, 0), (-1, -1), 0)])
    table = RLTable(data, colWidths=[col] * n, rowHeights=[None, 36, None, None], style=style,
                    hAlign="CENTER")
    out.append(table)
    # one chain of keepWithNext rather than a KeepTogether: reportlab does not chain a preceding
    # keepWithNext paragraph (the closing) with a KeepTogether, but does with plain flowables
    for flowable in out[:-1]:
        flowable.keepWithNext = True
    return out


def _page_break(b: m.PageBreak, lang: str) -> list[Flowable]:
    return [RLPageBreak()]


def _spacer(b: m.Spacer, lang: str) -> list[Flowable]:
    return [RLSpacer(1, b.height)]


def _qr(b: m.QRCode, lang: str) -> list[Flowable]:
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(b.data, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(b.size, b.size, transform=[b.size / (x1 - x0), 0, 0, b.size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "RIGHT" if language_info(lang).rtl else "LEFT"
    out: list[Flowable] = [drawing]
    if b.caption:
        out.append(text_flowable(b.caption, lang, "small", color="#555555"))
    return out


_BLOCKS: dict[type, Callable[[object, str], list[Flowable]]] = {
    m.QRCode: _qr,
    m.Heading: _heading, m.Paragraph: _paragraph, m.AddressBlock: _address,
    m.ContactBlock: _contact, m.Annexes: _annexes,
    m.KeyValueTable: _kv_table, m.Table: _table, m.Checklist: _checklist,
    m.SignatureBlock: _signature, m.PageBreak: _page_break, m.Spacer: _spacer,
}


def draft_box(section_language: str, document_language: str) -> Flowable:
    cell = [text_flowable(labels(section_language).draft_translation, section_language, "small",
                          bold=True, color="#8a5a00")]
    if language_info(section_language).code != language_info(document_language).code:
        cell.append(text_flowable(labels(document_language).draft_translation, document_language,
                                  "small", color="#8a5a00"))
    style = TableStyle([*_TABLE_BASE, ("BOX", (0, 0), (-1, -1), 0.8, DRAFT_TEXT),
                        ("BACKGROUND", (0, 0), (-1, -1), DRAFT_FILL)])
    return RLTable([[cell]], colWidths=[TEXT_WIDTH], style=style, spaceAfter=8)


class PartMarker(Flowable):
    """Zero-size flowable at the top of a part's first page: page numbers restart, footer languages reset."""

    def __init__(self, part: int) -> None:
        super().__init__()
        self.part = part
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, ANN001
        mark = getattr(canvas, "ta_part", None)
        if mark is not None:
            mark(self.part)

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass


def window_block(section: m.Section) -> m.AddressBlock | None:
    """The section's window address (the first ``AddressBlock(window=True)``), if any."""
    return next((b for b in section.blocks if isinstance(b, m.AddressBlock) and b.window), None)


def _window_parts(doc: m.Document) -> set[int]:
    """Indexes of the sections that open a part and put an address in the envelope window."""
    return {i for i, s in enumerate(doc.sections)
            if (i == 0 or s.new_part) and doc.letterhead is not None and window_block(s) is not None}


# --- two A5 cards per A4 sheet ---------------------------------------------------------
SHEET_WIDTH, SHEET_HEIGHT = A4[1], A4[0]  # landscape
CARD_MARGIN = 10 * mm
CARD_FRAME_WIDTH = SHEET_WIDTH / 2 - 2 * CARD_MARGIN
CARD_FRAME_HEIGHT = SHEET_HEIGHT - 2 * CARD_MARGIN - 6 * mm  # 6 mm for the centre's name on top
CARD_SCALE = CARD_FRAME_WIDTH / TEXT_WIDTH  # a card is laid out at A4 text width, then scaled to A5


class _ScaledCard(Flowable):
    """One card: laid out at the A4 text width, shrunk further if it is longer than its half sheet,
    drawn at ``CARD_SCALE`` in an A5 frame."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.inner = KeepInFrame(TEXT_WIDTH, CARD_FRAME_HEIGHT / CARD_SCALE, content, mode="shrink")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        w, h = self.inner.wrapOn(self.canv, TEXT_WIDTH, CARD_FRAME_HEIGHT / CARD_SCALE)
        self.width, self.height = w * CARD_SCALE, h * CARD_SCALE
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(CARD_SCALE, CARD_SCALE)
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def _card_story(doc: m.Document) -> list[Flowable]:
    """Every section with ``new_page`` (and the first) starts a card; a card fills one half sheet."""
    cards: list[list[m.Section]] = []
    for index, section in enumerate(doc.sections):
        if index == 0 or section.new_page or section.new_part:
            cards.append([])
        cards[-1].append(section)
    story: list[Flowable] = []
    for i, card in enumerate(cards):
        if i:
            story.append(FrameBreak())
        story.append(SectionMarker(card[0].language, card[0].draft, SHEET_HEIGHT))  # outside the scaled content
        content: list[Flowable] = []
        for section in card:
            if section.draft:
                content.append(draft_box(section.language, doc.language))
            for block in section.blocks:
                content.extend(_BLOCKS[type(block)](block, block.language or section.language))
        story.append(_ScaledCard(content))
    return story


def build_flowables(doc: m.Document) -> list[Flowable]:
    """The platypus story of ``doc`` (used by :func:`render_pdf`; exposed for benchmarks)."""
    register_pdf_fonts()
    if doc.sheet is m.Sheet.A5_TWO_UP:
        return _card_story(doc)
    frame_top = PAGE_HEIGHT - _top_margin(doc)
    windows = _window_parts(doc)
    story: list[Flowable] = []
    part = 0
    for index, section in enumerate(doc.sections):
        opens_part = index > 0 and section.new_part
        if opens_part:
            part += 1
        if doc.starts_new_page(index):
            if opens_part:
                story.append(NextPageTemplate("window" if index in windows else "page"))
            story.append(RLPageBreak())
        if index == 0 or opens_part:
            story.append(PartMarker(part))
        marker = SectionMarker(section.language, section.draft,
                               PAGE_HEIGHT - CONTACT.top if index in windows else frame_top)
        marker.keepWithNext = True  # on the page of the section's first line, not at the foot of the last
        story.append(marker)
        blocks = list(section.blocks)
        if index in windows:
            address = window_block(section)
            contacts = [b for b in blocks if isinstance(b, m.ContactBlock)]
            for contact in contacts[:1]:
                story.extend(_contact(contact, contact.language or section.language, CONTACT.width,
                                      CONTACT.height))
            story.append(FrameBreak())
            story.extend(_window_address(address, address.language or section.language))
            story.append(FrameBreak())
            blocks = [b for b in blocks if b is not address and b not in contacts[:1]]
        if section.draft:
            story.append(draft_box(section.language, doc.language))
        for block in blocks:
            story.extend(_BLOCKS[type(block)](block, block.language or section.language))
    return story


# --- page furniture -------------------------------------------------------------------

def _top_margin(doc: m.Document) -> float:
    return MARGIN_TOP_LETTERHEAD if doc.letterhead else MARGIN_TOP_PLAIN


LOGO_MAX_HEIGHT = 16 * mm
LOGO_MAX_WIDTH = 40 * mm


@lru_cache(maxsize=8)
def _logo(data: bytes) -> tuple[object, float, float]:
    """reportlab's reader of a logo (one per image: embedded once per document) and its size on paper."""
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(data))
    width, height = reader.getSize()
    scale = min(LOGO_MAX_HEIGHT / height, LOGO_MAX_WIDTH / width)
    return reader, width * scale, height * scale


def _draw_letterhead(canvas: Canvas, letterhead: m.Letterhead) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 12 * mm
    name_spec = _spec(Script.LATIN, 12.0, True, False)
    small = _spec(Script.LATIN, 8.0, False, False)
    x = MARGIN_X
    logo_bottom = top
    if letterhead.logo:
        reader, width, height = _logo(letterhead.logo)
        canvas.drawImage(reader, MARGIN_X, top - height, width, height, mask="auto")
        x, logo_bottom = MARGIN_X + width + 5 * mm, top - height - 2
    canvas.setFillColor(colors.black)
    draw_text(canvas, letterhead.name, name_spec, x, top - 12)
    canvas.setFillColor(GREY)
    y = top - 24
    if letterhead.operator:
        draw_text(canvas, letterhead.operator, small, x, y)
        y -= 10
    for line in letterhead.address_lines:
        draw_text(canvas, line, small, x, y)
        y -= 10
    y2 = top - 12
    for line in letterhead.contact_lines:
        draw_text(canvas, line, small, MARGIN_X, y2, align="right", width=TEXT_WIDTH)
        y2 -= 10
    rule_y = min(y, y2, logo_bottom) + 2
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, page: int, pages: int, languages: list[str], drafts: list[str],
                 with_numbers: bool, mark: tuple[str, str] | None = None) -> None:
    canvas.saveState()
    y = 12 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    if mark is not None:  # the running mark (start of the line); the page number then goes to the end
        lang, text = mark
        canvas.setFillColor(GREY)
        draw_text(canvas, text, _footer_spec(language_info(lang)), MARGIN_X, y, "left", TEXT_WIDTH)
    if with_numbers:
        canvas.setFillColor(GREY)
        texts = [(lang, labels(lang).page(page, pages)) for lang in languages]
        if mark is not None:
            lang, text = texts[0]
            draw_text(canvas, text, _footer_spec(language_info(lang)), MARGIN_X, y, "right", TEXT_WIDTH)
        elif len(texts) == 1:
            lang, text = texts[0]
            draw_text(canvas, text, _footer_spec(language_info(lang)), MARGIN_X, y, "center", TEXT_WIDTH)
        else:
            for i, (lang, text) in enumerate(texts[:2]):
                draw_text(canvas, text, _footer_spec(language_info(lang)), MARGIN_X, y,
                          "left" if i == 0 else "right", TEXT_WIDTH)
    if drafts:
        canvas.setFillColor(DRAFT_TEXT)
        lang = drafts[0]
        draw_text(canvas, labels(lang).draft_translation, _footer_spec(language_info(lang)),
                  MARGIN_X, y - 11, "center", TEXT_WIDTH)
    canvas.restoreState()


def _footer_spec(info: LanguageInfo) -> TextSpec:
    return _spec(info.script, 8.0 * _SCRIPT_SCALE[info.script], False, info.rtl)


def _canvas_class(doc: m.Document) -> type[Canvas]:
    doc_language = language_info(doc.language).code

    class DocumentCanvas(Canvas):
        """Keeps each page until the end so the footer can say "page x of y" (of the page's part)."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._ta_current = doc.sections[0].language if doc.sections else doc.language
            self._ta_current_draft = bool(doc.sections and doc.sections[0].draft)
            self._ta_lang_open = False
            self._ta_part = 0
            self._ta_new_page()

        def _ta_new_page(self) -> None:
            self._ta_langs = [self._ta_current]
            self._ta_drafts = [self._ta_current] if self._ta_current_draft else []

        def ta_part(self, part: int) -> None:
            """A part begins on this page: only its own sections count for the footer."""
            self._ta_part = part
            self._ta_langs, self._ta_drafts = [], []

        def ta_section(self, language: str, draft: bool, at_top: bool) -> None:
            if at_top:
                self._ta_langs, self._ta_drafts = [], []
            if language not in self._ta_langs:
                self._ta_langs.append(language)
            if draft and language not in self._ta_drafts:
                self._ta_drafts.append(language)
            self._ta_current, self._ta_current_draft = language, draft
            self._ta_close_lang()
            self.ta_page_content()

        def ta_page_content(self) -> None:
            """The page's own content starts (after the letterhead): mark a part in another language."""
            code = language_info(self._ta_current).code
            if code != doc_language and not self._ta_lang_open:
                self._code.append(f"/Span <</Lang ({code})>> BDC")  # reportlab has no API for it
                self._ta_lang_open = True

        def _ta_close_lang(self) -> None:
            if self._ta_lang_open:
                self._code.append("EMC")
                self._ta_lang_open = False

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._ta_close_lang()
            state = dict(self.__dict__)
            state["_ta_page_langs"] = list(self._ta_langs or [self._ta_current])
            state["_ta_page_drafts"] = list(self._ta_drafts)
            state["_ta_page_part"] = self._ta_part
            self._pages.append(state)
            self._startPage()
            self._ta_new_page()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for state in self._pages:
                totals[state["_ta_page_part"]] = totals.get(state["_ta_page_part"], 0) + 1
            seen: dict[int, int] = {}
            for state in self._pages:
                part = state.pop("_ta_page_part")
                seen[part] = seen.get(part, 0) + 1
                langs, drafts = state.pop("_ta_page_langs"), state.pop("_ta_page_drafts")
                self.__dict__.update(state)
                if doc.sheet is not m.Sheet.A5_TWO_UP:  # two cards a sheet: no page footer
                    _draw_footer(self, seen[part], totals[part], langs, drafts, doc.page_numbers,
                                 (doc.language, doc.running_mark) if doc.running_mark else None)
                Canvas.showPage(self)
            Canvas.save(self)

    return DocumentCanvas


def _draw_fold_marks(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    for y in FOLD_MARKS:
        canvas.line(5 * mm, PAGE_HEIGHT - y, 9 * mm, PAGE_HEIGHT - y)
    canvas.restoreState()


def _build_cards(doc: m.Document, story: list[Flowable], target: io.BytesIO) -> None:
    template = BaseDocTemplate(
        target, pagesize=(SHEET_WIDTH, SHEET_HEIGHT), leftMargin=CARD_MARGIN, rightMargin=CARD_MARGIN,
        topMargin=CARD_MARGIN, bottomMargin=CARD_MARGIN, title=doc.title, author=doc.author,
        subject=doc.subject, creator="Transition Assistant", lang=language_info(doc.language).code,
        initialFontName=LATIN.pdf_name())
    frames = [Frame(x, CARD_MARGIN, CARD_FRAME_WIDTH, CARD_FRAME_HEIGHT, leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0, id=f"card{i}")
              for i, x in enumerate((CARD_MARGIN, SHEET_WIDTH / 2 + CARD_MARGIN))]
    name = doc.letterhead.name if doc.letterhead else ""

    def on_sheet(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        canvas.line(SHEET_WIDTH / 2, 4 * mm, SHEET_WIDTH / 2, SHEET_HEIGHT - 4 * mm)  # the cut line
        canvas.restoreState()
        if name:
            canvas.setFillColor(GREY)
            for x in (CARD_MARGIN, SHEET_WIDTH / 2 + CARD_MARGIN):
                draw_text(canvas, name, _spec(Script.LATIN, 8.0, True, False), x, SHEET_HEIGHT - CARD_MARGIN - 3 * mm,
                          "left", CARD_FRAME_WIDTH)
        canvas.ta_page_content()

    template.addPageTemplates([PageTemplate(id="cards", frames=frames, onPage=on_sheet)])
    template.build(story or [RLSpacer(1, 1)], canvasmaker=_canvas_class(doc))


def _build(doc: m.Document, story: list[Flowable], target: io.BytesIO) -> None:
    register_pdf_fonts()
    if doc.sheet is m.Sheet.A5_TWO_UP:
        _build_cards(doc, story, target)
        return
    top = _top_margin(doc)
    template = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=top,
        bottomMargin=MARGIN_BOTTOM, title=doc.title, author=doc.author, subject=doc.subject,
        creator="Transition Assistant", lang=language_info(doc.language).code,
        initialFontName=LATIN.pdf_name(),  # reportlab's default (Helvetica) would not be embedded
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - top - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    letterhead = doc.letterhead

    def on_page(canvas: Canvas, _doc: object) -> None:
        if letterhead:
            _draw_letterhead(canvas, letterhead)
        canvas.ta_page_content()

    page = PageTemplate(id="page", frames=[frame], onPage=on_page)
    templates = [page]
    if letterhead is not None and _window_parts(doc):
        def on_window_page(canvas: Canvas, _doc: object) -> None:
            _draw_letterhead(canvas, letterhead)
            _draw_fold_marks(canvas)
            canvas.ta_page_content()

        body = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - WINDOW_BODY_TOP - MARGIN_BOTTOM,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        window = PageTemplate(id="window", frames=[CONTACT.frame("contact"), WINDOW.frame("window"), body],
                              onPage=on_window_page, autoNextPageTemplate="page")
        templates = [window, page] if 0 in _window_parts(doc) else [page, window]
    template.addPageTemplates(templates)
    template.build(story or [RLSpacer(1, 1)], canvasmaker=_canvas_class(doc))


def render_pdf(doc: m.Document) -> bytes:
    """The PDF of ``doc`` as bytes."""
    buffer = io.BytesIO()
    _build(doc, build_flowables(doc), buffer)
    return buffer.getvalue()


def render_pdf_parts(doc: m.Document) -> list[bytes]:
    """One PDF per part of ``doc`` (``Section.new_part``): for a letter, the letter to the authority
    and the family copy as two files.  A document of one part gives one PDF, as :func:`render_pdf`."""
    return [render_pdf(part) for part in doc.parts()]


def write_pdf(doc: m.Document, path: str | os.PathLike[str]) -> Path:
    """Render ``doc`` and write it to ``path`` atomically (never a half-written file)."""
    return write_atomic(path, render_pdf(doc))


def write_pdf_parts(doc: m.Document, path: str | os.PathLike[str]) -> list[Path]:
    """Write each part of ``doc`` to a file of its own, atomically: ``letter.pdf`` for the first
    part, ``letter-family.pdf`` for the next (:func:`output.part_path`)."""
    names = doc.part_names()
    return [write_atomic(part_path(path, i, names[i]), data) for i, data in enumerate(render_pdf_parts(doc))]
