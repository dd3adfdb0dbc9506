"""Which admin buddies accompany a family (social workers and coordinators assign them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from transition_app.ui.generated.ui_buddy_assign import Ui_BuddyAssignDialog
from transition_app.ui.i18n import translate

if TYPE_CHECKING:
    from transition_app.services.context import AppContext
    from transition_app.services.dto import FamilyDetail


class BuddyAssignDialog(QDialog):
    changed = Signal(int)  # family id

    def __init__(self, ctx: AppContext, family: FamilyDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BuddyAssignDialog()
        self.ui.setupUi(self)
        self.ctx, self.family = ctx, family
        self.setWindowTitle(translate("BuddyAssignDialog", "Admin buddies — {case}").format(case=family.case_number))
        self.ui.assignButton.clicked.connect(lambda: self.assign())
        self.ui.unassignButton.clicked.connect(lambda: self.unassign(ask=True))  # the button asks too
        self.ui.assignedList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.buttonBox.rejected.connect(self.accept)
        from transition_app.ui.widgets.a11y import DELETE, bind_keys

        bind_keys(self.ui.assignedList, DELETE, lambda: self.unassign(ask=True))
        self.reload()

    def reload(self) -> None:
        ui = self.ui
        assigned = self.ctx.buddies.assignments(self.family.id)
        ui.assignedList.clear()
        for a in assigned:
            item = QListWidgetItem(translate("BuddyAssignDialog", "{name} (since {date})").format(
                name=a.buddy_name, date=a.assigned_at.date().isoformat()))
            item.setData(Qt.ItemDataRole.UserRole, a.buddy_id)
            ui.assignedList.addItem(item)
        if not assigned:
            placeholder = QListWidgetItem(translate("BuddyAssignDialog", "No admin buddy accompanies this family."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.assignedList.addItem(placeholder)
        taken = {a.buddy_id for a in assigned}
        ui.buddyCombo.clear()
        for b in self.ctx.buddies.list_buddies():
            if b.id not in taken:
                ui.buddyCombo.addItem(b.full_name, b.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.assignButton.setEnabled(self.ui.buddyCombo.count() > 0)
        item = self.ui.assignedList.currentItem()
        self.ui.unassignButton.setEnabled(item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
                                          and item.isSelected())

    def _run(self, call) -> bool:  # type: ignore[no-untyped-def]
        from transition_app.domain.validation import ServiceError
        from transition_app.ui import messages
        from transition_app.ui.errors import service_error_text

        try:
            call()
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return False
        self.reload()
        self.changed.emit(self.family.id)
        return True

    def assign(self, buddy_id: int | None = None) -> bool:
        if buddy_id is None:
            buddy_id = self.ui.buddyCombo.currentData()
        if buddy_id is None:
            return False
        return self._run(lambda: self.ctx.buddies.assign(self.family.id, buddy_id))

    def unassign(self, buddy_id: int | None = None, ask: bool = False) -> bool:
        """Unassign a buddy (``ask``: first ask, as the Delete key does)."""
        item = None
        if buddy_id is None:
            item = self.ui.assignedList.currentItem()
            buddy_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if buddy_id is None:
            return False
        if ask:
            from transition_app.ui import messages

            if not messages.confirm(self, translate("BuddyAssignDialog", "Unassign buddy"),
                                    translate("BuddyAssignDialog", "Stop {name} accompanying this family? They will "
                                              "no longer see its file.").format(
                                        name=item.text() if item is not None else buddy_id),
                                    translate("BuddyAssignDialog", "Unassign")):
                return False
        return self._run(lambda: self.ctx.buddies.unassign(self.family.id, buddy_id))
