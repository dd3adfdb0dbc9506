"""Tools ▸ Directory of services…: search the municipalities, CPAS/OCMW, integration agencies and the
NGOs and offices the centre works with; add, change and remove entries (coordinators and social
workers; read-only for admin buddies).  Changes to a shipped entry are kept as its local details,
which win over the shipped data; removing them brings the shipped entry back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QPlainTextEdit, QTableWidgetItem, QWidget

from transition_app.domain import directory
from transition_app.domain.checklist import SERVICES
from transition_app.domain.validation import ServiceError, ValidationError
from transition_app.services.directory_service import KINDS, DirectoryEntryInput, DirectoryEntryView
from transition_app.ui import messages
from transition_app.ui.errors import field_error_text, service_error_text
from transition_app.ui.generated.ui_directory_editor import Ui_DirectoryEditorDialog
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.widgets.a11y import DELETE, bind_keys, max_lines, text_columns, text_rows
from transition_app.ui.widgets.date_edit import not_after

if TYPE_CHECKING:
    from transition_app.services.context import AppContext

CTX = "DirectoryEditorDialog"
KEY_ROLE = Qt.ItemDataRole.UserRole
COL_NAME, COL_KIND, COL_MUNICIPALITY, COL_ADDRESS, COL_HOURS, COL_PHONE, COL_SOURCE = range(7)
SEARCH_DELAY_MS = 200

KIND_LABELS = {
    "cpas": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "CPAS / OCMW"),
    "municipality": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Municipality"),
    "integration_agency": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Integration agency"),
    "ngo": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "NGO"),
    "service": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Other office"),
}
SERVICE_LABELS = {
    "reception_centre": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Reception centre"),
    "cgrs": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "CGRS"),
    "immigration_office": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Immigration Office"),
    "municipality": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Municipality (population service)"),
    "police": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Local police"),
    "cpas_of_residence": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "CPAS / OCMW"),
    "cpas_of_new_dwelling": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "CPAS / OCMW of the new home"),
    "mutual_fund": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Health insurance fund"),
    "bank": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Bank"),
    "landlord": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Housing (landlords, social housing)"),
    "integration_agency": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Integration agency"),
    "employment_agency": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Employment agency"),
    "child_benefit_fund": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Child benefit fund"),
    "school": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "School"),
    "belgian_embassy": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Belgian embassy or consulate"),
    "doctor": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Doctor"),
    "ngo": QT_TRANSLATE_NOOP("DirectoryEditorDialog", "NGO or social service"),
}
SOURCE_SHIPPED = QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Comes with the application")
SOURCE_EDITED = QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Comes with the application, edited here")
SOURCE_LOCAL = QT_TRANSLATE_NOOP("DirectoryEditorDialog", "Added here")
FIELD_WIDGETS = {"name": "nameEdit", "kind": "kindCombo", "service": "serviceCombo", "address": "addressEdit",
                 "postcode": "postcodeEdit", "municipality_nis": "postcodeEdit", "phone": "phoneEdit",
                 "email": "emailEdit", "website": "websiteEdit", "opening_hours": "hoursEdit",
                 "languages": "languagesEdit", "notes": "notesEdit", "address_checked_on": "addressCheckedEdit",
                 "phone_checked_on": "phoneCheckedEdit", "email_checked_on": "emailCheckedEdit",
                 "hours_checked_on": "hoursCheckedEdit"}
#: the checked-date field -> (its DateEdit, the edits of the detail it dates)
CHECKED_WIDGETS = {"address_checked_on": ("addressCheckedEdit", ("addressEdit", "postcodeEdit")),
                   "phone_checked_on": ("phoneCheckedEdit", ("phoneEdit",)),
                   "email_checked_on": ("emailCheckedEdit", ("emailEdit",)),
                   "hours_checked_on": ("hoursCheckedEdit", ("hoursEdit",))}


def kind_label(kind: str) -> str:
    return tr_dynamic(CTX, KIND_LABELS.get(kind, kind))


def service_label(service: str | None) -> str:
    return tr_dynamic(CTX, SERVICE_LABELS.get(service, service)) if service else ""


def source_label(entry: DirectoryEntryView) -> str:
    if not entry.shipped:
        return tr_dynamic(CTX, SOURCE_LOCAL)
    return tr_dynamic(CTX, SOURCE_EDITED if entry.overridden else SOURCE_SHIPPED)


class DirectoryEditorDialog(QDialog):
    changed = Signal(str)  # the key of the entry added, changed or removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DirectoryEditorDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.entries: list[DirectoryEntryView] = []
        self.current: DirectoryEntryView | None = None  # None: a new entry (or nothing chosen)
        actor = ctx.actor
        from transition_app.access.permissions import Permission

        self.can_edit = actor is not None and actor.can(Permission.EDIT_DIRECTORY)
        ui = self.ui
        ui.errorLabel.setStyleSheet("color: #b00020;")
        ui.errorLabel.hide()
        ui.kindFilter.addItem(translate("DirectoryEditorDialog", "Everything"), None)
        for kind in KINDS:
            ui.kindFilter.addItem(kind_label(kind), kind)
            ui.kindCombo.addItem(kind_label(kind), kind)
        ui.serviceCombo.addItem(translate("DirectoryEditorDialog", "(not linked to a step)"), None)
        for service in sorted(SERVICES, key=service_label):
            ui.serviceCombo.addItem(service_label(service), service)
        table = ui.entriesTable
        headers = [translate("DirectoryEditorDialog", "Name"), translate("DirectoryEditorDialog", "Kind"),
                   translate("DirectoryEditorDialog", "Municipality"), translate("DirectoryEditorDialog", "Address"),
                   translate("DirectoryEditorDialog", "Opening hours"), translate("DirectoryEditorDialog", "Phone"),
                   translate("DirectoryEditorDialog", "Source")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        text_rows(table)
        text_columns(table, {COL_NAME: 28, COL_KIND: 14, COL_MUNICIPALITY: 16, COL_ADDRESS: 22, COL_HOURS: 18,
                             COL_PHONE: 14})
        max_lines(ui.hoursEdit, 3)
        max_lines(ui.notesEdit, 3)
        self._filling = False
        for date_name, edit_names in CHECKED_WIDGETS.values():
            date_edit = getattr(ui, date_name)
            date_edit.setToday(ctx.clock.today)
            date_edit.setChecks([not_after(ctx.clock.today, translate(
                "DirectoryEditorDialog", "A check cannot be in the future."))])
            for edit_name in edit_names:
                edit = getattr(ui, edit_name)
                signal = edit.textChanged if isinstance(edit, QPlainTextEdit) else edit.textEdited
                signal.connect(lambda *_a, d=date_edit: self._detail_edited(d))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.kindFilter.currentIndexChanged.connect(lambda _i: self.reload())
        ui.localOnlyCheck.toggled.connect(lambda _on: self.reload())
        table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._row_chosen(row))
        ui.postcodeEdit.textChanged.connect(self._show_municipality)
        ui.newButton.clicked.connect(lambda: self.new_entry())
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.removeButton.clicked.connect(lambda: self.remove())
        ui.closeButton.clicked.connect(self.accept)
        bind_keys(table, DELETE, lambda: self.remove())
        if not self.can_edit:
            for button in (ui.newButton, ui.saveButton, ui.removeButton):
                button.hide()
            ui.localOnlyCheck.setText(translate("DirectoryEditorDialog", "&Only entries added or edited by the centre"))
            ui.introLabel.setText(translate(
                "DirectoryEditorDialog", "Addresses and opening hours of the CPAS/OCMW, municipalities, integration "
                                         "agencies and the NGOs and offices the centre works with. Only a social "
                                         "worker or a coordinator can change them."))
        self.reload()
        if self.entries:  # the first entry shown (the table would choose it when it gets the focus anyway)
            ui.entriesTable.setCurrentCell(0, COL_NAME)
        else:
            self._show(None)

    # ----------------------------------------------------------------- the list
    def reload(self, select: str | None = None) -> None:
        ui = self.ui
        select = select or (self.current.key if self.current else None)
        try:
            found = self.ctx.directory.search(ui.searchEdit.text(), ui.kindFilter.currentData(),
                                              include_shipped=not ui.localOnlyCheck.isChecked())
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            found = []
        self.entries = found
        table = ui.entriesTable
        table.blockSignals(True)
        table.setSortingEnabled(False)
        table.setRowCount(len(found))
        for row, e in enumerate(found):
            values = (e.name, kind_label(e.kind), e.municipality_name, e.address,
                      " ".join(e.opening_hours.split()), e.phone, source_label(e))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == COL_NAME:
                    item.setData(KEY_ROLE, e.key)
                    if e.overridden or not e.shipped:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                table.setItem(row, col, item)
        table.blockSignals(False)
        ui.countLabel.setText(translate("DirectoryEditorDialog", "Entries shown: {count}").format(count=len(found)))
        row = next((i for i, e in enumerate(found) if e.key == select), None)
        if row is not None:
            table.setCurrentCell(row, COL_NAME)
            self._show(found[row])
        elif self.current is not None and self.current.key not in {e.key for e in found}:
            table.setCurrentCell(-1, -1)

    def row_of(self, key: str) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.key == key), None)

    def select(self, key: str) -> bool:
        row = self.row_of(key)
        if row is None:
            return False
        self.ui.entriesTable.setCurrentCell(row, COL_NAME)
        return True

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self._show(self.entries[row])

    # ----------------------------------------------------------------- the entry
    def _show(self, entry: DirectoryEntryView | None) -> None:
        """Fill the form with ``entry`` (None: an empty form for a new entry)."""
        self.current = entry
        ui = self.ui
        ui.errorLabel.hide()
        self._filling = True
        data = entry.to_input() if entry is not None else DirectoryEntryInput()
        ui.nameEdit.setText(data.name)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(data.kind), 0))
        ui.serviceCombo.setCurrentIndex(max(ui.serviceCombo.findData(data.service), 0))
        ui.addressEdit.setText(data.address)
        ui.postcodeEdit.setText(data.postcode or "")
        ui.phoneEdit.setText(data.phone)
        ui.emailEdit.setText(data.email)
        ui.websiteEdit.setText(data.website)
        ui.hoursEdit.setPlainText(data.opening_hours)
        ui.languagesEdit.setText(" ".join(data.languages))
        ui.notesEdit.setPlainText(data.notes)
        for name, (date_name, _edits) in CHECKED_WIDGETS.items():
            date_edit = getattr(ui, date_name)
            date_edit.setDate(getattr(data, name))
            date_edit.setEnabled(self.can_edit)
        ui.uncertainCheck.setChecked(data.uncertain)
        ui.uncertainCheck.setEnabled(self.can_edit)
        self._filling = False
        shipped = entry is not None and entry.shipped
        for widget in (ui.nameEdit, ui.kindCombo, ui.serviceCombo):
            widget.setEnabled(self.can_edit and not shipped)
        for widget in (ui.addressEdit, ui.postcodeEdit, ui.phoneEdit, ui.emailEdit, ui.websiteEdit, ui.languagesEdit):
            widget.setReadOnly(not self.can_edit)
        for widget in (ui.hoursEdit, ui.notesEdit):
            widget.setReadOnly(not self.can_edit)
        ui.removeButton.setEnabled(entry is not None and (not entry.shipped or entry.overridden))
        ui.removeButton.setText(translate("DirectoryEditorDialog", "Re&move local details…") if shipped
                                else translate("DirectoryEditorDialog", "Re&move…"))
        if entry is None:
            ui.sourceLabel.setText(translate("DirectoryEditorDialog", "A new entry: an NGO or an office the centre "
                                                                      "works with."))
            ui.entryGroup.setTitle(translate("DirectoryEditorDialog", "New entry"))
        else:
            text = source_label(entry)
            if shipped:
                text += " — " + translate("DirectoryEditorDialog", "the name comes with the application; what you "
                                                                   "enter below is used instead of the shipped data.")
            if entry.updated_by:
                text += " " + translate("DirectoryEditorDialog", "Last changed by {name}.").format(
                    name=entry.updated_by)
            ui.sourceLabel.setText(text)
            ui.entryGroup.setTitle(entry.name)
        self._show_municipality()

    def _detail_edited(self, date_edit: QWidget) -> None:
        """A detail typed by the worker was checked today (unless they set another date after)."""
        if not self._filling and self.can_edit:
            date_edit.setDate(self.ctx.clock.today())  # type: ignore[attr-defined]

    def _show_municipality(self) -> None:
        ui = self.ui
        code = ui.postcodeEdit.text().strip()
        names = [m.name() for m in directory.by_postcode(code)] if len(code) == 4 and code.isdigit() else []
        if not names and self.current is not None:
            names = [self.current.municipality_name] if self.current.municipality_name else []
        ui.municipalityValue.setText(" / ".join(names) or translate("DirectoryEditorDialog", "from the postcode"))

    def values(self) -> DirectoryEntryInput:
        ui = self.ui
        return DirectoryEntryInput(
            name=ui.nameEdit.text(), kind=ui.kindCombo.currentData(), service=ui.serviceCombo.currentData(),
            address=ui.addressEdit.text(), postcode=ui.postcodeEdit.text() or None,
            municipality_nis=self.current.municipality_nis if self.current is not None else None,
            phone=ui.phoneEdit.text(), email=ui.emailEdit.text(), website=ui.websiteEdit.text(),
            opening_hours=ui.hoursEdit.toPlainText(),
            languages=tuple(ui.languagesEdit.text().replace(",", " ").split()), notes=ui.notesEdit.toPlainText(),
            uncertain=ui.uncertainCheck.isChecked(),
            **{name: getattr(ui, date_name).date() for name, (date_name, _e) in CHECKED_WIDGETS.items()})

    def new_entry(self) -> None:
        self.ui.entriesTable.blockSignals(True)
        self.ui.entriesTable.setCurrentCell(-1, -1)
        self.ui.entriesTable.clearSelection()
        self.ui.entriesTable.blockSignals(False)
        self._show(None)
        self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData("ngo"), 0))
        self.ui.nameEdit.setFocus()

    def _error(self, exc: ServiceError) -> None:
        ui = self.ui
        if isinstance(exc, ValidationError):
            ui.errorLabel.setText("\n".join(field_error_text(e) for e in exc.errors))
            ui.errorLabel.show()
            getattr(ui, FIELD_WIDGETS.get(exc.errors[0].field, "nameEdit")).setFocus()
        else:
            ui.errorLabel.hide()
            messages.error(self, service_error_text(exc))

    def save(self) -> DirectoryEntryView | None:
        if not self.can_edit:
            return None
        data = self.values()
        try:
            if self.current is None:
                saved = self.ctx.directory.add(data)
            else:
                saved = self.ctx.directory.update(self.current.key, data, self.current.version)
        except ServiceError as exc:
            self._error(exc)
            return None
        self.current = saved
        self.reload(select=saved.key)
        if self.row_of(saved.key) is None:  # hidden by the search: still shown in the form
            self._show(saved)
        self.changed.emit(saved.key)
        return saved

    def remove(self) -> bool:
        entry = self.current
        if not self.can_edit or entry is None or (entry.shipped and not entry.overridden):
            return False
        if entry.shipped:
            question = translate("DirectoryEditorDialog", "Remove what was entered here for “{name}”? The entry "
                                                          "comes back as it is shipped with the application.")
        else:
            question = translate("DirectoryEditorDialog", "Remove “{name}” from the directory? Steps will no "
                                                          "longer show it under “Where to go”.")
        if not messages.confirm(self, translate("DirectoryEditorDialog", "Remove from the directory"),
                                question.format(name=entry.name), translate("DirectoryEditorDialog", "Remove")):
            return False
        try:
            back = self.ctx.directory.remove(entry.key, entry.version)
        except ServiceError as exc:
            self._error(exc)
            return False
        self.current = back
        self.reload(select=back.key if back is not None else None)
        if back is None:
            self._show(None)
        self.changed.emit(entry.key)
        return True

