"""Directory of Belgian municipalities (2025), postcodes, CPAS/OCMW names and integration agencies.

Data files under ``resources/directory`` (see ``SOURCES.md`` there for origin and the
CC BY 4.0 attribution).  Everything is loaded on first use and cached.

Languages: a municipality's ``official_languages`` are those of its language area (Brussels: French
and Dutch); the 27 municipalities with language facilities (``language_facilities.yaml``, from the
coordinated laws of 18 July 1966 on the use of languages in administrative matters) add a
``facility_language`` a resident may choose.  ``Municipality.languages`` is both, the main language
first: what a letter to its authorities may be written in.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from transition_app.assets import resource_path
from transition_app.domain.deadlines import REGIONS as CHECKLIST_VARIANTS
from transition_app.domain.rules import DataFileError, line_of, load_yaml_with_lines, validate
from transition_app.domain.text import fold

REGIONS = ("flanders", "brussels", "wallonia")
CHECKLIST_REGIONS = CHECKLIST_VARIANTS  # flanders, brussels, wallonia, german_speaking
_AREA_LANGUAGES = {"nl": ("nl",), "fr": ("fr",), "de": ("de",), "fr-nl": ("fr", "nl")}
_PUNCT = re.compile(r"[-'’.,/()]+")
_VOWELS = frozenset("aeiouy")


def _norm(text: str) -> str:
    """Folded form for name matching: case, accents, hyphens and apostrophes ignored."""
    return fold(_PUNCT.sub(" ", text))


def _french_de(name: str) -> str:
    """``de`` + name with French elision/contraction: d'Ixelles, du Roeulx, des Bons Villers, de La Louvière.

    No elision before *h* (h aspiré/muet is lexical; Walloon CPAS mostly write "de H…").
    """
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if name and fold(name[0]) in _VOWELS:
        return "d'" + name
    return "de " + name


@dataclass(frozen=True)
class Municipality:
    nis_code: str
    region: str  # flanders | brussels | wallonia
    name_nl: str
    name_fr: str
    name_de: str
    language_area: str  # nl | fr | de | fr-nl
    facility_language: str | None = None  # a municipality with language facilities: the other language

    @property
    def official_languages(self) -> tuple[str, ...]:
        """The language(s) of its language area, first = main (Brussels: French, Dutch)."""
        return _AREA_LANGUAGES[self.language_area]

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages its authorities write to a resident in: the main language first, then the
        other official one (Brussels) or the facility language (a municipality with facilities,
        at the family's choice)."""
        extra = (self.facility_language,) if self.facility_language else ()
        return self.official_languages + tuple(c for c in extra if c not in self.official_languages)

    @property
    def has_facilities(self) -> bool:
        return self.facility_language is not None

    @property
    def checklist_region(self) -> str:
        """Region variant of the checklist: the German-speaking Community is its own variant."""
        return "german_speaking" if self.language_area == "de" else self.region

    def name(self, language: str | None = None) -> str:
        """Name in ``language`` (nl/fr/de), falling back to the municipality's own language."""
        names = {"nl": self.name_nl, "fr": self.name_fr, "de": self.name_de}
        for lang in ((language,) if language else ()) + self.official_languages + ("nl", "fr", "de"):
            if names.get(lang):
                return names[lang]
        return self.nis_code

    def cpas_name(self, language: str | None = None) -> str:
        """Name of its CPAS/OCMW/ÖSHZ in the official language(s).

        ``CPAS de Liège``, ``OCMW Gent``, ``ÖSHZ Eupen``; Brussels gives both,
        ``CPAS d'Ixelles / OCMW Elsene``, unless ``language`` picks one of them.  A municipality with
        language facilities is named in its own language (``OCMW Kraainem``).
        """
        langs = self.official_languages
        if language in self.languages:  # an official language, or the facility language
            langs = (language,)
        parts = []
        for lang in langs:
            if lang == "fr":
                parts.append("CPAS " + _french_de(self.name("fr")))
            elif lang == "nl":
                parts.append("OCMW " + self.name("nl"))
            else:
                parts.append("ÖSHZ " + self.name("de"))
        return " / ".join(parts)

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.name_nl, self.name_fr, self.name_de) if n))


@dataclass(frozen=True)
class PostalLocality:
    postcode: str
    nis_code: str
    locality_nl: str
    locality_fr: str
    locality_de: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.locality_nl, self.locality_fr, self.locality_de) if n))


@dataclass(frozen=True)
class IntegrationAgency:
    id: str
    region: str  # a checklist region
    names: Mapping[str, str]
    website: str = ""
    checked: date | None = None
    municipalities: tuple[str, ...] = ()  # city agencies: NIS codes served instead of the regional one
    note: str = ""
    uncertain: str = ""

    def name(self, language: str | None = None) -> str:
        for lang in ((language,) if language else ()) + ("en", "nl", "fr", "de"):
            if self.names.get(lang):
                return self.names[lang]
        return self.id


@dataclass(frozen=True)
class _Index:
    by_nis: Mapping[str, Municipality]
    by_postcode: Mapping[str, tuple[PostalLocality, ...]]
    localities_by_nis: Mapping[str, tuple[PostalLocality, ...]]


def _read_csv(name: str) -> list[dict[str, str]]:
    with resource_path("directory", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


_FACILITY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["source", "checked", "municipalities"],
    "properties": {
        "source": {"type": "string", "minLength": 1},
        "checked": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "municipalities": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["nis", "name", "main", "facility", "article"],
                "properties": {
                    "nis": {"type": "string", "pattern": r"^\d{5}$"},
                    "name": {"type": "string", "minLength": 1},
                    "main": {"enum": ["nl", "fr", "de"]},
                    "facility": {"enum": ["nl", "fr", "de"]},
                    "article": {"type": "string", "minLength": 1},
                },
            },
        },
    },
}


@cache
def language_facilities() -> dict[str, str]:
    """NIS code -> facility language, from ``resources/directory/language_facilities.yaml`` (validated:
    known municipalities, the main language as in the municipality's language area)."""
    path = resource_path("directory", "language_facilities.yaml")
    data, lines = load_yaml_with_lines(path)
    validate(data, _FACILITY_SCHEMA, path, lines)
    areas = {row["nis_code"]: row["language_area"] for row in _read_csv("municipalities-2025.csv")}
    out: dict[str, str] = {}
    for i, raw in enumerate(data["municipalities"]):
        where = line_of(lines, ("municipalities", i))
        area = areas.get(raw["nis"])
        if area is None:
            raise DataFileError(path, where, f"unknown NIS code {raw['nis']}")
        if _AREA_LANGUAGES[area] != (raw["main"],):
            raise DataFileError(path, where, f"{raw['nis']}: its language area is {area}, not {raw['main']}")
        if raw["facility"] == raw["main"] or raw["nis"] in out:
            raise DataFileError(path, where, f"{raw['nis']}: facility language or entry repeated")
        out[raw["nis"]] = raw["facility"]
    return out


@cache
def _index() -> _Index:
    facilities = language_facilities()
    munis = {row["nis_code"]: Municipality(**row, facility_language=facilities.get(row["nis_code"]))
             for row in _read_csv("municipalities-2025.csv")}
    by_pc: dict[str, list[PostalLocality]] = {}
    by_nis: dict[str, list[PostalLocality]] = {}
    for row in _read_csv("postcodes-2025.csv"):
        loc = PostalLocality(**row)
        by_pc.setdefault(loc.postcode, []).append(loc)
        by_nis.setdefault(loc.nis_code, []).append(loc)
    return _Index(munis, {k: tuple(v) for k, v in by_pc.items()}, {k: tuple(v) for k, v in by_nis.items()})


def municipalities() -> tuple[Municipality, ...]:
    """All 565 municipalities, ascending NIS code."""
    return tuple(_index().by_nis.values())


def municipality(nis_code: str | int) -> Municipality | None:
    """The municipality with this NIS code (2025 codes), or ``None``."""
    return _index().by_nis.get(str(nis_code).strip())


def localities(postcode: str | int) -> tuple[PostalLocality, ...]:
    """Postal localities of a postcode, as published."""
    return _index().by_postcode.get(str(postcode).strip(), ())


def by_postcode(postcode: str | int) -> tuple[Municipality, ...]:
    """The municipalities a postcode belongs to (usually one; 1040/1050/1060 have two)."""
    seen = dict.fromkeys(loc.nis_code for loc in localities(postcode))
    return tuple(_index().by_nis[n] for n in seen)


def postcodes_of(nis_code: str | int) -> tuple[str, ...]:
    """Postcodes used in a municipality, ascending."""
    locs = _index().localities_by_nis.get(str(nis_code).strip(), ())
    return tuple(sorted({loc.postcode for loc in locs}))


@cache
def _search_rows() -> tuple[tuple[str, int, Municipality], ...]:
    """(normalised name, rank bonus, municipality): names first, then postal localities."""
    idx = _index()
    rows: list[tuple[str, int, Municipality]] = []
    for m in idx.by_nis.values():
        rows.extend((_norm(n), 0, m) for n in m.all_names)
        for loc in idx.localities_by_nis.get(m.nis_code, ()):
            rows.extend((_norm(n), 1, m) for n in loc.names)
    return tuple(rows)


def search(query: str, limit: int | None = 20) -> tuple[Municipality, ...]:
    """Municipalities whose nl/fr/de name (or a postal locality's name) matches ``query``.

    Case-, accent-, hyphen- and apostrophe-insensitive.  A 4-digit query is looked up as
    a postcode.  Exact matches come first, then prefixes, then word prefixes, then
    other substrings; a municipality's own names before its localities.
    """
    q = _norm(query)
    if not q:
        return ()
    if q.isdigit() and len(q) == 4:
        return by_postcode(q)[:limit] if limit else by_postcode(q)
    best: dict[str, tuple[int, str]] = {}
    for name, bonus, m in _search_rows():
        if q not in name:
            continue
        if name == q:
            kind = 0
        elif name.startswith(q):
            kind = 1
        elif (" " + q) in (" " + name):
            kind = 2
        else:
            kind = 3
        rank = kind * 2 + bonus
        if m.nis_code not in best or rank < best[m.nis_code][0]:
            best[m.nis_code] = (rank, _norm(m.name()))
    ordered = sorted(best, key=lambda nis: (best[nis], nis))
    found = tuple(_index().by_nis[n] for n in ordered)
    return found[:limit] if limit else found


def region_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in municipalities():
        counts[m.region] = counts.get(m.region, 0) + 1
    return counts


# --------------------------------------------------------------------------- integration agencies

_AGENCY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["agencies"],
    "properties": {
        "agencies": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "region", "names", "website", "checked"],
                "properties": {
                    "id": {"type": "string", "pattern": r"^[a-z0-9_]+$"},
                    "region": {"enum": list(CHECKLIST_REGIONS)},
                    "names": {
                        "type": "object",
                        "minProperties": 1,
                        "additionalProperties": False,
                        "patternProperties": {"^(nl|fr|de|en)$": {"type": "string", "minLength": 1}},
                    },
                    "website": {"type": "string", "pattern": r"^(https?://\S+)?$"},
                    "checked": {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$"},
                    "municipalities": {"type": "array", "items": {"type": "string", "pattern": r"^\d{5}$"}},
                    "note": {"type": "string"},
                    "uncertain": {"type": "string"},
                },
            },
        }
    },
}


@cache
def integration_agencies_all() -> tuple[IntegrationAgency, ...]:
    """Every agency of ``resources/directory/integration_agencies.yaml`` (validated)."""
    path = resource_path("directory", "integration_agencies.yaml")
    data, lines = load_yaml_with_lines(path)
    validate(data, _AGENCY_SCHEMA, path, lines)
    out = []
    for i, raw in enumerate(data["agencies"]):
        for j, nis in enumerate(raw.get("municipalities", ())):
            if municipality(nis) is None:
                raise DataFileError(
                    path, line_of(lines, ("agencies", i, "municipalities", j)), f"unknown NIS code {nis}"
                )
        out.append(
            IntegrationAgency(
                id=raw["id"],
                region=raw["region"],
                names=dict(raw["names"]),
                website=raw["website"],
                checked=date.fromisoformat(raw["checked"]) if raw["checked"] else None,
                municipalities=tuple(raw.get("municipalities", ())),
                note=" ".join(raw.get("note", "").split()),
                uncertain=" ".join(raw.get("uncertain", "").split()),
            )
        )
    return tuple(out)


def integration_agencies(region: str, nis_code: str | None = None) -> tuple[IntegrationAgency, ...]:
    """Integration agencies for a checklist region; with ``nis_code``, a city agency comes first.

    City agencies (with ``municipalities``) are only returned for their own municipalities.
    """
    if region not in CHECKLIST_REGIONS:
        raise ValueError(f"unknown region {region!r}")
    in_region = [a for a in integration_agencies_all() if a.region == region]
    city = [a for a in in_region if nis_code is not None and nis_code in a.municipalities]
    general = [a for a in in_region if not a.municipalities]
    return tuple(city + general)


def integration_agencies_for(m: Municipality) -> tuple[IntegrationAgency, ...]:
    """Agencies for the municipality the family moves to."""
    return integration_agencies(m.checklist_region, m.nis_code)
