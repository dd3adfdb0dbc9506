"""Create or edit a family: household, members, protection decision, new home, contacts.

The dialog saves through ``FamilyService``; when the service (or the dialog's own reading of a
field: a text that is not a date, an amount or a municipality) rejects the input the dialog stays
open, flags EVERY field named by the problems (a red frame, the message at the field or in its
tool tip) -- for a member, also their row in the list --, lists the problems above the buttons
(each a link to its field) and puts the cursor on the first one, so no typing is lost.  Closing
with unsaved changes asks first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from transition_app.domain import directory, identifiers
from transition_app.domain.reference import languages, nationality_codes
from transition_app.domain.validation import ConcurrencyError, ServiceError, ValidationError
from transition_app.services.context import AppContext
from transition_app.services.dto import (
    ContactInput,
    DecisionInput,
    DwellingInput,
    FamilyDetail,
    FamilyInput,
    PersonInput,
)
from transition_app.ui import labels, messages
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_family_edit import Ui_FamilyEditDialog
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.widgets import field_marks
from transition_app.ui.widgets.a11y import (
    DELETE,
    bind_keys,
    follow_font,
    max_chars,
    max_lines,
    text_columns,
    text_rows,
)
from transition_app.ui.widgets.date_edit import DateCheck, DateEdit, format_date, link, not_after, not_before
from transition_app.ui.widgets.icons_fields import flag_icon
from transition_app.ui.widgets.municipality_picker import display_name

CTX = "FamilyEditDialog"
NEW_MEMBER = QT_TRANSLATE_NOOP("FamilyEditDialog", "(new member)")
EARLIEST_BIRTH = dt.date(1900, 1, 1)

#: field of a member (``members[i].<field>``) -> the widget that edits it (the selected member's)
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
#: every other field path the service names -> its widget
FAMILY_FIELDS = {
    "case_number": "caseNumberEdit",
    "status": "statusCombo",
    "exit_mode": "statusCombo",  # set by the checklist's leave step; the status is its nearest field
    "centre_id": "centreCombo",
    "worker_id": "workerCombo",
    "arrival_date": "arrivalDateEdit",
    "exit_date": "exitDateEdit",
    "destination_nis": "destinationEdit",
    "members": "membersTable",
    "contacts": "contactsTable",
    "decision": "decisionGroup",
    "decision.protection_type": "protectionTypeCombo",
    "decision.deciding_body": "decidingBodyCombo",
    "decision.decision_date": "decisionDateEdit",
    "decision.asylum_application_date": "applicationDateEdit",
    "decision.notification_date": "notificationDateEdit",
    "decision.reference": "referenceEdit",
    "oe_number": "oeNumberEdit",
    "dwelling": "dwellingAddressEdit",
    "dwelling.address": "dwellingAddressEdit",
    "dwelling.postcode": "dwellingPostcodeEdit",
    "dwelling.municipality_nis": "dwellingMunicipalityEdit",
    "dwelling.move_in_date": "moveInDateEdit",
    "dwelling.rent": "rentEdit",
    "dwelling.charges": "chargesEdit",
    "dwelling.guarantee": "guaranteeEdit",
    "dwelling.landlord_name": "landlordNameEdit",
    "dwelling.landlord_address": "landlordAddressEdit",
    "dwelling.landlord_postcode": "landlordPostcodeEdit",
    "dwelling.landlord_municipality_nis": "landlordPostcodeEdit",
    "dwelling.landlord_phone": "landlordPhoneEdit",
    "dwelling.landlord_email": "landlordEmailEdit",
}
#: the widgets whose problems a dwelling postcode's problem also concerns (they contradict it)
ALSO_MARKED = {"dwelling.postcode": ("dwellingMunicipalityEdit",)}
_MEMBER_PATH = re.compile(r"^members\[(\d+)\](?:\.(\w+))?")
_CONTACT_PATH = re.compile(r"^contacts\[(\d+)\](?:\.(\w+))?")


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


def _postcode(text: str) -> str | None:
    return text.strip() or None


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
        self._problems: dict[str, list[str]] = {}  # field path -> messages of the last save attempt
        self._destination_from_home = False  # the destination was filled in from the new home
        self._home_municipality_from_postcode = False
        self._setup_choices()
        self._setup_dates()
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
        _fill(ui.relationCombo, labels.choices(labels.RELATION))
        _fill(ui.sexCombo, labels.choices(labels.SEX), translate("FamilyEditDialog", "(not stated)"))
        countries = sorted(((labels.country_name(c), c) for c in nationality_codes()), key=lambda t: t[0])
        _fill(ui.nationalityCombo, [(f"{name} ({code})", code) for name, code in countries], "")
        _searchable(ui.nationalityCombo)
        ui.languagesList.clear()
        for code in dict.fromkeys(lang.code for lang in languages().values()):  # aliases (kmr) once
            item = QListWidgetItem(labels.language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.languagesList.addItem(item)
        _fill(ui.cardTypeCombo, labels.choices(labels.CARD), translate("FamilyEditDialog", "(none)"))
        _fill(ui.protectionTypeCombo, labels.choices(labels.PROTECTION))
        _fill(ui.decidingBodyCombo, labels.choices(labels.BODY))
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
        for postcode in (ui.dwellingPostcodeEdit, ui.landlordPostcodeEdit):
            max_chars(postcode, 6)
        for money in (ui.rentEdit, ui.chargesEdit, ui.guaranteeEdit):
            max_chars(money, 12)
        ui.errorLabel.setVisible(False)
        ui.errorLabel.setOpenExternalLinks(False)
        ui.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                              | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        ui.errorLabel.linkActivated.connect(self._link_activated)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _date_edits(self) -> list[DateEdit]:
        ui = self.ui
        return [ui.arrivalDateEdit, ui.exitDateEdit, ui.birthDateEdit, ui.cardExpiryEdit, ui.applicationDateEdit,
                ui.decisionDateEdit, ui.notificationDateEdit, ui.moveInDateEdit]

    def _setup_dates(self) -> None:
        """Every date field: today from the context's clock, the checks a social worker would make,
        the calendar opening at the date it relates to."""
        ui = self.ui
        today = self.ctx.clock.today
        for edit in self._date_edits():
            edit.setToday(today)

        def years_from_today(years: int) -> Callable[[], dt.date]:
            return lambda: today() + dt.timedelta(days=round(365.25 * years))

        def future(message: str) -> DateCheck:
            return not_after(today, message)

        self.birth_checks: list[DateCheck] = [
            future(translate("FamilyEditDialog", "A birth date cannot be in the future.")),
            not_before(EARLIEST_BIRTH, translate("FamilyEditDialog", "Born before 1900? Check the year.")),
        ]
        self.card_checks: list[DateCheck] = [
            not_before(years_from_today(-1), translate(
                "FamilyEditDialog", "This card expired more than a year ago: check the year, or whether it "
                                    "was renewed."), error=False),
            not_after(years_from_today(10), translate(
                "FamilyEditDialog", "More than ten years from now: check the year."), error=False),
        ]
        ui.birthDateEdit.setChecks(self.birth_checks)
        ui.cardExpiryEdit.setChecks(self.card_checks)
        ui.arrivalDateEdit.setChecks([future(translate("FamilyEditDialog", "The arrival cannot be in the future."))])
        ui.exitDateEdit.setChecks([not_before(ui.arrivalDateEdit.date, translate(
            "FamilyEditDialog", "The exit cannot be before the arrival ({date})."))])
        ui.applicationDateEdit.setChecks([future(translate(
            "FamilyEditDialog", "The asylum application cannot be in the future."))])
        ui.decisionDateEdit.setChecks([
            future(translate("FamilyEditDialog", "The decision cannot be in the future.")),
            not_before(ui.applicationDateEdit.date, translate(
                "FamilyEditDialog", "The decision cannot be before the asylum application ({date}).")),
            not_before(ui.arrivalDateEdit.date, translate(
                "FamilyEditDialog", "The decision is before the arrival at the centre ({date}): right only if "
                                    "the family came from another centre."), error=False),
        ])
        ui.notificationDateEdit.setChecks([
            future(translate("FamilyEditDialog", "The notification cannot be in the future.")),
            not_before(ui.decisionDateEdit.date, translate(
                "FamilyEditDialog", "The notification cannot be before the decision ({date}).")),
        ])
        ui.moveInDateEdit.setChecks([
            not_before(ui.arrivalDateEdit.date, translate(
                "FamilyEditDialog", "The move-in is before the arrival at the centre ({date}): check the "
                                    "year."), error=False),
            not_after(years_from_today(1), translate(
                "FamilyEditDialog", "More than a year from now: check the year."), error=False),
        ])
        ui.decisionDateEdit.setRequired(True)
        ui.notificationDateEdit.setRelatedDate(ui.decisionDateEdit.date)
        ui.applicationDateEdit.setRelatedDate(ui.decisionDateEdit.date)
        ui.exitDateEdit.setRelatedDate(lambda: ui.decisionDateEdit.date() or None)
        link(ui.arrivalDateEdit, ui.exitDateEdit, ui.applicationDateEdit, ui.decisionDateEdit,
             ui.notificationDateEdit, ui.moveInDateEdit)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.removeMemberButton.clicked.connect(self.remove_member)
        ui.membersTable.currentCellChanged.connect(lambda row, *_: self._select_member(row))
        ui.addContactButton.clicked.connect(lambda: self._add_contact(ContactInput("phone", "")))
        ui.removeContactButton.clicked.connect(lambda: self._remove_contact(ask=True))
        bind_keys(ui.membersTable, DELETE, self.remove_member)  # both ask first
        bind_keys(ui.contactsTable, DELETE, lambda: self._remove_contact(ask=True))
        for edit in (ui.givenNamesEdit, ui.familyNameEdit, ui.nationalNumberEdit, ui.cardNumberEdit):
            edit.textEdited.connect(self._member_changed)
        for combo in (ui.relationCombo, ui.sexCombo, ui.preferredCombo, ui.cardTypeCombo):
            combo.currentIndexChanged.connect(self._member_changed)
        ui.nationalityCombo.currentTextChanged.connect(self._member_changed)
        for date_edit in (ui.birthDateEdit, ui.cardExpiryEdit):
            date_edit.dateChanged.connect(self._member_changed)
            date_edit.edited.connect(self._member_changed)
        ui.inBelgiumCheck.toggled.connect(self._member_changed)
        ui.languagesList.itemChanged.connect(self._languages_changed)
        for edit in (ui.caseNumberEdit, ui.referenceEdit, ui.oeNumberEdit, ui.dwellingAddressEdit,
                     ui.dwellingPostcodeEdit, ui.landlordNameEdit, ui.landlordAddressEdit, ui.landlordPostcodeEdit,
                     ui.landlordPhoneEdit,
                     ui.landlordEmailEdit, ui.rentEdit, ui.chargesEdit, ui.guaranteeEdit, ui.destinationEdit,
                     ui.dwellingMunicipalityEdit):
            edit.textEdited.connect(self._mark_dirty)
        for combo in (ui.statusCombo, ui.centreCombo, ui.workerCombo, ui.protectionTypeCombo, ui.decidingBodyCombo):
            combo.currentIndexChanged.connect(self._mark_dirty)
        for date_edit in (ui.arrivalDateEdit, ui.exitDateEdit, ui.applicationDateEdit, ui.decisionDateEdit,
                          ui.notificationDateEdit, ui.moveInDateEdit):
            date_edit.dateChanged.connect(self._mark_dirty)
            date_edit.edited.connect(self._mark_dirty)
        ui.decisionGroup.toggled.connect(self._mark_dirty)
        ui.contactsTable.itemChanged.connect(self._mark_dirty)
        ui.destinationEdit.municipalityChanged.connect(self._destination_changed)
        ui.dwellingMunicipalityEdit.municipalityChanged.connect(self._home_municipality_changed)
        ui.dwellingPostcodeEdit.textEdited.connect(self._home_postcode_edited)
        ui.landlordPostcodeEdit.textChanged.connect(self._landlord_place)

    # ------------------------------------------------------------------ loading
    def _load(self, detail: FamilyDetail | None) -> None:
        ui = self.ui
        data = detail.to_input() if detail else FamilyInput(members=())
        self._exit_mode = data.exit_mode  # not edited here (the leave step sets it): kept as it is
        ui.caseNumberEdit.setText(data.case_number or "")
        _select(ui.statusCombo, data.status)
        _select(ui.centreCombo, data.centre_id)
        _select(ui.workerCombo, data.worker_id)
        ui.arrivalDateEdit.setDate(data.arrival_date)
        ui.exitDateEdit.setDate(data.exit_date)
        ui.destinationEdit.setNis(data.destination_nis)
        ui.oeNumberEdit.setText(data.oe_number or "")
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
            ui.applicationDateEdit.setDate(d.asylum_application_date)
            ui.decisionDateEdit.setDate(d.decision_date)
            ui.notificationDateEdit.setDate(d.notification_date)
            ui.referenceEdit.setText(d.reference or "")
        self._load_dwelling(data.dwelling or DwellingInput())
        for c in data.contacts:
            self._add_contact(c)
        if ui.contactsTable.rowCount():  # not the type box: Qt would move the focus into it from the list
            ui.contactsTable.setCurrentCell(0, 1)

    def _load_dwelling(self, d: DwellingInput) -> None:
        ui = self.ui
        ui.dwellingAddressEdit.setText(d.address)
        ui.dwellingPostcodeEdit.setText(d.postcode or "")
        ui.dwellingMunicipalityEdit.setNis(d.municipality_nis)
        ui.moveInDateEdit.setDate(d.move_in_date)
        ui.rentEdit.setValue(d.rent)
        ui.chargesEdit.setValue(d.charges)
        ui.guaranteeEdit.setValue(d.guarantee)
        ui.landlordNameEdit.setText(d.landlord_name)
        ui.landlordAddressEdit.setText(d.landlord_address)
        ui.landlordPostcodeEdit.setText(d.landlord_postcode or "")
        ui.landlordPhoneEdit.setText(d.landlord_phone)
        ui.landlordEmailEdit.setText(d.landlord_email)
        self._landlord_municipality = d.landlord_municipality_nis
        self._landlord_place(ui.landlordPostcodeEdit.text())

    @staticmethod
    def _blank_member(relation: str) -> dict[str, Any]:
        member = dataclasses.asdict(PersonInput(given_names="", family_name="", relation=relation))
        member["_typed"] = {}  # date texts typed but not (yet) dates: kept when another member is shown
        return member

    # ------------------------------------------------------------------ new home
    def _home_postcode_edited(self, text: str) -> None:
        """A postcode of one municipality fills in the municipality; 1040, 1050 and 1060 offer theirs."""
        picker = self.ui.dwellingMunicipalityEdit
        code = text.strip()
        found = directory.by_postcode(code) if len(code) == 4 and code.isdigit() else ()
        if not found:
            return
        if len(found) == 1:
            if picker.nis() != found[0].nis_code and (picker.nis() is None or self._home_municipality_from_postcode
                                                      or not picker.text().strip()):
                picker.setNis(found[0].nis_code)
                self._home_municipality_from_postcode = True
                self._home_municipality_changed(found[0].nis_code, by_postcode=True)
            return
        if picker.nis() not in {m.nis_code for m in found}:
            picker.setNis(None)
            picker.suggest([m.nis_code for m in found], code)
            picker.setPlaceholderText(translate("FamilyEditDialog", "{postcode}: {names} — choose one").format(
                postcode=code, names=translate("FamilyEditDialog", " or ").join(display_name(m) for m in found)))

    def _home_municipality_changed(self, nis: str | None, by_postcode: bool = False) -> None:
        ui = self.ui
        if self._loading:
            return
        self._mark_dirty()
        if not by_postcode:
            self._home_municipality_from_postcode = False
            ui.dwellingMunicipalityEdit.setPlaceholderText(translate("MunicipalityPicker", "Name or postcode"))
            codes = directory.postcodes_of(nis) if nis else ()
            if nis and not ui.dwellingPostcodeEdit.text().strip() and len(codes) == 1:
                ui.dwellingPostcodeEdit.setText(codes[0])
        destination = ui.destinationEdit
        if nis and (destination.nis() is None and not destination.text().strip() or self._destination_from_home):
            destination.setNis(nis)  # the new home says where the family goes (as the service does)
            self._destination_from_home = True

    def _destination_changed(self, _nis: str | None) -> None:
        if not self._loading and self.ui.destinationEdit.hasFocus():
            self._destination_from_home = False
        self._mark_dirty()

    def _landlord_place(self, text: str) -> None:
        """The municipality of the landlord's postcode, beside it."""
        code = text.strip()
        found = directory.by_postcode(code) if len(code) == 4 and code.isdigit() else ()
        if found:
            names = " / ".join(display_name(m) for m in found)
        elif code:
            names = translate("FamilyEditDialog", "not a Belgian postcode") if len(code) == 4 else ""
        else:
            names = ""
        self.ui.landlordPlaceLabel.setText(names)

    def _dwelling(self) -> DwellingInput | None:
        ui = self.ui
        landlord_postcode = _postcode(ui.landlordPostcodeEdit.text())
        landlord_nis = self._landlord_municipality
        if landlord_nis is not None and landlord_postcode and landlord_nis not in {
                m.nis_code for m in directory.by_postcode(landlord_postcode)}:
            landlord_nis = None  # the postcode changed: the service finds its municipality again
        d = DwellingInput(
            address=ui.dwellingAddressEdit.text().strip(),
            postcode=_postcode(ui.dwellingPostcodeEdit.text()),
            municipality_nis=ui.dwellingMunicipalityEdit.nis(),
            move_in_date=ui.moveInDateEdit.date(),
            rent=ui.rentEdit.value(), charges=ui.chargesEdit.value(), guarantee=ui.guaranteeEdit.value(),
            landlord_name=ui.landlordNameEdit.text().strip(),
            landlord_address=ui.landlordAddressEdit.text().strip(),
            landlord_postcode=landlord_postcode,
            landlord_municipality_nis=landlord_nis if landlord_postcode else None,
            landlord_phone=ui.landlordPhoneEdit.text().strip(),
            landlord_email=ui.landlordEmailEdit.text().strip(),
        )
        return None if d.is_empty else d

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
        self._problems = {}  # member numbers moved: the next save says what is still wrong
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
        born = format_date(m["birth_date"]) if m["birth_date"] else ""
        problems = [msg for path, msgs in self._problems.items() if path.startswith(f"members[{row}]")
                    for msg in msgs]
        for col, text in enumerate((self._member_name(m), labels.label(labels.RELATION, m["relation"]), born)):
            item = QTableWidgetItem(text)
            if problems:
                item.setToolTip("\n".join(problems))
                if col == 0:
                    item.setIcon(flag_icon(True))
                    item.setText(translate("FamilyEditDialog", "{name} (to correct)").format(name=text))
            self.ui.membersTable.setItem(row, col, item)

    def _member_widgets(self) -> list[QWidget]:
        return [getattr(self.ui, name) for name in MEMBER_FIELDS.values()]

    def _select_member(self, row: int) -> None:
        if row == self._current or not 0 <= row < len(self._members):
            return
        if 0 <= self._current < len(self._members):
            self._keep_typed_dates(self._members[self._current])
        self._current = row
        m = self._members[row]
        ui = self.ui
        for widget in self._member_widgets():
            field_marks.unmark(widget)
        was_loading, self._loading = self._loading, True
        ui.givenNamesEdit.setText(m["given_names"])
        ui.familyNameEdit.setText(m["family_name"])
        _select(ui.relationCombo, m["relation"])
        _select(ui.sexCombo, m["sex"])
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
        ui.nationalNumberEdit.setText(identifiers.format_nrn(m["national_number"]))  # YY.MM.DD-XXX.CC
        ui.inBelgiumCheck.setChecked(m["in_belgium"])
        _select(ui.cardTypeCombo, m["card_type"])
        ui.cardNumberEdit.setText(m["card_number"] or "")
        typed = m.setdefault("_typed", {})
        for field, edit in (("birth_date", ui.birthDateEdit), ("card_expiry", ui.cardExpiryEdit)):
            edit.setDate(m[field])
            if typed.get(field):  # a text that was not a date yet: shown again as typed, flagged
                edit.lineEdit().setText(typed[field])
                edit.revalidate(show_required=True)
        ui.memberGroup.setTitle(translate("FamilyEditDialog", "Member: {name}").format(name=self._member_name(m)))
        self._loading = was_loading
        self._mark_member_fields(row)

    @staticmethod
    def _typed_text(edit: DateEdit) -> str | None:
        return edit.text() if edit.text().strip() and edit.date() is None else None

    def _keep_typed_dates(self, m: dict[str, Any]) -> None:
        typed = m.setdefault("_typed", {})
        for field, edit in (("birth_date", self.ui.birthDateEdit), ("card_expiry", self.ui.cardExpiryEdit)):
            text = self._typed_text(edit)
            if text:
                typed[field] = text
            else:
                typed.pop(field, None)

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
            birth_date=ui.birthDateEdit.date(),
            nationality=_combo_value(ui.nationalityCombo),
            preferred_language=ui.preferredCombo.currentData(),
            national_number=ui.nationalNumberEdit.text().strip() or None,
            in_belgium=ui.inBelgiumCheck.isChecked(),
            card_type=ui.cardTypeCombo.currentData(),
            card_number=ui.cardNumberEdit.text().strip() or None,
            card_expiry=ui.cardExpiryEdit.date(),
        )
        self._keep_typed_dates(m)
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

    def _contact_rows(self) -> list[int]:
        """The rows of the contacts table that are sent (an empty row the person added and left is not)."""
        table = self.ui.contactsTable
        rows = []
        for row in range(table.rowCount()):
            value = table.item(row, 1).text() if table.item(row, 1) else ""
            note = table.item(row, 2).text().strip() if table.item(row, 2) else ""
            if value.strip() or note:
                rows.append(row)
        return rows

    def _contacts(self) -> tuple[ContactInput, ...]:
        table = self.ui.contactsTable
        out = []
        for row in self._contact_rows():
            kind = table.cellWidget(row, 0)
            value = table.item(row, 1).text() if table.item(row, 1) else ""
            note = table.item(row, 2).text().strip() if table.item(row, 2) else ""
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
                decision_date=ui.decisionDateEdit.date(),  # type: ignore[arg-type]
                asylum_application_date=ui.applicationDateEdit.date(),
                notification_date=ui.notificationDateEdit.date(),
                reference=ui.referenceEdit.text().strip() or None,
            )
        fields = {f.name for f in dataclasses.fields(PersonInput)}
        members = tuple(PersonInput(**{k: v for k, v in m.items() if k in fields}
                                    | {"languages": tuple(m["languages"])}) for m in self._members)
        return FamilyInput(
            members=members,
            status=ui.statusCombo.currentData(),
            case_number=ui.caseNumberEdit.text().strip() or None,
            centre_id=ui.centreCombo.currentData(),
            worker_id=ui.workerCombo.currentData(),
            arrival_date=ui.arrivalDateEdit.date(),
            exit_date=ui.exitDateEdit.date(),
            destination_nis=ui.destinationEdit.nis(),
            contacts=self._contacts(),
            decision=decision,
            dwelling=self._dwelling(),
            exit_mode=self._exit_mode,
            oe_number=ui.oeNumberEdit.text().strip() or None,
        )

    def _own_problems(self) -> list[tuple[str, str]]:
        """What the dialog itself sees is wrong before asking the service: texts that are not dates,
        amounts or municipalities (they would be lost), dates its checks refuse, a new home in
        another municipality than the destination."""
        ui = self.ui
        out: list[tuple[str, str]] = []
        paths = {name: path for path, name in FAMILY_FIELDS.items()}
        decision_on = ui.decisionGroup.isChecked()
        for edit in (ui.arrivalDateEdit, ui.exitDateEdit, ui.applicationDateEdit, ui.decisionDateEdit,
                     ui.notificationDateEdit, ui.moveInDateEdit):
            if edit.objectName() in ("applicationDateEdit", "decisionDateEdit", "notificationDateEdit") \
                    and not decision_on:
                continue
            edit.revalidate(show_required=edit is ui.decisionDateEdit)
            problem = edit.problem(external=False)
            if problem is not None and problem.error:
                out.append((paths[edit.objectName()], problem.message))
        for i, m in enumerate(self._members):
            for field, edit, checks in (("birth_date", ui.birthDateEdit, self.birth_checks),
                                        ("card_expiry", ui.cardExpiryEdit, self.card_checks)):
                if i == self._current:
                    problem = edit.problem(external=False)
                    if problem is not None and problem.error:
                        out.append((f"members[{i}].{field}", problem.message))
                    continue
                typed = m.get("_typed", {}).get(field)
                if typed:
                    out.append((f"members[{i}].{field}", translate(
                        "FamilyEditDialog", "“{text}” is not a date.").format(text=typed)))
                elif m[field] is not None:
                    found = [p for p in (check(m[field]) for check in checks) if p is not None and p.error]
                    if found:
                        out.append((f"members[{i}].{field}", found[0].message))
        for i, m in enumerate(self._members):
            if not m["card_type"] and (m["card_number"] or m["card_expiry"] or m.get("_typed", {}).get("card_expiry")):
                out.append((f"members[{i}].card_type", translate(
                    "FamilyEditDialog", "Choose the type of residence card: its number and expiry date are kept "
                                        "with it.")))
        for picker in (ui.destinationEdit, ui.dwellingMunicipalityEdit):
            problem = picker.problem()
            if problem:
                out.append((paths[picker.objectName()], problem))
        for money in (ui.rentEdit, ui.chargesEdit, ui.guaranteeEdit):
            problem = money.problem()
            if problem:
                out.append((paths[money.objectName()], problem))
        home, destination = ui.dwellingMunicipalityEdit.municipality(), ui.destinationEdit.municipality()
        if home is not None and destination is not None and home.nis_code != destination.nis_code:
            text = translate("FamilyEditDialog", "The new home is in {home} but the family is moving to "
                                                 "{destination}: correct one of the two (the CPAS of the "
                                                 "new home's municipality is the competent one).").format(
                home=display_name(home), destination=display_name(destination))
            out += [("dwelling.municipality_nis", text), ("destination_nis", text)]
        return out

    def save(self) -> None:
        if self._current >= 0:
            self._member_changed()  # the shown member's fields, as they are now
        own = self._own_problems()
        if own:
            # and every other problem at once: the service's own rules, nothing written
            try:
                found = self.ctx.families.check(self.value(), self.detail.id if self.detail else None)
            except ServiceError:
                found = []
            paths = {path for path, _ in own}
            known = paths | ({"dwelling.postcode"} if "destination_nis" in paths else set())  # said already
            self.show_problems(own + [(e.field, field_error_text(e)) for e in found if e.field not in known])
            return
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
        self.ui.errorLabel.setText(f"<b>⚠ {html.escape(text)}</b>")
        self.ui.errorLabel.setVisible(True)

    def _show_errors(self, exc: ValidationError) -> None:
        self.show_problems([(e.field, field_error_text(e)) for e in exc.errors])

    # ------------------------------------------------------------ problems at the fields
    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Flag every field of ``problems`` (field path, translated message), list them (each a link
        to its field) and put the cursor on the first one."""
        self._clear_marks()
        self._problems = {}
        for path, message in problems:
            if message not in self._problems.setdefault(path, []):
                self._problems[path].append(message)
        self._refresh_member_rows()
        self._mark_fields()
        self._render_problems()
        if problems:
            self.focus_field(problems[0][0])

    def problem_paths(self) -> list[str]:
        return list(self._problems)

    def _render_problems(self) -> None:
        items = []
        for path, msgs in self._problems.items():
            where = ""
            found = _MEMBER_PATH.match(path)
            if found and int(found.group(1)) < len(self._members):
                where = self._member_name(self._members[int(found.group(1))]) + ": "
            for msg in msgs:
                prefix = "" if where and msg.startswith(where) else where  # the service named the member already
                items.append(f'<li><a href="field:{html.escape(path)}">{html.escape(prefix + msg)}</a></li>')
        if not items:
            self.ui.errorLabel.setVisible(False)
            return
        self.ui.errorLabel.setText(
            "<b>⚠ " + html.escape(translate("FamilyEditDialog", "Please correct these before saving:"))
            + "</b><ul>" + "".join(items) + "</ul>")
        self.ui.errorLabel.setVisible(True)

    def _link_activated(self, link_text: str) -> None:
        if link_text.startswith("field:"):
            self.focus_field(link_text[len("field:"):])

    def _resolved(self, path: str) -> None:
        """A flagged field was changed: its problem leaves the list."""
        if self._problems.pop(path, None) is not None:
            self._render_problems()
            found = _MEMBER_PATH.match(path)
            if found and int(found.group(1)) < len(self._members):
                self._set_member_row(int(found.group(1)), self._members[int(found.group(1))])

    def _clear_marks(self) -> None:
        ui = self.ui
        for name in {*FAMILY_FIELDS.values(), *MEMBER_FIELDS.values()}:
            field_marks.unmark(getattr(ui, name))
        for row in range(ui.contactsTable.rowCount()):
            for col in (1, 2):
                item = ui.contactsTable.item(row, col)
                if item is not None:
                    item.setToolTip("")
                    item.setIcon(QIcon())

    def _mark(self, widget: QWidget, path: str) -> None:
        message = "\n".join(self._problems[path])
        previous = field_marks.message_of(widget) if not isinstance(widget, DateEdit) else None
        if previous and message not in previous:
            message = previous + "\n" + message
        field_marks.mark(widget, message, on_clear=lambda p=path: self._resolved(p))

    def _mark_fields(self) -> None:
        """Flag the fields of the problems, except the member fields of members not shown."""
        ui = self.ui
        for path in self._problems:
            if path.startswith("members["):
                continue
            found = _CONTACT_PATH.match(path)
            if found:
                row_index = int(found.group(1))
                rows = self._contact_rows()
                if row_index < len(rows):
                    col = 2 if found.group(2) == "label" else 1
                    item = ui.contactsTable.item(rows[row_index], col)
                    if item is not None:
                        item.setToolTip("\n".join(self._problems[path]))
                        item.setIcon(flag_icon(True))
                field_marks.mark(ui.contactsTable, "\n".join(self._problems[path]),
                                 on_clear=lambda p=path: self._resolved(p))
                continue
            name = FAMILY_FIELDS.get(path) or FAMILY_FIELDS.get(path.split(".")[0])
            if name is None:
                continue
            self._mark(getattr(ui, name), path)
            for other in ALSO_MARKED.get(path, ()):
                self._mark(getattr(ui, other), path)
        self._mark_member_fields(self._current)

    def _mark_member_fields(self, row: int) -> None:
        ui = self.ui
        for path in self._problems:
            found = _MEMBER_PATH.match(path)
            if not found or int(found.group(1)) != row:
                continue
            name = MEMBER_FIELDS.get(found.group(2) or "")
            self._mark(getattr(ui, name) if name else ui.membersTable, path)

    def focus_field(self, path: str) -> None:
        """Show the tab (and member) of ``path`` and put the cursor in its field."""
        ui = self.ui
        widget: QWidget | None
        member = _MEMBER_PATH.match(path)
        contact = _CONTACT_PATH.match(path)
        if member:
            index = int(member.group(1))
            ui.tabs.setCurrentWidget(ui.membersTab)
            if index < len(self._members):
                ui.membersTable.setCurrentCell(index, 0)
            name = MEMBER_FIELDS.get(member.group(2) or "")
            widget = getattr(ui, name) if name else ui.membersTable
        elif contact:
            ui.tabs.setCurrentWidget(ui.contactsTab)
            rows = self._contact_rows()
            index = int(contact.group(1))
            if index < len(rows):
                ui.contactsTable.setCurrentCell(rows[index], 2 if contact.group(2) == "label" else 1)
            widget = ui.contactsTable
        else:
            name = FAMILY_FIELDS.get(path) or FAMILY_FIELDS.get(path.split(".")[0])
            widget = getattr(ui, name) if name else None
            tab = ui.householdTab
            if path.startswith("decision") or path == "oe_number":
                tab = ui.decisionTab
            elif path.startswith("dwelling"):
                tab = ui.dwellingTab
            elif path == "members":
                tab = ui.membersTab
            elif path == "contacts":
                tab = ui.contactsTab
            ui.tabs.setCurrentWidget(tab)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    _focus_field = focus_field

    def reject(self) -> None:
        if self.dirty and not messages.confirm(
            self,
            translate("FamilyEditDialog", "Unsaved changes"),
            translate("FamilyEditDialog", "You have changes that are not saved. Close and lose them?"),
            translate("FamilyEditDialog", "Discard changes"),
        ):
            return
        super().reject()

