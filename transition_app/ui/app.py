"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys

from transition_app import APP_ID, APP_NAME, __version__


def _no_display() -> bool:
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    if _no_display():  # Qt would abort the process with a core dump
        print("transition-app: no display found (DISPLAY/WAYLAND_DISPLAY unset); start it from a desktop "
              "session, or use a command such as 'transition-app list'", file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from transition_app import paths
    from transition_app.ui import i18n, messages
    from transition_app.ui.main_window import MainWindow

    app_paths = paths.init(args.data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtCore import QSettings

    # --lang, else this computer's last language (the sign-in window's; the person's own follows once
    # they have signed in), else (first run) the system's language, else English
    saved = i18n.saved_language(QSettings(str(app_paths.ui_state), QSettings.Format.IniFormat))
    i18n.install(app, i18n.pick_language(getattr(args, "lang", None), saved))
    from transition_app.ui import language_switch

    language_switch.force(getattr(args, "lang", None))  # --lang: kept whoever signs in
    messages.install_excepthook()
    # Show the window first, then load the database layer and open the database: the
    # person sees the application at once instead of waiting for imports and the upgrade check.
    window = MainWindow(paths=app_paths)
    opened: list[object] = []

    def open_database() -> None:
        from transition_app.domain.validation import ServiceError
        from transition_app.logging_setup import setup_logging
        from transition_app.services.context import open_context
        from transition_app.ui.errors import service_error_text

        setup_logging(app_paths.logs)
        try:
            key = None
            if args.database is None:  # the embedded database is always encrypted
                from transition_app.ui.dialogs.unlock import obtain_key_interactively

                # smoke runs (benchmarks, install checks) are unattended: keyring or the CLI's variables
                key = obtain_key_interactively(window, app_paths, unattended=getattr(args, "smoke", False))
                if key is None:
                    app.exit(1)
                    return
            ctx = open_context(app_paths, args.database, key)
        except ServiceError as exc:
            QMessageBox.critical(window, APP_NAME, service_error_text(exc))
            app.exit(1)
            return
        opened.append(ctx)
        from transition_app.ui.session import start_session  # retention, sign-in (or first run), the window

        start_session(window, ctx, on_cancel=app.quit, smoke=getattr(args, "smoke", False))

    if getattr(args, "smoke", False):
        _smoke(app, window)
    window.show()
    QTimer.singleShot(0, open_database)
    try:
        return app.exec()
    finally:
        for ctx in opened:
            ctx.close()  # type: ignore[attr-defined]


def _smoke(app: object, window: object) -> None:
    """Report when the window is first shown and when the list is loaded, then quit."""
    from PySide6.QtCore import QTimer

    def shown() -> None:
        print("SHOWN", flush=True)

    def loaded(count: int) -> None:
        print(f"READY {count}", flush=True)
        QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]

    QTimer.singleShot(0, shown)
    window.families_loaded.connect(loaded)  # type: ignore[attr-defined]
