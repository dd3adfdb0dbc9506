"""Create or edit a family: household, members, protection decision, contacts.

The dialog saves through ``FamilyService``; when the service rejects the input the
dialog stays open, lists every problem and puts the cursor on the first one, so no
typing is lost.  Closing with unsaved changes asks first.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from transition_app.domain import directory
from transition_app.domain.reference import languages, nationality_codes
from transition_app.domain.validation import ConcurrencyError, ServiceError, ValidationError
from transition_app.services.context import AppContext
from transition_app.services.dto import (
    ContactInput,
    DecisionInput,
    FamilyDetail,
    FamilyInput,
    PersonInput,
)
from transition_app.ui import labels, messages
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_family_edit import Ui_FamilyEditDialog
from transition_app.ui.i18n import tr_dynamic, translate, ui_language
from transition_app.ui.widgets.a11y import DELETE, bind_keys, follow_font, max_lines, text_columns, text_rows
from transition_app.ui.widgets.dates import get_date, make_optional, set_date

CTX = "FamilyEditDialog"
NEW_MEMBER = QT_TRANSLATE_NOOP("FamilyEditDialog", "(new member)")

MEMBER_FIELDS = {
    "given_names": "givenNamesEdit",
    "family_name": "familyNameEdit",
    "relation": "relationCombo",
    "sex": "sexCombo",
    "birth_date": "birthDateEdit",
    "nationality": "nationalityCombo",
    "languages": "languagesList",
    "preferred_language": "preferredCombo",
    "national_number": "nationalNumberEdit",
    "in_belgium": "inBelgiumCheck",
    "card_type": "cardTypeCombo",
    "card_number": "cardNumberEdit",
    "card_expiry": "cardExpiryEdit",
}
FAMILY_FIELDS = {
    "case_number": "caseNumberEdit",
    "status": "statusCombo",
    "centre_id": "centreCombo",
    "worker_id": "workerCombo",
    "arrival_date": "arrivalDateEdit",
    "exit_date": "exitDateEdit",
    "destination_nis": "destinationCombo",
    "decision.protection_type": "protectionTypeCombo",
    "decision.deciding_body": "decidingBodyCombo",
    "decision.decision_date": "decisionDateEdit",
    "decision.asylum_application_date": "applicationDateEdit",
    "decision.notification_date": "notificationDateEdit",
    "decision.reference": "referenceEdit",
}


def _fill(combo: QComboBox, items: list[tuple[str, Any]], none_text: str | None = None) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)


def _select(combo: QComboBox, data: Any) -> None:
    combo.setCurrentIndex(max(combo.findData(data), 0))


def _searchable(combo: QComboBox) -> None:
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def _combo_value(combo: QComboBox) -> Any:
    """The selected item's data, also when the user typed an item's exact text."""
    if combo.isEditable():
        i = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(i) if i >= 0 else (combo.currentText().strip() or None)
    return combo.currentData()


def _four_rows_high(table: QWidget) -> None:
    """The members list: the title and four members high, whatever the font size (the form is below it)."""
    line = table.fontMetrics().height()
    table.setMaximumHeight((line + 12) + 4 * (line + 8) + 2 * table.frameWidth())  # type: ignore[attr-defined]


class FamilyEditDialog(QDialog):
    saved = Signal(object)  # FamilyDetail

    def __init__(self, ctx: AppContext, detail: FamilyDetail | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.ui = Ui_FamilyEditDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._members: list[dict[str, Any]] = []
        self._current = -1
        self._loading = True
        self.dirty = False
        self._setup_choices()
        self._load(detail)
        self._connect()
        self._loading = False
        self.setWindowTitle(
            translate("FamilyEditDialog", "New family")
            if detail is None
            else translate("FamilyEditDialog", "Family {case}").format(case=detail.case_number)
        )

    # ------------------------------------------------------------------ set-up
    def _setup_choices(self) -> None:
        ui = self.ui
        _fill(ui.statusCombo, labels.choices(labels.STATUS))
        _fill(
            ui.centreCombo,
            [(c.name, c.id) for c in self.ctx.staff.list_centres()],
            translate("FamilyEditDialog", "(none)"),
        )
        _fill(
            ui.workerCombo,
            [(w.full_name, w.id) for w in self.ctx.staff.list_workers()],
            translate("FamilyEditDialog", "(none)"),
        )
        ui_lang = ui_language()
        munis = sorted(
            ((m.name(ui_lang), m.nis_code) for m in directory.municipalities()), key=lambda t: t[0].casefold()
        )
        _fill(ui.destinationCombo, [(f"{name} ({nis})", nis) for name, nis in munis], "")
        _searchable(ui.destinationCombo)
        _fill(ui.relationCombo, labels.choices(labels.RELATION))
        _fill(ui.sexCombo, labels.choices(labels.SEX), translate("FamilyEditDialog", "(not stated)"))
        countries = sorted(((labels.country_name(c), c) for c in nationality_codes()), key=lambda t: t[0])
        _fill(ui.nationalityCombo, [(f"{name} ({code})", code) for name, code in countries], "")
        _searchable(ui.nationalityCombo)
        ui.languagesList.clear()
        for code in languages():
            item = QListWidgetItem(labels.language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.languagesList.addItem(item)
        _fill(ui.cardTypeCombo, labels.choices(labels.CARD), translate("FamilyEditDialog", "(none)"))
        _fill(ui.protectionTypeCombo, labels.choices(labels.PROTECTION))
        _fill(ui.decidingBodyCombo, labels.choices(labels.BODY))
        for edit in (
            ui.arrivalDateEdit,
            ui.exitDateEdit,
            ui.birthDateEdit,
            ui.cardExpiryEdit,
            ui.applicationDateEdit,
            ui.decisionDateEdit,
            ui.notificationDateEdit,
        ):
            make_optional(edit)
        ui.membersTable.setColumnCount(3)
        ui.membersTable.setHorizontalHeaderLabels(
            [
                translate("FamilyEditDialog", "Name"),
                translate("FamilyEditDialog", "Relation"),
                translate("FamilyEditDialog", "Born"),
            ]
        )
        text_columns(ui.membersTable, {0: 32, 1: 20})  # in characters: they follow the font size
        text_rows(ui.membersTable)
        follow_font(ui.membersTable, _four_rows_high)
        max_lines(ui.languagesList, 5)
        ui.contactsTable.setColumnCount(3)
        ui.contactsTable.setHorizontalHeaderLabels(
            [
                translate("FamilyEditDialog", "Type"),
                translate("FamilyEditDialog", "Contact"),
                translate("FamilyEditDialog", "Note"),
            ]
        )
        ui.errorLabel.setVisible(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.removeMemberButton.clicked.connect(self.remove_member)
        ui.membersTable.currentCellChanged.connect(lambda row, *_: self._select_member(row))
        ui.addContactButton.clicked.connect(lambda: self._add_contact(ContactInput("phone", "")))
        ui.removeContactButton.clicked.connect(self._remove_contact)
        bind_keys(ui.membersTable, DELETE, self.remove_member)  # both ask first
        bind_keys(ui.contactsTable, DELETE, lambda: self._remove_contact(ask=True))
        for edit in (ui.givenNamesEdit, ui.familyNameEdit, ui.nationalNumberEdit, ui.cardNumberEdit):
            edit.textEdited.connect(self._member_changed)
        for combo in (ui.relationCombo, ui.sexCombo, ui.preferredCombo, ui.cardTypeCombo):
            combo.currentIndexChanged.connect(self._member_changed)
        ui.nationalityCombo.currentTextChanged.connect(self._member_changed)
        for edit in (ui.birthDateEdit, ui.cardExpiryEdit):
            edit.dateChanged.connect(self._member_changed)
        ui.inBelgiumCheck.toggled.connect(self._member_changed)
        ui.languagesList.itemChanged.connect(self._languages_changed)
        for edit in (ui.caseNumberEdit, ui.referenceEdit):
            edit.textEdited.connect(self._mark_dirty)
        for combo in (ui.statusCombo, ui.centreCombo, ui.workerCombo, ui.protectionTypeCombo, ui.decidingBodyCombo):
            combo.currentIndexChanged.connect(self._mark_dirty)
        ui.destinationCombo.currentTextChanged.connect(self._mark_dirty)
        for edit in (
            ui.arrivalDateEdit,
            ui.exitDateEdit,
            ui.applicationDateEdit,
            ui.decisionDateEdit,
            ui.notificationDateEdit,
        ):
            edit.dateChanged.connect(self._mark_dirty)
        ui.decisionGroup.toggled.connect(self._mark_dirty)
        ui.contactsTable.itemChanged.connect(self._mark_dirty)

    # ------------------------------------------------------------------ loading
    def _load(self, detail: FamilyDetail | None) -> None:
        ui = self.ui
        data = detail.to_input() if detail else FamilyInput(members=())
        ui.caseNumberEdit.setText(data.case_number or "")
        _select(ui.statusCombo, data.status)
        _select(ui.centreCombo, data.centre_id)
        _select(ui.workerCombo, data.worker_id)
        set_date(ui.arrivalDateEdit, data.arrival_date)
        set_date(ui.exitDateEdit, data.exit_date)
        _select(ui.destinationCombo, data.destination_nis)
        self._members = [dataclasses.asdict(m) for m in data.members]
        if not self._members:
            self._members.append(self._blank_member("head"))
        self._refresh_member_rows()
        ui.membersTable.setCurrentCell(0, 0)
        self._select_member(0)
        d = data.decision
        ui.decisionGroup.setChecked(d is not None)
        if d is not None:
            _select(ui.protectionTypeCombo, d.protection_type)
            _select(ui.decidingBodyCombo, d.deciding_body)
            set_date(ui.applicationDateEdit, d.asylum_application_date)
            set_date(ui.decisionDateEdit, d.decision_date)
            set_date(ui.notificationDateEdit, d.notification_date)
            ui.referenceEdit.setText(d.reference or "")
        for c in data.contacts:
            self._add_contact(c)
        if ui.contactsTable.rowCount():  # not the type box: Qt would move the focus into it from the list
            ui.contactsTable.setCurrentCell(0, 1)

    @staticmethod
    def _blank_member(relation: str) -> dict[str, Any]:
        return dataclasses.asdict(PersonInput(given_names="", family_name="", relation=relation))

    # ------------------------------------------------------------------ members
    def add_member(self) -> None:
        family_name = self._members[0]["family_name"] if self._members else ""
        member = self._blank_member("child" if self._members else "head")
        member["family_name"] = family_name
        if self._members:
            member["languages"] = list(self._members[0]["languages"])
            member["preferred_language"] = self._members[0]["preferred_language"]
            member["nationality"] = self._members[0]["nationality"]
        self._members.append(member)
        self._refresh_member_rows()
        self.ui.membersTable.setCurrentCell(len(self._members) - 1, 0)
        self._mark_dirty()
        self.ui.givenNamesEdit.setFocus()

    def remove_member(self) -> None:
        row = self._current
        if row < 0 or len(self._members) <= 1:
            return
        name = self._member_name(self._members[row])
        if not messages.confirm(
            self,
            translate("FamilyEditDialog", "Remove member"),
            translate("FamilyEditDialog", "Remove {name} from this household?").format(name=name),
            translate("FamilyEditDialog", "Remove"),
        ):
            return
        del self._members[row]
        self._current = -1
        self._refresh_member_rows()
        self.ui.membersTable.setCurrentCell(min(row, len(self._members) - 1), 0)
        self._mark_dirty()

    def _member_name(self, m: dict[str, Any]) -> str:
        name = f"{m['family_name'].upper()} {m['given_names']}".strip()
        return name or tr_dynamic(CTX, NEW_MEMBER)

    def _refresh_member_rows(self) -> None:
        table = self.ui.membersTable
        table.blockSignals(True)
        table.setRowCount(len(self._members))
        for row, m in enumerate(self._members):
            self._set_member_row(row, m)
        table.blockSignals(False)

    def _set_member_row(self, row: int, m: dict[str, Any]) -> None:
        born = QLocale().toString(m["birth_date"], QLocale.FormatType.ShortFormat) if m["birth_date"] else ""
        for col, text in enumerate((self._member_name(m), labels.label(labels.RELATION, m["relation"]), born)):
            self.ui.membersTable.setItem(row, col, QTableWidgetItem(text))

    def _select_member(self, row: int) -> None:
        if row == self._current or not 0 <= row < len(self._members):
            return
        self._current = row
        m = self._members[row]
        ui = self.ui
        was_loading, self._loading = self._loading, True
        ui.givenNamesEdit.setText(m["given_names"])
        ui.familyNameEdit.setText(m["family_name"])
        _select(ui.relationCombo, m["relation"])
        _select(ui.sexCombo, m["sex"])
        set_date(ui.birthDateEdit, m["birth_date"])
        _select(ui.nationalityCombo, m["nationality"])
        if m["nationality"] is None:
            ui.nationalityCombo.setCurrentIndex(0)
        for i in range(ui.languagesList.count()):
            item = ui.languagesList.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in m["languages"]
                else Qt.CheckState.Unchecked
            )
        self._fill_preferred(m)
        ui.nationalNumberEdit.setText(m["national_number"] or "")
        ui.inBelgiumCheck.setChecked(m["in_belgium"])
        _select(ui.cardTypeCombo, m["card_type"])
        ui.cardNumberEdit.setText(m["card_number"] or "")
        set_date(ui.cardExpiryEdit, m["card_expiry"])
        ui.memberGroup.setTitle(translate("FamilyEditDialog", "Member: {name}").format(name=self._member_name(m)))
        self._loading = was_loading

    def _fill_preferred(self, m: dict[str, Any]) -> None:
        combo = self.ui.preferredCombo
        combo.blockSignals(True)
        _fill(combo, [(labels.language_name(c), c) for c in m["languages"]], translate("FamilyEditDialog", "(none)"))
        _select(combo, m["preferred_language"])
        combo.blockSignals(False)

    def _languages_changed(self, _item: QListWidgetItem) -> None:
        if self._loading or self._current < 0:
            return
        m = self._members[self._current]
        ui = self.ui
        m["languages"] = [
            ui.languagesList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.languagesList.count())
            if ui.languagesList.item(i).checkState() == Qt.CheckState.Checked
        ]
        if m["preferred_language"] not in m["languages"]:
            m["preferred_language"] = m["languages"][0] if m["languages"] else None
        self._fill_preferred(m)
        self._mark_dirty()

    def _member_changed(self, *_args: Any) -> None:
        if self._loading or self._current < 0:
            return
        ui = self.ui
        m = self._members[self._current]
        m.update(
            given_names=ui.givenNamesEdit.text(),
            family_name=ui.familyNameEdit.text(),
            relation=ui.relationCombo.currentData(),
            sex=ui.sexCombo.currentData(),
            birth_date=get_date(ui.birthDateEdit),
            nationality=_combo_value(ui.nationalityCombo),
            preferred_language=ui.preferredCombo.currentData(),
            national_number=ui.nationalNumberEdit.text().strip() or None,
            in_belgium=ui.inBelgiumCheck.isChecked(),
            card_type=ui.cardTypeCombo.currentData(),
            card_number=ui.cardNumberEdit.text().strip() or None,
            card_expiry=get_date(ui.cardExpiryEdit),
        )
        self._set_member_row(self._current, m)
        ui.memberGroup.setTitle(translate("FamilyEditDialog", "Member: {name}").format(name=self._member_name(m)))
        self._mark_dirty()

    # ----------------------------------------------------------------- contacts
    def _add_contact(self, contact: ContactInput) -> None:
        table = self.ui.contactsTable
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox(table)
        kind.setAccessibleName(translate("FamilyEditDialog", "Type of contact"))
        _fill(kind, labels.choices(labels.CONTACT))
        _select(kind, contact.kind)
        kind.currentIndexChanged.connect(self._mark_dirty)
        table.setCellWidget(row, 0, kind)
        table.setItem(row, 1, QTableWidgetItem(contact.value))
        table.setItem(row, 2, QTableWidgetItem(contact.label or ""))
        self._contact_tab_order()
        if not self._loading:
            self._mark_dirty()
            table.setCurrentCell(row, 1)
            table.editItem(table.item(row, 1))

    def _remove_contact(self, ask: bool = False) -> None:
        """Remove the selected contact (``ask``: first ask, when it has a value: the Delete key)."""
        row = self.ui.contactsTable.currentRow()
        value = self.ui.contactsTable.item(row, 1) if row >= 0 else None
        if ask and value is not None and value.text().strip() and not messages.confirm(
            self,
            translate("FamilyEditDialog", "Remove contact"),
            translate("FamilyEditDialog", "Remove the contact {value}?").format(value=value.text().strip()),
            translate("FamilyEditDialog", "Remove"),
        ):
            return
        if row >= 0:
            self.ui.contactsTable.removeRow(row)
            if self.ui.contactsTable.rowCount():
                self.ui.contactsTable.setCurrentCell(min(row, self.ui.contactsTable.rowCount() - 1), 1)
            self._contact_tab_order()
            self._mark_dirty()

    def _contact_tab_order(self) -> None:
        """Tab: the contacts list, its type boxes (one per contact), then the buttons below it."""
        table = self.ui.contactsTable
        kinds = [table.cellWidget(r, 0) for r in range(table.rowCount()) if table.cellWidget(r, 0) is not None]
        chain = [table, *kinds, self.ui.addContactButton]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _contacts(self) -> tuple[ContactInput, ...]:
        table = self.ui.contactsTable
        out = []
        for row in range(table.rowCount()):
            kind = table.cellWidget(row, 0)
            value = table.item(row, 1).text() if table.item(row, 1) else ""
            note = table.item(row, 2).text().strip() if table.item(row, 2) else ""
            if not value.strip() and not note:
                continue  # an empty row the user added and left
            out.append(ContactInput(kind.currentData(), value, note or None))  # type: ignore[union-attr]
        return tuple(out)

    # ------------------------------------------------------------------- saving
    def _mark_dirty(self, *_args: Any) -> None:
        if not self._loading:
            self.dirty = True

    def value(self) -> FamilyInput:
        ui = self.ui
        decision = None
        if ui.decisionGroup.isChecked():
            decision = DecisionInput(
                protection_type=ui.protectionTypeCombo.currentData(),
                deciding_body=ui.decidingBodyCombo.currentData(),
                decision_date=get_date(ui.decisionDateEdit),  # type: ignore[arg-type]
                asylum_application_date=get_date(ui.applicationDateEdit),
                notification_date=get_date(ui.notificationDateEdit),
                reference=ui.referenceEdit.text().strip() or None,
            )
        members = tuple(PersonInput(**{**m, "languages": tuple(m["languages"])}) for m in self._members)
        return FamilyInput(
            members=members,
            status=ui.statusCombo.currentData(),
            case_number=ui.caseNumberEdit.text().strip() or None,
            centre_id=ui.centreCombo.currentData(),
            worker_id=ui.workerCombo.currentData(),
            arrival_date=get_date(ui.arrivalDateEdit),
            exit_date=get_date(ui.exitDateEdit),
            destination_nis=_combo_value(ui.destinationCombo),
            contacts=self._contacts(),
            decision=decision,
        )

    def save(self) -> None:
        data = self.value()
        try:
            if self.detail is None:
                result = self.ctx.families.create_family(data)
            else:
                result = self.ctx.families.update_family(self.detail.id, data, self.detail.version)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except ConcurrencyError as exc:
            self._show_message(service_error_text(exc))
            return
        except ServiceError as exc:
            self._show_message(service_error_text(exc))
            return
        self.dirty = False
        self.detail = result
        self.saved.emit(result)
        self.accept()

    def _show_message(self, text: str) -> None:
        self.ui.errorLabel.setText(f"<b>⚠ {text}</b>")
        self.ui.errorLabel.setVisible(True)

    def _show_errors(self, exc: ValidationError) -> None:
        items = []
        for e in exc.errors:
            where = ""
            if e.field.startswith("members["):
                index = int(e.field[len("members[") : e.field.index("]")])
                if index < len(self._members):
                    where = self._member_name(self._members[index]) + ": "
            items.append(f"<li>{where}{field_error_text(e)}</li>")
        self.ui.errorLabel.setText(
            "<b>⚠ "
            + translate("FamilyEditDialog", "Please correct these before saving:")
            + "</b><ul>"
            + "".join(items)
            + "</ul>"
        )
        self.ui.errorLabel.setVisible(True)
        self._focus_field(exc.errors[0].field)

    def _focus_field(self, field: str) -> None:
        ui = self.ui
        widget_name = None
        if field.startswith("members["):
            index = int(field[len("members[") : field.index("]")])
            ui.tabs.setCurrentWidget(ui.membersTab)
            if index < len(self._members):
                ui.membersTable.setCurrentCell(index, 0)
            widget_name = MEMBER_FIELDS.get(field.partition("].")[2])
            if widget_name is None:
                widget_name = "membersTable"
        elif field.startswith("contacts["):
            ui.tabs.setCurrentWidget(ui.contactsTab)
            widget_name = "contactsTable"
        elif field == "members":
            ui.tabs.setCurrentWidget(ui.membersTab)
            widget_name = "membersTable"
        else:
            widget_name = FAMILY_FIELDS.get(field)
            ui.tabs.setCurrentWidget(ui.decisionTab if field.startswith("decision.") else ui.householdTab)
        widget = getattr(ui, widget_name, None) if widget_name else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self.dirty and not messages.confirm(
            self,
            translate("FamilyEditDialog", "Unsaved changes"),
            translate("FamilyEditDialog", "You have changes that are not saved. Close and lose them?"),
            translate("FamilyEditDialog", "Discard changes"),
        ):
            return
        super().reject()
