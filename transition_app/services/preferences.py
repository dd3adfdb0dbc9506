"""A person's own settings, kept with their account: for now the interface language.  Qt-free.

The language belongs to the person, not to the computer: it is stored in ``worker.ui_language``
and installed once they have signed in (the sign-in window itself shows the computer's last
language, kept in ``config/ui-state.ini``).  A person reads and changes only their own: the
service has no way to name another account.  A change is one ``SETTING_CHANGE`` audit entry
(the setting's name and the language code).
"""

from __future__ import annotations

from sqlalchemy import select, update

from transition_app.access.permissions import Actor
from transition_app.domain.validation import ErrorCode, ServiceError
from transition_app.i18n import INTERFACE_LANGUAGES
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.store.database import Database
from transition_app.store.models import Worker

UNKNOWN_LANGUAGE = ErrorCode("preferences.unknown_language", QT_TRANSLATE_NOOP(
    "Services", "'{language}' is not a language of the interface (en, fr, nl, de, ar)."))
NO_ACCOUNT = ErrorCode("preferences.no_account", QT_TRANSLATE_NOOP(
    "Services", "Sign in with your own account to keep your settings."))


class PreferencesService:
    """The settings of ``actor`` (a signed-in person)."""

    def __init__(self, db: Database, actor: Actor):
        self.db = db
        self.actor = actor

    def language(self) -> str | None:
        """The interface language the person chose, or None (not chosen yet, or nobody signed in)."""
        if self.actor.worker_id is None:
            return None
        with self.db.read() as s:
            value = s.scalar(select(Worker.ui_language).where(Worker.id == self.actor.worker_id))
        return value if value in INTERFACE_LANGUAGES else None

    def set_language(self, language: str | None) -> None:
        """Keep ``language`` (one of ``INTERFACE_LANGUAGES``; None: follow the computer again)."""
        if language is not None and language not in INTERFACE_LANGUAGES:
            raise ServiceError(UNKNOWN_LANGUAGE, language=language)
        if self.actor.worker_id is None:
            raise ServiceError(NO_ACCOUNT)
        with self.db.session() as s:
            # a plain UPDATE: the account's version stays, so a coordinator editing the account
            # at the same moment is not told it changed under them
            changed = s.execute(update(Worker).where(Worker.id == self.actor.worker_id)
                                .values(ui_language=language)).rowcount
            if not changed:
                raise ServiceError(NO_ACCOUNT)
            record(s, self.actor, AuditAction.SETTING_CHANGE, setting="ui_language", value=language or "")
