"""Switching the interface language while the application runs, and the person's own language.

The language belongs to the person (``services.preferences``: ``worker.ui_language``).  The
sign-in window shows the computer's last language (``config/ui-state.ini``); once someone has
signed in, their language is installed (``apply_person_language``).  ``gui --lang`` wins over
both for the whole session.

``switch_language`` installs the new catalogs (Qt's included) and sets the locale and the layout
direction (Arabic: right to left, at once); Qt then sends every window a ``LanguageChange``
event.  Windows handle it in ``changeEvent``: forms call their generated ``retranslateUi`` and
views show their data again (the main window, its checklist, the dashboard, the buddy workspace,
the week view), and :func:`retranslate_texts` translates again every text set in code that
came from ``ui.i18n.translate`` (menus and actions built in code, combo items, labels, buttons,
table headers, tool tips, accessible names, formatted texts with their values).  Dialogs open at
the moment of the switch keep the texts of their form until they are opened again, and a message
shown for a few seconds in the status bar stays in the old language until it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QWidget,
)

from transition_app.ui import i18n

_forced: list[str] = []  # gui --lang: the session keeps that language


def force(language: str | None) -> None:
    """``gui --lang``: keep this language whoever signs in (until they choose one in Settings)."""
    _forced.clear()
    if language:
        _forced.append(language)


def forced() -> str | None:
    return _forced[0] if _forced else None


def switch_language(language: str) -> str:
    """Install ``language`` now; the open windows follow (their ``changeEvent``)."""
    if language == i18n.ui_language():
        return language
    return i18n.install(QApplication.instance(), language)


def remember_for_sign_in(settings: QSettings, language: str) -> None:
    """The computer's last language: the one the next sign-in window shows."""
    if language in i18n.UI_LANGUAGES:
        i18n.save_language(settings, language)


def apply_person_language(window: Any, ctx: Any) -> str:
    """After sign-in: the person's own language (if they chose one and ``--lang`` did not fix
    one), kept as this computer's last language too.  Returns the language now shown."""
    chosen = None
    if forced() is None:
        try:
            chosen = ctx.preferences.language()
        except Exception:  # noqa: BLE001 - a missing preference never stops the sign-in
            chosen = None
    if chosen is not None:
        switch_language(chosen)
    current = i18n.ui_language()
    state = getattr(window, "state", None)
    if state is not None and forced() is None:
        remember_for_sign_in(state.settings, current)
    return current


# --------------------------------------------------------------------------- retranslating


def _again(getter: Callable[[], str], setter: Callable[[str], object]) -> None:
    text = getter()
    if text:
        new = i18n.retranslated(text)
        if new is not None and new != text:
            setter(new)


def _widget_texts(w: QWidget) -> None:
    _again(w.windowTitle, w.setWindowTitle)
    _again(w.toolTip, w.setToolTip)
    _again(w.statusTip, w.setStatusTip)
    _again(w.whatsThis, w.setWhatsThis)
    _again(w.accessibleName, w.setAccessibleName)
    _again(w.accessibleDescription, w.setAccessibleDescription)
    if isinstance(w, QLabel):
        _again(w.text, w.setText)
    elif isinstance(w, QAbstractButton):
        _again(w.text, w.setText)
    elif isinstance(w, QGroupBox):
        _again(w.title, w.setTitle)
    elif isinstance(w, QMenu):
        _again(w.title, w.setTitle)
    elif isinstance(w, QLineEdit):
        _again(w.placeholderText, w.setPlaceholderText)
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        _again(w.placeholderText, w.setPlaceholderText)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _again(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
        _resize_to_items(w)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            _again(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
            _again(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
    elif isinstance(w, QTableWidget):
        for i in range(w.columnCount()):
            item = w.horizontalHeaderItem(i)
            if item is not None:
                _again(item.text, item.setText)
    elif isinstance(w, QTreeWidget):
        header = w.headerItem()
        for i in range(header.columnCount()):
            _again(lambda i=i: header.text(i), lambda t, i=i: header.setText(i, t))
    if isinstance(w, QAbstractSpinBox):
        _again(w.specialValueText, w.setSpecialValueText)
        if isinstance(w, QSpinBox):
            _again(w.suffix, w.setSuffix)
            _again(w.prefix, w.setPrefix)


def _resize_to_items(combo: QComboBox) -> None:
    """A combo box sized on first show keeps that size: let it measure its (new) items again."""
    policy = combo.sizeAdjustPolicy()
    other = (QComboBox.SizeAdjustPolicy.AdjustToContents
             if policy != QComboBox.SizeAdjustPolicy.AdjustToContents
             else QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
    combo.setSizeAdjustPolicy(other)
    combo.setSizeAdjustPolicy(policy)


def _action_texts(a: QAction) -> None:
    _again(a.text, a.setText)
    _again(a.statusTip, a.setStatusTip)
    _again(a.whatsThis, a.setWhatsThis)
    if a.toolTip() != a.text().replace("&", ""):  # a tool tip of its own (not the one derived from the text)
        _again(a.toolTip, a.setToolTip)


def retranslate_texts(root: QWidget) -> None:
    """Translate again every text of ``root`` and its children (child windows included) that was
    set from ``ui.i18n.translate`` (see the module's docstring)."""
    actions: dict[int, QAction] = {}
    for w in [root, *root.findChildren(QWidget)]:
        _widget_texts(w)
        for a in w.actions():
            actions[id(a)] = a
    for a in root.findChildren(QAction):
        actions[id(a)] = a
    for a in actions.values():
        _action_texts(a)
    if isinstance(root, QMainWindow):
        # the menu bar and tool bars keep the heights and widths of the old texts (and font) otherwise
        for holder in [root.menuBar(), *root.findChildren(QToolBar)]:
            holder.updateGeometry()
            if holder.layout() is not None:
                holder.layout().invalidate()
        if root.layout() is not None:
            root.layout().invalidate()


def refresh_view(view: QWidget) -> None:
    """A view built from a form: its form's texts in the new language, then its data shown again."""
    ui = getattr(view, "ui", None)
    if ui is not None and hasattr(ui, "retranslateUi"):
        ui.retranslateUi(view)
    ctx = getattr(view, "ctx", None)
    if ctx is not None and hasattr(view, "set_context"):
        view.set_context(ctx)
    if hasattr(view, "reload"):
        view.reload()
    elif hasattr(view, "refresh") and getattr(view, "family_id", None) is not None:
        view.refresh()
    retranslate_texts(view)
