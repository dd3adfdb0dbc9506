"""A family's consent records: what is shared with whom, given on which date, withdrawn when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from transition_app.ui import messages
from transition_app.ui.generated.ui_consents import Ui_ConsentsDialog
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.widgets.date_edit import not_after

if TYPE_CHECKING:
    from transition_app.services.context import AppContext
    from transition_app.services.dto import FamilyDetail
    from transition_app.services.gdpr import ConsentView

ERROR_STYLE = "color: #b71c1c;"
COLUMNS = (QT_TRANSLATE_NOOP("ConsentsDialog", "For"),
           QT_TRANSLATE_NOOP("ConsentsDialog", "What is shared"), QT_TRANSLATE_NOOP("ConsentsDialog", "Shared with"),
           QT_TRANSLATE_NOOP("ConsentsDialog", "Given by"), QT_TRANSLATE_NOOP("ConsentsDialog", "Given on"),
           QT_TRANSLATE_NOOP("ConsentsDialog", "Withdrawn on"), QT_TRANSLATE_NOOP("ConsentsDialog", "Recorded by"),
           QT_TRANSLATE_NOOP("ConsentsDialog", "Confidential notes"))
#: the directory kinds a consent may name (CPAS, municipality, integration agency, the centre's own entries)
RECIPIENT_KINDS = ("cpas", "municipality", "integration_agency", "ngo", "service")


class ConsentsDialog(QDialog):
    changed = Signal(int)  # family id

    def __init__(self, ctx: AppContext, family: FamilyDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConsentsDialog()
        self.ui.setupUi(self)
        self.ctx, self.family = ctx, family
        self.consents: list[ConsentView] = []
        ui = self.ui
        self.setWindowTitle(translate("ConsentsDialog", "Consents — {case}").format(case=family.case_number))
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        from transition_app.domain.consent import PURPOSE_LABELS

        ui.purposeCombo.addItem(translate("ConsentsDialog", "Other (say what below)"), None)
        for purpose, label in PURPOSE_LABELS.items():
            ui.purposeCombo.addItem(tr_dynamic("Consent", label), purpose.value)
        self._fill_recipients()
        ui.recipientCombo.currentIndexChanged.connect(self._recipient_chosen)
        ui.personCombo.addItem(translate("ConsentsDialog", "The whole family"), None)
        for m in family.members:
            ui.personCombo.addItem(m.display_name, m.id)
        given_on = ui.givenOnEdit
        given_on.setToday(ctx.clock.today)
        given_on.setRequired(True)
        given_on.setChecks([not_after(ctx.clock.today, translate(
            "ConsentsDialog", "A consent cannot be given in the future."))])
        given_on.setDate(ctx.clock.today())
        table = ui.consentsTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([tr_dynamic("ConsentsDialog", c) for c in COLUMNS])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        ui.addButton.clicked.connect(self.add)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.closeButton.clicked.connect(self.accept)
        from transition_app.ui.widgets.a11y import DELETE, bind_keys

        bind_keys(table, DELETE, self.withdraw)  # asks first
        self.reload()

    def _fill_recipients(self) -> None:
        """The directory entries a consent may name, the family's destination first."""
        combo = self.ui.recipientCombo
        combo.addItem(translate("ConsentsDialog", "Not in the directory (type the name below)"), None)
        directory = getattr(self.ctx, "directory", None)
        if directory is None:
            return
        entries = [e for e in directory.search("", None) if e.kind in RECIPIENT_KINDS]
        nis = self.family.destination_nis
        entries.sort(key=lambda e: (e.municipality_nis != nis, e.kind != "cpas", e.name))
        for e in entries:
            combo.addItem(e.name, e.key)
        combo.setCurrentIndex(0)

    def _recipient_chosen(self) -> None:
        key = self.ui.recipientCombo.currentData()
        if key is not None:
            self.ui.sharedWithEdit.setText(self.ui.recipientCombo.currentText())

    def reload(self) -> None:
        self.consents = self.ctx.gdpr.list_consents(self.family.id)
        locale = QLocale()
        table = self.ui.consentsTable
        table.setRowCount(len(self.consents))
        for row, c in enumerate(self.consents):
            from transition_app.domain.consent import PURPOSE_LABELS, ConsentPurpose

            code = ConsentPurpose(c.purpose_code) if c.purpose_code in {p.value for p in ConsentPurpose} else None
            values = (tr_dynamic("Consent", PURPOSE_LABELS[code]) if code else "",
                      c.purpose, c.shared_with, c.person_name or translate("ConsentsDialog", "the whole family"),
                      locale.toString(c.given_on, QLocale.FormatType.ShortFormat),
                      locale.toString(c.withdrawn_on, QLocale.FormatType.ShortFormat) if c.withdrawn_on else "",
                      c.recorded_by or "",
                      translate("ConsentsDialog", "yes") if c.covers_confidential else "")
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if c.withdrawn_on:
                    item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
                table.setItem(row, col, item)
        self._update_buttons()

    def current(self) -> ConsentView | None:
        row = self.ui.consentsTable.currentRow()
        if not self.ui.consentsTable.selectedItems() or not 0 <= row < len(self.consents):
            return None
        return self.consents[row]

    def _update_buttons(self) -> None:
        c = self.current()
        self.ui.withdrawButton.setEnabled(c is not None and c.active)

    def _run(self, call) -> bool:  # type: ignore[no-untyped-def]
        from transition_app.domain.validation import ServiceError
        from transition_app.ui.errors import service_error_text

        try:
            call()
        except ServiceError as exc:
            self.ui.errorLabel.setText(service_error_text(exc))
            self.ui.errorLabel.show()
            return False
        self.ui.errorLabel.hide()
        self.reload()
        self.changed.emit(self.family.id)
        return True

    def add(self) -> bool:
        from transition_app.services.gdpr import ConsentInput

        ui = self.ui
        problem = ui.givenOnEdit.revalidate(show_required=True)
        if problem is not None and problem.error:
            ui.errorLabel.setText(problem.message)
            ui.errorLabel.show()
            ui.givenOnEdit.setFocus()
            return False
        data = ConsentInput(ui.purposeEdit.text(), ui.sharedWithEdit.text(), ui.givenOnEdit.date(),
                            ui.personCombo.currentData(), purpose_code=ui.purposeCombo.currentData(),
                            recipient_key=ui.recipientCombo.currentData(),
                            covers_confidential=ui.confidentialCheck.isChecked())
        ok = self._run(lambda: self.ctx.gdpr.add_consent(self.family.id, data))
        if ok:
            ui.purposeEdit.clear()
            ui.sharedWithEdit.clear()
            ui.purposeCombo.setCurrentIndex(0)
            ui.recipientCombo.setCurrentIndex(0)
            ui.confidentialCheck.setChecked(False)
        return ok

    def withdraw(self) -> bool:
        c = self.current()
        if c is None or not messages.confirm(
                self, translate("ConsentsDialog", "Consent withdrawn"),
                translate("ConsentsDialog", "Record that the consent to share “{what}” with {whom} was withdrawn "
                                            "today?").format(what=c.purpose, whom=c.shared_with),
                translate("ConsentsDialog", "Withdrawn")):
            return False
        return self._run(lambda: self.ctx.gdpr.withdraw_consent(c.id))
