"""The audit log window, the user accounts dialog, and what each role sees in the main window."""

import datetime as dt

import pytest
from sqlalchemy import text

from tests.conftest import TODAY, decision, family_input
from transition_app.access.permissions import Actor
from transition_app.services.demo import generate_demo
from transition_app.ui.dialogs import audit_log as audit_ui
from transition_app.ui.dialogs.audit_log import AuditLogDialog
from transition_app.ui.dialogs.buddy_assign import BuddyAssignDialog
from transition_app.ui.dialogs.consents import ConsentsDialog
from transition_app.ui.dialogs.user_manage import UserEditDialog, UserManageDialog
from transition_app.ui.main_window import MainWindow
from transition_app.ui.models.audit_table import AuditTableModel


def actor(worker) -> Actor:
    return Actor(worker.id, worker.username, worker.role, worker.centre_id)


@pytest.fixture
def people(ctx, staff):
    cora = ctx.staff.create_worker("cora", "Cora Coordinator", "coordinator")
    bea = ctx.staff.create_worker("bea", "Bea Buddy", "admin_buddy", staff["centre"].id)
    fam = ctx.families.create_family(family_input(decision=decision(), centre_id=staff["centre"].id,
                                                  worker_id=staff["anna"].id))
    ctx.families.add_note(fam.id, "Confidential detail", confidential=True)
    ctx.buddies.assign(fam.id, bea.id)
    return {"cora": ctx.for_actor(actor(cora)), "anna": ctx.for_actor(actor(staff["anna"])),
            "bea": ctx.for_actor(actor(bea)), "family": fam}


def test_audit_window_filters_verifies_and_exports(qtbot, ctx, people, tmp_path, artifacts, monkeypatch):
    anna, cora, fam = people["anna"], people["cora"], people["family"]
    for _ in range(3):
        anna.families.get_family(fam.id)
    anna.checklists.get_checklist(fam.id)
    dialog = AuditLogDialog(cora)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == ctx.audit.count() - 0 and model.data(model.index(0, AuditTableModel.COL_ID))
    dialog.ui.userFilter.setCurrentIndex(dialog.ui.userFilter.findData("anna"))
    assert model.rowCount() == 4
    assert {model.data(model.index(r, AuditTableModel.COL_ACTION)) for r in range(4)} == {"Viewed"}
    assert model.data(model.index(0, AuditTableModel.COL_DETAILS)) == "section=checklist"
    dialog.ui.familyFilter.setText("99999")
    dialog.ui.familyFilter.editingFinished.emit()
    assert model.rowCount() == 0
    dialog.ui.familyFilter.setText(str(fam.id))
    dialog.ui.familyFilter.editingFinished.emit()
    assert model.rowCount() == 4
    dialog.ui.userFilter.setCurrentIndex(0)
    dialog.ui.untilEdit.setDate(dt.date(2020, 1, 1))
    assert model.rowCount() == 0 and "0 entries" in dialog.ui.countLabel.text()
    dialog.ui.untilEdit.setDate(None)  # empty: any day
    dialog.ui.familyFilter.setText("")
    dialog.ui.familyFilter.editingFinished.emit()

    result = dialog.verify()
    assert result.ok and "The chain is intact" in dialog.ui.verifyLabel.text()
    dialog.grab().save(str(artifacts / "audit_log.png"))

    out = tmp_path / "audit.csv"
    monkeypatch.setattr(audit_ui, "ask_save_path", lambda *a: str(out))
    dialog.ui.exportButton.click()
    assert out.read_text(encoding="utf-8").startswith("id,at_utc,actor_id")
    assert "Exported" in dialog.ui.countLabel.text()

    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET action = 'edit' WHERE id = 5"))
    result = dialog.verify()
    assert not result.ok and "#5" in dialog.ui.verifyLabel.text()
    dialog.grab().save(str(artifacts / "audit_log_broken.png"))


def test_audit_window_is_for_coordinators_only(qtbot, people):
    with pytest.raises(Exception, match="role does not allow"):
        AuditLogDialog(people["anna"])


def test_user_management_dialog(qtbot, people, artifacts):
    cora = people["cora"]
    dialog = UserManageDialog(cora)
    qtbot.addWidget(dialog)
    dialog.resize(900, 420)
    dialog.show()
    names = [dialog.ui.usersTable.item(r, 1).text() for r in range(dialog.ui.usersTable.rowCount())]
    assert {"anna", "bea", "cora", "bram"} <= set(names)
    new = dialog.new_user()
    new.ui.fullNameEdit.setText("Nora Nieuw")
    new.ui.usernameEdit.setText("nora")
    new.ui.roleCombo.setCurrentIndex(new.ui.roleCombo.findData("admin_buddy"))
    new.ui.passwordEdit.setText("a password for N 1")
    new.ui.confirmEdit.setText("a password for N 2")
    assert not new.save() and "not the same" in new.ui.errorLabel.text()
    new.ui.confirmEdit.setText("a password for N 1")
    assert new.save(), new.ui.errorLabel.text()
    row = [dialog.ui.usersTable.item(r, 1).text() for r in range(dialog.ui.usersTable.rowCount())].index("nora")
    assert dialog.ui.usersTable.item(row, 2).text() == "Admin buddy"
    dialog.ui.usersTable.selectRow(row)
    assert dialog.current().username == "nora"
    dialog.grab().save(str(artifacts / "users.png"))
    dialog.ui.usersTable.selectRow(row)
    from transition_app.ui import messages
    messages_confirm = messages.confirm
    messages.confirm = lambda *a: True
    try:
        assert dialog.toggle_active()
    finally:
        messages.confirm = messages_confirm
    assert not cora.auth.find_user("nora").active


def test_own_password_change(qtbot, ctx, people):
    cora = people["cora"]
    cora.auth.reset_password(cora.actor.worker_id, "first secret phrase")
    dialog = UserEditDialog(cora, UserEditDialog.OWN_PASSWORD)
    qtbot.addWidget(dialog)
    assert dialog.ui.currentPasswordEdit.isVisibleTo(dialog) and not dialog.ui.usernameEdit.isVisibleTo(dialog)
    dialog.ui.currentPasswordEdit.setText("wrong wrong wrong")
    dialog.ui.passwordEdit.setText("second secret phrase")
    dialog.ui.confirmEdit.setText("second secret phrase")
    assert not dialog.save() and "current password is not correct" in dialog.ui.errorLabel.text()
    dialog.ui.currentPasswordEdit.setText("first secret phrase")
    assert dialog.save()
    assert ctx.auth.sign_in("cora", "second secret phrase").actor.username == "cora"


def window_for(qtbot, context):
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    with qtbot.waitSignal(win.families_loaded, timeout=10_000):
        win.reload()
    return win


def test_buddy_sees_no_confidential_part_in_the_window(qtbot, ctx, people, artifacts):
    generate_demo(ctx.db, 20, seed=3, today=TODAY)
    win = window_for(qtbot, people["bea"])
    ui = win.ui
    assert win.model.total() == 1  # only the assigned family
    assert ui.detailTabs.indexOf(ui.decisionTab) == -1
    assert not ui.actionNewFamily.isVisible() and not ui.actionEditFamily.isVisible()
    assert not ui.actionArchiveFamily.isVisible() and not ui.noteConfidentialCheck.isVisibleTo(win)
    assert not ui.addNoteButton.isVisibleTo(win)
    privacy = win.privacy
    assert not privacy.actions["erase"].isVisible() and not privacy.actions["export"].isVisible()
    assert not privacy.actions["consents"].isVisible() and not privacy.admin_menu.menuAction().isVisible()
    win.select_family(people["family"].id)
    assert win._detail.restricted and win.edit_family() is None
    assert ui.notesList.count() == 0  # the confidential note is not even sent to the window
    win.grab().save(str(artifacts / "main_window_buddy.png"))


def test_worker_window_has_privacy_actions_but_no_administration(qtbot, ctx, people, monkeypatch, tmp_path):
    win = window_for(qtbot, people["anna"])
    privacy = win.privacy
    assert win.model.total() == 1
    assert privacy.actions["consents"].isVisible() and privacy.actions["export"].isVisible()
    assert not privacy.actions["erase"].isVisible() and not privacy.admin_menu.menuAction().isVisible()
    win.select_family(people["family"].id)
    consents = privacy.open_consents()
    assert isinstance(consents, ConsentsDialog)
    consents.ui.purposeEdit.setText("handover dossier")
    consents.ui.sharedWithEdit.setText("CPAS de Liège")
    assert consents.add() and consents.ui.consentsTable.rowCount() == 1
    consents.ui.consentsTable.selectRow(0)
    from transition_app.ui import messages
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    assert consents.withdraw() and consents.ui.consentsTable.item(0, 4).text()
    consents.close()
    buddies = privacy.open_buddies()
    assert isinstance(buddies, BuddyAssignDialog) and buddies.ui.assignedList.count() == 1
    assert buddies.unassign(people["bea"].actor.worker_id)
    assert buddies.ui.buddyCombo.findText("Bea Buddy") >= 0
    assert buddies.assign() and people["bea"].families.count() == 1
    buddies.close()
    target = privacy.export_family(str(tmp_path / "export.json"))
    assert target.exists() and target.with_suffix(".pdf").exists()


def test_coordinator_erases_a_family(qtbot, ctx, people, monkeypatch):
    from transition_app.ui import messages

    win = window_for(qtbot, people["cora"])
    assert win.privacy.admin_menu.menuAction().isVisible()
    win.select_family(people["family"].id)
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    with qtbot.waitSignal(win.families_loaded, timeout=10_000):
        assert win.privacy.erase_family()
    assert ctx.families.get_family(people["family"].id).members[0].family_name == "(anonymised)"
    retention = win.privacy.open_retention()
    assert "Cases due now: 0." in retention.text()
    retention.close()
    users = win.privacy.open_users()
    assert users.ui.usersTable.rowCount() >= 4
    users.close()
    log = win.privacy.open_audit_log()
    assert log.model.rowCount() > 5
    log.close()


def test_every_audit_action_has_a_label():
    from transition_app.services.audit import AuditAction
    from transition_app.ui.models.audit_table import ACTIONS

    assert set(ACTIONS) == {a.value for a in AuditAction}
