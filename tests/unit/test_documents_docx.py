"""DOCX renderer: paragraphs and tables read back with python-docx, RTL flags checked in the XML."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.unit.document_samples import CASE, LETTERHEAD, TEXTS, letter
from transition_app.documents import model as m
from transition_app.documents.docx import BOX_DONE, BOX_OPEN, render_docx, write_docx
from transition_app.documents.scripts import strip_controls


def _open(doc: m.Document) -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(doc)))


def _all_text(d: docx.document.Document) -> str:
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return strip_controls("\n".join(parts))


def _paragraph_with(d: docx.document.Document, needle: str):  # noqa: ANN202
    for p in d.paragraphs:
        if needle in strip_controls(p.text):
            return p
    raise AssertionError(f"no paragraph with {needle!r}")


@pytest.mark.parametrize("lang", ["fr", "nl", "ar", "prs", "ps", "ti", "uk"])
def test_text_reads_back(lang: str) -> None:
    text = _all_text(_open(letter(lang)))
    for sentence in TEXTS[lang]:
        assert sentence in text
    assert CASE in text


@pytest.mark.parametrize("lang", ["ar", "prs", "ps"])
def test_rtl_paragraphs_are_marked(lang: str) -> None:
    d = _open(letter(lang))
    p = _paragraph_with(d, TEXTS[lang][1])
    ppr = p._p.pPr
    assert ppr is not None and ppr.find(qn("w:bidi")) is not None
    assert ppr.find(qn("w:jc")) is None  # no RIGHT alignment: LibreOffice would show it left
    arabic_runs = [r for r in p.runs if any("\u0600" <= c <= "\u06ff" for c in r.text)]
    assert arabic_runs
    for r in arabic_runs:
        assert r.font.rtl is True
        fonts = r._r.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == {"ar": "Arial", "prs": "Arial", "ps": "Segoe UI"}[lang]  # Windows has them


def test_latin_name_inside_arabic_is_a_separate_ltr_run() -> None:
    d = _open(letter("ar"))
    p = _paragraph_with(d, TEXTS["ar"][2])
    latin = [r for r in p.runs if "CPAS" in r.text]
    assert latin and latin[0].font.rtl is not True
    assert latin[0]._r.rPr.find(qn("w:rFonts")).get(qn("w:ascii")) == "Calibri"


def test_ltr_paragraphs_are_not_marked_rtl() -> None:
    d = _open(letter("fr"))
    p = _paragraph_with(d, TEXTS["fr"][1])
    assert p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is None
    assert all(r.font.rtl is not True for r in p.runs)


def test_tigrinya_runs_use_the_ethiopic_font() -> None:
    d = _open(letter("ti"))
    p = _paragraph_with(d, TEXTS["ti"][1])
    fonts = {r._r.rPr.find(qn("w:rFonts")).get(qn("w:ascii")) for r in p.runs}
    assert fonts == {"Ebrima"}  # Windows' Ethiopic font (Latin letters and digits included)


def test_rtl_tables_are_mirrored_and_ltr_tables_are_not() -> None:
    for lang, expected in (("ar", True), ("fr", False)):
        d = _open(letter(lang))
        for table in d.tables:
            assert (table._tbl.tblPr.find(qn("w:bidiVisual")) is not None) is expected


def test_table_column_widths_are_set_per_column_and_cell() -> None:
    doc = m.Document(title="t", language="fr", sections=(m.Section("fr", (
        m.Table(("A", "B", "C"), (("1", "2", "3"),), widths=(1, 2, 1)),)),))
    d = _open(doc)
    table = d.tables[0]
    widths = [c.width.mm for c in table.columns]
    assert widths == pytest.approx([42.5, 85.0, 42.5], abs=0.1)
    assert [c.width.mm for c in table.rows[1].cells] == pytest.approx(widths, abs=0.1)
    assert table.rows[0].cells[0].text == "A" and table.rows[1].cells[2].text == "3"


def test_checklist_has_tick_boxes_and_overdue_mark() -> None:
    d = _open(letter("fr"))
    checklist = next(t for t in d.tables if t.rows[0].cells[0].text in (BOX_OPEN, BOX_DONE))
    assert [r.cells[0].text for r in checklist.rows] == [BOX_DONE, BOX_OPEN]
    assert "Fait" in checklist.rows[0].cells[2].text
    assert "En retard" in checklist.rows[1].cells[2].text
    assert "Échéance: 2 mars 2026" in checklist.rows[1].cells[2].text
    shading = checklist.rows[1].cells[0]._tc.tcPr.find(qn("w:shd"))
    assert shading is not None and shading.get(qn("w:fill")) == "FDE3E0"
    assert checklist.rows[0].cells[0]._tc.tcPr.find(qn("w:shd")) is None


def test_header_has_letterhead_and_footer_has_page_fields() -> None:
    d = _open(letter("fr"))
    section = d.sections[0]
    header_text = "\n".join(c.text for t in section.header.tables for c in t.rows[0].cells)
    assert LETTERHEAD.name in header_text and "jette@example.org" in header_text
    footer_xml = section.footer._element.xml
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml
    first = section.footer.paragraphs[0]._p
    assert "".join(t.text for t in first.iter(qn("w:t"))) == "Page 1 sur 1"  # fields show "1"


def test_new_page_layout_gives_the_family_section_its_own_footer() -> None:
    d = _open(letter("fr", "ar", layout=m.BilingualLayout.NEW_PAGE))
    assert len(d.sections) == 2
    second = d.sections[1].footer
    assert not second.is_linked_to_previous
    assert "الصفحة" in second.paragraphs[0].text
    assert second.paragraphs[0]._p.pPr.find(qn("w:bidi")) is not None
    assert "ترجمة أولية" in "\n".join(p.text for p in second.paragraphs)  # draft mark in footer
    assert "الصفحة" not in d.sections[0].footer.paragraphs[0].text


def test_draft_mark_in_both_languages() -> None:
    text = _all_text(_open(letter("fr", "ar")))
    assert "ترجمة أولية — لم تتم مراجعتها بعد" in text
    assert "Traduction provisoire — pas encore relue" in text
    assert "Traduction provisoire" not in _all_text(_open(letter("fr")))


def test_a4_page_and_core_properties() -> None:
    d = _open(letter("nl"))
    s = d.sections[0]
    assert round(s.page_width.mm) == 210 and round(s.page_height.mm) == 297
    assert d.core_properties.title == "Letter nl" and d.core_properties.language == "nl-BE"


def test_headings_use_heading_styles() -> None:
    d = _open(letter("fr"))
    p = _paragraph_with(d, TEXTS["fr"][0])
    assert p.style.name == "Heading 1"


def test_write_docx_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "letter.docx"
    write_docx(letter("ar"), target)
    assert docx.Document(str(target)).paragraphs
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice / poppler not installed")
def test_libreoffice_renders_arabic_right_aligned(tmp_path: Path) -> None:
    doc = m.Document(title="t", language="ar", sections=(m.Section("ar", (
        m.Paragraph(TEXTS["ar"][2]), m.KeyValueTable((("CPAS", "Liège"),)))),))
    src = tmp_path / "ar.docx"
    write_docx(doc, src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=120)
    xml = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "ar.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    import re

    words = [(float(a), float(c), w) for a, c, w in
             re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', xml)]
    right_edge = 595.3 - 20 * 72 / 25.4
    assert max(x for _, x, _ in words) == pytest.approx(right_edge, abs=3)
    cpas = [w for w in words if w[2] == "CPAS"]
    liege = [w for w in words if w[2].startswith("Liège")]
    de = [w for w in words if w[2] == "de"]
    assert len(cpas) == 2 and len(liege) == 2
    assert cpas[0][0] < de[0][0] < liege[0][0]  # the name inside the Arabic sentence reads LTR
    assert cpas[1][0] > liege[1][0]  # table: key column on the right (w:bidiVisual)
