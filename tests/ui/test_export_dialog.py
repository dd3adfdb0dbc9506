"""File ▸ Export list… and the dashboard's Export… button (issue 9, point 4)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from transition_app.services.list_export import HEADER_ROW
from transition_app.ui import i18n
from transition_app.ui.dialogs import export_list


@pytest.fixture
def saves(monkeypatch, tmp_path):
    """The save-file dialog: records what it offered and answers with a file in tmp_path."""
    offered: list[tuple[str, str]] = []
    answer: list[str | None] = []

    def fake(parent, title, name, filters):
        offered.append((name, filters))
        return answer.pop(0) if answer else str(tmp_path / "out" / name.rsplit("/", 1)[-1])

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(export_list, "ask_save_path", fake)
    return offered, answer


def finish(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is None and dialog.result is not None, timeout=20_000)
    return dialog.result


def test_file_export_writes_the_family_list_as_filtered(qtbot, window, saves, tmp_path, artifacts):
    offered, _ = saves
    window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData("transition"))
    shown = window.model.rowCount()
    assert window.export_action.isEnabled() and window.export_action.shortcut().toString() == "Ctrl+Shift+E"
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.which() == "families" and dialog.file_format() == ("xlsx", ";")
    assert "Only the families the list shows now" in dialog.ui.familiesHint.text()
    assert "National register numbers" in dialog.ui.privacyLabel.text()
    dialog.grab().save(str(artifacts / "export_list_dialog.png"))
    dialog.ui.exportButton.click()
    result = finish(qtbot, dialog)
    name, filters = offered[0]
    assert name.endswith("family-list_2026-11-23.xlsx") and "*.xlsx" in filters  # the clock's date, no names
    assert result.rows == shown
    ws = openpyxl.load_workbook(result.path).active
    statuses = {row[3] for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)}
    assert statuses == {"In transition"}
    assert "status: In transition" in ws["A3"].value
    assert not dialog.isVisible()
    box = dialog.done_box
    assert box is not None and "The family list was saved" in box.text() and str(result.path) in box.text()
    assert "The family list was saved" in window.statusBar().currentMessage()
    box.close()


def test_due_list_as_csv_and_cancelled_save(qtbot, window, saves):
    offered, answer = saves
    window.export_action.trigger()
    dialog = window.export_dialog
    dialog.ui.dueRadio.setChecked(True)
    assert dialog.ui.daysSpin.isEnabled()
    dialog.ui.daysSpin.setValue(10)
    dialog.ui.formatCombo.setCurrentIndex(1)
    answer.append(None)  # the person cancels the save-file dialog: nothing happens
    assert dialog.start() is None and dialog.isVisible() and dialog.job is None
    dialog.ui.exportButton.click()
    result = finish(qtbot, dialog)
    assert offered[-1][0].endswith("due-within-10-days_2026-11-23.csv")
    assert result.path.read_bytes().startswith(b"\xef\xbb\xbfDue;Days left;")
    assert result.rows == len(window.ctx.checklists.due_within(10))
    dialog.done_box.close()


def test_the_dashboard_button_exports_the_dashboard_with_its_filters(qtbot, window, saves):
    board = window.show_dashboard()
    qtbot.waitUntil(lambda: board.data is not None and not board._loading, timeout=10_000)
    board.ui.withinSpin.setValue(45)
    qtbot.waitUntil(lambda: not board._loading, timeout=10_000)
    dialog = board.export()
    assert dialog.which() == "dashboard" and "45 days" in dialog.ui.dashboardHint.text()
    dialog.ui.exportButton.click()
    result = finish(qtbot, dialog)
    wb = openpyxl.load_workbook(result.path)
    assert len(wb.sheetnames) == 4 and "due within 45 days" in wb["Summary"]["A3"].value
    dialog.done_box.close()
    board.close()


def test_an_error_is_a_plain_message_and_nothing_is_lost(qtbot, window, saves, tmp_path, monkeypatch):
    _, answer = saves
    shown: list[str] = []
    from transition_app.ui import messages

    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    window.export_action.trigger()
    dialog = window.export_dialog
    answer.append(str(tmp_path / "no-such-folder" / "list.xlsx"))
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.job is None and bool(shown), timeout=20_000)
    assert shown == ["The file could not be written (No such file or directory). Choose another folder or name."]
    assert dialog.isVisible() and dialog.ui.exportButton.isEnabled()  # choose another folder and try again
    dialog.close()


def test_cancel_while_writing(qtbot, window, saves, monkeypatch):
    from transition_app.services import list_export

    monkeypatch.setattr(list_export, "PROGRESS_EVERY", 1)
    window.export_action.trigger()
    dialog = window.export_dialog
    job = dialog.start()
    dialog.cancel()  # at once: the worker stops at its next row
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    if dialog.result is None:  # (a fast machine may have finished first)
        assert dialog.ui.statusLabel.text() == "The export was cancelled; no file was written."
        assert not list((window.ctx.paths.root.parent / "out").iterdir())
    assert job is not None


@pytest.mark.parametrize("code", ["en", "ar"])
def test_screenshots(qtbot, window, code, artifacts):
    i18n.install(QApplication.instance(), code)
    try:
        window.export_action.trigger()
        dialog = window.export_dialog
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(artifacts / f"export_list_{code}.png"))
        dialog.close()
        window.settings_action.trigger()
        settings = window.settings_dialog
        settings.show()
        qtbot.waitExposed(settings)
        settings.grab().save(str(artifacts / f"settings_{code}.png"))
        settings.close()
    finally:
        i18n.install(QApplication.instance(), "en")
    assert QMessageBox  # (imported for the message boxes the dialog opens)
