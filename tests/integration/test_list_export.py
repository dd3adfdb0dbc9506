"""Export of the family list, the due list and the dashboard to XLSX and CSV (issue 9, point 4).

The files are opened back (openpyxl, csv) and checked for what a person sees in Excel: the title
rows, the frozen header, real dates, the columns each role may see, formula-safe texts, the
Belgian CSV dialect; and for what the service promises: atomic 0600 files, one audit entry of
codes, nothing written on cancel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import stat

import openpyxl
import pytest

from tests.conftest import TODAY, decision, family_input, person
from tests.integration.test_roles import as_, world  # noqa: F401 - the fixture
from transition_app.domain.validation import ServiceError
from transition_app.services.audit import AuditQuery
from transition_app.services.demo import generate_demo
from transition_app.services.dto import FamilyQuery
from transition_app.services.list_export import (
    DATE_FORMAT,
    HEADER_ROW,
    ExportCancelled,
    ExportTexts,
)


def exports(ctx) -> list:
    return ctx.audit.browse(AuditQuery(action="list_export"))


def header(ws) -> list:
    return [c.value for c in ws[HEADER_ROW] if c.value is not None]


def rows(ws) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]


@pytest.fixture
def out(tmp_path):
    """A folder for the exported files (the database is in tmp_path / "data")."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def demo(ctx, staff):
    generate_demo(ctx.db, 60, seed=5, today=ctx.clock.today())
    return ctx


def test_family_list_xlsx_has_title_frozen_header_real_dates_and_is_private(demo, out):
    ctx = demo
    path = out / "families.xlsx"
    result = ctx.list_export.export_families(path, "xlsx")
    expected = ctx.families.search(FamilyQuery())
    assert result.rows == len(expected) > 0 and result.list == "families"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not [p for p in out.iterdir() if p.name != "families.xlsx"]  # no temporary file left

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws["A1"].value == "Family list — 23 November 2026" and ws["A1"].font.bold  # what, and the clock's day
    assert ws["A2"].value.startswith("Families: every family")  # whose families
    assert ws["A3"].value == "Filters: every status but archived"
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert header(ws) == ["Case number", "Household", "Members", "Status", "Social worker", "Nationalities",
                          "Languages", "Destination municipality", "Arrival", "Protection status", "Decision date",
                          "Leave reception by", "Days left"]
    assert all(c.font.bold for c in ws[HEADER_ROW] if c.value)
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:M{HEADER_ROW + len(expected)}"
    assert ws.column_dimensions["B"].width >= max(len(r.household_name) for r in expected)
    data = rows(ws)
    assert [r[0] for r in data] == [r.case_number for r in expected]
    by_case = {r.case_number: r for r in expected}
    decided = [r for r in data if by_case[r[0]].decision_date is not None]
    assert decided
    for r in decided:
        cell = ws.cell(HEADER_ROW + 1 + data.index(r), 11)
        assert cell.is_date and cell.number_format == DATE_FORMAT  # a real date, shown dd/mm/yyyy
        assert cell.value.date() == by_case[r[0]].decision_date
    in_transition = [r for r in data if r[3] == "In transition" and r[11] is not None]
    assert in_transition and all(r[12] == (r[11].date() - TODAY).days for r in in_transition)
    assert all(isinstance(r[2], int) for r in data)  # numbers are numbers


def test_one_audit_entry_of_codes_without_names_search_text_or_path(demo, out):
    ctx = demo
    name = ctx.families.search(FamilyQuery())[0].household_name
    path = out / "secret-folder" / "list.csv"
    path.parent.mkdir()
    result = ctx.list_export.export_families(path, "csv", FamilyQuery(text=name.split()[0], status="transition"))
    [entry] = exports(ctx)
    assert entry.details == {"list": "families", "format": "csv", "rows": result.rows,
                             "filters": {"status": "transition", "search": True}}
    text = json.dumps(entry.details)
    assert name.split()[0] not in text and "secret-folder" not in text


def test_confidential_columns_only_for_roles_that_may_see_them(world, out):  # noqa: F811
    nrn = world["nrn"]
    results = {}
    for who in ("cora", "anna", "bea"):
        ctx = as_(world, who)
        ctx.clock.freeze(TODAY)
        for fmt in ("xlsx", "csv"):
            path = out / f"{who}.{fmt}"
            ctx.list_export.export_families(path, fmt)
            assert nrn.encode() not in path.read_bytes()  # never a national register number
            assert b"B123456789" not in path.read_bytes()  # nor a card number
        ws = openpyxl.load_workbook(out / f"{who}.xlsx").active
        results[who] = (header(ws), rows(ws), ws["A2"].value)
    assert "Decision date" in results["cora"][0] and "Protection status" in results["anna"][0]
    buddy_header, buddy_rows, buddy_scope = results["bea"]
    assert "Decision date" not in buddy_header and "Protection status" not in buddy_header
    assert [r[0] for r in buddy_rows] == [world["mine"].case_number]  # only the family assigned to her
    assert "admin buddy" in buddy_scope and "Bea" in buddy_scope
    assert [r[0] for r in results["anna"][1]] == [world["mine"].case_number]  # her centre's
    assert len(results["cora"][1]) == 2
    csv_header = (out / "bea.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Decision" not in csv_header and "Protection" not in csv_header


def test_csv_is_utf8_with_bom_semicolons_iso_dates_or_commas_on_request(demo, out):
    ctx = demo
    path = out / "list.csv"
    ctx.list_export.export_families(path, "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert lines[0][:3] == ["Case number", "Household", "Members"]  # the header first: can be read back
    assert len(lines) - 1 == len(ctx.families.search(FamilyQuery()))
    decided = [line for line in lines[1:] if line[10]]
    assert decided and all(dt.date.fromisoformat(line[10]) for line in decided)
    ctx.list_export.export_families(path, "csv", separator=",")
    assert path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Case number,Household,Members,")
    with pytest.raises(ServiceError) as exc:
        ctx.list_export.export_families(path, "csv", separator="|")
    assert exc.value.code.id == "list_export.bad_separator"
    with pytest.raises(ServiceError) as exc:
        ctx.list_export.export_families(out / "x.ods", "ods")
    assert exc.value.code.id == "list_export.unknown_format"


def test_a_name_typed_as_a_formula_stays_text(ctx, staff, out):
    ctx.families.create_family(family_input(person("Ali", '=HYPERLINK("http://x","y")'), decision=decision()))
    ctx.families.create_family(family_input(person("Sara", "+32 trick")))
    ctx.list_export.export_families(out / "f.xlsx", "xlsx")
    ws = openpyxl.load_workbook(out / "f.xlsx").active
    cells = [ws.cell(row, 2) for row in range(HEADER_ROW + 1, HEADER_ROW + 3)]
    assert {c.value for c in cells} == {'=HYPERLINK("HTTP://X","Y") Ali', "+32 TRICK Sara"}
    assert all(c.data_type == "s" for c in cells)  # text, never a formula
    ctx.list_export.export_families(out / "f.csv", "csv")
    text = (out / "f.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ";'+32 TRICK Sara;" in text


def test_due_list_and_dashboard(demo, out):
    ctx = demo
    items = ctx.checklists.due_within(14)
    result = ctx.list_export.export_due(out / "due.xlsx", "xlsx", 14)
    assert result.rows == len(items) > 0
    ws = openpyxl.load_workbook(out / "due.xlsx").active
    assert ws["A1"].value == "Steps due within 14 days or overdue — 23 November 2026"
    assert header(ws) == ["Due", "Days left", "Case number", "Household", "Social worker", "Track", "Step",
                          "Step status"]
    data = rows(ws)
    assert [(r[0].date(), r[1], r[2]) for r in data] == [(i.due_date, i.days_left, i.case_number) for i in items]

    board = ctx.checklists.dashboard(within_days=30, limit=100_000)
    result = ctx.list_export.export_dashboard(out / "board.xlsx", "xlsx", within_days=30)
    wb = openpyxl.load_workbook(out / "board.xlsx")
    assert wb.sheetnames == ["Summary", "Families by days left", "Overdue steps", "Reunification windows"]
    summary = dict(rows(wb["Summary"]))
    assert summary["Families still in reception"] == board.families_in_transition
    assert summary["Overdue steps"] == board.overdue_total
    assert len(rows(wb["Families by days left"])) == len(board.families)
    assert len(rows(wb["Overdue steps"])) == board.overdue_total  # every row, not the window's first 300
    assert result.rows == sum(len(rows(wb[n])) for n in wb.sheetnames)
    assert all(wb[n].freeze_panes == f"A{HEADER_ROW + 1}" for n in wb.sheetnames)

    ctx.list_export.export_dashboard(out / "board.csv", "csv", within_days=30)
    lines = (out / "board.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Dashboard — 23 November 2026"
    for section in ("Summary", "Families by days left", "Overdue steps", "Reunification windows"):
        at = lines.index(section)
        assert lines[at - 1] == ""  # sections apart, each with its name and its header
    assert [e.details["list"] for e in exports(ctx)] == ["dashboard", "dashboard", "due"]  # newest first


def test_in_another_language(demo, out):
    ctx = demo
    texts = ExportTexts("fr", lambda _c, t: {"Family list": "Liste des familles", "Case number": "Dossier"}.get(t, t))
    ctx.list_export.export_families(out / "fr.xlsx", "xlsx", texts=texts)
    ws = openpyxl.load_workbook(out / "fr.xlsx").active
    assert ws["A1"].value == "Liste des familles — 23 novembre 2026" and header(ws)[0] == "Dossier"
    nationalities = {r[5] for r in rows(ws)}
    assert "Syrie" in nationalities  # CLDR names in the language
    ar = ExportTexts("ar")
    ctx.list_export.export_due(out / "ar.xlsx", "xlsx", 7, texts=ar)
    assert openpyxl.load_workbook(out / "ar.xlsx").active.sheet_view.rightToLeft


def test_cancel_writes_nothing_and_records_nothing(demo, out):
    ctx = demo
    path = out / "f.xlsx"
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 20  # cancelled at the first report after the start

    for fmt in ("xlsx", "csv"):
        with pytest.raises(ExportCancelled):
            ctx.list_export.export_families(path.with_suffix(f".{fmt}"), fmt, progress=progress)
    assert seen and not list(out.iterdir()) and exports(ctx) == []


def test_on_an_empty_database(ctx, out):
    for fmt in ("xlsx", "csv"):
        assert ctx.list_export.export_families(out / f"f.{fmt}", fmt).rows == 0
        assert ctx.list_export.export_due(out / f"d.{fmt}", fmt, 7).rows == 0
        assert ctx.list_export.export_dashboard(out / f"b.{fmt}", fmt).rows == 11  # the summary's lines
    ws = openpyxl.load_workbook(out / "f.xlsx").active
    assert header(ws)[0] == "Case number" and rows(ws) == []
    assert (out / "f.csv").read_bytes().decode("utf-8-sig").count("\r\n") == 1


def test_a_folder_that_cannot_be_written_is_one_plain_error(ctx, out):
    with pytest.raises(ServiceError) as exc:
        ctx.list_export.export_families(out / "missing" / "f.csv", "csv")
    assert exc.value.code.id == "list_export.cannot_write" and "missing" not in str(exc.value)
    assert exports(ctx) == []
