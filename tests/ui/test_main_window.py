import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from transition_app.ui.main_window import MainWindow


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


def test_create_family_with_two_members_find_it_and_edit_it(qtbot, window, ctx):
    dialog = window.new_family()
    ui = dialog.ui
    type_into(qtbot, ui.givenNamesEdit, "Semhar")
    type_into(qtbot, ui.familyNameEdit, "Woldemichael")
    ui.birthDateEdit.setDate(QDate(1994, 2, 11))
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findData("F"))
    ui.nationalityCombo.setCurrentIndex(ui.nationalityCombo.findData("ER"))
    for i in range(ui.languagesList.count()):
        item = ui.languagesList.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "ti":
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(ui.addMemberButton, Qt.MouseButton.LeftButton)
    assert ui.familyNameEdit.text() == "Woldemichael"  # prefilled from the head
    type_into(qtbot, ui.givenNamesEdit, "Yohana")
    ui.birthDateEdit.setDate(QDate(2016, 5, 3))
    ui.relationCombo.setCurrentIndex(ui.relationCombo.findData("child"))
    ui.workerCombo.setCurrentIndex(ui.workerCombo.findText("Anna Peeters"))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    created = saved.args[0]
    assert [m.given_names for m in created.members] == ["Semhar", "Yohana"]
    assert created.members[0].languages == ("ti",) and created.members[0].preferred_language == "ti"
    assert created.members[1].relation == "child"
    assert created.worker_name == "Anna Peeters"
    qtbot.waitUntil(lambda: window.model.total() == 61)

    # find it by search-as-you-type
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "woldem yoh")
    assert window.model.rowCount() == 1
    assert window.model.summary(0).id == created.id
    assert window.ui.countLabel.text() == "1 of 61 families"

    # edit it: the selected family opens with its data; change a name and save
    window.ui.familyTable.selectRow(0)
    qtbot.waitUntil(lambda: window._detail is not None and window._detail.id == created.id)
    assert window.ui.detailTitle.text() == "WOLDEMICHAEL Semhar"
    assert window.ui.membersTable.rowCount() == 2
    dialog = window.edit_family()
    assert dialog.ui.caseNumberEdit.text() == created.case_number
    dialog.ui.membersTable.setCurrentCell(1, 0)
    assert dialog.ui.givenNamesEdit.text() == "Yohana"
    dialog.ui.givenNamesEdit.selectAll()
    qtbot.keyClicks(dialog.ui.givenNamesEdit, "Yohanna")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert ctx.families.get_family(created.id).members[1].given_names == "Yohanna"
    assert ctx.families.get_family(created.id).version == created.version + 1


def test_invalid_input_keeps_the_dialog_open_and_points_at_the_field(qtbot, window, ctx):
    dialog = window.new_family()
    before = ctx.families.count()
    dialog.ui.familyNameEdit.setText("Haddad")
    dialog._member_changed()
    dialog.save()
    assert dialog.isVisible()
    assert "Given names is required." in dialog.ui.errorLabel.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.membersTab
    assert dialog.focusWidget() is dialog.ui.givenNamesEdit
    assert ctx.families.count() == before


def test_closing_with_unsaved_changes_asks_first(qtbot, window, confirm_answers):
    answers, asked = confirm_answers
    dialog = window.new_family()
    qtbot.keyClicks(dialog.ui.givenNamesEdit, "Nour")
    answers.append(False)  # keep editing
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1
    answers.append(True)  # discard
    dialog.reject()
    assert not dialog.isVisible()
    untouched = window.new_family()
    untouched.reject()  # nothing typed: closes without a question
    assert len(asked) == 2 and not untouched.isVisible()


def test_filters_combine_with_search(qtbot, window):
    total = window.model.total()
    combo = window.ui.statusFilter
    combo.setCurrentIndex(combo.findData("left"))
    shown = window.model.rowCount()
    assert 0 < shown < total
    assert all(window.model.summary(r).status == "left" for r in range(shown))
    name = window.model.summary(0).household_name.split()[0]
    qtbot.keyClicks(window.ui.searchEdit, name.lower())
    assert 0 < window.model.rowCount() <= shown


def test_keyboard_shortcuts(qtbot, window):
    assert window.ui.actionNewFamily.shortcut().toString() == "Ctrl+N"
    assert window.ui.actionFind.shortcut().toString() == "Ctrl+F"
    window.ui.familyTable.setFocus()
    window.ui.actionFind.trigger()
    assert window.ui.searchEdit.hasFocus()


def test_window_and_splitter_state_are_remembered(qtbot, ctx, staff):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(760, 560)
    first.show()
    first.ui.mainSplitter.setSizes([250, 500])
    sizes = first.ui.mainSplitter.sizes()
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    assert second.ui.mainSplitter.sizes() == sizes
    assert ctx.paths.ui_state.exists()


def test_notes_are_added_and_an_unsaved_note_is_not_lost_silently(qtbot, window, ctx, confirm_answers):
    answers, asked = confirm_answers
    window.select_family(window.model.summary(0).id)
    window.ui.noteEdit.setPlainText("Visit planned with the landlord.")
    window.ui.noteConfidentialCheck.setChecked(True)
    window.add_note()
    notes = ctx.families.get_family(window.model.summary(0).id).notes
    assert notes[-1].text == "Visit planned with the landlord." and notes[-1].confidential
    assert "[confidential]" in window.ui.notesList.item(0).text()
    window.ui.noteEdit.setPlainText("half-written")
    answers.append(False)
    window.close()
    assert window.isVisible() and asked


def test_archive_asks_and_only_closed_cases(qtbot, window, ctx, confirm_answers):
    answers, asked = confirm_answers
    window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData("closed"))
    family_id = window.model.summary(0).id
    window.select_family(family_id)
    assert window.ui.actionArchiveFamily.isEnabled()
    answers.append(True)
    window.archive_family()
    assert ctx.families.get_family(family_id).status == "archived"
    window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData("transition"))
    window.select_family(window.model.summary(0).id)
    assert not window.ui.actionArchiveFamily.isEnabled()


def test_unexpected_error_shows_a_dialog_not_a_crash(qtbot, window, monkeypatch):
    import sys

    from transition_app.ui import messages
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    messages.install_excepthook()
    try:
        raise RuntimeError("Amal Haddad")  # personal data must not reach the log
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and "Work you had saved is safe" in shown[0]
    log_text = "".join(p.read_text() for p in window.ctx.paths.logs.glob("*.log")) if list(
        window.ctx.paths.logs.glob("*.log")) else ""
    assert "Amal Haddad" not in log_text


def test_screenshots(qtbot, window, artifacts):
    from PySide6.QtWidgets import QApplication

    from transition_app.ui import i18n
    i18n.install(QApplication.instance(), "en")
    window.select_family(window.model.summary(2).id)
    qtbot.wait(50)
    assert window.grab().save(str(artifacts / "main_window.png"))
    dialog = window.edit_family()
    qtbot.wait(50)
    assert dialog.grab().save(str(artifacts / "family_dialog.png"))
    dialog.ui.tabs.setCurrentWidget(dialog.ui.membersTab)
    assert dialog.grab().save(str(artifacts / "family_dialog_members.png"))
    assert (artifacts / "main_window.png").stat().st_size > 10_000
    _ = dt
