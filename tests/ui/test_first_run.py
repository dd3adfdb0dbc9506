"""The first-run wizard creates the coordinator, then the reception centre (issue 9, point 2), driven by typing."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from transition_app.ui import i18n
from transition_app.ui.dialogs.first_run import PAGE_ACCOUNT, PAGE_CENTRE, PAGE_DONE, FirstRunWizard
from transition_app.ui.widgets import centre_form

PASSWORD = "a long enough password"


@pytest.fixture
def language(qapp):
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)

    yield switch
    switch("en")


@pytest.fixture
def logo_file(tmp_path, monkeypatch):
    path = tmp_path / "logo.png"
    buf = io.BytesIO()
    Image.new("RGB", (240, 80), "#1565c0").save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    monkeypatch.setattr(centre_form, "ask_logo_path", lambda parent: str(path))
    return path


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def open_wizard(qtbot, ctx) -> FirstRunWizard:
    wizard = FirstRunWizard(ctx.auth, services_for=ctx.for_actor)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    assert wizard.currentId() == PAGE_ACCOUNT
    ui = wizard.ui
    type_into(qtbot, ui.fullNameEdit, "Marie Janssens")
    type_into(qtbot, ui.usernameEdit, "m.janssens")
    type_into(qtbot, ui.passwordEdit, PASSWORD)
    type_into(qtbot, ui.confirmEdit, PASSWORD)
    type_into(qtbot, ui.jobTitleCombo.lineEdit(), "Coordinatrice")
    ui.titleFormCombo.setFocus()
    qtbot.keyClick(ui.titleFormCombo, Qt.Key.Key_Down)  # neutral -> feminine
    type_into(qtbot, ui.ownPhoneEdit, "0470/12.34.56")
    return wizard


def test_the_wizard_creates_the_coordinator_then_the_centre(qtbot, ctx, logo_file, artifacts):
    wizard = open_wizard(qtbot, ctx)
    wizard.next()
    assert wizard.currentId() == PAGE_CENTRE
    coordinator = ctx.auth.find_user("m.janssens")
    assert (coordinator.job_title, coordinator.job_title_form, coordinator.phone) == ("coordinator", "f",
                                                                                      "0470 12 34 56")
    form = wizard.centre_form.ui
    assert wizard.focusWidget() is form.nameEdit
    type_into(qtbot, form.nameEdit, "Centre Croix-Rouge d'Ixelles")
    form.operatorCombo.setFocus()
    qtbot.keyClick(form.operatorCombo, Qt.Key.Key_Down)  # Fedasil -> Croix-Rouge
    type_into(qtbot, form.streetEdit, "Rue du President 12")
    type_into(qtbot, form.postcodeEdit, "1050")
    assert form.municipalityCombo.isEnabled() and form.municipalityCombo.count() == 3  # choose + two
    assert form.municipalityCombo.currentData() is None
    type_into(qtbot, form.phoneEdit, "12")
    wizard.next()  # refused: everything wrong is said at once, the fields outlined, nothing lost
    assert wizard.currentId() == PAGE_CENTRE
    error = form.errorLabel.text()
    assert form.errorLabel.isVisible()
    for part in ("Municipality: the postcode 1050 belongs to", "Phone: '12' is not a Belgian telephone number",
                 "E-mail is required."):
        assert part in error
    outlined = wizard.centre_form.marks.marked()
    assert set(outlined) == {form.municipalityCombo, form.phoneEdit, form.emailEdit}
    assert "border" in form.phoneEdit.styleSheet() and "not a Belgian telephone" in form.phoneEdit.toolTip()
    assert form.nameEdit.text() == "Centre Croix-Rouge d'Ixelles" and form.postcodeEdit.text() == "1050"
    assert ctx.staff.list_centres() == []

    wizard.back()  # the account is shown as created, and the centre page keeps what was typed
    assert wizard.currentId() == PAGE_ACCOUNT and wizard.ui.fullNameEdit.isReadOnly()
    assert wizard.ui.fullNameEdit.text() == "Marie Janssens"
    wizard.next()
    assert wizard.currentId() == PAGE_CENTRE and form.streetEdit.text() == "Rue du President 12"

    form.municipalityCombo.setFocus()
    qtbot.keyClick(form.municipalityCombo, Qt.Key.Key_Down)
    qtbot.keyClick(form.municipalityCombo, Qt.Key.Key_Down)
    assert form.municipalityCombo.currentData() == "21009"  # Ixelles / Elsene
    type_into(qtbot, form.phoneEdit, "02 555 12 12")
    assert form.phoneEdit.styleSheet() == ""  # typing clears its mark
    type_into(qtbot, form.emailEdit, "ixelles@example.org")
    qtbot.mouseClick(form.chooseLogoButton, Qt.MouseButton.LeftButton)
    assert not form.logoPreview.pixmap().isNull() and form.removeLogoButton.isEnabled()
    wizard.grab().save(str(artifacts / "first_run_centre.png"))
    wizard.next()
    assert wizard.currentId() == PAGE_DONE
    [centre] = ctx.staff.list_centres()
    assert (centre.name, centre.operator, centre.municipality_nis, centre.phone, centre.logo_type) == (
        "Centre Croix-Rouge d'Ixelles", "croix_rouge", "21009", "02 555 12 12", "png")
    assert "Centre Croix-Rouge d&#x27;Ixelles" in wizard.ui.doneLabel.text() or \
        "Centre Croix-Rouge d'Ixelles" in wizard.ui.doneLabel.text()

    wizard.back()  # a correction after Back changes the centre, it does not make a second one
    type_into(qtbot, form.phoneEdit, "02 555 12 13")
    wizard.next()
    assert [c.phone for c in ctx.staff.list_centres()] == ["02 555 12 13"]
    with qtbot.waitSignal(wizard.signed_in) as signal:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    actor = signal.args[0].actor
    assert actor.centre_id == centre.id and ctx.auth.find_user("m.janssens").centre_id == centre.id
    # the coordinator's first family belongs to the centre, so its letters have their place
    from tests.conftest import decision, family_input

    family = ctx.for_actor(actor).families.create_family(family_input(decision=decision()))
    assert family.centre_id == centre.id


@pytest.mark.parametrize("code", ["en", "ar"])
def test_screenshot_of_the_centre_page(qtbot, ctx, language, code, logo_file, artifacts):
    language(code)
    wizard = open_wizard(qtbot, ctx)
    wizard.next()
    form = wizard.centre_form
    form.ui.nameEdit.setText("Centre Croix-Rouge de Jodoigne")
    form.ui.postcodeEdit.setText("1050")
    form.ui.phoneEdit.setText("12")
    form.choose_logo()
    wizard.next()
    assert wizard.currentId() == PAGE_CENTRE and form.ui.errorLabel.isVisible()
    if code == "ar":
        assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "Please correct" not in form.ui.errorLabel.text() and "Phone" not in form.ui.errorLabel.text()
    assert wizard.grab().save(f"/tmp/centres-wizard-centre-{code}.png")
    wizard.grab().save(str(artifacts / f"first_run_centre_{code}.png"))
