"""Settings: the interface language (File ▸ Settings…), kept in the UiState INI file.

The choice applies at the next start: menus built in code, open views and Qt's own
texts would otherwise mix two languages until the window is rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from transition_app.ui import i18n
from transition_app.ui.generated.ui_settings import Ui_SettingsDialog
from transition_app.ui.i18n import translate


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        combo = self.ui.languageCombo
        for code in i18n.UI_LANGUAGES:
            combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.current = i18n.ui_language()
        chosen = i18n.saved_language(settings) or self.current
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.currentIndexChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def language(self) -> str:
        return self.ui.languageCombo.currentData()

    def _update(self) -> None:
        language = self.language()
        self.ui.draftLabel.setVisible(i18n.is_draft(language))
        self.ui.restartLabel.setVisible(language != self.current)

    def accept(self) -> None:
        i18n.save_language(self.settings, self.language())
        super().accept()


def install_settings_action(window: QMainWindow) -> QAction:
    """File ▸ Settings… (before Quit); works before the database is open."""
    action = QAction(translate("SettingsDialog", "&Settings…"), window)
    action.setObjectName("actionSettings")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_dialog() -> None:
        dialog = SettingsDialog(window.state.settings, window)
        window.settings_dialog = dialog  # type: ignore[attr-defined]  # referenced while open (and by tests)
        dialog.open()

    action.triggered.connect(open_dialog)
    menu = window.ui.menuFile
    before = window.ui.actionQuit
    menu.insertAction(before, action)
    menu.insertSeparator(before)
    return action
