"""Getting the database key at start-up without a window: the command line (and smoke runs).

The keyring is tried first; without one, ``TRANSITION_APP_PASSPHRASE`` (or, to open a
database whose key is not in this computer's keyring, ``TRANSITION_APP_RECOVERY_KEY``).
A recovery key created now is printed once to stderr, then marked as shown.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.paths import AppPaths
from transition_app.security import NEEDS_PASSPHRASE_CLI, KeyUnavailable

ENV_RECOVERY_KEY = "TRANSITION_APP_RECOVERY_KEY"

NEEDS_NEW_PASSPHRASE_CLI = QT_TRANSLATE_NOOP(
    "Database", "No system keyring is available to keep the key of the new database: "
    "set TRANSITION_APP_PASSPHRASE to a passphrase (at least 10 characters) to protect it.")
NEEDS_RECOVERY_KEY_CLI = QT_TRANSLATE_NOOP(
    "Database", "The key of this database is not in this computer's keyring: set "
    "TRANSITION_APP_RECOVERY_KEY to its recovery key (and TRANSITION_APP_PASSPHRASE if there is no keyring).")
RECOVERY_KEY_NOTICE = (
    "Recovery key of this database - write it down or print it and keep it somewhere safe; it opens the "
    "database on another computer and is shown only this once:\n    {key}"
)


def unlock_for_cli(paths: AppPaths, *, stderr: TextIO | None = None) -> bytes:
    from transition_app.security.keys import acknowledge_recovery_key, obtain_key, passphrase_from_env
    from transition_app.security.secrets import KeyringSecretStore

    store = KeyringSecretStore()
    try:
        unlocked = obtain_key(paths, store, passphrase_from_env(), os.environ.get(ENV_RECOVERY_KEY) or None)
    except KeyUnavailable as exc:
        template = {"passphrase": NEEDS_PASSPHRASE_CLI, "new_passphrase": NEEDS_NEW_PASSPHRASE_CLI}.get(
            exc.needs, NEEDS_RECOVERY_KEY_CLI)
        raise KeyUnavailable(template, exc.needs) from None
    if unlocked.recovery_key:
        print(RECOVERY_KEY_NOTICE.format(key=unlocked.recovery_key), file=stderr or sys.stderr)
        acknowledge_recovery_key(paths)
    return unlocked.key
