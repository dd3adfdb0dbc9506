"""After the database opens: the retention rule, then sign-in (or the first-run wizard), then the window.

``start_session`` is non-blocking: it opens the dialog and returns it; the window is attached
to the signed-in person's context when the dialog succeeds, and ``on_cancel`` runs when the
person closes it without signing in.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog

from transition_app.ui.i18n import translate

ENV_USER = "TRANSITION_APP_USER"
ENV_PASSWORD = "TRANSITION_APP_PASSWORD"


def start_session(window: Any, ctx: Any, on_cancel: Callable[[], None], *, smoke: bool = False,
                  recovery_key: str | None = None) -> QDialog | None:
    """Sign in on ``ctx`` (an unbound context) and attach ``window`` to the person's context.

    ``recovery_key``: shown on the first-run wizard's recovery-key page (database encryption).
    ``smoke``: sign in with ``TRANSITION_APP_USER``/``TRANSITION_APP_PASSWORD`` without a dialog
    (start-up checks and benchmarks only).
    """
    from transition_app.services.gdpr import apply_retention_on_start

    retention = apply_retention_on_start(ctx.db)

    def attach(signed: Any) -> None:
        person = ctx.for_actor(signed.actor)
        from transition_app.ui.language_switch import apply_person_language

        apply_person_language(window, person)  # the person's own interface language, before the menus
        window.attach(person)
        window.reload()
        if retention.anonymised:
            from transition_app.ui.privacy_menu import started_retention_message

            window.statusBar().showMessage(started_retention_message(len(retention.anonymised), retention.cutoff),
                                           15000)

    if smoke and os.environ.get(ENV_USER) and os.environ.get(ENV_PASSWORD):
        attach(ctx.auth.sign_in(os.environ[ENV_USER], os.environ[ENV_PASSWORD]))
        return None
    if ctx.auth.needs_first_run():
        from transition_app.ui.dialogs.first_run import FirstRunWizard

        dialog: QDialog = FirstRunWizard(ctx.auth, window, recovery_key=recovery_key, services_for=ctx.for_actor)
    else:
        from transition_app.ui.dialogs.sign_in import SignInDialog

        dialog = SignInDialog(ctx.auth, window, username=window.state.last_username()
                              if hasattr(window.state, "last_username") else "")
    done: list[bool] = []

    def signed_in(signed: Any) -> None:
        done.append(True)
        attach(signed)

    def finished(_result: int) -> None:
        window._session_dialog = None
        if not done:
            on_cancel()

    dialog.signed_in.connect(signed_in)  # type: ignore[attr-defined]
    dialog.finished.connect(finished)
    window._session_dialog = dialog  # kept referenced (and reachable by tests)
    window.statusBar().showMessage(translate("MainWindow", "Sign in to open the family files."))
    dialog.open()
    return dialog
