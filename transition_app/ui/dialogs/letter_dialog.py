"""Make a letter for the selected family: template, languages, layout, the letter's own details → preview.

The details the family file knows (the new dwelling: address, moving-in date, rent, guarantee,
landlord) are prefilled and marked "from the family file"; the worker may change them for this
letter, or save them to the family file so that every letter is prefilled with them.  When the
letter cannot be made, every missing value is named at once: the letter's own fields are framed
in red with their message beside them and the first one gets the focus; values to fill in in the
family file are listed with where to find them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from transition_app.documents import model as m
from transition_app.domain.validation import FieldError, ServiceError, ValidationError
from transition_app.letters import (
    ALL_LANGUAGES,
    Recipient,
    authority_languages_for,
    default_authority_language,
    list_templates,
    review_status,
)
from transition_app.letters.context import DWELLING_INPUTS, split_address_lines
from transition_app.letters.engine import PlaceholderType
from transition_app.letters.missing import RECIPIENT
from transition_app.services.consent_check import CONSENT_REQUIRED, OVERRIDE_MIN_CHARS, REASON_TOO_SHORT
from transition_app.services.dto import DwellingInput, FamilyDetail
from transition_app.services.letter_service import RECIPIENT_ADDRESS, LetterService
from transition_app.ui import labels, messages
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_letter_dialog import Ui_LetterDialog
from transition_app.ui.i18n import tr_dynamic, translate, ui_language
from transition_app.ui.widgets.a11y import fixed_lines
from transition_app.ui.widgets.date_edit import DateEdit
from transition_app.ui.widgets.money_edit import MoneyEdit

log = logging.getLogger(__name__)
T = PlaceholderType
VALIDATION = "Validation"
#: recipient kinds without a usual addressee: the dialog asks for it (a landlord: the recorded one)
ASK_RECIPIENT = ("landlord", "school")
#: where a problem of the dwelling record (``FamilyService.set_dwelling``) shows in this dialog
DWELLING_FIELDS = {
    "dwelling.address": "dwelling_address", "dwelling.postcode": "dwelling_address",
    "dwelling.municipality_nis": "dwelling_address", "dwelling.move_in_date": "move_in_date",
    "dwelling.rent": "rent", "dwelling.guarantee": "guarantee_amount", "dwelling.landlord_name": "landlord_name",
    "dwelling.landlord_address": RECIPIENT, "dwelling.landlord_postcode": RECIPIENT,
}
#: frames a field the letter still needs, with its message under it (which says so in words)
MISSING_STYLE = ('QFrame[field="true"][missing="true"], QPlainTextEdit[missing="true"]'
                 ' { border: 2px solid #c62828; border-radius: 3px; }'
                 ' QLabel[missing="true"] { color: #b71c1c; }')


class LetterDialog(QDialog):
    def __init__(self, ctx: Any, family: FamilyDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.ctx, self.family = ctx, family
        self.service = LetterService(ctx.families, ctx.checklists, ctx.staff, getattr(ctx, "directory", None))
        self.recipient_key: str | None = None  # the CPAS chosen instead of the usual one (switch offered)
        self.last_check: Any = None  # the checks of the letter previewed (its consent goes to save/print)
        self.preview: QDialog | None = None
        self.inputs: dict[str, QWidget] = {}
        self.marks: dict[str, QLabel] = {}  # per field: "from the family file", or what is missing
        self.frames: dict[str, QWidget] = {}  # per field: what is framed in red when it is missing
        self.prefilled: dict[str, Any] = {}  # what the family file gave each field (typed)
        self.highlighted: list[str] = []
        self.setStyleSheet(MISSING_STYLE)
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
        fixed_lines(ui.recipientEdit, 3, 8)
        self.recipient_mark = QLabel()
        self._mark_style(self.recipient_mark)
        ui.recipientForm.addRow("", self.recipient_mark)
        self.marks[RECIPIENT] = self.recipient_mark
        self._build_check_fields()
        self.preview_button = ui.buttonBox.addButton(translate("LetterDialog", "&Preview…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        ui.buttonBox.rejected.connect(self.reject)
        ui.saveDwellingButton.clicked.connect(self.save_to_family_file)
        ui.recipientEdit.textChanged.connect(lambda: self._edited(RECIPIENT))
        ui.templateCombo.currentIndexChanged.connect(self._template_changed)
        ui.authorityCombo.currentIndexChanged.connect(self._authority_changed)
        ui.authorityCombo.currentIndexChanged.connect(self._update_draft_note)
        ui.familyLanguageCombo.currentIndexChanged.connect(self._update_draft_note)
        ui.messageLabel.setVisible(False)
        self._template_changed()

    # ------------------------------------------------------------- what the checks ask for
    def _build_check_fields(self) -> None:
        """Fields shown only when a check asks for them: the addressee's postal address (unknown or
        uncertain in the directory), the reason to send without the family's consent, and the
        switch to the competent CPAS/OCMW."""
        form = self.ui.recipientForm
        self.address_label = QLabel(translate("LetterDialog", "Postal address of the addressee"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("recipientAddressEdit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setAccessibleName(self.address_label.text())
        self.address_edit.setPlaceholderText(translate("LetterDialog", "Street and number, then postcode and "
                                                                       "municipality"))
        fixed_lines(self.address_edit, 2, 6)
        self.address_label.setBuddy(self.address_edit)
        self.address_mark = QLabel()
        self._mark_style(self.address_mark)
        self.save_address_check = QCheckBox(translate("LetterDialog", "Also save this address in the directory"))
        self.save_address_check.setObjectName("saveAddressCheck")
        self.reason_label = QLabel(translate("LetterDialog", "Reason to send it without the family’s consent"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("consentReasonEdit")
        self.reason_edit.setAccessibleName(self.reason_label.text())
        self.reason_edit.setPlaceholderText(translate(
            "LetterDialog", "At least {n} characters, no names or health details (kept in the audit log)").format(
                n=OVERRIDE_MIN_CHARS))
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_mark = QLabel()
        self._mark_style(self.reason_mark)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchCpasButton")
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_to_competent)
        self.competent_key: str | None = None
        for label, widget in ((self.address_label, self.address_edit), ("", self.address_mark),
                              ("", self.save_address_check), (self.reason_label, self.reason_edit),
                              ("", self.reason_mark)):
            form.addRow(label, widget)
        # the switch goes with the message that explains it, always in view
        main = self.ui.dialogLayout
        main.insertWidget(main.indexOf(self.ui.messageLabel) + 1, self.switch_button)
        self.address_edit.textChanged.connect(lambda: self._edited(RECIPIENT_ADDRESS))
        self.reason_edit.textChanged.connect(lambda: self._edited("consent"))
        self._show_check_fields(address=False, reason=False, switch=None)

    def _show_check_fields(self, *, address: bool | None = None, reason: bool | None = None,
                           switch: tuple[str, str] | None | bool = False) -> None:
        form = self.ui.recipientForm
        if address is not None:
            for w in (self.address_edit, self.address_mark, self.save_address_check):
                form.setRowVisible(w, address)
            self.address_shown = address
        if reason is not None:
            for w in (self.reason_edit, self.reason_mark):
                form.setRowVisible(w, reason)
            self.reason_shown = reason
        if switch is not False:
            if switch:
                key, name = switch  # type: ignore[misc]
                self.competent_key = key
                self.switch_button.setText(translate("LetterDialog", "Address it to {cpas}").format(cpas=name))
            self.switch_button.setVisible(bool(switch))
        if address or reason:
            self.ui.inputsGroup.setVisible(True)

    def switch_to_competent(self) -> QDialog | None:
        """Address the letter to the competent CPAS/OCMW the check named, and try again."""
        if self.competent_key is None:
            return None
        self.recipient_key = self.competent_key
        self._show_check_fields(switch=None)
        self._update_draft_note()
        return self.show_preview()

    def check_values(self) -> dict[str, Any]:
        """What the checks asked for, as given in this dialog."""
        address = self.address_edit.toPlainText().strip() if self.address_shown else ""
        reason = self.reason_edit.text().strip() if self.reason_shown else ""
        return {"recipient_key": self.recipient_key, "recipient_address": address or None,
                "consent_override": reason or None}

    # ------------------------------------------------------------- inputs
    def template_id(self) -> str:
        return str(self.ui.templateCombo.currentData())

    def template(self) -> Any:
        return next(i for i in self.templates if i.id == self.template_id())

    def authority_language(self) -> str:
        return str(self.ui.authorityCombo.currentData())

    def _template_changed(self) -> None:
        info = self.template()
        self.ui.descriptionLabel.setText(info.description)
        form = self.ui.inputsForm
        while form.rowCount():
            form.removeRow(0)
        self.inputs.clear()
        self.frames = {RECIPIENT: self.ui.recipientEdit, RECIPIENT_ADDRESS: self.address_edit,
                       "consent": self.reason_edit}
        self.marks = {RECIPIENT: self.recipient_mark, RECIPIENT_ADDRESS: self.address_mark,
                      "consent": self.reason_mark}
        self.recipient_key = None
        self._show_check_fields(address=False, reason=False, switch=None)
        self.highlighted.clear()
        for spec in info.inputs:
            widget = self._input_widget(spec.type, self.ctx.clock)
            widget.setObjectName(f"input_{spec.name}")
            text = tr_dynamic(VALIDATION, spec.label or spec.name)
            if not spec.required:
                text = translate("LetterDialog", "{label} (optional)").format(label=text)
            widget.setAccessibleName(text)
            mark = QLabel()
            mark.setObjectName(f"mark_{spec.name}")
            self._mark_style(mark)
            row = QFrame()  # the field and, under it, where its value comes from or what is missing
            row.setObjectName(f"field_{spec.name}")
            row.setProperty("field", True)
            box = QVBoxLayout(row)
            box.setContentsMargins(2, 2, 2, 2)
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(mark)
            form.addRow(text, row)
            if self.isVisible():  # at once, not at the next event loop turn: _fit measures the rows
                row.show()
                form.labelForField(row).show()
            self.frames[spec.name] = row
            self.inputs[spec.name] = widget
            self.marks[spec.name] = mark
            self._watch(spec.name, widget)
        asks_recipient = info.recipient_kind in ASK_RECIPIENT
        self.ui.recipientLabel.setVisible(asks_recipient)
        self.ui.recipientEdit.setVisible(asks_recipient)
        self.ui.recipientEdit.blockSignals(True)
        self.ui.recipientEdit.clear()
        self.ui.recipientEdit.blockSignals(False)
        self.recipient_mark.clear()
        self.recipient_mark.setVisible(False)
        self.prefilled = {}
        self._prefill(replace_all=True)
        # Tab: the letter's details come after the choices above them, before the buttons
        chain = [self.ui.layoutCombo, *self.inputs.values(), self.ui.recipientEdit, self.ui.saveDwellingButton,
                 self.ui.buttonBox]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.ui.inputsGroup.setVisible(bool(info.inputs) or asks_recipient)
        self._clear_message()
        self._update_draft_note()
        self._fit()

    @staticmethod
    def _mark_style(label: QLabel) -> None:
        font = QFont(label.font())
        font.setItalic(True)
        label.setFont(font)
        label.setWordWrap(False)  # a word-wrapped label in the field's frame would squeeze the field

    def _watch(self, name: str, widget: QWidget) -> None:
        def edited(*_args: object) -> None:
            self._edited(name)

        if isinstance(widget, DateEdit):
            widget.dateChanged.connect(edited)
        elif isinstance(widget, MoneyEdit):
            widget.textChanged.connect(edited)  # typed or set: the value is read when needed
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(edited)

    def _authority_changed(self) -> None:
        self._prefill(replace_all=False)  # the municipality's name in the letter's language

    def _prefill(self, replace_all: bool) -> None:
        """Fill the fields the family file knows; ``replace_all`` False keeps what the worker changed."""
        family, lang = self.family, self.authority_language()
        values = self.service.prefilled_inputs(self.template_id(), family, lang)
        recipient = (self.service.prefilled_recipient(self.template_id(), family, lang)
                     if self.template().recipient_kind in ASK_RECIPIENT else None)
        if recipient is not None:
            values[RECIPIENT] = recipient.lines
        old = self.prefilled
        for name, value in values.items():
            if replace_all or name not in old or self.field_value(name) == old.get(name):
                self._set_field(name, value)
        self.prefilled = values
        for name in (*self.inputs, RECIPIENT):
            self._update_mark(name)
        self._update_save_button()

    def field_value(self, name: str) -> Any:
        if name == RECIPIENT:
            lines = tuple(line.strip() for line in self.ui.recipientEdit.toPlainText().splitlines() if line.strip())
            return lines or None
        return self._value(self.inputs[name])

    def _set_field(self, name: str, value: Any) -> None:
        if name == RECIPIENT:
            self.ui.recipientEdit.setPlainText("\n".join(value) if value else "")
        else:
            self.set_input(name, value)

    def _edited(self, name: str) -> None:
        if name in self.highlighted:
            self._highlight(name, None)
        self._update_mark(name)
        self._update_save_button()

    def _update_mark(self, name: str) -> None:
        mark = self.marks.get(name)
        if mark is None or name in self.highlighted:
            return
        if name not in self.prefilled:
            mark.clear()
        elif self.field_value(name) == self.prefilled[name]:
            mark.setText(translate("LetterDialog", "from the family file"))
        else:
            mark.setText(translate("LetterDialog", "changed for this letter"))
        mark.setVisible(bool(mark.text()) and (name != RECIPIENT or self._asks_recipient()))
        widget = self._widget(name)
        if widget is not None:
            widget.setAccessibleDescription(mark.text())

    def _asks_recipient(self) -> bool:
        return self.template().recipient_kind in ASK_RECIPIENT

    def _widget(self, name: str) -> QWidget | None:
        if name == RECIPIENT_ADDRESS:
            return self.address_edit
        if name == "consent":
            return self.reason_edit
        return self.ui.recipientEdit if name == RECIPIENT else self.inputs.get(name)

    @staticmethod
    def _input_widget(ptype: PlaceholderType, today: Callable[[], dt.date]) -> QWidget:
        if ptype is T.DATE:
            return DateEdit(today=today)  # typed in the interface's order, empty allowed, calendar
        if ptype is T.MONEY:
            return MoneyEdit(maximum=Decimal(1_000_000))
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

    @staticmethod
    def _value(widget: QWidget) -> Any:
        if isinstance(widget, (DateEdit, MoneyEdit)):
            return widget.date() if isinstance(widget, DateEdit) else widget.value()
        if isinstance(widget, QSpinBox):
            return widget.value() or None
        if isinstance(widget, QPlainTextEdit):
            return tuple(line.strip() for line in widget.toPlainText().splitlines() if line.strip()) or None
        return widget.text().strip() or None  # type: ignore[attr-defined]

    def input_values(self) -> dict[str, Any]:
        """Every input of the letter, ``None`` for an empty one (so the family file does not fill in
        again what the worker cleared)."""
        return {name: self._value(widget) for name, widget in self.inputs.items()}

    def set_input(self, name: str, value: Any) -> None:
        """Fill an input (prefilled values from the family file, tests)."""
        widget = self.inputs[name]
        if isinstance(widget, DateEdit):
            widget.setDate(value if isinstance(value, dt.date) else None)
        elif isinstance(widget, MoneyEdit):
            widget.setValue(Decimal(str(value)) if value is not None else None)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value) if isinstance(value, (tuple, list)) else str(value or ""))
        else:
            widget.setText(str(value or ""))  # type: ignore[attr-defined]

    def recipient(self) -> Recipient | None:
        """The addressee typed for a letter that asks for one (an empty one: the letter has none)."""
        kind = self.template().recipient_kind
        if kind not in ASK_RECIPIENT:
            return None
        lines = self.field_value(RECIPIENT) or ()
        return Recipient(kind, lines[0], tuple(lines[1:])) if lines else Recipient(kind, "", ())

    def _update_draft_note(self) -> None:
        """What the worker must know about the wording (said here, never on the letter)."""
        lang = self.ui.familyLanguageCombo.currentData()
        notes = []
        authority = self.ui.authorityCombo.currentData()
        if authority and review_status(self.template_id(), authority, section="authority") != "reviewed":
            notes.append(translate(
                "LetterDialog", "The wording of this letter in {language} is a draft: a jurist has not yet "
                                "reviewed it. Read it carefully before you send it; the letter itself does not "
                                "say so.").format(language=labels.language_name(authority)))
        if lang is not None and review_status(self.template_id(), lang) != "reviewed":
            notes.append(translate(
                "LetterDialog", "The family copy in this language is a draft translation, not yet reviewed; "
                                "it is marked as such on the page."))
        self.ui.draftLabel.setText("\n".join(notes))

    # ------------------------------------------------------------- the family file
    def dwelling_fields(self) -> list[str]:
        """The fields of this letter that the new dwelling of the family file keeps."""
        fields = [name for name in self.inputs if name in DWELLING_INPUTS]
        if self.template().recipient_kind == "landlord":
            fields.append(RECIPIENT)
        return fields

    def _update_save_button(self) -> None:
        fields = self.dwelling_fields()
        changed = any(self.field_value(n) != self.prefilled.get(n) for n in fields)
        self.ui.saveDwellingButton.setVisible(bool(fields))
        self.ui.dwellingNote.setVisible(bool(fields))
        self.ui.saveDwellingButton.setEnabled(changed)

    def dwelling_input(self) -> DwellingInput:
        """The family file's new dwelling with what this letter's fields say instead."""
        d = self.family.dwelling or DwellingInput()
        changes: dict[str, Any] = {}
        for name in self.dwelling_fields():
            if self.field_value(name) == self.prefilled.get(name):
                continue  # unchanged: the record keeps its own value (and its other details)
            value = self.field_value(name)
            if name == "dwelling_address":
                address, postcode, nis = split_address_lines(value or ())
                changes.update(address=address, postcode=postcode, municipality_nis=nis)
            elif name == RECIPIENT:
                lines = value or ()
                address, postcode, nis = split_address_lines(lines[1:])
                changes.update(landlord_name=lines[0] if lines else "", landlord_address=address,
                               landlord_postcode=postcode, landlord_municipality_nis=nis)
            elif name == "landlord_name":
                changes["landlord_name"] = value or ""
            else:
                changes[DWELLING_INPUTS[name]] = value
        return dataclasses.replace(d, **changes)

    def save_to_family_file(self) -> FamilyDetail | None:
        """Record this letter's dwelling details in the family file (every letter is then prefilled)."""
        try:
            detail = self.ctx.families.set_dwelling(self.family.id, self.dwelling_input(), self.family.version)
        except ValidationError as exc:
            self.show_errors([dataclasses.replace(e, field=DWELLING_FIELDS.get(e.field, e.field))
                              for e in exc.errors],
                             translate("LetterDialog", "The family file was not changed:"))
            return None
        except ServiceError as exc:
            self._show_message(service_error_text(exc))
            return None
        self.family = detail
        for name in list(self.highlighted):
            self._highlight(name, None)
        self._prefill(replace_all=False)
        self._show_message(translate("LetterDialog", "Saved to the family file: every letter is prefilled "
                                                     "with these details."), problem=False)
        return detail

    # ------------------------------------------------------------- problems
    def _highlight(self, name: str, text: str | None) -> None:
        """Frame a field in red with ``text`` beside it (``None``: back to normal)."""
        widget, mark = self._widget(name), self.marks.get(name)
        on = text is not None
        for w in (self.frames.get(name), mark):
            if w is not None:
                w.setProperty("missing", on)
                w.style().unpolish(w)
                w.style().polish(w)
        if on:
            if name not in self.highlighted:
                self.highlighted.append(name)
            if mark is not None:
                mark.setText(text)
                mark.setWordWrap(len(text) > 60)  # a check's sentence: wrapped, readable without scrolling
                mark.setVisible(True)
            if widget is not None:
                widget.setAccessibleDescription(text)
        elif name in self.highlighted:
            self.highlighted.remove(name)
            if mark is not None:
                mark.setWordWrap(False)
            self._update_mark(name)

    def show_errors(self, errors: list[FieldError], heading: str | None = None) -> None:
        """Every problem at once: the letter's fields framed with their message, the family file's
        values listed with where to fill them in; the first field of this dialog gets the focus."""
        for name in list(self.highlighted):
            self._highlight(name, None)
        items = []
        first: QWidget | None = None
        for e in errors:
            text = field_error_text(e)
            widget = self._widget(e.field)
            if widget is not None and (e.field != RECIPIENT or self._asks_recipient()):
                self._highlight(e.field, text)  # said under the field itself
                first = first or widget
            else:
                items.append(f"<li>{html.escape(text)}</li>")
        heading = heading or translate("LetterDialog", "The letter cannot be made yet:")
        parts = [html.escape(heading)]
        if first is not None:
            parts.append(html.escape(translate("LetterDialog", "Fill in the fields framed in red above.")))
        self._show_message(" ".join(parts) + (f"<ul>{''.join(items)}</ul>" if items else ""), rich=True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_message(self, text: str, problem: bool = True, rich: bool = False) -> None:
        body = text if rich else html.escape(text)
        self.ui.messageLabel.setText(f"<b>⚠ </b>{body}" if problem else body)
        self.ui.messageLabel.setVisible(True)
        self._fit()

    def _fit(self) -> None:
        """Grow the dialog (within the screen) so the messages do not squeeze the fields."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        # word-wrapped labels: the height this width needs (Qt does not hold a window to it by itself)
        wanted = layout.totalSizeHint().height()
        if layout.hasHeightForWidth():
            wanted = max(wanted, layout.totalHeightForWidth(self.width()))
        # the details scroll only when the screen is too small for them
        panel, viewport = self.ui.inputsLayout, self.ui.inputsScroll.viewport()
        panel.activate()
        needed = (panel.totalHeightForWidth(viewport.width()) if panel.hasHeightForWidth()
                  else panel.totalSizeHint().height())
        wanted += max(0, needed - viewport.height())
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _clear_message(self) -> None:
        self.ui.messageLabel.clear()
        self.ui.messageLabel.setVisible(False)

    # ------------------------------------------------------------- preview
    def compose(self) -> m.Document:
        made = self.service.compose_checked(
            self.family.id, self.template_id(), authority_language=self.authority_language(),
            family_language=self.ui.familyLanguageCombo.currentData(), layout=self.ui.layoutCombo.currentData(),
            inputs=self.input_values(), recipient=self.recipient(), **self.check_values())
        self.last_check = made.check
        return made.document

    def _show_refusal(self, errors: list[FieldError]) -> None:
        """A check refused the letter: the fields it asks for appear, the switch to the competent CPAS."""
        if any(e.field == RECIPIENT_ADDRESS for e in errors):
            self._show_check_fields(address=True)
        competent = next((e for e in errors if e.params.get("competent_key")), None)
        self._show_check_fields(switch=(str(competent.params["competent_key"]), str(competent.params["competent"]))
                                if competent is not None else None)
        self.show_errors(errors)

    def _consent_refused(self, exc: ServiceError) -> None:
        self._show_check_fields(reason=True)
        self._highlight("consent", service_error_text(exc))
        self._show_message(service_error_text(exc))
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_checks(self) -> None:
        """The letter was made: its warnings are said, a typed address saved to the directory if asked."""
        check = self.last_check
        notes = [field_error_text(w) for w in (check.warnings if check is not None else ())]
        if (check is not None and self.address_shown and self.save_address_check.isChecked()
                and check.recipient_key and self.address_edit.toPlainText().strip()):
            try:
                self.service.save_recipient_address(check.recipient_key, self.address_edit.toPlainText())
                notes.append(translate("LetterDialog", "The address was saved in the directory."))
            except ServiceError as exc:
                notes.append(service_error_text(exc))
        if notes:
            self._show_message("<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in notes) + "</ul>",
                               problem=bool(check and check.warnings), rich=True)

    def show_preview(self) -> QDialog | None:
        from transition_app.documents.docx import render_docx
        from transition_app.documents.pdf import render_pdf
        from transition_app.ui.dialogs.document_preview import DocumentPreviewDialog

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = self.compose()
            pdf = render_pdf(doc)
        except ValidationError as exc:  # every missing or wrong value, by its field
            QGuiApplication.restoreOverrideCursor()
            self._show_refusal(exc.errors)
            return None
        except ServiceError as exc:
            QGuiApplication.restoreOverrideCursor()
            if exc.code in (CONSENT_REQUIRED, REASON_TOO_SHORT):
                self._consent_refused(exc)
            else:
                self._show_message(service_error_text(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - the unexpected: one message, the type in the log
            QGuiApplication.restoreOverrideCursor()
            log.error("letter preview failed: %s", type(exc).__name__)
            messages.error(self, service_error_text(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        for name in list(self.highlighted):
            self._highlight(name, None)
        self._clear_message()
        self._after_checks()
        stem = f"{self.family.case_number}_{self.template_id()}"
        template = self.template_id()
        languages = tuple(x for x in (doc.language, self.ui.familyLanguageCombo.currentData()) if x)

        consent = self.last_check.consent if self.last_check is not None else None

        def save(fmt: str, path: Path, data: bytes) -> None:
            self.service.save(self.family.id, template, path, data, fmt, languages=languages, consent=consent)

        def printed(_pages: int) -> None:
            self.service.record_output(self.family.id, template, "print", languages=languages, consent=consent)

        self.preview = DocumentPreviewDialog(pdf, title=doc.title, file_stem=stem, docx=lambda: render_docx(doc),
                                             on_save=save, on_print=printed, parent=self)
        self.preview.resize(860, 900)
        self.preview.open()
        return self.preview
