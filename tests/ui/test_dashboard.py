import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.conftest import TODAY, decision, family_input, person
from transition_app.services.demo import generate_demo
from transition_app.ui.main_window import MainWindow
from transition_app.ui.views import checklist_view as cv


@pytest.fixture
def win(qtbot, ctx, staff):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def open_dashboard(qtbot, window):
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    board = window.show_dashboard()
    qtbot.waitUntil(lambda: board.data is not None and not board._loading, timeout=10_000)
    return board


def test_dashboard_counts_filters_and_ticking_in_the_checklist(qtbot, win, ctx, staff):
    anna = ctx.families.create_family(family_input(decision=decision(), worker_id=staff["anna"].id))
    ctx.families.create_family(family_input(
        decision=decision(decision_date=dt.date(2026, 11, 10), notification_date=dt.date(2026, 11, 12)),
        worker_id=staff["bram"].id))
    ctx.families.create_family(family_input(
        person(), person("Omar", "Haddad", "spouse", sex="M", in_belgium=False),
        decision=decision(decision_date=dt.date(2026, 6, 1), notification_date=dt.date(2026, 6, 2)),
        worker_id=staff["bram"].id))
    board = open_dashboard(qtbot, win)
    assert board.isVisible() and board.isWindow()
    ui = board.ui
    assert "<b>3</b> families still in reception" in ui.transitionCount.text()
    overdue_before = board.data.overdue_total
    assert f"<b>{overdue_before}</b> overdue steps" in ui.overdueCount.text()
    assert ui.familiesTable.rowCount() == 3 and ui.overdueTable.rowCount() == overdue_before
    assert ui.reunificationTable.rowCount() == 1
    assert "overdue: <b>1</b>" in ui.bucketsLabel.text()

    # filter by worker, then by track
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        ui.workerFilter.setCurrentIndex(ui.workerFilter.findText("Anna Peeters"))
    assert "<b>1</b> families still in reception" in ui.transitionCount.text()
    assert {board.family_at(ui.familiesTable, r) for r in range(ui.familiesTable.rowCount())} == {anna.id}
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        ui.trackFilter.setCurrentIndex(ui.trackFilter.findData("reception"))
    assert all(ui.overdueTable.item(r, 5).text() in ("Talk with your social worker about leaving",
                                                     "Choose how you want to leave")
               for r in range(ui.overdueTable.rowCount()))
    assert ui.reunificationTable.rowCount() == 0
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        ui.workerFilter.setCurrentIndex(0)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        ui.trackFilter.setCurrentIndex(0)
    assert board.data.overdue_total == overdue_before

    # double-click (activate) a row: the family opens in the main window, on its checklist
    row = next(r for r in range(ui.familiesTable.rowCount()) if board.family_at(ui.familiesTable, r) == anna.id)
    ui.familiesTable.setCurrentCell(row, 0)
    ui.familiesTable.setFocus()
    qtbot.keyClick(ui.familiesTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.checklist_view.data is not None and win.checklist_view.data.family_id == anna.id)
    assert win._detail.id == anna.id and win.ui.detailTabs.currentWidget() is win.ui.checklistTab

    # ticking the overdue interview in the checklist (done today) refreshes the dashboard: the interview
    # is no longer overdue, and neither is the resident's choice, which now counts from today
    view = win.checklist_view
    row_before = next(r for r in board.data.families if r.family_id == anna.id)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        view.item_for("reception.transition_interview").setCheckState(0, Qt.CheckState.Checked)
    assert board.data.overdue_total == overdue_before - 2
    assert f"<b>{overdue_before - 2}</b> overdue steps" in ui.overdueCount.text()
    row_after = next(r for r in board.data.families if r.family_id == anna.id)
    assert (row_after.open_steps, row_after.overdue_steps) == (row_before.open_steps - 1,
                                                              row_before.overdue_steps - 2)


def test_dashboard_action_and_shortcut(qtbot, win):
    assert win.ui.actionDashboard.shortcut() == QKeySequence("Ctrl+D")
    assert win.ui.actionDashboard in win.ui.menuView.actions()
    board = open_dashboard(qtbot, win)
    assert board is win.show_dashboard()  # one dashboard window, reused
    assert board.accessibleName() == "Dashboard"


def test_screenshot_dashboard(qtbot, win, ctx, artifacts):
    generate_demo(ctx.db, 400, seed=3, today=TODAY)
    board = open_dashboard(qtbot, win)
    assert board.data.families_in_transition > 20 and board.data.overdue_total > 0
    board.resize(1200, 720)
    qtbot.wait(50)
    path = artifacts / "dashboard.png"
    assert board.grab().save(str(path))
    board.ui.tables.setCurrentIndex(1)
    assert board.grab().save(str(artifacts / "dashboard_overdue.png"))
    assert path.stat().st_size > 10_000
    assert cv.status_label("waiting") == "Waiting for someone else"
