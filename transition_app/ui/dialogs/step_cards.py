"""Step cards for the selected family: the languages, a booklet of the open steps or one card → the
document preview (print, save as PDF or DOCX).  Printing or saving is recorded in the audit log."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from transition_app.documents import model as m
from transition_app.domain.validation import ServiceError
from transition_app.services.step_card_service import AUTHORITY_LANGUAGES, StepCardService, card_languages
from transition_app.services.step_cards import card_labels
from transition_app.ui import labels, messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_step_cards import Ui_StepCardsDialog
from transition_app.ui.i18n import translate

if TYPE_CHECKING:
    from transition_app.services.context import AppContext
    from transition_app.services.dto import FamilyDetail

log = logging.getLogger(__name__)


class StepCardsDialog(QDialog):
    def __init__(self, ctx: AppContext, family: FamilyDetail, parent: QWidget | None = None, *,
                 step_id: str | None = None):
        super().__init__(parent)
        self.ui = Ui_StepCardsDialog()
        self.ui.setupUi(self)
        self.ctx, self.family = ctx, family
        self.service = StepCardService(ctx.families, ctx.checklists, ctx.directory)
        self.preview: QDialog | None = None
        ui = self.ui
        head = family.members[0].display_name if family.members else ""
        ui.familyLabel.setText(f"{family.case_number} — {head}")
        defaults = self.service.default_languages(family)
        family_first = [defaults.family] + [c for c in card_languages() if c != defaults.family]
        for code in family_first:
            ui.familyLanguageCombo.addItem(labels.language_name(code), code)
        for code in AUTHORITY_LANGUAGES:
            if code in card_labels():
                ui.authorityCombo.addItem(labels.language_name(code), code)
        ui.authorityCombo.setCurrentIndex(max(ui.authorityCombo.findData(defaults.authority), 0))
        ui.paperCombo.addItem(translate("StepCardsDialog", "A4, one card a page"), m.Sheet.A4.value)
        ui.paperCombo.addItem(translate("StepCardsDialog", "Two A5 cards per A4 sheet (cut in the middle)"),
                              m.Sheet.A5_TWO_UP.value)
        self._fill_steps()
        if step_id is not None and ui.stepCombo.findData(step_id) >= 0:
            ui.stepCombo.setCurrentIndex(ui.stepCombo.findData(step_id))
            ui.oneRadio.setChecked(True)
        ui.stepCombo.setEnabled(ui.oneRadio.isChecked())
        ui.oneRadio.toggled.connect(ui.stepCombo.setEnabled)
        ui.familyLanguageCombo.currentIndexChanged.connect(lambda _i: self._update_draft_note())
        ui.authorityCombo.currentIndexChanged.connect(lambda _i: self._update_draft_note())
        self.preview_button = ui.buttonBox.addButton(translate("StepCardsDialog", "&Preview…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        ui.buttonBox.rejected.connect(self.reject)
        self._update_draft_note()

    def _fill_steps(self) -> None:
        combo = self.ui.stepCombo
        try:
            checklist = self.ctx.checklists.get_checklist(self.family.id)
        except ServiceError as exc:
            log.info("no checklist for step cards: %s", type(exc).__name__)
            checklist = None
        from transition_app.ui.views.checklist_view import data_text

        steps = checklist.steps if checklist is not None else ()
        for step in steps:
            if step.is_open:
                combo.addItem(data_text(step.title) if not step.custom else step.title, step.step_id)
        has_steps = combo.count() > 0
        self.ui.bookletRadio.setEnabled(has_steps)
        self.ui.oneRadio.setEnabled(has_steps)
        if not has_steps:
            self.ui.draftLabel.setText(translate("StepCardsDialog", "This family has no open checklist step."))

    def _update_draft_note(self) -> None:
        if self.ui.stepCombo.count() == 0:
            if hasattr(self, "preview_button"):
                self.preview_button.setEnabled(False)
            return
        drafts = [labels.language_name(c) for c in (self.family_language(), self.authority_language())
                  if card_labels().get(c, {}).get("status") != "reviewed"]
        self.ui.draftLabel.setText(translate(
            "StepCardsDialog", "The card words in {languages} are draft translations, not yet reviewed; the "
                               "cards say so.").format(languages=", ".join(dict.fromkeys(drafts))) if drafts else "")

    # ----------------------------------------------------------------- choices
    def family_language(self) -> str:
        return str(self.ui.familyLanguageCombo.currentData())

    def authority_language(self) -> str:
        return str(self.ui.authorityCombo.currentData())

    def step_id(self) -> str | None:
        return self.ui.stepCombo.currentData() if self.ui.oneRadio.isChecked() else None

    def compose(self) -> m.Document:
        return self.service.compose(self.family.id, step_id=self.step_id(), family_language=self.family_language(),
                                    authority_language=self.authority_language(), qr=self.ui.qrCheck.isChecked(),
                                    sheet=m.Sheet(self.ui.paperCombo.currentData()))

    # ----------------------------------------------------------------- preview
    def show_preview(self) -> QDialog | None:
        from transition_app.documents.docx import render_docx
        from transition_app.documents.output import write_atomic
        from transition_app.documents.pdf import render_pdf
        from transition_app.ui.dialogs.document_preview import DocumentPreviewDialog

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = self.compose()
            pdf = render_pdf(doc)
        except Exception as exc:  # noqa: BLE001 - service errors and the unexpected: one message
            QGuiApplication.restoreOverrideCursor()
            log.error("step card preview failed: %s", type(exc).__name__)
            messages.error(self, service_error_text(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        family_id, step_id = self.family.id, self.step_id()

        def save(fmt: str, path: Path, data: bytes) -> None:
            write_atomic(path, data)
            self.service.record_output(family_id, "file", fmt, step_id=step_id)

        def printed(pages: int) -> None:
            self.service.record_output(family_id, "print", "paper", step_id=step_id, pages=pages)

        stem = f"{self.family.case_number}_step_cards" if step_id is None else f"{self.family.case_number}_step_card"
        self.preview = DocumentPreviewDialog(pdf, title=doc.title, file_stem=stem, docx=lambda: render_docx(doc),
                                             on_save=save, on_print=printed, parent=self)
        self.preview.resize(860, 900)
        self.preview.open()
        return self.preview
