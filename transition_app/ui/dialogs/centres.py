"""Administration ▸ Centres…: the reception centres (coordinators): add, edit, retire, reactivate.

A retired centre keeps its families and accounts but gets no new ones; retiring asks first and
says what stays attached.  The edit dialog keeps what was typed when the service refuses it
(every problem shown, the fields outlined) and asks before closing with unsaved changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from transition_app.domain import directory
from transition_app.ui import labels, messages
from transition_app.ui.generated.ui_centre_edit import Ui_CentreEditDialog
from transition_app.ui.generated.ui_centres import Ui_CentresDialog
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.widgets.centre_form import CentreForm, municipality_label
from transition_app.ui.widgets.staff_fields import ltr_text

if TYPE_CHECKING:
    from transition_app.services.context import AppContext
    from transition_app.services.dto import CentreView


class CentreEditDialog(QDialog):
    """A new centre (``centre=None``) or a change to one."""

    saved = Signal(object)  # the CentreView saved

    def __init__(self, ctx: AppContext, centre: CentreView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CentreEditDialog()
        self.ui.setupUi(self)
        self.ctx, self.centre = ctx, centre
        self.form = CentreForm(self.ui.formHost)
        self.ui.formHostLayout.addWidget(self.form)
        self.dirty = False
        if centre is not None:
            self.form.set_centre(centre)
        self.form.changed.connect(lambda: setattr(self, "dirty", True))
        self.setWindowTitle(translate("CentreEditDialog", "New reception centre") if centre is None
                            else translate("CentreEditDialog", "Reception centre {name}").format(name=centre.name))
        self.setTabOrder(self.form.ui.removeLogoButton, self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.form.ui.nameEdit.setFocus()

    def save(self) -> CentreView | None:
        from transition_app.domain.validation import ServiceError

        try:
            if self.centre is None:
                view = self.ctx.staff.create_centre(self.form.value())
            else:
                view = self.ctx.staff.update_centre(self.centre.id, self.form.value(), self.centre.version)
        except ServiceError as exc:
            self.form.show_error(exc)
            hint = self.sizeHint()  # room for the problems listed under the fields
            self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))
            return None
        self.dirty = False
        self.saved.emit(view)
        self.accept()
        return view

    def reject(self) -> None:
        if self.dirty and not messages.confirm(
                self, translate("CentreEditDialog", "Unsaved changes"),
                translate("CentreEditDialog", "You have changes that are not saved. Close and lose them?"),
                translate("CentreEditDialog", "Close without saving")):
            return
        super().reject()


class CentresDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("CentresDialog", "Name"), QT_TRANSLATE_NOOP("CentresDialog", "Operator"),
               QT_TRANSLATE_NOOP("CentresDialog", "Address"), QT_TRANSLATE_NOOP("CentresDialog", "Phone"),
               QT_TRANSLATE_NOOP("CentresDialog", "E-mail"), QT_TRANSLATE_NOOP("CentresDialog", "State"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CentresDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.centres: list[CentreView] = []
        self._active_dialog: CentreEditDialog | None = None
        table = self.ui.centresTable
        table.setColumnCount(len(self.COLUMNS))
        table.setHorizontalHeaderLabels([tr_dynamic("CentresDialog", c) for c in self.COLUMNS])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _i: self.edit_centre())
        self.ui.showRetiredCheck.toggled.connect(lambda _on: self.reload())
        self.ui.addButton.clicked.connect(lambda: self.add_centre())
        self.ui.editButton.clicked.connect(lambda: self.edit_centre())
        self.ui.retireButton.clicked.connect(lambda: self.toggle_retired())
        self.ui.closeButton.clicked.connect(self.accept)
        from transition_app.ui.widgets.a11y import ENTER, bind_keys, text_rows

        bind_keys(table, ENTER, lambda: self.edit_centre())
        text_rows(table)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (self.current().id if self.current() else None)
        self.centres = self.ctx.staff.list_centres(include_retired=self.ui.showRetiredCheck.isChecked())
        table = self.ui.centresTable
        table.setRowCount(len(self.centres))
        for row, c in enumerate(self.centres):
            town = directory.municipality(c.municipality_nis) if c.municipality_nis else None
            address = ", ".join(p for p in (c.address or "", " ".join(
                p for p in (c.postcode or "", municipality_label(town) if town else "") if p)) if p)
            state = translate("CentresDialog", "retired") if c.retired else translate("CentresDialog", "active")
            for col, text in enumerate((c.name, labels.label(labels.OPERATOR, c.operator), address,
                                        ltr_text(c.phone or ""), c.email or "", state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                table.setItem(row, col, item)
            if current == c.id:
                table.setCurrentCell(row, 0)  # (selectRow selects nothing in a right-to-left table)
        self._update_buttons()

    def current(self) -> CentreView | None:
        row = self.ui.centresTable.currentRow()
        if not self.ui.centresTable.selectedItems() or not 0 <= row < len(self.centres):
            return None
        return self.centres[row]

    def _update_buttons(self) -> None:
        centre = self.current()
        self.ui.editButton.setEnabled(centre is not None)
        self.ui.retireButton.setEnabled(centre is not None)
        self.ui.retireButton.setText(translate("CentresDialog", "Reac&tivate") if centre is not None and centre.retired
                                     else translate("CentresDialog", "Re&tire…"))

    def _edit(self, centre: CentreView | None) -> CentreEditDialog:
        dialog = CentreEditDialog(self.ctx, centre, self)
        dialog.saved.connect(lambda view: self.reload(view.id))
        self._active_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_active_dialog", None))
        dialog.open()
        return dialog

    def add_centre(self) -> CentreEditDialog:
        return self._edit(None)

    def edit_centre(self) -> CentreEditDialog | None:
        centre = self.current()
        return self._edit(self.ctx.staff.get_centre(centre.id)) if centre else None

    def toggle_retired(self) -> bool:
        """Retire the selected centre (after asking) or reactivate it."""
        from transition_app.domain.validation import ServiceError
        from transition_app.ui.errors import service_error_text

        centre = self.current()
        if centre is None:
            return False
        try:
            if centre.retired:
                self.ctx.staff.reactivate_centre(centre.id, centre.version)
            else:
                usage = self.ctx.staff.centre_usage(centre.id)
                if not messages.confirm(
                        self, translate("CentresDialog", "Retire a centre"),
                        translate("CentresDialog", "Retire {name}? No new family or account can be added to it. "
                                                   "What it has stays as it is: {families} families and {staff} "
                                                   "active accounts. You can reactivate it later.").format(
                            name=centre.name, families=usage.families, staff=usage.staff),
                        translate("CentresDialog", "Retire")):
                    return False
                self.ctx.staff.retire_centre(centre.id, centre.version)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self.reload()
            return False
        if centre.retired is False and not self.ui.showRetiredCheck.isChecked():
            self.reload()
        else:
            self.reload(centre.id)
        return True
