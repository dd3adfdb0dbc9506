"""The admin buddy's workspace in the main window, the worker's view of a buddy's changes, and the
directory editor (issue 6 item 1; issue 4: an editable directory)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.conftest import TODAY
from transition_app.access.permissions import Actor
from transition_app.services.demo import generate_demo
from transition_app.services.directory_service import DirectoryEntryInput
from transition_app.ui.dialogs.directory_editor import COL_NAME, DirectoryEditorDialog
from transition_app.ui.main_window import MainWindow
from transition_app.ui.models.family_table import FamilyTableModel
from transition_app.ui.session import start_session
from transition_app.ui.views import buddy_workspace as bw
from transition_app.ui.views import checklist_view as cv

PASSWORD = "a long enough password"


@pytest.fixture
def world(ctx):
    """Demo families; buddy ``bea`` (with a password) accompanies two of them."""
    generate_demo(ctx.db, 30, seed=5, today=TODAY)
    centre = ctx.staff.list_centres()[0]
    bea = ctx.auth.create_user("bea", "Bea Claes", "admin_buddy", PASSWORD, centre_id=centre.id)
    assigned = []
    for row in sorted(ctx.families.list_summaries(), key=lambda r: r.id):
        detail = ctx.families.get_family(row.id)
        if row.status == "transition" and detail.destination_nis and detail.worker_id \
                and ctx.checklists.get_checklist(row.id).next_step is not None:
            ctx.buddies.assign(row.id, bea.id)
            assigned.append(detail)
        if len(assigned) == 2:
            break
    worker = next(w for w in ctx.staff.list_workers() if w.id == assigned[0].worker_id)
    nis = assigned[0].destination_nis
    ctx.directory.update(f"cpas:{nis}", DirectoryEntryInput(address="Rue de la Station 12",
                                                            opening_hours="Monday to Friday 8:30–12:00",
                                                            phone="+32 10 23 45 67"), None)
    return {"ctx": ctx, "bea": bea, "assigned": assigned, "worker": Actor(worker.id, worker.username,
                                                                           worker.role, worker.centre_id)}


def sign_in_as_buddy(qtbot, app_paths, world):
    """The real path: the sign-in dialog, then the window attached to the buddy's context."""
    from transition_app.services.context import open_context

    unbound = open_context(app_paths)
    window = MainWindow(paths=app_paths)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    dialog = start_session(window, unbound, on_cancel=lambda: None)
    dialog.ui.usernameEdit.setText("bea")
    dialog.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        dialog.try_sign_in()
    window._test_unbound = unbound
    return window


def worker_window(qtbot, world):
    ctx = world["ctx"].for_actor(world["worker"])
    ctx.clock.freeze(TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    return window


def name_cell(window, family_id):
    model = window.model
    index = model.index(model.row_of(family_id), FamilyTableModel.COL_NAME)
    return (model.data(index), model.data(index, Qt.ItemDataRole.FontRole),
            model.data(index, Qt.ItemDataRole.DecorationRole))


def test_a_buddy_signs_in_sees_only_assigned_families_ticks_a_step_and_the_worker_sees_it(
        qtbot, app_paths, world, artifacts):
    ctx, assigned = world["ctx"], world["assigned"]
    window = sign_in_as_buddy(qtbot, app_paths, world)
    assert window.ctx.actor.username == "bea" and window.ctx.actor.is_buddy
    view = window.buddy_features.workspace
    assert view is not None and view.isVisible() and not window.ui.mainSplitter.isVisible()
    assert not window.ui.actionNewFamily.isVisible()
    lst = view.ui.familyList
    shown = {lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())}
    assert shown == {f.id for f in assigned}  # only the assigned families, of the 30
    assert view.data is not None and view.data.family_id in shown
    assert view.ui.stepsList.count() > 0 and "<h3>" not in view.ui.stepDetail.toPlainText()
    assert "What to bring" in view.ui.stepDetail.toPlainText() and "Where to go" in view.ui.stepDetail.toPlainText()

    family = assigned[0]
    assert view.select_family(family.id)
    qtbot.waitUntil(lambda: view.data is not None and view.data.family_id == family.id)
    view.grab().save(str(artifacts / "buddy_workspace.png"))
    step = view.current_step()
    assert step is not None and step.is_next
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.ui.markDoneButton, Qt.MouseButton.LeftButton)
    saved = ctx.checklists.get_checklist(family.id).step(step.step_id)
    assert saved.status == "done" and saved.changed_by == "Bea Claes"
    assert step.step_id not in [s.step_id for s in view.data.steps]

    # the family's social worker: the family is highlighted in the list, then the step in the checklist
    worker = worker_window(qtbot, world)
    text, font, icon = name_cell(worker, family.id)
    assert text.endswith("— Updated by buddy") and font.bold() and not icon.isNull()
    button = worker.buddy_features.changes_button
    assert button.text() == "Changes from buddies: 1" and button.isEnabled()
    other = next(r.id for r in worker.model.all_rows() if r.id != family.id)
    assert name_cell(worker, other)[1:] == (None, None)  # no highlight on the others
    assert worker.show_checklist(family.id)
    checklist = worker.checklist_view
    qtbot.waitUntil(lambda: checklist.data is not None and checklist.data.family_id == family.id)
    item = checklist.item_for(step.step_id)
    assert item.text(cv.COL_WHO) == "Updated by buddy (Bea Claes)" and item.font(cv.COL_STEP).bold()
    assert not item.icon(cv.COL_WHO).isNull() and item.checkState(0) == Qt.CheckState.Checked
    assert "Updated by buddy" in worker.statusBar().currentMessage()
    worker.grab().save(str(artifacts / "buddy_changes_worker.png"))
    # opening it marked it seen: no longer highlighted in the list, the count is 0
    assert world["ctx"].for_actor(world["worker"]).buddy_workspace.unseen_changes() == []
    assert not worker.model.flagged(family.id) and not name_cell(worker, family.id)[0].endswith("buddy")
    assert button.text() == "Changes from buddies: 0" and not button.isEnabled()
    window._test_unbound.close()


def test_buddy_waiting_note_and_language(qtbot, app_paths, world, monkeypatch):
    ctx, family = world["ctx"], world["assigned"][0]
    bctx = ctx.for_actor(Actor(world["bea"].id, "bea", "admin_buddy", world["bea"].centre_id))
    bctx.clock.freeze(TODAY)
    view = bw.BuddyWorkspaceView(bctx)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    assert view.select_family(family.id)
    # the explanations follow the interface language (English here), and can be shown in another
    assert view.ui.languageCombo.currentData() == "en"
    step = view.current_step()
    view.ui.languageCombo.setCurrentIndex(view.ui.languageCombo.findData("fr"))
    assert view.language == "fr" and view.current_step().title != step.title
    # waiting for someone, and back
    assert view.toggle_waiting()
    assert ctx.checklists.get_checklist(family.id).step(step.step_id).status == "waiting"
    assert view.ui.waitingButton.text() == "No longer &waiting"
    assert view.toggle_waiting()
    assert ctx.checklists.get_checklist(family.id).step(step.step_id).status == "todo"
    # a note for the social worker
    monkeypatch.setattr(bw, "ask_note", lambda *a: "The landlord wants the guarantee first.")
    with qtbot.waitSignal(view.changed):
        view.ui.addNoteButton.click()
    assert "The landlord wants the guarantee first." in view.ui.notesLabel.text()
    changes = ctx.for_actor(world["worker"]).buddy_workspace.unseen_changes(family.id)
    assert {c.kind for c in changes} == {"step", "note"}
    # where to go: the CPAS with the details the centre entered
    cpas = [s for s in (*view.data.steps, *view.data.later_steps) if s.service == "cpas_of_new_dwelling"]
    assert "Rue de la Station 12" in view.step_html(cpas[0], TODAY)


def test_the_changes_menu_opens_the_family(qtbot, world):
    ctx, family = world["ctx"], world["assigned"][1]
    bea = ctx.for_actor(Actor(world["bea"].id, "bea", "admin_buddy", world["bea"].centre_id)).buddy_workspace
    bea.add_note(family.id, "Please call the family about the school.")
    coordinator = ctx.staff.create_worker("cora", "Cora", "coordinator")
    cctx = ctx.for_actor(Actor(coordinator.id, "cora", "coordinator", None))
    window = MainWindow(cctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        window.reload()
    menu = window.buddy_features.changes_button.menu()
    window.buddy_features._fill_menu(menu)
    actions = [a for a in menu.actions() if a.isEnabled()]
    assert len(actions) == 1 and "Note: “Please call the family about the school.”" in actions[0].text()
    actions[0].trigger()
    assert window._detail.id == family.id
    notes = [window.ui.notesList.item(i) for i in range(window.ui.notesList.count())]
    highlighted = [n for n in notes if n.font().bold() and not n.icon().isNull()]
    assert len(highlighted) == 1 and highlighted[0].text().startswith("Updated by buddy (Bea Claes): ")
    assert highlighted[0].text().endswith("Please call the family about the school.")
    assert window.model.flagged(family.id)  # a coordinator looking does not hide it from the worker


def test_directory_editor_add_edit_remove_with_confirmation(qtbot, ctx, staff, confirm_answers):
    answers, asked = confirm_answers
    anna = ctx.for_actor(Actor(staff["anna"].id, "anna", "social_worker", staff["centre"].id))
    dialog = DirectoryEditorDialog(anna)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.entriesTable.rowCount() > 1000  # municipalities and CPAS come with the application

    # local details of a shipped CPAS
    ui.searchEdit.setText("CPAS de Liège")
    dialog.reload()
    assert dialog.entries[0].key == "cpas:62063"
    ui.entriesTable.setCurrentCell(0, COL_NAME)
    assert not ui.nameEdit.isEnabled() and not ui.removeButton.isEnabled()
    ui.addressEdit.setText("Place Saint-Jacques 13")
    ui.postcodeEdit.setText("4000")
    assert ui.municipalityValue.text() == "Liège"
    ui.hoursEdit.setPlainText("Mon-Fri 8:30-12:00")
    assert dialog.save() is not None
    assert anna.directory.get("cpas:62063").address == "Place Saint-Jacques 13"
    assert ui.entriesTable.item(0, 6).text() == "Comes with the application, edited here"

    # a new NGO, with a validation error first
    dialog.new_entry()
    ui.nameEdit.setText("Convivial")
    ui.postcodeEdit.setText("99")
    assert dialog.save() is None and "Postcode" in ui.errorLabel.text()
    ui.postcodeEdit.setText("1190")
    ui.serviceCombo.setCurrentIndex(ui.serviceCombo.findData("landlord"))
    saved = dialog.save()
    assert saved is not None and saved.key.startswith("entry:") and saved.service == "landlord"

    # removing asks first (No keeps it; Delete on the table asks too)
    ui.localOnlyCheck.setChecked(True)
    ui.searchEdit.clear()
    dialog.reload()
    assert {e.key for e in dialog.entries} == {"cpas:62063", saved.key}
    assert dialog.select(saved.key)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    ui.entriesTable.setFocus()
    qtbot.keyClick(ui.entriesTable, Qt.Key.Key_Delete)
    assert len(asked) == 1 and anna.directory.search("convivial")
    answers.append(True)
    assert dialog.remove()
    assert anna.directory.search("convivial") == [] and len(asked) == 2


def test_directory_is_read_only_for_a_buddy_and_in_the_tools_menu(qtbot, ctx, staff):
    bea = ctx.staff.create_worker("bea", "Bea", "admin_buddy", staff["centre"].id)
    bctx = ctx.for_actor(Actor(bea.id, "bea", "admin_buddy", staff["centre"].id))
    dialog = DirectoryEditorDialog(bctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.saveButton.isVisible() and not dialog.ui.newButton.isVisible()
    dialog.ui.entriesTable.setCurrentCell(0, COL_NAME)
    assert dialog.ui.addressEdit.isReadOnly() and dialog.save() is None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tools = window.findChild(QMenu, "menuTools")
    assert tools is not None and window.buddy_features.directory_action in tools.actions()
    opened = window.buddy_features.open_directory()
    assert isinstance(opened, DirectoryEditorDialog)
    opened.reject()
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["ar", "nl"])
def test_the_buddy_workspace_in_arabic_and_dutch(qtbot, app_paths, world, artifacts, lang):
    """The workspace in the buddy's language: translated controls and explanations, Arabic right to left."""
    from transition_app.domain.checklist_i18n import localized_step_text
    from transition_app.ui import i18n

    app = QApplication.instance()
    i18n.install(app, lang)
    try:
        window = sign_in_as_buddy(qtbot, app_paths, world)
        view = window.buddy_features.workspace
        qtbot.waitUntil(lambda: view.data is not None)
        assert view.ui.markDoneButton.text().replace("&", "") != "Mark done"
        step = view.data.steps[0] if hasattr(view.data, "steps") else None
        if step is not None and hasattr(step, "step_id"):
            assert localized_step_text(step.step_id, lang)[0] in view.ui.stepsList.item(0).text()
        expected = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        assert window.layoutDirection() == expected and view.layoutDirection() == expected
        window.grab().save(str(artifacts / f"buddy_workspace_{lang}.png"))
    finally:
        i18n.install(app, "en")
