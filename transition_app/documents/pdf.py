"""PDF renderer: :class:`model.Document` → A4 PDF with reportlab platypus.

Latin, Cyrillic and Ethiopic text without right-to-left letters goes through reportlab's
own ``Paragraph`` (fast, justified when asked); anything with Arabic-script letters goes
through :class:`flowables.BidiParagraph` (bidi per line + HarfBuzz, see
:mod:`shaping`).  Both get per-character font fallback, so a Latin name inside Tigrinya
or Arabic text is not drawn as boxes.

Public API: :func:`render_pdf` (bytes) and :func:`write_pdf` (atomic file).
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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from transition_app.documents import model as m
from transition_app.documents.flowables import BidiParagraph, CheckBox, SectionMarker
from transition_app.documents.fonts import FontChain, font_chain, register_pdf_fonts
from transition_app.documents.labels import format_date, labels
from transition_app.documents.output import write_atomic
from transition_app.documents.scripts import LanguageInfo, Script, has_rtl, isolate_ltr, language_info
from transition_app.documents.shaping import TextSpec, draw_text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_BOTTOM = 22 * mm
MARGIN_TOP_PLAIN = 20 * mm
MARGIN_TOP_LETTERHEAD = 36 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

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
    style = text_style(language, role, bold, size)
    physical = _physical_align(align, style.rtl)
    if style.rtl or has_rtl(text):
        return BidiParagraph(isolate_ltr(text) if style.rtl else text, style.spec, style.leading,
                             "left" if physical == "justify" else physical,
                             style.space_before,
                             style.space_after if space_after is None else space_after,
                             colors.HexColor(color))
    pstyle = _paragraph_style(style, physical, color)
    if space_after is not None and space_after != pstyle.spaceAfter:
        pstyle = _paragraph_style_with_after(pstyle, space_after)
    markup = _markup(text, font_chain(style.script), style.bold)
    parsed_style, frags = _parsed(markup, pstyle)
    return RLParagraph(markup, parsed_style, frags=frags)


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
    return [text_flowable(b.text, lang, "body", bold=b.bold, align=b.align, size=b.size)]


def _address(b: m.AddressBlock, lang: str) -> list[Flowable]:
    return [text_flowable("\n".join(b.lines), lang, "body", align=b.align, space_after=10)]


def _kv_table(b: m.KeyValueTable, lang: str) -> list[Flowable]:
    rtl = language_info(lang).rtl
    rows = [_mirror([text_flowable(k, lang, "cell", bold=b.bold_keys), text_flowable(v, lang, "cell")], rtl)
            for k, v in b.rows]
    widths = _mirror([TEXT_WIDTH * b.key_width, TEXT_WIDTH * (1 - b.key_width)], rtl)
    return [RLTable(rows, colWidths=widths, style=_KV_STYLE, hAlign="CENTER", spaceAfter=8)]


def _table(b: m.Table, lang: str) -> list[Flowable]:
    rtl = language_info(lang).rtl
    ncols = max([len(b.header)] + [len(r) for r in b.rows])
    rel = list(b.widths or (1.0,) * ncols)
    total = sum(rel)
    widths = _mirror([TEXT_WIDTH * w / total for w in rel], rtl)
    data = []
    if b.header:
        data.append(_mirror([text_flowable(h, lang, "cell", bold=True) for h in b.header], rtl))
    for r in b.rows:
        cells = list(r) + [""] * (ncols - len(r))
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
    return [KeepTogether(out)]


def _page_break(b: m.PageBreak, lang: str) -> list[Flowable]:
    return [RLPageBreak()]


def _spacer(b: m.Spacer, lang: str) -> list[Flowable]:
    return [RLSpacer(1, b.height)]


_BLOCKS: dict[type, Callable[[object, str], list[Flowable]]] = {
    m.Heading: _heading, m.Paragraph: _paragraph, m.AddressBlock: _address,
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


def build_flowables(doc: m.Document) -> list[Flowable]:
    """The platypus story of ``doc`` (used by :func:`render_pdf`; exposed for benchmarks)."""
    register_pdf_fonts()
    frame_top = PAGE_HEIGHT - _top_margin(doc)
    story: list[Flowable] = []
    for index, section in enumerate(doc.sections):
        if doc.starts_new_page(index):
            story.append(RLPageBreak())
        story.append(SectionMarker(section.language, section.draft, frame_top))
        if section.draft:
            story.append(draft_box(section.language, doc.language))
        for block in section.blocks:
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
    class DocumentCanvas(Canvas):
        """Keeps each page until the end so the footer can say "page x of y"."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._ta_current = doc.sections[0].language if doc.sections else doc.language
            self._ta_current_draft = bool(doc.sections and doc.sections[0].draft)
            self._ta_new_page()

        def _ta_new_page(self) -> None:
            self._ta_langs = [self._ta_current]
            self._ta_drafts = [self._ta_current] if self._ta_current_draft else []

        def ta_section(self, language: str, draft: bool, at_top: bool) -> None:
            if at_top:
                self._ta_langs, self._ta_drafts = [], []
            if language not in self._ta_langs:
                self._ta_langs.append(language)
            if draft and language not in self._ta_drafts:
                self._ta_drafts.append(language)
            self._ta_current, self._ta_current_draft = language, draft

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            state = dict(self.__dict__)
            state["_ta_page_langs"] = list(self._ta_langs)
            state["_ta_page_drafts"] = list(self._ta_drafts)
            self._pages.append(state)
            self._startPage()
            self._ta_new_page()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                langs, drafts = state.pop("_ta_page_langs"), state.pop("_ta_page_drafts")
                self.__dict__.update(state)
                _draw_footer(self, number, total, langs, drafts, doc.page_numbers,
                             (doc.language, doc.running_mark) if doc.running_mark else None)
                Canvas.showPage(self)
            Canvas.save(self)

    return DocumentCanvas


def _build(doc: m.Document, story: list[Flowable], target: io.BytesIO) -> None:
    register_pdf_fonts()
    top = _top_margin(doc)
    template = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=top,
        bottomMargin=MARGIN_BOTTOM, title=doc.title, author=doc.author, subject=doc.subject,
        creator="Transition Assistant", lang=language_info(doc.language).code,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - top - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    on_page = (lambda canvas, _doc: _draw_letterhead(canvas, doc.letterhead)) if doc.letterhead else None
    kwargs = {"onPage": on_page} if on_page else {}
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], **kwargs)])
    template.build(story or [RLSpacer(1, 1)], canvasmaker=_canvas_class(doc))


def render_pdf(doc: m.Document) -> bytes:
    """The PDF of ``doc`` as bytes."""
    buffer = io.BytesIO()
    _build(doc, build_flowables(doc), buffer)
    return buffer.getvalue()


def write_pdf(doc: m.Document, path: str | os.PathLike[str]) -> Path:
    """Render ``doc`` and write it to ``path`` atomically (never a half-written file)."""
    return write_atomic(path, render_pdf(doc))
