"""Dossiers for every family leaving within N days, written to a folder, with a progress bar and Cancel.

The batch runs in a worker thread (:class:`~transition_app.ui.progress_job.ProgressJob`):
the window stays responsive, and Cancel stops after the dossier being written (every file
written is complete and its issue recorded).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from transition_app.services.handover import BatchResult, RecipientKind
from transition_app.ui import messages
from transition_app.ui.dialogs.dossier_dialog import fill_languages, recipient_choices
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_batch_dossiers import Ui_BatchDossiersDialog
from transition_app.ui.i18n import translate
from transition_app.ui.progress_job import ProgressJob

log = logging.getLogger(__name__)


class BatchDossiersDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.ui = Ui_BatchDossiersDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.handover = ctx.handover
        self.job: ProgressJob | None = None
        self.result: BatchResult | None = None
        self.workers: int | None = None  # None: the service decides (processes for big batches)
        ui = self.ui
        for text, kind in recipient_choices():
            ui.recipientCombo.addItem(text, kind.value)
        ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findData(RecipientKind.CPAS.value))
        fill_languages(ui.languageCombo, each_recipient=True)
        ui.formatCombo.addItem("PDF", "pdf")
        ui.formatCombo.addItem("DOCX", "docx")
        ui.folderEdit.setText(str(folder or Path.home()))
        ui.browseButton.clicked.connect(self._browse)
        ui.startButton.clicked.connect(self.start)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.close)
        ui.daysSpin.valueChanged.connect(self._update_count)
        ui.progressBar.setAccessibleName(translate("BatchDossiersDialog", "Progress"))
        self._set_running(False)
        self._update_count()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("BatchDossiersDialog", "Folder for the dossiers"),
                                                  self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def _update_count(self) -> None:
        try:
            n = len(self.handover.families_leaving_within(self.ui.daysSpin.value()))
        except Exception as exc:  # noqa: BLE001
            self.ui.countLabel.setText(service_error_text(exc))
            return
        self.ui.countLabel.setText(translate("BatchDossiersDialog", "{count} families leave reception within "
                                             "{days} days or are past their exit date.").format(
            count=n, days=self.ui.daysSpin.value()))
        self.ui.startButton.setEnabled(n > 0 and self.job is None)

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        for w in (ui.daysSpin, ui.recipientCombo, ui.languageCombo, ui.formatCombo, ui.folderEdit, ui.browseButton,
                  ui.startButton, ui.closeButton):
            w.setEnabled(not running)
        ui.cancelButton.setEnabled(running)

    # -------------------------------------------------------------- running
    def start(self) -> ProgressJob | None:
        folder = Path(self.ui.folderEdit.text().strip())
        if not folder.is_dir():
            messages.error(self, translate("BatchDossiersDialog", "Choose an existing folder for the dossiers."))
            return None
        days, kind = self.ui.daysSpin.value(), str(self.ui.recipientCombo.currentData())
        language, fmt, workers = str(self.ui.languageCombo.currentData()) or None, \
            str(self.ui.formatCombo.currentData()), self.workers
        handover = self.handover

        def work(progress: Any) -> BatchResult:  # worker thread: no widgets here
            return handover.issue_batch(days, kind, folder, language=language, file_format=fmt, progress=progress,
                                        workers=workers)

        self.result = None
        self.ui.progressBar.setValue(0)
        self.ui.statusLabel.setText(translate("BatchDossiersDialog", "Making the dossiers…"))
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
            self.ui.statusLabel.setText(translate("BatchDossiersDialog", "Cancelling after the current dossier…"))

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)
        if self.job is not None and not self.job.cancelled:
            self.ui.statusLabel.setText(translate("BatchDossiersDialog", "{done} of {total} dossiers")
                                        .format(done=done, total=total))

    def _finished(self, result: BatchResult) -> None:
        self._end_job()
        self.result = result
        text = translate("BatchDossiersDialog", "{written} of {total} dossiers written to {folder}.").format(
            written=len(result.written), total=result.total, folder=self.ui.folderEdit.text())
        if result.cancelled:
            text += " " + translate("BatchDossiersDialog", "Cancelled: the files written are complete.")
        if result.failed:
            text += " " + translate("BatchDossiersDialog", "{count} could not be made.").format(
                count=len(result.failed))
        if result.skipped:  # case numbers only
            text += " " + translate("BatchDossiersDialog", "Not made, the family's consent for this recipient is "
                                                           "not recorded: {cases}.").format(
                cases=", ".join(result.skipped))
        self.ui.statusLabel.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._end_job()
        log.error("dossier batch failed: %s", type(exc).__name__)
        self.ui.statusLabel.setText("")
        messages.error(self, service_error_text(exc))

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
        self.job = None
        self._set_running(False)
        self._update_count()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # stop cleanly: the thread must not outlive the dialog
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)
