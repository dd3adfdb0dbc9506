"""Opening the encrypted database: passphrase or recovery key when no keyring has the key,
and the recovery key shown once when a database is created."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from transition_app.paths import AppPaths
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_recovery_key import Ui_RecoveryKeyDialog
from transition_app.ui.generated.ui_unlock import Ui_UnlockDialog
from transition_app.ui.i18n import translate

PASSPHRASE, NEW_PASSPHRASE, RECOVERY_KEY = "passphrase", "new_passphrase", "recovery_key"


class UnlockDialog(QDialog):
    """Asks for what ``security.keys.obtain_key`` needs: an existing passphrase, a new one
    (twice) or the recovery key (plus a new passphrase when there is no keyring)."""

    def __init__(self, mode: str, message: str, *, keyring_available: bool, error: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.keyring_available = keyring_available
        self.ui.messageLabel.setText(message)
        self.ui.errorLabel.setStyleSheet("color: #a40000;")
        self.ui.useRecoveryButton.clicked.connect(lambda: self.set_mode(RECOVERY_KEY))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.set_mode(mode)
        self.set_error(error)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        ui = self.ui
        recovery = mode == RECOVERY_KEY
        new = mode == NEW_PASSPHRASE or (recovery and not self.keyring_available)
        for w in (ui.recoveryLabel, ui.recoveryEdit):
            w.setVisible(recovery)
        for w in (ui.passphraseLabel, ui.passphraseEdit):
            w.setVisible(mode != RECOVERY_KEY or not self.keyring_available)
        for w in (ui.confirmLabel, ui.confirmEdit):
            w.setVisible(new)
        ui.passphraseLabel.setText(translate("UnlockDialog", "New &passphrase") if new
                                   else translate("UnlockDialog", "&Passphrase"))
        ui.useRecoveryButton.setVisible(mode == PASSPHRASE)
        (ui.recoveryEdit if recovery else ui.passphraseEdit).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def passphrase(self) -> str | None:
        return None if self.ui.passphraseEdit.isHidden() else self.ui.passphraseEdit.text()

    def recovery_key(self) -> str | None:
        return self.ui.recoveryEdit.text().strip() or None if self.mode == RECOVERY_KEY else None

    def _accept(self) -> None:
        ui = self.ui
        if not ui.confirmEdit.isHidden() and ui.confirmEdit.text() != ui.passphraseEdit.text():
            self.set_error(translate("UnlockDialog", "The two passphrases are not the same."))
            ui.confirmEdit.setFocus()
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.recovery_key = recovery_key
        from transition_app.ui.widgets.a11y import relative_font

        relative_font(self.ui.keyEdit, 1.2, QFont.Weight.DemiBold, fixed_pitch=True)  # follows the system font
        self.ui.keyEdit.setText(recovery_key)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.ui.confirmCheck.toggled.connect(ok.setEnabled)
        self.ui.copyButton.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.ui.printButton.clicked.connect(self.print_key)
        self.ui.buttonBox.accepted.connect(self.accept)
        self._printer = None

    def reject(self) -> None:  # Escape must not skip it
        if self.ui.confirmCheck.isChecked():
            super().reject()

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self._printer = QPrinter()  # kept: Qt uses it after the dialog closes
        if QPrintDialog(self._printer, self).exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setPlainText(translate("RecoveryKeyDialog", "Transition Assistant — recovery key of the "
                                       "database") + "\n\n" + self.recovery_key)
            doc.print_(self._printer)


def obtain_key_interactively(parent: QWidget | None, paths: AppPaths, passphrase: str | None = None, *,
                             unattended: bool = False) -> bytes | None:
    """The database key, asking the person when the keyring does not have it.

    Returns None when they cancel.  Shows a new recovery key once and records that it
    was shown.  Never shows a traceback: every key error is a translated message.
    ``unattended`` (smoke runs): no dialog; what the command line would do instead.
    """
    if unattended:
        from transition_app.security.unlock import unlock_for_cli

        return unlock_for_cli(paths)

    from transition_app.security import DatabaseKeyError, KeyUnavailable, NotEncrypted
    from transition_app.security.encrypt_existing import encrypt_existing
    from transition_app.security.keys import acknowledge_recovery_key, obtain_key
    from transition_app.security.secrets import KeyringSecretStore
    from transition_app.ui import messages

    store = KeyringSecretStore()
    recovery: str | None = None
    mode, message, error = "", "", ""
    while True:
        try:
            unlocked = obtain_key(paths, store, passphrase, recovery)
            break
        except KeyUnavailable as exc:
            mode, message, error = exc.needs, service_error_text(exc), ""
        except NotEncrypted:
            if not messages.confirm(parent, translate("UnlockDialog", "Encrypt the database"), translate(
                    "UnlockDialog", "This database is not encrypted. Encrypt it now? A verified encrypted copy "
                    "replaces the file."), translate("UnlockDialog", "Encrypt")):
                return None
            try:
                encrypt_existing(paths, store, passphrase)
            except KeyUnavailable as exc:
                mode, message, error = exc.needs, service_error_text(exc), ""
            continue
        except DatabaseKeyError as exc:
            error = service_error_text(exc)
            if not mode:
                messages.error(parent, error)
                return None
        dialog = UnlockDialog(mode, message, keyring_available=store.is_system, error=error, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase, recovery = dialog.passphrase(), dialog.recovery_key()
    if unlocked.recovery_key:
        RecoveryKeyDialog(unlocked.recovery_key, parent).exec()
        acknowledge_recovery_key(paths)
    return unlocked.key
