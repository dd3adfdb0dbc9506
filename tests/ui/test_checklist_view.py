import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TODAY, decision, family_input
from transition_app.access.permissions import Actor
from transition_app.services.demo import generate_demo
from transition_app.ui.main_window import MainWindow
from transition_app.ui.views import checklist_view as cv


@pytest.fixture
def answers(monkeypatch):
    """Answers to the view's text and number questions, in order."""
    queue: list[object] = []
    asked: list[str] = []

    def fake(parent, title, label, *rest):
        asked.append(label)
        return queue.pop(0) if queue else None

    monkeypatch.setattr(cv, "ask_text", fake)
    monkeypatch.setattr(cv, "ask_int", fake)
    return queue, asked


@pytest.fixture
def win(qtbot, ctx, staff):
    """The main window of a signed-in coordinator (changes are recorded in her name)."""
    generate_demo(ctx.db, 40, seed=8, today=TODAY)
    cora = ctx.staff.create_worker("cora", "Cora Coordinator", "coordinator")
    window = MainWindow(ctx.for_actor(Actor(cora.id, cora.username, cora.role, None)))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    return window


def open_checklist(qtbot, window, family_id):
    assert window.show_checklist(family_id)
    qtbot.waitUntil(lambda: window.checklist_view.data is not None
                    and window.checklist_view.data.family_id == family_id)
    return window.checklist_view


def step_item(view, step_id):
    item = view.item_for(step_id)
    assert item is not None, step_id
    return item


def test_checklist_tab_shows_steps_by_track_with_next_step(qtbot, win, ctx, staff):
    fam = ctx.families.create_family(family_input(decision=decision(), destination_nis="21004",
                                                  worker_id=staff["anna"].id))
    win.reload(synchronous=True)
    view = open_checklist(qtbot, win, fam.id)
    tree = view.ui.stepsTree
    assert win.ui.detailTabs.currentWidget() is win.ui.checklistTab
    tracks = [tree.topLevelItem(i).data(0, cv.STEP_ROLE) for i in range(tree.topLevelItemCount())]
    assert tracks[:3] == ["reception", "residence", "cpas"]
    assert "Talk with your social worker about leaving" in view.ui.nextStepLabel.text()
    assert "The letter with the decision" in view.ui.documentsLabel.text()
    assert "Brussels" in view.ui.summaryLabel.text() and "8 days left" in view.ui.summaryLabel.text()
    choice = step_item(view, "reception.choice")
    assert choice.text(cv.COL_STEP) == "Choose how you want to leave"
    assert choice.text(cv.COL_STATUS) == "To do (not yet possible)" and not choice.icon(cv.COL_STATUS).isNull()
    assert "(overdue)" in choice.text(cv.COL_DUE)
    assert view.ui.actorValue.text() == "<b>Cora Coordinator</b>"  # the signed-in person
    assert view.accessibleName() == "Exit-support checklist"


def test_tick_steps_status_reason_note_and_added_step(qtbot, win, ctx, staff, answers, confirm_answers):
    queue, asked = answers
    confirms, questions = confirm_answers
    fam = ctx.families.create_family(family_input(decision=decision(), worker_id=staff["bram"].id))
    win.reload(synchronous=True)
    view = open_checklist(qtbot, win, fam.id)

    # tick: the check box marks the step done (today, by the worker shown) and the next step moves on
    with qtbot.waitSignal(view.changed):
        step_item(view, "reception.transition_interview").setCheckState(0, Qt.CheckState.Checked)
    saved = ctx.checklists.get_checklist(fam.id).step("reception.transition_interview")
    assert (saved.status, saved.done_on, saved.changed_by) == ("done", TODAY, "Cora Coordinator")
    item = step_item(view, "reception.transition_interview")
    assert item.text(cv.COL_STATUS) == "Done" and item.text(cv.COL_WHO) == "Cora Coordinator"
    assert step_item(view, "reception.choice").text(cv.COL_STATUS) == "To do"
    assert "Choose how you want to leave" in view.ui.nextStepLabel.text()

    # keyboard: Space on the selected step ticks it
    view.select_step("reception.choice")
    view.ui.stepsTree.setFocus()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.ui.stepsTree, Qt.Key.Key_Space)
    assert ctx.checklists.get_checklist(fam.id).step("reception.choice").status == "done"

    # untick: asks first (the done date goes); "no" keeps it done, "yes" puts it back to do
    step_item(view, "reception.choice").setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(questions) == 1)
    assert "was done on" in questions[0]
    assert ctx.checklists.get_checklist(fam.id).step("reception.choice").status == "done"
    qtbot.waitUntil(lambda: step_item(view, "reception.choice").checkState(0) == Qt.CheckState.Checked)
    confirms.append(True)
    with qtbot.waitSignal(view.changed):
        step_item(view, "reception.choice").setCheckState(0, Qt.CheckState.Unchecked)
    assert ctx.checklists.get_checklist(fam.id).step("reception.choice").status == "todo"

    # the status menu: blocked asks for the reason; cancelling changes nothing
    view.select_step("residence.refugee_certificate")
    view.status_actions["blocked"].trigger()
    assert ctx.checklists.get_checklist(fam.id).step("residence.refugee_certificate").status == "todo"
    queue.append("Letter lost in the post")
    view.status_actions["blocked"].trigger()
    blocked = ctx.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    assert (blocked.status, blocked.reason) == ("blocked", "Letter lost in the post")
    assert step_item(view, "residence.refugee_certificate").text(cv.COL_STATUS) == \
        "Blocked: Letter lost in the post"
    view.status_actions["waiting"].trigger()
    assert step_item(view, "residence.refugee_certificate").text(cv.COL_STATUS) == "Waiting for someone else"

    # a note
    queue.append("CGRS called on Monday")
    qtbot.mouseClick(view.ui.noteButton, Qt.MouseButton.LeftButton)
    assert step_item(view, "residence.refugee_certificate").text(cv.COL_NOTE) == "CGRS called on Monday"

    # a step added by hand goes into the selected step's track
    queue.append("Ask the municipality about the card fee")
    qtbot.mouseClick(view.ui.addStepButton, Qt.MouseButton.LeftButton)
    added = [s for s in ctx.checklists.get_checklist(fam.id).steps if s.custom]
    assert [(s.title, s.track) for s in added] == [("Ask the municipality about the card fee", "residence")]
    assert view.current_step_id() == added[0].step_id

    # an extension of the stay moves the exit date
    qtbot.mouseClick(view.ui.extensionButton, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_values(1, "No housing found yet")
    assert not dialog.ui.warningFrame.isVisible()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert "Extension: +1 months" in view.ui.summaryLabel.text()
    assert ctx.checklists.get_checklist(fam.id).exit_due == dt.date(2027, 1, 1)


def test_a_step_changed_elsewhere_shows_the_error_and_the_fresh_state(qtbot, win, ctx, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(cv.messages, "error", lambda parent, text: errors.append(text))
    fam = ctx.families.create_family(family_input(decision=decision()))
    win.reload(synchronous=True)
    view = open_checklist(qtbot, win, fam.id)
    step = ctx.checklists.get_checklist(fam.id).step("residence.refugee_certificate")
    ctx.checklists.set_status(fam.id, step.step_id, "in_progress", step.version)  # someone else
    assert not view.change_status(step.step_id, "done")
    assert errors and "changed by someone else" in errors[0]
    assert step_item(view, step.step_id).text(cv.COL_STATUS) == "In progress"


def test_family_without_decision_has_an_empty_checklist(qtbot, win, ctx):
    fam = ctx.families.create_family(family_input(status="awaiting_decision"))
    win.reload(synchronous=True)
    view = open_checklist(qtbot, win, fam.id)
    assert view.ui.stepsTree.topLevelItemCount() == 0
    assert "starts when the protection decision is recorded" in view.ui.nextStepLabel.text()
    assert not view.ui.addStepButton.isEnabled()


def test_screenshot_checklist_view(qtbot, win, ctx, artifacts):
    # a demo family in transition with some steps done and some open
    board = ctx.checklists.dashboard(limit=50)
    family_id = next(r.family_id for r in board.families
                     if 5 <= r.open_steps <= 20 and r.days_left is not None and r.days_left >= 0)
    view = open_checklist(qtbot, win, family_id)
    assert view.ui.stepsTree.topLevelItemCount() >= 6
    win.ui.mainSplitter.setSizes([520, 880])
    qtbot.wait(50)
    path = artifacts / "checklist_view.png"
    assert win.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_step_texts_follow_the_interface_language(qtbot, win, ctx, staff):
    from PySide6.QtCore import QLocale

    from transition_app.domain.checklist_i18n import localized_step_text

    fam = ctx.families.create_family(family_input(decision=decision(), destination_nis="21004",
                                                  worker_id=staff["anna"].id))
    win.reload(synchronous=True)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    try:
        view = open_checklist(qtbot, win, fam.id)
        first = view.data.steps[0]
        french = localized_step_text(first.step_id, "fr")[0]
        assert first.title == french
        assert step_item(view, first.step_id).text(cv.COL_STEP) == french
    finally:
        QLocale.setDefault(previous)
