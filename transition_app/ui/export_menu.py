"""File ▸ Export list…: the action, built with the window; the dialog is imported when first asked for."""

from __future__ import annotations

from typing import Any

from transition_app.ui.i18n import translate


def install_export_action(window: Any) -> Any:
    """File ▸ Export list… (before Settings): the dialog over the window's current filters."""
    from PySide6.QtGui import QAction, QKeySequence

    from transition_app.access.permissions import Permission

    action = QAction(translate("ExportListDialog", "Export &list…"), window)
    action.setObjectName("actionExportList")
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    action.setStatusTip(translate("ExportListDialog",
                                  "The family list, the due list or the dashboard as an Excel or CSV file"))
    window.addAction(action)

    def refresh() -> None:
        ctx = getattr(window, "ctx", None)
        actor = getattr(ctx, "actor", None)
        action.setEnabled(ctx is not None and (actor is None or actor.can(Permission.VIEW_FAMILY)))

    def open_dialog() -> None:
        from transition_app.ui.dialogs.export_list import open_export_dialog  # only when asked for

        open_export_dialog(window)

    action.triggered.connect(open_dialog)
    menu = window.ui.menuFile
    before = getattr(window, "settings_action", None) or window.ui.actionQuit
    menu.insertAction(before, action)
    menu.aboutToShow.connect(refresh)
    if hasattr(window, "families_loaded"):
        window.families_loaded.connect(lambda _n: refresh())  # signed in: the shortcut works
    refresh()
    return action
