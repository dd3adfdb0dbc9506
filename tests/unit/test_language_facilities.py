"""Municipalities with language facilities (issue 10, point 2): the recipient's language follows the
language area; in the 27 municipalities with facilities the family may choose the second language."""

from __future__ import annotations

import pytest

from transition_app.domain import directory as d
from transition_app.letters.compose import authority_languages_for, default_authority_language

AROUND_BRUSSELS = ("23098", "23099", "23100", "23101", "23102", "23103")  # Drogenbos ... Wezembeek-Oppem
FLEMISH_BORDER = ("23009", "33016", "34043", "45041", "73028", "73109")  # Bever, Mesen, Spiere-Helkijn, Ronse...
WALLOON_BORDER = ("51019", "51067", "57096", "57097")  # Flobecq, Enghien, Mouscron, Comines-Warneton
MALMEDY = ("63049", "63080")
GERMAN = ("63001", "63012", "63013", "63023", "63040", "63048", "63061", "63067", "63087")


def test_the_27_municipalities_with_facilities_and_their_languages():
    expected = {**dict.fromkeys(AROUND_BRUSSELS + FLEMISH_BORDER, ("nl", "fr")),
                **dict.fromkeys(WALLOON_BORDER, ("fr", "nl")), **dict.fromkeys(MALMEDY, ("fr", "de")),
                **dict.fromkeys(GERMAN, ("de", "fr"))}
    found = {m.nis_code: m.languages for m in d.municipalities() if m.has_facilities}
    assert found == expected
    names = {d.municipality(n).name_nl for n in AROUND_BRUSSELS}  # type: ignore[union-attr]
    assert names == {"Drogenbos", "Kraainem", "Linkebeek", "Sint-Genesius-Rode", "Wemmel", "Wezembeek-Oppem"}


@pytest.mark.parametrize(("nis", "languages"), [
    ("23101", ("nl", "fr", "en")),  # Sint-Genesius-Rode: Dutch, French at the family's choice
    ("73109", ("nl", "fr", "en")),  # Voeren
    ("57096", ("fr", "nl", "en")),  # Mouscron
    ("63080", ("fr", "de", "en")),  # Waimes
    ("63023", ("de", "fr", "en")),  # Eupen
    ("62063", ("fr", "en")),  # Liège: no facilities
    ("44021", ("nl", "en")),  # Gent
    ("21004", ("fr", "nl", "en")),  # Brussels: bilingual, not a facility
])
def test_letters_offer_the_facility_language_second_and_default_to_the_main_one(nis, languages):
    assert authority_languages_for(nis) == languages
    assert default_authority_language(nis) == languages[0]


def test_facilities_do_not_change_official_names():
    rode = d.municipality("23101")
    assert rode is not None and rode.official_languages == ("nl",)
    assert rode.cpas_name() == "OCMW Sint-Genesius-Rode"
    assert rode.cpas_name("fr") == "CPAS de Rhode-Saint-Genèse"  # a letter in the facility language
    assert d.municipality("62063").cpas_name("nl") == "CPAS de Liège"  # type: ignore[union-attr]
    assert rode.name() == "Sint-Genesius-Rode" and rode.name("fr") == "Rhode-Saint-Genèse"
    assert d.municipality("63023").cpas_name() == "ÖSHZ Eupen"  # type: ignore[union-attr]
    assert d.municipality("63023").checklist_region == "german_speaking"  # type: ignore[union-attr]


def test_the_data_file_is_dated_and_sourced():
    from transition_app.assets import resource_path
    from transition_app.domain.rules import load_yaml_with_lines

    data, _ = load_yaml_with_lines(resource_path("directory", "language_facilities.yaml"))
    assert "18 juillet 1966" in data["source"] and data["checked"]
