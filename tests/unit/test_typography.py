"""Typography of letters (issue 10, point 9): one period, no-break spaces, French spacing, Latin
addresses isolated in right-to-left text, job titles in the signer's form."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from reportlab.platypus import SimpleDocTemplate

from tests.unit.test_letters_catalog import CENTRE, INPUTS, WORKER, _family
from transition_app.documents import model as m
from transition_app.documents import render_docx
from transition_app.documents.pdf import text_flowable
from transition_app.documents.scripts import LRI, PDI, isolate_ltr
from transition_app.documents.typography import NBSP, NNBSP, polish
from transition_app.domain import job_titles
from transition_app.letters import compose_letter
from transition_app.letters.engine import format_date_long, format_money

TODAY = dt.date(2026, 11, 23)
ADDRESS = ("Rue Haute 5", "4000 Liège")


def _letter(template_id: str, authority: str, family_language: str, **kw: object) -> m.Document:
    return compose_letter(template_id, _family(exit_date=dt.date(2026, 12, 2)), authority_language=authority,
                          family_language=family_language, centre=kw.pop("centre", CENTRE),
                          worker=kw.pop("worker", WORKER), today=TODAY,
                          inputs=kw.pop("inputs", INPUTS.get(template_id)), **kw)  # type: ignore[arg-type]


def _texts(obj: object) -> list[str]:
    """Every string of a composed document (paragraphs, table cells, addresses, signatures)."""
    if isinstance(obj, str):
        return [obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [t for f in dataclasses.fields(obj) for t in _texts(getattr(obj, f.name))]
    if isinstance(obj, tuple | list):
        return [t for x in obj for t in _texts(x)]
    return []


def _section_text(doc: m.Document, language: str) -> str:
    return "\n".join(t for s in doc.sections if s.language == language for t in _texts(s.blocks))


# --------------------------------------------------------------------------- 1. one period


@pytest.mark.parametrize("lang,year_mark", [("ru", "г."), ("uk", "р.")])
@pytest.mark.parametrize("template_id", ["reception_attestation", "cpas_integration_income",
                                         "cpas_rental_guarantee", "family_reunification_cover"])
def test_russian_and_ukrainian_dates_end_with_one_period(template_id, lang, year_mark) -> None:
    text = _section_text(_letter(template_id, "fr", lang), lang)
    assert year_mark in text  # the long date ends with its abbreviation …
    assert ".." not in text  # … and the sentence's period is not added to it


def test_the_exit_date_sentence_in_russian() -> None:
    text = _section_text(_letter("reception_attestation", "fr", "ru"), "ru")
    assert f"2{NBSP}декабря{NBSP}2026{NNBSP}г." in text
    assert f"2{NBSP}декабря{NBSP}2026{NNBSP}г.." not in text


def test_one_period_keeps_an_ellipsis() -> None:
    assert polish("Attendez...", "fr") == "Attendez..."
    assert polish("2026 г..", "ru") == "2026 г."


# --------------------------------------------------------------------------- 2. no-break spaces


@pytest.mark.parametrize("lang,expected", [("fr", f"2{NBSP}décembre{NBSP}2026"), ("nl", f"15{NBSP}maart"),
                                           ("de", f"2.{NBSP}Dezember"), ("en", f"2{NBSP}December")])
def test_dates_have_no_break_spaces(lang, expected) -> None:
    day = 15 if lang == "nl" else 2
    month = 3 if lang == "nl" else 12
    text = format_date_long(dt.date(2026, month, day), lang)
    assert text.startswith(expected) and " " not in text


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en", "ru", "uk", "ar", "tr"])
def test_amounts_never_split_from_their_currency(lang) -> None:
    assert " " not in format_money(Decimal("1650"), lang)


def test_a_composed_letter_binds_its_dates_and_amounts() -> None:
    text = _section_text(_letter("cpas_rental_guarantee", "fr", "nl"), "fr")
    assert f"1er{NBSP}décembre{NBSP}2026" in text and f"650,00{NBSP}€" in text
    d = docx.Document(io.BytesIO(render_docx(_letter("cpas_rental_guarantee", "fr", "nl"))))
    docx_text = "\n".join([p.text for p in d.paragraphs]
                          + [c.text for t in d.tables for row in t.rows for c in row.cells])
    assert f"1er{NBSP}décembre{NBSP}2026" in docx_text  # the DOCX prints the same characters


def test_french_spacing_before_high_punctuation() -> None:
    assert polish("Objet : demande", "fr") == f"Objet{NBSP}: demande"
    assert polish("Vous avez une question ? Demandez !", "fr") == f"Vous avez une question{NNBSP}? Demandez{NNBSP}!"
    assert polish("Question? Oui; non:", "fr") == f"Question{NNBSP}? Oui{NNBSP}; non{NBSP}:"
    assert polish("« Bien »", "fr") == f"«{NNBSP}Bien{NNBSP}»"
    assert polish("À 14:30, voir https://example.org/?q=1", "fr") == "À 14:30, voir https://example.org/?q=1"
    once = polish("Objet : « x » ? oui !", "fr")
    assert polish(once, "fr") == once  # idempotent
    assert polish("Onderwerp: vraag? Ja!", "nl") == "Onderwerp: vraag? Ja!"  # French only
    assert polish("Subject : x", "en") == "Subject : x"


def test_composed_french_letter_has_french_spacing() -> None:
    doc = _letter("cpas_rental_guarantee", "fr", "fr")
    text = "\n".join(_texts(doc.sections))
    assert f"Objet{NBSP}:" in text and "Objet :" not in text
    assert f"question{NNBSP}?" in text and "question ?" not in text  # "Vous avez une question ?"


def _pdf_lines(text: str, language: str, width: float, tmp_path: Path) -> list[str]:
    path = tmp_path / f"narrow-{width}.pdf"
    SimpleDocTemplate(str(path), pagesize=(width + 20, 900), leftMargin=10, rightMargin=10,
                      topMargin=10, bottomMargin=10).build([text_flowable(text, language)])
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_day_and_month_stay_on_one_line_in_a_narrow_pdf_paragraph(tmp_path) -> None:
    date = format_date_long(dt.date(2026, 12, 2), "fr")
    text = polish(f"La famille quitte le centre le {date} et paie 1250 ou {format_money(650, 'fr')} ? Oui.",
                  "fr")
    broke_somewhere = False
    for width in range(70, 200, 6):
        lines = _pdf_lines(text, "fr", width, tmp_path)
        broke_somewhere |= len(lines) > 2
        for line in lines:
            if "décembre" in line:
                assert "2 décembre" in line, (width, lines)  # never "… le 2" / "décembre 2026 …"
            assert not line.startswith(("?", "€", "2026")), (width, lines)
    assert broke_somewhere


# --------------------------------------------------------------------------- 3. addresses in RTL text


@pytest.mark.parametrize("template_id", ["landlord_introduction", "cpas_rental_guarantee",
                                         "municipality_registration"])
def test_arabic_copy_keeps_latin_commas_in_a_belgian_address(template_id) -> None:
    doc = _letter(template_id, "fr", "ar", inputs={**INPUTS[template_id], "dwelling_address": ADDRESS})
    text = _section_text(doc, "ar")
    assert "Rue Haute 5، 4000" not in text and "Rue Haute 5,4000" not in text
    assert f"{LRI}Rue Haute 5, 4000 Liège{PDI}" in text  # isolated as a left-to-right run


def test_the_french_letter_has_the_address_without_isolates() -> None:
    doc = _letter("landlord_introduction", "fr", "ar")
    assert "Rue Haute 5, 4000 Liège" in _section_text(doc, "fr")
    assert LRI not in _section_text(doc, "fr")


def test_isolating_keeps_an_isolated_address_and_isolates_the_rest() -> None:
    text = f"يقع في {LRI}Rue Haute 5, 4000 Liège{PDI} عند CPAS de Liège"
    out = isolate_ltr(text)
    assert f"{LRI}Rue Haute 5, 4000 Liège{PDI}" in out and f"{LRI}CPAS de Liège{PDI}" in out
    assert isolate_ltr(out) == out


# --------------------------------------------------------------------------- 4. job titles


def test_every_title_form_is_one_wording_without_slash_or_point_median() -> None:
    for title in job_titles.job_titles():
        for language, forms in title.texts.items():
            for form, text in forms.items():
                assert "/" not in text and "·" not in text and "(" not in text, (title.code, language, form)


def test_the_chosen_form_is_printed_and_the_default_is_neutral() -> None:
    assert job_titles.title_text("social_worker", "fr", "f") == "Assistante sociale"
    assert job_titles.title_text("social_worker", "fr", "m") == "Assistant social"
    assert job_titles.title_text("social_worker", "fr", None) == "Membre du service social"
    assert job_titles.title_text("social_worker", "nl", None) == "Maatschappelijk werker"
    assert job_titles.title_text("social_worker", "de", None) == "Fachkraft für Soziale Arbeit"
    assert job_titles.title_text("coordinator", "fr", "n") == "Coordination"


def test_a_slash_title_typed_by_hand_is_printed_in_the_persons_form() -> None:
    assert job_titles.title_text("Assistant social / assistante sociale", "fr", "f") == "Assistante sociale"
    assert job_titles.title_text("assistant social ou assistante sociale", "fr", None) == "Membre du service social"
    assert job_titles.title_text("Sozialarbeiter(in)", "de", "m") == "Sozialarbeiter"
    assert job_titles.find_code("Coordinateur / Coordinatrice") == "coordinator"
    assert job_titles.title_text("Chef / Cheffe", "fr", "f") == "Chef / Cheffe"  # unknown: as typed


def test_the_letter_is_signed_with_the_workers_form() -> None:
    worker = dataclasses.replace(WORKER, job_title="social_worker", job_title_form="f")
    doc = _letter("cpas_rental_guarantee", "fr", "nl", worker=worker)
    assert "Assistante sociale" in _section_text(doc, "fr")
    worker = dataclasses.replace(WORKER, job_title="social_worker", job_title_form=None)
    neutral = _letter("cpas_rental_guarantee", "fr", "nl", worker=worker)
    text = _section_text(neutral, "fr")
    assert "Membre du service social" in text and "Assistant social" not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_arabic_copy_prints_the_address_with_latin_commas_in_pdf_and_docx(tmp_path) -> None:
    from transition_app.documents import render_pdf

    doc = _letter("landlord_introduction", "fr", "ar")
    d = docx.Document(io.BytesIO(render_docx(doc)))
    arabic = [p.text for p in d.paragraphs if "السكن" in p.text]
    assert any(f"{LRI}Rue Haute 5, 4000 Liège{PDI}" in t for t in arabic)
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_pdf(doc))
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    family_copy = out[out.index("نسخة"):]
    assert "Rue Haute 5, 4000 Liège" in family_copy and "،4000" not in family_copy and "5،" not in family_copy
