from __future__ import annotations

import hashlib

import pytest

from transition_app.assets import resource_path
from transition_app.domain import directory as d

SHA256 = {
    "municipalities-2025.csv": "6a70ec432af083c066018931b2dc4cb4ba04ac6b1d80a05c2111639757fa390f",
    "postcodes-2025.csv": "c9cfe0658cfb2955d6fde0e449045647cb7cb84b5ba249ad5b43e0105d800532",
}


@pytest.mark.parametrize(("name", "digest"), SHA256.items())
def test_reference_csv_copied_unchanged(name: str, digest: str) -> None:
    assert hashlib.sha256(resource_path("directory", name).read_bytes()).hexdigest() == digest


def test_565_municipalities_by_region() -> None:
    assert len(d.municipalities()) == 565
    assert d.region_counts() == {"flanders": 285, "wallonia": 261, "brussels": 19}
    areas: dict[str, int] = {}
    for m in d.municipalities():
        areas[m.language_area] = areas.get(m.language_area, 0) + 1
    assert areas == {"nl": 285, "fr": 252, "fr-nl": 19, "de": 9}


def test_merged_municipalities_use_2025_codes() -> None:
    hasselt = d.municipality("71072")
    assert hasselt is not None and hasselt.name() == "Hasselt"
    assert d.municipality(71072) == hasselt
    assert d.municipality("71022") is None  # pre-2025 code of Hasselt
    assert d.municipality("23106").name() == "Pajottegem"  # type: ignore[union-attr]
    assert d.by_postcode("3720") == (hasselt,)  # Kortessem merged into Hasselt
    assert d.search("Kortessem") == (hasselt,)


def test_postcode_lookup() -> None:
    assert [m.nis_code for m in d.by_postcode("1050")] == ["21004", "21009"]
    assert [m.nis_code for m in d.by_postcode(1000)] == ["21004"]
    assert d.by_postcode("0000") == ()
    assert "4000" in d.postcodes_of("62063")
    assert {loc.nis_code for loc in d.localities("1050")} == {"21004", "21009"}


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("LIEGE", "62063"),
        ("lüttich", "62063"),  # German name
        ("Luik", "62063"),  # Dutch name
        ("anvers", "11002"),  # French name
        ("Bergen", "53053"),  # Dutch name of Mons, exact match before Destelbergen
        ("sint gillis", "21013"),
        ("braine l'alleud", "25014"),
        ("ecaussinnes", "55050"),
        ("4700", "63023"),
    ],
)
def test_search_is_case_accent_and_language_insensitive(query: str, first: str) -> None:
    found = d.search(query)
    assert found and found[0].nis_code == first


def test_search_limits_and_empty_query() -> None:
    assert d.search("   ") == ()
    assert len(d.search("e", limit=5)) == 5
    assert len(d.search("e", limit=None)) > 100


@pytest.mark.parametrize(
    ("nis", "expected"),
    [
        ("62063", "CPAS de Liège"),
        ("44021", "OCMW Gent"),
        ("63023", "ÖSHZ Eupen"),
        ("63040", "ÖSHZ Kelmis"),
        ("21009", "CPAS d'Ixelles / OCMW Elsene"),
        ("21004", "CPAS de Bruxelles / OCMW Brussel"),
        ("21001", "CPAS d'Anderlecht / OCMW Anderlecht"),
        ("55050", "CPAS d'Ecaussinnes"),
        ("58001", "CPAS de La Louvière"),
        ("61031", "CPAS de Huy"),
        ("91141", "CPAS d'Yvoir"),
    ],
)
def test_cpas_names(nis: str, expected: str) -> None:
    m = d.municipality(nis)
    assert m is not None and m.cpas_name() == expected


def test_cpas_name_contractions_and_language_choice() -> None:
    names = {m.name_fr: m.cpas_name() for m in d.municipalities() if m.language_area == "fr"}
    assert names["Le Roeulx"] == "CPAS du Roeulx"
    assert names["Les Bons Villers"] == "CPAS des Bons Villers"
    assert names["Anderlues"] == "CPAS d'Anderlues"
    ixelles = d.municipality("21009")
    assert ixelles is not None
    assert ixelles.cpas_name("nl") == "OCMW Elsene" and ixelles.cpas_name("fr") == "CPAS d'Ixelles"
    assert d.municipality("44021").cpas_name("fr") == "OCMW Gent"  # type: ignore[union-attr]


def test_names_and_checklist_region() -> None:
    liege = d.municipality("62063")
    eupen = d.municipality("63023")
    assert liege is not None and eupen is not None
    assert liege.name() == "Liège" and liege.name("de") == "Lüttich" and liege.name("nl") == "Luik"
    assert d.municipality("11001").name("fr") == "Aartselaar"  # type: ignore[union-attr]  # falls back to nl
    assert liege.checklist_region == "wallonia" and eupen.checklist_region == "german_speaking"
    assert d.municipality("21009").languages == ("fr", "nl")  # type: ignore[union-attr]


def test_integration_agencies_by_region() -> None:
    assert [a.id for a in d.integration_agencies("brussels")] == ["bapa", "bon"]
    antwerp = d.municipality("11002")
    gent_free = d.municipality("11001")
    assert antwerp is not None and gent_free is not None
    assert [a.id for a in d.integration_agencies_for(antwerp)] == ["atlas_antwerpen", "agii"]
    assert [a.id for a in d.integration_agencies_for(gent_free)] == ["agii"]
    assert "cri_wallonia" in [a.id for a in d.integration_agencies_for(d.municipality("62063"))]  # type: ignore[arg-type]
    assert [a.id for a in d.integration_agencies_for(d.municipality("63023"))] == ["dg_integrationsparcours"]  # type: ignore[arg-type]
    assert d.integration_agencies("brussels")[0].name() == "BAPA – Bureau d'accueil pour primo-arrivants"
    with pytest.raises(ValueError):
        d.integration_agencies("luxembourg")


def test_agencies_have_no_unverified_claims() -> None:
    for agency in d.integration_agencies_all():
        assert agency.checked is None or agency.website  # nothing marked checked without a source to check
        assert agency.website == "" or agency.website.startswith("https://")
    assert d.integration_agencies("german_speaking")[0].uncertain


def test_loading_is_lazy_and_cached() -> None:
    d._index.cache_clear()
    assert d._index.cache_info().currsize == 0
    d.municipality("11001")
    d.by_postcode("1000")
    info = d._index.cache_info()
    assert info.misses == 1 and info.hits >= 1


def test_import_loads_no_data() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from transition_app.domain import directory, rules, checklist\n"
        "assert directory._index.cache_info().currsize == 0\n"
        "assert directory.integration_agencies_all.cache_info().currsize == 0\n"
        "assert rules.default_rules.cache_info().currsize == 0\n"
        "assert checklist.shipped_templates.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
