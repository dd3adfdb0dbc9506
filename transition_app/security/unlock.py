"""Getting the database key at start-up without a window: the command line (and smoke runs).

The keyring is tried first.  Without one, ``TRANSITION_APP_PASSPHRASE`` is used silently when
it is set; else, in a terminal, the passphrase is asked (hidden; a new one twice, after a
message saying that there is no keyring and what the passphrase is for); without a terminal
the command stops with one line saying which variable to set.  To open a database whose key
is not in this computer's keyring: ``TRANSITION_APP_RECOVERY_KEY``.  A recovery key created
now is printed once to stderr, then marked as shown.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable
from typing import TextIO

from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.paths import AppPaths
from transition_app.security import NEEDS_PASSPHRASE_CLI, KeyUnavailable, WrongKey

ENV_RECOVERY_KEY = "TRANSITION_APP_RECOVERY_KEY"
TRIES = 3  # passphrases typed before the command gives up

NEEDS_NEW_PASSPHRASE_CLI = QT_TRANSLATE_NOOP(
    "Database", "No system keyring is available to keep the key of the new database: "
    "set TRANSITION_APP_PASSPHRASE to a passphrase (at least {minimum} characters) to protect it, "
    "or run the command in a terminal to type one.")
NEEDS_RECOVERY_KEY_CLI = QT_TRANSLATE_NOOP(
    "Database", "The key of this database is not in this computer's keyring: set "
    "TRANSITION_APP_RECOVERY_KEY to its recovery key (and TRANSITION_APP_PASSPHRASE if there is no keyring).")
RECOVERY_KEY_NOTICE = (
    "Recovery key of this database - write it down or print it and keep it somewhere safe; it opens the "
    "database on another computer and is shown only this once:\n    {key}"
)
# What the terminal says (the command line is English)
NEW_PASSPHRASE_NOTICE = (
    "No system keyring is available on this computer to keep the key of the new encrypted database.\n"
    "Choose a passphrase of at least {minimum} characters: it protects the encrypted database and is\n"
    "needed at every start (scripts set it in TRANSITION_APP_PASSPHRASE). Nothing is shown as you type."
)
PASSPHRASE_NOTICE = "This database is protected by a passphrase (there is no keyring to keep its key)."
TOO_SHORT = "The passphrase must have at least {minimum} characters; try again."
DIFFERENT = "The two passphrases are not the same; try again."
WRONG = "The passphrase is not correct; try again."

Ask = Callable[[str], str]


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _getpass(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def _long_enough(passphrase: str, minimum: int) -> bool:
    return len(unicodedata.normalize("NFC", passphrase).strip()) >= minimum  # as security.keys counts


def ask_new_passphrase(ask: Ask, out: TextIO, minimum: int) -> str | None:
    """A new passphrase, typed twice (hidden); None after ``TRIES`` failed attempts."""
    print(NEW_PASSPHRASE_NOTICE.format(minimum=minimum), file=out, flush=True)
    for _ in range(TRIES):
        first = ask("New passphrase: ")
        if not _long_enough(first, minimum):
            print(TOO_SHORT.format(minimum=minimum), file=out, flush=True)
            continue
        if ask("Repeat the passphrase: ") != first:
            print(DIFFERENT, file=out, flush=True)
            continue
        return first
    return None


def unlock_for_cli(paths: AppPaths, *, stderr: TextIO | None = None, ask: Ask | None = None,
                   interactive: bool | None = None) -> bytes:
    """The database key for a command: keyring, ``TRANSITION_APP_PASSPHRASE``, else (in a
    terminal, or when ``interactive``) a hidden prompt; ``KeyUnavailable`` with the command
    line's message otherwise."""
    from transition_app.security.keys import (
        MIN_PASSPHRASE_LENGTH,
        acknowledge_recovery_key,
        obtain_key,
        passphrase_from_env,
    )
    from transition_app.security.secrets import KeyringSecretStore

    out = stderr or sys.stderr
    interactive = _terminal() if interactive is None else interactive
    ask = ask or _getpass
    store = KeyringSecretStore()
    passphrase = passphrase_from_env()
    typed = False  # the passphrase came from the prompt (a wrong one may be typed again)
    recovery = os.environ.get(ENV_RECOVERY_KEY) or None
    wrong = 0
    while True:
        try:
            unlocked = obtain_key(paths, store, passphrase, recovery)
            break
        except KeyUnavailable as exc:
            if exc.needs in ("passphrase", "new_passphrase") and passphrase is None and interactive:
                if exc.needs == "new_passphrase":
                    passphrase = ask_new_passphrase(ask, out, MIN_PASSPHRASE_LENGTH)
                else:
                    print(PASSPHRASE_NOTICE, file=out, flush=True)
                    passphrase = ask("Passphrase: ")
                typed = passphrase is not None
                if passphrase is not None:
                    continue
            template = {"passphrase": NEEDS_PASSPHRASE_CLI, "new_passphrase": NEEDS_NEW_PASSPHRASE_CLI}.get(
                exc.needs, NEEDS_RECOVERY_KEY_CLI)
            raise KeyUnavailable(template, exc.needs, minimum=MIN_PASSPHRASE_LENGTH) from None
        except WrongKey:
            wrong += 1
            if not typed or wrong >= TRIES:
                raise
            print(WRONG, file=out, flush=True)
            passphrase = ask("Passphrase: ")
    if unlocked.recovery_key:
        print(RECOVERY_KEY_NOTICE.format(key=unlocked.recovery_key), file=out)
        acknowledge_recovery_key(paths)
    return unlocked.key
