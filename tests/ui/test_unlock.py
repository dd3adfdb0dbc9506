"""Opening the encrypted database from the GUI.  The modal dialogs' ``exec`` is replaced
by scripted answers (each gets the real dialog, fills it like a person would and closes it)."""

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from transition_app.paths import AppPaths
from transition_app.ui.dialogs import unlock

OK = QDialogButtonBox.StandardButton.Ok


def script(monkeypatch, cls, answers):
    """Replace ``cls.exec`` by the next answer of ``answers`` (a list, consumed in order)."""
    def fake_exec(self):
        answers.pop(0)(self)
        return self.result()
    monkeypatch.setattr(cls, "exec", fake_exec)


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())


def acknowledge(shown, artifacts=None):
    def fill(dialog):
        ok = dialog.ui.buttonBox.button(OK)
        assert not ok.isEnabled()  # not before the person confirms
        dialog.reject()  # Escape does not skip it either
        assert dialog.result() != QDialog.DialogCode.Rejected or dialog.ui.confirmCheck.isChecked() is False
        dialog.ui.confirmCheck.setChecked(True)
        shown.append(dialog.ui.keyEdit.text())
        if artifacts is not None:
            dialog.resize(640, 220)
            dialog.grab().save(str(artifacts / "recovery_key_dialog.png"))
        ok.click()
    return fill


def test_first_run_with_keyring_shows_the_recovery_key_once(qtbot, tmp_path, monkeypatch, artifacts):
    paths = AppPaths(tmp_path / "data").ensure()
    shown: list[str] = []
    script(monkeypatch, unlock.RecoveryKeyDialog, [acknowledge(shown, artifacts)])
    key = unlock.obtain_key_interactively(None, paths)
    assert key is not None and len(key) == 32
    assert len(shown) == 1 and shown[0].count("-") == 13
    assert unlock.obtain_key_interactively(None, paths) == key  # second start: keyring, no dialog


def test_without_keyring_a_new_passphrase_is_asked_twice_then_used(qtbot, tmp_path, monkeypatch, no_keyring,
                                                                   artifacts):
    paths = AppPaths(tmp_path / "data").ensure()

    def new_passphrase(dialog):
        assert dialog.mode == unlock.NEW_PASSPHRASE and not dialog.ui.confirmEdit.isHidden()
        dialog.ui.passphraseEdit.setText("a long passphrase")
        dialog.ui.confirmEdit.setText("a long passphrasX")
        dialog.ui.buttonBox.button(OK).click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "not the same" in dialog.ui.errorLabel.text()
        dialog.ui.confirmEdit.setText("a long passphrase")
        dialog.grab().save(str(artifacts / "unlock_new_passphrase.png"))
        dialog.ui.buttonBox.button(OK).click()

    shown: list[str] = []
    script(monkeypatch, unlock.UnlockDialog, [new_passphrase])
    script(monkeypatch, unlock.RecoveryKeyDialog, [acknowledge(shown)])
    key = unlock.obtain_key_interactively(None, paths)
    assert key is not None and shown

    def wrong(dialog):
        assert dialog.mode == unlock.PASSPHRASE and dialog.ui.confirmEdit.isHidden()
        dialog.ui.passphraseEdit.setText("not the passphrase")
        dialog.ui.buttonBox.button(OK).click()

    def right(dialog):
        assert "not correct" in dialog.ui.errorLabel.text()
        dialog.ui.passphraseEdit.setText("a long passphrase")
        dialog.ui.buttonBox.button(OK).click()

    script(monkeypatch, unlock.UnlockDialog, [wrong, right])
    assert unlock.obtain_key_interactively(None, paths) == key

    def forgot(dialog):  # the recovery key opens it and a new passphrase replaces the old one
        dialog.ui.useRecoveryButton.click()
        assert dialog.mode == unlock.RECOVERY_KEY
        dialog.ui.recoveryEdit.setText(shown[0].lower().replace("-", " "))
        dialog.ui.passphraseEdit.setText("another long passphrase")
        dialog.ui.confirmEdit.setText("another long passphrase")
        dialog.ui.buttonBox.button(OK).click()

    script(monkeypatch, unlock.UnlockDialog, [forgot])
    assert unlock.obtain_key_interactively(None, paths) == key
    script(monkeypatch, unlock.UnlockDialog, [lambda d: (d.ui.passphraseEdit.setText("another long passphrase"),
                                                        d.accept())])
    assert unlock.obtain_key_interactively(None, paths) == key


def test_cancelling_leaves_nothing_behind(qtbot, tmp_path, monkeypatch, no_keyring):
    paths = AppPaths(tmp_path / "data").ensure()
    script(monkeypatch, unlock.UnlockDialog, [lambda d: d.reject()])
    assert unlock.obtain_key_interactively(None, paths) is None
    assert not paths.database.exists()
