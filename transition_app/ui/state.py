"""Window geometry, splitter and header states, kept in an INI file in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, qVersion
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

_QT = ".".join(qVersion().split(".")[:2])


class UiState:
    def __init__(self, path: Path):
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _key(self, widget: QWidget, what: str) -> str:
        return f"{widget.window().objectName()}/{widget.objectName()}/{what}/qt{_QT}"

    def save(self, window: QWidget) -> None:
        self.settings.setValue(self._key(window, "geometry"), window.saveGeometry())
        if isinstance(window, QMainWindow):
            self.settings.setValue(self._key(window, "state"), window.saveState())
        for splitter in window.findChildren(QSplitter):
            self.settings.setValue(self._key(splitter, "splitter"), splitter.saveState())
        for header in window.findChildren(QHeaderView):
            if header.objectName():
                self.settings.setValue(self._key(header, "header"), header.saveState())
        self.settings.sync()

    def restore_header(self, header: QHeaderView) -> None:
        """Restore one header's state (for views whose model is set after the window is built)."""
        value = self.settings.value(self._key(header, "header"))
        if value is not None:
            header.restoreState(value)

    def restore(self, window: QWidget) -> None:
        geometry = self.settings.value(self._key(window, "geometry"))
        if geometry is not None:
            window.restoreGeometry(geometry)
        if isinstance(window, QMainWindow):
            state = self.settings.value(self._key(window, "state"))
            if state is not None:
                window.restoreState(state)
        for splitter in window.findChildren(QSplitter):
            value = self.settings.value(self._key(splitter, "splitter"))
            if value is not None:
                splitter.restoreState(value)
        for header in window.findChildren(QHeaderView):
            value = self.settings.value(self._key(header, "header")) if header.objectName() else None
            if value is not None:
                header.restoreState(value)
