"""The encrypted store (SQLCipher) and its key: keyring path, passphrase path, recovery key,
wrong keys and foreign files, and no personal data in plaintext in any file the application wrote."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import text

from tests.conftest import TODAY, family_input, person
from tests.unit.test_secrets import MemoryKeyring
from transition_app.domain.text import fold
from transition_app.paths import AppPaths
from transition_app.security import (
    ForeignFile,
    InvalidRecoveryKey,
    KeyUnavailable,
    NotEncrypted,
    WrongKey,
    keys,
)
from transition_app.security.encrypt_existing import encrypt_existing
from transition_app.security.secrets import KeyringSecretStore
from transition_app.services.dto import FamilyQuery
from transition_app.services.families import FamilyService
from transition_app.store.database import Database
from transition_app.store.engine import create_engine_for, is_plaintext_sqlite, sqlite_url
from transition_app.store.upgrade import backup_file, upgrade_database

CHEAP = keys.KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)
PASSPHRASE = "cinq moutons verts à Namur"
NAMES = ("Quixandrela", "Zorbuvetskaya", "Xylophantine", "Brumwaldtikov", "Żółtkiewiczówna", "زمردينة")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def open_db(paths: AppPaths, key: bytes) -> Database:
    engine = keys.open_encrypted_engine(paths, key)
    upgrade_database(engine, paths.backups)
    return Database(engine)


def add_families(db: Database) -> FamilyService:
    service = FamilyService(db, today=lambda: TODAY)
    service.create_family(family_input(person(NAMES[0], NAMES[1]), person(NAMES[2], NAMES[1], "child")))
    detail = service.create_family(family_input(person(NAMES[4], NAMES[3]), person(NAMES[5], NAMES[3], "spouse",
                                                                                   sex="M")))
    service.add_note(detail.id, f"Rendez-vous avec {NAMES[4]} {NAMES[3]} au CPAS")
    return service


# --- the normal path: a key in the keyring -----------------------------------------------------

def test_first_run_with_keyring_then_reopen(app_paths, memory_keyring):
    store = KeyringSecretStore()
    assert keys.database_state(app_paths) is keys.DatabaseState.NEW
    first = keys.obtain_key(app_paths, store)
    assert first.created and first.source is keys.KeySource.KEYRING and first.recovery_key
    assert keys.parse_recovery_key(first.recovery_key) == first.key
    db = open_db(app_paths, first.key)
    add_families(db)
    db.dispose()
    assert not is_plaintext_sqlite(app_paths.database)
    assert keys.database_state(app_paths) is keys.DatabaseState.KEYRING
    assert len(memory_keyring.data) == 1

    again = keys.obtain_key(app_paths, store)
    assert not again.created and again.key == first.key
    assert again.recovery_key == first.recovery_key  # not acknowledged yet: shown again
    keys.acknowledge_recovery_key(app_paths)
    assert keys.obtain_key(app_paths, store).recovery_key is None
    db = open_db(app_paths, again.key)
    service = FamilyService(db, today=lambda: TODAY)
    assert service.count() == 2
    assert [s.household_name for s in service.search(FamilyQuery(text=NAMES[0].lower()))]
    db.dispose()


def test_engine_repr_and_url_do_not_show_the_key(app_paths, memory_keyring):
    new = keys.obtain_key(app_paths, KeyringSecretStore())
    engine = keys.open_encrypted_engine(app_paths, new.key)
    try:
        for shown in (repr(engine), str(engine.url), repr(engine.url), repr(new), repr(keys.read_keyinfo(app_paths))):
            assert new.key.hex() not in shown.lower()
        assert engine.dialect.driver == "pysqlcipher"
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    finally:
        engine.dispose()


# --- the passphrase path: no usable keyring -----------------------------------------------------

def test_passphrase_path_without_keyring(app_paths, no_keyring):
    store = KeyringSecretStore()
    assert not store.is_system
    with pytest.raises(KeyUnavailable) as err:
        keys.obtain_key(app_paths, store)
    assert err.value.needs == "new_passphrase"
    assert not app_paths.database.exists()

    first = keys.obtain_key(app_paths, store, PASSPHRASE, kdf=CHEAP)
    assert first.created and first.source is keys.KeySource.PASSPHRASE
    db = open_db(app_paths, first.key)
    add_families(db)
    db.dispose()
    assert keys.database_state(app_paths) is keys.DatabaseState.PASSPHRASE

    with pytest.raises(KeyUnavailable) as err:
        keys.obtain_key(app_paths, store)
    assert err.value.needs == "passphrase"
    before = snapshot(app_paths.root)
    with pytest.raises(WrongKey, match="passphrase is not correct"):
        keys.obtain_key(app_paths, store, PASSPHRASE.upper())
    assert snapshot(app_paths.root) == before
    assert keys.obtain_key(app_paths, store, PASSPHRASE).key == first.key


def test_changing_the_passphrase_does_not_touch_the_database(app_paths, no_keyring):
    store = KeyringSecretStore()
    first = keys.obtain_key(app_paths, store, PASSPHRASE, kdf=CHEAP)
    open_db(app_paths, first.key).dispose()
    db_bytes = app_paths.database.read_bytes()
    keys.change_protection(app_paths, store, first.key, "un tout autre secret", kdf=CHEAP)
    assert app_paths.database.read_bytes() == db_bytes
    with pytest.raises(WrongKey):
        keys.unlock(app_paths, store, PASSPHRASE)
    assert keys.unlock(app_paths, store, "un tout autre secret") == first.key
    assert keys.unlock(app_paths, store, recovery_key=first.recovery_key) == first.key


def test_forgotten_passphrase_recovered_with_the_recovery_key(app_paths, no_keyring):
    store = KeyringSecretStore()
    first = keys.obtain_key(app_paths, store, PASSPHRASE, kdf=CHEAP)
    open_db(app_paths, first.key).dispose()
    with pytest.raises(KeyUnavailable) as err:
        keys.restore_with_recovery_key(app_paths, store, first.recovery_key)  # no keyring, no new passphrase
    assert err.value.needs == "new_passphrase"
    assert keys.restore_with_recovery_key(app_paths, store, first.recovery_key, "nouvelle phrase secrète",
                                          kdf=CHEAP) == first.key
    assert keys.unlock(app_paths, store, "nouvelle phrase secrète") == first.key


# --- wrong keys, foreign and plaintext files: clear errors, files untouched ---------------------

def test_wrong_recovery_key_and_typos(app_paths, memory_keyring):
    store = KeyringSecretStore()
    first = keys.obtain_key(app_paths, store)
    open_db(app_paths, first.key).dispose()
    before = snapshot(app_paths.root)
    other = keys.format_recovery_key(os.urandom(32))
    with pytest.raises(WrongKey, match="recovery key does not open"):
        keys.obtain_key(app_paths, store, recovery_key=other)
    with pytest.raises(InvalidRecoveryKey):
        keys.obtain_key(app_paths, store, recovery_key=first.recovery_key[:-1] + "?")
    assert snapshot(app_paths.root) == before


def test_wrong_raw_key_is_refused_before_any_write(app_paths, memory_keyring, capfd):
    first = keys.obtain_key(app_paths, KeyringSecretStore())
    db = open_db(app_paths, first.key)
    add_families(db)
    db.dispose()
    before = snapshot(app_paths.root)
    with pytest.raises(WrongKey, match="has not been changed"):
        create_engine_for(sqlite_url(app_paths.database), key=os.urandom(32))
    assert snapshot(app_paths.root) == before
    out, err = capfd.readouterr()
    assert "hmac" not in err.lower() and "Traceback" not in err


@pytest.mark.parametrize("content", [
    os.urandom(8192),                                            # random bytes (e.g. another program's file)
    b"Family list\nQuixandrela Zorbuvetskaya\n" * 50,            # a text file
], ids=["random", "text"])
def test_foreign_file_without_key_information(app_paths, memory_keyring, content):
    app_paths.database.write_bytes(content)
    store = KeyringSecretStore()
    assert keys.database_state(app_paths) is keys.DatabaseState.NO_KEYINFO
    before = snapshot(app_paths.root)
    with pytest.raises(KeyUnavailable) as err:
        keys.obtain_key(app_paths, store)
    assert err.value.needs == "recovery_key"
    with pytest.raises(WrongKey):
        keys.obtain_key(app_paths, store, recovery_key=keys.format_recovery_key(os.urandom(32)))
    assert snapshot(app_paths.root) == before


def test_foreign_file_with_key_information(app_paths, memory_keyring, tmp_path):
    store = KeyringSecretStore()
    first = keys.obtain_key(app_paths, store)
    open_db(app_paths, first.key).dispose()
    # another encrypted database's file put in place of ours (the sidecar stays)
    other = AppPaths(tmp_path / "other").ensure()
    second = keys.obtain_key(other, store)
    open_db(other, second.key).dispose()
    shutil.copy2(other.database, app_paths.database)
    before = snapshot(app_paths.root)
    key = keys.obtain_key(app_paths, store).key
    with pytest.raises(ForeignFile, match="has not been changed"):
        keys.open_encrypted_engine(app_paths, key)
    assert snapshot(app_paths.root) == before


def test_plaintext_database_is_recognised_and_untouched(app_paths, memory_keyring):
    engine = create_engine_for(sqlite_url(app_paths.database))
    upgrade_database(engine, app_paths.backups)
    engine.dispose()
    store = KeyringSecretStore()
    assert keys.database_state(app_paths) is keys.DatabaseState.PLAINTEXT
    before = snapshot(app_paths.root)
    with pytest.raises(NotEncrypted):
        keys.obtain_key(app_paths, store)
    with pytest.raises(NotEncrypted):
        create_engine_for(sqlite_url(app_paths.database), key=os.urandom(32))
    with pytest.raises(NotEncrypted):
        keys.create_key(app_paths, store)
    assert snapshot(app_paths.root) == before
    assert memory_keyring.data == {}


def test_plain_sqlite_path_still_works(app_paths):
    engine = create_engine_for(sqlite_url(app_paths.database))
    upgrade_database(engine, app_paths.backups)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM family")).scalar() == 0
    engine.dispose()
    assert is_plaintext_sqlite(app_paths.database)


def test_damaged_key_information_recovered_with_the_recovery_key(app_paths, memory_keyring):
    store = KeyringSecretStore()
    first = keys.obtain_key(app_paths, store)
    open_db(app_paths, first.key).dispose()
    keys.keyinfo_path(app_paths).write_text("{damaged")
    with pytest.raises(keys.KeyInfoError):
        keys.obtain_key(app_paths, store)
    with pytest.raises(WrongKey):
        keys.obtain_key(app_paths, store, recovery_key=keys.format_recovery_key(os.urandom(32)))
    assert keys.obtain_key(app_paths, store, recovery_key=first.recovery_key).key == first.key
    assert keys.obtain_key(app_paths, store).key == first.key


# --- recovery on another machine -------------------------------------------------------------

@pytest.mark.parametrize("with_sidecar", [True, False], ids=["with-keyinfo", "database-only"])
def test_recovery_on_another_machine(app_paths, memory_keyring, tmp_path, with_sidecar):
    store = KeyringSecretStore()
    first = keys.obtain_key(app_paths, store)
    db = open_db(app_paths, first.key)
    add_families(db)
    db.dispose()

    other = AppPaths(tmp_path / "other-machine").ensure()
    shutil.copy2(app_paths.database, other.database)
    if with_sidecar:
        shutil.copy2(keys.keyinfo_path(app_paths), keys.keyinfo_path(other))
    memory_keyring.data.clear()  # the other machine's keyring is empty

    with pytest.raises(KeyUnavailable) as err:
        keys.obtain_key(other, store)
    assert err.value.needs == "recovery_key"
    typed = first.recovery_key.lower().replace("-", " ")
    restored = keys.obtain_key(other, store, recovery_key=typed)
    assert restored.key == first.key and restored.recovery_key is None  # the user has it
    assert len(memory_keyring.data) == 1
    assert keys.obtain_key(other, store).key == first.key  # re-stored: no question any more
    db = open_db(other, first.key)
    assert FamilyService(db).count() == 2
    db.dispose()


# --- no personal data in plaintext anywhere ---------------------------------------------------

def needles() -> list[bytes]:
    forms = set()
    for name in NAMES:
        forms |= {name, name.lower(), name.upper(), fold(name)}
    out = []
    for form in forms:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(form.encode(enc))
    return out


def assert_no_plaintext(*folders: Path) -> int:
    found, scanned = [], 0
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                scanned += 1
                found += [(str(path), n) for n in needles() if n in data]
    assert found == []
    return scanned


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """A temp folder of our own, so that every temporary file written is scanned."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def log_to_data_folder(app_paths) -> Iterator[Path]:
    handler = logging.FileHandler(app_paths.logs / "transition-app.log", encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    sa = logging.getLogger("sqlalchemy.engine")
    old_sa = sa.level
    sa.setLevel(logging.INFO)  # every SQL statement (parameters are hidden by the engine)
    yield app_paths.logs
    sa.setLevel(old_sa)
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def test_no_personal_data_in_plaintext_in_any_file(app_paths, memory_keyring, private_tmp, log_to_data_folder):
    store = KeyringSecretStore()
    first = keys.obtain_key(app_paths, store)
    db = open_db(app_paths, first.key)
    service = add_families(db)
    for i in range(300):  # enough rows for sorting, the WAL and more than a few pages
        service.create_family(family_input(person(f"{NAMES[0]}{i}", NAMES[1])))
    assert len(service.search(FamilyQuery(text=fold(NAMES[1])))) == 301
    assert len(service.list_summaries()) == 302
    backup = backup_file(db.engine, app_paths.backups, "0002")
    assert backup is not None and backup.exists()
    from transition_app.access.permissions import SYSTEM
    from transition_app.services.backup import create_backup

    made = create_backup(db, SYSTEM, app_paths.root / "centre.backup")  # `transition-app backup`
    assert made.info.families == 302 and not made.path.read_bytes().startswith(b"SQLite format 3")
    service.create_family(family_input(person(NAMES[2], NAMES[3])))  # more in the WAL after the backup
    wal = app_paths.database.with_name(app_paths.database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    logging.getLogger("transition_app").info("families created")
    scanned = assert_no_plaintext(app_paths.root, private_tmp)  # while open: database, WAL, backup, log
    db.dispose()
    assert_no_plaintext(app_paths.root, private_tmp)
    assert scanned >= 5
    # the check itself works: the names are findable once decrypted
    db = Database(keys.open_encrypted_engine(app_paths, first.key))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM person WHERE family_name = :n"),
                            {"n": NAMES[1]}).scalar() == 302
    db.dispose()


def test_encrypt_existing_plaintext_database(app_paths, memory_keyring, private_tmp):
    engine = create_engine_for(sqlite_url(app_paths.database))
    upgrade_database(engine, app_paths.backups)
    db = Database(engine)
    add_families(db)
    plain_backup = backup_file(engine, app_paths.backups, "0001")
    engine.dispose()
    assert plain_backup is not None and NAMES[0].encode() in plain_backup.read_bytes()

    result = encrypt_existing(app_paths, KeyringSecretStore())
    assert result.encrypted_backups == (plain_backup,)
    assert keys.database_state(app_paths) is keys.DatabaseState.KEYRING
    assert_no_plaintext(app_paths.root, private_tmp)
    key = keys.obtain_key(app_paths, KeyringSecretStore()).key
    assert key == result.new_key.key
    db = open_db(app_paths, key)
    assert FamilyService(db).count() == 2
    db.dispose()
    backup_engine = create_engine_for(sqlite_url(plain_backup), key=key)
    with backup_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM family")).scalar() == 2
    backup_engine.dispose()


# --- a real Secret Service (gnome-keyring in a private D-Bus session) --------------------------

SECRET_SERVICE_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from transition_app.paths import AppPaths
    from transition_app.security import keys
    from transition_app.security.secrets import KeyringSecretStore
    store = KeyringSecretStore()
    print("BACKEND", store.backend_name, store.is_system)
    paths = AppPaths(Path(sys.argv[2])).ensure()
    if sys.argv[1] == "create":
        u = keys.obtain_key(paths, store)
        engine = keys.open_encrypted_engine(paths, u.key)
        from transition_app.store.upgrade import upgrade_database
        upgrade_database(engine, paths.backups)
        engine.dispose()
        print("CREATED", u.created, u.source.value)
    else:
        u = keys.obtain_key(paths, store)
        keys.open_encrypted_engine(paths, u.key).dispose()
        print("UNLOCKED", u.created, u.source.value)
""")


def test_real_secret_service(tmp_path):
    tools = ("dbus-run-session", "gnome-keyring-daemon")
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: gnome-keyring libsecret-tools dbus-x11)")
    try:
        import secretstorage  # noqa: F401
    except ImportError:
        pytest.skip("needs the SecretStorage package (keyring's Linux backend)")
    script = tmp_path / "probe.py"
    script.write_text(SECRET_SERVICE_SCRIPT)
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    py = sys.executable
    shell = (f'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null; '
             f'"{py}" "{script}" create "{data}" && "{py}" "{script}" unlock "{data}"; rc=$?; '
             f'command -v secret-tool >/dev/null && secret-tool search service transition-app >/dev/null 2>&1 '
             f'&& echo SECRET_TOOL_SEES_IT; exit $rc')
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING", "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_RUNTIME_DIR=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
    proc = subprocess.run(["dbus-run-session", "--", "bash", "-c", shell], env=env, capture_output=True,
                          text=True, timeout=120)
    if "BACKEND" not in proc.stdout:
        pytest.skip(f"no Secret Service could be started here: {proc.stderr.strip()[-300:]}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "BACKEND keyring.backends.SecretService.Keyring True" in proc.stdout
    assert "CREATED True keyring" in proc.stdout and "UNLOCKED False keyring" in proc.stdout
    assert keys.read_keyinfo(data / "transition.db").key_source is keys.KeySource.KEYRING
