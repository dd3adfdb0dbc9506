"""PDF renderer: text read back with pypdf/pdftotext, positions with pdftotext -bbox, OCR."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest

from tests.unit.document_samples import CASE, LETTERHEAD, TEXTS, letter
from transition_app.documents import model as m
from transition_app.documents.output import atomic_writer, write_atomic
from transition_app.documents.pdf import MARGIN_X, PAGE_WIDTH, render_pdf, write_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
RIGHT_EDGE = PAGE_WIDTH - MARGIN_X


def _pages_text(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def _write(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _pdftotext(path: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True)
    return out.stdout


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def _words(path: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every word on ``page``; y grows downwards.

    The text layer marks the ends of right-to-left words and of the Latin runs inside them with
    RIGHT-TO-LEFT MARKs (so poppler reorders them right): they are not part of the words.
    """
    xml = _pdftotext(path, "-bbox", "-f", str(page), "-l", str(page))
    return [(float(a), float(b), float(c), float(d), e.replace("\u200f", ""))
            for a, b, c, d, e in _WORD.findall(xml)]


def _find(words: list[tuple[float, float, float, float, str]], text: str) -> list[tuple[float, ...]]:
    return [w for w in words if w[4].strip(".,()") == text]


def _single(lang: str, *blocks: m.Block, draft: bool = False) -> m.Document:
    return m.Document(title="t", language=lang, sections=(m.Section(lang, tuple(blocks), draft=draft),),
                      letterhead=LETTERHEAD)


# --- content read back ---------------------------------------------------------------------

def test_pdf_is_a4_with_title() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(letter("fr"))))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata.title == "Letter fr"


@pytest.mark.parametrize("lang", ["fr", "nl", "uk", "ti"])
def test_latin_cyrillic_and_ethiopic_text_reads_back(lang: str) -> None:
    text = " ".join(_pages_text(render_pdf(letter(lang))))
    heading, s1, s2 = TEXTS[lang]
    for sentence in (heading, s1, s2):
        assert sentence in text
    assert LETTERHEAD.name in text and "jette@example.org" in text


@needs_poppler
def test_tigrinya_extracts_exactly_with_pdftotext(tmp_path: Path) -> None:
    path = _write(tmp_path, render_pdf(letter("ti")))
    text = re.sub(r"\s+", " ", _pdftotext(path))
    assert TEXTS["ti"][1] in text and TEXTS["ti"][2] in text


@pytest.mark.parametrize("lang,expected", [("fr", "Page 1 sur 1"), ("nl", "Pagina 1 van 1"),
                                           ("uk", "Сторінка 1 з 1"), ("ti", "ገጽ 1 ካብ 1")])
def test_page_x_of_y_is_localised(lang: str, expected: str) -> None:
    assert expected in _pages_text(render_pdf(letter(lang)))[0]


def test_family_section_on_a_new_page_has_its_own_footer() -> None:
    doc = letter("fr", "uk", layout=m.BilingualLayout.NEW_PAGE)
    pages = _pages_text(render_pdf(doc))
    assert len(pages) == 2
    assert TEXTS["uk"][1] not in pages[0] and TEXTS["fr"][1] in pages[0]
    assert TEXTS["uk"][1] in pages[1]
    assert "Page 1 sur 2" in pages[0] and "Сторінка 2 з 2" in pages[1]
    assert "Page 2 sur 2" not in pages[1]


def test_continuous_layout_keeps_both_sections_on_one_page() -> None:
    pages = _pages_text(render_pdf(letter("fr", "uk")))
    assert len(pages) == 1
    assert TEXTS["fr"][1] in pages[0] and TEXTS["uk"][1] in pages[0]
    assert "Page 1 sur 1" in pages[0] and "Сторінка 1 з 1" in pages[0]


def test_draft_mark_is_shown_only_for_draft_sections() -> None:
    draft = " ".join(_pages_text(render_pdf(letter("fr", "uk"))))
    assert "Чернетка перекладу — ще не перевірено" in draft
    assert "Traduction provisoire — pas encore relue" in draft
    plain = " ".join(_pages_text(render_pdf(letter("fr"))))
    assert "Traduction provisoire" not in plain


def test_checklist_and_signature_words() -> None:
    text = " ".join(_pages_text(render_pdf(letter("fr"))))
    assert "Échéance: 15 mars 2026" in text
    assert "Fait" in text and "En retard" in text
    assert "Signature" in text and "Marie Dupont" in text and "Date: Jette, 1 mars 2026" in text


def test_table_with_header_repeats_nothing_missing() -> None:
    rows = tuple((f"Nom {i}", f"Valeur {i}") for i in range(60))
    doc = _single("fr", m.Table(("Nom", "Valeur"), rows, widths=(1, 2)))
    pages = _pages_text(render_pdf(doc))
    assert len(pages) >= 2
    assert all(p.count("Nom Valeur") >= 1 for p in pages)  # header repeated on every page
    assert "Nom 59" in pages[-1]


@needs_poppler
@pytest.mark.parametrize("lang,font", [("ar", "NotoSansArabic"), ("ps", "NotoSansArabic"),
                                       ("ti", "NotoSansEthiopic"), ("fr", "NotoSans-")])
def test_script_fonts_are_embedded(tmp_path: Path, lang: str, font: str) -> None:
    out = subprocess.run(["pdffonts", str(_write(tmp_path, render_pdf(letter(lang))))],
                         capture_output=True, text=True, check=True).stdout
    assert font in out
    assert "Type 3" not in out


# --- right-to-left layout, by glyph positions --------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("lang", ["ar", "prs", "ps"])
def test_rtl_paragraph_is_right_aligned_and_latin_runs_in_reading_order(tmp_path: Path, lang: str) -> None:
    path = _write(tmp_path, render_pdf(_single(lang, m.Paragraph(TEXTS[lang][1]), m.Paragraph(TEXTS[lang][2]))))
    words = _words(path)
    body = [w for w in words if w[1] > 110 and w[3] < 760]  # below the letterhead, above the footer
    assert body
    assert max(w[2] for w in body) == pytest.approx(RIGHT_EDGE, abs=1.0)
    cpas, de, liege = _find(body, "CPAS")[0], _find(body, "de")[0], _find(body, "Liège")[0]
    assert cpas[0] < de[0] < liege[0]  # the Latin name itself reads left to right
    case = _find(body, CASE)[0]
    # "CPAS de Liège" comes before the case number in the sentence: further right, or a line above
    same_line = abs(case[1] - cpas[1]) < 3
    assert (same_line and liege[2] < RIGHT_EDGE and cpas[0] > case[2]) or case[1] > cpas[1] + 3


@needs_poppler
def test_rtl_lines_run_top_to_bottom_and_words_right_to_left(tmp_path: Path) -> None:
    filler = "يجب عليك التسجيل في البلدية خلال أيام العمل"
    text = " ".join(f"{filler} K{i:02d}" for i in range(12))
    path = _write(tmp_path, render_pdf(_single("ar", m.Paragraph(text))))
    words = _words(path)
    marks = [(int(w[4][1:]), w) for w in words if re.fullmatch(r"K\d\d", w[4])]
    assert [n for n, _ in marks] and len(marks) == 12
    lines: dict[int, list[tuple[int, tuple]]] = {}
    for n, w in marks:
        lines.setdefault(round(w[1]), []).append((n, w))
    ys = sorted(lines)
    assert len(ys) >= 3
    previous_last = -1
    for y in ys:  # top to bottom: marker numbers keep increasing
        on_line = sorted(lines[y], key=lambda t: -t[1][0])  # right to left
        numbers = [n for n, _ in on_line]
        assert numbers == sorted(numbers), "words on a line must read right to left"
        assert numbers[0] > previous_last, "lines must read top to bottom"
        previous_last = numbers[-1]


@needs_poppler
def test_rtl_table_columns_are_mirrored(tmp_path: Path) -> None:
    rows = (("CPAS", "Liège"),)
    ar = _words(_write(tmp_path, render_pdf(_single("ar", m.KeyValueTable(rows))), "ar.pdf"))
    fr = _words(_write(tmp_path, render_pdf(_single("fr", m.KeyValueTable(rows))), "fr.pdf"))
    ar_key, ar_value = _find(ar, "CPAS")[0], _find(ar, "Liège")[0]
    fr_key, fr_value = _find(fr, "CPAS")[0], _find(fr, "Liège")[0]
    assert fr_key[0] < fr_value[0] and fr_key[0] < MARGIN_X + 10
    assert ar_key[0] > ar_value[0] and ar_key[2] > RIGHT_EDGE - 10


# --- OCR: what a reader sees ---------------------------------------------------------------------

def _has_tesseract(lang: str) -> bool:
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        return False
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    return lang in out.split()


_NORMALISE = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ـ": None, "\u200c": " "})


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_NORMALISE)
    return "".join(c for c in text if not unicodedata.combining(c))


def _ocr(tmp_path: Path, data: bytes, lang: str) -> str:
    pdf = _write(tmp_path, data, "ocr.pdf")
    subprocess.run(["pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "ocr")],
                   check=True)
    png = next(tmp_path.glob("ocr*.png"))
    out = subprocess.run(["tesseract", str(png), "-", "-l", lang, "--psm", "6"], capture_output=True,
                         text=True, check=True).stdout
    return _normalise(out)


def _in_order(haystack: str, words: list[str]) -> bool:
    pos = 0
    for w in words:
        found = haystack.find(_normalise(w), pos)
        if found < 0:
            return False
        pos = found + len(w)
    return True


_OCR_CASES = {
    "ar": ("ara", ["يجب", "عليك", "التسجيل", "في", "البلدية"]),
    "prs": ("fas", ["شما", "باید", "در", "مدت", "روز", "کاری"]),
    "ti": ("tir", ["ኣብ", "ውሽጢ", "መዓልታት", "ስራሕ"]),
}


@pytest.mark.parametrize("lang", list(_OCR_CASES))
def test_ocr_reads_the_words_back_in_order(tmp_path: Path, lang: str) -> None:
    tess_lang, words = _OCR_CASES[lang]
    if not _has_tesseract(tess_lang):
        pytest.skip(f"tesseract with '{tess_lang}' data not installed (apt: tesseract-ocr-{tess_lang})")
    doc = _single(lang, m.Paragraph(TEXTS[lang][1], size=16))
    text = _ocr(tmp_path, render_pdf(doc), tess_lang)
    assert _in_order(text, words), text


def test_ocr_check_detects_reversed_word_order(tmp_path: Path) -> None:
    """Control: the same words drawn left to right (shaping without bidi) must fail the check."""
    if not _has_tesseract("ara"):
        pytest.skip("tesseract-ocr-ara not installed")
    from reportlab.pdfgen.canvas import Canvas

    from transition_app.documents.shaping import shape

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    x = 60.0
    for word in TEXTS["ar"][1].split():
        run = shape(word, "TA-NotoSansArabic", True)
        canvas.setFont("TA-NotoSansArabic", 18)
        canvas.drawString(x, 700, run.text)
        x += run.width * 18 / 1000 + 6
    canvas.save()
    text = _ocr(tmp_path, buffer.getvalue(), "ara")
    assert not _in_order(text, _OCR_CASES["ar"][1])
    assert _in_order(text, list(reversed(_OCR_CASES["ar"][1])))


# --- files -------------------------------------------------------------------------------------

def test_write_pdf_writes_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    assert write_pdf(letter("fr"), target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


def test_atomic_writer_leaves_no_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError), atomic_writer(target) as fh:
        fh.write(b"%PDF-half")
        raise RuntimeError("renderer failed")
    assert list(tmp_path.iterdir()) == []


def test_atomic_writer_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def explode(fh: io.BufferedWriter) -> None:
        fh.write(b"new but incomplete")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomic(target, explode)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_atomic_write_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_failed_render_leaves_no_file(tmp_path: Path) -> None:
    class Unknown:
        language = None

    doc = _single("fr", m.Paragraph("x"))
    broken = m.Document(title="b", language="fr", sections=(m.Section("fr", (Unknown(),)),))  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        write_pdf(broken, tmp_path / "broken.pdf")
    assert list(tmp_path.iterdir()) == []
    write_pdf(doc, tmp_path / "ok.pdf")


def test_document_modules_do_not_import_qt() -> None:
    code = ("import sys, transition_app.documents.pdf, transition_app.documents.docx; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_parse_cache_gives_byte_identical_output(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab import rl_config

    from transition_app.documents import pdf

    monkeypatch.setattr(rl_config, "invariant", 1)
    doc = letter("fr", "ar")
    cached = pdf.render_pdf(doc)
    assert pdf.render_pdf(doc) == cached
    monkeypatch.setattr(pdf, "_parsed", pdf._parsed.__wrapped__)
    monkeypatch.setattr(pdf, "_latin_paragraph", pdf._latin_paragraph.__wrapped__)
    assert pdf.render_pdf(doc) == cached


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_heading_never_stays_alone_at_the_foot_of_a_page(lang: str) -> None:
    """Push a heading towards the page end, whatever the filler height: it moves with its text."""
    for fillers in range(20, 40):
        blocks: list[m.Block] = [m.Paragraph(f"Ligne de remplissage {i} 2026") for i in range(fillers)]
        blocks += [m.Heading("Enfants 7", level=2), m.Paragraph("Inscrire les enfants à l'école 8")]
        pages = _pages_text(render_pdf(_single(lang, *blocks)))
        for page in pages:
            lines = [ln for ln in page.splitlines() if ln.strip() and "Page" not in ln and "الصفحة" not in ln]
            if any("7" in ln and ("Enfants" in ln) for ln in lines):
                assert any("8" in ln and "école" in ln for ln in lines), (fillers, lines[-3:])
