"""Administration ▸ Reception centres…, and the user dialog's centre and signature (issue 9, point 2), by typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.conftest import centre_input
from transition_app.access.permissions import Actor
from transition_app.ui import i18n
from transition_app.ui.dialogs.centres import CentreEditDialog, CentresDialog
from transition_app.ui.dialogs.user_manage import UserEditDialog

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def language(qapp):
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)

    yield switch
    switch("en")


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def open_dialog(qtbot, ctx) -> CentresDialog:
    dialog = CentresDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(900, 380)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def names(dialog: CentresDialog) -> list[str]:
    table = dialog.ui.centresTable
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_add_a_centre_by_typing_every_problem_shown_nothing_lost(qtbot, ctx, staff, confirm_answers, artifacts):
    dialog = open_dialog(qtbot, ctx)
    assert names(dialog) == ["Centre de test Jodoigne"]
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    edit = dialog._active_dialog
    assert isinstance(edit, CentreEditDialog) and edit.focusWidget() is edit.form.ui.nameEdit
    form = edit.form.ui
    type_into(qtbot, form.nameEdit, "LOI Luik")
    form.operatorCombo.setFocus()
    for _ in range(3):
        qtbot.keyClick(form.operatorCombo, Qt.Key.Key_Down)
    assert form.operatorCombo.currentData() == "loi"
    type_into(qtbot, form.postcodeEdit, "4000")
    assert form.municipalityCombo.currentData() == "62063" and not form.municipalityCombo.isEnabled()
    type_into(qtbot, form.phoneEdit, "04 222 33 44")
    type_into(qtbot, form.enterpriseEdit, "0403.019.262")
    edit.ui.buttonBox.button(SAVE).click()
    assert edit.isVisible() and form.errorLabel.isVisible()
    assert set(edit.form.marks.marked()) == {form.streetEdit, form.emailEdit, form.enterpriseEdit}
    assert "Enterprise number: 0403.019.262 is not a valid enterprise number" in form.errorLabel.text()
    edit.grab().save(str(artifacts / "centre_edit_errors.png"))
    type_into(qtbot, form.streetEdit, "Rue Haute 5")
    type_into(qtbot, form.emailEdit, "loi@example.org")
    type_into(qtbot, form.enterpriseEdit, "0403.019.261")
    qtbot.keyClick(form.enterpriseEdit, Qt.Key.Key_Return)  # Enter saves
    assert not edit.isVisible()
    assert names(dialog) == ["Centre de test Jodoigne", "LOI Luik"]
    assert dialog.current().name == "LOI Luik" and dialog.current().municipality_nis == "62063"
    row = names(dialog).index("LOI Luik")
    assert dialog.ui.centresTable.item(row, 1).text() == "Local reception initiative (LOI/ILA)"
    assert dialog.ui.centresTable.item(row, 2).text() == "Rue Haute 5, 4000 Liège"


def test_edit_asks_before_losing_changes_then_saves(qtbot, ctx, staff, confirm_answers):
    answers, asked = confirm_answers
    dialog = open_dialog(qtbot, ctx)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.ui.centresTable.setFocus()
    dialog.ui.centresTable.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.ui.centresTable, Qt.Key.Key_Return)
    edit = dialog._active_dialog
    assert edit.form.ui.nameEdit.text() == "Centre de test Jodoigne"
    type_into(qtbot, edit.form.ui.phoneEdit, "02 123 45 67")
    answers.append(False)
    qtbot.keyClick(edit.form.ui.phoneEdit, Qt.Key.Key_Escape)
    assert edit.isVisible() and "not saved" in asked[-1]  # kept open, the change still there
    assert edit.form.ui.phoneEdit.text() == "02 123 45 67"
    edit.ui.buttonBox.button(SAVE).click()
    assert ctx.staff.get_centre(staff["centre"].id).phone == "02 123 45 67"


def test_retire_asks_first_then_reactivate(qtbot, ctx, staff, confirm_answers):
    answers, asked = confirm_answers
    ctx.families.create_family(__import__("tests.conftest", fromlist=["family_input"]).family_input(
        centre_id=staff["centre"].id))
    dialog = open_dialog(qtbot, ctx)
    dialog.ui.centresTable.setCurrentCell(0, 0)
    answers.append(False)
    assert not dialog.toggle_retired()
    assert "1 families and 2 active accounts" in asked[-1] and not ctx.staff.get_centre(staff["centre"].id).retired
    answers.append(True)
    assert dialog.toggle_retired()
    assert ctx.staff.get_centre(staff["centre"].id).retired and names(dialog) == []
    dialog.ui.showRetiredCheck.setFocus()
    qtbot.keyClick(dialog.ui.showRetiredCheck, Qt.Key.Key_Space)
    assert names(dialog) == ["Centre de test Jodoigne"]
    assert dialog.ui.centresTable.item(0, 5).text() == "retired"
    dialog.ui.centresTable.setCurrentCell(0, 0)
    assert dialog.ui.retireButton.text() == "Reac&tivate"
    qtbot.mouseClick(dialog.ui.retireButton, Qt.MouseButton.LeftButton)
    assert not ctx.staff.get_centre(staff["centre"].id).retired


def test_administration_menu_has_centres_for_coordinators_only(qtbot, window, ctx, staff):
    privacy = window.privacy
    assert privacy.actions["centres"].isVisible()
    privacy.actions["centres"].trigger()
    assert isinstance(privacy.dialog, CentresDialog)
    privacy.dialog.close()
    anna = privacy.ctx.for_actor(Actor(staff["anna"].id, "anna", "social_worker", staff["centre"].id))
    assert not anna.actor.can(__import__("transition_app.access.permissions", fromlist=["Permission"])
                              .Permission.MANAGE_CENTRES)


def test_user_dialog_takes_centre_job_title_phone_and_email(qtbot, ctx, staff):
    ctx.staff.create_centre(centre_input("Other", nis="62063"))
    ctx.staff.retire_centre(ctx.staff.create_centre(centre_input("Old", nis="44021")).id)
    dialog = UserEditDialog(ctx, UserEditDialog.NEW)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert [ui.centreCombo.itemText(i) for i in range(1, ui.centreCombo.count())] == [
        "Centre de test Jodoigne", "Other"]  # no retired centre for a new account
    type_into(qtbot, ui.fullNameEdit, "Sam Claes")
    type_into(qtbot, ui.usernameEdit, "sam")
    type_into(qtbot, ui.jobTitleCombo.lineEdit(), "Assistante sociale")
    ui.titleFormCombo.setFocus()
    qtbot.keyClick(ui.titleFormCombo, Qt.Key.Key_Down)
    type_into(qtbot, ui.phoneEdit, "0470 12 34")
    type_into(qtbot, ui.emailEdit, "sam@example.org")
    type_into(qtbot, ui.passwordEdit, "a long password 1")
    type_into(qtbot, ui.confirmEdit, "a long password 1")
    assert not dialog.save()
    assert {ui.centreCombo, ui.phoneEdit} == set(dialog.marks.marked())
    assert "belong to a reception centre" in ui.errorLabel.text()
    ui.centreCombo.setFocus()
    qtbot.keyClick(ui.centreCombo, Qt.Key.Key_Down)
    type_into(qtbot, ui.phoneEdit, "0470 12 34 56")
    assert dialog.save(), ui.errorLabel.text()
    sam = ctx.auth.find_user("sam")
    assert (sam.centre_name, sam.job_title, sam.job_title_form, sam.phone, sam.email) == (
        "Centre de test Jodoigne", "social_worker", "f", "0470 12 34 56", "sam@example.org")
    change = UserEditDialog(ctx, UserEditDialog.CHANGE, sam)
    qtbot.addWidget(change)
    assert change.ui.jobTitleCombo.currentData() == "social_worker" and change.ui.titleFormCombo.currentData() == "f"
    assert change.ui.phoneEdit.text() == "0470 12 34 56"


@pytest.mark.parametrize("code", ["en", "ar"])
def test_screenshots_of_the_centres_dialog(qtbot, ctx, staff, language, code, artifacts):
    language(code)
    ctx.staff.create_centre(centre_input("Rode Kruis – opvangcentrum Gent", "rode_kruis", nis="44021"))
    dialog = open_dialog(qtbot, ctx)
    dialog.ui.centresTable.setCurrentCell(0, 0)
    if code == "ar":
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.windowTitle() != "Reception centres" and dialog.ui.addButton.text() != "&Add…"
    assert dialog.grab().save(f"/tmp/centres-dialog-{code}.png")
    edit = dialog.edit_centre()
    edit.resize(640, 500)
    edit.form.ui.phoneEdit.setText("12")
    edit.save()
    assert edit.grab().save(f"/tmp/centres-edit-{code}.png")
    dialog.grab().save(str(artifacts / f"centres_{code}.png"))
