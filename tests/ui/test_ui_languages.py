"""The interface in each UI language: no English left on screen, Arabic right to left.

The main window (with the demo families, a family selected, its checklist, the dashboard, the
family dialog and Settings open) is built once in English and once in the language; every text a
person can see (labels, buttons, menus and their actions, tabs, table headers and cells, combo box
items, placeholders, tool tips, window titles) is collected by the path of the widget showing it.
A text is untranslated when it is the English one at the same place, or when it is an English
source text of the catalogs, unless it is user data (names, case numbers ...) or a text listed
as reading the same in that language (tests/test_translations.py: IDENTICAL).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests import test_translations  # the catalog checks: IDENTICAL, may_stay_english, messages
from transition_app.services.demo import generate_demo
from transition_app.ui import i18n
from transition_app.ui.main_window import MainWindow

update_translations = test_translations.update_translations
LANGUAGES = update_translations.LANGUAGES
QT_OWN = {"OK"}  # Qt's own catalogs keep "OK" in French, Dutch and German
# words of the language that happen to be spelled like an English source text with another meaning
HOMOGRAPHS = {"nl": {"Kind"}, "de": {"Kind"}}
SEPARATORS = re.compile(r", | · | — |: | \(|\)| ★|\n")


@pytest.fixture
def language(qapp):
    """Switch the interface language (back to English afterwards)."""
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)

    yield switch
    switch("en")


def readable(text: str) -> str:
    if re.search(r"</?[A-Za-z][^<>]*>", text):  # rich text: what it reads as
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.strip()


def shown(widget: QWidget, root: QWidget) -> bool:
    """Visible, or on a page of a tab/stack that the person can turn to."""
    w: QWidget | None = widget
    while w is not None and w is not root:
        if w.isHidden() and not isinstance(w.parentWidget(), QStackedWidget):
            return False
        w = w.parentWidget()
    return True


def columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def cells(model, parent: QModelIndex, prefix: str, limit: int = 40):
    """``(path, index)`` of the first ``limit`` rows' cells, children included."""
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(columns(model, parent)):
            yield f"{prefix}/{row}.{column}", model.index(row, column, parent)
        child = model.index(row, 0, parent)
        if model.rowCount(child) > 0:
            yield from cells(model, child, f"{prefix}/{row}", limit)


def texts_of(root: QWidget) -> dict[str, str]:
    """Every text a person can see in ``root`` and its open child windows, by where it is shown."""
    found: dict[str, str] = {}

    def add(key: str, text: object) -> None:
        text = readable(text) if isinstance(text, str) else ""
        if text:
            found[key] = text

    def path(widget: QWidget) -> str:
        parts = []
        w: QWidget | None = widget
        while w is not None and w is not root:
            parent = w.parentWidget()
            same = [c for c in (parent.findChildren(type(w), options=Qt.FindChildOption.FindDirectChildrenOnly)
                                if parent else []) if c.objectName() == w.objectName()]
            parts.append(f"{type(w).__name__}:{w.objectName()}#{same.index(w) if w in same else 0}")
            w = parent
        return "/".join(reversed(parts)) or "root"

    def actions(key: str, owner: QWidget) -> None:
        for n, action in enumerate(owner.actions()):
            if not action.isVisible() or action.isSeparator():
                continue
            add(f"{key}/action{n}:{action.objectName()}", action.text())
            add(f"{key}/action{n}:{action.objectName()}/tip", action.toolTip())
            add(f"{key}/action{n}:{action.objectName()}/status", action.statusTip())
            if action.menu() is not None:
                actions(f"{key}/action{n}/menu", action.menu())

    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or not shown(widget, root):
            continue
        key = path(widget)
        if widget.isWindow() or widget.windowTitle():
            add(f"{key}/title", widget.windowTitle())
        add(f"{key}/tip", widget.toolTip())
        add(f"{key}/status", widget.statusTip())
        add(f"{key}/whatsthis", widget.whatsThis())
        add(f"{key}/accessible", widget.accessibleName())
        add(f"{key}/description", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(f"{key}/text", widget.text())
        if isinstance(widget, QGroupBox):
            add(f"{key}/text", widget.title())
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(f"{key}/placeholder", widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            add(f"{key}/special", widget.specialValueText())
            for part in ("prefix", "suffix"):
                if hasattr(widget, part):
                    add(f"{key}/{part}", getattr(widget, part)())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{key}/item{i}", widget.itemText(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{key}/tab{i}", widget.tabText(i))
                add(f"{key}/tab{i}/tip", widget.tabToolTip(i))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            model = widget.model()
            for column in range(columns(model, QModelIndex())):
                add(f"{key}/header{column}", model.headerData(column, Qt.Orientation.Horizontal))
            for where, index in cells(model, QModelIndex(), f"{key}/cell"):
                value = index.data()
                add(where, value if isinstance(value, str) else None)
                add(f"{where}/tip", index.data(Qt.ItemDataRole.ToolTipRole))
        if isinstance(widget, QMainWindow):
            add(f"{key}/statusbar", widget.statusBar().currentMessage())
            actions(f"{key}/menubar", widget.menuBar())
        actions(key, widget)
    return found


def user_data(ctx, family_id: int) -> set[str]:
    """Texts that come from the database or from CLDR (names of people, places, languages)."""
    from transition_app.domain import directory, reference
    from transition_app.ui import labels

    data: set[str] = set()
    for summary in ctx.families.list_summaries():
        data |= {summary.case_number, summary.household_name, summary.worker_name or ""}
        data |= {labels.country_name(c) for c in summary.nationality_codes} | set(summary.nationality_codes)
        data |= {labels.language_name(c) for c in summary.language_codes} | set(summary.language_codes)
    detail = ctx.families.get_family(family_id)
    data |= {m.display_name for m in detail.members} | {c.value for c in detail.contacts}
    data |= {c.label for c in detail.contacts if c.label} | {n.text for n in detail.notes}
    data |= {detail.case_number, detail.worker_name or "", detail.centre_name or ""}
    data |= {w.full_name for w in ctx.staff.list_workers()} | {ctx.actor.username}
    if detail.decision and detail.decision.reference:
        data.add(detail.decision.reference)
    data |= set(i18n.LANGUAGE_NAMES.values())  # the language list of Settings: each in its own language
    for code in reference.nationality_codes():  # CLDR names, in the interface language
        data |= {code, labels.country_name(code)}
    for code in reference.languages():
        data |= {code, labels.language_name(code)}
    for m in directory.municipalities():  # place names, with their NIS code
        data |= {m.name_nl, m.name_fr, m.name_de, m.nis_code}
    return {d for d in data if d}


def is_user_data(text: str, data: set[str]) -> bool:
    parts = [p.strip() for p in SEPARATORS.split(text) if p and p.strip()]
    return bool(parts) and all(p in data or not re.search(r"[^\W\d_]", p) for p in parts)


def build(qtbot, ctx, family_id: int) -> MainWindow:
    """The main window over ``ctx`` with a family's checklist, the dashboard and two dialogs open."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    assert window.show_checklist(family_id)
    board = window.show_dashboard()
    qtbot.waitUntil(lambda: board.data is not None and not board._loading, timeout=10_000)
    window.settings_action.trigger()
    window.edit_family()
    qtbot.wait(20)
    return window


def close(window: MainWindow) -> None:
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            child.close()
    window.ui.noteEdit.clear()
    window.close()


@pytest.fixture
def demo(ctx, staff):
    generate_demo(ctx.db, 40, seed=5, today=ctx.clock.today())
    decided = [s for s in ctx.families.list_summaries() if ctx.families.get_family(s.id).decision]
    return decided[0].id


def english_sources() -> set[str]:
    sources = set()
    for _context, source, _element in test_translations.messages(update_translations.ts_path(LANGUAGES[0])):
        sources.add(readable(test_translations.plain(source)))
    return {s for s in sources if s}


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_main_window_has_no_english_left(qtbot, ctx, demo, language, code, artifacts):
    language("en")
    english_window = build(qtbot, ctx, demo)
    english = texts_of(english_window)
    close(english_window)
    assert len(english) > 300, "the walk found too few texts to mean anything"

    language(code)
    window = build(qtbot, ctx, demo)
    translated = texts_of(window)
    data = user_data(ctx, demo)
    sources = english_sources()

    def untranslated(text: str) -> bool:
        return not (test_translations.may_stay_english(text, code) or text in QT_OWN and code != "ar"
                    or is_user_data(text, data))

    same_place = {key: text for key, text in translated.items()
                  if english.get(key) == text and untranslated(text)}
    english_text = {key: text for key, text in translated.items()
                    if test_translations.plain(text) in sources - HOMOGRAPHS.get(code, set()) and untranslated(text)}
    problems = {**same_place, **english_text}
    assert problems == {}, "\n".join(f"{key}: {text!r}" for key, text in sorted(problems.items()))
    assert window.findChild(QLabel, "draftTranslationNote").isVisible()  # the drafts say so
    assert window.ui.menuFile.title() != "&File" and window.settings_action.text() != "&Settings…"
    assert window.grab().save(str(artifacts / f"main_window_{code}.png"))
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible() and child is not window:
            child.grab().save(str(artifacts / f"{child.objectName() or 'window'}_{code}.png"))
    close(window)


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letters used twice in one window or one menu (translations move them around)."""
    def letter(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        return found.group(1).casefold() if found else None

    groups: list[tuple[str, list[str]]] = []
    for root in [window, *[w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]]:
        texts = []
        for w in [root, *root.findChildren(QWidget)]:
            if w.window() is not root or not w.isVisible():
                continue
            if isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisible():
                texts.append(w.text())
            elif isinstance(w, QAbstractButton):
                texts.append(w.text())
            elif isinstance(w, QTabBar):
                texts += [w.tabText(i) for i in range(w.count())]
            elif isinstance(w, QMenuBar):
                texts += [a.text() for a in w.actions() if a.isVisible()]
        groups.append((root.objectName(), texts))
    for menu in window.findChildren(QMenu):
        groups.append((menu.title(), [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]))
    problems = []
    for where, texts in groups:
        letters = [(letter(t), t) for t in texts if letter(t)]
        for key in sorted({k for k, _ in letters if [k2 for k2, _ in letters].count(k) > 1}):
            problems.append(f"{where}: Alt+{key} is used by " + ", ".join(t for k, t in letters if k == key))
    return problems


@pytest.mark.parametrize("code", LANGUAGES)
def test_translated_alt_letters_stay_unique(qtbot, ctx, demo, language, code):
    language(code)
    window = build(qtbot, ctx, demo)
    for i in range(window.ui.detailTabs.count()):
        window.ui.detailTabs.setCurrentIndex(i)
        assert mnemonic_clashes(window) == []
    close(window)


def test_arabic_lays_the_interface_out_right_to_left(qtbot, ctx, demo, language, artifacts):
    language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = build(qtbot, ctx, demo)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.familyTable.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.familyTable.horizontalHeader().isRightToLeft()
    menu_bar = window.menuBar()
    file_x = menu_bar.actionGeometry(window.ui.menuFile.menuAction()).x()
    help_x = menu_bar.actionGeometry(window.ui.menuHelp.menuAction()).x()
    assert file_x > help_x  # the first menu (File) is on the right
    assert window.ui.menuFile.title() == "&ملف"
    assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    assert "Noto Sans Arabic" in QApplication.font().families()
    close(window)
    language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_shows_no_draft_note(qtbot, ctx, demo, language):
    language("en")
    window = build(qtbot, ctx, demo)
    assert window.findChild(QLabel, "draftTranslationNote") is None
    close(window)


# --------------------------------------------------------------------------- choosing the language


def test_first_run_follows_the_system_language_else_english():
    assert i18n.pick_language(None, None, ["nl-BE", "en-US"]) == "nl"
    assert i18n.pick_language(None, None, ["ti-ER", "ar-SY"]) == "ar"
    assert i18n.pick_language(None, None, ["ti-ER", "am"]) == "en"
    assert i18n.pick_language(None, "de", ["fr-BE"]) == "de"  # a choice made in Settings wins
    assert i18n.pick_language("fr", "de", ["nl"]) == "fr"  # and --lang wins over both
    assert i18n.pick_language("xx", None, ["nl"]) == "en"


def test_settings_stores_the_language_for_the_next_start(qtbot, ctx, staff, language):
    """Before anyone signs in (no person's account to keep it with), the computer keeps the choice."""
    from PySide6.QtCore import QSettings

    language("en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    ui = dialog.ui
    assert [ui.languageCombo.itemData(i) for i in range(ui.languageCombo.count())] == list(i18n.UI_LANGUAGES)
    assert ui.languageCombo.currentData() == "en" and not ui.draftLabel.isVisibleTo(dialog)
    assert "kept on this computer" in ui.keptLabel.text()  # (the SYSTEM context has no account)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("de"))
    assert ui.draftLabel.isVisibleTo(dialog)
    dialog.accept()
    assert i18n.ui_language() == "de"  # at once, without a restart
    stored = QSettings(str(ctx.paths.ui_state), QSettings.Format.IniFormat)
    assert i18n.saved_language(stored) == "de"
    assert i18n.pick_language(None, i18n.saved_language(stored), ["fr"]) == "de"
    window.close()


def test_qt_own_dialog_texts_are_translated(qapp, language):
    from PySide6.QtWidgets import QDialogButtonBox

    for code, cancel in (("fr", "Annuler"), ("nl", "Annuleren"), ("de", "Abbrechen"), ("ar", "ألغِ")):
        language(code)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


def test_a_family_is_selected_from_code_right_to_left_too(qtbot, ctx, demo, language):
    """QTableView.selectRow selects nothing right to left; the window must not rely on it."""
    language("ar")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    assert window.select_family(demo)
    assert window._detail is not None and window._detail.id == demo
    assert window.ui.familyTable.selectionModel().selectedRows()[0].row() == window.model.row_of(demo)
    window.close()
