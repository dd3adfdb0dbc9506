"""Handover dossier for the selected family: recipient, sections (defaults per recipient) → preview, save, print.

The sections ticked when a recipient is chosen are the minimum that recipient needs;
the confidential notes are never ticked by default, and ticking them shows a warning.
Sections a recipient may never get (a buddy: protection details) cannot be ticked.
Saving or printing from the preview records the issue (who, when, to whom, which sections).
The summary is always first (its box stays ticked); the language is the recipient's by default
(the language area of the new municipality), not the interface language.  A dossier for a third
party without the family's recorded consent asks for the reason to share it anyway (audited).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QWidget

from transition_app.domain.validation import ServiceError
from transition_app.services.dossier_catalog import DOSSIER_LANGUAGES
from transition_app.services.dto import FamilyDetail
from transition_app.services.handover import (
    CONSENT_MISSING,
    DossierSection,
    RecipientKind,
    allowed_sections,
    default_sections,
    render,
)
from transition_app.ui import labels, messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_dossier_dialog import Ui_DossierDialog
from transition_app.ui.i18n import translate, ui_language

log = logging.getLogger(__name__)


def recipient_choices() -> list[tuple[str, RecipientKind]]:
    return [
        (translate("DossierDialog", "CPAS/OCMW"), RecipientKind.CPAS),
        (translate("DossierDialog", "Local reception initiative (LOI/ILA)"), RecipientKind.LOI),
        (translate("DossierDialog", "NGO"), RecipientKind.NGO),
        (translate("DossierDialog", "Administrative buddy"), RecipientKind.BUDDY),
        (translate("DossierDialog", "Next social worker"), RecipientKind.WORKER),
    ]


def fill_languages(combo: Any, each_recipient: bool = False) -> None:
    """The dossier languages; ``each_recipient``: first "each recipient's language" (a batch)."""
    if each_recipient:
        combo.addItem(translate("DossierDialog", "Each recipient's language"), "")
    for code in DOSSIER_LANGUAGES:
        combo.addItem(labels.language_name(code), code)
    combo.setCurrentIndex(0 if each_recipient else max(combo.findData(ui_language()), 0))


class DossierDialog(QDialog):
    def __init__(self, ctx: Any, family: FamilyDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DossierDialog()
        self.ui.setupUi(self)
        self.ctx, self.family = ctx, family
        self.handover = ctx.handover
        self.preview: QDialog | None = None
        ui = self.ui
        head = family.members[0].display_name if family.members else ""
        ui.familyLabel.setText(f"{family.case_number} — {head}")
        for text, kind in recipient_choices():
            ui.recipientCombo.addItem(text, kind.value)
        fill_languages(ui.languageCombo)
        try:  # the recipient's language, not the interface's
            ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(
                self.handover.default_language(family.id)), 0))
        except Exception:  # noqa: BLE001 - only a default
            log.warning("dossier language default unavailable")
        ui.coverCheck.setText(translate("DossierDialog", "Summary (always first)"))
        self.checks: dict[DossierSection, QCheckBox] = {
            DossierSection.COVER: ui.coverCheck, DossierSection.HOUSEHOLD: ui.householdCheck,
            DossierSection.PROTECTION: ui.protectionCheck, DossierSection.CHECKLIST: ui.checklistCheck,
            DossierSection.CONTACTS: ui.contactsCheck, DossierSection.DOCUMENTS: ui.documentsCheck,
            DossierSection.NOTES: ui.notesCheck, DossierSection.CONFIDENTIAL_NOTES: ui.confidentialCheck,
        }
        ui.confidentialWarning.setStyleSheet("color: #a4161a; font-weight: 600;")
        ui.confidentialWarning.setVisible(False)
        ui.confidentialCheck.toggled.connect(self._confidential_toggled)
        for check in self.checks.values():
            check.toggled.connect(self._update_buttons)
        self.preview_button = ui.buttonBox.addButton(translate("DossierDialog", "&Preview…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        ui.buttonBox.rejected.connect(self.reject)
        ui.recipientCombo.currentIndexChanged.connect(self._recipient_changed)
        ui.languageCombo.currentIndexChanged.connect(self._recipient_changed)
        self._recipient_changed()

    # ----------------------------------------------------------- choices
    def recipient_kind(self) -> str:
        return str(self.ui.recipientCombo.currentData())

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def set_recipient(self, kind: str) -> None:
        self.ui.recipientCombo.setCurrentIndex(self.ui.recipientCombo.findData(kind))

    def _recipient_changed(self) -> None:
        kind = self.recipient_kind()
        defaults, allowed = set(default_sections(kind)), set(allowed_sections(kind))
        for section, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(section in defaults or section is DossierSection.COVER)
            check.setEnabled(section in allowed and section is not DossierSection.COVER)
            check.blockSignals(False)
        self.ui.confidentialWarning.setVisible(False)
        try:
            name = self.handover.default_recipient_name(self.family.id, kind, self.language())
        except Exception:  # noqa: BLE001 - the name is only a suggestion
            name = None
        self.ui.nameEdit.setText(name or "")
        self._update_buttons()

    def _confidential_toggled(self, on: bool) -> None:
        self.ui.confidentialWarning.setVisible(on)

    def _update_buttons(self) -> None:
        self.preview_button.setEnabled(bool(self.sections()))

    def sections(self) -> list[str]:
        return [s.value for s, c in self.checks.items()
                if c.isChecked() and (c.isEnabled() or s is DossierSection.COVER)
                and s is not DossierSection.CONFIDENTIAL_NOTES]

    def ask_override_reason(self) -> str | None:
        """The reason to share without a recorded consent (None: the worker cancelled)."""
        text, ok = QInputDialog.getText(
            self, translate("DossierDialog", "No consent recorded"),
            translate("DossierDialog", "The family has not given its consent to share a handover dossier with this "
                                       "recipient. Why must it be shared anyway? The reason is kept in the audit "
                                       "log: write no personal details."),
            QLineEdit.EchoMode.Normal, "")
        return text.strip() if ok and text.strip() else None

    def _with_consent(self, issue: Any) -> None:
        """Run ``issue(override_reason)``; without a consent, ask for the reason once and try again."""
        try:
            issue(None)
        except ServiceError as exc:
            if exc.code != CONSENT_MISSING:
                raise
            reason = self.ask_override_reason()
            if reason is None:
                raise
            issue(reason)

    def include_confidential(self) -> bool:
        return self.ui.confidentialCheck.isChecked() and self.ui.confidentialCheck.isEnabled()

    # ----------------------------------------------------------- preview
    def show_preview(self) -> QDialog | None:
        from transition_app.ui.dialogs.document_preview import DocumentPreviewDialog

        kind, sections, confidential = self.recipient_kind(), self.sections(), self.include_confidential()
        name, language = self.ui.nameEdit.text().strip() or None, self.language()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = self.handover.compose_dossier(self.family.id, kind, sections, recipient_name=name,
                                                include_confidential=confidential, language=language)
            pdf = render(doc, "pdf")
        except Exception as exc:  # noqa: BLE001 - one message; the log has the type only
            QGuiApplication.restoreOverrideCursor()
            log.error("dossier preview failed: %s", type(exc).__name__)
            messages.error(self, service_error_text(exc))
            return None
        QGuiApplication.restoreOverrideCursor()

        def save(fmt: str, path: Path, _data: bytes) -> None:
            # composed again, so that every page carries the issue number of this record
            self._with_consent(lambda reason: self.handover.issue_dossier(
                self.family.id, kind, path, sections=sections, recipient_name=name,
                include_confidential=confidential, language=language, file_format=fmt,
                consent_override_reason=reason))

        def printed(_pages: int) -> None:
            self._with_consent(lambda reason: self.handover.record_issue(
                self.family.id, kind, [*sections, *(["confidential_notes"] if confidential else [])],
                recipient_name=name, include_confidential=confidential, file_format="print",
                consent_override_reason=reason))

        self.preview = DocumentPreviewDialog(pdf, title=doc.title, file_stem=f"{self.family.case_number}_{kind}",
                                             docx=lambda: render(doc, "docx"), on_save=save, on_print=printed,
                                             parent=self)
        self.preview.resize(860, 900)
        self.preview.open()
        return self.preview
