"""File ▸ Import… (Ctrl+I): the import wizard, for those who may record families.  Installed by
``MainWindow.attach``; the family list reloads after an import that wrote families."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from transition_app.access.permissions import Permission
from transition_app.ui.i18n import translate


def install_import_action(window: QMainWindow) -> QAction:
    """The action, after "Archive closed case…" in the File menu (hidden for admin buddies)."""
    ui: Any = window.ui  # type: ignore[attr-defined]
    action = QAction(translate("ImportWizard", "&Import families…"), window)
    action.setObjectName("actionImport")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(translate("ImportWizard", "Bring families in from a CSV or Excel file"))

    def open_wizard() -> None:
        from transition_app.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(window.ctx, window)  # type: ignore[attr-defined]
        wizard.imported.connect(lambda _report: window.reload())  # type: ignore[attr-defined]
        window.import_wizard = wizard  # type: ignore[attr-defined]  # referenced while open (and by tests)
        wizard.open()

    action.triggered.connect(open_wizard)
    menu = ui.menuFile
    actions = menu.actions()
    after = actions.index(ui.actionArchiveFamily) + 1
    menu.insertAction(actions[after] if after < len(actions) else None, action)
    actor = window.ctx.actor  # type: ignore[attr-defined]
    allowed = actor is not None and actor.can(Permission.CREATE_FAMILY)
    action.setVisible(allowed)
    action.setEnabled(allowed)
    return action
