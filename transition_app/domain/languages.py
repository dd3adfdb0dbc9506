"""The one language registry: ``resources/reference/languages.csv``.  Pure, Qt-free.

One row per language, in display order::

    code,aliases,babel_locale,ui_locale,name_en,name_native,script,direction,pdf_font,docx_font,purposes
    ckb,,ckb,,Kurdish (Sorani),کوردیی ناوەندی,Arab,rtl,NotoSansArabic,Arial,family

* ``code`` — the code stored in family files and catalog file names; ``aliases`` — older codes
  that mean the same language (space-separated, e.g. ``kmr`` for ``ku``);
* ``babel_locale`` — the CLDR locale documents are written with (the Belgian variant where one
  exists: ``fr_BE``, ``nl_BE``, ``de_BE``), which also gives the plural rules of its catalogs;
  ``ui_locale`` — the locale of the interface (interface languages only);
* ``script`` — ISO 15924 (``Latn``, ``Arab``, ``Ethi``, ``Cyrl``…), ``direction`` — ``ltr`` | ``rtl``;
* ``pdf_font`` — the shipped font family of ``resources/fonts`` (``NotoSans``, ``NotoSansArabic``,
  ``NotoSansEthiopic``); ``docx_font`` — a font a Windows PC has, named in DOCX files;
* ``purposes`` — space-separated: ``interface`` (the application's own language), ``authority``
  (letters and dossiers to Belgian authorities), ``family`` (family copies, step cards).

Every other language table is derived from this file (``INTERFACE_LANGUAGES``,
``letters.catalog.AUTHORITY_LANGUAGES``/``FAMILY_LANGUAGES``, ``documents.scripts.language_info``,
the dossier and step-card language lists, the CLI choices).  Adding a family language is one row
here plus its catalogs (translations/README.md).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from transition_app.assets import resource_path
from transition_app.domain.rules import DataFileError

PURPOSES = ("interface", "authority", "family")
DIRECTIONS = ("ltr", "rtl")
PDF_FONTS = ("NotoSans", "NotoSansArabic", "NotoSansEthiopic")
REFERENCE = "en"  # the source language of every catalog
COLUMNS = ("code", "aliases", "babel_locale", "ui_locale", "name_en", "name_native", "script", "direction",
           "pdf_font", "docx_font", "purposes")


class RegistryError(DataFileError):
    """The registry file is malformed (for the person editing it: names the file and line)."""


@dataclass(frozen=True)
class LanguageRow:
    code: str
    aliases: tuple[str, ...]
    babel_locale: str
    ui_locale: str
    name_en: str
    name_native: str
    script: str
    direction: str
    pdf_font: str
    docx_font: str
    purposes: frozenset[str]

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def serves(self, purpose: str) -> bool:
        return purpose in self.purposes


@dataclass(frozen=True)
class Registry:
    rows: tuple[LanguageRow, ...]

    def codes(self, purpose: str | None = None) -> tuple[str, ...]:
        """Codes in file order, those serving ``purpose`` only when given."""
        return tuple(r.code for r in self.rows if purpose is None or r.serves(purpose))

    def get(self, code: str) -> LanguageRow | None:
        """The row of ``code`` or of one of its aliases (``fr_BE``/``fr-BE`` → ``fr``), else None."""
        key = code.replace("-", "_").lower()
        for candidate in (key, key.split("_")[0]):
            for r in self.rows:
                if candidate == r.code or candidate in r.aliases:
                    return r
        return None

    def __getitem__(self, code: str) -> LanguageRow:
        row = self.get(code)
        if row is None:
            raise KeyError(code)
        return row


def read_registry(path: Path) -> Registry:
    """Read and check one registry file."""
    from babel import Locale

    rows: list[LanguageRow] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise RegistryError(path, 1, f"the columns must be {','.join(COLUMNS)}")
        for line, raw in enumerate(reader, start=2):
            code = raw["code"].strip()
            aliases = tuple(raw["aliases"].split())
            purposes = frozenset(raw["purposes"].split())
            if not code or code in seen or any(a in seen for a in aliases):
                raise RegistryError(path, line, f"empty or repeated code {code!r}")
            if purposes - set(PURPOSES):
                raise RegistryError(path, line, f"unknown purpose(s) {sorted(purposes - set(PURPOSES))}")
            if raw["direction"] not in DIRECTIONS:
                raise RegistryError(path, line, "direction must be ltr or rtl")
            if raw["pdf_font"] not in PDF_FONTS:
                raise RegistryError(path, line, f"pdf_font must be one of {', '.join(PDF_FONTS)}")
            try:
                Locale.parse(raw["babel_locale"])
            except (ValueError, LookupError):
                raise RegistryError(path, line, f"{raw['babel_locale']!r} is not a locale Babel knows") from None
            if "interface" in purposes and not raw["ui_locale"]:
                raise RegistryError(path, line, "an interface language needs a ui_locale")
            seen.update((code, *aliases))
            rows.append(LanguageRow(code, aliases, raw["babel_locale"], raw["ui_locale"], raw["name_en"],
                                    raw["name_native"], raw["script"], raw["direction"], raw["pdf_font"],
                                    raw["docx_font"], purposes))
    return Registry(tuple(rows))


_override: list[Path] = []


@cache
def registry() -> Registry:
    """The shipped registry (loaded once; :func:`use_registry` points it elsewhere for tests)."""
    return read_registry(_override[-1] if _override else resource_path("reference", "languages.csv"))


def use_registry(path: Path | None) -> None:
    """Read the registry from ``path`` (None: the shipped file again) and forget every table derived
    from it (tests that add a language)."""
    _override.clear()
    if path is not None:
        _override.append(path)
    registry.cache_clear()
    for hook in _on_change:
        hook()


_on_change: list = []  # type: ignore[type-arg]


def on_registry_change(hook) -> None:  # type: ignore[no-untyped-def]
    """Call ``hook()`` when :func:`use_registry` changes the registry (caches of derived tables)."""
    _on_change.append(hook)


def interface_languages() -> tuple[str, ...]:
    """The interface languages, the reference language (English) first."""
    codes = registry().codes("interface")
    return (REFERENCE, *(c for c in codes if c != REFERENCE)) if REFERENCE in codes else codes


def authority_languages() -> tuple[str, ...]:
    return registry().codes("authority")


def family_languages() -> tuple[str, ...]:
    """Every language a family copy can be written in (the authority languages too)."""
    return registry().codes("family")


def family_only_languages() -> tuple[str, ...]:
    authority = set(authority_languages())
    return tuple(c for c in family_languages() if c not in authority)
