"""``list`` / ``due`` --format csv|xlsx -o FILE and ``dashboard`` (issue 9, point 4)."""

import openpyxl
import pytest

from transition_app import cli
from transition_app.services.list_export import HEADER_ROW


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path, capsys):
    home = str(tmp_path / "home")
    assert run(capsys, "--data-dir", home, "demo", "--families", "25", "--seed", "4")[0] == 0
    return home


def test_list_and_due_write_spreadsheets(data, tmp_path, capsys):
    code, out, err = run(capsys, "--data-dir", data, "list", "--format", "xlsx", "-o", str(tmp_path / "f.xlsx"))
    assert code == 0 and out.startswith("Wrote 25 families to ") and err == ""
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert ws["A1"].value.startswith("Family list — ") and ws.cell(HEADER_ROW, 1).value == "Case number"

    code, out, _ = run(capsys, "--data-dir", data, "list", "--status", "transition", "-o", str(tmp_path / "f.csv"))
    assert code == 0  # the format from the file name
    lines = (tmp_path / "f.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Case number;Household;") and all(";In transition;" in line for line in lines[1:])

    code, out, _ = run(capsys, "--data-dir", data, "due", "--within", "10", "--format", "csv", "--comma",
                       "-o", str(tmp_path / "due.csv"))
    assert code == 0 and out.startswith("Wrote ") and " steps to " in out
    assert (tmp_path / "due.csv").read_bytes().decode("utf-8-sig").startswith("Due,Days left,Case number,")


def test_dashboard_prints_its_counts_or_writes_its_tables(data, tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", data, "dashboard", "--within", "20")
    assert code == 0 and out.startswith("Dashboard — ") and "Families still in reception: " in out
    assert "Steps due within 20 days: " in out
    code, out, _ = run(capsys, "--data-dir", data, "dashboard", "--track", "housing", "-o", str(tmp_path / "b.xlsx"))
    assert code == 0
    wb = openpyxl.load_workbook(tmp_path / "b.xlsx")
    assert wb.sheetnames == ["Summary", "Families by days left", "Overdue steps", "Reunification windows"]
    assert "track: Finding a home" in wb["Summary"]["A3"].value


@pytest.mark.parametrize("argv, message", [
    (["list", "--format", "csv"], "--format csv needs -o FILE, the file to write"),
    (["due", "--within", "3", "--format", "xlsx"], "--format xlsx needs -o FILE"),
    (["dashboard", "--format", "xlsx"], "--format xlsx needs -o FILE"),
    (["list", "-o", "list.txt"], "say which format to write: --format csv or --format xlsx"),
    (["list", "--json", "--format", "csv", "-o", "x.csv"], "--json prints the list"),
])
def test_wrong_file_options_are_one_line_before_anything_opens(tmp_path, capsys, argv, message):
    home = tmp_path / "never"
    code, out, err = run(capsys, "--data-dir", str(home), *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err
    assert err.startswith("transition-app: ")
    assert not (home / "transition.db").exists()  # refused before the database was opened or created
