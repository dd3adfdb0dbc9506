"""Issue 9, points 6 and 7 in the interface, on an EMPTY database (families created through the
services, no demo data): ticking "Leave the centre" asks the day and how the family left, and the
case, the family list, the dashboard and the due list follow at once; Ctrl+Z undoes; done dates are
set inline; a step gets a new due date with a reason; an extension beyond the maximum shows the
rules' warning and needs a reason; destructive actions ask first.  Screenshots in en and ar.
"""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import decision, family_input
from transition_app.access.permissions import Actor
from transition_app.services.checklist import EXIT_STEP
from transition_app.ui import messages
from transition_app.ui.dialogs.extension import ExtensionDialog
from transition_app.ui.dialogs.leave_centre import LeaveCentreDialog
from transition_app.ui.dialogs.postpone_step import PostponeStepDialog
from transition_app.ui.main_window import MainWindow
from transition_app.ui.models.family_table import FamilyTableModel
from transition_app.ui.views import checklist_view as cv


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))
    return shown


@pytest.fixture
def world(qtbot, ctx, staff):
    """A coordinator's window over an empty database with one family created through the service."""
    cora = ctx.staff.create_worker("cora", "Cora Coordinator", "coordinator")
    actor_ctx = ctx.for_actor(Actor(cora.id, cora.username, cora.role, None))
    fam = actor_ctx.families.create_family(family_input(
        decision=decision(), destination_nis="21004", worker_id=staff["anna"].id, centre_id=staff["centre"].id,
        arrival_date=dt.date(2025, 2, 1)))
    window = MainWindow(actor_ctx)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    assert window.show_checklist(fam.id)
    qtbot.waitUntil(lambda: window.checklist_view is not None and window.checklist_view.data is not None)
    return {"ctx": actor_ctx, "window": window, "view": window.checklist_view, "family": fam}


def list_status(window, family_id):
    model = window.model
    return model.data(model.index(model.row_of(family_id), FamilyTableModel.COL_STATUS))


def open_board(qtbot, window):
    board = window.show_dashboard()
    qtbot.waitUntil(lambda: board.data is not None and not board._loading, timeout=10_000)
    return board


def press_undo(qtbot, window):
    """Ctrl+Z in the main window (the checklist tree has the focus)."""
    view = window.checklist_view
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.ui.stepsTree.setFocus()
    qtbot.keyClick(view.ui.stepsTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ticking_leave_the_centre_sets_the_family_left_and_every_list_follows(qtbot, world, confirm_answers):
    confirms, questions = confirm_answers
    ctx, window, view, fam = world["ctx"], world["window"], world["view"], world["family"]
    board = open_board(qtbot, window)
    assert "<b>1</b> families still in reception" in board.ui.transitionCount.text()
    overdue_before = board.data.overdue_total
    assert {"reception.transition_interview", "reception.choice"} <= {i.step_id for i in board.data.overdue}
    assert list_status(window, fam.id) == "In transition"
    assert "8 days left" in view.ui.summaryLabel.text()

    # tick: the dialog asks the day (today by default, never in the future) and how the family left
    view.item_for(EXIT_STEP).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: isinstance(view.dialog, LeaveCentreDialog) and view.dialog.isVisible())
    dialog = view.dialog
    assert dialog.ui.dateEdit.date() == QDate(2026, 11, 23) and dialog.ui.dateEdit.maximumDate() == QDate(2026, 11, 23)
    assert dialog.ui.dateEdit.minimumDate() == QDate(2026, 10, 1)  # not before the decision
    modes = [dialog.ui.modeCombo.itemText(i) for i in range(dialog.ui.modeCombo.count())]
    assert modes == ["Own housing", "With family or friends", "Local reception initiative (LOI/ILA)",
                     "Transit housing", "Emergency shelter", "Unknown"]
    assert ctx.families.get_family(fam.id).status == "transition"  # nothing saved before OK
    dialog.set_values(dt.date(2026, 11, 21), "transit")
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    detail = ctx.families.get_family(fam.id)
    assert (detail.status, detail.exit_date, detail.exit_mode) == ("left", dt.date(2026, 11, 21), "transit")
    assert view.item_for(EXIT_STEP).checkState(0) == Qt.CheckState.Checked
    assert "Left the centre on" in view.ui.summaryLabel.text() and "Transit housing" in view.ui.summaryLabel.text()
    assert "days late" not in view.ui.summaryLabel.text()
    choice = view.item_for("reception.choice")
    assert "no longer needed" in choice.text(cv.COL_STATUS) and "(overdue)" not in choice.text(cv.COL_DUE)
    # the dashboard, the due list and the family list follow at once
    assert "<b>0</b> families still in reception" in board.ui.transitionCount.text()
    assert board.ui.familiesTable.rowCount() == 0
    # not late for leaving; the follow-ups anchored on the exit day (21st) are late now
    assert {i.step_id for i in board.data.overdue} == {"housing.move", "cpas.rental_guarantee"}
    assert f"<b>{board.data.overdue_total}</b> overdue steps" in board.ui.overdueCount.text()
    assert not [i for i in ctx.checklists.due_within(60) if i.track == "reception"]
    qtbot.waitUntil(lambda: list_status(window, fam.id) == "Left the centre", timeout=10_000)
    assert "Left the centre" in window.ui.detailSubtitle.text()

    # Ctrl+Z: asks (the family would be back in transition), then undoes; recorded as an undo
    assert window.edit_menu.undo_action.isEnabled()
    assert window.edit_menu.undo_action.text() == "&Undo “The family left the centre”"
    confirms.append(True)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        press_undo(qtbot, window)
    assert "Undo leaving the centre?" in questions[-1]
    assert ctx.families.get_family(fam.id).status == "transition"
    assert "<b>1</b> families still in reception" in board.ui.transitionCount.text()
    assert board.data.overdue_total == overdue_before
    qtbot.waitUntil(lambda: list_status(window, fam.id) == "In transition", timeout=10_000)
    assert view.item_for(EXIT_STEP).checkState(0) == Qt.CheckState.Unchecked
    assert not window.edit_menu.undo_action.isEnabled()
    assert ctx.checklists.history(fam.id, EXIT_STEP)[0].kind == "undo"


def test_unticking_the_leave_step_asks_and_puts_the_family_back(qtbot, world, confirm_answers):
    confirms, questions = confirm_answers
    ctx, view, fam = world["ctx"], world["view"], world["family"]
    view.change_status(EXIT_STEP, "done")
    qtbot.waitUntil(lambda: isinstance(view.dialog, LeaveCentreDialog))
    with qtbot.waitSignal(view.changed):
        view.dialog.save()
    assert ctx.families.get_family(fam.id).status == "left"
    view.item_for(EXIT_STEP).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(questions) == 1)
    assert "in transition" in questions[0]
    assert ctx.families.get_family(fam.id).status == "left"  # answered no: nothing changed
    confirms.append(True)
    with qtbot.waitSignal(view.changed):
        view.item_for(EXIT_STEP).setCheckState(0, Qt.CheckState.Unchecked)
    detail = ctx.families.get_family(fam.id)
    assert (detail.status, detail.exit_date, detail.exit_mode) == ("transition", None, None)


def test_cancelling_the_leave_dialog_changes_nothing(qtbot, world):
    ctx, view, fam = world["ctx"], world["view"], world["family"]
    view.item_for(EXIT_STEP).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: isinstance(view.dialog, LeaveCentreDialog) and view.dialog.isVisible())
    view.dialog.reject()
    qtbot.waitUntil(lambda: view.item_for(EXIT_STEP).checkState(0) == Qt.CheckState.Unchecked)
    assert ctx.checklists.get_checklist(fam.id).step(EXIT_STEP).status == "todo"


def test_ctrl_z_undoes_the_last_change_and_says_what(qtbot, world, confirm_answers):
    ctx, window, view, fam = world["ctx"], world["window"], world["view"], world["family"]
    step_id = "residence.municipality_registration"
    title = view.data.step(step_id).title
    with qtbot.waitSignal(view.changed):
        view.change_status(step_id, "done")
    assert window.edit_menu.undo_action.text() == f"&Undo “Mark done: {title}”"
    assert window.edit_menu.menu.title() == "&Edit" and window.edit_menu.undo_action in window.edit_menu.menu.actions()
    assert view.ui.undoButton.isEnabled() and title in view.ui.undoButton.toolTip()
    view.edit_note(step_id, "Appointment on Monday")
    assert window.edit_menu.undo_action.text() == f"&Undo “Note: {title}”"
    with qtbot.waitSignal(view.changed):
        press_undo(qtbot, window)
    assert ctx.checklists.get_checklist(fam.id).step(step_id).note == ""
    with qtbot.waitSignal(view.changed):
        press_undo(qtbot, window)
    assert ctx.checklists.get_checklist(fam.id).step(step_id).status == "todo"
    assert not view.ui.undoButton.isEnabled()
    entries = ctx.audit.browse()
    assert sum(1 for e in entries if e.action == "undo" and e.details.get("step") == step_id) == 2


def test_undo_after_someone_else_changed_the_step_is_refused_with_a_message(qtbot, world, errors):
    ctx, view, fam = world["ctx"], world["view"], world["family"]
    step_id = "residence.refugee_certificate"
    with qtbot.waitSignal(view.changed):
        view.change_status(step_id, "in_progress")
    other = ctx.for_actor(Actor(None, "system", "coordinator")).checklists  # someone else
    other.set_status(fam.id, step_id, "waiting", ctx.checklists.get_checklist(fam.id).step(step_id).version)
    assert not view.undo_last()
    assert errors and "can no longer be undone" in errors[0]
    assert view.item_for(step_id).text(cv.COL_STATUS) == "Waiting for someone else"  # the fresh state


def test_the_done_date_is_set_inline_never_in_the_future(qtbot, world, confirm_answers):
    ctx, view, fam = world["ctx"], world["view"], world["family"]
    step_id = "residence.refugee_certificate"
    view.select_step(step_id)
    edit = view.ui.doneOnEdit
    assert edit.date() == QDate(2026, 11, 23) and edit.maximumDate() == QDate(2026, 11, 23)
    assert view.ui.doneButton.text() == "&Mark done on this date"
    edit.setDate(QDate(2026, 11, 30))  # beyond the maximum: Qt keeps today
    assert edit.date() == QDate(2026, 11, 23)
    edit.setDate(QDate(2026, 11, 18))
    edit.setFocus()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert ctx.checklists.get_checklist(fam.id).step(step_id).done_on == dt.date(2026, 11, 18)
    assert view.item_for(step_id).text(cv.COL_DONE) == cv._date(dt.date(2026, 11, 18))
    assert view.ui.doneButton.text() == "&Change the done date"
    view.ui.doneOnEdit.setDate(QDate(2026, 11, 19))
    with qtbot.waitSignal(view.changed):
        view.ui.doneButton.click()
    assert ctx.checklists.get_checklist(fam.id).step(step_id).done_on == dt.date(2026, 11, 19)
    assert "done date changed from" in view.ui.historyLabel.text()
    # the context menu offers the date field
    menu = view.step_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Done on…" in texts and "New due date…" in texts


def test_a_step_gets_a_new_due_date_with_a_reason_shown_and_kept_in_its_history(qtbot, world, confirm_answers):
    confirms, questions = confirm_answers
    ctx, view, fam = world["ctx"], world["view"], world["family"]
    step_id = "reception.choice"
    assert "(overdue)" in view.item_for(step_id).text(cv.COL_DUE)
    view.select_step(step_id)
    qtbot.mouseClick(view.ui.postponeButton, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PostponeStepDialog) and not dialog.ui.clearButton.isVisible()
    assert "Due by the rules" in dialog.ui.computedLabel.text()
    dialog.set_values(dt.date(2026, 12, 10), "")
    dialog.save()  # no reason: the dialog stays open and says so
    assert dialog.isVisible() and "Reason for the new due date is required." in dialog.ui.errorLabel.text()
    dialog.set_values(dt.date(2026, 12, 10), "Interpreter only in December")
    with qtbot.waitSignal(view.changed):
        dialog.save()
    item = view.item_for(step_id)
    assert item.text(cv.COL_DUE) == f"{cv._date(dt.date(2026, 12, 10))} (new date)"
    assert "Interpreter only in December" in item.toolTip(cv.COL_DUE)
    assert "Due date set by hand" in view.ui.stepDetailLabel.text()
    assert "postponed from" in view.ui.historyLabel.text()
    assert "Interpreter only in December" in view.ui.historyLabel.text()
    assert ctx.checklists.get_checklist(fam.id).step(step_id).due_date == dt.date(2026, 12, 10)
    # back to the computed date: asks first
    assert not view.clear_postponement()
    assert "Forget the due date set by hand" in questions[-1]
    confirms.append(True)
    assert view.clear_postponement()
    assert "(overdue)" in view.item_for(step_id).text(cv.COL_DUE)


def test_an_extension_beyond_the_maximum_shows_the_rules_warning_and_needs_a_reason(qtbot, world):
    ctx, view, fam = world["ctx"], world["view"], world["family"]
    qtbot.mouseClick(view.ui.extensionButton, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ExtensionDialog)
    assert not dialog.ui.warningFrame.isVisible()
    dialog.set_values(2, "No housing found yet")
    assert not dialog.ui.warningFrame.isVisible()
    dialog.ui.monthsSpin.setValue(3)
    assert dialog.ui.warningFrame.isVisible()
    assert ("The extensions add up to 3 months, more than the configured maximum of 2 months."
            in dialog.ui.warningLabel.text())
    assert "1 March 2027" in dialog.ui.effectLabel.text()
    dialog.save()
    assert dialog.isVisible() and "Reason for going beyond the maximum is required" in dialog.ui.errorLabel.text()
    assert ctx.checklists.get_checklist(fam.id).extensions == ()
    dialog.ui.beyondEdit.setText("Agreed by Fedasil: medical treatment")
    with qtbot.waitSignal(view.changed):
        dialog.save()
    ext = ctx.checklists.get_checklist(fam.id).extensions[0]
    assert (ext.months, ext.beyond_maximum_reason) == (3, "Agreed by Fedasil: medical treatment")


def test_removing_a_step_added_by_hand_asks_first_and_can_be_undone(qtbot, world, confirm_answers):
    confirms, questions = confirm_answers
    view = world["view"]
    assert view.add_step("Collect the wheelchair")
    step_id = view.current_step_id()
    assert "Remove this step…" in [a.text() for a in view.step_menu().actions()]
    assert not view.remove_step()
    assert "Remove the step “Collect the wheelchair”" in questions[-1]
    confirms.append(True)
    assert view.remove_step()
    assert view.item_for(step_id) is None
    assert view.undo_description() == "Remove step: Collect the wheelchair"
    assert view.undo_last() and view.item_for(step_id) is not None
    assert view.undo_last() and view.item_for(step_id) is None  # the adding, undone too


def test_a_buddy_is_told_to_ask_the_social_worker_and_undoes_their_own_change(qtbot, ctx, staff, errors):
    fam = ctx.families.create_family(family_input(decision=decision(), destination_nis="21004",
                                                  worker_id=staff["anna"].id, centre_id=staff["centre"].id))
    bea = ctx.staff.create_worker("bea", "Bea Buddy", "admin_buddy", staff["centre"].id)
    ctx.buddies.assign(fam.id, bea.id)
    buddy_ctx = ctx.for_actor(Actor(bea.id, "bea", "admin_buddy", staff["centre"].id))
    window = MainWindow(buddy_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    view = window.buddy_features.workspace
    qtbot.waitUntil(lambda: view.data is not None)
    view.ui.laterCheck.setChecked(True)
    row = next(i for i in range(view.ui.stepsList.count())
               if view.ui.stepsList.item(i).data(Qt.ItemDataRole.UserRole) == EXIT_STEP)
    view.ui.stepsList.setCurrentRow(row)
    assert not view.ui.markDoneButton.isEnabled()
    assert "Only the social worker records that the family left" in view.ui.stepDetail.toPlainText()
    # a step of their own: marked done, then Ctrl+Z (Edit ▸ Undo) undoes it
    view.ui.stepsList.setCurrentRow(0)
    step_id = view.current_step_id()
    assert view.mark_done()
    assert buddy_ctx.checklists.get_checklist(fam.id).step(step_id).status == "done"
    assert window.edit_menu.undo_action.text().startswith("&Undo “Mark done: ")
    window.activateWindow()
    view.ui.stepsList.setFocus()
    qtbot.keyClick(view.ui.stepsList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: buddy_ctx.checklists.get_checklist(fam.id).step(step_id).status == "todo")
    assert not errors


# --------------------------------------------------------------------------- screenshots


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots_of_the_leave_dialog_the_extension_warning_and_a_new_due_date(qtbot, ctx, staff, artifacts,
                                                                                   lang):
    from transition_app.ui import i18n

    app = QApplication.instance()
    i18n.install(app, lang)
    try:
        cora = ctx.staff.create_worker("cora", "Cora Coordinator", "coordinator")
        actor_ctx = ctx.for_actor(Actor(cora.id, cora.username, cora.role, None))
        fam = actor_ctx.families.create_family(family_input(
            decision=decision(), destination_nis="21004", worker_id=staff["anna"].id, centre_id=staff["centre"].id))
        step = actor_ctx.checklists.get_checklist(fam.id).step("reception.choice")
        actor_ctx.checklists.postpone(fam.id, step.step_id, dt.date(2026, 12, 10),
                                      "Interpreter only in December" if lang == "en" else "المترجم متاح في ديسمبر فقط",
                                      step.version)
        window = MainWindow(actor_ctx)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        with qtbot.waitSignal(window.families_loaded, timeout=10_000):
            window.reload()
        assert window.show_checklist(fam.id)
        view = window.checklist_view
        qtbot.waitUntil(lambda: view.data is not None)
        view.select_step(step.step_id)
        window.ui.mainSplitter.setSizes([380, 1020])
        qtbot.wait(50)
        assert window.grab().save(str(artifacts / f"checklist_postponed_{lang}.png"))
        assert view.ui.historyLabel.text() and view.ui.historyLabel.height() >= view.ui.historyLabel.heightForWidth(
            view.ui.historyLabel.width()) - 2  # not squeezed

        leave = view.leave_centre()
        leave.ui.modeCombo.setCurrentIndex(1)
        qtbot.waitExposed(leave)
        assert leave.grab().save(str(artifacts / f"leave_centre_{lang}.png"))
        if lang == "ar":
            assert leave.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert leave.ui.dateLabel.text() != "&Left on"
        leave.reject()

        ext = view.add_extension()
        ext.set_values(3, "No housing found yet" if lang == "en" else "لم يتم العثور على سكن بعد")
        qtbot.waitExposed(ext)
        assert ext.ui.warningFrame.isVisible()
        if lang == "ar":
            assert "configured maximum" not in ext.ui.warningLabel.text()  # the rules' warning, translated
        assert ext.grab().save(str(artifacts / f"extension_warning_{lang}.png"))
        ext.reject()
    finally:
        i18n.install(app, "en")


def test_the_unassign_button_asks_before_a_buddy_loses_the_family(qtbot, ctx, staff, confirm_answers):
    from transition_app.ui.dialogs.buddy_assign import BuddyAssignDialog

    confirms, questions = confirm_answers
    fam = ctx.families.create_family(family_input(decision=decision(), centre_id=staff["centre"].id))
    bea = ctx.staff.create_worker("bea", "Bea Buddy", "admin_buddy", staff["centre"].id)
    ctx.buddies.assign(fam.id, bea.id)
    dialog = BuddyAssignDialog(ctx, ctx.families.get_family(fam.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.assignedList.setCurrentRow(0)
    dialog.ui.unassignButton.click()
    assert questions and "Stop" in questions[0]
    assert len(ctx.buddies.assignments(fam.id)) == 1  # answered no: still assigned
    confirms.append(True)
    dialog.ui.unassignButton.click()
    assert ctx.buddies.assignments(fam.id) == []
