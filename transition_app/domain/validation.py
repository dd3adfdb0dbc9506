"""Errors a person can act on: what went wrong, with which field, as a code with parameters.

Services never raise English sentences.  They raise a :class:`ServiceError` (or a
:class:`ValidationError` of :class:`FieldError` s) carrying an :class:`ErrorCode` - a stable id
for scripts, logs and tests, and the source text Qt Linguist translates (``context`` /
``text``, marked with ``QT_TRANSLATE_NOOP``) - and the parameters that fill its
``{placeholders}``.  The interface translates the code and the parameters that are themselves
texts (:class:`Term`, and the ``label``/``other`` of field errors) into the person's language
(``ui.errors``); the command line prints the English text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from transition_app.i18n.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ErrorCode:
    """A kind of error: ``id`` (stable, e.g. ``family.changed_elsewhere``) and the English message
    with ``{placeholders}``, the source text of its translations in ``context``."""

    id: str
    text: str
    context: str = "Services"

    def format(self, **params: object) -> str:
        """The English message (command line, logs without personal data)."""
        return self.text.format(**{k: str(v) for k, v in params.items()})


@dataclass(frozen=True)
class Term:
    """A parameter that is itself a text to translate (a field label, a document name...)."""

    text: str
    context: str = "Validation"

    def __str__(self) -> str:
        return self.text


CTX = "Validation"


def _v(code_id: str, text: str) -> ErrorCode:
    return ErrorCode(code_id, text, CTX)


REQUIRED = _v("required", QT_TRANSLATE_NOOP("Validation", "{label} is required."))
TOO_LONG = _v("too_long", QT_TRANSLATE_NOOP("Validation", "{label} is too long (at most {max} characters)."))
NOT_IN_LIST = _v("not_in_list", QT_TRANSLATE_NOOP("Validation", "{label}: '{value}' is not one of the allowed values."))
DATE_IN_FUTURE = _v("date_in_future", QT_TRANSLATE_NOOP("Validation", "{label} cannot be in the future."))
DATE_ORDER = _v("date_order", QT_TRANSLATE_NOOP("Validation", "{label} cannot be before {other}."))
NRN_INVALID = _v("nrn_invalid", QT_TRANSLATE_NOOP(
    "Validation", "{label}: this is not a valid Belgian national register or BIS number ({reason})."))
NRN_BIRTH_MISMATCH = _v("nrn_birth_mismatch", QT_TRANSLATE_NOOP(
    "Validation", "{label} does not match the birth date ({birth_date})."))
DUPLICATE = _v("duplicate", QT_TRANSLATE_NOOP("Validation", "{label} '{value}' is already used by another case."))
ONE_HEAD = _v("one_head", QT_TRANSLATE_NOOP(
    "Validation", "A household needs exactly one head of household (it has {count})."))
NO_MEMBERS = _v("no_members", QT_TRANSLATE_NOOP("Validation", "A household needs at least one member."))
UNKNOWN_CODE = _v("unknown_code", QT_TRANSLATE_NOOP("Validation", "{label}: unknown code '{value}'."))
PREFERRED_NOT_SPOKEN = _v("preferred_not_spoken", QT_TRANSLATE_NOOP(
    "Validation", "{label}: the preferred language must be one of the languages spoken."))
UNKNOWN_POSTCODE = _v("unknown_postcode", QT_TRANSLATE_NOOP(
    "Validation", "{label}: {value} is not a Belgian postcode."))
POSTCODE_ELSEWHERE = _v("postcode_elsewhere", QT_TRANSLATE_NOOP(
    "Validation", "{label}: {value} is not a postcode of {municipality}."))
AMOUNT_RANGE = _v("amount_range", QT_TRANSLATE_NOOP("Validation", "{label} must be between {min} and {max} euros."))
INVALID_EMAIL = _v("invalid_email", QT_TRANSLATE_NOOP("Validation", "{label}: '{value}' is not an e-mail address."))


@dataclass(frozen=True)
class FieldError:
    """One problem with one field.  ``field`` is a dotted path, e.g. ``members[1].birth_date``
    (the UI highlights that field); ``params["label"]`` / ``params["other"]`` are field labels
    (source texts of the "Validation" context, or :class:`Term` s of another context)."""

    field: str
    code: ErrorCode
    params: dict[str, str | Term] = field(default_factory=dict)

    @property
    def template(self) -> str:
        return self.code.text

    @property
    def message(self) -> str:
        return self.code.format(**self.params)


class ServiceError(Exception):
    """Base class of the errors services raise on purpose (shown to the user): an
    :class:`ErrorCode` and its parameters (see the module's docstring)."""

    #: The translation context of a code given as a bare source text (older call sites).
    default_context = "Services"

    def __init__(self, code: ErrorCode | str, **params: object):
        if isinstance(code, str):  # a marked source text without an id (being replaced by codes)
            code = ErrorCode("", code, self.default_context)
        self.code = code
        self.params: dict[str, object] = dict(params)
        super().__init__(code.format(**params))

    @property
    def template(self) -> str:
        return self.code.text

    @property
    def message(self) -> str:
        """The English message."""
        return str(self)


INVALID_INPUT = _v("invalid_input", QT_TRANSLATE_NOOP("Validation", "Some fields need correcting."))


class ValidationError(ServiceError):
    """Every problem found with an input at once (never only the first).  ``str()`` is the
    English messages (each names its field by its label), never the field paths."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        Exception.__init__(self, "; ".join(e.message for e in self.errors))
        self.code = INVALID_INPUT
        self.params = {}

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class NotFoundError(ServiceError):
    pass


class ConcurrencyError(ServiceError):
    """Someone else saved the same record since it was opened."""


class PermissionDenied(ServiceError):
    pass


class Collector:
    """Accumulates field errors, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_path: str, code: ErrorCode | str, **params: object) -> None:
        if isinstance(code, str):  # a marked source text without an id (being replaced by codes)
            code = ErrorCode("", code, CTX)
        self.errors.append(FieldError(field_path, code, {k: v if isinstance(v, Term) else str(v)
                                                         for k, v in params.items()}))

    def required(self, field_path: str, label: str, value: object) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field_path, REQUIRED, label=label)
            return False
        return True

    def max_length(self, field_path: str, label: str, value: str | None, limit: int) -> None:
        if value is not None and len(value) > limit:
            self.add(field_path, TOO_LONG, label=label, max=limit)

    def choice(self, field_path: str, label: str, value: str | None, allowed: set[str] | frozenset[str]) -> None:
        if value is not None and value not in allowed:
            self.add(field_path, NOT_IN_LIST, label=label, value=value)

    def not_future(self, field_path: str, label: str, value: dt.date | None, today: dt.date) -> None:
        if value is not None and value > today:
            self.add(field_path, DATE_IN_FUTURE, label=label)

    def order(self, field_path: str, label: str, value: dt.date | None, other_label: str,
              other: dt.date | None) -> None:
        if value is not None and other is not None and value < other:
            self.add(field_path, DATE_ORDER, label=label, other=other_label)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def check_national_number(col: Collector, field_path: str, label: str, value: str | None,
                          birth_date: dt.date | None) -> str | None:
    """Validate a national register (or BIS) number; return its compact form."""
    if value is None or not value.strip():
        return None
    from stdnum.be import bis, nn
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        compact = nn.validate(value)
        module = nn
    except StdnumError as exc:
        try:
            compact = bis.validate(value)
            module = bis
        except StdnumError:
            col.add(field_path, NRN_INVALID, label=label, reason=str(exc).rstrip("."))
            return None
    if birth_date is not None:
        try:
            encoded = module.get_birth_date(compact)
        except Exception:  # noqa: BLE001 - numbers with an unknown birth date are valid
            encoded = None
        if encoded is not None and encoded != birth_date:
            col.add(field_path, NRN_BIRTH_MISMATCH, label=label, birth_date=birth_date.isoformat())
    return compact
