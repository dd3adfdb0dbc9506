"""Validation errors a social worker can act on: which field, and why.

Messages are English source strings marked for Qt Linguist (context
``Validation``); ``params`` fill their ``{placeholders}`` after translation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from transition_app.i18n.noop import QT_TRANSLATE_NOOP

CTX = "Validation"

REQUIRED = QT_TRANSLATE_NOOP("Validation", "{label} is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{label} is too long (at most {max} characters).")
NOT_IN_LIST = QT_TRANSLATE_NOOP("Validation", "{label}: '{value}' is not one of the allowed values.")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "{label} cannot be in the future.")
DATE_ORDER = QT_TRANSLATE_NOOP("Validation", "{label} cannot be before {other}.")
NRN_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "{label}: this is not a valid Belgian national register or BIS number ({reason})."
)
NRN_BIRTH_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation", "{label} does not match the birth date ({birth_date})."
)
DUPLICATE = QT_TRANSLATE_NOOP("Validation", "{label} '{value}' is already used by another case.")
ONE_HEAD = QT_TRANSLATE_NOOP("Validation", "A household needs exactly one head of household (it has {count}).")
NO_MEMBERS = QT_TRANSLATE_NOOP("Validation", "A household needs at least one member.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Validation", "{label}: unknown code '{value}'.")
PREFERRED_NOT_SPOKEN = QT_TRANSLATE_NOOP(
    "Validation", "{label}: the preferred language must be one of the languages spoken."
)
INVALID_EMAIL = QT_TRANSLATE_NOOP("Validation", "{label}: '{value}' is not an e-mail address.")


@dataclass(frozen=True)
class FieldError:
    """One problem with one field.  ``field`` is a dotted path, e.g. ``members[1].birth_date``."""

    field: str
    template: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ServiceError(Exception):
    """Base class of the errors services raise on purpose (shown to the user)."""


class ValidationError(ServiceError):
    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))


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

    def add(self, field_path: str, template: str, **params: object) -> None:
        self.errors.append(FieldError(field_path, template, {k: str(v) for k, v in params.items()}))

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
