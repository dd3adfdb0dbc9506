import json

import pytest

from transition_app import cli


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_json(tmp_path, capsys):
    data = str(tmp_path / "home")
    code, out, _ = run(capsys, "--data-dir", data, "demo", "--families", "12", "--seed", "3")
    assert code == 0 and "Added 12 fictional families" in out
    code, out, _ = run(capsys, "--data-dir", data, "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 12
    assert set(rows[0]) == {"id", "case_number", "name", "members", "status", "nationalities", "worker"}
    name = rows[3]["name"].split()[0]
    code, out, _ = run(capsys, "--data-dir", data, "list", "--search", name.lower(), "--json")
    assert rows[3]["id"] in [r["id"] for r in json.loads(out)]


def test_data_dir_from_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TRANSITION_APP_HOME", str(tmp_path / "envhome"))
    code, _, _ = run(capsys, "demo", "--families", "2")
    assert code == 0 and (tmp_path / "envhome" / "transition.db").exists()


def test_errors_are_one_line_on_stderr_with_nonzero_exit(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--data-dir", str(tmp_path / "h"), "demo", "--families", "0"])
    _, err = capsys.readouterr()
    assert exc.value.code == 2 and "--families: must be at least 1" in err
    assert not (tmp_path / "h" / "transition.db").exists()  # checked before anything is created
    code, _, err = run(capsys, "--database", "postgresql+psycopg://nobody@127.0.0.1:1/none",
                       "--data-dir", str(tmp_path / "h"), "list")
    assert code == 1 and err.startswith("transition-app: list failed") and err.count("\n") == 1


def test_newer_database_message(tmp_path, capsys):
    from transition_app.paths import AppPaths
    from transition_app.security.keys import obtain_key, open_encrypted_engine
    from transition_app.security.secrets import KeyringSecretStore
    data = tmp_path / "h"
    run(capsys, "--data-dir", str(data), "demo", "--families", "1")
    engine = open_encrypted_engine(AppPaths(data), obtain_key(AppPaths(data), KeyringSecretStore()).key)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
    engine.dispose()
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1 and "newer version of Transition Assistant" in err


def test_unknown_option_exits_with_usage(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["list", "--nope"])
    assert exc.value.code == 2


def test_gui_without_a_display_says_so_instead_of_crashing(tmp_path):
    import os
    import subprocess
    import sys
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "transition_app", "--data-dir", str(tmp_path / "h")], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert out.stderr.startswith("transition-app: no display found") and out.stderr.count("\n") == 1


def test_the_embedded_database_is_encrypted_and_the_recovery_key_shown_once(tmp_path, capsys):
    data = tmp_path / "h"
    code, _, err = run(capsys, "--data-dir", str(data), "demo", "--families", "2")
    assert code == 0 and "Recovery key of this database" in err
    assert not (data / "transition.db").read_bytes().startswith(b"SQLite format 3")
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 0 and "Recovery key" not in err


def test_without_keyring_the_command_line_asks_for_the_passphrase(tmp_path, capsys, monkeypatch):
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("TRANSITION_APP_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "h"), "list")
    assert code == 1 and "TRANSITION_APP_PASSPHRASE" in err and err.count("\n") == 1
    assert not (tmp_path / "h" / "transition.db").exists()
    monkeypatch.setenv("TRANSITION_APP_PASSPHRASE", "correct horse battery")
    assert run(capsys, "--data-dir", str(tmp_path / "h"), "demo", "--families", "1")[0] == 0
    monkeypatch.setenv("TRANSITION_APP_PASSPHRASE", "wrong horse battery")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "h"), "list")
    assert code == 1 and "passphrase is not correct" in err


def test_output_cut_short_by_the_reader_ends_quietly(tmp_path):
    """`transition-app letter --list | head -1`: the reader closes the pipe before the command has
    written; no traceback, no error line, exit 0."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen([sys.executable, "-m", "transition_app", "letter", "--list"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # gone before the first line: every write of the command fails
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and err == b""
