"""Sign-in dialog, first-run wizard and the start of a session (sign in, then the window)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from transition_app.ui.dialogs.first_run import PAGE_ACCOUNT, PAGE_DONE, PAGE_RECOVERY_KEY, FirstRunWizard
from transition_app.ui.dialogs.sign_in import SignInDialog
from transition_app.ui.main_window import MainWindow
from transition_app.ui.session import start_session

PASSWORD = "a long enough password"


@pytest.fixture
def coordinator(ctx):
    return ctx.auth.create_coordinator("cora", "Cora Coordinator", PASSWORD)


def test_sign_in_with_enter_and_wrong_password_message(qtbot, ctx, coordinator, artifacts):
    dialog = SignInDialog(ctx.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.ui.usernameEdit
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and ok.text() == "&Sign in"
    qtbot.keyClicks(dialog.ui.usernameEdit, "cora")
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "wrong password")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.ui.messageLabel.text() == "The user name or the password is not correct."
    assert dialog.ui.passwordEdit.text() == "" and dialog.focusWidget() is dialog.ui.passwordEdit
    dialog.grab().save(str(artifacts / "sign_in_wrong_password.png"))
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    with qtbot.waitSignal(dialog.signed_in) as signal:
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert signal.args[0].actor.username == "cora" and signal.args[0].full_name == "Cora Coordinator"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_lock_out_message(qtbot, ctx, coordinator, artifacts):
    dialog = SignInDialog(ctx.auth, username="cora")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.ui.passwordEdit  # the user name is known: straight to the password
    for _ in range(5):
        dialog.ui.passwordEdit.setText("not the password")
        assert not dialog.try_sign_in()
    assert "locked after too many wrong passwords" in dialog.ui.messageLabel.text()
    assert "15 minutes" in dialog.ui.messageLabel.text()
    dialog.ui.passwordEdit.setText(PASSWORD)
    assert not dialog.try_sign_in()  # still locked
    dialog.grab().save(str(artifacts / "sign_in_locked.png"))


def test_sign_in_screenshot(qtbot, ctx, coordinator, artifacts):
    dialog = SignInDialog(ctx.auth, username="cora")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(artifacts / "sign_in.png"))


def fill_account(wizard, password=PASSWORD, confirm=PASSWORD):
    ui = wizard.ui
    ui.errorLabel.hide()  # as typing does
    ui.fullNameEdit.setText("Marie Janssens")
    ui.usernameEdit.setText("m.janssens")
    ui.passwordEdit.setText(password)
    ui.confirmEdit.setText(confirm)


def test_first_run_wizard_creates_the_coordinator(qtbot, ctx, artifacts):
    assert ctx.auth.needs_first_run()
    wizard = FirstRunWizard(ctx.auth)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.grab().save(str(artifacts / "first_run_welcome.png"))
    wizard.next()
    assert wizard.currentId() == PAGE_ACCOUNT
    fill_account(wizard, confirm="something else entirely")
    wizard.next()
    assert wizard.currentId() == PAGE_ACCOUNT and "not the same" in wizard.ui.errorLabel.text()
    fill_account(wizard, password="short", confirm="short")
    wizard.next()
    assert "at least 10 characters" in wizard.ui.errorLabel.text()
    fill_account(wizard)
    wizard.grab().save(str(artifacts / "first_run_account.png"))
    wizard.next()
    assert wizard.currentId() == PAGE_DONE  # no recovery key given: its page is skipped
    assert "m.janssens" in wizard.ui.doneLabel.text()
    wizard.grab().save(str(artifacts / "first_run_done.png"))
    with qtbot.waitSignal(wizard.signed_in) as signal:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert signal.args[0].actor.role == "coordinator"
    assert not ctx.auth.needs_first_run()
    assert ctx.auth.sign_in("m.janssens", PASSWORD).actor.username == "m.janssens"


def test_first_run_wizard_shows_the_recovery_key_when_given(qtbot, ctx, artifacts):
    key = "H8E4-97SS-WNRH-RAQ6-8AVT-WZT8-9KXV-PXH0-6J3G-FFE6-BKJ9-VCJD-MVFH-DKF5"
    wizard = FirstRunWizard(ctx.auth, recovery_key=key)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    fill_account(wizard)
    wizard.next()
    assert wizard.currentId() == PAGE_RECOVERY_KEY and wizard.ui.recoveryKeyEdit.text() == key
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # until the key is written down
    wizard.grab().save(str(artifacts / "first_run_recovery_key.png"))
    wizard.ui.recoveryAcknowledgeCheck.setChecked(True)
    assert next_button.isEnabled() and wizard.recovery_key_acknowledged
    wizard.next()
    assert wizard.currentId() == PAGE_DONE


def test_session_signs_in_then_attaches_the_window(qtbot, ctx, app_paths, coordinator, artifacts):
    from transition_app.services.context import open_context

    unbound = open_context(app_paths)
    window = MainWindow(paths=app_paths)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    cancelled = []
    dialog = start_session(window, unbound, on_cancel=lambda: cancelled.append(True))
    assert isinstance(dialog, SignInDialog) and window.ctx is None
    dialog.ui.usernameEdit.setText("cora")
    dialog.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(window.families_loaded, timeout=10_000):
        dialog.try_sign_in()
    assert window.ctx.actor.username == "cora" and not cancelled
    assert window.findChild(type(window.privacy.user_label), "signedInLabel").text() == \
        "Signed in: cora (Coordinator)"
    unbound.close()


def test_session_cancelled_quits(qtbot, ctx, app_paths, coordinator):
    from transition_app.services.context import open_context

    unbound = open_context(app_paths)
    window = MainWindow(paths=app_paths)
    qtbot.addWidget(window)
    cancelled = []
    dialog = start_session(window, unbound, on_cancel=lambda: cancelled.append(True))
    dialog.reject()
    assert cancelled == [True] and window.ctx is None
    unbound.close()


def test_session_starts_with_the_first_run_wizard_on_a_new_database(qtbot, ctx, app_paths):
    from transition_app.services.context import open_context

    unbound = open_context(app_paths)
    window = MainWindow(paths=app_paths)
    qtbot.addWidget(window)
    dialog = start_session(window, unbound, on_cancel=lambda: None)
    assert isinstance(dialog, FirstRunWizard)
    dialog.reject()
    unbound.close()
