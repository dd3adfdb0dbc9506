"""The command line signs in, and its privacy commands (audit, user, export, erase, retention)."""

import io
import json

import pytest

from tests.conftest import TEST_PASSWORD, TEST_USER
from transition_app import cli


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path, capsys):
    data = str(tmp_path / "home")
    code, _, err = run(capsys, "--data-dir", data, "demo", "--families", "6", "--seed", "4")
    assert code == 0 and f"user name: {TEST_USER}" in err and TEST_PASSWORD not in err
    return data


def test_demo_prints_a_generated_password_once(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TRANSITION_APP_USER")
    monkeypatch.delenv("TRANSITION_APP_PASSWORD")
    data = str(tmp_path / "h")
    code, _, err = run(capsys, "--data-dir", data, "demo", "--families", "2")
    assert code == 0
    line = next(x for x in err.splitlines() if x.startswith("Coordinator account created"))
    password = line.split("password: ")[1].strip()
    assert len(password) >= 12 and "user name: coordinator" in line
    monkeypatch.setenv("TRANSITION_APP_USER", "coordinator")
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", password)
    code, out, err = run(capsys, "--data-dir", data, "demo", "--families", "1")
    assert code == 0 and "Coordinator account created" not in err  # only the first time


def test_without_credentials_and_terminal_one_line_error(home, capsys, monkeypatch):
    monkeypatch.delenv("TRANSITION_APP_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "--data-dir", home, "list")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "TRANSITION_APP_USER and TRANSITION_APP_PASSWORD" in err


def test_wrong_password_is_refused_and_recorded(home, capsys, monkeypatch):
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", "not the password at all")
    code, _, err = run(capsys, "--data-dir", home, "list")
    assert code == 1 and "user name or the password is not correct" in err
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", TEST_PASSWORD)
    code, out, _ = run(capsys, "--data-dir", home, "audit", "--action", "sign_in_failed", "--json")
    assert code == 0 and [e["actor"] for e in json.loads(out)] == [TEST_USER]


def test_nobody_can_sign_in_yet(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "new"), "list")
    last = err.splitlines()[-1]  # after the new database's recovery key notice
    assert code == 1 and last.startswith("transition-app: nobody can sign in yet")


def test_first_account_from_the_command_line(tmp_path, capsys, monkeypatch):
    data = str(tmp_path / "new")
    monkeypatch.setattr("sys.stdin", io.StringIO("a first long password\n"))
    code, out, _ = run(capsys, "--data-dir", data, "user", "add", "chief", "--name", "Chief Coordinator",
                       "--role", "coordinator", "--password-stdin")
    assert code == 0 and "Created coordinator account chief." in out
    monkeypatch.setenv("TRANSITION_APP_USER", "chief")
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", "a first long password")
    code, out, _ = run(capsys, "--data-dir", data, "user", "list", "--json")
    assert code == 0 and [u["username"] for u in json.loads(out)] == ["chief"]


def test_user_management(home, capsys, monkeypatch):
    code, out, _ = run(capsys, "--data-dir", home, "user", "centres")
    centre = out.split()[0]
    code, out, _ = run(capsys, "--data-dir", home, "user", "add", "bea", "--name", "Bea Buddy", "--role",
                       "admin_buddy", "--centre", centre)
    assert code == 0 and "Password (shown only this once): " in out
    password = out.split("Password (shown only this once): ")[1].strip()
    code, out, _ = run(capsys, "--data-dir", home, "user", "list", "--json")
    bea = next(u for u in json.loads(out) if u["username"] == "bea")
    assert bea["role"] == "admin_buddy" and bea["active"] and bea["can_sign_in"]
    monkeypatch.setenv("TRANSITION_APP_USER", "bea")
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", password)
    code, out, _ = run(capsys, "--data-dir", home, "list", "--json")
    assert code == 0 and json.loads(out) == []  # no family assigned yet
    code, _, err = run(capsys, "--data-dir", home, "audit")
    assert code == 1 and "role does not allow" in err
    monkeypatch.setenv("TRANSITION_APP_USER", TEST_USER)
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", TEST_PASSWORD)
    assert run(capsys, "--data-dir", home, "user", "disable", "bea")[0] == 0
    code, _, err = run(capsys, "--data-dir", home, "user", "disable", TEST_USER)
    assert code == 1 and "your own account" in err
    monkeypatch.setenv("TRANSITION_APP_USER", "bea")
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", password)
    assert run(capsys, "--data-dir", home, "list")[0] == 1


def test_export_erase_and_audit(home, tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", home, "list", "--json")
    family = json.loads(out)[0]
    target = tmp_path / "family.json"
    code, out, _ = run(capsys, "--data-dir", home, "export", "--family", str(family["id"]), "-o", str(target),
                       "--pdf", str(tmp_path / "family.pdf"))
    assert code == 0 and json.loads(target.read_text())["family"]["case_number"] == family["case_number"]
    assert (tmp_path / "family.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--data-dir", home, "erase", "--family", str(family["id"]))
    assert code == 1 and "--yes" in err  # no terminal to confirm
    code, out, _ = run(capsys, "--data-dir", home, "erase", "--family", str(family["id"]), "--yes")
    assert code == 0 and "erased" in out
    code, out, _ = run(capsys, "--data-dir", home, "list", "--json", "--status", "archived")
    assert any(r["id"] == family["id"] and r["name"] == "(anonymised)" for r in json.loads(out))
    code, out, _ = run(capsys, "--data-dir", home, "audit", "--family", str(family["id"]), "--json")
    assert [e["action"] for e in json.loads(out)][:2] == ["erase", "export"]
    code, out, _ = run(capsys, "--data-dir", home, "audit", "--limit", "3")
    assert code == 0 and len(out.splitlines()) == 3
    csv_file = tmp_path / "audit.csv"
    code, out, _ = run(capsys, "--data-dir", home, "audit", "--export", str(csv_file), "--action", "sign_in")
    assert code == 0 and csv_file.read_text().count("\n") >= 2


def test_retention_preview_and_setting(home, capsys):
    code, out, _ = run(capsys, "--data-dir", home, "retention", "--json")
    data = json.loads(out)
    assert code == 0 and data["months"] == 12 and data["due"] == []
    code, out, _ = run(capsys, "--data-dir", home, "retention", "--months", "6")
    assert code == 0 and "retention period: 6 months" in out
    code, out, _ = run(capsys, "--data-dir", home, "retention", "--apply")
    assert code == 0 and out.startswith("Anonymised 0 cases")
