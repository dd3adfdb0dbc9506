"""Reference lists people maintain as data: spoken languages and nationalities."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from transition_app.assets import resource_path

STATELESS = "XX"  # ISO 3166 user-assigned code used for stateless persons


@dataclass(frozen=True)
class Language:
    code: str
    babel_locale: str
    name_en: str
    direction: str
    script: str


@cache
def languages() -> dict[str, Language]:
    """Spoken/letter languages the centre works with, from ``resources/reference/languages.csv``."""
    with resource_path("reference", "languages.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: Language(**row) for row in csv.DictReader(fh)}


@cache
def nationality_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to CLDR (Babel), plus the stateless code."""
    from babel import Locale

    codes = {c for c in Locale("en").territories if len(c) == 2 and c.isalpha() and c != "ZZ"}
    return frozenset(codes | {STATELESS})


def nationality_name(code: str, locale: str = "en") -> str:
    from babel import Locale

    if code == STATELESS:
        return {"fr": "apatride", "nl": "staatloos", "de": "staatenlos"}.get(locale, "stateless")
    return Locale.parse(locale).territories.get(code, code)
