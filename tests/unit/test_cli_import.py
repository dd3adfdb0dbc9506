"""``transition-app import``: exit codes, the JSON report, --fields, --dry-run, --map and saved mappings."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from tests.conftest import TEST_PASSWORD, TEST_USER
from transition_app import cli
from transition_app.services.importing import FIELDS

GOOD = ("Famille;Nom;Prénom;Date de naissance;Lien;Statut;Date de décision;Commune\r\n"
        "1;Haddad;Amal;04/03/1990;chef de ménage;réfugié;01/10/2026;Liège\r\n"
        "1;Haddad;Omar;01/06/2015;enfant;;;\r\n"
        "2;Kaya;Zeynep;03/04/1999;;subsidiaire;15/09/2026;4000\r\n")
BAD_ROW = "3;Tesfay;Yonas;1/1/85;chef;;;\r\n"


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path, capsys, monkeypatch):
    """An empty database with its coordinator only (no demo data)."""
    data = str(tmp_path / "home")
    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSWORD + "\n"))
    code, _, _ = run(capsys, "--data-dir", data, "user", "add", TEST_USER, "--name", "Chief", "--role",
                     "coordinator", "--password-stdin")
    assert code == 0
    return data


def write(tmp_path, text, name="caseload.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    return str(path)


def families(capsys, home):
    code, out, _ = run(capsys, "--data-dir", home, "list", "--json")
    assert code == 0
    return json.loads(out)


def test_fields_lists_every_field_with_a_description_without_a_database(tmp_path, capsys):
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "none"), "import", "--fields")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [f.id for f in FIELDS]
    required = {"family_key", "surname", "given_names", "birth_date", "sex", "relationship", "nationality",
                "languages", "protection_status", "decision_date", "notification_date", "decision_body",
                "destination_municipality", "phone", "email", "national_register_number", "case_number", "notes"}
    assert required <= {f.id for f in FIELDS}
    assert all(len(line.split(None, 1)) == 2 for line in lines)
    assert not (tmp_path / "none").exists() or not (tmp_path / "none" / "transition.db").exists()


def test_a_rejected_row_imports_nothing_and_exits_1(home, tmp_path, capsys):
    path = write(tmp_path, GOOD + BAD_ROW)
    code, out, err = run(capsys, "--data-dir", home, "import", path)
    assert code == 1 and "row 5, Date de naissance (birth_date): Birth date: '1/1/85' has a two-digit year" in out
    assert err.strip().startswith("transition-app: 1 row rejected: nothing was imported")
    assert families(capsys, home) == []


def test_json_report_has_exactly_the_documented_keys(home, tmp_path, capsys):
    path = write(tmp_path, GOOD + BAD_ROW)
    code, out, _ = run(capsys, "--data-dir", home, "import", path, "--json")
    report = json.loads(out)
    assert code == 1 and list(report) == ["rows", "families", "imported", "rejected", "duplicates"]
    assert report["rows"] == 4 and report["families"] == 3 and report["imported"] == 0
    assert report["rejected"] == [{"row": 5, "field": "birth_date", "message": (
        "Birth date: '1/1/85' has a two-digit year, which could mean two centuries: write the year in full "
        "(for example 1993).")}]
    code, out, _ = run(capsys, "--data-dir", home, "import", path, "--json", "--skip-invalid")
    report = json.loads(out)
    assert code == 0 and report["imported"] == 2 and len(report["rejected"]) == 1
    assert sorted(f["name"] for f in families(capsys, home)) == ["HADDAD Amal", "KAYA Zeynep"]
    # the same file again: every family is a duplicate, skipped by default
    code, out, _ = run(capsys, "--data-dir", home, "import", path, "--json", "--skip-invalid")
    report = json.loads(out)
    assert code == 0 and report["imported"] == 0
    assert [(d["row"], d["kind"], d["action"]) for d in report["duplicates"]] == [
        (2, "name_birth_date", "skip"), (4, "name_birth_date", "skip")]
    assert set(report["duplicates"][0]) == {"row", "family_id", "case_number", "same_as_row", "kind", "action"}
    assert report["duplicates"][0]["case_number"] == "TA-2026-00001"


def test_dry_run_writes_nothing(home, tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", home, "import", write(tmp_path, GOOD), "--dry-run")
    assert code == 0 and "2 families would be imported. Dry run: nothing was written." in out
    assert families(capsys, home) == []
    code, out, _ = run(capsys, "--data-dir", home, "import", write(tmp_path, GOOD))
    assert code == 0 and "2 families were imported." in out and len(families(capsys, home)) == 2


def test_map_options_and_saved_mappings_with_an_xlsx_sheet(home, tmp_path, capsys):
    wb = openpyxl.Workbook()
    wb.active.title = "Intro"
    ws = wb.create_sheet("Residents")
    ws.append(["Ref", "A", "B", "Born"])
    ws.append(["x1", "Peeters", "Anna", "1990-01-01"])
    path = str(tmp_path / "caseload.xlsx")
    wb.save(path)
    args = ["--data-dir", home, "import", path, "--sheet", "Residents"]
    code, _, err = run(capsys, *args)
    assert code == 1 and "A column must be imported as the surname and one as the given names." in err
    code, out, _ = run(capsys, *args, "--map", "A=surname", "--map", "B=given_names", "--map", "Born=birth_date",
                       "--map", "Ref=family_key", "--save-mapping", "residents", "--dry-run")
    assert code == 0 and "B -> given_names" in out and "1 family would be imported" in out
    code, out, _ = run(capsys, *args, "--mapping", "residents", "--json")
    assert code == 0 and json.loads(out)["imported"] == 1
    code, _, err = run(capsys, *args, "--map", "A=colour")
    assert code == 1 and "'colour' is not a field that can be imported" in err
    code, _, err = run(capsys, "--data-dir", home, "import", path, "--sheet", "Nope")
    assert code == 1 and "no sheet named 'Nope'" in err


def test_import_without_a_file_is_a_usage_error(home, capsys):
    code, _, err = run(capsys, "--data-dir", home, "import")
    assert code == 2 and "give the FILE to import" in err
