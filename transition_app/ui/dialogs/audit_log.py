"""The audit log window (coordinators): filter, read, export as CSV, verify the hash chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from transition_app.ui import messages
from transition_app.ui.generated.ui_audit_log import Ui_AuditLogDialog
from transition_app.ui.i18n import translate
from transition_app.ui.models.audit_table import ACTIONS, AuditTableModel, action_label
from transition_app.ui.widgets.a11y import max_chars, text_columns, text_rows
from transition_app.ui.widgets.date_edit import link, not_before

if TYPE_CHECKING:
    from transition_app.services.audit import AuditQuery, VerifyResult
    from transition_app.services.context import AppContext

LIMIT = 2000
OK_STYLE = "color: #1b5e20; font-weight: 600;"
BROKEN_STYLE = "color: #b71c1c; font-weight: 600;"


def ask_save_path(parent: QWidget, title: str, name: str, filters: str) -> str | None:
    """A file to write, or None when cancelled (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
    return path or None


class AuditLogDialog(QDialog):
    verified = Signal(object)  # services.audit.VerifyResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditLogDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.model = AuditTableModel(self)
        table = self.ui.entriesTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        text_rows(table, 6)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        text_columns(table, {0: 6, 1: 20, 2: 14, 3: 20, 4: 7})  # in characters: they follow the font size

        ui = self.ui
        ui.userFilter.addItem(translate("AuditLogDialog", "Everyone"), None)
        for name in ctx.audit.actors():
            ui.userFilter.addItem(name, name)
        ui.actionFilter.addItem(translate("AuditLogDialog", "All actions"), None)
        for code in sorted(ACTIONS, key=action_label):
            ui.actionFilter.addItem(action_label(code), code)
        for edit in (ui.sinceEdit, ui.untilEdit):
            edit.setToday(ctx.clock.today)
            edit.setPlaceholderText(translate("AuditLogDialog", "any day"))
            edit.dateChanged.connect(lambda _d: self.reload())
        ui.untilEdit.setRelatedDate(ui.sinceEdit.date)
        ui.untilEdit.setChecks([not_before(ui.sinceEdit.date, translate(
            "AuditLogDialog", "“To” is before “From” ({date}): no entry can match."))])
        link(ui.sinceEdit, ui.untilEdit)
        max_chars(ui.familyFilter, 10)
        ui.userFilter.currentIndexChanged.connect(lambda _i: self.reload())
        ui.actionFilter.currentIndexChanged.connect(lambda _i: self.reload())
        ui.familyFilter.editingFinished.connect(self.reload)
        ui.refreshButton.clicked.connect(self.reload)
        ui.verifyButton.clicked.connect(self.verify)
        ui.exportButton.clicked.connect(lambda: self.export_csv())
        ui.closeButton.clicked.connect(self.close)
        self.reload()

    # ----------------------------------------------------------------- filters
    def query(self) -> AuditQuery:
        from transition_app.services.audit import AuditQuery

        ui = self.ui
        family_text = ui.familyFilter.text().strip()

        return AuditQuery(actor=ui.userFilter.currentData(), action=ui.actionFilter.currentData(),
                          family_id=int(family_text) if family_text.isdigit() else None,
                          since=ui.sinceEdit.date(), until=ui.untilEdit.date())

    def reload(self) -> None:
        from transition_app.domain.validation import ServiceError
        from transition_app.ui.errors import service_error_text

        query = self.query()
        try:
            rows = self.ctx.audit.browse(query, limit=LIMIT)
            total = self.ctx.audit.count(query)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return
        self.model.set_rows(rows)
        text = translate("AuditLogDialog", "{count} entries, newest first").format(count=total)
        if total > len(rows):
            text = translate("AuditLogDialog", "{count} entries; the newest {shown} are shown (narrow the "
                                               "filters or export them all)").format(count=total, shown=len(rows))
        self.ui.countLabel.setText(text)

    # ----------------------------------------------------------------- actions
    def verify(self) -> VerifyResult:
        result = self.ctx.audit.verify()
        label = self.ui.verifyLabel
        if result.ok:
            label.setStyleSheet(OK_STYLE)
            label.setText(translate("AuditLogDialog", "✔ The chain is intact: none of the {count} entries was "
                                                      "changed, inserted or removed.").format(count=result.entries))
        else:
            label.setStyleSheet(BROKEN_STYLE)
            first = ", ".join(f"#{b.entry_id}" for b in result.breaks[:10])
            label.setText(translate("AuditLogDialog", "✘ The audit log was altered: {count} breaks in the chain "
                                                      "(entries {entries}). Keep this database as evidence and "
                                                      "tell your data protection officer.").format(
                count=len(result.breaks), entries=first))
        self.reload()
        self.verified.emit(result)
        return result

    def export_csv(self, path: str | None = None) -> int | None:
        if path is None:
            path = ask_save_path(self, translate("AuditLogDialog", "Export the audit log"),
                                 f"audit-log-{self.ctx.clock.today().isoformat()}.csv",
                                 translate("AuditLogDialog", "CSV files (*.csv)"))
            if path is None:
                return None
        n = self.ctx.audit.export_csv(path, self.query())
        self.ui.countLabel.setText(translate("AuditLogDialog", "Exported {count} entries to {path}.").format(
            count=n, path=path))
        return n
