"""Security: the database key, where it is kept, and the errors shown when it cannot be used.

Qt-free and light to import (the store imports the errors below on its start-up path):

* ``security.secrets`` - ``SecretStore`` protocol and ``KeyringSecretStore`` (the OS keyring);
* ``security.keys`` - the random database key, its passphrase wrapping and recovery key;
* ``security.encrypt_existing`` - turning a plaintext database into an encrypted one.

Every error here is a ``ServiceError`` with an error code (context "Database");
its text never contains a key, a passphrase or personal data, and the database file is
never changed when one is raised.
"""

from __future__ import annotations

from transition_app.domain.validation import ErrorCode, ServiceError, Term
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

NEEDS_PASSPHRASE = ErrorCode("key.needs_passphrase", QT_TRANSLATE_NOOP(
    "Database", "This database is protected by a passphrase. Enter the passphrase to open it."), "Database")
NEEDS_PASSPHRASE_CLI = ErrorCode("key.needs_passphrase_cli", QT_TRANSLATE_NOOP(
    "Database", "This database is protected by a passphrase and no keyring is available: "
    "set TRANSITION_APP_PASSPHRASE to the passphrase."), "Database")
NEEDS_NEW_PASSPHRASE = ErrorCode("key.needs_new_passphrase", QT_TRANSLATE_NOOP(
    "Database", "No system keyring is available to keep the database key: choose a passphrase "
    "to protect the new database."), "Database")
NEEDS_RECOVERY_KEY = ErrorCode("key.needs_recovery_key", QT_TRANSLATE_NOOP(
    "Database", "The key of this database is not in this computer's keyring ({reason}). "
    "Enter the recovery key to open the database; the key will be stored in the keyring again."), "Database")
WRONG_PASSPHRASE = ErrorCode("key.wrong_passphrase", QT_TRANSLATE_NOOP(
    "Database", "The passphrase is not correct. The database has not been changed."), "Database")
WRONG_RECOVERY_KEY = ErrorCode("key.wrong_recovery_key", QT_TRANSLATE_NOOP(
    "Database", "This recovery key does not open this database (it may belong to another one). "
    "The database has not been changed."), "Database")
WRONG_KEY = ErrorCode("key.wrong_key", QT_TRANSLATE_NOOP(
    "Database", "The key does not open this database file. The file has not been changed."), "Database")
INVALID_RECOVERY_KEY = ErrorCode("key.invalid_recovery_key", QT_TRANSLATE_NOOP(
    "Database", "This is not a valid recovery key; check it for typing mistakes. A recovery key "
    "has 14 groups of 4 letters and digits."), "Database")
NOT_ENCRYPTED = ErrorCode("key.not_encrypted", QT_TRANSLATE_NOOP(
    "Database", "This database is not encrypted. The file has not been changed."), "Database")
FOREIGN_FILE = ErrorCode("key.foreign_file", QT_TRANSLATE_NOOP(
    "Database", "This file is not an encrypted Transition Assistant database, or it does not "
    "belong with its key information. The file has not been changed."), "Database")
BAD_KEYINFO = ErrorCode("key.bad_keyinfo", QT_TRANSLATE_NOOP(
    "Database", "The key information file next to the database cannot be read ({reason}). "
    "The database has not been changed; the recovery key can still open it."), "Database")
ALREADY_HAS_KEY = ErrorCode("key.already_has_key", QT_TRANSLATE_NOOP(
    "Database", "This database already has a key. Nothing has been changed."), "Database")
PASSPHRASE_TOO_SHORT = ErrorCode("key.passphrase_too_short", QT_TRANSLATE_NOOP(
    "Database", "The passphrase must have at least {minimum} characters."), "Database")
KEY_NOT_STORED = ErrorCode("key.not_stored", QT_TRANSLATE_NOOP(
    "Database", "The key could not be stored in the keyring ({reason}). Choose a passphrase instead."), "Database")

# the reasons in the parentheses above (a keyring's own error name stays as it is: it helps support)
R_NO_KEYINFO = Term(QT_TRANSLATE_NOOP("Database", "no key information"), "Database")
R_NO_KEYRING = Term(QT_TRANSLATE_NOOP("Database", "no system keyring"), "Database")
R_NOT_FOUND = Term(QT_TRANSLATE_NOOP("Database", "not found"), "Database")
R_NOT_KEPT = Term(QT_TRANSLATE_NOOP("Database", "not kept"), "Database")
R_NO_MATCH = Term(QT_TRANSLATE_NOOP("Database", "the keyring entry does not match"), "Database")
R_DAMAGED = Term(QT_TRANSLATE_NOOP("Database", "damaged"), "Database")
R_UNKNOWN_FORMAT = Term(QT_TRANSLATE_NOOP("Database", "unknown format"), "Database")


class DatabaseKeyError(ServiceError):
    """Base of the key errors: an error ``code`` (context "Database") and the ``params`` that fill it in."""

    default_context = "Database"


class KeyUnavailable(DatabaseKeyError):
    """The key cannot be obtained without the user: ``needs`` says what to ask for:
    ``"passphrase"`` (existing passphrase), ``"new_passphrase"`` (a first run without keyring)
    or ``"recovery_key"`` (the keyring lost the key, or another machine)."""

    def __init__(self, code: ErrorCode | str, needs: str, **params: object):
        self.needs = needs
        super().__init__(code, **params)


class WrongKey(DatabaseKeyError):
    """A passphrase, recovery key or raw key that does not open this database."""


class InvalidRecoveryKey(DatabaseKeyError):
    """Text that is not a recovery key at all (typo: the checksum does not match)."""


class NotEncrypted(DatabaseKeyError):
    """The file is a plaintext SQLite database."""


class ForeignFile(DatabaseKeyError):
    """Not an encrypted database of ours, or not the one its key information describes."""


class KeyInfoError(DatabaseKeyError):
    """The sidecar key information is unreadable or of an unknown format."""


class KeyExists(DatabaseKeyError):
    """``create_key`` on a database that already has one."""


class WeakPassphrase(DatabaseKeyError):
    pass


__all__ = [
    "DatabaseKeyError", "KeyUnavailable", "WrongKey", "InvalidRecoveryKey", "NotEncrypted",
    "ForeignFile", "KeyInfoError", "KeyExists", "WeakPassphrase",
]
