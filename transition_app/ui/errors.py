"""Turn service errors (codes with parameters) into text in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from transition_app.domain.validation import CTX as VALIDATION_CTX
from transition_app.domain.validation import FieldError, ServiceError, Term, ValidationError
from transition_app.ui.i18n import tr_dynamic

GENERIC = QT_TRANSLATE_NOOP("Errors", "The action could not be completed. Please try again.")


def _param(value: object) -> str:
    """A parameter as the person reads it: a :class:`Term` translated, a nested service error
    (the reason of another one) as its own translated message, anything else as it is."""
    if isinstance(value, Term):
        return tr_dynamic(value.context, value.text)
    if isinstance(value, ServiceError):
        return service_error_text(value)
    return str(value)


def field_error_text(error: FieldError) -> str:
    """The message of one field problem, its labels (``label``/``other``) translated too."""
    params = {}
    for key, value in error.params.items():
        if isinstance(value, Term):
            params[key] = _param(value)
        elif key in ("label", "other"):
            params[key] = tr_dynamic(VALIDATION_CTX, value)
        else:
            params[key] = value
    return tr_dynamic(error.code.context, error.code.text).format(**params)


def field_label(error: FieldError) -> str:
    """The translated label of the field ``error`` is about ("" when it names none)."""
    label = error.params.get("label")
    if isinstance(label, Term):
        return _param(label)
    return tr_dynamic(VALIDATION_CTX, label) if label else ""


def service_error_text(exc: BaseException) -> str:
    """What to tell the person about ``exc``: every field problem of a validation error, else the
    translated message of the error's code; an unexpected error gets a generic sentence."""
    if isinstance(exc, ValidationError):
        return "\n".join(field_error_text(e) for e in exc.errors)
    if isinstance(exc, ServiceError):
        params = {k: _param(v) for k, v in exc.params.items()}
        return tr_dynamic(exc.code.context, exc.code.text).format(**params)
    return tr_dynamic("Errors", GENERIC)
