"""Message boxes in one place (tests replace ``confirm`` instead of patching QMessageBox)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from transition_app.ui.i18n import tr_dynamic, translate

log = logging.getLogger(__name__)
CTX = "Messages"


def show(parent: QWidget | None, title: str, text: str,
         icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A non-blocking message box that deletes itself when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.show()
    return box


def error(parent: QWidget | None, text: str) -> QMessageBox:
    return show(parent, translate("Messages", "Transition Assistant"), text, QMessageBox.Icon.Warning)


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Something went wrong and the last action may not have been completed. Work you had saved is safe. "
    "If it happens again, tell your coordinator; the log file has the technical details.",
)


def install_excepthook() -> None:
    """Show a dialog instead of crashing; log the traceback without exception messages
    (they may quote personal data)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        frames = "".join(traceback.format_tb(tb))
        log.error("unhandled %s\n%s", exc_type.__name__, frames)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        error(QApplication.activeWindow(), tr_dynamic(CTX, UNEXPECTED))

    sys.excepthook = hook
