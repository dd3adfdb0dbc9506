"""User accounts (coordinators): create, change role, centre, job title, direct phone and e-mail, new password,
unlock, disable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from transition_app.ui import messages
from transition_app.ui.generated.ui_user_edit import Ui_UserEditDialog
from transition_app.ui.generated.ui_user_manage import Ui_UserManageDialog
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.widgets.staff_fields import (
    FieldMarks,
    fill_job_titles,
    fill_title_forms,
    job_title_value,
    left_to_right,
    set_job_title,
    set_title_form,
)

if TYPE_CHECKING:
    from transition_app.services.auth import UserView
    from transition_app.services.context import AppContext

ROLES = {
    "coordinator": QT_TRANSLATE_NOOP("Roles", "Coordinator"),
    "social_worker": QT_TRANSLATE_NOOP("Roles", "Social worker"),
    "admin_buddy": QT_TRANSLATE_NOOP("Roles", "Admin buddy"),
}
ERROR_STYLE = "color: #b71c1c;"


def role_label(code: str) -> str:
    return tr_dynamic("Roles", ROLES[code]) if code in ROLES else code


class UserEditDialog(QDialog):
    """A new account (every field), a change (name, role, centre, signature) or a new password (password only)."""

    saved = Signal(object)
    NEW, CHANGE, PASSWORD, OWN_PASSWORD = "new", "change", "password", "own_password"

    def __init__(self, ctx: AppContext, mode: str, user: UserView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        self.ctx, self.mode, self.user = ctx, mode, user
        ui = self.ui
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        for code in ROLES:
            ui.roleCombo.addItem(role_label(code), code)
        show_account = mode in (self.NEW, self.CHANGE)
        if show_account:  # the centres are a coordinator's to see; only asked where they are shown
            self._fill_centres(user)
        fill_job_titles(ui.jobTitleCombo)
        fill_title_forms(ui.titleFormCombo)
        left_to_right(ui.phoneEdit, ui.emailEdit)
        show_password = mode != self.CHANGE
        ui.currentPasswordLabel.setVisible(mode == self.OWN_PASSWORD)
        ui.currentPasswordEdit.setVisible(mode == self.OWN_PASSWORD)
        for widget in (ui.fullNameLabel, ui.fullNameEdit, ui.usernameLabel, ui.usernameEdit, ui.roleLabel,
                       ui.roleCombo, ui.centreLabel, ui.centreCombo, ui.jobTitleLabel, ui.jobTitleCombo,
                       ui.titleFormLabel, ui.titleFormCombo, ui.phoneLabel, ui.phoneEdit, ui.emailLabel, ui.emailEdit):
            widget.setVisible(show_account)
        for widget in (ui.passwordLabel, ui.passwordEdit, ui.confirmLabel, ui.confirmEdit):
            widget.setVisible(show_password)
        if user is not None:
            ui.fullNameEdit.setText(user.full_name)
            ui.usernameEdit.setText(user.username)
            ui.usernameEdit.setReadOnly(True)
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(user.role)))
            ui.centreCombo.setCurrentIndex(max(0, ui.centreCombo.findData(user.centre_id)))
            set_job_title(ui.jobTitleCombo, user.job_title)
            set_title_form(ui.titleFormCombo, user.job_title_form)
            ui.phoneEdit.setText(user.phone or "")
            ui.emailEdit.setText(user.email or "")
        else:
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("social_worker"))
            set_job_title(ui.jobTitleCombo, "social_worker")
            set_title_form(ui.titleFormCombo, "n")
            if ui.centreCombo.count() == 2:  # one centre: a worker or buddy belongs to it
                ui.centreCombo.setCurrentIndex(1)
        self.marks = FieldMarks({
            "full_name": ui.fullNameEdit, "username": ui.usernameEdit, "role": ui.roleCombo,
            "centre_id": ui.centreCombo, "job_title": ui.jobTitleCombo, "job_title_form": ui.titleFormCombo,
            "phone": ui.phoneEdit, "email": ui.emailEdit, "password": ui.passwordEdit, "confirm": ui.confirmEdit})
        titles = {self.NEW: translate("UserEditDialog", "New user"),
                  self.CHANGE: translate("UserEditDialog", "Change user"),
                  self.PASSWORD: translate("UserEditDialog", "New password for {user}").format(
                      user=user.username if user else ""),
                  self.OWN_PASSWORD: translate("UserEditDialog", "Change my password")}
        self.setWindowTitle(titles[mode])
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        first = {self.PASSWORD: ui.passwordEdit, self.OWN_PASSWORD: ui.currentPasswordEdit}.get(mode, ui.fullNameEdit)
        first.setFocus()

    def _fill_centres(self, user: UserView | None) -> None:
        """Active centres, and the account's own one even when it is retired (marked so)."""
        combo = self.ui.centreCombo
        combo.addItem(translate("UserEditDialog", "(none: every centre — coordinators only)"), None)
        for centre in self.ctx.staff.list_centres():
            if centre.retired and (user is None or user.centre_id != centre.id):
                continue
            name = (translate("UserEditDialog", "{centre} (retired)").format(centre=centre.name) if centre.retired
                    else centre.name)
            combo.addItem(name, centre.id)

    def save(self) -> bool:
        from transition_app.domain.validation import ServiceError, ValidationError
        from transition_app.ui.errors import service_error_text

        ui, auth = self.ui, self.ctx.auth
        signature = dict(job_title=job_title_value(ui.jobTitleCombo), job_title_form=ui.titleFormCombo.currentData(),
                         phone=ui.phoneEdit.text(), email=ui.emailEdit.text())
        try:
            if self.mode == self.NEW:
                result: Any = auth.create_user(
                    ui.usernameEdit.text(), ui.fullNameEdit.text(), ui.roleCombo.currentData(), ui.passwordEdit.text(),
                    ui.confirmEdit.text(), centre_id=ui.centreCombo.currentData(), **signature)
            elif self.mode == self.CHANGE:
                assert self.user is not None
                result = auth.update_user(self.user.id, full_name=ui.fullNameEdit.text(),
                                          role=ui.roleCombo.currentData(), centre_id=ui.centreCombo.currentData(),
                                          **signature)
            elif self.mode == self.OWN_PASSWORD:
                auth.change_password(ui.currentPasswordEdit.text(), ui.passwordEdit.text(), ui.confirmEdit.text())
                result = None
            else:
                assert self.user is not None
                auth.reset_password(self.user.id, ui.passwordEdit.text(), ui.confirmEdit.text())
                result = self.user
        except ServiceError as exc:
            ui.errorLabel.setText(service_error_text(exc))
            ui.errorLabel.show()
            if isinstance(exc, ValidationError):
                self.marks.show(exc.errors)
            return False
        self.saved.emit(result)
        self.accept()
        return True


class UserManageDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("UserManageDialog", "Name"), QT_TRANSLATE_NOOP("UserManageDialog", "User name"),
               QT_TRANSLATE_NOOP("UserManageDialog", "Role"), QT_TRANSLATE_NOOP("UserManageDialog", "Centre"),
               QT_TRANSLATE_NOOP("UserManageDialog", "State"), QT_TRANSLATE_NOOP("UserManageDialog", "Last sign-in"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UserManageDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.users: list[UserView] = []
        self._active_dialog: UserEditDialog | None = None
        table = self.ui.usersTable
        table.setColumnCount(len(self.COLUMNS))
        table.setHorizontalHeaderLabels([tr_dynamic("UserManageDialog", c) for c in self.COLUMNS])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _i: self.edit_user())
        self.ui.addButton.clicked.connect(lambda: self.new_user())
        self.ui.editButton.clicked.connect(lambda: self.edit_user())
        self.ui.passwordButton.clicked.connect(lambda: self.new_password())
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.closeButton.clicked.connect(self.accept)
        from transition_app.ui.widgets.a11y import DELETE, ENTER, bind_keys

        bind_keys(table, ENTER, lambda: self.edit_user())
        bind_keys(table, DELETE, self._disable_current)  # asks first
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (self.current().id if self.current() else None)
        self.users = self.ctx.auth.list_users()
        table = self.ui.usersTable
        table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            if not u.active:
                state = translate("UserManageDialog", "disabled")
            elif u.locked_until is not None:
                state = translate("UserManageDialog", "locked (wrong passwords)")
            elif not u.can_sign_in:
                state = translate("UserManageDialog", "no password")
            else:
                state = translate("UserManageDialog", "active")
            last = u.last_sign_in.strftime("%Y-%m-%d %H:%M") + " UTC" if u.last_sign_in else ""
            for col, text in enumerate((u.full_name, u.username, role_label(u.role), u.centre_name or "", state, last)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                table.setItem(row, col, item)
            if current == u.id:
                table.selectRow(row)
        self._update_buttons()

    def current(self) -> UserView | None:
        row = self.ui.usersTable.currentRow()
        if not self.ui.usersTable.selectedItems() or not 0 <= row < len(self.users):
            return None
        return self.users[row]

    def _update_buttons(self) -> None:
        user = self.current()
        for button in (self.ui.editButton, self.ui.passwordButton, self.ui.activeButton):
            button.setEnabled(user is not None)
        self.ui.unlockButton.setEnabled(user is not None and user.locked_until is not None)
        self.ui.activeButton.setText(translate("UserManageDialog", "&Enable") if user is not None and not user.active
                                     else translate("UserManageDialog", "&Disable"))

    def _edit(self, mode: str, user: UserView | None) -> UserEditDialog:
        dialog = UserEditDialog(self.ctx, mode, user, self)
        dialog.saved.connect(lambda result: self.reload(getattr(result, "id", None)))
        self._active_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_active_dialog", None))
        dialog.open()
        return dialog

    def new_user(self) -> UserEditDialog:
        return self._edit(UserEditDialog.NEW, None)

    def edit_user(self) -> UserEditDialog | None:
        user = self.current()
        return self._edit(UserEditDialog.CHANGE, user) if user else None

    def new_password(self) -> UserEditDialog | None:
        user = self.current()
        return self._edit(UserEditDialog.PASSWORD, user) if user else None

    def _run(self, call) -> bool:  # type: ignore[no-untyped-def]
        from transition_app.domain.validation import ServiceError
        from transition_app.ui.errors import service_error_text

        try:
            call()
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return False
        self.reload()
        return True

    def unlock(self) -> bool:
        user = self.current()
        return user is not None and self._run(lambda: self.ctx.auth.unlock(user.id))

    def _disable_current(self) -> None:
        user = self.current()
        if user is not None and user.active:
            self.toggle_active()

    def toggle_active(self) -> bool:
        user = self.current()
        if user is None:
            return False
        if user.active and not messages.confirm(
                self, translate("UserManageDialog", "Disable account"),
                translate("UserManageDialog", "Disable the account of {name}? They will no longer be able to "
                                              "sign in; their past work stays recorded.").format(name=user.full_name),
                translate("UserManageDialog", "Disable")):
            return False
        return self._run(lambda: self.ctx.auth.update_user(user.id, active=not user.active))
