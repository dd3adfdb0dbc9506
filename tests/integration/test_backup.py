"""Encrypted backups: written verified and encrypted with the database key, restored (also on a
new computer with the recovery key), damaged or foreign files refused with the database untouched,
coordinators only, and both recorded in the audit log."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import text

from tests.conftest import TEST_PASSWORD, TEST_USER, TODAY, centre_input, family_input, person
from transition_app import cli
from transition_app.access.permissions import Actor
from transition_app.domain.text import fold
from transition_app.domain.validation import PermissionDenied
from transition_app.paths import AppPaths
from transition_app.security import InvalidRecoveryKey, keys
from transition_app.security.secrets import KeyringSecretStore
from transition_app.services import backup as backups
from transition_app.services.audit import AuditQuery
from transition_app.services.auth import AuthService
from transition_app.services.backup import BackupError, WrongBackupKey, create_backup, restore_backup, verify_backup
from transition_app.services.context import AppContext, open_context

SURNAMES = ("Vrzhelintoqua", "Ommbeladzhyra")
GIVEN = ("Quelvandrith", "Žabroňkaïs")
CHEAP = keys.KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)


def needles() -> list[bytes]:
    out = []
    for name in (*SURNAMES, *GIVEN):
        for form in {name, name.lower(), name.upper(), fold(name)}:
            out += [form.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return out


def files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


class Site:
    """An encrypted database with a coordinator, a social worker and two families."""

    def __init__(self, paths: AppPaths, surname: str = SURNAMES[0]):
        self.paths = paths
        self.unlocked = keys.obtain_key(paths, KeyringSecretStore())
        self.key = self.unlocked.key
        self.recovery_key = keys.format_recovery_key(self.key)
        self.ctx = self.open()
        chief = self.ctx.auth.create_coordinator(TEST_USER, "Chief Coordinator", TEST_PASSWORD).actor
        self.ctx = self.ctx.for_actor(chief)
        self.ctx.clock.freeze(TODAY)
        self.coordinator = chief
        centre = self.ctx.staff.create_centre(centre_input("Centre de test Jodoigne", "fedasil", "25043"))
        self.worker_view = self.ctx.auth.create_user("anna", "Anna Peeters", "social_worker", "a long worker password",
                                                     centre_id=centre.id)
        self.worker = Actor(self.worker_view.id, "anna", "social_worker", centre.id)
        self.ctx.families.create_family(family_input(person(GIVEN[0], surname), person(GIVEN[1], surname, "child")))
        self.ctx.families.create_family(family_input(person("Amal", "Haddad")))

    def open(self) -> AppContext:
        return open_context(self.paths, None, self.key)

    def reopen(self) -> AppContext:
        self.ctx.close()
        self.ctx = self.open().for_actor(self.coordinator)
        self.ctx.clock.freeze(TODAY)
        return self.ctx

    def count(self) -> int:
        return self.ctx.families.count()


@pytest.fixture
def site(app_paths) -> Iterator[Site]:
    s = Site(app_paths)
    yield s
    s.ctx.close()


@pytest.fixture
def other_site(tmp_path) -> Iterator[Site]:
    s = Site(AppPaths(tmp_path / "other-centre").ensure(), SURNAMES[1])
    yield s
    s.ctx.close()


def store() -> KeyringSecretStore:
    return KeyringSecretStore()


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- writing ------------------------------------------------------------------------------------

def test_backup_is_encrypted_verified_and_opens_with_the_recovery_key(site, tmp_path):
    target = tmp_path / "out" / "centre.backup"
    target.parent.mkdir()
    result = create_backup(site.ctx.db, site.coordinator, target)
    assert result.path == target and target.is_file() and result.size == target.stat().st_size
    assert result.info.families == 2 and result.info.schema_revision
    assert result.info.created and result.info.app_version
    data = target.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert [n for n in needles() if n in data] == []
    assert os.stat(target).st_mode & 0o077 == 0  # private
    assert sorted(p.name for p in target.parent.iterdir()) == ["centre.backup"]  # no temporary file left
    # the recovery key (typed by a human) opens it like the database
    key = keys.parse_recovery_key(site.recovery_key.lower().replace("-", " "))
    info = verify_backup(target, key)
    assert info.counts == result.info.counts and info.counts["family"] == 2
    from transition_app.store.engine import create_engine_for, sqlite_url

    engine = create_engine_for(sqlite_url(target), key=key)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM person WHERE family_name = :n"),
                            {"n": SURNAMES[0]}).scalar() == 2
    engine.dispose()


def test_backup_refuses_the_database_itself_a_missing_folder_and_a_plain_database(site, tmp_path):
    with pytest.raises(BackupError, match="belongs to the database itself"):
        create_backup(site.ctx.db, site.coordinator, site.paths.database)
    with pytest.raises(BackupError, match="does not exist"):
        create_backup(site.ctx.db, site.coordinator, tmp_path / "nowhere" / "x.backup")
    plain = open_context(AppPaths(tmp_path / "plain").ensure())  # a plain SQLite file, as in other tests
    try:
        with pytest.raises(BackupError, match="encrypted embedded database only"):
            create_backup(plain.db, site.coordinator, tmp_path / "plain.backup")
    finally:
        plain.close()
    assert not (tmp_path / "plain.backup").exists()


def test_a_failed_verification_leaves_no_file(site, tmp_path, monkeypatch):
    def broken(path, key):
        raise BackupError(backups.DAMAGED, reason="simulated")

    monkeypatch.setattr(backups, "verify_backup", broken)
    with pytest.raises(BackupError, match="did not pass its check"):
        create_backup(site.ctx.db, site.coordinator, tmp_path / "x.backup")
    assert list(tmp_path.glob("*x.backup*")) == []


# --- restoring ----------------------------------------------------------------------------------

def test_round_trip_data_changed_after_the_backup_is_gone(site, tmp_path):
    target = tmp_path / "centre.backup"
    create_backup(site.ctx.db, site.coordinator, target)
    site.ctx.families.create_family(family_input(person("Later", "Added")))
    assert site.count() == 3

    result = restore_backup(site.paths, target, store=store(), current=site.ctx.db, actor=site.coordinator)
    assert result.safety_copy is not None and result.safety_copy.parent == site.paths.backups
    assert not result.new_key and result.backup.families == 2
    ctx = site.reopen()
    assert site.count() == 2
    assert keys.obtain_key(site.paths, store()).key == site.key  # the same key, the same key information
    # the safety copy holds the data as it was before the restore, and restores back
    assert verify_backup(result.safety_copy, site.key).families == 3
    restore_backup(site.paths, result.safety_copy, store=store(), current=ctx.db, actor=site.coordinator)
    site.reopen()
    assert site.count() == 3
    leftovers = [p.name for p in site.paths.root.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_backup_and_restore_are_in_the_audit_log(site, tmp_path):
    target = tmp_path / "centre.backup"
    create_backup(site.ctx.db, site.coordinator, target)
    [entry] = site.ctx.audit.browse(AuditQuery(action="backup"))
    assert entry.actor == TEST_USER and entry.details["families"] == 2 and "rows" in entry.details
    assert str(tmp_path) not in json.dumps(entry.details)  # no file names

    restore_backup(site.paths, target, store=store(), current=site.ctx.db, actor=site.coordinator)
    ctx = site.reopen()
    [entry] = ctx.audit.browse(AuditQuery(action="restore"))
    assert entry.actor == TEST_USER and entry.actor_id == site.coordinator.worker_id
    assert entry.details["families"] == 2 and entry.details["safety_copy"].startswith("transition_before-restore_")
    assert ctx.audit.verify().ok  # the chain of the restored log is intact
    assert not ctx.audit.browse(AuditQuery(action="backup"))  # the backup was made before its own entry


@pytest.mark.parametrize("damage, expected", [
    ("half", "damaged or incomplete"), ("page-boundary", "damaged or incomplete"),
    ("flipped-byte", "damaged or incomplete"), ("empty", "damaged or incomplete"),
    ("random", "does not open with the key"), ("text", "does not open with the key"),
])
def test_damaged_backup_is_refused_and_the_database_untouched(site, tmp_path, damage, expected):
    good = tmp_path / "good.backup"
    create_backup(site.ctx.db, site.coordinator, good)
    data = good.read_bytes()
    bad = tmp_path / "bad.backup"
    bad.write_bytes({
        "half": data[: len(data) // 2 + 100],
        "page-boundary": data[: len(data) - 2 * 4096],
        "flipped-byte": data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 0xFF]) + data[len(data) // 2 + 1:],
        "empty": b"",
        "random": os.urandom(len(data)),
        "text": f"{GIVEN[0]} {SURNAMES[0]}\n".encode() * 100,
    }[damage])
    site.ctx.families.create_family(family_input(person("After", "Backup")))
    site.ctx.db.dispose()
    before = files(site.paths.root)
    with pytest.raises(BackupError) as err:
        restore_backup(site.paths, bad, store=store(), current=site.ctx.db, actor=site.coordinator)
    message = str(err.value)
    assert "Nothing has been changed" in message
    assert expected in message
    assert files(site.paths.root) == before
    assert site.count() == 3  # the live database still works, with its data


def test_wrong_key_is_refused(site, other_site, tmp_path):
    foreign = tmp_path / "other.backup"
    create_backup(other_site.ctx.db, other_site.coordinator, foreign)
    site.ctx.db.dispose()
    before = files(site.paths.root)
    with pytest.raises(WrongBackupKey, match="does not open with the key of this database"):
        restore_backup(site.paths, foreign, store=store(), current=site.ctx.db, actor=site.coordinator)
    with pytest.raises(WrongBackupKey, match="recovery key does not open this backup"):
        restore_backup(site.paths, foreign, store=store(), current=site.ctx.db, actor=site.coordinator,
                       recovery_key=keys.format_recovery_key(os.urandom(32)))
    with pytest.raises(InvalidRecoveryKey):
        restore_backup(site.paths, foreign, store=store(), current=site.ctx.db, actor=site.coordinator,
                       recovery_key="not-a-key")
    assert files(site.paths.root) == before
    assert site.count() == 2


def test_backup_of_another_database_restores_with_its_recovery_key(site, other_site, tmp_path, memory_keyring):
    foreign = tmp_path / "other.backup"
    create_backup(other_site.ctx.db, other_site.coordinator, foreign)
    result = restore_backup(site.paths, foreign, store=store(), current=site.ctx.db, actor=site.coordinator,
                            recovery_key=other_site.recovery_key)
    assert result.new_key
    assert keys.obtain_key(site.paths, store()).key == other_site.key  # the new key is kept in the keyring
    ctx = open_context(site.paths, None, other_site.key)
    try:
        names = {f.household_name for f in ctx.for_actor(site.coordinator).families.list_summaries()}
        assert any(SURNAMES[1].upper() in n.upper() for n in names)
        assert not any(SURNAMES[0].upper() in n.upper() for n in names)
    finally:
        ctx.close()
    # the safety copy keeps the old key's information next to it, and the old key still opens it
    assert keys.obtain_key(result.safety_copy, store()).key == site.key
    assert verify_backup(result.safety_copy, site.key).families == 2
    site.key = other_site.key


def test_a_newer_schema_is_refused(site, tmp_path):
    target = tmp_path / "future.backup"
    create_backup(site.ctx.db, site.coordinator, target)
    conn = backups._connect(target, site.key)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute(f"UPDATE {backups.MANIFEST_TABLE} SET value = '\"9999\"' WHERE key = 'schema_revision'")
    conn.close()
    site.ctx.db.dispose()
    before = files(site.paths.root)
    with pytest.raises(BackupError, match=r"newer version of Transition Assistant \(schema 9999\)"):
        restore_backup(site.paths, target, store=store(), current=site.ctx.db, actor=site.coordinator)
    assert files(site.paths.root) == before


def test_restore_is_refused_while_another_program_has_the_database_open(site, tmp_path):
    target = tmp_path / "centre.backup"
    create_backup(site.ctx.db, site.coordinator, target)
    site.ctx.families.create_family(family_input(person("After", "Backup")))
    elsewhere = open_context(site.paths, None, site.key)  # e.g. the application still running
    try:
        with elsewhere.db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM family")).scalar()
            with pytest.raises(BackupError, match="open in another window or program"):
                restore_backup(site.paths, target, store=store(), current=site.ctx.db, actor=site.coordinator)
    finally:
        elsewhere.close()
    assert site.count() == 3
    assert list(site.paths.backups.iterdir()) == []


# --- a new computer -----------------------------------------------------------------------------

@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_restore_on_a_fresh_machine_with_the_recovery_key(site, tmp_path, memory_keyring):
    target = tmp_path / "centre.backup"
    create_backup(site.ctx.db, site.coordinator, target)
    fresh = AppPaths(tmp_path / "new-computer").ensure()
    memory_keyring.secrets.clear()  # the new computer's keyring is empty

    with pytest.raises(BackupError, match="recovery key of the backed-up database is needed"):
        restore_backup(fresh, target, store=store(), sign_in=lambda db: AuthService(db).sign_in(
            TEST_USER, TEST_PASSWORD).actor)
    result = restore_backup(fresh, target, store=store(), recovery_key=site.recovery_key,
                            sign_in=lambda db: AuthService(db).sign_in(TEST_USER, TEST_PASSWORD).actor)
    assert result.new_key and result.safety_copy is None
    assert keys.database_state(fresh) is keys.DatabaseState.KEYRING
    assert len(memory_keyring.secrets) == 1  # the key was stored again
    assert keys.obtain_key(fresh, store()).key == site.key  # no question any more
    ctx = open_context(fresh, None, site.key).for_actor(site.coordinator)
    try:
        assert ctx.families.count() == 2
        [entry] = ctx.audit.browse(AuditQuery(action="restore"))
        assert entry.details["fresh_machine"] is True and entry.details["new_key"] is True
        assert ctx.audit.verify().ok
    finally:
        ctx.close()


def test_restore_on_a_fresh_machine_without_keyring_uses_a_passphrase(site, tmp_path, no_keyring):
    target = tmp_path / "centre.backup"
    create_backup(site.ctx.db, site.coordinator, target)
    fresh = AppPaths(tmp_path / "new-computer").ensure()
    sign_in = lambda db: AuthService(db).sign_in(TEST_USER, TEST_PASSWORD).actor  # noqa: E731
    from transition_app.security import KeyUnavailable

    with pytest.raises(KeyUnavailable):
        restore_backup(fresh, target, store=store(), recovery_key=site.recovery_key, sign_in=sign_in)
    assert sorted(p.name for p in fresh.root.iterdir()) == ["backups", "config", "logs"]
    restore_backup(fresh, target, store=store(), recovery_key=site.recovery_key, passphrase="une phrase assez longue",
                   sign_in=sign_in, kdf=CHEAP)
    assert keys.database_state(fresh) is keys.DatabaseState.PASSPHRASE
    assert keys.unlock(fresh, store(), "une phrase assez longue") == site.key


# --- permissions --------------------------------------------------------------------------------

def test_only_a_coordinator_backs_up_and_restores(site, tmp_path):
    target = tmp_path / "centre.backup"
    with pytest.raises(PermissionDenied):
        create_backup(site.ctx.db, site.worker, target)
    assert not target.exists()
    create_backup(site.ctx.db, site.coordinator, target)
    site.ctx.families.create_family(family_input(person("After", "Backup")))
    with pytest.raises(PermissionDenied):
        restore_backup(site.paths, target, store=store(), current=site.ctx.db, actor=site.worker)
    assert site.count() == 3
    # on a new computer, the person signs in to the restored data and must be a coordinator there
    fresh = AppPaths(tmp_path / "new-computer").ensure()
    with pytest.raises(PermissionDenied):
        restore_backup(fresh, target, store=store(), recovery_key=site.recovery_key,
                       sign_in=lambda db: AuthService(db).sign_in("anna", "a long worker password").actor)
    assert not fresh.database.exists() and not keys.keyinfo_path(fresh).exists()
    assert [p for p in fresh.root.iterdir() if p.name.startswith(".")] == []


# --- the command line ---------------------------------------------------------------------------

@pytest.fixture
def home(tmp_path, capsys) -> str:
    data = str(tmp_path / "home")
    code, _, err = run(capsys, "--data-dir", data, "demo", "--families", "4", "--seed", "7")
    assert code == 0
    return data


def families(capsys, data: str) -> list[dict]:
    code, out, err = run(capsys, "--data-dir", data, "list", "--json")
    assert code == 0, err
    return json.loads(out)


def test_cli_backup_and_restore(home, tmp_path, capsys):
    target = tmp_path / "centre.backup"
    code, out, err = run(capsys, "--data-dir", home, "backup", "-o", str(target))
    assert code == 0 and "Wrote an encrypted backup" in out and "4 families" in out, err
    assert not target.read_bytes().startswith(b"SQLite format 3")
    code, _, _ = run(capsys, "--data-dir", home, "demo", "--families", "2", "--seed", "8")
    assert len(families(capsys, home)) == 6

    code, out, err = run(capsys, "--data-dir", home, "restore", str(target))  # no terminal: asks for --yes
    assert code == 1 and out == "" and err.count("\n") == 1 and "--yes" in err
    assert len(families(capsys, home)) == 6
    code, out, err = run(capsys, "--data-dir", home, "restore", str(target), "--yes")
    assert code == 0 and "Restored the backup" in out and "backups" in out, err
    assert len(families(capsys, home)) == 4

    code, out, _ = run(capsys, "--data-dir", home, "audit", "--action", "restore", "--json")
    assert code == 0 and [e["actor"] for e in json.loads(out)] == [TEST_USER]
    code, out, _ = run(capsys, "--data-dir", home, "audit", "--verify")
    assert code == 0


def test_cli_refuses_a_damaged_backup_in_one_line(home, tmp_path, capsys):
    target = tmp_path / "centre.backup"
    assert run(capsys, "--data-dir", home, "backup", "-o", str(target))[0] == 0
    target.write_bytes(target.read_bytes()[:8192 + 17])
    code, out, err = run(capsys, "--data-dir", home, "restore", str(target), "--yes")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("transition-app: This backup file is damaged or incomplete")
    assert len(families(capsys, home)) == 4


def test_cli_non_coordinator_is_refused(home, tmp_path, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough worker password\n"))
    code, out, err = run(capsys, "--data-dir", home, "user", "centres")
    centre = out.split()[0]
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough worker password\n"))
    code, _, err = run(capsys, "--data-dir", home, "user", "add", "sam", "--name", "Sam Worker", "--role",
                       "social_worker", "--centre", centre, "--password-stdin")
    assert code == 0, err
    target = tmp_path / "centre.backup"
    assert run(capsys, "--data-dir", home, "backup", "-o", str(target))[0] == 0
    monkeypatch.setenv("TRANSITION_APP_USER", "sam")
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", "a long enough worker password")
    code, _, err = run(capsys, "--data-dir", home, "backup", "-o", str(tmp_path / "sam.backup"))
    assert code == 1 and "role does not allow" in err and not (tmp_path / "sam.backup").exists()
    code, _, err = run(capsys, "--data-dir", home, "restore", str(target), "--yes")
    assert code == 1 and "role does not allow" in err


def test_cli_restore_on_a_new_computer(home, tmp_path, capsys, monkeypatch, memory_keyring):
    target = tmp_path / "centre.backup"
    assert run(capsys, "--data-dir", home, "backup", "-o", str(target))[0] == 0
    recovery = keys.format_recovery_key(keys.obtain_key(Path(home) / "transition.db", store()).key)
    memory_keyring.secrets.clear()
    new = str(tmp_path / "new-computer")

    code, out, err = run(capsys, "--data-dir", new, "restore", str(target))  # no recovery key, no terminal
    assert code == 1 and "recovery key of the backed-up database is needed" in err
    assert not (Path(new) / "transition.db").exists()
    monkeypatch.setenv("TRANSITION_APP_RECOVERY_KEY", recovery)
    code, out, err = run(capsys, "--data-dir", new, "restore", str(target))
    assert code == 0 and "Its key is now kept on this computer" in out, err
    monkeypatch.delenv("TRANSITION_APP_RECOVERY_KEY")
    assert len(memory_keyring.secrets) == 1
    assert len(families(capsys, new)) == 4  # opens without any question: the key was stored again
    assert "Recovery key" not in capsys.readouterr().err


def test_backup_copy_made_by_hand_restores_after_the_database_is_lost(site, tmp_path):
    """The recovery-key route also takes a plain copy of the database file (no manifest)."""
    site.ctx.db.dispose()
    copy = tmp_path / "copy.db"
    shutil.copy2(site.paths.database, copy)
    info = verify_backup(copy, site.key)
    assert info.created is None and info.families == 2


# --- the desktop application ----------------------------------------------------------------------

def test_desktop_file_menu_backs_up_and_restores(qtbot, site, tmp_path, monkeypatch):
    from transition_app.ui import messages, privacy_menu
    from transition_app.ui.main_window import MainWindow

    win = MainWindow(site.ctx)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.families_loaded, timeout=10_000):
        win.reload()
    privacy = win.privacy
    assert privacy.actions["backup"].isVisible() and privacy.actions["restore"].isVisible()

    target = tmp_path / "desktop.tabackup"
    monkeypatch.setattr(privacy_menu, "ask_save_path", lambda *a: str(target))
    privacy.actions["backup"].trigger()
    qtbot.waitUntil(lambda: "Backup written and checked" in win.statusBar().currentMessage(), timeout=10_000)
    assert verify_backup(target, site.key).families == 2
    site.ctx.families.create_family(family_input(person("After", "Backup")))

    asked: list[str] = []
    restarted: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, yes: asked.append(text) or False)
    assert privacy.restore_database(str(target)) is None and "replaced" in asked[0]  # cancelled: nothing changed
    assert site.count() == 3
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    monkeypatch.setattr(privacy_menu, "restart_after_restore", lambda parent, title, text: restarted.append(text))
    result = privacy.restore_database(str(target))
    assert result is not None and result.safety_copy is not None and len(restarted) == 1
    site.reopen()
    assert site.count() == 2


def test_desktop_backup_actions_are_for_coordinators_only(qtbot, site):
    from transition_app.ui.main_window import MainWindow

    win = MainWindow(site.ctx.for_actor(site.worker))
    qtbot.addWidget(win)
    assert not win.privacy.actions["backup"].isVisible() and not win.privacy.actions["restore"].isVisible()
