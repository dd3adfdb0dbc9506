"""The one place where database engines are created.

* embedded default: a SQLite file (WAL, foreign keys on);
* ``--database URL``: any SQLAlchemy URL, e.g. PostgreSQL;
* the encrypted store (SQLCipher) plugs in here too.

Parameters are hidden from SQLAlchemy's error messages (``hide_parameters``) so
that names of families never reach a log or a crash report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
    finally:
        cur.close()


def create_engine_for(url: URL | str, **kwargs: Any) -> Engine:
    """Create the engine for ``url`` with the settings this application needs."""
    url = make_url(url) if isinstance(url, str) else url
    engine = create_engine(url, hide_parameters=True, future=True, **kwargs)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def is_file_database(engine: Engine) -> Path | None:
    """Path of the database file for SQLite-family engines, else None."""
    if engine.url.get_backend_name() == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        return Path(engine.url.database)  # type: ignore[arg-type]
    return None
