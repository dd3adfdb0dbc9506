"""DOCX renderer: :class:`model.Document` → an editable Word file (python-docx).

Same content and structure as the PDF.  Right-to-left paragraphs get ``w:bidi``, their
Arabic-script runs ``w:rtl`` and a complex-script font (``w:rFonts w:cs``) — no RIGHT
alignment, which Word and LibreOffice read as the *end* of an RTL line, i.e. left.
RTL tables are mirrored with ``w:bidiVisual``; column widths are set per column and per
cell.  Header: letterhead; footer: "Page {PAGE} of {NUMPAGES}" as live fields.

Public API: :func:`render_docx` (bytes) and :func:`write_docx` (atomic file).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from transition_app.documents import model as m
from transition_app.documents.fonts import ARABIC, LATIN, font_chain
from transition_app.documents.labels import format_date, labels
from transition_app.documents.output import write_atomic
from transition_app.documents.scripts import has_rtl, isolate_ltr, language_info

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
    _set(rpr, "w:rFonts", ascii=ascii_font, hAnsi=ascii_font, eastAsia=ascii_font, cs=cs_font)


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
                _add_run(paragraph, chunk, chain.faces[keys[start]].family, language, bold, size, color)
            start = pos


def _add_run(paragraph: DocxParagraph, chunk: str, family: str, language: str, bold: bool,
             size: float | None, color: RGBColor | None) -> None:
    run = paragraph.add_run(chunk)
    rpr = run._r.get_or_add_rPr()
    arabic = family == ARABIC.family or has_rtl(chunk)
    _set_fonts(rpr, family if family != ARABIC.family else LATIN.family,
               ARABIC.family if arabic or language_info(language).rtl else family)
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
    _paragraph(doc, b.text, lang, bold=b.bold, align=b.align, size=b.size)


def _address(doc: DocxDocument, b: m.AddressBlock, lang: str) -> None:
    _paragraph(doc, "\n".join(b.lines), lang, align=b.align, space_after=10)


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
        _paragraph(doc, f"{words.date}: {when}", lang)
    n = max(len(b.signatories), 1)
    table = _table(doc, 4, [TEXT_WIDTH_MM / n] * n, rtl, grid=False)
    for j, s in enumerate(b.signatories):
        _cell_paragraph(table.cell(0, j), words.signature, lang, size=8, color=_GREY)
        _cell_paragraph(table.cell(2, j), s.name, lang, bold=True)
        if s.role:
            _cell_paragraph(table.cell(3, j), s.role, lang, size=8)
    table.rows[1].height = Mm(14)
    _bottom_border(table, 1, size=6)


def _page_break(doc: DocxDocument, b: m.PageBreak, lang: str) -> None:
    doc.add_page_break()


def _spacer(doc: DocxDocument, b: m.Spacer, lang: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(b.height)


_BLOCKS: dict[type, Callable[[DocxDocument, object, str], None]] = {
    m.Heading: _heading, m.Paragraph: _para, m.AddressBlock: _address, m.KeyValueTable: _kv,
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
            mark: tuple[str, str] | None = None) -> None:
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
            _field(p, "NUMPAGES", "1", 8)
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


def _page_setup(section) -> None:  # noqa: ANN001
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)


def _base_styles(doc: DocxDocument, language: str) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    _set_fonts(rpr, LATIN.family, ARABIC.family)
    _set(rpr, "w:lang", val=_lang_tag(language), bidi="ar-SA")
    for level, size in ((1, 16), (2, 13), (3, 11)):
        style = styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        srpr = style.element.get_or_add_rPr()
        for theme_attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            el = srpr.find(qn("w:rFonts"))
            if el is not None and el.get(qn(f"w:{theme_attr}")) is not None:
                del el.attrib[qn(f"w:{theme_attr}")]
        _set_fonts(srpr, LATIN.family, ARABIC.family)
        _set(srpr, "w:szCs", val=str(size * 2))


def build_docx(doc: m.Document) -> DocxDocument:
    """The python-docx document for ``doc`` (not yet saved)."""
    out = new_docx()
    _base_styles(out, doc.language)
    props = out.core_properties
    props.title, props.author, props.subject = doc.title, doc.author, doc.subject
    props.language = _lang_tag(doc.language)
    section = out.sections[0]
    _page_setup(section)
    if doc.letterhead:
        _header(section, doc.letterhead)
    continuous_langs = list(doc.languages()) if doc.layout is m.BilingualLayout.CONTINUOUS \
        else [doc.sections[0].language if doc.sections else doc.language]
    drafts = [s.language for s in doc.sections if s.draft]
    mark = (doc.language, doc.running_mark) if doc.running_mark else None
    _footer(section, continuous_langs,
            drafts[0] if drafts and doc.layout is m.BilingualLayout.CONTINUOUS
            else (doc.sections[0].language if doc.sections and doc.sections[0].draft else None),
            doc.page_numbers, mark)
    for index, sec in enumerate(doc.sections):
        if doc.starts_new_page(index):
            if doc.layout is m.BilingualLayout.NEW_PAGE:
                new = out.add_section(WD_SECTION.NEW_PAGE)
                _footer(new, [sec.language], sec.language if sec.draft else None, doc.page_numbers, mark)
            else:
                out.add_page_break()
        if sec.draft:
            _draft_mark(out, sec.language, doc.language)
        for block in sec.blocks:
            _BLOCKS[type(block)](out, block, block.language or sec.language)
    return out


def render_docx(doc: m.Document) -> bytes:
    """The DOCX of ``doc`` as bytes."""
    buffer = io.BytesIO()
    build_docx(doc).save(buffer)
    return buffer.getvalue()


def write_docx(doc: m.Document, path: str | os.PathLike[str]) -> Path:
    """Render ``doc`` and write it to ``path`` atomically."""
    return write_atomic(path, render_docx(doc))

