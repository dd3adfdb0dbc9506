"""The interface language belongs to the person and switches without a restart (issue 9, point 9).

Two people on one computer (one data folder) each get their own language once signed in; the
sign-in window shows the computer's last one; File ▸ Settings… changes the language at once: the
main window's menus (those of its form and those built in code), its list and the dashboard are
in the new language without restarting, and Arabic turns the layout right to left.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from transition_app.ui import i18n
from transition_app.ui.main_window import MainWindow
from transition_app.ui.session import start_session

PASSWORD = "a long enough password"


@pytest.fixture
def language(qapp):
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)

    switch("en")
    yield switch
    switch("en")


@pytest.fixture
def people(ctx, staff):
    """Anna (a social worker who chose Dutch) and Bram (Arabic), with passwords."""
    for worker in (staff["anna"], staff["bram"]):
        ctx.auth.reset_password(worker.id, PASSWORD)
    from transition_app.access.permissions import Actor

    for worker, code in ((staff["anna"], "nl"), (staff["bram"], "ar")):
        ctx.for_actor(Actor(worker.id, worker.username, worker.role, worker.centre_id)).preferences.set_language(code)
    return staff


def menu_texts(window: MainWindow) -> list[str]:
    """The menu bar's menus and every action in them (form and code-built menus alike)."""
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    return texts


def sign_in(qtbot, window: MainWindow, ctx, username: str) -> None:
    start_session(window, ctx, on_cancel=lambda: None)
    dialog = window._session_dialog
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(PASSWORD)
    assert dialog.try_sign_in()
    qtbot.waitUntil(lambda: window.ctx is not None and window.ctx.actor.username == username, timeout=5000)


def test_two_people_on_one_computer_get_their_own_language_after_sign_in(qtbot, ctx, people, language):
    window = MainWindow(paths=ctx.paths)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, ctx, "anna")
    assert i18n.ui_language() == "nl"
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Bestand", timeout=5000)
    assert window.findChild(QMenu, "menuDocuments").title() != "&Documents"  # the menus built in code too
    stored = QSettings(str(ctx.paths.ui_state), QSettings.Format.IniFormat)
    assert i18n.saved_language(stored) == "nl"  # the computer's last language: the next sign-in window's
    window.close()

    # the next person on this computer: the sign-in window in the computer's last language (as run_gui does)
    language(i18n.pick_language(None, i18n.saved_language(stored)))
    window = MainWindow(paths=ctx.paths)
    qtbot.addWidget(window)
    window.show()
    start_session(window, ctx, on_cancel=lambda: None)
    dialog = window._session_dialog
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "&Aanmelden"
    dialog.ui.usernameEdit.setText("bram")
    dialog.ui.passwordEdit.setText(PASSWORD)
    assert dialog.try_sign_in()
    assert i18n.ui_language() == "ar" and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&ملف", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.close()

    # and Anna gets Dutch again on the same computer
    window = MainWindow(paths=ctx.paths)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, ctx, "anna")
    assert i18n.ui_language() == "nl" and QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.close()


def test_gui_lang_wins_over_the_person_s_language(qtbot, ctx, people, language):
    from transition_app.ui import language_switch

    language("de")
    language_switch.force("de")
    try:
        window = MainWindow(paths=ctx.paths)
        qtbot.addWidget(window)
        sign_in(qtbot, window, ctx, "anna")
        assert i18n.ui_language() == "de"
        window.close()
    finally:
        language_switch.force(None)


def test_settings_switches_the_open_windows_without_a_restart(qtbot, ctx, people, language, artifacts):
    from transition_app.access.permissions import Actor
    from transition_app.services.demo import generate_demo

    generate_demo(ctx.db, 20, seed=3, today=ctx.clock.today())
    anna = people["anna"]
    person = ctx.for_actor(Actor(anna.id, anna.username, anna.role, anna.centre_id))
    person.preferences.set_language(None)
    window = MainWindow(person)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    board = window.show_dashboard()
    qtbot.waitUntil(lambda: board.data is not None and not board._loading, timeout=10_000)
    week = window.appointments_menu.show_week()
    week_title = week.windowTitle()
    english = menu_texts(window)
    assert "&File" in english and "&Documents" in english and window.export_action.text() == "Export &list…"

    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert "kept with your account" in dialog.ui.keptLabel.text()
    dialog.grab().save(str(artifacts / "settings_signed_in_en.png"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    dialog.accept()
    assert person.preferences.language() == "fr"  # kept with the account
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Fichier", timeout=5000)
    live = menu_texts(window)
    assert window.findChild(QMenu, "menuDocuments").title() == i18n.translate("DocumentsMenu", "&Documents")
    assert window.export_action.text() == i18n.translate("ExportListDialog", "Export &list…") != "Export &list…"
    assert window.model.headerData(1, Qt.Orientation.Horizontal) != "Household"
    assert board.ui.refreshButton.text() == "A&ctualiser"
    assert board.ui.tables.tabText(0).startswith("&Familles")
    assert week.windowTitle() != week_title  # the week view, a window of its own, too
    window.grab().save(str(artifacts / "language_switched_live_fr.png"))

    # the same texts as a window built in French from the start
    fresh = MainWindow(person)
    qtbot.addWidget(fresh)
    fresh.show()
    assert live == menu_texts(fresh)
    fresh.close()

    # right to left at once
    window.settings_action.trigger()
    window.settings_dialog.ui.languageCombo.setCurrentIndex(window.settings_dialog.ui.languageCombo.findData("ar"))
    window.settings_dialog.accept()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&ملف", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.menuBar().actionGeometry(window.ui.menuFile.menuAction()).x()
                    > window.menuBar().actionGeometry(window.ui.menuHelp.menuAction()).x(), timeout=5000)
    qtbot.wait(50)
    window.grab().save(str(artifacts / "language_switched_live_ar.png"))
    board.close()
    week.close()
    window.close()
