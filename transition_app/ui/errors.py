"""Turn service errors into translated text for the person at the screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from transition_app.domain.validation import CTX as VALIDATION_CTX
from transition_app.domain.validation import FieldError, ServiceError, ValidationError
from transition_app.ui.i18n import tr_dynamic

GENERIC = QT_TRANSLATE_NOOP("Errors", "The action could not be completed. Please try again.")


def field_error_text(error: FieldError) -> str:
    params = {k: tr_dynamic(VALIDATION_CTX, v) if k in ("label", "other") else v for k, v in error.params.items()}
    return tr_dynamic(VALIDATION_CTX, error.template).format(**params)


def service_error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(field_error_text(e) for e in exc.errors)
    if isinstance(exc, ServiceError) and hasattr(exc, "template"):  # store.upgrade.DatabaseVersionError
        return tr_dynamic("Database", exc.template).format(**exc.params)  # type: ignore[attr-defined]
    if isinstance(exc, ServiceError) and exc.args:
        return tr_dynamic("Services", str(exc.args[0]))
    return tr_dynamic("Errors", GENERIC)
