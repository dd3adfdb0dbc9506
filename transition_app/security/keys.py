"""The database key: created once, kept in the OS keyring or wrapped by a passphrase.  Qt-free.

Each encrypted database has a **random 256-bit key** (SQLCipher raw key, see
``store.engine``).  A small, non-secret sidecar file next to the database,
``transition.db.keyinfo.json``, says where that key is kept; it never contains the key:

``format``            1
``database_id``       random id; the keyring entry is ``("transition-app", "database/<id>")``
``key_source``        ``"keyring"`` or ``"passphrase"``
``key_check``         HMAC-SHA256(key, constant), truncated: detects a wrong key or recovery key
                      before the database is touched
``kdf``               passphrase only: ``argon2id`` with its parameters and salt (recorded so that
                      they can be raised later without breaking old files)
``wrapped_key``       passphrase only: the database key encrypted with AES-256-GCM under the
                      argon2id output (the database id is the associated data)
``recovery_acknowledged``  False until the user has confirmed the recovery key was written down

Because the passphrase only *wraps* the random key, the recovery key (the raw key, encoded for
humans) always opens the database, and changing the passphrase rewrites only the sidecar.

Why AES-GCM from ``cryptography`` rather than an XOR with an HMAC keystream: it is a standard,
reviewed AEAD (the tag gives "wrong passphrase" for free), and ``cryptography`` is already in the
environment (``SecretStorage``, keyring's Linux backend, depends on it).  It must be declared as a
direct dependency for Windows and macOS.

Backups (``store.upgrade.backup_file``) are copies of the encrypted file: they open with the same
key and the same sidecar (same database id).

Python cannot reliably wipe memory: the key lives in ``bytes`` objects and in SQLCipher's
connection state while the database is open.  It is never logged, never rendered in a URL,
never written to disk unencrypted and never put in QSettings.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from transition_app.clock import Clock
from transition_app.paths import AppPaths
from transition_app.security import (
    ALREADY_HAS_KEY,
    BAD_KEYINFO,
    FOREIGN_FILE,
    INVALID_RECOVERY_KEY,
    KEY_NOT_STORED,
    NEEDS_NEW_PASSPHRASE,
    NEEDS_PASSPHRASE,
    NEEDS_RECOVERY_KEY,
    NOT_ENCRYPTED,
    PASSPHRASE_TOO_SHORT,
    R_DAMAGED,
    R_NO_KEYINFO,
    R_NO_KEYRING,
    R_NO_MATCH,
    R_NOT_FOUND,
    R_NOT_KEPT,
    R_UNKNOWN_FORMAT,
    WRONG_PASSPHRASE,
    WRONG_RECOVERY_KEY,
    ForeignFile,
    InvalidRecoveryKey,
    KeyExists,
    KeyInfoError,
    KeyUnavailable,
    NotEncrypted,
    WeakPassphrase,
    WrongKey,
)
from transition_app.security.secrets import SecretStore

KEYRING_SERVICE = "transition-app"
ENV_PASSPHRASE = "TRANSITION_APP_PASSPHRASE"
KEYINFO_SUFFIX = ".keyinfo.json"
FORMAT = 1
KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10

_CHECK_LABEL = b"transition-app/key-check/v1"
_RECOVERY_LABEL = b"transition-app/recovery-key/v1"
_WRAP_LABEL = b"transition-app/wrapped-key/v1:"

# Crockford's base32: no I, L, O, U; read case-insensitively, O as 0 and I/L as 1.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_CHECKSUM_BYTES = 3
RECOVERY_GROUPS = 14  # (32 + 3) bytes = 280 bits = 56 characters = 14 groups of 4


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters (RFC 9106).  The defaults (t=3, 128 MiB, 4 lanes) take ~0.3-0.4 s on the
    2-core test machines and 128 MiB of memory; they are stored with each wrapped key, so raising them later is safe."""

    time_cost: int = 3
    memory_cost_kib: int = 131072
    parallelism: int = 4
    name: str = "argon2id"
    version: int = 19

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

        if self.name != "argon2id":
            raise KeyInfoError(BAD_KEYINFO, reason=R_UNKNOWN_FORMAT)  # an unknown KDF
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        return hash_secret_raw(secret, salt, time_cost=self.time_cost, memory_cost=self.memory_cost_kib,
                               parallelism=self.parallelism, hash_len=KEY_BYTES, type=Type.ID,
                               version=self.version)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "time_cost": self.time_cost,
                "memory_cost_kib": self.memory_cost_kib, "parallelism": self.parallelism}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> KdfParams:
        return cls(time_cost=int(d["time_cost"]), memory_cost_kib=int(d["memory_cost_kib"]),
                   parallelism=int(d["parallelism"]), name=str(d["name"]), version=int(d["version"]))


DEFAULT_KDF = KdfParams()


class KeySource(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


class DatabaseState(StrEnum):
    """What ``database_state`` finds, i.e. what the application must do or ask."""

    NEW = "new"                  # nothing yet: create_key (ask a new passphrase if no keyring)
    KEYRING = "keyring"          # key in the keyring: unlock() needs nothing (unless it was lost)
    PASSPHRASE = "passphrase"    # ask the passphrase (or the recovery key: "forgot passphrase")
    PLAINTEXT = "plaintext"      # an unencrypted database: offer encrypt_existing
    NO_KEYINFO = "no_keyinfo"    # an encrypted-looking file without its key information: recovery key


@dataclass(frozen=True)
class KeyInfo:
    """The sidecar's content: non-secret."""

    database_id: str
    key_source: KeySource
    key_check: str
    kdf: KdfParams | None = None
    salt: bytes | None = None
    nonce: bytes | None = None
    wrapped_key: bytes | None = None
    recovery_acknowledged: bool = False
    created: str = ""
    format: int = FORMAT

    @property
    def keyring_account(self) -> str:
        return f"database/{self.database_id}"

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "format": self.format, "database_id": self.database_id, "key_source": self.key_source.value,
            "key_check": self.key_check, "recovery_acknowledged": self.recovery_acknowledged,
            "created": self.created, "cipher": "sqlcipher4 raw key (AES-256-CBC, HMAC-SHA512)",
        }
        if self.key_source is KeySource.KEYRING:
            d["keyring"] = {"service": KEYRING_SERVICE, "account": self.keyring_account}
        else:
            assert self.kdf and self.salt and self.nonce and self.wrapped_key
            d["kdf"] = self.kdf.to_json() | {"salt": _b64(self.salt)}
            d["wrapped_key"] = {"alg": "AES-256-GCM", "nonce": _b64(self.nonce),
                                "ciphertext": _b64(self.wrapped_key)}
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> KeyInfo:
        if d.get("format") != FORMAT:
            raise KeyInfoError(BAD_KEYINFO, reason=R_UNKNOWN_FORMAT)
        source = KeySource(d["key_source"])
        info = cls(database_id=str(d["database_id"]), key_source=source, key_check=str(d["key_check"]),
                   recovery_acknowledged=bool(d.get("recovery_acknowledged", False)),
                   created=str(d.get("created", "")))
        if source is KeySource.PASSPHRASE:
            wk = d["wrapped_key"]
            if wk.get("alg") != "AES-256-GCM":
                raise KeyInfoError(BAD_KEYINFO, reason=R_UNKNOWN_FORMAT)  # an unknown key wrapping
            info = replace(info, kdf=KdfParams.from_json(d["kdf"]), salt=_unb64(d["kdf"]["salt"]),
                           nonce=_unb64(wk["nonce"]), wrapped_key=_unb64(wk["ciphertext"]))
        return info


@dataclass(frozen=True)
class NewKey:
    key: bytes = field(repr=False)
    recovery_key: str = field(repr=False)
    info: KeyInfo


@dataclass(frozen=True)
class Unlocked:
    """The result of ``obtain_key``: the key, and the recovery key **to show now** (first run, or
    not yet acknowledged), else None.  After showing it, call ``acknowledge_recovery_key``."""

    key: bytes = field(repr=False)
    source: KeySource
    recovery_key: str | None = field(default=None, repr=False)
    created: bool = False


# --- small helpers ---------------------------------------------------------------------------

def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def _db_path(where: AppPaths | Path) -> Path:
    return where.database if isinstance(where, AppPaths) else Path(where)


def keyinfo_path(where: AppPaths | Path) -> Path:
    db = _db_path(where)
    return db.with_name(db.name + KEYINFO_SUFFIX)


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def _check_matches(info: KeyInfo, key: bytes) -> bool:
    return hmac.compare_digest(info.key_check, key_check(key))


def _now() -> str:
    return Clock.utc_iso()


def _atomic_write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_keyinfo(where: AppPaths | Path) -> KeyInfo | None:
    """The sidecar, or None when there is none; ``KeyInfoError`` when it is unreadable."""
    path = keyinfo_path(where)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyInfoError(BAD_KEYINFO, reason=type(exc).__name__) from None
    try:
        return KeyInfo.from_json(json.loads(raw))
    except KeyInfoError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KeyInfoError(BAD_KEYINFO, reason=R_DAMAGED) from None


def write_keyinfo(where: AppPaths | Path, info: KeyInfo) -> None:
    _atomic_write_json(keyinfo_path(where), info.to_json())


# --- recovery key ----------------------------------------------------------------------------

def _recovery_checksum(key: bytes) -> bytes:
    return hashlib.sha256(_RECOVERY_LABEL + key).digest()[:_CHECKSUM_BYTES]


def format_recovery_key(key: bytes) -> str:
    """The raw key for humans: 14 groups of 4 Crockford base32 characters (the last bits are a
    checksum that catches typing mistakes), e.g. ``7K2M-...-Q4ZD``."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    payload = key + _recovery_checksum(key)
    n = int.from_bytes(payload, "big")
    chars = [_ALPHABET[(n >> (5 * i)) & 31] for i in range(len(payload) * 8 // 5 - 1, -1, -1)]
    text = "".join(chars)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The key from a typed recovery key (any case; spaces, dashes and dots ignored; O read as 0,
    I and L as 1).  ``InvalidRecoveryKey`` when it is malformed or its checksum does not match."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-._")
    size = KEY_BYTES + _CHECKSUM_BYTES
    if len(cleaned) != size * 8 // 5 or any(ch not in _DECODE for ch in cleaned):
        raise InvalidRecoveryKey(INVALID_RECOVERY_KEY)
    n = 0
    for ch in cleaned:
        n = (n << 5) | _DECODE[ch]
    payload = n.to_bytes(size, "big")
    key, check = payload[:KEY_BYTES], payload[KEY_BYTES:]
    if not hmac.compare_digest(check, _recovery_checksum(key)):
        raise InvalidRecoveryKey(INVALID_RECOVERY_KEY)
    return key


# --- passphrase wrapping ---------------------------------------------------------------------

def _check_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(PASSPHRASE_TOO_SHORT, minimum=MIN_PASSPHRASE_LENGTH)


def _wrap(info: KeyInfo, key: bytes, passphrase: str, kdf: KdfParams) -> KeyInfo:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = kdf.derive(passphrase, salt)
    wrapped = AESGCM(kek).encrypt(nonce, key, _WRAP_LABEL + info.database_id.encode("ascii"))
    return replace(info, key_source=KeySource.PASSPHRASE, kdf=kdf, salt=salt, nonce=nonce, wrapped_key=wrapped)


def _unwrap(info: KeyInfo, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    assert info.kdf and info.salt and info.nonce and info.wrapped_key
    kek = info.kdf.derive(passphrase, info.salt)
    try:
        key = AESGCM(kek).decrypt(info.nonce, info.wrapped_key, _WRAP_LABEL + info.database_id.encode("ascii"))
    except InvalidTag:
        raise WrongKey(WRONG_PASSPHRASE) from None
    if not _check_matches(info, key):
        raise WrongKey(WRONG_PASSPHRASE)
    return key


def _store_in_keyring(info: KeyInfo, key: bytes, store: SecretStore) -> KeyInfo:
    """Put the key in the system keyring (read back to be sure); ``KeyUnavailable`` otherwise."""
    if not store.is_system:
        raise KeyUnavailable(NEEDS_NEW_PASSPHRASE, needs="new_passphrase")
    account = f"database/{info.database_id}"
    if not store.set(KEYRING_SERVICE, account, key.hex()) or store.get(KEYRING_SERVICE, account) != key.hex():
        reason = getattr(store, "last_error", None) or R_NOT_KEPT
        raise KeyUnavailable(KEY_NOT_STORED, needs="new_passphrase", reason=reason)
    return replace(info, key_source=KeySource.KEYRING, kdf=None, salt=None, nonce=None, wrapped_key=None)


def _protect(info: KeyInfo, key: bytes, store: SecretStore, passphrase: str | None,
             kdf: KdfParams | None) -> KeyInfo:
    if passphrase is not None:
        _check_passphrase(passphrase)
        return _wrap(info, key, passphrase, kdf or DEFAULT_KDF)
    return _store_in_keyring(info, key, store)


def _forget_keyring_entry(info: KeyInfo | None, store: SecretStore) -> None:
    if info is not None and info.key_source is KeySource.KEYRING:
        store.delete(KEYRING_SERVICE, info.keyring_account)


# --- state, creation, unlocking --------------------------------------------------------------

def _file_has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def database_state(where: AppPaths | Path) -> DatabaseState:
    """Classify the embedded database without opening it (reads only a header and the sidecar)."""
    from transition_app.store.engine import is_plaintext_sqlite

    db = _db_path(where)
    if is_plaintext_sqlite(db):
        return DatabaseState.PLAINTEXT
    info = read_keyinfo(db)
    if info is None:
        return DatabaseState.NO_KEYINFO if _file_has_content(db) else DatabaseState.NEW
    return DatabaseState.KEYRING if info.key_source is KeySource.KEYRING else DatabaseState.PASSPHRASE


def create_key(where: AppPaths | Path, store: SecretStore, passphrase: str | None = None, *,
               kdf: KdfParams | None = None) -> NewKey:
    """A new random key for a database that does not exist yet.

    Without ``passphrase`` the key goes to the system keyring; with no usable keyring this raises
    ``KeyUnavailable(needs="new_passphrase")`` (ask for a passphrase, twice, and call again).
    Returns the key and the recovery key to show once.
    """
    db = _db_path(where)
    if _file_has_content(db):
        raise (NotEncrypted(NOT_ENCRYPTED) if database_state(db) is DatabaseState.PLAINTEXT
               else KeyExists(ALREADY_HAS_KEY))
    try:
        stale = read_keyinfo(db)  # key information left without a database (an interrupted first run)
    except KeyInfoError:
        stale = None
    return _provision(db, store, passphrase, kdf, stale)


def _provision(db: Path, store: SecretStore, passphrase: str | None, kdf: KdfParams | None,
               stale: KeyInfo | None, key: bytes | None = None) -> NewKey:
    key = key or secrets.token_bytes(KEY_BYTES)
    info = KeyInfo(database_id=uuid.uuid4().hex, key_source=KeySource.KEYRING, key_check=key_check(key),
                   created=_now())
    info = _protect(info, key, store, passphrase, kdf)
    write_keyinfo(db, info)
    _forget_keyring_entry(stale, store)
    return NewKey(key, format_recovery_key(key), info)


def _probe(db: Path, key: bytes) -> None:
    """Open ``db`` read-only with ``key`` and read its schema: ``WrongKey`` if it does not open.
    Used when there is no key information to check the key against."""
    import sqlcipher3

    from transition_app.store.engine import is_plaintext_sqlite

    if is_plaintext_sqlite(db):
        raise NotEncrypted(NOT_ENCRYPTED)
    if not _file_has_content(db):
        return
    conn = sqlcipher3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError as exc:
        if "file is not a database" in str(exc):
            raise WrongKey(WRONG_RECOVERY_KEY) from None
        # anything else (e.g. a WAL file needing write access) is inconclusive: the engine checks again
    finally:
        conn.close()


def unlock(where: AppPaths | Path, store: SecretStore, passphrase: str | None = None,
           recovery_key: str | None = None) -> bytes:
    """The key of an existing database; nothing is written.

    * ``recovery_key`` given: checked against the key information (or, without it, by opening the
      file read-only); ``InvalidRecoveryKey`` for a typo, ``WrongKey`` for another database's key.
    * keyring: the key from the keyring; ``KeyUnavailable(needs="recovery_key")`` when the keyring
      is unavailable, locked or does not have it (another machine).
    * passphrase: ``KeyUnavailable(needs="passphrase")`` without one, ``WrongKey`` when wrong.
    """
    db = _db_path(where)
    if recovery_key is not None:
        key = parse_recovery_key(recovery_key)
        try:
            info = read_keyinfo(db)
        except KeyInfoError:  # a damaged sidecar: the recovery key is checked on the file instead
            info = None
        if info is not None:
            if not _check_matches(info, key):
                raise WrongKey(WRONG_RECOVERY_KEY)
        else:
            _probe(db, key)
        return key
    info = read_keyinfo(db)
    if info is None:
        if database_state(db) is DatabaseState.PLAINTEXT:
            raise NotEncrypted(NOT_ENCRYPTED)
        raise KeyUnavailable(NEEDS_RECOVERY_KEY, needs="recovery_key", reason=R_NO_KEYINFO)
    if info.key_source is KeySource.PASSPHRASE:
        if passphrase is None:
            raise KeyUnavailable(NEEDS_PASSPHRASE, needs="passphrase")
        return _unwrap(info, passphrase)
    if not store.is_system:
        raise KeyUnavailable(NEEDS_RECOVERY_KEY, needs="recovery_key", reason=R_NO_KEYRING)
    secret = store.get(KEYRING_SERVICE, info.keyring_account)
    if secret is None:
        reason = getattr(store, "last_error", None) or R_NOT_FOUND
        raise KeyUnavailable(NEEDS_RECOVERY_KEY, needs="recovery_key", reason=reason)
    try:
        key = bytes.fromhex(secret)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES or not _check_matches(info, key):
        raise KeyUnavailable(NEEDS_RECOVERY_KEY, needs="recovery_key", reason=R_NO_MATCH)
    return key


def restore_with_recovery_key(where: AppPaths | Path, store: SecretStore, recovery_key: str,
                              passphrase: str | None = None, *, kdf: KdfParams | None = None) -> bytes:
    """Open with the recovery key and keep the key again: in the keyring, or (with ``passphrase``,
    or when there is no keyring) wrapped by a new passphrase.  For another machine, a lost keyring
    entry or a forgotten passphrase.  Only the sidecar is written; the database is not touched.
    Without a keyring and without ``passphrase``: ``KeyUnavailable(needs="new_passphrase")``."""
    db = _db_path(where)
    key = unlock(db, store, recovery_key=recovery_key)
    try:
        old = read_keyinfo(db)
    except KeyInfoError:
        old = None
    base = old or KeyInfo(database_id=uuid.uuid4().hex, key_source=KeySource.KEYRING,
                          key_check=key_check(key), created=_now())
    info = _protect(replace(base, recovery_acknowledged=True), key, store, passphrase, kdf)
    write_keyinfo(db, info)
    return key


def change_protection(where: AppPaths | Path, store: SecretStore, key: bytes,
                      new_passphrase: str | None, *, kdf: KdfParams | None = None) -> KeyInfo:
    """Re-protect an unlocked key: a new passphrase (``new_passphrase``), or the keyring (None).
    The database is not re-encrypted; a keyring entry no longer needed is deleted."""
    db = _db_path(where)
    old = read_keyinfo(db)
    if old is None or not _check_matches(old, key):
        raise WrongKey(WRONG_RECOVERY_KEY)
    info = _protect(old, key, store, new_passphrase, kdf)
    write_keyinfo(db, info)
    if info.key_source is KeySource.PASSPHRASE:
        _forget_keyring_entry(old, store)
    return info


def acknowledge_recovery_key(where: AppPaths | Path) -> None:
    """The user confirmed the recovery key is written down: stop showing it."""
    info = read_keyinfo(where)
    if info is not None and not info.recovery_acknowledged:
        write_keyinfo(where, replace(info, recovery_acknowledged=True))


def passphrase_from_env(environ: dict[str, str] | None = None) -> str | None:
    """The command line's passphrase (``TRANSITION_APP_PASSPHRASE``), or None."""
    value = (os.environ if environ is None else environ).get(ENV_PASSPHRASE)
    return value or None


def obtain_key(where: AppPaths | Path, store: SecretStore, passphrase: str | None = None,
               recovery_key: str | None = None, *, kdf: KdfParams | None = None) -> Unlocked:
    """Everything start-up needs, in one call:

    * no database yet: a new key (keyring, else ``passphrase``; without either,
      ``KeyUnavailable(needs="new_passphrase")``), ``created=True`` and the recovery key to show;
    * ``recovery_key`` given: ``restore_with_recovery_key`` (``passphrase`` then becomes the new one);
    * otherwise ``unlock``.
    A plaintext database raises ``NotEncrypted`` (offer ``encrypt_existing``).
    ``recovery_key`` in the result is set while the user has not acknowledged it.
    """
    db = _db_path(where)
    try:
        state = database_state(db)
    except KeyInfoError:
        if recovery_key is None:
            raise
        state = DatabaseState.NO_KEYINFO  # the recovery key can still open it
    if state is DatabaseState.PLAINTEXT:
        raise NotEncrypted(NOT_ENCRYPTED)
    if state is DatabaseState.NEW and recovery_key is None:
        new = create_key(db, store, passphrase, kdf=kdf)
        return Unlocked(new.key, new.info.key_source, new.recovery_key, created=True)
    if recovery_key is not None:
        key = restore_with_recovery_key(db, store, recovery_key, passphrase, kdf=kdf)
    else:
        key = unlock(db, store, passphrase)
    info = read_keyinfo(db)
    assert info is not None
    show = None if info.recovery_acknowledged else format_recovery_key(key)
    return Unlocked(key, info.key_source, show)


def open_encrypted_engine(where: AppPaths | Path, key: bytes, **kwargs: Any) -> Any:
    """The SQLCipher engine of the embedded database, the key verified.  A key that matches the
    key information but does not open the file means the file is not that database: ``ForeignFile``."""
    from transition_app.store.engine import create_engine_for, sqlite_url

    db = _db_path(where)
    try:
        return create_engine_for(sqlite_url(db), key=key, **kwargs)
    except WrongKey:
        raise ForeignFile(FOREIGN_FILE) from None
