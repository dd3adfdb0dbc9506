"""The letter template engine: text with typed ``{placeholder}`` fields and nothing else.

Why not Jinja2: a letter text needs substitution only (conditions are declared in the
letter definition, not in the translated text).  With no expression language there is
nothing a template can run: no attribute access, no filters, no includes, no file
access — the sandbox is complete by construction rather than by policy.  Translators
see ``{head}`` as in Qt, ICU or Python format strings.  Every ``{`` must open a
placeholder name (``[a-z][a-z0-9_]*``) and every ``}`` must close one; anything else
(``{{ x }}``, ``{% include %}``, ``{x.y}``, ``{x!r}``) is refused when the catalog is
loaded, with the file, line and key.

Values are typed (:class:`PlaceholderType`) and formatted for the language of the text
they go into — dates, month names and numbers with Babel/CLDR — not the UI's.  A
placeholder with no value is never a blank in a printed letter: the letter is refused with
every missing value named by its label and field (:class:`LetterIncompleteError`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal

from transition_app.documents.scripts import LRI, PDI, language_info, strip_controls
from transition_app.documents.typography import bind
from transition_app.domain.validation import FieldError, ServiceError, ValidationError

NAME = re.compile(r"[a-z][a-z0-9_]*")


class LetterError(ServiceError):
    """A letter cannot be made as asked: an error code with its parameters (see
    ``domain.validation``), shown to the person in their language."""


class LetterIncompleteError(ValidationError, LetterError):
    """Values the letter needs are missing: every one at once, as field errors.

    Each :class:`~transition_app.domain.validation.FieldError` names the field to fill in:
    the letter input (``field`` is the input's name, the letter dialog highlights it; its
    ``label`` is the input's label) or the place in the family file the value comes from
    (``field`` is its path there, e.g. ``decision.decision_date``; the label says where,
    e.g. "Decision date (family file ▸ Decision)").  ``inputs`` are the names of the missing
    inputs (the keys of ``letter --input KEY=VALUE``); ``missing`` the placeholders that had no
    value (for developers and tests, never shown)."""

    def __init__(self, errors: list[FieldError], inputs: Sequence[str], missing: Sequence[str]) -> None:
        super().__init__(errors)
        self.inputs = tuple(inputs)
        self.missing = tuple(missing)


class LetterTemplateError(ValueError):
    """A letter definition or text is wrong: for the person editing the YAML files (the message
    names the file, line and key, in English); raised when the catalog is loaded."""


class TemplateSyntaxError(LetterTemplateError):
    def __init__(self, where: str, message: str) -> None:
        self.where = where
        super().__init__(f"{where}: {message}")


class UnknownPlaceholderError(LetterTemplateError):
    def __init__(self, where: str, name: str, known: Sequence[str]) -> None:
        self.where, self.name = where, name
        super().__init__(f"{where}: unknown placeholder {{{name}}} (this text may use: "
                         f"{', '.join('{' + k + '}' for k in sorted(known)) or 'none'})")


class MissingPlaceholderError(LookupError):
    """A placeholder has no value when one catalog key is rendered on its own
    (:func:`~transition_app.letters.compose.template_renderer`, for previews and tests);
    a whole letter reports every missing value at once (:class:`LetterIncompleteError`)."""

    def __init__(self, name: str, template_id: str, language: str, key: str = "") -> None:
        self.name, self.template_id, self.language, self.key = name, template_id, language, key
        where = f" in {key}" if key else ""
        super().__init__(f"letter {template_id!r} ({language}): no value for placeholder {{{name}}}{where}")


class PlaceholderTypeError(TypeError):
    """A value given by code has the wrong Python type for its placeholder (a programming error:
    values typed by a person are parsed first, see ``services.letter_service.parse_input``)."""

    def __init__(self, name: str, expected: PlaceholderType, value: object, items: bool = False) -> None:
        self.name = name
        what = {PlaceholderType.PEOPLE: "people (a tuple of Person)"}.get(expected, expected.value)
        if items and expected is not PlaceholderType.PEOPLE:
            what += " (a tuple of str)"
        super().__init__(f"placeholder {{{name}}} must be of type {what}, not {type(value).__name__}")


class PlaceholderType(StrEnum):
    TEXT = "text"            # str
    DATE = "date"            # datetime.date, written as the language writes it ("15 mars 2026")
    PERSON = "person"        # Person
    PEOPLE = "people"        # tuple of Person, written as a list ("A, B et C")
    ADDRESS = "address"      # tuple of lines, written on one line with commas
    MONEY = "money"          # Decimal/int/float amount in euro
    NUMBER = "number"        # int
    LIST = "list"            # tuple of str (already in the right language)
    TERM = "term"            # catalog key of a term ("common.term.refugee"), looked up in the language
    COUNTRY = "country"      # ISO 3166 code, written with its CLDR name
    LANGUAGES = "languages"  # tuple of language codes, written with their CLDR names
    LANGUAGE = "language"    # one language code
    FLAG = "flag"            # bool; only for conditions (``when``), never printed


@dataclass(frozen=True)
class Person:
    given_names: str
    family_name: str

    def __str__(self) -> str:
        return f"{self.given_names} {self.family_name.upper()}".strip()


_PYTHON_TYPES: dict[PlaceholderType, tuple[type, ...]] = {
    PlaceholderType.TEXT: (str,),
    PlaceholderType.DATE: (dt.date,),
    PlaceholderType.PERSON: (Person,),
    PlaceholderType.PEOPLE: (tuple,),
    PlaceholderType.ADDRESS: (tuple,),
    PlaceholderType.MONEY: (Decimal, int, float),
    PlaceholderType.NUMBER: (int,),
    PlaceholderType.LIST: (tuple,),
    PlaceholderType.TERM: (str,),
    PlaceholderType.COUNTRY: (str,),
    PlaceholderType.LANGUAGES: (tuple,),
    PlaceholderType.LANGUAGE: (str,),
    PlaceholderType.FLAG: (bool,),
}


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str | tuple | list) and not value)


def check_type(name: str, ptype: PlaceholderType, value: object) -> None:
    """Raise :class:`PlaceholderTypeError` unless ``value`` (not empty) fits ``ptype``."""
    expected = _PYTHON_TYPES[ptype]
    if isinstance(value, bool) and ptype is not PlaceholderType.FLAG:
        raise PlaceholderTypeError(name, ptype, value)
    if not isinstance(value, expected) or (isinstance(value, dt.datetime) and ptype is PlaceholderType.DATE):
        raise PlaceholderTypeError(name, ptype, value)
    if ptype is PlaceholderType.PEOPLE and not all(isinstance(p, Person) for p in value):  # type: ignore[attr-defined]
        raise PlaceholderTypeError(name, ptype, value, items=True)
    if ptype in (PlaceholderType.ADDRESS, PlaceholderType.LIST, PlaceholderType.LANGUAGES) and not all(
            isinstance(p, str) for p in value):  # type: ignore[attr-defined]
        raise PlaceholderTypeError(name, ptype, value, items=True)


# --------------------------------------------------------------------------- formatting


def babel_locale(language: str) -> str:
    return language_info(language).babel_locale


@lru_cache(maxsize=1024)
def format_date_long(value: dt.date, language: str) -> str:
    """``15 mars 2026``, ``15 maart 2026``, ``15. März 2026``, ``15 March 2026``, ``١٥ مارس ٢٠٢٦``-style per CLDR,
    with no-break spaces (U+00A0): the day, the month and the year are never split across lines."""
    text = strip_controls(_babel_date(value, "long", locale=babel_locale(language)))
    if value.day == 1 and language_info(language).code == "fr":
        text = re.sub(r"^1(?=\s)", "1er", text)  # French writes the first of the month as an ordinal
    return bind(text)


def format_names(items: Sequence[str], language: str) -> str:
    if not items:
        return ""
    if language_info(language).code == "ti":  # CLDR's Tigrinya list suffixes do not fit Latin names
        return "፣ ".join(items)
    return strip_controls(format_list(list(items), locale=babel_locale(language)))


def format_money(amount: Decimal | int | float, language: str) -> str:
    """``650,00 €``, ``€ 650,00``: the amount and its currency sign never split (no-break spaces)."""
    return bind(strip_controls(format_currency(Decimal(str(amount)), "EUR", locale=babel_locale(language))))


def format_address(lines: Sequence[str], language: str) -> str:
    """A postal address on one line: its lines joined with Latin commas in every language (a Belgian
    address is written as in Belgium, never with the Arabic comma "،"); in a right-to-left text
    the whole address is isolated as a left-to-right run (LRI … PDI), so that its parts keep
    their order ("Rue Haute 5, 4000 Liège")."""
    text = ", ".join(" ".join(line.split()) for line in lines if line.strip())
    if text and language_info(language).rtl:
        return f"{LRI}{text}{PDI}"
    return text


def format_number(value: int, language: str) -> str:
    return strip_controls(format_decimal(value, locale=babel_locale(language)))


@lru_cache(maxsize=256)
def _locale(language: str) -> Locale:
    return Locale.parse(babel_locale(language))


def country_name(code: str, language: str) -> str:
    if code == "XX":
        return {"fr": "apatride", "nl": "staatloos", "de": "staatenlos"}.get(language, "stateless")
    return _locale(language).territories.get(code.upper(), code)


def language_name(code: str, language: str) -> str:
    loc = _locale(language)
    base = code.replace("_", "-").split("-")[0]
    candidates = {"prs": ("fa_AF", "prs"), "ps": ("ps",)}.get(base, (code, base))
    for c in candidates:
        if c in loc.languages:
            return loc.languages[c]
    return code


def format_value(name: str, ptype: PlaceholderType, value: object, language: str,
                 term: Callable[[str], str]) -> str:
    """``value`` as text in ``language``; ``term`` looks a catalog key up in that language."""
    check_type(name, ptype, value)
    if ptype is PlaceholderType.DATE:
        return format_date_long(value, language)  # type: ignore[arg-type]
    if ptype is PlaceholderType.PERSON:
        return str(value)
    if ptype is PlaceholderType.PEOPLE:
        return format_names([str(p) for p in value], language)  # type: ignore[attr-defined]
    if ptype is PlaceholderType.ADDRESS:
        return format_address(value, language)  # type: ignore[arg-type]
    if ptype is PlaceholderType.MONEY:
        return format_money(value, language)  # type: ignore[arg-type]
    if ptype is PlaceholderType.NUMBER:
        return format_number(value, language)  # type: ignore[arg-type]
    if ptype is PlaceholderType.LIST:
        return format_names(list(value), language)  # type: ignore[call-overload]
    if ptype is PlaceholderType.TERM:
        return term(value)  # type: ignore[arg-type]
    if ptype is PlaceholderType.COUNTRY:
        return country_name(value, language)  # type: ignore[arg-type]
    if ptype is PlaceholderType.LANGUAGES:
        return format_names([language_name(c, language) for c in value], language)  # type: ignore[attr-defined]
    if ptype is PlaceholderType.LANGUAGE:
        return language_name(value, language)  # type: ignore[arg-type]
    if ptype is PlaceholderType.FLAG:
        raise TemplateSyntaxError(f"{{{name}}}", "a flag can be used in 'when' but not printed")
    return str(value)


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class Field:
    name: str


@dataclass(frozen=True)
class CompiledText:
    """A text split into literal parts and :class:`Field` s."""

    source: str
    parts: tuple[str | Field, ...]

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(p.name for p in self.parts if isinstance(p, Field))

    def render(self, value_of: Callable[[str], str]) -> str:
        """The text with every field replaced by ``value_of(name)`` (which raises when it has none).

        A value that ends with a period before the text's own period gives one period
        ("{exit_date}." with "2 декабря 2026 г." → "… 2026 г.", not "г..")."""
        out: list[str] = []
        ends_with_period = False
        for p in self.parts:
            if isinstance(p, str):
                if ends_with_period and p.startswith(".") and not p.startswith(".."):
                    p = p[1:]
                out.append(p)
                ends_with_period = False
            else:
                value = value_of(p.name)
                out.append(value)
                ends_with_period = strip_controls(value).endswith(".") and not value.endswith("..")
        return "".join(out)


def compile_text(source: str, where: str) -> CompiledText:
    """Parse ``source``; raise :class:`TemplateSyntaxError` naming ``where`` for anything but text and fields."""
    if not isinstance(source, str):
        raise TemplateSyntaxError(where, f"the text must be a string, not {type(source).__name__}")
    parts: list[str | Field] = []
    literal: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "{":
            m = NAME.match(source, i + 1)
            if m is None or m.end() >= n or source[m.end()] != "}":
                snippet = source[i:i + 24]
                raise TemplateSyntaxError(
                    where, f"refused {snippet!r} at column {i + 1}: a letter text may only hold plain text and "
                           "placeholders such as {head} (no expressions, statements, includes or braces)")
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(Field(m.group(0)))
            i = m.end() + 1
            continue
        if ch == "}":
            raise TemplateSyntaxError(where, f"refused '}}' at column {i + 1} that closes no placeholder")
        literal.append(ch)
        i += 1
    if literal:
        parts.append("".join(literal))
    return CompiledText(source, tuple(parts))


def check_placeholders(text: CompiledText, allowed: Mapping[str, object] | frozenset[str], where: str) -> None:
    for name in sorted(text.placeholders):
        if name not in allowed:
            raise UnknownPlaceholderError(where, name, list(allowed))
