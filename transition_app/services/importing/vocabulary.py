"""Recognising headers and cell values: the vocabularies of ``resources/import/headers.yaml``,
country names from CLDR (Babel), languages from ``resources/reference/languages.csv``, and the
municipality directory.  Every comparison is on the folded form (:func:`key`).  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import Any

import yaml

from transition_app.assets import resource_path
from transition_app.domain import directory
from transition_app.domain.reference import languages, nationality_codes
from transition_app.domain.text import fold
from transition_app.services.importing import errors as E
from transition_app.services.importing.fields import FIELD_IDS

_NOT_WORD = re.compile(r"[\W_]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """Folded form: case, accents, punctuation and spacing ignored (``"N° d'ordre" -> "n d ordre"``).

    Cached: a caseload repeats the same names, codes and words thousands of times."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


class BadValue(Exception):
    """A cell that cannot be read as its field: an import error code and its parameters."""

    def __init__(self, code: E.ErrorCode, **params: object):
        super().__init__(code.id)
        self.code = code
        self.params = params


@cache
def _data() -> dict[str, Any]:
    with resource_path("import", "headers.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    unknown = set(data["headers"]) - set(FIELD_IDS)
    if unknown:  # a typo in the data file must not silently disable a field
        raise ValueError(f"resources/import/headers.yaml: unknown fields {sorted(unknown)}")
    return data  # type: ignore[no-any-return]


@cache
def header_synonyms() -> dict[str, str]:
    """folded header -> field id."""
    out: dict[str, str] = {}
    for field_id in FIELD_IDS:  # the field ids themselves are headers too ("birth_date")
        out[key(field_id)] = field_id
    for field_id, names in _data()["headers"].items():
        for name in names:
            out.setdefault(key(str(name)), field_id)
    return out


def field_for_header(header: str) -> str | None:
    """The field a header names, or None ("Date de naissance (jj/mm/aaaa)" names birth_date)."""
    synonyms = header_synonyms()
    folded = key(header)
    if folded in synonyms:
        return synonyms[folded]
    bare = key(_PARENS.sub(" ", fold(header)))
    return synonyms.get(bare) if bare else None


@cache
def _values(vocabulary: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, words in _data()["values"][vocabulary].items():
        out[key(str(code))] = str(code)
        for word in words:
            out.setdefault(key(str(word)), str(code))
    return out


def expected(vocabulary: str) -> str:
    return ", ".join(str(c) for c in _data()["values"][vocabulary])


def vocabulary_value(vocabulary: str, text: str, label: object) -> str:
    """The code a vocabulary gives ``text`` ("Homme" -> "M"), or BadValue."""
    found = _values(vocabulary).get(key(text))
    if found is None:
        raise BadValue(E.UNKNOWN_VALUE, label=label, value=text, expected=expected(vocabulary))
    return found


# --------------------------------------------------------------------------- nationalities


@cache
def _nationalities() -> dict[str, str]:
    from babel import Locale

    codes = nationality_codes()
    out: dict[str, str] = {}
    for code in codes:
        out[key(code)] = code
    for code, words in _data()["nationalities"].items():
        for word in words:
            out.setdefault(key(str(word)), str(code))
    for lang in ("en", "fr", "nl", "de"):
        for code, name in Locale(lang).territories.items():
            if code in codes:
                out.setdefault(key(name), code)
    return out


def nationality(text: str, label: object) -> str:
    found = _nationalities().get(key(text))
    if found is None:
        raise BadValue(E.UNKNOWN_NATIONALITY, label=label, value=text)
    return found


# --------------------------------------------------------------------------- languages

_LANGUAGE_SPLIT = re.compile(r"\s*(?:[,;/+&|]|\s(?:et|en|and|und)\s)\s*", re.IGNORECASE)


@cache
def _languages() -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    out: dict[str, str] = {}
    for code, lang in languages().items():
        out[key(code)] = code
        out.setdefault(key(lang.name_en), code)
    for code, words in _data()["languages"].items():
        for word in words:
            out.setdefault(key(str(word)), str(code))
    for code, lang in languages().items():
        try:
            locale = Locale.parse(lang.babel_locale)
        except (UnknownLocaleError, ValueError):
            continue
        for ui in ("fr", "nl", "de", "en"):
            name = locale.get_display_name(ui)
            if name:
                out.setdefault(key(name), code)
    return out


def language(text: str, label: object) -> str:
    found = _languages().get(key(text))
    if found is None:
        raise BadValue(E.UNKNOWN_LANGUAGE, label=label, value=text)
    return found


def language_list(text: str, label: object) -> tuple[str, ...]:
    """"arabe, français" -> ("ar", "fr"); a name that contains a separator ("Kurdish (Sorani)") too."""
    whole = _languages().get(key(text))
    if whole is not None:
        return (whole,)
    parts = [p for p in _LANGUAGE_SPLIT.split(text.strip()) if p and p.strip()]
    return tuple(dict.fromkeys(language(p, label) for p in parts))


# --------------------------------------------------------------------------- municipalities

_POSTCODE_NAME = re.compile(r"^(?:B\s*-?\s*)?(\d{4})(?:\s+(.+))?$", re.IGNORECASE)


def municipality(text: str, label: object) -> str:
    """The NIS code of a municipality written as its name (nl/fr/de, or a postal locality's name),
    a postcode, or both ("1000 Bruxelles")."""
    value = text.strip()
    match = _POSTCODE_NAME.match(value)
    if match:
        found = directory.by_postcode(match.group(1))
        if not found:
            raise BadValue(E.UNKNOWN_MUNICIPALITY, label=label, value=text)
        if len(found) == 1:
            return found[0].nis_code
        if match.group(2):  # 1040 Etterbeek / 1040 Bruxelles: the name decides
            named = [m for m in found if key(match.group(2)) in {key(n) for n in _names_of(m)}]
            if len(named) == 1:
                return named[0].nis_code
        raise BadValue(E.AMBIGUOUS_MUNICIPALITY, label=label, value=text,
                       names=", ".join(m.name() for m in found))
    exact = _municipality_names().get(key(value))
    if exact is None:
        raise BadValue(E.UNKNOWN_MUNICIPALITY, label=label, value=text)
    if len(exact) > 1:
        raise BadValue(E.AMBIGUOUS_MUNICIPALITY, label=label, value=text,
                       names=", ".join(directory.municipality(n).name() for n in exact))  # type: ignore[union-attr]
    return exact[0]


def _names_of(m: directory.Municipality) -> list[str]:
    names = list(m.all_names)
    for pc in directory.postcodes_of(m.nis_code):
        for loc in directory.localities(pc):
            if loc.nis_code == m.nis_code:
                names.extend(loc.names)
    return names


@cache
def _municipality_names() -> dict[str, tuple[str, ...]]:
    """folded name -> NIS codes: a municipality's own names win over postal localities' names."""
    own: dict[str, list[str]] = {}
    localities: dict[str, list[str]] = {}
    for m in directory.municipalities():
        for name in m.all_names:
            own.setdefault(key(name), []).append(m.nis_code)
        for pc in directory.postcodes_of(m.nis_code):
            for loc in directory.localities(pc):
                if loc.nis_code == m.nis_code:
                    for name in loc.names:
                        localities.setdefault(key(name), []).append(m.nis_code)
    out = {k: tuple(dict.fromkeys(v)) for k, v in localities.items()}
    out.update({k: tuple(dict.fromkeys(v)) for k, v in own.items()})
    return out


# --------------------------------------------------------------------------- dates

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
EXCEL_SERIAL = (1, 2_958_465)  # 1900-01-01 .. 9999-12-31


def date_value(value: object, label: object, excel: bool = False) -> dt.date:
    """A date from a date cell, or from text: dd/mm/yyyy, d/m/yyyy, d.m.yyyy, dd-mm-yyyy, yyyy-mm-dd
    (a time of day after it is ignored); ``excel``: a plain number is an Excel day serial."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not excel or not EXCEL_SERIAL[0] <= value <= EXCEL_SERIAL[1]:
            raise BadValue(E.DATE_INVALID, label=label, value=number_text(value))
        from openpyxl.utils.datetime import from_excel

        day = from_excel(value).date()
    else:
        day = _date_text(str(value), label)
    if day.year < 1900:
        raise BadValue(E.DATE_IMPLAUSIBLE, label=label, value=day.isoformat())
    return day


def _date_text(text: str, label: object) -> dt.date:
    raw = text.strip()
    bare = _TIME.sub("", raw).strip()
    try:
        m = _ISO.match(bare)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DMY.match(bare)
        if m:
            year = m.group(4)
            if len(year) != 4:
                if len(year) == 2:
                    raise BadValue(E.DATE_TWO_DIGIT_YEAR, label=label, value=raw)
                raise BadValue(E.DATE_INVALID, label=label, value=raw)
            return dt.date(int(year), int(m.group(3)), int(m.group(1)))
    except ValueError:  # 31/02/2020
        pass
    raise BadValue(E.DATE_INVALID, label=label, value=raw)


# --------------------------------------------------------------------------- numbers as text


def number_text(value: int | float) -> str:
    """12.0 -> "12"; 1.5 -> "1.5" (spreadsheets keep case numbers and keys as numbers)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def digits_text(value: object, width: int) -> str:
    """A number cell holding digits that lost their leading zeros (a national register number
    stored as 1010112345 is 01010112345)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        text = str(int(value))
        return text.zfill(width) if len(text) < width else text
    return str(value).strip()


def phone_text(value: object) -> str:
    """A phone number; a number cell lost its leading 0 (470123456 -> 0470123456) or its + (32...)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        text = str(int(value))
        if len(text) in (8, 9):
            return "0" + text
        if text.startswith("32") and len(text) in (10, 11):
            return "+" + text
        return text
    return str(value).strip()
