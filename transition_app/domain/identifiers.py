"""The identifiers a CPAS asks for, checked and written the same way everywhere.  Pure functions, Qt-free.

* **National register number** (rijksregisternummer / numéro de registre national, NN) and the
  **BIS number** of people not (yet) in the register: 11 digits, ``YY.MM.DD-XXX.CC``.  The first six
  digits are the birth date (a BIS number adds 20 or 40 to the month; 00 stands for an unknown month
  or day), the check digits ``CC`` are 97 minus the first nine digits modulo 97 — for people born in
  2000 or later, of ``2`` followed by the nine digits.  Checked with ``python-stdnum``
  (``stdnum.be.nn`` and ``stdnum.be.bis``).
* **Immigration Office file number** (Office des Etrangers / Dienst Vreemdelingenzaken, the "OE/DVZ"
  or "SP" number on its letters and on the residence card file): digits, often written with dots
  (``8.123.456``) and sometimes after "SP".  Its exact length is not published, so the shape is
  checked loosely (5 to 10 digits); it is written with a dot every three digits from the right.
* **CGRS/CGRA/CGVS decision reference**: no public, documented shape was found (decisions carry the
  file number in different forms over the years), so it is free text: spaces tidied, at most
  :data:`REFERENCE_MAX` characters, no control characters.

Each ``check_*`` function returns the value to store, or raises :class:`IdentifierError` whose
``reason`` (a :class:`Problem`) says what is wrong (the services turn it into a plain sentence).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

NRN_LENGTH = 11
OE_MIN_DIGITS, OE_MAX_DIGITS = 5, 10
REFERENCE_MAX = 64



class Problem(enum.Enum):
    """What is wrong with an identifier (``IdentifierError.reason``); the services say it in words."""

    LENGTH = "length"
    NOT_DIGITS = "not_digits"
    CHECK_DIGITS = "check_digits"
    BIRTH_DATE = "birth_date"
    CONTROL = "control"


LENGTH, NOT_DIGITS, CHECK_DIGITS, BIRTH_DATE, CONTROL = (Problem.LENGTH, Problem.NOT_DIGITS, Problem.CHECK_DIGITS,
                                                         Problem.BIRTH_DATE, Problem.CONTROL)

_NRN_SEPARATORS = re.compile(r"[\s.\-/]+")
_OE_SEPARATORS = re.compile(r"[\s.]+")
_OE_PREFIX = re.compile(r"^\s*(?:SP|S\.P\.)\s*:?\s*", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class IdentifierError(ValueError):
    """The value is not a valid identifier; ``reason`` says why."""

    def __init__(self, reason: Problem):
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class NationalNumber:
    compact: str  # 11 digits
    kind: str  # "nn" (national register) | "bis"
    birth_date: dt.date | None  # None when the number does not encode a full birth date

    @property
    def formatted(self) -> str:
        return format_nrn(self.compact)


# --------------------------------------------------------------------------- national register numbers


def compact_nrn(value: str | None) -> str:
    """The number without spaces, dots, hyphens or slashes ("" for nothing)."""
    return _NRN_SEPARATORS.sub("", value or "")


def format_nrn(value: str | None) -> str:
    """``YY.MM.DD-XXX.CC`` for an 11-digit number; anything else is returned as typed (trimmed)."""
    digits = compact_nrn(value)
    if len(digits) != NRN_LENGTH or not digits.isdigit():
        return (value or "").strip()
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:11]}"


def nrn_check_digits(first_nine: str, born_2000_or_later: bool) -> str:
    """The two check digits of a number starting with ``first_nine`` (the published rule)."""
    base = int(("2" if born_2000_or_later else "") + first_nine)
    return f"{97 - base % 97:02d}"


def check_nrn(value: str) -> NationalNumber:
    """A valid national register or BIS number, or :class:`IdentifierError`
    (``length``, ``not_digits``, ``check_digits`` or ``birth_date``)."""
    from stdnum.be import bis, nn
    from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

    digits = compact_nrn(value)
    if not digits.isdigit():
        raise IdentifierError(NOT_DIGITS)
    if len(digits) != NRN_LENGTH:
        raise IdentifierError(LENGTH)
    if digits[:9] == "000000000":
        raise IdentifierError(BIRTH_DATE)
    module = bis if int(digits[2:4]) >= 20 else nn
    try:
        module.validate(digits)
    except InvalidChecksum as exc:
        raise IdentifierError(CHECK_DIGITS) from exc
    except InvalidComponent as exc:
        raise IdentifierError(BIRTH_DATE) from exc
    except (InvalidFormat, InvalidLength) as exc:
        raise IdentifierError(NOT_DIGITS if isinstance(exc, InvalidFormat) else LENGTH) from exc
    except ValidationError as exc:  # any other refusal of the library
        raise IdentifierError(CHECK_DIGITS) from exc
    try:
        birth = module.get_birth_date(digits)
    except (ValidationError, ValueError):
        birth = None
    return NationalNumber(digits, "bis" if module is bis else "nn", birth)


def nrn_or_none(value: str | None) -> NationalNumber | None:
    """The number if valid, else None (for display: never raises)."""
    if not value or not value.strip():
        return None
    try:
        return check_nrn(value)
    except IdentifierError:
        return None


# --------------------------------------------------------------------------- Immigration Office (OE/DVZ)


def compact_oe(value: str | None) -> str:
    """The digits of an OE/DVZ number: dots, spaces and a leading "SP" dropped."""
    return _OE_SEPARATORS.sub("", _OE_PREFIX.sub("", value or ""))


def check_oe(value: str) -> str:
    """The OE/DVZ number as digits (what is stored), or :class:`IdentifierError` (``not_digits``,
    ``length``)."""
    digits = compact_oe(value)
    if not digits.isdigit():
        raise IdentifierError(NOT_DIGITS)
    if not OE_MIN_DIGITS <= len(digits) <= OE_MAX_DIGITS:
        raise IdentifierError(LENGTH)
    return digits


def format_oe(value: str | None) -> str:
    """``8.123.456``: a dot every three digits from the right; anything not digits is returned as is."""
    digits = compact_oe(value)
    if not digits.isdigit():
        return (value or "").strip()
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return ".".join(groups)


# --------------------------------------------------------------------------- CGRS decision reference


def check_reference(value: str) -> str:
    """The decision reference with its spaces tidied, or :class:`IdentifierError` (``length``,
    ``control``)."""
    if _CONTROL.search(value.replace("\n", " ").replace("\t", " ")):
        raise IdentifierError(CONTROL)
    text = " ".join(value.split())
    if len(text) > REFERENCE_MAX:
        raise IdentifierError(LENGTH)
    return text
