"""Reference lists people maintain as data: spoken languages and nationalities."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from transition_app.domain.languages import on_registry_change, registry

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
    """Spoken/letter languages the centre works with, from the language registry
    (``resources/reference/languages.csv``, :mod:`transition_app.domain.languages`); older codes
    (aliases such as ``kmr`` for Kurmanji) are keys too, so family files that use them stay valid."""
    out: dict[str, Language] = {}
    for r in registry().rows:
        lang = Language(r.code, r.babel_locale, r.name_en, r.direction, r.script)
        for code in (r.code, *r.aliases):
            out[code] = lang
    return out


on_registry_change(languages.cache_clear)


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
