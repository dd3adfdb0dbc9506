"""File ▸ Import…: the wizard on an empty database, from the file through the columns, the preview and
the check to the import, with screenshots of the columns and preview pages in English and Arabic."""

from __future__ import annotations

import datetime as dt
import os
import stat

import openpyxl
import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWizard

from transition_app.ui import i18n
from transition_app.ui.dialogs import import_wizard
from transition_app.ui.dialogs.import_wizard import PAGE_CHECK, PAGE_IMPORT, PAGE_MAPPING, PAGE_PREVIEW
from transition_app.ui.main_window import MainWindow


def caseload(path, bad_row: bool = True) -> str:
    """An Excel file as a centre keeps it: Dutch headers, the family key merged over its rows, date cells,
    a country column whose header the import does not know."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bewoners"
    ws.append(["Gezin", "Naam", "Voornaam", "Geboortedatum", "Relatie", "Land", "Status", "Beslissingsdatum",
               "Gemeente"])
    ws.append(["G1", "Haddad", "Amal", dt.date(1990, 3, 4), "gezinshoofd", "Syrië", "vluchteling",
               dt.date(2026, 10, 1), "Luik"])
    ws.append([None, "Haddad", "Omar", dt.date(2015, 6, 1), "kind", "Syrië", None, None, None])
    ws.merge_cells("A2:A3")
    ws.append(["G2", "Tesfay", "Yonas", dt.date(1985, 12, 12), "gezinshoofd", "Eritrea", "subsidiaire bescherming",
               dt.date(2026, 9, 15), "9000"])
    if bad_row:
        ws.append(["G3", "Kaya", "Zeynep", "1/1/99", "gezinshoofd", "Turkije", None, None, None])
    wb.save(path)
    return str(path)


@pytest.fixture(autouse=True)
def english(qapp):
    """The English catalog (its plural forms: "1 row", "2 rows")."""
    i18n.install(qapp, "en")


@pytest.fixture
def empty_window(qtbot, ctx):
    """The main window on a database without any family (no demo data)."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    with qtbot.waitSignal(win.families_loaded, timeout=10_000):
        win.reload()
    assert win.model.rowCount() == 0
    return win


def open_wizard(qtbot, window, path, monkeypatch):
    monkeypatch.setattr(import_wizard, "ask_import_file", lambda parent: path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File ▸ Import…
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    wizard.ui.chooseButton.click()
    return wizard


def next_page(qtbot, wizard):
    button = wizard.button(QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
                           else QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    button.click()


def wait_job(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)


def test_import_wizard_mapping_preview_check_and_import_on_an_empty_database(qtbot, ctx, empty_window, tmp_path,
                                                                             monkeypatch, artifacts):
    window = empty_window
    wizard = open_wizard(qtbot, window, caseload(tmp_path / "bewoners.xlsx"), monkeypatch)
    ui = wizard.ui
    assert "Excel workbook, sheet “Bewoners”: 4 rows under the header (row 1)" in ui.fileInfoLabel.text()
    assert "8 of 9 columns recognised" in ui.fileInfoLabel.text()
    next_page(qtbot, wizard)

    # the columns: "Land" was not recognised; give it to the nationality
    assert wizard.currentId() == PAGE_MAPPING
    table = ui.mappingTable
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(rows["Voornaam"], 2).text() == "Given names"
    assert table.item(rows["Geboortedatum"], 1).text().startswith("1990-03-04")
    assert table.item(rows["Land"], 2).text() == "(not imported)"
    table.setCurrentCell(rows["Land"], 0)
    ui.fieldCombo.setCurrentIndex(ui.fieldCombo.findData("nationality"))
    ui.fieldCombo.activated.emit(ui.fieldCombo.currentIndex())
    assert table.item(rows["Land"], 2).text() == "Nationality"
    assert ui.mappingErrorLabel.text() == ""
    monkeypatch.setattr(import_wizard, "ask_mapping_name", lambda parent, current: "Bewonerslijst")
    ui.saveMappingButton.click()
    assert ui.savedCombo.currentText() == "Bewonerslijst"
    assert ctx.importer.saved_mappings()["Bewonerslijst"]["land"] == "nationality"
    assert wizard.grab().save(str(artifacts / "import_mapping_en.png"))
    next_page(qtbot, wizard)

    # the preview: the rows as they will be stored, with their family
    assert wizard.currentId() == PAGE_PREVIEW
    preview = ui.previewTable
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    cell = {(r, h): preview.item(r, c).text() for r in range(preview.rowCount()) for c, h in enumerate(headers)}
    assert cell[(0, "Family")] == "1 (G1)" and cell[(1, "Family")] == "1 (G1)" and cell[(2, "Family")] == "2 (G2)"
    locale_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy").replace("yy", "yyyy")
    assert cell[(0, "Birth date")] == QLocale().toString(QDate(1990, 3, 4), locale_format)  # the interface's format
    assert "1990" in cell[(0, "Birth date")]  # with the year in full
    assert cell[(0, "Nationality")] == "Syria" and cell[(0, "Destination municipality")] == "Liège"
    assert cell[(0, "Relationship")] == "Head of household" and cell[(1, "Relationship")] == "Child"
    assert cell[(2, "Protection status")] == "Subsidiary protection"
    assert "two-digit year" in cell[(3, "Problems")]
    assert "4 rows in 3 families" in ui.previewSummaryLabel.text()
    assert wizard.grab().save(str(artifacts / "import_preview_en.png"))
    next_page(qtbot, wizard)

    # the check: every rejected row, nothing written
    assert wizard.currentId() == PAGE_CHECK
    wait_job(qtbot, wizard)
    rejected = ui.rejectedTable
    assert rejected.rowCount() == 1
    assert [rejected.item(0, c).text() for c in range(3)] == ["5", "Geboortedatum", "Birth date"]
    assert "two-digit year" in rejected.item(0, 3).text()
    assert "Nothing can be imported while rows are rejected" in ui.checkSummaryLabel.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    report = tmp_path / "rejected.csv"
    monkeypatch.setattr(import_wizard, "ask_report_path", lambda parent: str(report))
    ui.saveReportButton.click()
    assert report.read_bytes().startswith(b"\xef\xbb\xbfRow;Column;Field;Reason\r\n5;Geboortedatum;Birth date;")
    assert stat.S_IMODE(os.stat(report).st_mode) == 0o600
    ui.copyButton.click()
    assert QApplication.clipboard().text().splitlines()[1].startswith("5\tGeboortedatum\tBirth date\t")
    assert window.ctx.families.count() == 0
    ui.skipInvalidCheck.setChecked(True)
    assert "2 families will be imported." in ui.checkSummaryLabel.text()
    next_page(qtbot, wizard)

    # the import, then the summary and the family list
    assert wizard.currentId() == PAGE_IMPORT
    with qtbot.waitSignal(window.families_loaded, timeout=20_000):
        wait_job(qtbot, wizard)
    assert ui.importStatusLabel.text() == "2 families imported (3 persons). 1 rejected row left out."
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert window.model.rowCount() == 2
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    names = sorted(s.household_name for s in ctx.families.list_summaries())
    assert names == ["HADDAD Amal", "TESFAY Yonas"]


def test_duplicates_are_listed_with_skip_or_merge_and_cancel_imports_nothing(qtbot, ctx, empty_window, tmp_path,
                                                                             monkeypatch):
    path = caseload(tmp_path / "bewoners.xlsx", bad_row=False)
    table = ctx.importer.read(path)
    ctx.importer.run(table, ctx.importer.mapping(table, overrides=["Land=nationality"]))  # already imported once
    wizard = open_wizard(qtbot, empty_window, path, monkeypatch)
    ui = wizard.ui
    for _ in range(3):
        next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    dups = ui.duplicatesTable
    assert dups.rowCount() == 2
    assert [dups.item(0, c).text() for c in range(4)] == [
        "2", "recorded family TA-2026-00001", "same name and birth date", "Skip (leave the file's family out)"]
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # nothing to import
    assert "There is nothing new to import." in ui.checkSummaryLabel.text()
    dups.setCurrentCell(0, 0)
    ui.duplicateActionCombo.setCurrentIndex(ui.duplicateActionCombo.findData("merge"))
    ui.duplicateActionCombo.activated.emit(ui.duplicateActionCombo.currentIndex())
    assert "check again" in ui.checkSummaryLabel.text()
    ui.recheckButton.click()
    wait_job(qtbot, wizard)
    assert "1 recorded family will be completed." in ui.checkSummaryLabel.text()
    assert dups.item(0, 3).text() == "Merge (add what is missing)"
    assert wizard.check.duplicates[0].action == "merge" and wizard.check.duplicates[1].action == "skip"
    # cancel the import as soon as it starts: nothing is written
    original = import_wizard.ImportWizard.run_import

    def cancelled_at_once(self):
        job = original(self)
        job.cancel()
        return job

    monkeypatch.setattr(import_wizard.ImportWizard, "run_import", cancelled_at_once)
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    assert ui.importStatusLabel.text() == "Cancelled: nothing was imported."
    assert ctx.families.count() == 2 and len(ctx.families.get_family(1).members) == 2


def test_mapping_and_preview_pages_in_arabic(qtbot, ctx, empty_window, tmp_path, monkeypatch, artifacts):
    i18n.install(QApplication.instance(), "ar")
    try:
        wizard = open_wizard(qtbot, empty_window, caseload(tmp_path / "bewoners.xlsx"), monkeypatch)
        assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
        next_page(qtbot, wizard)
        assert wizard.ui.mappingTable.item(1, 2).text() != "Surname"  # the field names are translated
        assert wizard.grab().save(str(artifacts / "import_mapping_ar.png"))
        next_page(qtbot, wizard)
        assert wizard.grab().save(str(artifacts / "import_preview_ar.png"))
        wizard.reject()
    finally:
        i18n.install(QApplication.instance(), "en")


def test_admin_buddies_have_no_import(qtbot, ctx, staff):
    from transition_app.access.permissions import Actor

    buddy = ctx.for_actor(Actor(99, "buddy", "admin_buddy", staff["centre"].id))
    win = MainWindow(buddy)
    qtbot.addWidget(win)
    assert not win.import_action.isVisible() and not win.import_action.isEnabled()
