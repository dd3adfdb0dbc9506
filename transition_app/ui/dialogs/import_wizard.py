"""File ▸ Import…: bring an existing caseload in from a CSV or XLSX file, in five steps.

1. the file (and its sheet), the reception centre and the social worker of the families;
2. the columns: each column of the file with its example values and the field it is imported
   as (recognised from its header; a combo changes it), saved mappings to reuse;
3. a preview of the first rows as they will be stored (dates in the interface's format,
   nationality and municipality names, the family each row belongs to);
4. the check (a dry run in the background): every rejected row with its row number, column,
   field and reason (copy, or save as CSV), the duplicates with skip or merge for each;
5. the import itself in the background, with a progress bar and Cancel (one transaction:
   cancelled or failed, nothing is imported), then a summary; the family list reloads.

The work is done by ``services.importing`` (``ctx.importer``); this module only shows it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QWidget, QWizard

from transition_app.domain import directory
from transition_app.domain.enums import Role
from transition_app.domain.validation import ServiceError, Term
from transition_app.services.importing import FIELDS, MERGE, SKIP, ImportOptions, ImportReport, Problem
from transition_app.services.importing.fields import BY_ID
from transition_app.ui import labels, messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_import_wizard import Ui_ImportWizard
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.progress_job import ProgressJob
from transition_app.ui.widgets.a11y import text_rows

log = logging.getLogger(__name__)
CTX = "ImportWizard"
PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_CHECK, PAGE_IMPORT = range(5)
ERROR_STYLE = "color: #b71c1c;"
FAMILY_SHADE = QColor(0, 0, 0, 18)  # every other family shaded (the Family column says it in words)
PREVIEW_ROWS = 30


# ------------------------------------------------------------------ what tests replace


def ask_import_file(parent: QWidget) -> str | None:
    """The file to import, or None (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportWizard", "File to import"), "",
        translate("ImportWizard", "Spreadsheets (*.csv *.xlsx *.xlsm *.txt)"))
    return path or None


def ask_mapping_name(parent: QWidget, current: str) -> str | None:
    """The name to save a mapping under, or None (tests replace this function)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, translate("ImportWizard", "Save the mapping"),
                                    translate("ImportWizard", "Name of the mapping (e.g. the program the file "
                                                              "comes from):"), text=current)
    return text.strip() if ok and text.strip() else None


def ask_report_path(parent: QWidget) -> str | None:
    """Where to save the list of rejected rows, or None (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, translate("ImportWizard", "Save the rejected rows"),
                                          translate("ImportWizard", "rejected-rows.csv"),
                                          translate("ImportWizard", "CSV files (*.csv)"))
    return path or None


# ------------------------------------------------------------------ texts


def field_label(field_id: str | None) -> str:
    if not field_id:
        return translate("ImportWizard", "(not imported)")
    return tr_dynamic("Import", BY_ID[field_id].label) if field_id in BY_ID else field_id


def problem_text(p: Problem) -> str:
    """The reason, in the interface language."""
    params = {k: tr_dynamic(v.context, v.text) if isinstance(v, Term) else v for k, v in p.params.items()}
    return tr_dynamic(p.code.context, p.code.text).format(**params)


def value_text(field_id: str, value: object) -> str:
    """A parsed value as the interface shows it (dates in the interface's format, names of codes)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        locale = QLocale()
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:  # the year in full, as the import asks of the file
            fmt = fmt.replace("yy", "yyyy")
        return locale.toString(QDate(value.year, value.month, value.day), fmt)
    if field_id == "nationality":
        return labels.country_name(str(value))
    if field_id in ("languages", "preferred_language"):
        codes = value if isinstance(value, tuple) else (value,)
        return ", ".join(labels.language_name(c) for c in codes)
    if field_id == "destination_municipality":
        m = directory.municipality(str(value))
        return m.name(QLocale().name()[:2]) if m else str(value)
    if field_id == "sex":
        return labels.label(labels.SEX, str(value))
    if field_id == "relationship":
        return labels.label(labels.RELATION, str(value))
    if field_id == "protection_status":
        return labels.label(labels.PROTECTION, str(value))
    if field_id == "decision_body":
        return labels.label(labels.BODY, str(value))
    if field_id == "in_belgium":
        return translate("ImportWizard", "Yes") if value else translate("ImportWizard", "No, abroad")
    return " ".join(str(value).split())


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.setItem(r, c, _item(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


# ------------------------------------------------------------------ the wizard


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportReport, after an import that wrote families

    def __init__(self, ctx: Any, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.importer = ctx.importer
        self.table: Any = None
        self.mapping: list[str | None] = []
        self.check: ImportReport | None = None  # the last dry run
        self.result: ImportReport | None = None  # the import
        self.job: ProgressJob | None = None
        self.choices: dict[int, str] = {}  # duplicate's row -> action chosen
        self._checked_options: ImportOptions | None = None
        ui = self.ui
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "&Import"))
        ui.checkPage.setCommitPage(True)
        for label in (ui.fileInfoLabel, ui.mappingErrorLabel, ui.checkSummaryLabel, ui.importStatusLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        ui.mappingErrorLabel.setStyleSheet(ERROR_STYLE)
        # hidden mandatory fields: Next / Finish stay disabled until each step is done
        self._ready = {}
        for page, name in ((ui.filePage, "fileRead"), (ui.checkPage, "checkDone"), (ui.importPage, "importDone")):
            edit = QLineEdit(page)
            edit.hide()
            page.registerField(f"{name}*", edit)
            self._ready[name] = edit
        for table in (ui.mappingTable, ui.previewTable, ui.rejectedTable, ui.duplicatesTable):
            text_rows(table)
            table.verticalHeader().hide()
        ui.mappingTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.savedCombo.setSizeAdjustPolicy(ui.savedCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.savedCombo.setMinimumContentsLength(24)
        self._fill_choices()
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.fileEdit.editingFinished.connect(self._file_typed)
        ui.sheetCombo.activated.connect(lambda _i: self.load_file(ui.fileEdit.text(), ui.sheetCombo.currentText()))
        ui.mappingTable.currentCellChanged.connect(lambda row, *_: self._show_column(row))
        ui.fieldCombo.activated.connect(lambda _i: self.set_field(ui.mappingTable.currentRow(),
                                                                  ui.fieldCombo.currentData()))
        ui.useSavedButton.clicked.connect(self.use_saved)
        ui.saveMappingButton.clicked.connect(self.save_mapping)
        ui.copyButton.clicked.connect(self.copy_rejected)
        ui.saveReportButton.clicked.connect(self.save_rejected)
        ui.skipInvalidCheck.toggled.connect(lambda _on: self._update_check_ready())
        ui.duplicatesTable.currentCellChanged.connect(lambda row, *_: self._show_duplicate(row))
        ui.duplicateActionCombo.activated.connect(lambda _i: self.set_duplicate_action(
            ui.duplicatesTable.currentRow(), ui.duplicateActionCombo.currentData()))
        ui.duplicatesDefaultCombo.activated.connect(lambda _i: self._options_changed())
        ui.recheckButton.clicked.connect(self.run_check)
        ui.centreCombo.activated.connect(lambda _i: self._options_changed())
        ui.workerCombo.activated.connect(lambda _i: self._options_changed())
        # when a page is shown, the focus goes to its first control (Qt leaves it on a wizard button)
        for page_id in self.pageIds():
            self.page(page_id).installEventFilter(self)
        self._refresh_saved()
        self._show_file_state()
        if path:
            self.load_file(path)

    # -------------------------------------------------------------- choices
    def _fill_choices(self) -> None:
        ui, actor = self.ui, self.ctx.actor
        ui.fieldCombo.addItem(field_label(None), None)
        for f in FIELDS:
            ui.fieldCombo.addItem(field_label(f.id), f.id)
        for combo in (ui.duplicateActionCombo, ui.duplicatesDefaultCombo):
            combo.addItem(translate("ImportWizard", "Skip (leave the file's family out)"), SKIP)
            combo.addItem(translate("ImportWizard", "Merge (add what is missing)"), MERGE)
        try:
            centres = [c for c in self.ctx.staff.list_centres() if not c.retired]
            workers = self.ctx.staff.list_workers(Role.SOCIAL_WORKER.value)
        except ServiceError:
            centres, workers = [], []
        if actor is not None and actor.role == Role.SOCIAL_WORKER and actor.centre_id is not None:
            centres = [c for c in centres if c.id == actor.centre_id]  # a social worker: their own centre
            ui.centreCombo.setEnabled(False)
        else:
            ui.centreCombo.addItem(translate("ImportWizard", "(no centre)"), None)
        for c in centres:
            ui.centreCombo.addItem(c.name, c.id)
        if actor is not None and actor.centre_id is not None and ui.centreCombo.findData(actor.centre_id) >= 0:
            ui.centreCombo.setCurrentIndex(ui.centreCombo.findData(actor.centre_id))
        ui.workerCombo.addItem(translate("ImportWizard", "(nobody yet)"), None)
        for w in workers:
            ui.workerCombo.addItem(w.full_name, w.username)
        if actor is not None and actor.role == Role.SOCIAL_WORKER:
            ui.workerCombo.setCurrentIndex(max(0, ui.workerCombo.findData(actor.username)))

    def options(self) -> ImportOptions:
        ui = self.ui
        return ImportOptions(centre_id=ui.centreCombo.currentData(), worker=ui.workerCombo.currentData(),
                             duplicates=ui.duplicatesDefaultCombo.currentData() or SKIP,
                             duplicate_actions=dict(self.choices), skip_invalid=ui.skipInvalidCheck.isChecked())

    # -------------------------------------------------------------- 1. the file
    def choose_file(self) -> None:
        path = ask_import_file(self)
        if path:
            self.ui.fileEdit.setText(path)
            self.load_file(path)

    def _file_typed(self) -> None:
        text = self.ui.fileEdit.text().strip()
        loaded = self.table is not None and getattr(self, "_path", None) == text
        if text and not loaded:
            self.load_file(text)

    def load_file(self, path: str, sheet: str | None = None) -> bool:
        ui = self.ui
        self._path = path.strip()
        ui.fileEdit.setText(self._path)
        self.table, self.check = None, None
        try:
            sheets = self.importer.sheets(self._path)
            table = self.importer.read(self._path, sheet)
        except (ServiceError, OSError) as exc:
            ui.fileInfoLabel.setStyleSheet(ERROR_STYLE)
            ui.fileInfoLabel.setText(service_error_text(exc) if isinstance(exc, ServiceError)
                                     else translate("ImportWizard", "This file cannot be opened."))
            self._show_file_state()
            return False
        self.table = table
        self.mapping = list(self.importer.mapping(table))
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(list(sheets))
        if table.sheet:
            ui.sheetCombo.setCurrentText(table.sheet)
        ui.fileInfoLabel.setStyleSheet("")
        if table.file_type == "csv":
            how = translate("ImportWizard", "CSV file, {encoding}, separator “{separator}”").format(
                encoding=table.encoding, separator="tab" if table.delimiter == "\t" else table.delimiter)
        else:
            how = translate("ImportWizard", "Excel workbook, sheet “{sheet}”").format(sheet=table.sheet)
        recognised = sum(1 for f in self.mapping if f)
        ui.fileInfoLabel.setText(translate("ImportWizard", "{how}: %n rows under the header (row {header}); "
                                           "{recognised} of {columns} columns recognised.", None, len(table.rows))
                                 .format(how=how, header=table.header_row, recognised=recognised,
                                         columns=len(self.mapping)))
        self._show_file_state()
        return True

    def _show_file_state(self) -> None:
        ui = self.ui
        ui.sheetCombo.setEnabled(self.table is not None and self.table.file_type == "xlsx")
        self._ready["fileRead"].setText("1" if self.table is not None else "")

    # -------------------------------------------------------------- 2. the columns
    def _fill_mapping(self) -> None:
        ui = self.ui
        columns = self.importer.columns(self.table, tuple(self.mapping))
        _fill(ui.mappingTable, [translate("ImportWizard", "Column"), translate("ImportWizard", "Examples"),
                                translate("ImportWizard", "Imported as")],
              [[c.name, " · ".join(c.samples), field_label(c.field)] for c in columns])
        if columns:
            ui.mappingTable.setCurrentCell(max(0, ui.mappingTable.currentRow()), 0)
        self._show_column(ui.mappingTable.currentRow())
        self._check_mapping()

    def _show_column(self, row: int) -> None:
        ui = self.ui
        valid = 0 <= row < len(self.mapping)
        ui.fieldCombo.setEnabled(valid)
        if not valid:
            ui.fieldHelpLabel.setText("")
            return
        field_id = self.mapping[row]
        ui.fieldCombo.setCurrentIndex(max(0, ui.fieldCombo.findData(field_id)))
        ui.fieldCombo.setAccessibleName(translate("ImportWizard", "Imported as, for the column {column}").format(
            column=self.table.column_name(row)))
        ui.fieldHelpLabel.setText(tr_dynamic("Import", BY_ID[field_id].description) if field_id else "")

    def set_field(self, row: int, field_id: str | None) -> None:
        """Import column ``row`` as ``field_id`` (None: leave it out); a field belongs to one column."""
        if not 0 <= row < len(self.mapping):
            return
        if field_id:
            self.mapping = [None if f == field_id else f for f in self.mapping]
        self.mapping[row] = field_id
        for r, f in enumerate(self.mapping):
            item = self.ui.mappingTable.item(r, 2)
            if item is not None:
                item.setText(field_label(f))
        self._show_column(row)
        self._check_mapping()

    def _check_mapping(self) -> bool:
        try:
            self.importer.check_mapping(self.table, tuple(self.mapping))
        except ServiceError as exc:
            self.ui.mappingErrorLabel.setText(service_error_text(exc))
            return False
        self.ui.mappingErrorLabel.setText("")
        return True

    def _refresh_saved(self, select: str | None = None) -> None:
        ui = self.ui
        try:
            names = sorted(self.importer.saved_mappings(), key=str.casefold)
        except ServiceError:
            names = []
        ui.savedCombo.clear()
        ui.savedCombo.addItems(names)
        if select:
            ui.savedCombo.setCurrentText(select)
        ui.savedCombo.setEnabled(bool(names))
        ui.useSavedButton.setEnabled(bool(names))

    def use_saved(self) -> None:
        name = self.ui.savedCombo.currentText()
        if not name or self.table is None:
            return
        try:
            self.mapping = list(self.importer.mapping(self.table, saved=name))
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return
        self._fill_mapping()

    def save_mapping(self) -> None:
        name = ask_mapping_name(self, self.ui.savedCombo.currentText())
        if not name:
            return
        try:
            self.importer.save_mapping(name, self.table, tuple(self.mapping))
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return
        self._refresh_saved(name)

    # -------------------------------------------------------------- 3. the preview
    def _fill_preview(self) -> None:
        ui = self.ui
        try:
            preview = self.importer.preview(self.table, tuple(self.mapping), PREVIEW_ROWS)
        except ServiceError as exc:
            ui.previewSummaryLabel.setText(service_error_text(exc))
            ui.previewTable.setRowCount(0)
            return
        fields = [f for f in (f.id for f in FIELDS) if f in self.mapping and f != "family_key"]
        with_problems = any(r.problems for r in preview.rows)  # then they come first, where they are seen
        headers = [translate("ImportWizard", "Row"), translate("ImportWizard", "Family"),
                   *([translate("ImportWizard", "Problems")] if with_problems else []),
                   *[field_label(f) for f in fields]]
        rows = []
        for r in preview.rows:
            family = str(r.family) if not r.family_key else f"{r.family} ({r.family_key})"
            problems = "; ".join(problem_text(p) for p in r.problems)
            rows.append([str(r.row), family, *([problems] if with_problems else []),
                         *[value_text(f, r.values.get(f)) for f in fields]])
        _fill(ui.previewTable, headers, rows)
        ui.previewTable.horizontalHeader().setStretchLastSection(False)
        ui.previewTable.resizeColumnToContents(0)  # row numbers and family numbers: narrow,
        ui.previewTable.resizeColumnToContents(1)  # so the values as they will be stored are in view
        if with_problems:  # the whole text is in the tooltip and on the check page
            ui.previewTable.setColumnWidth(2, min(ui.previewTable.columnWidth(2),
                                                  ui.previewTable.fontMetrics().averageCharWidth() * 26))
        for i, r in enumerate(preview.rows):
            shade = r.family % 2 == 0
            tip = "\n".join(problem_text(p) for p in r.problems)
            for c in range(ui.previewTable.columnCount()):
                item = ui.previewTable.item(i, c)
                if shade:
                    item.setBackground(QBrush(FAMILY_SHADE))
                if tip:
                    item.setToolTip(tip)
                if r.problems and c == 2:
                    item.setForeground(QBrush(QColor("#b71c1c")))
        shown = len(preview.rows)
        ui.previewSummaryLabel.setText(translate("ImportWizard", "%n rows in {families} families; the first "
                                                 "{shown} are shown. Rows of one family have the same number.",
                                                 None, preview.total_rows)
                                       .format(families=preview.families, shown=shown))

    # -------------------------------------------------------------- 4. the check
    def run_check(self) -> ProgressJob | None:
        if self.table is None or self.job is not None:
            return None
        ui = self.ui
        table, mapping, options = self.table, tuple(self.mapping), self.options()
        importer = self.importer
        self.check = None
        self._checked_options = options
        self._ready["checkDone"].setText("")
        ui.checkSummaryLabel.setText(translate("ImportWizard", "Checking every row…"))
        ui.checkProgress.setValue(0)
        ui.recheckButton.setEnabled(False)
        job = ProgressJob(lambda progress: importer.dry_run(table, mapping, options, progress), self)
        job.progressed.connect(lambda done, total: self._progress(ui.checkProgress, done, total))
        job.finished_with.connect(self._checked)
        job.failed.connect(self._job_failed)
        self.job = job
        job.start()
        return job

    def _checked(self, report: ImportReport) -> None:
        self._end_job()
        self.check = report
        ui = self.ui
        ui.checkProgress.setValue(ui.checkProgress.maximum())
        ui.recheckButton.setEnabled(True)
        _fill(ui.rejectedTable, [translate("ImportWizard", "Row"), translate("ImportWizard", "Column"),
                                 translate("ImportWizard", "Field"), translate("ImportWizard", "Reason")],
              self._rejected_rows(report))
        self._fill_duplicates(report)
        self._update_check_ready()

    def _rejected_rows(self, report: ImportReport) -> list[list[str]]:
        return [[str(p.row), p.column or "", field_label(p.field) if p.field else "", problem_text(p)]
                for p in report.rejected]

    def _fill_duplicates(self, report: ImportReport) -> None:
        ui = self.ui
        how = {"national_register_number": translate("ImportWizard", "same national register number"),
               "name_birth_date": translate("ImportWizard", "same name and birth date"),
               "case_number": translate("ImportWizard", "same case number")}
        rows = []
        for d in report.duplicates:
            if d.same_as_row is not None:
                target = translate("ImportWizard", "row {row} of this file").format(row=d.same_as_row)
            elif d.family_id is not None:
                target = translate("ImportWizard", "recorded family {case}").format(case=d.case_number)
            elif d.reason == "several_families":
                target = translate("ImportWizard", "several recorded families: always skipped")
            else:
                target = translate("ImportWizard", "a family you cannot change: always skipped")
            action = ui.duplicateActionCombo.itemText(ui.duplicateActionCombo.findData(d.action))
            rows.append([str(d.row), target, how.get(d.kind, d.kind), action])
        _fill(ui.duplicatesTable, [translate("ImportWizard", "Row"), translate("ImportWizard", "Already recorded as"),
                                   translate("ImportWizard", "How"), translate("ImportWizard", "What will be done")],
              rows)
        has = bool(report.duplicates)
        for w in (ui.duplicatesTable, ui.duplicatesDefaultCombo):
            w.setEnabled(has)
        if has:
            ui.duplicatesTable.setCurrentCell(0, 0)
        self._show_duplicate(ui.duplicatesTable.currentRow())

    def _show_duplicate(self, row: int) -> None:
        ui = self.ui
        dups = self.check.duplicates if self.check else ()
        valid = 0 <= row < len(dups)
        ui.duplicateActionCombo.setEnabled(valid and dups[row].can_merge)
        if valid:
            ui.duplicateActionCombo.setCurrentIndex(max(0, ui.duplicateActionCombo.findData(dups[row].action)))

    def set_duplicate_action(self, row: int, action: str) -> None:
        """Skip or merge one duplicate (takes effect with "Check again")."""
        dups = self.check.duplicates if self.check else ()
        if not 0 <= row < len(dups) or not dups[row].can_merge:
            return
        self.choices[dups[row].row] = action
        item = self.ui.duplicatesTable.item(row, 3)
        if item is not None:
            item.setText(self.ui.duplicateActionCombo.itemText(self.ui.duplicateActionCombo.findData(action)))
        self._options_changed()

    def _options_changed(self) -> None:
        """A choice that changes what would be imported: the check must be run again."""
        if self.check is None or self.options() == self._checked_options:
            self._update_check_ready()
            return
        self._ready["checkDone"].setText("")
        self.ui.checkSummaryLabel.setText(translate("ImportWizard", "You changed a choice: check again to see "
                                                                    "what will be imported."))

    def _update_check_ready(self) -> None:
        ui, report = self.ui, self.check
        if report is None:
            return
        if self._checked_options is not None and self._checked_options.duplicate_actions != self.choices:
            return self._options_changed()
        lines = [translate("ImportWizard", "%n rows in {families} families.", None, report.rows)
                 .format(families=report.families)]
        if report.rejected:
            lines.append(translate("ImportWizard", "%n rows are rejected (listed below, with the reason).", None,
                                   len(report.rejected_rows)))
        if report.duplicates:
            lines.append(translate("ImportWizard", "%n families have a person who is already recorded.", None,
                                   len(report.duplicates)))
        blocked = bool(report.rejected) and not ui.skipInvalidCheck.isChecked()
        would, merged = report.importable, report.mergeable
        if blocked:
            lines.append(translate("ImportWizard", "Nothing can be imported while rows are rejected: correct the "
                                                   "file and choose it again, or import the other families "
                                                   "without them."))
        else:
            if would:
                lines.append(translate("ImportWizard", "%n families will be imported.", None, would))
            if merged:
                lines.append(translate("ImportWizard", "%n recorded families will be completed.", None, merged))
            if not would and not merged:
                lines.append(translate("ImportWizard", "There is nothing new to import."))
        ui.checkSummaryLabel.setText(" ".join(lines))
        ui.skipInvalidCheck.setEnabled(bool(report.rejected))
        for w in (ui.rejectedTable, ui.copyButton, ui.saveReportButton):
            w.setEnabled(bool(report.rejected))
        self._ready["checkDone"].setText("1" if not blocked and (would or merged) else "")

    def copy_rejected(self) -> None:
        if self.check is None:
            return
        header = [translate("ImportWizard", "Row"), translate("ImportWizard", "Column"),
                  translate("ImportWizard", "Field"), translate("ImportWizard", "Reason")]
        lines = ["\t".join(header), *("\t".join(r) for r in self._rejected_rows(self.check))]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def save_rejected(self) -> Path | None:
        if self.check is None:
            return None
        path = ask_report_path(self)
        if not path:
            return None
        from transition_app.services.importing.report_file import write_private_csv

        header = [translate("ImportWizard", "Row"), translate("ImportWizard", "Column"),
                  translate("ImportWizard", "Field"), translate("ImportWizard", "Reason")]
        try:
            return write_private_csv(path, header, self._rejected_rows(self.check))
        except OSError:
            messages.error(self, translate("ImportWizard", "The list could not be saved there. Choose another "
                                                           "folder."))
            return None

    # -------------------------------------------------------------- 5. the import
    def run_import(self) -> ProgressJob | None:
        if self.table is None or self.job is not None:
            return None
        ui = self.ui
        table, mapping, options = self.table, tuple(self.mapping), self.options()
        importer = self.importer
        self.result = None
        self._ready["importDone"].setText("")
        ui.importStatusLabel.setText(translate("ImportWizard", "Importing…"))
        ui.importProgress.setValue(0)
        job = ProgressJob(lambda progress: importer.run(table, mapping, options, progress), self)
        job.progressed.connect(lambda done, total: self._progress(ui.importProgress, done, total))
        job.finished_with.connect(self._imported)
        job.failed.connect(self._job_failed)
        self.job = job
        job.start()
        return job

    def _imported(self, report: ImportReport) -> None:
        self._end_job()
        self.result = report
        ui = self.ui
        if report.cancelled:
            text = translate("ImportWizard", "Cancelled: nothing was imported.")
        elif not report.written:
            text = translate("ImportWizard", "Nothing was imported: the file has rejected rows.")
        else:
            ui.importProgress.setValue(ui.importProgress.maximum())
            text = translate("ImportWizard", "%n families imported", None, report.imported)
            text += " " + translate("ImportWizard", "(%n persons).", None, report.persons)
            if report.merged:
                text += " " + translate("ImportWizard", "%n recorded families completed.", None, report.merged)
            skipped = sum(1 for d in report.duplicates if d.action == SKIP)
            if skipped:
                text += " " + translate("ImportWizard", "%n duplicates skipped.", None, skipped)
            if report.rejected:
                text += " " + translate("ImportWizard", "%n rejected rows left out.", None, len(report.rejected_rows))
            self.imported.emit(report)
        ui.importStatusLabel.setText(text)
        self._ready["importDone"].setText("1")

    # -------------------------------------------------------------- jobs
    @staticmethod
    def _progress(bar: Any, done: int, total: int) -> None:
        bar.setMaximum(max(total, 1))
        bar.setValue(done)

    def _job_failed(self, exc: BaseException) -> None:
        page = self.currentId()
        self._end_job()
        log.error("import step failed: %s", type(exc).__name__)
        text = service_error_text(exc)
        if page == PAGE_IMPORT:
            self.ui.importStatusLabel.setText(translate("ImportWizard", "Nothing was imported.") + " " + text)
            self._ready["importDone"].setText("1")
        else:
            self.ui.checkSummaryLabel.setText(text)
            self.ui.recheckButton.setEnabled(True)

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
        self.job = None

    # -------------------------------------------------------------- navigation
    def initializePage(self, page_id: int) -> None:  # noqa: N802 - Qt's name
        super().initializePage(page_id)
        if self.table is None:
            return  # (the accessibility checks open each page on its own)
        if page_id == PAGE_MAPPING:
            self._fill_mapping()
        elif page_id == PAGE_PREVIEW:
            self._fill_preview()
        elif page_id == PAGE_CHECK:
            self.run_check()
        elif page_id == PAGE_IMPORT:
            self.run_import()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and watched is self.currentPage():
            self._focus_page()
        return super().eventFilter(watched, event)

    def _focus_page(self) -> None:
        """The keyboard focus on the page's first control (Qt leaves it on a wizard button)."""
        page = self.currentPage()
        if page is None:
            return
        w = page.nextInFocusChain()
        while w is not None and w is not page:
            if (page.isAncestorOf(w) and w.isVisible() and w.isEnabled()
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
            w = w.nextInFocusChain()
        self.button(QWizard.WizardButton.CancelButton).setFocus(Qt.FocusReason.TabFocusReason)  # no control

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        page = self.currentId()
        if page == PAGE_MAPPING and self.table is not None and not self._check_mapping():
            return False
        if page in (PAGE_CHECK, PAGE_IMPORT) and self.job is not None:
            return False
        return super().validateCurrentPage()

    def reject(self) -> None:
        """Cancel (or Escape): stops a running check or import first (nothing is imported)."""
        if self.job is not None:
            self.job.cancel()
            self.ui.importStatusLabel.setText(translate("ImportWizard", "Cancelling…"))
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.job is not None:  # the worker thread must not outlive the window
            self.job.cancel()
            self.job.wait()
            self._end_job()
        super().done(result)

