"""The first-run wizard: creates the coordinator account when nobody can sign in yet.

Pages: welcome, the coordinator account (created when leaving the page, so problems show on
it), the **recovery key** of the encrypted database, done.  The recovery-key page is skipped
unless :meth:`FirstRunWizard.set_recovery_key` was called: that is the hook the database
encryption fills (``security.keys`` makes the key; the application passes it here so the
person sees it, once, inside the same wizard).  When it is shown, Next stays disabled until
the person confirms they wrote the key down; ``recovery_key_acknowledged`` then says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from transition_app.ui.generated.ui_first_run import Ui_FirstRunWizard
from transition_app.ui.i18n import translate
from transition_app.ui.widgets.a11y import relative_font

if TYPE_CHECKING:
    from transition_app.services.auth import AuthService, SignedIn

PAGE_WELCOME, PAGE_ACCOUNT, PAGE_RECOVERY_KEY, PAGE_DONE = range(4)
ERROR_STYLE = "color: #b71c1c;"


class FirstRunWizard(QWizard):
    signed_in = Signal(object)  # services.auth.SignedIn, when the wizard finishes

    def __init__(self, auth: AuthService, parent: QWidget | None = None, recovery_key: str | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.auth = auth
        self.result_value: SignedIn | None = None
        self.recovery_key: str | None = None
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        for edit in (self.ui.fullNameEdit, self.ui.usernameEdit, self.ui.passwordEdit, self.ui.confirmEdit):
            edit.textEdited.connect(lambda _t: self.ui.errorLabel.hide())
        relative_font(self.ui.recoveryKeyEdit, 1.1, fixed_pitch=True)  # follows the system font size
        # mandatory field: Next stays disabled on the recovery-key page until it is ticked
        self.ui.recoveryKeyPage.registerField("recoveryAcknowledged*", self.ui.recoveryAcknowledgeCheck)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("FirstRunWizard", "&Start"))
        self.finished.connect(self._on_finished)
        if recovery_key:
            self.set_recovery_key(recovery_key)

    # ----------------------------------------------------------------- the encryption hook
    def set_recovery_key(self, key: str) -> None:
        """Show the database's recovery key on its own page (otherwise the page is skipped)."""
        self.recovery_key = key
        self.ui.recoveryKeyEdit.setText(key)
        self.ui.recoveryKeyEdit.setCursorPosition(0)
        width = self.ui.recoveryKeyEdit.fontMetrics().horizontalAdvance(key) + 24
        self.ui.recoveryKeyEdit.setMinimumWidth(width)
        self.ui.recoveryAcknowledgeCheck.setChecked(False)

    @property
    def recovery_key_acknowledged(self) -> bool:
        return bool(self.recovery_key) and self.ui.recoveryAcknowledgeCheck.isChecked()

    # ----------------------------------------------------------------- navigation
    def nextId(self) -> int:
        current = self.currentId()
        if current == PAGE_ACCOUNT and not self.recovery_key:
            return PAGE_DONE
        return super().nextId()

    def validateCurrentPage(self) -> bool:
        if self.currentId() == PAGE_ACCOUNT and self.result_value is None:
            return self.create_account()
        return super().validateCurrentPage()

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == PAGE_DONE and self.result_value is not None:
            self.ui.doneLabel.setText(translate(
                "FirstRunWizard", "<p>The coordinator account <b>{user}</b> is ready and signed in.</p>"
                "<p>Next: create the accounts of the social workers and admin buddies with "
                "<i>Administration ▸ Users</i>.</p>").format(user=_html(self.result_value.actor.username)))

    def create_account(self) -> bool:
        from transition_app.domain.validation import ServiceError
        from transition_app.ui.errors import service_error_text

        ui = self.ui
        try:
            self.result_value = self.auth.create_coordinator(
                ui.usernameEdit.text(), ui.fullNameEdit.text(), ui.passwordEdit.text(), ui.confirmEdit.text())
        except ServiceError as exc:
            ui.errorLabel.setText(service_error_text(exc))
            ui.errorLabel.show()
            ui.passwordEdit.clear()
            ui.confirmEdit.clear()
            return False
        ui.errorLabel.hide()
        for edit in (ui.fullNameEdit, ui.usernameEdit, ui.passwordEdit, ui.confirmEdit):
            edit.setReadOnly(True)
        ui.passwordEdit.clear()
        ui.confirmEdit.clear()
        return True

    def _on_finished(self, _result: int) -> None:
        if self.result_value is not None and self.currentId() == PAGE_DONE:
            self.signed_in.emit(self.result_value)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
