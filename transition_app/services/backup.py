"""Encrypted backups of the embedded database, and restoring one.  Qt-free.

**A backup is an encrypted database file.**  ``create_backup`` exports the open SQLCipher
database with ``sqlcipher_export`` into a new file keyed with the *same* raw key, so a backup
opens exactly like the database: with the key in the keyring / behind the passphrase on this
machine, or with the **recovery key** anywhere else (also with the ``sqlcipher`` tool:
``PRAGMA key = "x'<hex>'"``).  Nothing in it is readable without the key; it does not even start
with SQLite's header.  Inside, a small table ``transition_backup_manifest`` (encrypted like the
rest) says when and by which version it was made, its schema revision and the number of rows of
every table - codes and counts, never personal data.

Writing (``create_backup``, coordinators):

1. in one read transaction (a consistent snapshot; other people keep working), count the rows of
   every table and export the database into a temporary file in the target folder, with the
   manifest;
2. ``fsync``, then **verify**: open the written file with the key, ``cipher_integrity_check`` (every
   page's HMAC), ``integrity_check``, and the row count of every table equal to the live snapshot;
3. only then rename it over the target (atomic in one folder) and record ``backup`` in the audit
   log.  Any failure removes the temporary file: a backup file either exists verified or not at all.

Restoring (``restore_backup``, coordinators):

1. copy the backup next to the database (``.transition.db.restoring-*``) and verify the copy as
   above.  It must open with the current key, or else with a **recovery key** given by the user
   (a backup of another database, or a fresh machine with no database yet); a damaged or
   truncated file, a wrong key, a file that is not a backup or a backup of a newer schema
   (refused: install the newer version) stop here and **nothing has been changed**;
2. bring the copy to the current schema (migrations run on the copy, so a failing migration
   changes nothing either); on a fresh machine the person signs in to the restored data here
   (they must be a coordinator of it);
3. with a recovery key, keep that key on this machine the way the recovery-key unlock does
   (keyring, or wrapped by a passphrase) - for the copy, before anything is replaced;
4. make sure no other window or program has the database open, fold its WAL in, keep a
   **safety copy** of it in ``backups/`` (``transition_before-restore_<time>.db``, with its key
   information when the key changes), then replace the database atomically;
5. record ``restore`` in the restored database's audit log (in the restoring person's name).

Any file accepted by step 1 can be restored: a backup made by ``create_backup``, a safety copy,
or a copy made before a schema upgrade (those have no manifest: the integrity checks still run).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from transition_app.access.permissions import NOT_ALLOWED, Actor, Permission
from transition_app.clock import Clock
from transition_app.domain.validation import ErrorCode, PermissionDenied, ServiceError, Term
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.paths import AppPaths
from transition_app.store.database import Database
from transition_app.store.engine import (
    create_engine_for,
    is_encrypted,
    is_file_database,
    is_plaintext_sqlite,
    sqlite_url,
)

log = logging.getLogger(__name__)

MANIFEST_TABLE = "transition_backup_manifest"
MANIFEST_FORMAT = 1
RESTORING_PREFIX = ".restoring-"
SAFETY_COPY_STEM = "before-restore"

NOT_ENCRYPTED_DB = ErrorCode("backup.not_encrypted_database", QT_TRANSLATE_NOOP(
    "Database", "Backups are made of the encrypted embedded database only; a server database is backed up "
    "with the server's own tools."), "Database")
TARGET_IS_DATABASE = ErrorCode("backup.target_is_database", QT_TRANSLATE_NOOP(
    "Database", "Choose another file for the backup: this one belongs to the database itself."), "Database")
NO_FOLDER = ErrorCode("backup.no_folder", QT_TRANSLATE_NOOP("Database", "The folder {folder} does not exist."),
                      "Database")
WRITE_FAILED = ErrorCode("backup.write_failed", QT_TRANSLATE_NOOP(
    "Database", "The backup could not be written ({reason}). No backup file was kept."), "Database")
VERIFY_FAILED = ErrorCode("backup.verify_failed", QT_TRANSLATE_NOOP(
    "Database", "The backup just written did not pass its check ({reason}); it was deleted. Try again, or "
    "write it to another disk."), "Database")
NOT_FOUND = ErrorCode("backup.not_found", QT_TRANSLATE_NOOP(
    "Database", "The backup file {file} does not exist. Nothing has been changed."), "Database")
DAMAGED = ErrorCode("backup.damaged", QT_TRANSLATE_NOOP(
    "Database", "This backup file is damaged or incomplete ({reason}). Nothing has been changed."), "Database")
NOT_A_BACKUP = ErrorCode("backup.not_a_backup", QT_TRANSLATE_NOOP(
    "Database", "This file is not a Transition Assistant backup. Nothing has been changed."), "Database")
PLAINTEXT_FILE = ErrorCode("backup.plaintext_file", QT_TRANSLATE_NOOP(
    "Database", "This file is an unencrypted database, not an encrypted backup. Nothing has been changed."),
    "Database")
WRONG_BACKUP_KEY = ErrorCode("backup.wrong_key", QT_TRANSLATE_NOOP(
    "Database", "This backup does not open with the key of this database: it was made from another database "
    "(give its recovery key to restore it) or it is damaged. Nothing has been changed."), "Database")
WRONG_BACKUP_RECOVERY_KEY = ErrorCode("backup.wrong_recovery_key", QT_TRANSLATE_NOOP(
    "Database", "This recovery key does not open this backup (it may belong to another database), or the backup "
    "is damaged. Nothing has been changed."), "Database")
NEEDS_RECOVERY_KEY = ErrorCode("backup.needs_recovery_key", QT_TRANSLATE_NOOP(
    "Database", "There is no database here yet: the recovery key of the backed-up database is needed to restore "
    "it on this computer. Nothing has been changed."), "Database")
TOO_NEW = ErrorCode("backup.too_new", QT_TRANSLATE_NOOP(
    "Database", "This backup was made by a newer version of Transition Assistant (schema {revision}). Install the "
    "newer version to restore it; nothing has been changed."), "Database")
IN_USE = ErrorCode("backup.database_in_use", QT_TRANSLATE_NOOP(
    "Database", "The database is open in another window or program: close Transition Assistant everywhere else, "
    "then restore again. Nothing has been changed."), "Database")
# what was wrong, in the parentheses of DAMAGED / VERIFY_FAILED (SQLite's own words stay as they are)
R_EMPTY = Term(QT_TRANSLATE_NOOP("Database", "the file is empty"), "Database")
R_MANIFEST = Term(QT_TRANSLATE_NOOP("Database", "it does not hold the rows its list of contents names"), "Database")
R_COUNTS = Term(QT_TRANSLATE_NOOP("Database", "its rows differ from those of the database"), "Database")


class BackupError(ServiceError):
    """A backup or restore problem; ``template`` is translatable (context "Database")."""

    default_context = "Database"


class WrongBackupKey(BackupError):
    """The key (or recovery key) does not open the backup."""


@dataclass(frozen=True)
class BackupInfo:
    """What the check of a backup file found.  ``created`` and ``app_version`` are None for a file
    that was not written by ``create_backup`` (a safety copy, a copy before an upgrade)."""

    schema_revision: str
    counts: dict[str, int]
    created: str | None = None
    app_version: str | None = None

    @property
    def families(self) -> int:
        return self.counts.get("family", 0)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    info: BackupInfo
    size: int


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    backup: BackupInfo
    safety_copy: Path | None  # None on a fresh machine (there was nothing to keep)
    to_revision: str
    new_key: bool  # the key was taken from the recovery key and kept on this machine
    actor: Actor = field(repr=False)


# ----------------------------------------------------------------------------- low level


def database_key(engine: Engine) -> bytes:
    """The raw key of an encrypted embedded database's engine (``store.engine.sqlcipher_url``
    keeps it in the URL's password, never rendered); ``BackupError`` for any other engine."""
    password = engine.url.password or ""
    if not is_encrypted(engine) or is_file_database(engine) is None or not (
            password.startswith("x'") and password.endswith("'")):
        raise BackupError(NOT_ENCRYPTED_DB)
    return bytes.fromhex(password[2:-1])


def _connect(path: Path, key: bytes, *, timeout: float = 5.0) -> Any:
    """A plain SQLCipher connection (autocommit) with the key and the engine's safety settings."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=timeout)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary files while sorting
    except BaseException:
        conn.close()
        raise
    return conn


def _tables(conn: Any, schema: str = "main") -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]


def _counts(conn: Any, schema: str = "main") -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]
            for t in _tables(conn, schema) if t != MANIFEST_TABLE}


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for p in (path, *_sidecars(path)):
        p.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _now() -> str:
    return Clock.utc_iso()


def _export(source: Path, key: bytes, target: Path, manifest: dict[str, Any]) -> dict[str, int]:
    """Export ``source`` into the new file ``target`` (same key) with the manifest; returns the row
    counts of the snapshot that was exported."""
    conn = _connect(source, key)
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(target), f"x'{key.hex()}'"))
        conn.execute("BEGIN")  # one read snapshot of main for the counts and the export
        counts = _counts(conn)
        revision = _revision(conn)
        conn.execute("SELECT sqlcipher_export('backup')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA backup.user_version = {version}")
        conn.execute(f'CREATE TABLE backup."{MANIFEST_TABLE}" (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
        full = manifest | {"schema_revision": revision, "counts": counts}
        conn.executemany(f'INSERT INTO backup."{MANIFEST_TABLE}" (key, value) VALUES (?, ?)',
                         [(k, json.dumps(v, sort_keys=True)) for k, v in full.items()])
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()
    return counts


def _revision(conn: Any) -> str | None:
    if "alembic_version" not in _tables(conn):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _manifest(conn: Any) -> dict[str, Any] | None:
    if MANIFEST_TABLE not in _tables(conn):
        return None
    return {k: json.loads(v) for k, v in conn.execute(f'SELECT key, value FROM "{MANIFEST_TABLE}"')}


def verify_backup(path: str | os.PathLike[str], key: bytes) -> BackupInfo:
    """Check a backup file with ``key`` without changing it: it opens, every page's HMAC and the
    b-trees are sound, it is a database of ours, and its tables hold the rows its manifest says.

    ``WrongBackupKey`` when the key does not open it; ``BackupError`` for a missing, damaged,
    plaintext or foreign file.  (A newer schema is not refused here: see ``restore_backup``.)"""
    import sqlcipher3

    path = Path(path)
    if not path.is_file():
        raise BackupError(NOT_FOUND, file=path.name)
    if is_plaintext_sqlite(path):
        raise BackupError(PLAINTEXT_FILE)
    if path.stat().st_size == 0:
        raise BackupError(DAMAGED, reason=R_EMPTY)
    conn = _connect(path, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher3.DatabaseError as exc:
            if "file is not a database" in str(exc):
                raise WrongBackupKey(WRONG_BACKUP_KEY) from None
            raise
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            raise BackupError(DAMAGED, reason=problems[0])
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError(DAMAGED, reason=str(result)[:120])
        revision = _revision(conn)
        if revision is None:
            raise BackupError(NOT_A_BACKUP)
        manifest = _manifest(conn)
        counts = _counts(conn)
    except sqlcipher3.DatabaseError as exc:  # "database disk image is malformed" and the like
        raise BackupError(DAMAGED, reason=str(exc)[:120]) from None
    finally:
        conn.close()
    if manifest is None:
        return BackupInfo(revision, counts)
    expected = {str(k): int(v) for k, v in dict(manifest.get("counts") or {}).items()}
    if manifest.get("format") != MANIFEST_FORMAT or expected != counts or manifest.get("schema_revision") != revision:
        missing = sorted(t for t in set(expected) | set(counts) if expected.get(t) != counts.get(t))
        log.warning("backup rows differ from its manifest in: %s", ", ".join(missing[:5]))  # table names only
        raise BackupError(DAMAGED, reason=R_MANIFEST)
    return BackupInfo(revision, counts, str(manifest.get("created") or "") or None,
                      str(manifest.get("app_version") or "") or None)


def write_backup(source: Path, key: bytes, target: str | os.PathLike[str]) -> BackupResult:
    """Export, verify and atomically write the backup of the database file ``source`` (opened with
    ``key``) to ``target``.  No permission check, no audit: see ``create_backup``."""
    from transition_app import __version__
    from transition_app.security.keys import keyinfo_path

    target = Path(target).expanduser().absolute()
    source = source.absolute()
    own = {source, keyinfo_path(source), *_sidecars(source)}
    if target in own or target.resolve() in {p.resolve() for p in own}:
        raise BackupError(TARGET_IS_DATABASE)
    if not target.parent.is_dir():
        raise BackupError(NO_FOLDER, folder=target.parent)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    manifest = {"format": MANIFEST_FORMAT, "created": _now(), "app_version": __version__}
    try:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private from the start
            os.close(fd)
            counts = _export(source, key, tmp, manifest)
            _fsync_file(tmp)
        except OSError as exc:
            raise BackupError(WRITE_FAILED, reason=exc.strerror or type(exc).__name__) from None
        except ServiceError:
            raise
        except Exception as exc:  # sqlcipher3 errors: disk full, I/O error
            raise BackupError(WRITE_FAILED, reason=type(exc).__name__) from None
        try:
            info = verify_backup(tmp, key)
        except BackupError as exc:
            raise BackupError(VERIFY_FAILED, reason=exc) from None
        if info.counts != counts:
            raise BackupError(VERIFY_FAILED, reason=R_COUNTS)
        size = tmp.stat().st_size
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        _remove(tmp)
        raise
    return BackupResult(target, info, size)


# ----------------------------------------------------------------------------- backup


def create_backup(db: Database, actor: Actor, target: str | os.PathLike[str], *,
                  key: bytes | None = None) -> BackupResult:
    """A verified, encrypted backup of the embedded database ``db`` at ``target`` (coordinators);
    recorded in the audit log (revision and counts, never the file name).  See the module's
    documentation."""
    from transition_app.services.audit import AuditAction, record

    actor.require(Permission.BACKUP)
    source = is_file_database(db.engine)
    raw_key = key if key is not None else database_key(db.engine)
    if source is None or not is_encrypted(db.engine):
        raise BackupError(NOT_ENCRYPTED_DB)
    result = write_backup(source, raw_key, target)
    with db.session() as s:
        record(s, actor, AuditAction.BACKUP, revision=result.info.schema_revision,
               families=result.info.families, rows=sum(result.info.counts.values()))
    return result


# ----------------------------------------------------------------------------- restore


def _check_revision(revision: str) -> None:
    from transition_app.store.upgrade import SCHEMA_HEAD, known_revisions

    if revision != SCHEMA_HEAD and revision not in known_revisions():
        raise BackupError(TOO_NEW, revision=revision)


def _take_over(path: Path, key: bytes) -> None:
    """Make sure nobody else has the database open (an exclusive lock) and fold its WAL in."""
    import sqlcipher3

    conn = _connect(path, key, timeout=0.5)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(IN_USE) from None
        raise
    finally:
        conn.close()


def _safety_copy(paths: AppPaths, key_changes: bool) -> Path:
    from transition_app.security.keys import keyinfo_path

    db = paths.database
    paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = Clock.file_stamp()
    target = paths.backups / f"{db.stem}_{SAFETY_COPY_STEM}_{stamp}{db.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = paths.backups / f"{db.stem}_{SAFETY_COPY_STEM}_{stamp}-{n}{db.suffix}"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private from the start
    os.close(fd)
    shutil.copyfile(db, target)
    _fsync_file(target)
    if key_changes and keyinfo_path(db).exists():  # the old key opens the safety copy: keep its information
        shutil.copy2(keyinfo_path(db), keyinfo_path(target))
    return target


def restore_backup(paths: AppPaths, source: str | os.PathLike[str], *, store: Any,
                   current: Database | None = None, actor: Actor | None = None,
                   recovery_key: str | None = None, passphrase: str | None = None,
                   sign_in: Callable[[Database], Actor] | None = None, kdf: Any = None) -> RestoreResult:
    """Replace the embedded database of ``paths`` by the backup ``source`` (see the module's
    documentation).

    * An existing database: ``current`` is its open ``Database`` (its connections are closed here;
      reopen the database afterwards: its caches are stale) and ``actor`` the coordinator signed
      in to it.
    * A fresh machine (no database yet, ``current`` None): ``recovery_key`` is required.
    * Without ``actor`` (a fresh machine, or a database nobody can sign in to yet), ``sign_in`` is
      called with the restored data before anything is replaced: it returns the person (who must
      be a coordinator of the restored data) or raises.
    * ``store`` / ``passphrase`` / ``kdf``: where a key taken from ``recovery_key`` is kept
      (keyring, else wrapped by ``passphrase``), exactly as ``keys.restore_with_recovery_key``.
    """
    from transition_app.security import NEEDS_NEW_PASSPHRASE, KeyUnavailable
    from transition_app.security.keys import keyinfo_path, parse_recovery_key, restore_with_recovery_key
    from transition_app.services.audit import AuditAction, record
    from transition_app.store.upgrade import upgrade_database

    fresh = current is None
    if actor is not None:
        actor.require(Permission.BACKUP)
    elif sign_in is None:
        raise PermissionDenied(NOT_ALLOWED)
    if fresh:
        if not recovery_key:
            raise BackupError(NEEDS_RECOVERY_KEY)
        current_key = None
    else:
        assert current is not None
        current_key = database_key(current.engine)
        if (is_file_database(current.engine) or Path()).resolve() != paths.database.resolve():
            raise BackupError(NOT_ENCRYPTED_DB)
    source = Path(source).expanduser()
    if not source.is_file():
        raise BackupError(NOT_FOUND, file=source.name)
    if source.absolute() == paths.database.absolute():
        raise BackupError(TARGET_IS_DATABASE)
    recovered = parse_recovery_key(recovery_key) if recovery_key else None  # a typo: InvalidRecoveryKey

    db_path = paths.database
    staged = db_path.with_name(f".{db_path.name}{RESTORING_PREFIX}{secrets.token_hex(6)}")
    scratch = db_path.with_name(f".{db_path.name}{RESTORING_PREFIX}{secrets.token_hex(6)}.d")
    try:
        # 1. a private copy next to the database, verified with the current key, else the recovery key
        fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        shutil.copyfile(source, staged)
        key: bytes | None = None
        info: BackupInfo | None = None
        if current_key is not None:
            try:
                info, key = verify_backup(staged, current_key), current_key
            except WrongBackupKey:
                if recovered is None:
                    raise
        if info is None:
            assert recovered is not None
            try:
                info, key = verify_backup(staged, recovered), recovered
            except WrongBackupKey:
                raise WrongBackupKey(WRONG_BACKUP_RECOVERY_KEY) from None
        assert key is not None
        new_key = key != current_key
        if new_key and passphrase is None and not store.is_system:
            raise KeyUnavailable(NEEDS_NEW_PASSPHRASE, needs="new_passphrase")
        _check_revision(info.schema_revision)

        # 2. the manifest goes, the schema comes up to date - on the copy
        conn = _connect(staged, key)
        try:
            conn.execute(f'DROP TABLE IF EXISTS "{MANIFEST_TABLE}"')
        finally:
            conn.close()
        scratch.mkdir(mode=0o700)
        engine = create_engine_for(sqlite_url(staged), key=key)
        try:
            upgraded = upgrade_database(engine, scratch)
            if actor is None:  # nobody signed in to a database here: the person signs in to the restored data
                assert sign_in is not None
                actor = sign_in(Database(engine))
                actor.require(Permission.BACKUP)
        finally:
            engine.dispose()
        assert actor is not None

        # 3. a key from the recovery key: kept on this machine for the copy, before anything is replaced
        if new_key:
            assert recovery_key is not None
            restore_with_recovery_key(staged, store, recovery_key, passphrase, kdf=kdf)

        # 4. nobody else on the database; a safety copy; the replacement
        safety = None
        if not fresh:
            assert current is not None and current_key is not None
            current.dispose()
            _take_over(db_path, current_key)
            safety = _safety_copy(paths, new_key)
        for extra in _sidecars(db_path) + _sidecars(staged):
            extra.unlink(missing_ok=True)
        os.replace(staged, db_path)
        if new_key:
            os.replace(keyinfo_path(staged), keyinfo_path(db_path))
        _fsync_dir(db_path.parent)
    except BaseException:
        _remove(staged)
        keyinfo_path(staged).unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    # 5. the restore, in the restored database's audit log
    from transition_app.security.keys import open_encrypted_engine
    from transition_app.store.models import Worker

    engine = open_encrypted_engine(paths, key)
    try:
        upgrade_database(engine, paths.backups)  # already at head: one small query
        restored = Database(engine)
        with restored.session() as s:
            worker_id = s.scalar(select(Worker.id).where(Worker.username == actor.username))
            who = Actor(worker_id, actor.username, actor.role, actor.centre_id if worker_id else None)
            record(s, who, AuditAction.RESTORE, revision=info.schema_revision, to_revision=upgraded.to_revision,
                   backup_created=info.created, families=info.families, fresh_machine=fresh or None,
                   new_key=new_key or None, safety_copy=safety.name if safety else None)
    finally:
        engine.dispose()
    return RestoreResult(db_path, info, safety, upgraded.to_revision, new_key, who)
