"""Letters made from a family created through the services, rendered to PDF and DOCX and read back."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from decimal import Decimal
from pathlib import Path

import docx
import pypdf
import pytest

from tests.conftest import TODAY, decision, family_input, person
from transition_app.assets import resource_path, translation_path
from transition_app.documents import model as m
from transition_app.documents import render_docx, render_pdf
from transition_app.documents.scripts import strip_controls
from transition_app.domain.rules import DataFileError
from transition_app.letters import (
    NEW_PAGE,
    LetterError,
    LetterIncompleteError,
    Recipient,
    compose_letter,
    list_templates,
    load_catalog,
)

LIEGE, GENT, EUPEN = "62063", "44021", "63023"
ADDRESS = ("Rue Haute 5", "4000 Liège")
INPUTS = {
    "cpas_integration_income": {"dwelling_address": ADDRESS},
    "cpas_rental_guarantee": {"dwelling_address": ADDRESS, "lease_start": dt.date(2026, 12, 1),
                              "rent": Decimal("650"), "guarantee_amount": Decimal("1300")},
    "municipality_registration": {"dwelling_address": ADDRESS, "move_in_date": dt.date(2026, 12, 1)},
    "landlord_introduction": {"dwelling_address": ADDRESS},
    "school_enrolment": {"school_start": dt.date(2027, 1, 4)},
    "integration_referral": {"referral_reason": "Cours de français"},
}
SCHOOL = Recipient("school", "École communale du Centre", ("Rue de l'École 1", "4000 Liège"))

_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ـ": None, "\u200c": " "})


def _norm(text: str) -> str:
    """Comparable text: NFKC (Arabic presentation forms -> letters), no bidi controls, one space."""
    text = unicodedata.normalize("NFKC", strip_controls(text)).translate(_LETTERS)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text)


def _pdf_pages(data: bytes) -> list[str]:
    return [_norm(p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(data)
    return _norm(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout)


def _docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return _norm("\n".join(parts))


def _has_words(text: str, phrase: str) -> bool:
    """Every word of ``phrase`` is in ``text`` (for right-to-left text, whose word order PDF extraction
    may give in visual order)."""
    return all(_norm(w) in text for w in phrase.split())


PLANNED_EXIT = dt.date(2026, 12, 1)  # the last day of the right to reception of decision()


@pytest.fixture
def family(ctx, staff):
    def make(destination: str | None = LIEGE, **kw):
        members = kw.pop("members", (
            person(),
            person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
            person("Karim", "Haddad", "spouse", birth_date=dt.date(1988, 1, 2), sex="M", in_belgium=False),
        ))
        kw.setdefault("exit_date", PLANNED_EXIT)  # letters print only a recorded exit date
        data = family_input(*members, centre_id=staff["centre"].id, worker_id=staff["anna"].id,
                            arrival_date=dt.date(2025, 3, 1), destination_nis=destination,
                            decision=kw.pop("decision", decision()), **kw)
        return ctx.families.get_family(ctx.families.create_family(data).id)
    return make


def _compose(template_id, fam, staff, authority="fr", family_language="ar", **kw):
    kw.setdefault("inputs", INPUTS.get(template_id))
    kw.setdefault("recipient", SCHOOL if template_id == "school_enrolment" else None)
    return compose_letter(template_id, fam, authority_language=authority, family_language=family_language,
                          centre=staff["centre"], worker=staff["anna"], today=TODAY, **kw)


# --------------------------------------------------------------------------- every letter, PDF and DOCX

FRENCH_TITLES = {
    "cpas_integration_income": "Demande de revenu d’intégration et de prime d’installation",
    "cpas_rental_guarantee": "Demande de garantie locative",
    "municipality_registration": "Inscription à la nouvelle adresse",
    "landlord_introduction": "Présentation d’une famille à la recherche d’un logement",
    "reception_attestation": "Attestation de séjour en structure d’accueil",
    "family_reunification_cover": "Demande de regroupement familial – lettre d’accompagnement",
    "school_enrolment": "Demande d’inscription scolaire",
    "integration_referral": "Orientation vers un service d’intégration",
}
ARABIC_TITLES = {
    "cpas_integration_income": "دخل شهري ومنحة الاستقرار",
    "cpas_rental_guarantee": "ضمان الإيجار",
    "municipality_registration": "التسجيل في عنوانكم الجديد",
    "landlord_introduction": "رسالة إلى مؤجر",
    "reception_attestation": "شهادة إقامتكم في مركز الاستقبال",
    "family_reunification_cover": "لمّ الشمل العائلي",
    "school_enrolment": "رسالة إلى المدرسة",
    "integration_referral": "رسالة إلى خدمة الاندماج",
}


def test_the_list_names_every_letter() -> None:
    assert {t.id for t in list_templates()} == set(FRENCH_TITLES)


@pytest.mark.parametrize("template_id", sorted(FRENCH_TITLES))
def test_each_letter_reads_back_from_pdf_and_docx(template_id, family, staff) -> None:
    fam = family()
    doc = _compose(template_id, fam, staff)
    assert [s.language for s in doc.sections] == ["fr", "ar"]
    pdf_text = " ".join(_pdf_pages(render_pdf(doc)))
    docx_text = _docx_text(render_docx(doc))
    for text in (pdf_text, docx_text):
        assert _norm(FRENCH_TITLES[template_id]) in text
        assert "HADDAD" in text and "Centre de test Jodoigne" in text
        assert _has_words(text, ARABIC_TITLES[template_id])
        assert _has_words(text, "نسخة للعائلة")
    if template_id.startswith("cpas_"):
        assert "CPAS de Liège" in pdf_text and "CPAS de Liège" in docx_text
    if template_id not in ("landlord_introduction", "school_enrolment"):
        assert fam.case_number in pdf_text


CASES = {
    # (authority, family language, destination): (authority phrases, family-copy phrases)
    ("fr", "ar", LIEGE): (["Demande de garantie locative", "article 2, §8, de la loi du 2 avril 1965",
                           "au CPAS de Liège", "1er décembre 2026", "650,00 €"],
                          ["ضمان الإيجار", "مهم", "CPAS de Liège"]),
    ("nl", "prs", GENT): (["Aanvraag van een huurwaarborg", "artikel 2, §8, van de wet van 2 april 1965",
                           "het OCMW Gent", "1 december 2026", "€ 650,00"],
                          ["پول ضمانت کرایه", "مهم", "OCMW Gent"]),
    ("de", "uk", EUPEN): (["Antrag auf Mietkaution", "Artikel 2 § 8 des Gesetzes vom 2. April 1965",
                           "das ÖSHZ Eupen", "1. Dezember 2026", "650,00 €"],
                          ["Лист до CPAS: орендна гарантія", "не пізніше 1 грудня 2026", "ÖSHZ Eupen"]),
    ("en", "ti", LIEGE): (["Request for a rental guarantee", "article 2, §8 of the law of 2 April 1965",
                           "CPAS de Liège", "1 December 2026", "€650.00"],
                          ["ደብዳቤ ናብ CPAS፦ ውሕስና ክራይ", "ታሕሳስ 1, 2026", "CPAS de Liège"]),
}


@pytest.mark.parametrize("case", list(CASES), ids=lambda c: f"{c[0]}+{c[1]}")
def test_rental_guarantee_in_each_language(case, family, staff, tmp_path) -> None:
    authority, family_language, destination = case
    authority_phrases, family_phrases = CASES[case]
    doc = _compose("cpas_rental_guarantee", family(destination), staff, authority, family_language,
                   layout=NEW_PAGE)
    pdf = render_pdf(doc)
    pages = _pdf_pages(pdf)
    docx_text = _docx_text(render_docx(doc))
    first = pages[0]
    family_pages = " ".join(p for p in pages if _has_words(p, family_phrases[0]))
    assert family_pages and family_pages != first  # the family copy starts on a page of its own
    for phrase in authority_phrases:
        assert _norm(phrase) in first, phrase
        assert _norm(phrase) in docx_text, phrase
    rtl = family_language in ("ar", "prs")
    for phrase in family_phrases:
        if rtl:
            assert _has_words(family_pages, phrase), phrase
            assert _norm(phrase) in docx_text, phrase  # DOCX keeps the logical order
        else:
            assert _norm(phrase) in family_pages, phrase
            assert _norm(phrase) in docx_text, phrase
    if rtl and shutil.which("pdftotext"):
        assert _norm(family_phrases[0]) in _pdftotext(pdf, tmp_path)


@pytest.mark.parametrize("lang,expected", [("fr", "15 mars 2026"), ("nl", "15 maart 2026"),
                                           ("de", "15. März 2026"), ("en", "15 March 2026")])
def test_dates_are_in_the_letter_language_not_the_ui_language(lang, expected, family, staff) -> None:
    fam = family(decision=decision(decision_date=dt.date(2026, 1, 15), notification_date=dt.date(2026, 1, 16)))
    doc = _compose("reception_attestation", fam, staff, lang, "uk")
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert expected in text  # the end of the right to reception: 15 January + 2 months
    assert "15 березня 2026" in text  # the same date in the Ukrainian family copy


# --------------------------------------------------------------------------- rules stated in the letters


def test_reunification_cover_states_the_new_refugee_window(family, staff) -> None:
    text = " ".join(_pdf_pages(render_pdf(_compose("family_reunification_cover", family(), staff))))
    assert "à partir du 18 août 2025 : la loi du 18 juillet 2025 s’applique" in text
    assert "dans les 6 mois de la décision, soit jusqu’au 1er avril 2027" in text
    assert "Karim HADDAD" in text


def test_reunification_cover_keeps_the_old_window_for_a_decision_before_the_reform(family, staff) -> None:
    fam = family(decision=decision(decision_date=dt.date(2025, 3, 10), notification_date=dt.date(2025, 3, 11)))
    text = " ".join(_pdf_pages(render_pdf(_compose("family_reunification_cover", fam, staff, "nl", "ti"))))
    assert "vóór 18 augustus 2025" in text and "binnen 12 maanden" in text and "tot 10 maart 2026" in text
    assert "ክሳብ መጋቢት 10, 2026" in text  # Tigrinya copy, Tigrinya month name


def test_reunification_cover_for_subsidiary_protection_has_no_window(family, staff) -> None:
    fam = family(decision=decision(protection_type="subsidiary"))
    doc = _compose("family_reunification_cover", fam, staff, "de", "uk")
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert "keinen Zeitraum mit erleichterten Bedingungen" in text
    assert "Wartezeit von 24 Monaten" in text and "ab dem 1. Oktober 2028" in text
    assert "заяву можна подати з 1 жовтня 2028" in text
    assert "Ende des begünstigten Zeitraums" not in text  # the optional row is left out


def test_attestation_shows_the_extension(ctx, family, staff) -> None:
    fam = family()
    view = ctx.checklists.record_extension(fam.id, 1, "Pas de logement trouvé", dt.date(2026, 11, 20))
    doc = _compose("reception_attestation", fam, staff, "fr", "ar", extensions=view.extensions)
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert "prolongation du séjour en accueil de 1 mois" in text
    assert "le droit à l’accueil aurait pris fin le 1er décembre 2026" in text
    assert "prend fin le 1er janvier 2027" in text
    plain = " ".join(_pdf_pages(render_pdf(_compose("reception_attestation", fam, staff, "fr", "ar"))))
    assert "prolongation" not in plain


# --------------------------------------------------------------------------- errors


def test_a_missing_input_fails_with_its_label_and_field(family, staff) -> None:
    inputs = dict(INPUTS["cpas_rental_guarantee"])
    del inputs["rent"]
    with pytest.raises(LetterIncompleteError) as exc:
        _compose("cpas_rental_guarantee", family(), staff, inputs=inputs)
    assert [(e.field, e.message) for e in exc.value.errors] == [("rent", "Monthly rent is needed for this letter.")]
    assert exc.value.inputs == ("rent",) and "{" not in str(exc.value)


def test_every_missing_value_is_named_at_once(family, staff) -> None:
    """No dwelling, no decision, no destination: one error naming every missing value by its label."""
    fam = family(destination=None, decision=None)
    with pytest.raises(LetterIncompleteError) as exc:
        _compose("cpas_rental_guarantee", fam, staff, inputs={})
    found = [(e.field, str(e.params["label"])) for e in exc.value.errors]
    assert found == [  # the letter's own inputs first, then what to fill in in the family file
        ("dwelling_address", "Address of the new dwelling"),
        ("lease_start", "Start of the lease"),
        ("rent", "Monthly rent"),
        ("destination_nis", "Destination municipality (family file ▸ Household)"),
        ("decision.protection_type", "Protection status (family file ▸ Decision)"),
        ("decision.decision_date", "Decision date (family file ▸ Decision)"),
    ]
    assert {"recipient", "destination_cpas"} <= set(exc.value.missing)
    assert exc.value.inputs == ("dwelling_address", "lease_start", "rent")
    message = str(exc.value)
    assert "{" not in message and "cpas_rental_guarantee" not in message and "dwelling_address" not in message


def test_a_missing_case_value_names_where_to_fill_it_in(family, staff) -> None:
    with pytest.raises(LetterIncompleteError) as exc:
        _compose("cpas_integration_income", family(destination=None), staff)
    assert [e.field for e in exc.value.errors] == ["destination_nis"]  # the CPAS, its name and the agency: one
    with pytest.raises(LetterIncompleteError) as exc:
        _compose("family_reunification_cover", family(members=(person(),)), staff)
    assert [(e.field, str(e.params["label"])) for e in exc.value.errors] == [
        ("members", "Family members still abroad (family file ▸ Members)")]
    with pytest.raises(LetterIncompleteError) as exc:
        _compose("school_enrolment", family(), staff, recipient=None)
    assert [(e.field, str(e.params["label"])) for e in exc.value.errors] == [
        ("recipient", "School (name and address)")]
    assert isinstance(exc.value, LetterError)  # every letter error is one kind of service error


def test_unknown_inputs_and_wrong_types_are_refused(family, staff) -> None:
    with pytest.raises(LetterError, match="no input 'secret'"):
        _compose("landlord_introduction", family(), staff, inputs={"dwelling_address": ADDRESS, "secret": "x"})
    with pytest.raises(TypeError, match=r"\{lease_start\} must be of type date"):  # typed values come from code
        _compose("cpas_rental_guarantee", family(), staff,
                 inputs={**INPUTS["cpas_rental_guarantee"], "lease_start": "next month"})


@pytest.fixture
def data_copy(tmp_path: Path) -> tuple[Path, Path]:
    letters, translations = tmp_path / "letters", tmp_path / "translations"
    shutil.copytree(resource_path("letters"), letters)
    shutil.copytree(translation_path("letters"), translations)
    return letters, translations


@pytest.mark.parametrize("attack", ["{{ ''.__class__.__mro__ }}", "{% include 'cpas_rental_guarantee.yaml' %}",
                                    "{head.__init__.__globals__}", "{% import os %}{{ os.system('id') }}"])
def test_a_template_that_tries_to_run_code_or_read_files_is_refused(attack, data_copy) -> None:
    letters, translations = data_copy
    path = translations / "fr.po"
    text = path.read_text(encoding="utf-8")
    assert 'msgstr "Demande de garantie locative"' in text
    path.write_text(text.replace('msgstr "Demande de garantie locative"',
                                 'msgstr "' + attack.replace('"', "'") + '"', 1), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"fr\.po:\d+: cpas_rental_guarantee\.title: refused"):
        load_catalog(letters, translations)


# --------------------------------------------------------------------------- review status


def test_unreviewed_family_copy_carries_the_draft_mark(family, staff) -> None:
    doc = _compose("cpas_integration_income", family(), staff, "fr", "uk")
    assert doc.sections[1].draft and not doc.sections[0].draft
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert "Чернетка перекладу — ще не перевірено" in text
    assert "Чернетка перекладу" in _docx_text(render_docx(doc))


def test_reviewed_family_copy_has_no_draft_mark(family, staff, data_copy) -> None:
    letters, translations = data_copy
    path = translations / "uk.po"  # reviewed = no fuzzy flag
    path.write_text(path.read_text(encoding="utf-8").replace("#, fuzzy\n", "").replace("#, fuzzy, ", "#, "),
                    encoding="utf-8")
    catalog = load_catalog(letters, translations)
    doc = _compose("cpas_integration_income", family(), staff, "fr", "uk", catalog=catalog)
    assert not doc.sections[1].draft
    assert "Чернетка" not in " ".join(_pdf_pages(render_pdf(doc)))


def test_continuous_layout_and_authority_only_letter(family, staff) -> None:
    fam = family()
    doc = _compose("reception_attestation", fam, staff, "nl", None, layout=m.BilingualLayout.CONTINUOUS)
    assert [s.language for s in doc.sections] == ["nl"]
    assert doc.layout is m.BilingualLayout.CONTINUOUS
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert "Attest van verblijf in een opvangstructuur" in text and "Ondergetekende, Anna Peeters" in text
    assert "1 december 2026" in text
