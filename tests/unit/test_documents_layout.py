"""Document structure (issue 10, points 1, 2, 9): parts with their own pages, page numbers and
footers, the envelope window, the signature kept with the closing, table columns that fit their
words, DOCX fonts a Windows PC has.  PDFs are read back per page (pypdf, ``pdftotext -bbox``)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from tests.unit.document_samples import LETTERHEAD
from transition_app.documents import model as m
from transition_app.documents import pdf as pdf_module
from transition_app.documents.docx import render_docx, render_docx_parts, write_docx_parts
from transition_app.documents.output import part_path
from transition_app.documents.pdf import (
    CONTACT,
    MARGIN_X,
    PAGE_WIDTH,
    WINDOW,
    render_pdf,
    render_pdf_parts,
    write_pdf_parts,
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
PT_PER_MM = 72 / 25.4
NL_DRAFT = "Voorlopige vertaling"
BODY = ("Je m'adresse à vous au nom de la famille Haddad, qui quitte la structure d'accueil et "
        "s'installe dans votre commune ; les données du dossier figurent ci-dessous.")


def _pages(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def _authority(paragraphs: int, *, keep: bool = True, window: bool = True) -> m.Section:
    blocks: list[m.Block] = [
        m.ContactBlock("Personne de contact", ("Anna Peeters", "Assistante sociale", "Tél. 0470 12 34 56")),
        m.AddressBlock(("CPAS de Liège", "Place Saint-Jacques 13", "4000 Liège"), align=m.Align.END,
                       window=window),
        m.Paragraph("Objet : demande de garantie locative", bold=True),
    ]
    blocks += [m.Paragraph(f"{i + 1}. {BODY}") for i in range(paragraphs)]
    blocks += [m.Paragraph("Dernier paragraphe de la lettre avant la formule de politesse.", keep_with_next=keep),
               m.Paragraph("Je vous prie d'agréer mes salutations distinguées.", keep_with_next=keep),
               m.SignatureBlock((m.Signatory("Anna Peeters", "Assistante sociale"),)),
               m.Annexes("Annexes", ("Copie du titre de séjour", "Copie de la décision de protection")),
               m.Paragraph("Copie : la famille", small=True)]
    return m.Section("fr", tuple(blocks), part_name="authority")


def _family(paragraphs: int = 2, lang: str = "nl") -> m.Section:
    text = "Dit is de kopie voor het gezin, in eenvoudige woorden uitgelegd. " * 3
    return m.Section(lang, (m.Heading("Kopie voor het gezin"), *(m.Paragraph(text) for _ in range(paragraphs))),
                     draft=True, new_part=True, part_name="family")


def _letter(paragraphs: int = 12, **kw) -> m.Document:
    return m.Document(title="Lettre", language="fr", sections=(_authority(paragraphs, **kw), _family()),
                      letterhead=LETTERHEAD, layout=m.BilingualLayout.NEW_PAGE)


# --- parts: pages, numbers, draft mark --------------------------------------------------------

def test_each_part_starts_a_page_and_counts_its_own_pages() -> None:
    doc = _letter(paragraphs=14)  # the authority letter needs two pages
    assert doc.part_count() == 2 and doc.part_names() == ("authority", "family")
    pages = _pages(render_pdf(doc))
    assert len(pages) == 3
    assert "Page 1 sur 2" in pages[0] and "Page 2 sur 2" in pages[1]
    assert "Pagina 1 van 1" in pages[2] and "sur 3" not in " ".join(pages)
    assert "Kopie voor het gezin" in pages[2] and "Kopie voor het gezin" not in pages[1]


def test_the_draft_mark_is_only_on_the_family_copys_pages() -> None:
    for paragraphs in (0, 14):  # a one-page letter (the family copy would fit under it) and two pages
        pages = _pages(render_pdf(_letter(paragraphs)))
        assert NL_DRAFT not in " ".join(pages[:-1])
        assert NL_DRAFT in pages[-1]


def test_a_short_letter_and_its_family_copy_are_on_separate_pages() -> None:
    pages = _pages(render_pdf(_letter(0)))
    assert len(pages) == 2 and "Kopie voor het gezin" in pages[1] and "Kopie voor het gezin" not in pages[0]


def test_the_parts_as_two_files(tmp_path: Path) -> None:
    doc = _letter(2)
    authority, family = render_pdf_parts(doc)
    assert "Objet" in " ".join(_pages(authority)) and "Kopie voor het gezin" not in " ".join(_pages(authority))
    family_pages = _pages(family)
    assert "Kopie voor het gezin" in family_pages[0] and "Pagina 1 van 1" in family_pages[0]
    written = write_pdf_parts(doc, tmp_path / "letter.pdf")
    assert [p.name for p in written] == ["letter.pdf", "letter-family.pdf"]
    written = write_docx_parts(doc, tmp_path / "letter.docx")
    assert [p.name for p in written] == ["letter.docx", "letter-family.docx"]
    assert len(render_docx_parts(doc)) == 2
    assert part_path(tmp_path / "x.pdf", 2) == tmp_path / "x-3.pdf"
    single = m.Document(title="t", language="fr", sections=(_authority(1),), letterhead=LETTERHEAD)
    assert len(render_pdf_parts(single)) == 1


def _docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _footer_xml(section) -> str:  # noqa: ANN001
    return section.footer._element.xml


def test_docx_parts_are_sections_with_restarting_numbers_and_their_own_footer() -> None:
    d = _docx(render_docx(_letter(14)))
    assert len(d.sections) == 2
    authority, family = d.sections
    assert 'w:instr="SECTIONPAGES"' in _footer_xml(authority) and 'w:instr="SECTIONPAGES"' in _footer_xml(family)
    start = family._sectPr.find(qn("w:pgNumType"))
    assert start is not None and start.get(qn("w:start")) == "1"
    assert NL_DRAFT not in _footer_xml(authority)  # the draft mark is in the family copy's footer only
    assert NL_DRAFT in _footer_xml(family)


# --- signature kept with the last paragraph ---------------------------------------------------

def _page_of(pages: list[str], text: str) -> int:
    found = [i for i, p in enumerate(pages) if text in p]
    assert found, text
    return found[-1]


def test_the_closing_and_signature_stay_with_the_last_paragraph_at_any_length() -> None:
    moved = 0
    for paragraphs in range(6, 22):
        pages = _pages(render_pdf(m.Document(title="t", language="fr", sections=(_authority(paragraphs),),
                                             letterhead=LETTERHEAD)))
        last = _page_of(pages, "Dernier paragraphe")
        closing = _page_of(pages, "salutations distinguées")
        signature = _page_of(pages, "Anna Peeters")  # the last one: the contact block has it too
        assert last == closing == signature, paragraphs
        moved += last > 0 and f"{paragraphs}. " not in pages[last]
    assert moved  # some lengths put the signature at a page end: the paragraphs went with it


def test_without_keep_the_signature_would_start_a_page_alone() -> None:
    """The check above can fail: without keep_with_next some lengths leave the signature alone."""
    alone = 0
    for paragraphs in range(6, 22):
        pages = _pages(render_pdf(m.Document(title="t", language="fr",
                                             sections=(_authority(paragraphs, keep=False),),
                                             letterhead=LETTERHEAD)))
        alone += _page_of(pages, "salutations distinguées") != _page_of(pages, "Annexes")
    assert alone


def test_docx_keeps_the_closing_and_the_signature_together() -> None:
    d = _docx(render_docx(_letter(3)))
    paragraphs = {p.text: p for p in d.paragraphs}
    assert paragraphs["Dernier paragraphe de la lettre avant la formule de politesse."].paragraph_format.keep_with_next
    assert paragraphs["Je vous prie d'agréer mes salutations distinguées."].paragraph_format.keep_with_next
    signature = next(t for t in d.tables if len(t.rows) == 4 and "Anna Peeters" in t.rows[2].cells[0].text)
    for i, row in enumerate(signature.rows):
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        if i < len(signature.rows) - 1:
            assert all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs)
    texts = [p.text for p in d.paragraphs]
    assert "Annexes" in texts and "– Copie du titre de séjour" in texts and "Copie : la famille" in texts


# --- envelope window ---------------------------------------------------------------------------

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def _bbox(data: bytes, tmp_path: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    path = tmp_path / f"p{page}.pdf"
    path.write_bytes(data)
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return [(float(a), float(b), float(c), float(d), e) for a, b, c, d, e in _WORD.findall(xml)]


@needs_poppler
def test_the_recipient_address_is_in_the_window_of_page_one(tmp_path: Path) -> None:
    data = render_pdf(_letter(14))
    words = _bbox(data, tmp_path)
    window = [w for w in words if w[4] in ("CPAS", "Saint-Jacques", "4000")]
    assert len(window) == 3
    left, top = WINDOW.left, WINDOW.top  # points from the left and top edges
    for x0, y0, x1, y1, _text in window:
        assert left - 1 <= x0 and x1 <= left + WINDOW.width + 1
        assert top - 1 <= y0 and y1 <= top + WINDOW.height + 1
    # DL window on the right: ~20 mm from the right edge, 45–90 mm from the top
    assert 95 * PT_PER_MM <= left <= 110 * PT_PER_MM and PAGE_WIDTH - (left + WINDOW.width) >= 15 * PT_PER_MM
    assert 45 * PT_PER_MM <= top and top + WINDOW.height <= 90 * PT_PER_MM
    # nothing else in the window band (bpost: only the address shows through the window)
    others = [w for w in words if w[0] >= left - 1 and top - 1 <= w[1] <= top + WINDOW.height and w not in window
              and w[4] not in ("Place", "13", "de", "Liège")]
    assert not others, others
    # the contact block beside it, on the left
    contact = [w for w in words if w[4] == "0470"]
    assert contact and contact[0][0] < left and CONTACT.top - 1 <= contact[0][1] <= CONTACT.top + CONTACT.height
    # the body starts under the window band
    subject = [w for w in words if w[4] == "Objet"]
    assert subject and subject[0][1] > top + WINDOW.height
    # only on the authority part's first page: page 2 has no address in the window band
    assert not [w for w in _bbox(data, tmp_path, 2) if w[4] == "Saint-Jacques"]


@needs_poppler
def test_the_family_part_has_no_window(tmp_path: Path) -> None:
    data = render_pdf(_letter(0))
    words = _bbox(data, tmp_path, 2)
    heading = [w for w in words if w[4] == "Kopie"]
    assert heading and heading[0][1] < WINDOW.top  # the family copy starts right under the letterhead


def test_docx_window_table_puts_the_address_where_the_window_is() -> None:
    d = _docx(render_docx(_letter(2)))
    body = d.element.body
    first_table = body.find(qn("w:tbl"))
    table = next(t for t in d.tables if t._tbl is first_table)
    assert "CPAS de Liège" in table.cell(0, 2).text and "Anna Peeters" in table.cell(0, 0).text
    widths = [table.columns[i].width.mm for i in range(3)]
    left = 20 + widths[0] + widths[1]
    assert abs(left - WINDOW.left / PT_PER_MM) < 0.5
    assert abs(widths[2] - WINDOW.width / PT_PER_MM) < 0.5
    spacer = d.paragraphs[0]
    top = d.sections[0].top_margin.mm + spacer.paragraph_format.line_spacing.mm
    assert abs(top - WINDOW.top / PT_PER_MM) < 0.5
    assert table.rows[0].height_rule is not None and table.rows[0].height.mm >= WINDOW.height / PT_PER_MM


def test_the_letterhead_prints_the_operator(tmp_path: Path) -> None:
    head = m.Letterhead("Centre de Jodoigne", ("Rue de la Station 12", "1370 Jodoigne"),
                        ("010 81 23 45", "accueil@example.org"), operator="Croix-Rouge de Belgique")
    doc = m.Document(title="t", language="fr", sections=(_authority(1),), letterhead=head)
    text = _pages(render_pdf(doc))[0]
    for part in ("Centre de Jodoigne", "Croix-Rouge de Belgique", "Rue de la Station 12", "1370 Jodoigne",
                 "010 81 23 45", "accueil@example.org"):
        assert part in text, part
    assert "Croix-Rouge de Belgique" in _docx(render_docx(doc)).sections[0].header._element.xml


# --- tables: headers broken at word boundaries, RTL values wrapped ----------------------------

DUTCH_HEADER = ("Naam", "Verwantschap", "Geboortedatum", "Nationaliteit", "Verblijfsvergunning", "Opmerking")


def _dutch_table() -> m.Document:
    rows = (("Amal HADDAD", "Gezinshoofd", "4 maart 1990", "Syrische", "Verblijfskaart A", "—"),)
    table = m.Table(DUTCH_HEADER, rows, widths=(0.3, 0.12, 0.12, 0.12, 0.12, 0.22))
    return m.Document(title="t", language="nl", sections=(m.Section("nl", (table,)),))


@needs_poppler
def test_header_cells_break_only_between_words(tmp_path: Path) -> None:
    words = {w[4] for w in _bbox(render_pdf(_dutch_table()), tmp_path)}
    for header in DUTCH_HEADER:
        assert header in words, (header, sorted(words))


def test_without_fitting_the_header_would_break_mid_word(tmp_path: Path, monkeypatch) -> None:
    """The check above can fail: reportlab breaks a word wider than its column."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    monkeypatch.setattr(pdf_module, "_fitted_widths", lambda lang, header, rows, widths, **kw: (widths, None))
    words = {w[4] for w in _bbox(render_pdf(_dutch_table()), tmp_path)}
    assert not all(h in words for h in DUTCH_HEADER)


def test_fit_columns_keeps_the_total_and_widens_the_narrow_ones() -> None:
    out = pdf_module.fit_columns([100.0, 20.0, 80.0], [30.0, 50.0, 30.0], 200.0)
    assert abs(sum(out) - 200.0) < 1e-6 and out[1] >= 50.0 - 1e-6 and out[0] >= 30.0


@needs_poppler
def test_rtl_table_values_wrap_instead_of_overflowing(tmp_path: Path) -> None:
    email = "anna.peeters-vandenberghe@jodoigne.example.org"
    rows = (("البريد الإلكتروني", email, "رقم الملف", "TA-2026-00001"),)
    table = m.Table(("الاسم", "القيمة", "الاسم", "القيمة"), rows)
    doc = m.Document(title="t", language="ar", sections=(m.Section("ar", (table,)),))
    words = _bbox(render_pdf(doc), tmp_path)
    assert [w for w in words if email in w[4]]
    for w in words:
        assert MARGIN_X - 1 <= w[0] and w[2] <= PAGE_WIDTH - MARGIN_X + 1, w
    lines: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for w in words:
        lines.setdefault(round(w[1]), []).append(w)
    for same_line in lines.values():  # no word drawn over another (an overflowing cell would be)
        same_line.sort()
        for a, b in zip(same_line, same_line[1:], strict=False):
            assert a[2] <= b[0] + 0.5, (a, b)


# --- DOCX fonts ------------------------------------------------------------------------------

def _run_fonts(data: bytes) -> list[dict[str, str | None]]:
    d = _docx(data)
    out = []
    for r in d.element.body.iter(qn("w:r")):
        fonts = r.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        if fonts is not None:
            out.append({k: fonts.get(qn(f"w:{k}")) for k in ("ascii", "hAnsi", "cs", "eastAsia")})
    return out


@pytest.mark.parametrize("lang,ascii_font,cs_font", [
    ("fr", "Calibri", "Arial"), ("ar", "Calibri", "Arial"), ("fa", "Calibri", "Arial"),
    ("prs", "Calibri", "Arial"), ("ps", "Calibri", "Segoe UI"), ("ti", "Ebrima", "Ebrima"),
])
def test_docx_names_fonts_a_windows_pc_has(lang: str, ascii_font: str, cs_font: str) -> None:
    text = {"fr": "Bonjour", "ar": "مرحبا CPAS", "fa": "سلام CPAS", "prs": "سلام CPAS", "ps": "ښه راغلاست CPAS",
            "ti": "ሰላም CPAS"}[lang]
    doc = m.Document(title="t", language=lang, sections=(m.Section(lang, (m.Paragraph(text),)),))
    fonts = [f for f in _run_fonts(render_docx(doc)) if f["ascii"] != "Segoe UI Symbol"]
    assert fonts
    for f in fonts:
        assert f["ascii"] == f["hAnsi"] == ascii_font and f["cs"] == cs_font
        assert f["eastAsia"] is None  # left to Word
