"""The one place where database engines are created.

* embedded default: a SQLite file (WAL, foreign keys on);
* ``--database URL``: any SQLAlchemy URL, e.g. PostgreSQL;
* the encrypted store: the same SQLite file format encrypted with SQLCipher
  (``sqlite+pysqlcipher`` dialect over the ``sqlcipher3`` module), opened with a **raw
  256-bit key** (``create_engine_for(url, key=...)``).

Parameters are hidden from SQLAlchemy's error messages (``hide_parameters``) so
that names of families never reach a log or a crash report.

SQLCipher notes:

* The key is passed as SQLCipher's raw-key literal ``x'<64 hex>'`` so SQLCipher skips its own
  PBKDF2 (256,000 iterations, ~130 ms per connection): the key is already random, and the slow
  KDF for passphrases is done once by ``security.keys`` (argon2id).  It goes through the URL's
  password field, which SQLAlchemy never renders (``str(url)``, ``repr(engine)`` mask it).
* ``temp_store=MEMORY`` keeps sort/temp b-trees out of plaintext temp files; the WAL and the
  rollback journal are encrypted by SQLCipher like the database pages.
* A wrong key connects fine and fails on the first read: each new connection reads
  ``sqlite_master`` before anything else, and "file is not a database" becomes ``WrongKey``
  (never a traceback; nothing has been written at that point).  A plaintext SQLite file is
  recognised by its header before any connection and refused (``NotEncrypted``), untouched.
* SQLCipher's own log (``hmac check failed`` on stderr) is silenced.
* SQLCipher 4 defaults are kept (AES-256-CBC, HMAC-SHA512 per 4 KiB page, memory security off);
  only the page cache is enlarged (see ``_sqlcipher_pragmas``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, exc, make_url

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
SQLCIPHER_CACHE_KIB = 32768


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlcipher_url(path: Path, key: bytes) -> URL:
    """URL of an encrypted database file; the key is held in the (never rendered) password."""
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError("a SQLCipher key is 32 random bytes")
    return URL.create("sqlite+pysqlcipher", password=f"x'{bytes(key).hex()}'", database=str(path))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
    finally:
        cur.close()


def _sqlcipher_pragmas(dbapi_conn: Any, record: Any) -> None:
    # The dialect has already run ``PRAGMA key`` (it must come first).
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" on stderr
        # Verify the key before anything else touches the file: a wrong key fails here.
        cur.execute("SELECT count(*) FROM sqlite_master").fetchall()
        cur.execute("PRAGMA temp_store=MEMORY")
        # A bigger page cache (32 MiB, default 2 MiB) keeps decrypted pages between queries on a
        # pooled connection: without it every search re-decrypts (and re-HMACs) the family table,
        # 3x slower than plain SQLite on 10,000 families; with it, within 1.3x.
        cur.execute(f"PRAGMA cache_size=-{SQLCIPHER_CACHE_KIB}")
    finally:
        cur.close()
    _sqlite_pragmas(dbapi_conn, record)


def is_plaintext_sqlite(path: Path) -> bool:
    """True when ``path`` starts with the plaintext SQLite header (an unencrypted database)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_wrong_key_error(err: BaseException) -> bool:
    """``DatabaseError: file is not a database`` (a wrong key, or not a database at all)."""
    orig = getattr(err, "orig", err)
    return "file is not a database" in str(orig)


def create_engine_for(url: URL | str, *, key: bytes | None = None, verify: bool = True,
                      **kwargs: Any) -> Engine:
    """Create the engine for ``url`` with the settings this application needs.

    With ``key`` (32 bytes), ``url`` must name a SQLite file; the engine is a SQLCipher engine
    for it and, unless ``verify`` is False, the key is checked at once: ``WrongKey`` or
    ``NotEncrypted`` (from ``transition_app.security``) is raised and the file is not changed.
    A missing file is created encrypted on first use.
    """
    url = make_url(url) if isinstance(url, str) else url
    if key is not None:
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            raise ValueError("an encryption key needs a SQLite database file")
        return sqlcipher_engine(Path(url.database), key, verify=verify, **kwargs)  # type: ignore[arg-type]
    engine = create_engine(url, hide_parameters=True, future=True, **kwargs)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def sqlcipher_engine(path: Path, key: bytes, *, verify: bool = True, **kwargs: Any) -> Engine:
    """An engine over the SQLCipher file ``path`` opened with the raw ``key``."""
    from transition_app.security import NOT_ENCRYPTED, WRONG_KEY, NotEncrypted, WrongKey

    url = sqlcipher_url(path, key)
    if is_plaintext_sqlite(path):
        raise NotEncrypted(NOT_ENCRYPTED)
    from sqlalchemy.pool import QueuePool

    # Same pooling as plain SQLite files (the dialect's default SingletonThreadPool exists
    # because SQLCipher's PBKDF2 made connecting slow; a raw key makes it cheap).
    kwargs.setdefault("poolclass", QueuePool)
    engine = create_engine(url, hide_parameters=True, future=True, **kwargs)
    event.listen(engine, "connect", _sqlcipher_pragmas)
    if verify:
        try:
            with engine.connect():
                pass
        except exc.DatabaseError as err:
            engine.dispose()
            if is_wrong_key_error(err):
                raise WrongKey(WRONG_KEY) from None
            raise
    return engine


def is_encrypted(engine: Engine) -> bool:
    return engine.url.get_backend_name() == "sqlite" and engine.url.get_driver_name() == "pysqlcipher"


def is_file_database(engine: Engine) -> Path | None:
    """Path of the database file for SQLite-family engines, else None."""
    if engine.url.get_backend_name() == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        return Path(engine.url.database)  # type: ignore[arg-type]
    return None
