"""Sign in: user name and password, checked by ``AuthService.sign_in`` (lock-out after wrong passwords)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from transition_app.ui.generated.ui_sign_in import Ui_SignInDialog
from transition_app.ui.i18n import tr_dynamic, translate

if TYPE_CHECKING:
    from transition_app.services.auth import AuthService, SignedIn

ERROR_STYLE = "color: #b71c1c;"


class SignInDialog(QDialog):
    """Emits ``signed_in`` (and accepts) once the password is right; wrong ones show why, in place."""

    signed_in = Signal(object)  # services.auth.SignedIn

    def __init__(self, auth: AuthService, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.auth = auth
        self.result_value: SignedIn | None = None
        from PySide6.QtGui import QFont

        from transition_app.ui.widgets.a11y import relative_font

        relative_font(self.ui.titleLabel, 1.4, QFont.Weight.DemiBold)  # follows the system font size
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        # room for a two- or three-line message (lock-out) without resizing the dialog
        self.ui.messageLabel.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.ui.messageLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("SignInDialog", "&Sign in"))
        ok.setDefault(True)
        ok.setAutoDefault(True)
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.setText(username)
        self.ui.usernameEdit.textChanged.connect(self._update_ok)
        self.ui.passwordEdit.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.ui.usernameEdit.text().strip() and self.ui.passwordEdit.text()))

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def try_sign_in(self) -> bool:
        from transition_app.domain.validation import ServiceError
        from transition_app.services.auth import ACCOUNT_LOCKED, AccountLocked
        from transition_app.ui.errors import service_error_text

        username, password = self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
        if not username.strip() or not password:
            return False
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            signed = self.auth.sign_in(username, password)
        except AccountLocked as exc:
            self.show_message(tr_dynamic(ACCOUNT_LOCKED.context, ACCOUNT_LOCKED.text).format(minutes=exc.minutes))
            self._retry()
            return False
        except ServiceError as exc:
            self.show_message(service_error_text(exc))
            self._retry()
            return False
        finally:
            self.unsetCursor()
        self.result_value = signed
        self.show_message("")
        self.signed_in.emit(signed)
        self.accept()
        return True

    def _retry(self) -> None:
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus(Qt.FocusReason.OtherFocusReason)
