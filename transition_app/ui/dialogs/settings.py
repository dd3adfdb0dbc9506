"""Settings: the interface language (File ▸ Settings…), kept with the person's account.

The choice applies at once (``ui.language_switch``: the catalogs are installed and the open
windows translate themselves, Arabic turns the layout right to left) and is kept with the
signed-in person's account (``ctx.preferences``), so that it follows them to every computer and
two people sharing one each get their own.  It is also this computer's last language, the one
the sign-in window shows (``config/ui-state.ini``); before anyone has signed in only that is kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from transition_app.ui import i18n, language_switch
from transition_app.ui.generated.ui_settings import Ui_SettingsDialog
from transition_app.ui.i18n import translate


class SettingsDialog(QDialog):
    """``preferences``: the signed-in person's (``ctx.preferences``); None before sign-in."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None, preferences: Any = None):
        super().__init__(parent)
        self.settings = settings
        self.preferences = preferences
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        combo = self.ui.languageCombo
        for code in i18n.UI_LANGUAGES:
            combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.current = i18n.ui_language()
        combo.setCurrentIndex(max(combo.findData(self.current), 0))
        combo.currentIndexChanged.connect(self._update)
        self.ui.keptLabel.setText(
            translate("SettingsDialog", "The language changes at once. It is kept with your account: you find it "
                                        "again on every computer where you sign in.")
            if preferences is not None else
            translate("SettingsDialog", "The language changes at once. Until someone signs in, it is kept on this "
                                        "computer."))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def language(self) -> str:
        return self.ui.languageCombo.currentData()

    def _update(self) -> None:
        self.ui.draftLabel.setVisible(i18n.is_draft(self.language()))

    def accept(self) -> None:
        language = self.language()
        if self.preferences is not None:
            from transition_app.domain.validation import ServiceError
            from transition_app.ui import messages
            from transition_app.ui.errors import service_error_text

            try:
                self.preferences.set_language(language)
            except ServiceError as exc:
                messages.error(self, service_error_text(exc))
                return
        language_switch.remember_for_sign_in(self.settings, language)
        language_switch.force(None)  # a choice made now wins over gui --lang
        super().accept()
        language_switch.switch_language(language)


def install_settings_action(window: QMainWindow) -> QAction:
    """File ▸ Settings… (before Quit); works before the database is open."""
    action = QAction(translate("SettingsDialog", "&Settings…"), window)
    action.setObjectName("actionSettings")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_dialog() -> None:
        ctx = getattr(window, "ctx", None)
        person = ctx is not None and getattr(ctx.actor, "worker_id", None) is not None
        dialog = SettingsDialog(window.state.settings, window, ctx.preferences if person else None)
        window.settings_dialog = dialog  # type: ignore[attr-defined]  # referenced while open (and by tests)
        dialog.open()

    action.triggered.connect(open_dialog)
    menu = window.ui.menuFile
    before = window.ui.actionQuit
    menu.insertAction(before, action)
    menu.insertSeparator(before)
    return action
