"""Make a letter for the selected family: template, languages, layout, the letter's own details → preview."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from transition_app.documents import model as m
from transition_app.letters import (
    ALL_LANGUAGES,
    LetterError,
    authority_languages_for,
    default_authority_language,
    list_templates,
    review_status,
)
from transition_app.letters.engine import PlaceholderType
from transition_app.services.dto import FamilyDetail
from transition_app.services.letter_service import LetterService
from transition_app.ui import labels, messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_letter_dialog import Ui_LetterDialog
from transition_app.ui.i18n import tr_dynamic, translate, ui_language
from transition_app.ui.widgets.a11y import fixed_lines
from transition_app.ui.widgets.dates import get_date, make_optional

log = logging.getLogger(__name__)
T = PlaceholderType


class LetterDialog(QDialog):
    def __init__(self, ctx: Any, family: FamilyDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.ctx, self.family = ctx, family
        self.service = LetterService(ctx.families, ctx.checklists, ctx.staff)
        self.preview: QDialog | None = None
        self.inputs: dict[str, QWidget] = {}
        ui = self.ui
        head = family.members[0].display_name if family.members else ""
        ui.familyLabel.setText(f"{family.case_number} — {head}")
        lang = ui_language()
        self.templates = list_templates()
        for info in self.templates:
            ui.templateCombo.addItem((info.titles or {}).get(lang, info.title), info.id)
        for code in authority_languages_for(family.destination_nis):
            ui.authorityCombo.addItem(labels.language_name(code), code)
        ui.authorityCombo.setCurrentIndex(max(ui.authorityCombo.findData(
            default_authority_language(family.destination_nis)), 0))
        ui.familyLanguageCombo.addItem(translate("LetterDialog", "No family copy"), None)
        preferred = [p.preferred_language for p in family.members if p.preferred_language]
        ordered = list(dict.fromkeys([c for c in preferred if c in ALL_LANGUAGES] + list(ALL_LANGUAGES)))
        for code in ordered:
            ui.familyLanguageCombo.addItem(labels.language_name(code), code)
        if preferred and preferred[0] in ALL_LANGUAGES:
            ui.familyLanguageCombo.setCurrentIndex(1)
        ui.layoutCombo.addItem(translate("LetterDialog", "Family copy after the letter"), m.BilingualLayout.CONTINUOUS)
        ui.layoutCombo.addItem(translate("LetterDialog", "Family copy on a new page"), m.BilingualLayout.NEW_PAGE)
        self.preview_button = ui.buttonBox.addButton(translate("LetterDialog", "&Preview…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        ui.buttonBox.rejected.connect(self.reject)
        ui.templateCombo.currentIndexChanged.connect(self._template_changed)
        ui.familyLanguageCombo.currentIndexChanged.connect(self._update_draft_note)
        self._template_changed()

    # ------------------------------------------------------------- inputs
    def template_id(self) -> str:
        return str(self.ui.templateCombo.currentData())

    def _template_changed(self) -> None:
        info = next(i for i in self.templates if i.id == self.template_id())
        self.ui.descriptionLabel.setText(info.description)
        form = self.ui.inputsForm
        while form.rowCount():
            form.removeRow(0)
        self.inputs.clear()
        for spec in info.inputs:
            widget = self._input_widget(spec.type)
            widget.setObjectName(f"input_{spec.name}")
            text = tr_dynamic("LetterInputs", spec.label or spec.name)
            if not spec.required:
                text = translate("LetterDialog", "{label} (optional)").format(label=text)
            widget.setAccessibleName(text)
            form.addRow(text, widget)
            self.inputs[spec.name] = widget
        # Tab: the letter's details come after the choices above them, before the buttons
        chain = [self.ui.layoutCombo, *self.inputs.values(), self.ui.buttonBox]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.ui.inputsGroup.setVisible(bool(info.inputs))
        self._update_draft_note()

    @staticmethod
    def _input_widget(ptype: PlaceholderType) -> QWidget:
        if ptype is T.DATE:
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            make_optional(edit)
            return edit
        if ptype is T.MONEY:
            spin = QDoubleSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setDecimals(2)
            spin.setSuffix(" €")
            spin.setSpecialValueText("—")
            return spin
        if ptype is T.NUMBER:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setSpecialValueText("—")
            return spin
        if ptype is T.ADDRESS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            fixed_lines(edit, 3, 8)  # three address lines, whatever the font size
            edit.setPlaceholderText(translate("LetterDialog", "One line per address line"))
            return edit
        return QLineEdit()

    def input_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            value: Any
            if isinstance(widget, QDateEdit):
                value = get_date(widget)
            elif isinstance(widget, QDoubleSpinBox):
                value = Decimal(str(round(widget.value(), 2))) if widget.value() else None
            elif isinstance(widget, QSpinBox):
                value = widget.value() or None
            elif isinstance(widget, QPlainTextEdit):
                value = tuple(line.strip() for line in widget.toPlainText().splitlines() if line.strip()) or None
            else:
                value = widget.text().strip() or None  # type: ignore[attr-defined]
            if value is not None:
                values[name] = value
        return values

    def set_input(self, name: str, value: Any) -> None:
        """Fill an input (tests, and later: values known from the case file)."""
        widget = self.inputs[name]
        if isinstance(widget, QDateEdit) and isinstance(value, dt.date):
            widget.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(widget, (QDoubleSpinBox, QSpinBox)):
            widget.setValue(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value) if isinstance(value, (tuple, list)) else str(value))
        else:
            widget.setText(str(value))  # type: ignore[attr-defined]

    def _update_draft_note(self) -> None:
        lang = self.ui.familyLanguageCombo.currentData()
        draft = lang is not None and review_status(self.template_id(), lang) != "reviewed"
        self.ui.draftLabel.setText(translate(
            "LetterDialog", "The family copy in this language is a draft translation, not yet reviewed; "
                            "it is marked as such on the page.") if draft else "")

    # ------------------------------------------------------------- preview
    def compose(self) -> m.Document:
        return self.service.compose(
            self.family.id, self.template_id(), authority_language=str(self.ui.authorityCombo.currentData()),
            family_language=self.ui.familyLanguageCombo.currentData(), layout=self.ui.layoutCombo.currentData(),
            inputs=self.input_values())

    def show_preview(self) -> QDialog | None:
        from transition_app.documents.docx import render_docx
        from transition_app.documents.pdf import render_pdf
        from transition_app.ui.dialogs.document_preview import DocumentPreviewDialog

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = self.compose()
            pdf = render_pdf(doc)
        except LetterError as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.error(self, translate("LetterDialog", "The letter cannot be made yet:") + "\n" + str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - service errors and the unexpected: one message
            QGuiApplication.restoreOverrideCursor()
            log.error("letter preview failed: %s", type(exc).__name__)
            messages.error(self, service_error_text(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        stem = f"{self.family.case_number}_{self.template_id()}"
        template = self.template_id()
        languages = tuple(x for x in (doc.language, self.ui.familyLanguageCombo.currentData()) if x)

        def save(fmt: str, path: Path, data: bytes) -> None:
            self.service.save(self.family.id, template, path, data, fmt, languages=languages)

        def printed(_pages: int) -> None:
            self.service.record_output(self.family.id, template, "print", languages=languages)

        self.preview = DocumentPreviewDialog(pdf, title=doc.title, file_stem=stem, docx=lambda: render_docx(doc),
                                             on_save=save, on_print=printed, parent=self)
        self.preview.resize(860, 900)
        self.preview.open()
        return self.preview
