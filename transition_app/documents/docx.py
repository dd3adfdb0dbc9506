"""DOCX renderer: :class:`model.Document` → an editable Word file (python-docx).

Same content and structure as the PDF.  Right-to-left paragraphs get ``w:bidi``, their
Arabic-script runs ``w:rtl`` and a complex-script font (``w:rFonts w:cs``) — no RIGHT
alignment, which Word and LibreOffice read as the *end* of an RTL line, i.e. left.
RTL tables are mirrored with ``w:bidiVisual``; column widths are set per column and per
cell.  Header: letterhead; footer: "Page {PAGE} of {NUMPAGES}" as live fields.

Fonts are ones a Windows 10/11 PC has (:func:`windows_fonts`): Calibri for Latin text, Arial or
Segoe UI as the complex-script font of Arabic-script languages, Ebrima for Ethiopic; ``w:eastAsia``
is left to Word.

Parts (``model.Section.new_part``: a letter's authority part and family copy) are Word sections
of their own: a new page, page numbers restarting at 1 ("{PAGE} of {SECTIONPAGES}"), their own
footer (the draft-translation mark only in a draft part's footer).  The first page of a part with
a window address starts with a two-column table — contact block | recipient's address — whose
address column is where the PDF's envelope window is (``pdf.WINDOW``; the section's top margin
and a spacer of exact height put it 50 mm from the top).

Public API: :func:`render_docx` (bytes), :func:`render_docx_parts` (one file per part),
:func:`write_docx` and :func:`write_docx_parts` (atomic files).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from transition_app.documents import model as m
from transition_app.documents.fonts import font_chain
from transition_app.documents.labels import format_date, labels
from transition_app.documents.output import part_path, write_atomic
from transition_app.documents.scripts import Script, has_rtl, isolate_ltr, language_info

TEXT_WIDTH_MM = 170.0
BOX_OPEN, BOX_DONE = "\u2610", "\u2611"
_GREY = RGBColor(0x55, 0x55, 0x55)
_RED = RGBColor(0xA4, 0x16, 0x1A)
_DRAFT = RGBColor(0x8A, 0x5A, 0x00)
_LANG_TAGS = {"fr": "fr-BE", "nl": "nl-BE", "de": "de-BE", "en": "en-GB", "ar": "ar-SA", "fa": "fa-IR",
              "prs": "prs-AF", "ps": "ps-AF", "ckb": "ckb-IQ", "ti": "ti-ER", "am": "am-ET", "so": "so-SO",
              "tr": "tr-TR", "uk": "uk-UA", "ru": "ru-RU"}


def _lang_tag(language: str) -> str:
    return _LANG_TAGS.get(language_info(language).code, language)


# Fonts every Windows 10/11 installation has.  Arial and Segoe UI both ship Arabic; Segoe UI covers
# the letters of Pashto and Sorani (ټ ډ ښ ګ ڼ ۍ, ڕ ڵ ێ ۆ) too.  Nyala is an optional Windows feature
# ("Ethiopic Supplemental Fonts"), Ebrima is installed everywhere and has Ethiopic and Latin.
LATIN_FONT = "Calibri"
COMPLEX_FONT = "Arial"  # complex-script font of Latin-script documents (an Arabic name in French text)
ARABIC_SCRIPT_FONTS = {"ar": "Arial", "fa": "Arial", "prs": "Arial", "ps": "Segoe UI", "ckb": "Segoe UI"}
ETHIOPIC_FONT = "Ebrima"


def windows_fonts(language: str) -> tuple[str, str]:
    """``(ascii/hAnsi font, complex-script font)`` of text in ``language``."""
    info = language_info(language)
    if info.script is Script.ETHIOPIC:
        return ETHIOPIC_FONT, ETHIOPIC_FONT
    if info.script is Script.ARABIC:
        return LATIN_FONT, ARABIC_SCRIPT_FONTS.get(info.code, "Segoe UI")
    return LATIN_FONT, COMPLEX_FONT


# --- low-level XML helpers ------------------------------------------------------------------

def _set(parent, tag: str, **attrs: str):  # noqa: ANN001, ANN202 - lxml elements
    """Get or create child ``tag`` of ``parent`` and set its ``w:`` attributes."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _set_fonts(rpr, ascii_font: str, cs_font: str) -> None:  # noqa: ANN001
    """``w:rFonts`` ascii/hAnsi/cs (``w:eastAsia`` untouched: Word's own choice for CJK text)."""
    _set(rpr, "w:rFonts", ascii=ascii_font, hAnsi=ascii_font, cs=cs_font)


def _mark_bidi(paragraph: DocxParagraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # w:bidi must come early in pPr (after pStyle/keepNext/…): before spacing/ind/jc
    for sibling in ("w:spacing", "w:ind", "w:jc", "w:rPr"):
        el = ppr.find(qn(sibling))
        if el is not None:
            el.addprevious(bidi)
            return
    ppr.append(bidi)


def _shade(element_pr, fill: str) -> None:  # noqa: ANN001
    _set(element_pr, "w:shd", val="clear", color="auto", fill=fill)


# --- text ----------------------------------------------------------------------------------

def _add_text(paragraph: DocxParagraph, text: str, language: str, *, bold: bool = False,
              size: float | None = None, color: RGBColor | None = None) -> None:
    """Add ``text`` as runs, one per font (the script's font or the Latin fallback)."""
    info = language_info(language)
    rtl_para = info.rtl
    if rtl_para:
        text = isolate_ltr(text)
    chain = font_chain(info.script)
    keys = chain.font_keys(text) if text else ()
    start = 0
    for pos in range(1, len(text) + 1):
        if pos == len(text) or keys[pos] != keys[start] or text[pos] == "\n" or text[pos - 1] == "\n":
            chunk = text[start:pos]
            if chunk == "\n":
                paragraph.add_run().add_break(WD_BREAK.LINE)
            else:
                _add_run(paragraph, chunk, language, bold, size, color)
            start = pos


def _add_run(paragraph: DocxParagraph, chunk: str, language: str, bold: bool,
             size: float | None, color: RGBColor | None) -> None:
    run = paragraph.add_run(chunk)
    rpr = run._r.get_or_add_rPr()
    arabic = has_rtl(chunk)
    _set_fonts(rpr, *windows_fonts(language))
    if bold:
        run.bold = True
        _set(rpr, "w:bCs")
    if color is not None:
        run.font.color.rgb = color
    if size:
        run.font.size = Pt(size)
        _set(rpr, "w:szCs", val=str(int(round(size * 2))))
    if arabic:
        run.font.rtl = True
    _set(rpr, "w:lang", val=_lang_tag(language), bidi=_lang_tag(language) if arabic else "ar-SA")


def _paragraph(container, text: str, language: str, *, style: str | None = None,  # noqa: ANN001
               bold: bool = False, align: m.Align = m.Align.START, size: float | None = None,
               color: RGBColor | None = None, space_after: float | None = None) -> DocxParagraph:
    p = container.add_paragraph(style=style)
    rtl = language_info(language).rtl
    if rtl:
        _mark_bidi(p)
    # In a w:bidi paragraph "left"/"right" are logical start/end: START needs nothing
    if align is m.Align.CENTER:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align is m.Align.END:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align is m.Align.JUSTIFY and not rtl:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    _add_text(p, text, language, bold=bold, size=size, color=color)
    return p


def _cell_paragraph(cell, text: str, language: str, **kwargs: object) -> DocxParagraph:  # noqa: ANN001
    """Write into a table cell's first (empty) paragraph, then append further ones."""
    first = cell.paragraphs[0]
    if not first.runs and not first.text:
        first._p.getparent().remove(first._p)
    return _paragraph(cell, text, language, space_after=0, **kwargs)  # type: ignore[arg-type]


# --- tables --------------------------------------------------------------------------------

def _table(doc_or_cell, rows: int, widths_mm: list[float], rtl: bool, grid: bool) -> DocxTable:  # noqa: ANN001
    table = doc_or_cell.add_table(rows=rows, cols=len(widths_mm))
    if grid:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    if rtl:
        _set(tbl_pr, "w:bidiVisual")
    _set(tbl_pr, "w:tblLayout", type="fixed")
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
        for cell in table.columns[i].cells:
            cell.width = Mm(w)
    return table


def _row_shading(table: DocxTable, row: int, fill: str) -> None:
    for cell in table.rows[row].cells:
        _shade(cell._tc.get_or_add_tcPr(), fill)


def _bottom_border(table: DocxTable, row: int, size: int = 4) -> None:
    for cell in table.rows[row].cells:
        borders = _set(cell._tc.get_or_add_tcPr(), "w:tcBorders")
        _set(borders, "w:bottom", val="single", sz=str(size), space="0", color="808080")


# --- blocks --------------------------------------------------------------------------------

def _heading(doc: DocxDocument, b: m.Heading, lang: str) -> None:
    level = min(max(b.level, 1), 3)
    _paragraph(doc, b.text, lang, style=f"Heading {level}")


def _para(doc: DocxDocument, b: m.Paragraph, lang: str) -> None:
    p = _paragraph(doc, b.text, lang, bold=b.bold, align=b.align, size=b.size or (9 if b.small else None),
                   space_after=2 if b.small else None)
    if b.keep_with_next:
        p.paragraph_format.keep_with_next = True  # the closing and the signature on the same page


def _address(doc: DocxDocument, b: m.AddressBlock, lang: str) -> None:
    _paragraph(doc, "\n".join(b.lines), lang, align=b.align, space_after=10)


def _contact_into(container, b: m.ContactBlock, lang: str, first: bool) -> None:  # noqa: ANN001
    write = _cell_paragraph if first else (lambda c, t, lg, **kw: _paragraph(c, t, lg, space_after=0, **kw))
    write(container, b.heading, lang, bold=True, size=8, color=_GREY)
    for line in b.lines:
        _paragraph(container, line, lang, size=8, space_after=0)


def _contact(doc: DocxDocument, b: m.ContactBlock, lang: str) -> None:
    _contact_into(doc, b, lang, first=False)
    doc.add_paragraph().paragraph_format.space_after = Pt(4)


def _annexes(doc: DocxDocument, b: m.Annexes, lang: str) -> None:
    head = _paragraph(doc, b.heading, lang, bold=True, size=9, space_after=1)
    head.paragraph_format.space_before = Pt(8)
    head.paragraph_format.keep_with_next = True
    for item in b.items:
        _paragraph(doc, f"\u2013 {item}", lang, size=9, space_after=1)


# the window band of the first page (see pdf.WINDOW): the body starts at the top margin, a spacer
# of exact height brings the table to 50 mm, its columns put the address 105 mm from the left
WINDOW_TOP_MARGIN_MM = 40.0
WINDOW_TOP_MM = 50.0
WINDOW_LEFT_MM = 105.0
WINDOW_WIDTH_MM = 85.0
WINDOW_HEIGHT_MM = 36.0
CONTACT_WIDTH_MM = WINDOW_LEFT_MM - 20.0 - 10.0


def _window(doc: DocxDocument, address: m.AddressBlock, contact: m.ContactBlock | None, lang: str) -> None:
    spacer = doc.add_paragraph()
    fmt = spacer.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Mm(WINDOW_TOP_MM - WINDOW_TOP_MARGIN_MM)
    widths = [CONTACT_WIDTH_MM, 10.0, WINDOW_WIDTH_MM]
    table = _table(doc, 1, widths, False, grid=False)
    tbl_pr = table._tbl.tblPr
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    margins = _set(tbl_pr, "w:tblCellMar")
    for side in ("left", "right", "top", "bottom"):
        _set(margins, f"w:{side}", w="0", type="dxa")
    _set(tbl_pr, "w:tblInd", w="0", type="dxa")
    row = table.rows[0]
    row.height = Mm(WINDOW_HEIGHT_MM)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
    if contact is not None:
        _contact_into(table.cell(0, 0), contact, contact.language or lang, first=True)
    text = "\n".join(address.lines)
    # a postal address reads left to right, also in a right-to-left letter
    _cell_paragraph(table.cell(0, 2), text, address.language or (lang if has_rtl(text) else "en"))
    after = doc.add_paragraph()
    after.paragraph_format.space_after = Pt(6)


def _kv(doc: DocxDocument, b: m.KeyValueTable, lang: str) -> None:
    rtl = language_info(lang).rtl
    table = _table(doc, len(b.rows), [TEXT_WIDTH_MM * b.key_width, TEXT_WIDTH_MM * (1 - b.key_width)],
                   rtl, grid=False)
    for i, (k, v) in enumerate(b.rows):
        _cell_paragraph(table.cell(i, 0), k, lang, bold=b.bold_keys)
        _cell_paragraph(table.cell(i, 1), v, lang)
        _bottom_border(table, i)
    doc.add_paragraph()


def _grid(doc: DocxDocument, b: m.Table, lang: str) -> None:
    rtl = language_info(lang).rtl
    ncols = max([len(b.header)] + [len(r) for r in b.rows])
    rel = list(b.widths or (1.0,) * ncols)
    total = sum(rel)
    rows = ([b.header] if b.header else []) + list(b.rows)
    table = _table(doc, len(rows), [TEXT_WIDTH_MM * w / total for w in rel], rtl, grid=True)
    for i, row in enumerate(rows):
        for j in range(ncols):
            _cell_paragraph(table.cell(i, j), row[j] if j < len(row) else "", lang,
                            bold=bool(b.header) and i == 0)
    if b.header:
        _row_shading(table, 0, "ECECEC")
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        _set(tr_pr, "w:tblHeader")
    doc.add_paragraph()


def _checklist(doc: DocxDocument, b: m.Checklist, lang: str) -> None:
    rtl = language_info(lang).rtl
    words = labels(lang)
    if b.title:
        _paragraph(doc, b.title, lang, style="Heading 3")
    table = _table(doc, len(b.items), [8.0, TEXT_WIDTH_MM - 48.0, 40.0], rtl, grid=False)
    for i, item in enumerate(b.items):
        box = table.cell(i, 0).paragraphs[0]
        run = box.add_run(BOX_DONE if item.done else BOX_OPEN)
        _set_fonts(run._r.get_or_add_rPr(), "Segoe UI Symbol", "Segoe UI Symbol")
        run.font.size = Pt(12)
        _cell_paragraph(table.cell(i, 1), item.text, lang)
        if item.note:
            _paragraph(table.cell(i, 1), item.note, lang, size=8, color=_GREY, space_after=0)
        due_cell = table.cell(i, 2)
        first = True
        if item.due is not None:
            _cell_paragraph(due_cell, f"{words.due}: {format_date(item.due, lang)}", lang, size=8)
            first = False
        late = item.highlight and not item.done
        status = words.done if item.done else (words.overdue if item.highlight else words.open)
        writer = _cell_paragraph if first else (lambda c, t, lg, **kw: _paragraph(c, t, lg, space_after=0, **kw))
        writer(due_cell, status, lang, size=8, bold=late, color=_RED if late else _GREY)
        if late:
            _row_shading(table, i, "FDE3E0")
        _bottom_border(table, i)
    doc.add_paragraph()


def _signature(doc: DocxDocument, b: m.SignatureBlock, lang: str) -> None:
    rtl = language_info(lang).rtl
    words = labels(lang)
    if b.place or b.date:
        sep = "، " if rtl else ", "  # an Arabic comma keeps place and date in separate runs
        when = sep.join(p for p in (b.place, format_date(b.date, lang) if b.date else "") if p)
        _paragraph(doc, f"{words.date}: {when}", lang).paragraph_format.keep_with_next = True
    n = max(len(b.signatories), 1)
    table = _table(doc, 4, [TEXT_WIDTH_MM / n] * n, rtl, grid=False)
    for j, s in enumerate(b.signatories):
        _cell_paragraph(table.cell(0, j), words.signature, lang, size=8, color=_GREY)
        _cell_paragraph(table.cell(2, j), s.name, lang, bold=True)
        if s.role:
            _cell_paragraph(table.cell(3, j), s.role, lang, size=8)
    table.rows[1].height = Mm(14)
    _bottom_border(table, 1, size=6)
    # never split: no row across a page break, every row kept with the next (Word's rule for tables)
    for i, row in enumerate(table.rows):
        _set(row._tr.get_or_add_trPr(), "w:cantSplit")
        if i < len(table.rows) - 1:
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True


def _page_break(doc: DocxDocument, b: m.PageBreak, lang: str) -> None:
    doc.add_page_break()


def _spacer(doc: DocxDocument, b: m.Spacer, lang: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(b.height)


def _qr(doc: DocxDocument, b: m.QRCode, lang: str) -> None:
    """A DOCX has no QR code: the caption and what the code holds, as text."""
    _paragraph(doc, " ".join(t for t in (b.caption, b.data.replace("\n", ", ")) if t), lang, size=8, color=_GREY)


_BLOCKS: dict[type, Callable[[DocxDocument, object, str], None]] = {
    m.QRCode: _qr,
    m.Heading: _heading, m.Paragraph: _para, m.AddressBlock: _address, m.KeyValueTable: _kv,
    m.ContactBlock: _contact, m.Annexes: _annexes,
    m.Table: _grid, m.Checklist: _checklist, m.SignatureBlock: _signature,
    m.PageBreak: _page_break, m.Spacer: _spacer,
}


def _draft_mark(doc: DocxDocument, section_lang: str, doc_lang: str) -> None:
    texts = [(section_lang, labels(section_lang).draft_translation)]
    if language_info(section_lang).code != language_info(doc_lang).code:
        texts.append((doc_lang, labels(doc_lang).draft_translation))
    for lang, text in texts:
        p = _paragraph(doc, text, lang, bold=True, size=8, color=_DRAFT, space_after=0)
        ppr = p._p.get_or_add_pPr()
        _shade(ppr, "FFF4D6")
        borders = _set(ppr, "w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            _set(borders, f"w:{side}", val="single", sz="6", space="2", color="8A5A00")
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


# --- page furniture -------------------------------------------------------------------------

def _field(paragraph: DocxParagraph, instruction: str, placeholder: str, size: float) -> None:
    """A live field (PAGE, NUMPAGES) whose shown value Word/LibreOffice update on opening."""
    run = paragraph.add_run(placeholder)
    run.font.size = Pt(size)
    run.font.color.rgb = _GREY
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run._r.addprevious(fld)
    fld.append(run._r)


def _footer(section, languages: list[str], draft_lang: str | None, numbers: bool,  # noqa: ANN001
            pages_field: str = "NUMPAGES", mark: tuple[str, str] | None = None) -> None:
    """Page numbers in ``languages`` ("{PAGE} of {pages_field}": SECTIONPAGES counts the part only),
    the running mark (``mark``: language, text) and, for a draft part, the draft-translation mark."""
    footer = section.footer
    footer.is_linked_to_previous = False
    for p in list(footer.paragraphs):
        p._p.getparent().remove(p._p)
    if mark is not None:  # the running mark, on every page of the section
        _paragraph(footer, mark[1], mark[0], align=m.Align.CENTER, size=8, color=_GREY, space_after=0)
    if numbers:
        for lang in languages:
            before, middle, after = labels(lang).page_parts()
            p = _paragraph(footer, before, lang, align=m.Align.CENTER, size=8, color=_GREY, space_after=0)
            _field(p, "PAGE", "1", 8)
            _add_text(p, middle, lang, size=8, color=_GREY)
            _field(p, pages_field, "1", 8)
            if after:
                _add_text(p, after, lang, size=8, color=_GREY)
    if draft_lang:
        _paragraph(footer, labels(draft_lang).draft_translation, draft_lang, align=m.Align.CENTER,
                   size=7, color=_DRAFT, space_after=0)
    if not footer.paragraphs:
        footer.add_paragraph()


def _logo(cell, data: bytes) -> None:  # noqa: ANN001
    """The centre's logo in the letterhead, at most 16 mm high and 30 mm wide (its proportions kept)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    scale = min(16.0 / height, 30.0 / width)
    run = cell.paragraphs[0].add_run()
    run.add_picture(io.BytesIO(data), width=Mm(width * scale), height=Mm(height * scale))


def _header(section, letterhead: m.Letterhead) -> None:  # noqa: ANN001
    header = section.header
    header.is_linked_to_previous = False
    widths = (32.0, 83.0, 55.0) if letterhead.logo else (110.0, 60.0)
    table = header.add_table(rows=1, cols=len(widths), width=Mm(TEXT_WIDTH_MM))
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Mm(w)
        table.cell(0, i).width = Mm(w)
    if letterhead.logo:
        _logo(table.cell(0, 0), letterhead.logo)
    left, right = table.cell(0, len(widths) - 2), table.cell(0, len(widths) - 1)
    _cell_paragraph(left, letterhead.name, "en", bold=True, size=12)
    if letterhead.operator:
        _paragraph(left, letterhead.operator, "en", size=8, color=_GREY, space_after=0)
    for line in letterhead.address_lines:
        _paragraph(left, line, "en", size=8, color=_GREY, space_after=0)
    first = True
    for line in letterhead.contact_lines:
        writer = _cell_paragraph if first else (lambda c, t, lg, **kw: _paragraph(c, t, lg, space_after=0, **kw))
        writer(right, line, "en", size=8, color=_GREY, align=m.Align.END)
        first = False
    # the header's own empty paragraph becomes a thin rule under the letterhead
    p = header.paragraphs[0]
    header._element.remove(p._p)
    rule = header.add_paragraph()
    borders = _set(rule._p.get_or_add_pPr(), "w:pBdr")
    _set(borders, "w:bottom", val="single", sz="6", space="1", color="9A9A9A")


def _page_setup(section, sheet: m.Sheet = m.Sheet.A4) -> None:  # noqa: ANN001
    if sheet is m.Sheet.A5_TWO_UP:  # one A5 card a page (print two pages per sheet)
        section.page_width, section.page_height = Mm(148), Mm(210)
        section.left_margin = section.right_margin = Mm(12)
        section.top_margin, section.bottom_margin = Mm(15), Mm(12)
        section.header_distance = section.footer_distance = Mm(6)
        return
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)


def _base_styles(doc: DocxDocument, language: str) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    _set_fonts(rpr, *windows_fonts(language))
    _set(rpr, "w:lang", val=_lang_tag(language), bidi="ar-SA")
    for level, size in ((1, 16), (2, 13), (3, 11)):
        style = styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        srpr = style.element.get_or_add_rPr()
        for theme_attr in ("asciiTheme", "hAnsiTheme", "cstheme"):
            el = srpr.find(qn("w:rFonts"))
            if el is not None and el.get(qn(f"w:{theme_attr}")) is not None:
                del el.attrib[qn(f"w:{theme_attr}")]
        _set_fonts(srpr, *windows_fonts(language))
        _set(srpr, "w:szCs", val=str(size * 2))


def _window_block(section: m.Section) -> m.AddressBlock | None:
    return next((b for b in section.blocks if isinstance(b, m.AddressBlock) and b.window), None)


def build_docx(doc: m.Document) -> DocxDocument:
    """The python-docx document for ``doc`` (not yet saved)."""
    out = new_docx()
    _base_styles(out, doc.language)
    props = out.core_properties
    props.title, props.author, props.subject = doc.title, doc.author, doc.subject
    props.language = _lang_tag(doc.language)
    section = out.sections[0]
    _page_setup(section, doc.sheet)
    windows = doc.letterhead is not None and any(
        _window_block(s) is not None for i, s in enumerate(doc.sections) if i == 0 or s.new_part)
    if windows:
        section.top_margin = Mm(WINDOW_TOP_MARGIN_MM)
    if doc.letterhead:
        _header(section, doc.letterhead)
    parts = doc.part_count() > 1
    pages_field = "SECTIONPAGES" if parts else "NUMPAGES"
    groups = [part.sections for part in doc.parts()]
    first = doc.sections[0] if doc.sections else None
    if doc.layout is m.BilingualLayout.CONTINUOUS:
        langs = list(dict.fromkeys(s.language for s in groups[0])) or [doc.language]
    else:
        langs = [first.language if first else doc.language]
    # the draft mark only in the footer of a part whose every section is a draft (a footer is the
    # same on every page of a Word section: a mixed part shows the mark in its body only)
    draft = first.language if first and all(s.draft for s in groups[0]) else None
    mark = (doc.language, doc.running_mark) if doc.running_mark else None
    _footer(section, langs, draft, doc.page_numbers, pages_field, mark)
    part_no = 0
    for index, sec in enumerate(doc.sections):
        part_start = index == 0 or sec.new_part
        if index > 0 and sec.new_part:
            part_no += 1
        if index > 0 and doc.starts_new_page(index):
            if sec.new_part:
                new = out.add_section(WD_SECTION.NEW_PAGE)
                _set(new._sectPr, "w:pgNumType", start="1")  # this part counts its own pages
                part = groups[part_no]
                _footer(new, list(dict.fromkeys(t.language for t in part)),
                        sec.language if all(t.draft for t in part) else None, doc.page_numbers, pages_field, mark)
            elif doc.layout is m.BilingualLayout.NEW_PAGE and not parts:
                new = out.add_section(WD_SECTION.NEW_PAGE)
                _footer(new, [sec.language], sec.language if sec.draft else None, doc.page_numbers,
                        mark=mark)
            else:
                out.add_page_break()
        blocks = list(sec.blocks)
        address = _window_block(sec) if part_start and doc.letterhead is not None else None
        if address is not None:
            contact = next((b for b in blocks if isinstance(b, m.ContactBlock)), None)
            _window(out, address, contact, sec.language)
            blocks = [b for b in blocks if b is not address and b is not contact]
        if sec.draft:
            _draft_mark(out, sec.language, doc.language)
        for block in blocks:
            _BLOCKS[type(block)](out, block, block.language or sec.language)
    return out


def render_docx(doc: m.Document) -> bytes:
    """The DOCX of ``doc`` as bytes."""
    buffer = io.BytesIO()
    build_docx(doc).save(buffer)
    return buffer.getvalue()


def render_docx_parts(doc: m.Document) -> list[bytes]:
    """One DOCX per part of ``doc`` (for a letter: the letter to the authority, the family copy)."""
    return [render_docx(part) for part in doc.parts()]


def write_docx(doc: m.Document, path: str | os.PathLike[str]) -> Path:
    """Render ``doc`` and write it to ``path`` atomically."""
    return write_atomic(path, render_docx(doc))


def write_docx_parts(doc: m.Document, path: str | os.PathLike[str]) -> list[Path]:
    """Each part of ``doc`` in a file of its own: ``letter.docx``, ``letter-family.docx``."""
    names = doc.part_names()
    return [write_atomic(part_path(path, i, names[i]), data) for i, data in enumerate(render_docx_parts(doc))]

