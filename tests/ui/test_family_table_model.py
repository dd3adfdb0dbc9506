import datetime as dt

from PySide6.QtCore import Qt

from transition_app.services.demo import generate_demo
from transition_app.services.dto import FamilyQuery
from transition_app.ui.models.family_table import FamilyTableModel


def test_model_contract_and_contents(qtmodeltester, ctx):
    generate_demo(ctx.db, 40, seed=2, today=dt.date(2026, 11, 23))
    rows = ctx.families.list_summaries()
    model = FamilyTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 40
    names = [model.data(model.index(r, FamilyTableModel.COL_NAME)) for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    first = model.summary(0)
    assert model.data(model.index(0, FamilyTableModel.COL_CASE)) == first.case_number
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == first.id
    assert model.headerData(FamilyTableModel.COL_STATUS, Qt.Orientation.Horizontal) == "Status"


def test_filter_and_sort_keep_each_other(ctx):
    generate_demo(ctx.db, 80, seed=9, today=dt.date(2026, 11, 23))
    model = FamilyTableModel()
    model.set_rows(ctx.families.list_summaries())
    model.sort(FamilyTableModel.COL_MEMBERS, Qt.SortOrder.DescendingOrder)
    model.set_query(FamilyQuery(status="transition"))
    counts = [model.summary(r).member_count for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert {model.summary(r).status for r in range(model.rowCount())} == {"transition"}
    assert model.total() == 80 > model.rowCount() > 0
    some = model.summary(0)
    assert model.row_of(some.id) == 0
