"""File ▸ Export list…: the family list (as filtered in the main window), the due list or the dashboard
as an Excel workbook or a CSV file (``services.list_export``).

The person chooses the list and the format, then where to save it (a name with the day's date and
no personal data); the file is written in a worker thread with a progress bar and Cancel, and a
message says when it is done.  Headers and labels are in the interface language.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from transition_app.ui import messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_export_list import Ui_ExportListDialog
from transition_app.ui.i18n import translate, ui_language
from transition_app.ui.progress_job import ProgressJob

log = logging.getLogger(__name__)
LISTS = ("families", "due", "dashboard")
#: (format, CSV separator) of each choice of the format list
FORMATS = (("xlsx", ";"), ("csv", ";"), ("csv", ","))


def ask_save_path(parent: Any, title: str, name: str, filters: str) -> str | None:
    """The file to write, or None (tests replace this function)."""
    from transition_app.ui.privacy_menu import ask_save_path as ask

    return ask(parent, title, name, filters)


def safe_file_name(text: str) -> str:
    """``text`` as a file name on every system (letters of any script kept)."""
    return re.sub(r"[\\/:*?\"<>|\s]+", "-", text).strip("-.") or "export"


class ExportListDialog(QDialog):
    """``which``: the list chosen at first (the dashboard's Export… button chooses ``dashboard``);
    ``query``: the main window's filters; ``dashboard``: the dashboard's (worker, track, days)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None, which: str = "families", query: Any = None,
                 dashboard: dict[str, Any] | None = None):
        super().__init__(parent)
        self.ui = Ui_ExportListDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        from transition_app.services.dto import FamilyQuery

        self.query = query if query is not None else FamilyQuery()
        self.dashboard_filters = {k: v for k, v in (dashboard or {}).items() if k in ("worker_id", "track",
                                                                                       "within_days")}
        self.job: ProgressJob | None = None
        self.result: Any = None
        self.done_box: QMessageBox | None = None
        ui = self.ui
        ui.formatCombo.addItem(translate("ExportListDialog", "Excel workbook (.xlsx)"), 0)
        ui.formatCombo.addItem(translate("ExportListDialog", "CSV for Excel in Belgium (fields separated by ;)"), 1)
        ui.formatCombo.addItem(translate("ExportListDialog", "CSV with commas (fields separated by ,)"), 2)
        ui.progressBar.setAccessibleName(translate("ExportListDialog", "Progress"))
        ui.listGroup.setAccessibleName(translate("ExportListDialog", "Which list"))
        {"due": ui.dueRadio, "dashboard": ui.dashboardRadio}.get(which, ui.familiesRadio).setChecked(True)
        ui.familiesHint.setText(self._families_hint())
        ui.dashboardHint.setText(self._dashboard_hint())
        ui.privacyLabel.setText(self._privacy_text())
        for radio in (ui.familiesRadio, ui.dueRadio, ui.dashboardRadio):
            radio.toggled.connect(self._update)
        ui.exportButton.clicked.connect(lambda: self.start())
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.close)
        ui.progressBar.setVisible(False)
        self._set_running(False)

    # ----------------------------------------------------------------- what is chosen
    def which(self) -> str:
        if self.ui.dueRadio.isChecked():
            return "due"
        return "dashboard" if self.ui.dashboardRadio.isChecked() else "families"

    def file_format(self) -> tuple[str, str]:
        return FORMATS[int(self.ui.formatCombo.currentData())]

    def choose(self, which: str, fmt: str = "xlsx", separator: str = ";") -> None:
        """Select a list and a format (keyboard users do the same with the controls)."""
        {"due": self.ui.dueRadio, "dashboard": self.ui.dashboardRadio}.get(which, self.ui.familiesRadio).setChecked(
            True)
        self.ui.formatCombo.setCurrentIndex(FORMATS.index((fmt, separator)))

    def _update(self) -> None:
        self.ui.daysSpin.setEnabled(self.ui.dueRadio.isChecked() and self.job is None)

    def _families_hint(self) -> str:
        q = self.query
        filtered = bool(q.text.strip() or q.status or q.worker_id or q.nationality or q.language)
        if filtered:
            return translate("ExportListDialog", "Only the families the list shows now (its search and filters).")
        return translate("ExportListDialog", "Every family of the list but the archived ones.")

    def _dashboard_hint(self) -> str:
        days = QLocale().toString(int(self.dashboard_filters.get("within_days", 30)))  # the locale's digits
        if self.dashboard_filters.get("worker_id") is not None or self.dashboard_filters.get("track"):
            return translate("ExportListDialog", "With the dashboard's filters, due within {days} days.").format(
                days=days)
        return translate("ExportListDialog", "Every worker and every track, due within {days} days.").format(
            days=days)

    def _privacy_text(self) -> str:
        from transition_app.access.permissions import Permission

        actor = getattr(self.ctx, "actor", None)
        sees_decision = actor is None or actor.can(Permission.VIEW_DECISION)
        if sees_decision:
            text = translate("ExportListDialog",
                             "The protection status and the decision date are included: your role may see them.")
        else:
            text = translate("ExportListDialog", "Without the protection decision: your role does not show it.")
        return text + " " + translate(
            "ExportListDialog", "National register numbers, contacts and notes are never in a list. "
            "The file is not encrypted: keep it safe and delete it when done.")

    def default_name(self) -> str:
        """The file name offered: what the list is and the day (the clock's), no personal data."""
        which, (fmt, _sep) = self.which(), self.file_format()
        base = {"families": translate("ExportListDialog", "family-list"),
                "due": translate("ExportListDialog", "due-within-{days}-days").format(days=self.ui.daysSpin.value()),
                "dashboard": translate("ExportListDialog", "dashboard")}[which]
        return f"{safe_file_name(base)}_{self.ctx.clock.today().isoformat()}.{fmt}"

    # ----------------------------------------------------------------- running
    def start(self, path: str | None = None) -> ProgressJob | None:
        """Ask where to save (unless ``path``), then write the file in the background."""
        fmt, separator = self.file_format()
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                Path.home())
            filters = (translate("ExportListDialog", "Excel workbook (*.xlsx)") if fmt == "xlsx"
                       else translate("ExportListDialog", "CSV file (*.csv)"))
            path = ask_save_path(self, translate("ExportListDialog", "Save the list as"),
                                 str(Path(folder) / self.default_name()), filters)
            if not path:
                return None
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        from transition_app.services.list_export import ExportTexts

        texts = ExportTexts(ui_language(), QCoreApplication.translate)
        service, which = self.ctx.list_export, self.which()
        days, query, board = self.ui.daysSpin.value(), self.query, dict(self.dashboard_filters)

        def work(progress: Any) -> Any:  # worker thread: no widgets here
            if which == "due":
                return service.export_due(path, fmt, days, separator=separator, texts=texts, progress=progress)
            if which == "dashboard":
                return service.export_dashboard(path, fmt, separator=separator, texts=texts, progress=progress,
                                                **board)
            return service.export_families(path, fmt, query, separator=separator, texts=texts, progress=progress)

        self.result = None
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.ui.statusLabel.setText(translate("ExportListDialog", "Writing the file…"))
        self.job = ProgressJob(work, self)
        self.job.progressed.connect(self._progressed)
        self.job.finished_with.connect(self._finished)
        self.job.failed.connect(self._failed)
        self._set_running(True)
        self.job.start()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.statusLabel.setText(translate("ExportListDialog", "Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    def _finished(self, result: Any) -> None:
        self._end_job()
        self.result = result
        texts = {"families": translate("ExportListDialog", "The family list was saved (%n rows) in {file}.", None,
                                       result.rows),
                 "due": translate("ExportListDialog", "The due list was saved (%n rows) in {file}.", None, result.rows),
                 "dashboard": translate("ExportListDialog", "The dashboard was saved (%n rows) in {file}.", None,
                                        result.rows)}
        text = texts[result.list].format(file=str(result.path))
        self.ui.statusLabel.setText(text)
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(text, 10000)
        self.done_box = messages.show(parent or self, translate("ExportListDialog", "Export a list"), text,
                                      QMessageBox.Icon.Information)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from transition_app.services.list_export import ExportCancelled

        self._end_job()
        self.ui.progressBar.setVisible(False)
        if isinstance(exc, ExportCancelled):
            self.ui.statusLabel.setText(service_error_text(exc))
            return
        log.error("list export failed: %s", type(exc).__name__)
        self.ui.statusLabel.setText("")
        messages.error(self, service_error_text(exc))

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        for w in (ui.familiesRadio, ui.dueRadio, ui.dashboardRadio, ui.formatCombo, ui.exportButton, ui.closeButton):
            w.setEnabled(not running)
        ui.cancelButton.setEnabled(True)
        ui.cancelButton.setVisible(running)  # Cancel stops the writing; Close (or Escape) closes
        ui.closeButton.setVisible(not running)
        self._update()

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
        self.job = None
        self._set_running(False)

    def reject(self) -> None:
        if self.job is not None:  # Escape while writing: cancel first
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # the thread must not outlive the dialog
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)


def open_export_dialog(window: Any, which: str = "families", dashboard: dict[str, Any] | None = None,
                       parent: QWidget | None = None) -> ExportListDialog | None:
    """The export dialog over ``window``'s context (kept referenced while open, and by tests)."""
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        return None
    query = window.current_query() if hasattr(window, "current_query") and window.model is not None else None
    dialog = ExportListDialog(ctx, parent or window, which=which, query=query, dashboard=dashboard)
    window.export_dialog = dialog
    dialog.finished.connect(lambda _r: setattr(window, "export_dialog", None))
    dialog.open()
    return dialog
