"""The document model and the renderers' own words (labels, dates)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.unit.document_samples import dossier, letter
from transition_app.assets import translation_path
from transition_app.documents import model as m
from transition_app.documents.labels import Labels, format_date, known_languages, labels


def test_blocks_and_documents_are_frozen() -> None:
    p = m.Paragraph("Bonjour")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.text = "x"  # type: ignore[misc]
    doc = letter("fr")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.title = "x"  # type: ignore[misc]
    assert hash(doc) == hash(letter("fr"))  # frozen and hashable: usable as a cache key


def test_block_language_defaults_to_the_section() -> None:
    section = m.Section("ar", (m.Paragraph("نص"), m.Paragraph("Liège", language="fr")))
    assert m.block_language(section.blocks[0], section) == "ar"
    assert m.block_language(section.blocks[1], section) == "fr"


@pytest.mark.parametrize("layout,expected", [(m.BilingualLayout.CONTINUOUS, [False, False]),
                                             (m.BilingualLayout.NEW_PAGE, [False, True])])
def test_bilingual_layout_decides_where_sections_start(layout: m.BilingualLayout, expected: list[bool]) -> None:
    doc = letter("fr", "ar", layout=layout)
    assert [doc.starts_new_page(i) for i in range(2)] == expected


def test_section_can_force_a_new_page() -> None:
    doc = m.Document("t", "fr", (m.Section("fr", ()), m.Section("ti", (), new_page=True)))
    assert doc.starts_new_page(1) and not doc.starts_new_page(0)


def test_languages_in_section_order() -> None:
    assert letter("nl", "prs").languages() == ("nl", "prs")
    assert dossier().languages() == ("fr", "ar")


def test_checklist_item_defaults() -> None:
    item = m.ChecklistItem("Inscription")
    assert (item.done, item.due, item.highlight, item.note) == (False, None, False, "")


def test_model_module_needs_no_renderer() -> None:
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(m))
    imported = {n.names[0].name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)}
    imported |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported <= {"__future__", "datetime", "dataclasses", "enum"}


# --- labels --------------------------------------------------------------------------------

def test_label_file_is_complete_for_every_language() -> None:
    from transition_app.i18n.catalogs import read_catalog

    data = {p.stem: {k: m.text for k, m in read_catalog(p).messages.items()}
            for p in translation_path("documents").glob("*.po")}
    assert {"ku", "ckb", "am"} <= set(data)
    fields = {f.name for f in dataclasses.fields(Labels)} - {"language"}
    for lang, entry in data.items():
        assert set(entry) == fields, lang
        assert "{page}" in entry["page_x_of_y"] and "{pages}" in entry["page_x_of_y"], lang
        assert all(v.strip() for v in entry.values()), lang


def test_languages_needed_by_the_centres_are_present() -> None:
    assert {"fr", "nl", "de", "en", "ar", "prs", "ps", "fa", "ti", "so", "tr", "uk", "ru"} <= set(known_languages())


@pytest.mark.parametrize("lang,expected", [("fr", "Page 2 sur 8"), ("nl", "Pagina 2 van 8"),
                                           ("de", "Seite 2 von 8"), ("ar", "الصفحة 2 من 8"),
                                           ("prs", "صفحه 2 از 8"), ("ps", "مخ 2 له 8"),
                                           ("ti", "ገጽ 2 ካብ 8"), ("uk", "Сторінка 2 з 8")])
def test_page_x_of_y(lang: str, expected: str) -> None:
    assert labels(lang).page(2, 8) == expected


def test_page_parts_surround_the_numbers() -> None:
    before, middle, after = labels("fr").page_parts()
    assert (before, middle, after) == ("Page ", " sur ", "")


def test_unknown_language_falls_back_to_english_and_regions_to_the_language() -> None:
    assert labels("xx").yes == "Yes"
    assert labels("fr-BE").yes == "Oui"
    assert labels("prs").yes == "بلی" and labels("fa").yes == "بله"


@pytest.mark.parametrize("lang,expected", [("fr", "15 mars 2026"), ("nl", "15 mrt 2026"), ("de", "15.03.2026"),
                                           ("ar", "15/03/2026")])
def test_dates_in_the_document_language(lang: str, expected: str) -> None:
    assert format_date(dt.date(2026, 3, 15), lang) == expected


def test_arabic_date_has_no_hidden_direction_marks() -> None:
    assert not any(c in format_date(dt.date(2026, 3, 15), "ar") for c in "\u200e\u200f\u061c")
