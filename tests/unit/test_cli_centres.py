"""``centre add|list|edit|retire|reactivate``, ``user add`` with a centre and a signature, and the demo accounts."""

import io
import json

import pytest
from PIL import Image

from transition_app import cli

ADD = ("centre", "add", "--name", "Centre Croix-Rouge de Jodoigne", "--operator", "croix_rouge",
       "--street", "Chaussée de Tirlemont 1", "--postcode", "1370", "--phone", "010/81.23.45",
       "--email", "jodoigne@example.org")


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path, capsys, monkeypatch):
    from tests.conftest import TEST_PASSWORD

    data = str(tmp_path / "home")
    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSWORD + "\n"))
    code, _, err = run(capsys, "--data-dir", data, "user", "add", "coordinator", "--name", "Chief Coordinator",
                       "--role", "coordinator", "--password-stdin")
    assert code == 0, err
    return data


def test_centre_add_then_list_on_an_empty_database(home, capsys, tmp_path):
    code, out, _ = run(capsys, "--data-dir", home, "centre", "list")
    assert code == 0 and "No reception centre yet" in out
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "#1565c0").save(logo)
    code, out, err = run(capsys, "--data-dir", home, *ADD, "--enterprise-number", "BE0403.019.261", "--logo", str(logo))
    assert code == 0, err
    assert out.strip() == "Added reception centre 1: Centre Croix-Rouge de Jodoigne."
    code, out, _ = run(capsys, "--data-dir", home, "centre", "list", "--json")
    [centre] = json.loads(out)
    assert centre == {"id": 1, "name": "Centre Croix-Rouge de Jodoigne", "operator": "croix_rouge",
                      "street": "Chaussée de Tirlemont 1", "postcode": "1370", "municipality_nis": "25048",
                      "municipality": "Jodoigne", "phone": "010 81 23 45", "email": "jodoigne@example.org",
                      "enterprise_number": "0403019261", "logo": "png", "retired": False}
    code, out, _ = run(capsys, "--data-dir", home, "centre", "list")
    assert "Centre Croix-Rouge de Jodoigne" in out and "1370 Jodoigne" in out and "010 81 23 45" in out


def test_every_problem_on_one_english_line_and_exit_1(home, capsys):
    code, out, err = run(capsys, "--data-dir", home, "centre", "add", "--name", "X", "--operator", "ila",
                         "--street", " ", "--postcode", "1050", "--phone", "123", "--email", "nope",
                         "--enterprise-number", "12")
    assert code == 1 and out == "" and err.count("\n") == 1
    for part in ("Street and number is required.", "Municipality: the postcode 1050 belongs to",
                 "Phone: '123' is not a Belgian telephone number", "E-mail: 'nope' is not an e-mail address.",
                 "Enterprise number: an enterprise number has 10 digits"):
        assert part in err
    assert "street:" not in err and "{" not in err  # no field path, no placeholder
    code, _, err = run(capsys, "--data-dir", home, "centre", "add", "--name", "X", "--operator", "ila",
                       "--street", "Rue 1", "--postcode", "1050", "--municipality", "Elsene", "--phone", "02 555 12 12",
                       "--email", "x@example.org", "--logo", "/nonexistent/logo.png")
    assert code == 1 and "cannot read the logo file" in err


def test_edit_changes_only_what_is_given_then_retire_and_reactivate(home, capsys):
    run(capsys, "--data-dir", home, *ADD)
    code, out, err = run(capsys, "--data-dir", home, "centre", "edit", "1", "--phone", "0470 12 34 56",
                         "--operator", "ila")
    assert code == 0, err
    code, out, _ = run(capsys, "--data-dir", home, "centre", "list", "--json")
    centre = json.loads(out)[0]
    assert (centre["phone"], centre["operator"], centre["street"]) == ("0470 12 34 56", "loi",
                                                                      "Chaussée de Tirlemont 1")
    code, out, _ = run(capsys, "--data-dir", home, "centre", "retire", "1")
    assert code == 0 and "Retired reception centre 1" in out
    assert json.loads(run(capsys, "--data-dir", home, "centre", "list", "--json")[1]) == []
    assert json.loads(run(capsys, "--data-dir", home, "centre", "list", "--json", "--all")[1])[0]["retired"] is True
    code, _, err = run(capsys, "--data-dir", home, "user", "add", "anna", "--name", "Anna", "--role",
                       "social_worker", "--centre", "1")
    assert code == 1 and "retired" in err
    code, out, _ = run(capsys, "--data-dir", home, "centre", "reactivate", "1")
    assert code == 0 and "Reactivated" in out
    code, _, err = run(capsys, "--data-dir", home, "centre", "edit", "99", "--phone", "02 123 45 67")
    assert code == 1 and "does not exist" in err


def test_user_add_takes_a_centre_and_a_signature_and_user_list_shows_them(home, capsys):
    run(capsys, "--data-dir", home, *ADD)
    code, _, err = run(capsys, "--data-dir", home, "user", "add", "anna", "--name", "Anna Peeters", "--role",
                       "social_worker")
    assert code == 1 and "belong to a reception centre" in err
    code, out, err = run(capsys, "--data-dir", home, "user", "add", "anna", "--name", "Anna Peeters", "--role",
                         "social_worker", "--centre", "1", "--job-title", "assistante sociale", "--title-form", "f",
                         "--phone", "+32470123456", "--email", "anna@example.org")
    assert code == 0, err
    code, out, _ = run(capsys, "--data-dir", home, "user", "list", "--json")
    anna = next(u for u in json.loads(out) if u["username"] == "anna")
    assert {k: anna[k] for k in ("centre", "centre_id", "job_title", "job_title_text", "title_form", "phone",
                                 "email")} == {
        "centre": "Centre Croix-Rouge de Jodoigne", "centre_id": 1, "job_title": "social_worker",
        "job_title_text": "Social worker", "title_form": "f", "phone": "0470 12 34 56", "email": "anna@example.org"}
    code, out, _ = run(capsys, "--data-dir", home, "user", "list")
    assert "Social worker" in out


def test_only_coordinators_manage_centres(home, capsys, monkeypatch):
    run(capsys, "--data-dir", home, *ADD)
    monkeypatch.setattr("sys.stdin", io.StringIO("worker password long\n"))
    run(capsys, "--data-dir", home, "user", "add", "anna", "--name", "Anna", "--role", "social_worker",
        "--centre", "1", "--password-stdin")
    monkeypatch.setenv("TRANSITION_APP_USER", "anna")
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", "worker password long")
    code, _, err = run(capsys, "--data-dir", home, "centre", "retire", "1")
    assert code == 1 and "Your role does not allow this." in err
    code, out, _ = run(capsys, "--data-dir", home, "centre", "list")
    assert code == 0 and "Jodoigne" in out


def test_demo_prints_a_password_for_every_role_once(tmp_path, capsys, monkeypatch):
    data = str(tmp_path / "demo")
    code, out, err = run(capsys, "--data-dir", data, "demo", "--families", "30", "--seed", "3")
    assert code == 0
    lines = [x for x in err.splitlines() if "password: " in x and "user name: " in x]
    accounts = {line.split()[0]: (line.split("user name: ")[1].split()[0], line.split("password: ")[1].strip())
                for line in lines if not line.startswith("Coordinator account")}
    assert set(accounts) == {"social_worker", "admin_buddy", "coordinator"}
    for role, (username, password) in accounts.items():
        monkeypatch.setenv("TRANSITION_APP_USER", username)
        monkeypatch.setenv("TRANSITION_APP_PASSWORD", password)
        code, out, err = run(capsys, "--data-dir", data, "list", "--json")
        assert code == 0, (role, err)
        assert json.loads(out)  # each role sees families (the buddy: those assigned)
    code, _, err = run(capsys, "--data-dir", data, "demo", "--families", "1")
    assert code == 0 and "Demo accounts" not in err  # shown once only
    for log in (tmp_path / "demo" / "logs").glob("*"):
        assert not any(p in log.read_text(errors="ignore") for _, p in accounts.values())
