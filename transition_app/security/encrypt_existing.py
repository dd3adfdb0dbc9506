"""Encrypt an existing plaintext database (and its plaintext backups) in place.  Qt-free.

``encrypt_existing(paths, store, passphrase=None)``:

1. checkpoints the WAL of the plaintext database (refuses if another program still holds it);
2. exports it with ``sqlcipher_export`` into ``transition.db.encrypting`` next to it, under a new
   random key (same folder, so the final rename is atomic);
3. verifies the copy (opens with the key, ``integrity_check``, same row count in every table);
4. only then keeps the key (keyring, or wrapped by ``passphrase``) and writes the sidecar;
5. atomically replaces the plaintext file with the encrypted one.

Any failure before step 5 leaves the original file as it was and removes the partial copy.
The plaintext backups in ``backups/`` (made before schema upgrades) get the same treatment with
the same key, so no plaintext copy of the personal data stays in the data folder - unless
``keep_plaintext_backup`` is True, when the original is moved to ``backups/`` under a name that
says so (the caller must then tell the user, and should not offer that by default).

Deleting a file does not erase its blocks on the disk (SSDs, journaling file systems): the
recommendation stays full-disk encryption of the machine as well.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from transition_app.clock import Clock
from transition_app.paths import AppPaths
from transition_app.security import ALREADY_HAS_KEY, FOREIGN_FILE, ForeignFile, KeyExists
from transition_app.security.keys import (
    KEY_BYTES,
    DatabaseState,
    KdfParams,
    NewKey,
    _provision,
    database_state,
    read_keyinfo,
)
from transition_app.security.secrets import SecretStore
from transition_app.store.engine import is_plaintext_sqlite

IN_USE = "the database is in use by another program"


@dataclass(frozen=True)
class EncryptResult:
    new_key: NewKey = field(repr=False)
    encrypted_backups: tuple[Path, ...]
    plaintext_backup: Path | None


class ConversionError(ForeignFile):
    pass


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _checkpoint(path: Path) -> dict[str, int]:
    """Fold the WAL into the file and count rows per table (plain sqlite3)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        busy, _log, _ckpt = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise ConversionError(FOREIGN_FILE)  # pragma: no cover - another process holds it
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    except sqlite3.DatabaseError:
        raise ForeignFile(FOREIGN_FILE) from None
    finally:
        conn.close()


def _export(plain: Path, target: Path, key: bytes, expected: dict[str, int]) -> None:
    import sqlcipher3

    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    check = sqlcipher3.connect(str(target))
    try:
        check.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        check.execute("PRAGMA cipher_log_level = NONE")
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise ConversionError(FOREIGN_FILE)
        got = {t: check.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in expected}
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()
    if got != expected:
        raise ConversionError(FOREIGN_FILE)
    for extra in _sidecars(target):
        extra.unlink(missing_ok=True)


def _encrypt_file(path: Path, key: bytes) -> Path:
    """Encrypt ``path`` to a verified temporary copy next to it; returns the copy's path."""
    expected = _checkpoint(path)
    tmp = path.with_name(path.name + ".encrypting")
    try:
        _export(path, tmp, key, expected)
    except BaseException:
        tmp.unlink(missing_ok=True)
        for extra in _sidecars(tmp):
            extra.unlink(missing_ok=True)
        raise
    return tmp


def _replace(tmp: Path, path: Path) -> None:
    for extra in _sidecars(path):  # empty after the TRUNCATE checkpoint; would confuse SQLCipher
        extra.unlink(missing_ok=True)
    os.replace(tmp, path)


def encrypt_existing(paths: AppPaths, store: SecretStore, passphrase: str | None = None, *,
                     kdf: KdfParams | None = None, keep_plaintext_backup: bool = False) -> EncryptResult:
    """Encrypt the plaintext embedded database in place (see the module's docstring).  Close every
    engine on it first.  Returns the new key and the recovery key to show once."""
    db = paths.database
    if database_state(db) is not DatabaseState.PLAINTEXT:
        raise KeyExists(ALREADY_HAS_KEY)
    key = secrets.token_bytes(KEY_BYTES)
    tmp = _encrypt_file(db, key)
    try:
        try:
            stale = read_keyinfo(db)
        except Exception:
            stale = None
        new = _provision(db, store, passphrase, kdf, stale, key=key)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    plaintext_backup = None
    if keep_plaintext_backup:
        paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = Clock.file_stamp()
        plaintext_backup = paths.backups / f"{db.stem}_PLAINTEXT_{stamp}{db.suffix}"
        shutil.copy2(db, plaintext_backup)
    _replace(tmp, db)
    done = []
    if paths.backups.is_dir():
        for backup in sorted(paths.backups.iterdir()):
            if backup == plaintext_backup or not backup.is_file() or not is_plaintext_sqlite(backup):
                continue
            try:
                _replace(_encrypt_file(backup, key), backup)
                done.append(backup)
            except ForeignFile:
                continue  # not one of ours; left alone
    return EncryptResult(new, tuple(done), plaintext_backup)
