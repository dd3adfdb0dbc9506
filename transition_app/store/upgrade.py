"""Bring a database to the schema this code expects, safely.

* A new, empty database is created at the current head.
* An older one is **backed up** (file copy after a WAL checkpoint) and upgraded
  with Alembic, each revision in its own transaction.
* A database whose revision this code does not know (written by a newer version)
  is refused with a clear message and left untouched.

Checking an up-to-date database costs one small query and does not import Alembic,
which keeps start-up fast.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from transition_app.clock import Clock
from transition_app.domain.validation import ErrorCode, ServiceError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.store.engine import is_file_database

#: The newest revision in ``migrations/versions`` (a test checks it matches Alembic's head).
SCHEMA_HEAD = "0006"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

TOO_NEW = ErrorCode("database.too_new", QT_TRANSLATE_NOOP(
    "Database",
    "This database was written by a newer version of Transition Assistant (schema {revision}). "
    "Install the newer version to open it; the file has not been changed.",
), "Database")
FOREIGN = ErrorCode("database.foreign", QT_TRANSLATE_NOOP(
    "Database", "This file is not a Transition Assistant database; it has not been changed."
), "Database")


class DatabaseVersionError(ServiceError):
    default_context = "Database"


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(connection: object) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def backup_file(engine: Engine, backups_dir: Path, revision: str | None) -> Path | None:
    path = is_file_database(engine)
    if path is None or not path.exists():
        return None
    with engine.connect() as conn:
        if engine.url.get_backend_name() == "sqlite":
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = Clock.file_stamp()
    target = backups_dir / f"{path.stem}_{revision or 'base'}_{stamp}{path.suffix}"
    shutil.copy2(path, target)
    return target


def upgrade_database(engine: Engine, backups_dir: Path) -> UpgradeResult:
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return UpgradeResult(revision, revision, None)
    if revision is None:
        with engine.connect() as conn:
            if inspect(conn).get_table_names():
                raise DatabaseVersionError(FOREIGN)
    elif revision not in known_revisions():
        raise DatabaseVersionError(TOO_NEW, revision=revision)

    from alembic import command

    backup = backup_file(engine, backups_dir, revision) if revision is not None else None
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")  # type: ignore[arg-type]
    return UpgradeResult(revision, SCHEMA_HEAD, backup)
