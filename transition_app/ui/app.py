"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys

from transition_app import APP_ID, APP_NAME, __version__


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from transition_app import paths
    from transition_app.domain.validation import ServiceError
    from transition_app.logging_setup import setup_logging
    from transition_app.services.context import open_context
    from transition_app.ui import i18n, messages
    from transition_app.ui.errors import service_error_text

    app_paths = paths.init(args.data_dir)
    setup_logging(app_paths.logs)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    i18n.install(app, i18n.pick_language(getattr(args, "lang", None)))
    messages.install_excepthook()
    try:
        ctx = open_context(app_paths, args.database)
    except ServiceError as exc:
        QMessageBox.critical(None, APP_NAME, service_error_text(exc))
        return 1
    from transition_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    window.reload()
    try:
        return app.exec()
    finally:
        ctx.close()
