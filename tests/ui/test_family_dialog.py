"""The family dialog: dates typed (issue 9, point 5), the municipality picker (point 10), every
field named by a problem highlighted and the new home stored with the family (point 8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.conftest import decision, family_input, person
from tests.ui.typing import press, type_text
from transition_app.services.dto import ContactInput, DwellingInput
from transition_app.ui import i18n
from transition_app.ui.dialogs.family_edit import FAMILY_FIELDS, MEMBER_FIELDS, FamilyEditDialog
from transition_app.ui.widgets import field_marks

LIEGE, GHENT = "62063", "44021"


@pytest.fixture(autouse=True)
def english(qapp):
    """The interface in English (Belgian formats), as the application installs it."""
    i18n.install(QApplication.instance(), "en")


@pytest.fixture(autouse=True)
def no_questions(confirm_answers):
    """Closing a dialog with changes asks first: answered "keep editing" here, never a real box."""
    return confirm_answers


def open_dialog(qtbot, ctx, detail=None) -> FamilyEditDialog:
    dialog = FamilyEditDialog(ctx, detail)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def fill(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` (replacing what is there), then leave it with Tab."""
    edit = widget.lineEdit() if hasattr(widget, "lineEdit") and not hasattr(widget, "selectAll") else widget
    edit.setFocus()
    edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)
    if QApplication.activePopupWidget() is not None:
        press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Tab)


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_family_typed_on_an_empty_database_with_its_new_home(qtbot, ctx):
    """No demo data, no centre: everything typed with the keyboard, dates in several forms."""
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    fill(qtbot, ui.arrivalDateEdit, "2.9.2026")
    ui.tabs.setCurrentWidget(ui.membersTab)
    fill(qtbot, ui.givenNamesEdit, "Semhar")
    fill(qtbot, ui.familyNameEdit, "Woldemichael")
    fill(qtbot, ui.birthDateEdit, "11021994")
    assert ui.birthDateEdit.text() == "11/02/1994"
    fill(qtbot, ui.cardExpiryEdit, "2031-09-30")
    click_save(qtbot, dialog)  # a card expiry without the card's type would be lost: the dialog asks for it
    assert dialog.isVisible() and dialog.problem_paths() == ["members[0].card_type"]
    assert QApplication.focusWidget() is ui.cardTypeCombo and field_marks.is_marked(ui.cardTypeCombo)
    ui.cardTypeCombo.setCurrentIndex(1)
    ui.cardTypeCombo.activated.emit(1)
    assert not field_marks.is_marked(ui.cardTypeCombo)
    ui.tabs.setCurrentWidget(ui.decisionTab)
    ui.decisionGroup.setChecked(True)
    fill(qtbot, ui.applicationDateEdit, "14/03/2025")
    fill(qtbot, ui.decisionDateEdit, "1/10/2026")
    fill(qtbot, ui.notificationDateEdit, "03-10-2026")
    ui.tabs.setCurrentWidget(ui.dwellingTab)
    fill(qtbot, ui.dwellingAddressEdit, "Rue Haute 5 bte 2")
    fill(qtbot, ui.dwellingPostcodeEdit, "4000")
    assert ui.dwellingMunicipalityEdit.nis() == LIEGE  # filled in from the postcode
    assert ui.destinationEdit.nis() == LIEGE  # and the destination, empty until now
    fill(qtbot, ui.moveInDateEdit, "1/12/2026")
    fill(qtbot, ui.rentEdit, "750,50")
    assert ui.rentEdit.text() == "750,50"
    fill(qtbot, ui.chargesEdit, "80")
    fill(qtbot, ui.guaranteeEdit, "1.501")
    assert ui.guaranteeEdit.text() == "1.501,00"
    fill(qtbot, ui.landlordNameEdit, "Immo Meuse")
    fill(qtbot, ui.landlordPostcodeEdit, "4020")
    assert ui.landlordPlaceLabel.text() == "Liège"
    fill(qtbot, ui.landlordEmailEdit, "gestion@immo-meuse.be")
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    stored = ctx.families.get_family(saved.args[0].id)
    assert stored.arrival_date == dt.date(2026, 9, 2) and stored.destination_nis == LIEGE
    m = stored.members[0]
    assert (m.birth_date, m.card_expiry) == (dt.date(1994, 2, 11), dt.date(2031, 9, 30))
    assert (stored.decision.asylum_application_date, stored.decision.decision_date,
            stored.decision.notification_date) == (dt.date(2025, 3, 14), dt.date(2026, 10, 1), dt.date(2026, 10, 3))
    d = stored.dwelling
    assert (d.address, d.postcode, d.municipality_nis, d.move_in_date) == (
        "Rue Haute 5 bte 2", "4000", LIEGE, dt.date(2026, 12, 1))
    assert (d.rent, d.charges, d.guarantee) == (Decimal("750.50"), Decimal("80"), Decimal("1501"))
    assert (d.landlord_name, d.landlord_postcode, d.landlord_municipality_nis, d.landlord_email) == (
        "Immo Meuse", "4020", LIEGE, "gestion@immo-meuse.be")


def test_the_destination_is_picked_by_any_of_its_names(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    fill(qtbot, dialog.ui.destinationEdit, "Lüttich")
    assert dialog.ui.destinationEdit.nis() == LIEGE and dialog.value().destination_nis == LIEGE


def test_an_existing_family_opens_with_its_new_home_and_keeps_what_it_does_not_show(qtbot, ctx, staff):
    home = DwellingInput(address="Rue Haute 5", postcode="4000", municipality_nis=LIEGE,
                         move_in_date=dt.date(2026, 12, 1), rent=Decimal("700"), landlord_name="Immo Meuse",
                         landlord_postcode="4020")
    created = ctx.families.create_family(family_input(decision=decision(), destination_nis=LIEGE, dwelling=home,
                                                      exit_mode="own_housing", status="left"))
    dialog = open_dialog(qtbot, ctx, ctx.families.get_family(created.id))
    ui = dialog.ui
    assert ui.dwellingAddressEdit.text() == "Rue Haute 5" and ui.dwellingMunicipalityEdit.text() == "Liège"
    assert ui.moveInDateEdit.text() == "01/12/2026" and ui.rentEdit.text() == "700,00"
    assert ui.decisionDateEdit.text() == "01/10/2026"
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    after = ctx.families.get_family(created.id)
    assert after.dwelling == dataclasses.replace(home, landlord_municipality_nis=LIEGE)
    assert after.exit_mode == "own_housing"  # not on the form, not lost


def test_every_field_named_by_the_service_is_highlighted_and_listed(qtbot, ctx, staff):
    data = family_input(
        person(given=""), person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1),
                                 national_number="15.06.01-999.99"),
        contacts=(ContactInput("email", "not an address"),),
        dwelling=DwellingInput(address="Rue Haute 5", postcode="9999", landlord_email="nobody"),
        case_number="X" * 40)
    created_before = ctx.families.count()
    dialog = open_dialog(qtbot, ctx, None)
    dialog._members = [dataclasses.asdict(m) | {"_typed": {}} for m in data.members]
    dialog._refresh_member_rows()
    dialog.ui.caseNumberEdit.setText(data.case_number)
    dialog._add_contact(data.contacts[0])
    dialog._load_dwelling(data.dwelling)
    dialog._current = -1
    dialog._select_member(0)
    dialog.save()
    assert ctx.families.count() == created_before and dialog.isVisible()
    paths = set(dialog.problem_paths())
    assert {"case_number", "members[0].given_names", "members[1].national_number", "contacts[0].value",
            "dwelling.postcode", "dwelling.landlord_email"} <= paths
    ui = dialog.ui
    for widget in (ui.caseNumberEdit, ui.dwellingPostcodeEdit, ui.landlordEmailEdit, ui.contactsTable,
                   ui.givenNamesEdit):
        assert field_marks.is_marked(widget), widget.objectName()
        assert "#c62828" in widget.styleSheet()
    assert "9999 is not a Belgian postcode" in ui.dwellingPostcodeEdit.toolTip()
    assert ui.dwellingPostcodeEdit.actions()  # the warning icon in the field
    # the first problem has the cursor, on its tab, and the list links to every field
    assert ui.tabs.currentWidget() is ui.householdTab and QApplication.focusWidget() is ui.caseNumberEdit
    assert 'href="field:dwelling.landlord_email"' in ui.errorLabel.text()
    dialog._link_activated("field:dwelling.landlord_email")
    assert ui.tabs.currentWidget() is ui.dwellingTab and QApplication.focusWidget() is ui.landlordEmailEdit
    # the other member's field is flagged when they are shown, and their row says so
    assert "(to correct)" in ui.membersTable.item(1, 0).text()
    assert not field_marks.is_marked(ui.nationalNumberEdit)
    dialog._link_activated("field:members[1].national_number")
    assert dialog._current == 1 and field_marks.is_marked(ui.nationalNumberEdit)
    assert QApplication.focusWidget() is ui.nationalNumberEdit
    # correcting a field takes its mark and its line away; nothing typed was lost
    assert ui.landlordEmailEdit.text() == "nobody" and ui.dwellingAddressEdit.text() == "Rue Haute 5"
    fill(qtbot, ui.landlordEmailEdit, "info@immo.be")
    assert not field_marks.is_marked(ui.landlordEmailEdit)
    assert "dwelling.landlord_email" not in dialog.problem_paths()
    assert 'field:dwelling.landlord_email' not in ui.errorLabel.text()


@pytest.mark.parametrize("path", sorted([*FAMILY_FIELDS, *(f"members[0].{f}" for f in MEMBER_FIELDS)]))
def test_each_field_path_the_service_can_name_has_its_field(qtbot, ctx, path):
    dialog = open_dialog(qtbot, ctx)
    dialog.ui.decisionGroup.setChecked(True)
    dialog.show_problems([(path, "Something to correct.")])
    name = FAMILY_FIELDS.get(path) or MEMBER_FIELDS[path.split(".")[1]]
    widget = getattr(dialog.ui, name)
    assert field_marks.message_of(widget) == "Something to correct."
    assert widget is QApplication.focusWidget() or widget.isAncestorOf(QApplication.focusWidget()) \
        or widget.focusProxy() is QApplication.focusWidget()


def test_dates_are_flagged_at_the_field_and_a_wrong_one_stops_the_save(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    fill(qtbot, ui.arrivalDateEdit, "01/09/2026")
    fill(qtbot, ui.exitDateEdit, "31/08/2026")
    assert not ui.exitDateEdit.isValid() and "before the arrival (01/09/2026)" in ui.exitDateEdit.messageLabel().text()
    ui.tabs.setCurrentWidget(ui.membersTab)
    fill(qtbot, ui.givenNamesEdit, "Amal")
    fill(qtbot, ui.familyNameEdit, "Haddad")
    fill(qtbot, ui.birthDateEdit, "03/04/2027")
    assert ui.birthDateEdit.messageLabel().text() == "A birth date cannot be in the future."
    fill(qtbot, ui.birthDateEdit, "03/04/1890")
    assert ui.birthDateEdit.messageLabel().text() == "Born before 1900? Check the year."
    fill(qtbot, ui.cardExpiryEdit, "01/01/2024")
    assert ui.cardExpiryEdit.isValid() and ui.cardExpiryEdit.hasWarning()  # long past: a warning only
    ui.tabs.setCurrentWidget(ui.decisionTab)
    ui.decisionGroup.setChecked(True)
    fill(qtbot, ui.applicationDateEdit, "10/02/2026")
    fill(qtbot, ui.decisionDateEdit, "01/02/2026")
    assert "before the asylum application (10/02/2026)" in ui.decisionDateEdit.messageLabel().text()
    fill(qtbot, ui.decisionDateEdit, "20/08/2026")
    assert ui.decisionDateEdit.isValid() and "before the arrival" in ui.decisionDateEdit.messageLabel().text()
    fill(qtbot, ui.notificationDateEdit, "19/08/2026")
    assert not ui.notificationDateEdit.isValid()
    assert "before the decision (20/08/2026)" in ui.notificationDateEdit.messageLabel().text()
    before = ctx.families.count()
    dialog.save()
    assert ctx.families.count() == before
    assert {"exit_date", "members[0].birth_date", "decision.notification_date"} <= set(dialog.problem_paths())
    assert "decision.decision_date" not in dialog.problem_paths()  # a warning does not stop the save


def test_a_text_that_is_not_a_date_is_kept_when_another_member_is_shown(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.membersTab)
    fill(qtbot, ui.givenNamesEdit, "Amal")
    fill(qtbot, ui.familyNameEdit, "Haddad")
    dialog.add_member()
    fill(qtbot, ui.givenNamesEdit, "Omar")
    fill(qtbot, ui.birthDateEdit, "31/02/2016")
    ui.membersTable.setCurrentCell(0, 0)
    assert ui.birthDateEdit.text() == ""
    ui.membersTable.setCurrentCell(1, 0)
    assert ui.birthDateEdit.text() == "31/02/2016" and not ui.birthDateEdit.isValid()
    ui.membersTable.setCurrentCell(0, 0)
    before = ctx.families.count()
    dialog.save()
    assert ctx.families.count() == before and dialog.problem_paths() == ["members[1].birth_date"]
    assert dialog._current == 1 and QApplication.focusWidget() is ui.birthDateEdit.lineEdit()
    assert "“31/02/2016” is not a date" in ui.errorLabel.text()


def test_a_new_home_elsewhere_than_the_destination_is_shown_at_both_fields(qtbot, ctx, monkeypatch):
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.membersTab)
    fill(qtbot, ui.givenNamesEdit, "Amal")
    fill(qtbot, ui.familyNameEdit, "Haddad")
    ui.tabs.setCurrentWidget(ui.householdTab)
    fill(qtbot, ui.destinationEdit, "Gent")
    assert ui.destinationEdit.nis() == GHENT
    ui.tabs.setCurrentWidget(ui.dwellingTab)
    fill(qtbot, ui.dwellingPostcodeEdit, "4000")
    assert ui.dwellingMunicipalityEdit.nis() == LIEGE and ui.destinationEdit.nis() == GHENT
    before = ctx.families.count()
    dialog.save()
    assert ctx.families.count() == before
    for widget in (ui.destinationEdit, ui.dwellingMunicipalityEdit):
        assert "The new home is in Liège but the family is moving to Gent" in field_marks.message_of(widget)
    # the service refuses it too (and its message is shown at the postcode and the municipality)
    monkeypatch.setattr(dialog, "_own_problems", lambda: [])
    dialog.save()
    assert ctx.families.count() == before and "dwelling.postcode" in dialog.problem_paths()
    assert field_marks.is_marked(ui.dwellingPostcodeEdit) and field_marks.is_marked(ui.dwellingMunicipalityEdit)


def test_postcodes_of_two_municipalities_offer_both(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.dwellingTab)
    fill(qtbot, ui.dwellingPostcodeEdit, "1050")
    assert ui.dwellingMunicipalityEdit.nis() is None
    assert set(ui.dwellingMunicipalityEdit.candidates()) == {"21004", "21009"}
    assert "1050: Bruxelles or Ixelles" in ui.dwellingMunicipalityEdit.placeholderText()
    fill(qtbot, ui.dwellingMunicipalityEdit, "Elsene")
    assert ui.dwellingMunicipalityEdit.nis() == "21009" and ui.dwellingPostcodeEdit.text() == "1050"


def test_amounts_that_are_not_amounts_are_flagged_and_kept(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.dwellingTab)
    fill(qtbot, ui.rentEdit, "seven hundred")
    assert ui.rentEdit.text() == "seven hundred" and field_marks.is_marked(ui.rentEdit)
    dialog.save()
    assert "dwelling.rent" in dialog.problem_paths()
    fill(qtbot, ui.rentEdit, "700")
    assert not field_marks.is_marked(ui.rentEdit) and ui.rentEdit.value() == Decimal("700")


@pytest.mark.parametrize("code", ["en", "ar"])
def test_screenshots_of_the_new_home_and_flagged_fields(qtbot, ctx, code, artifacts):
    i18n.install(QApplication.instance(), code)
    try:
        dialog = open_dialog(qtbot, ctx)
        ui = dialog.ui
        ui.tabs.setCurrentWidget(ui.dwellingTab)
        fill(qtbot, ui.dwellingAddressEdit, "Rue Haute 5")
        fill(qtbot, ui.dwellingPostcodeEdit, "4000")
        fill(qtbot, ui.moveInDateEdit, "31/02/2027")
        fill(qtbot, ui.rentEdit, "750,5")
        fill(qtbot, ui.landlordPostcodeEdit, "4020")
        fill(qtbot, ui.landlordEmailEdit, "nobody")
        dialog.save()
        # the date the dialog cannot read first, and every other problem with it (the service's rules)
        paths = dialog.problem_paths()
        assert paths[0] == "dwelling.move_in_date"
        assert set(paths) == {"dwelling.move_in_date", "dwelling.landlord_email", "members[0].given_names",
                              "members[0].family_name"}
        ui.tabs.setCurrentWidget(ui.dwellingTab)
        qtbot.wait(20)  # the layout follows the texts set
        assert ui.landlordPlaceLabel.width() >= ui.landlordPlaceLabel.sizeHint().width()
        assert dialog.grab().save(str(artifacts / f"family_new_home_{code}.png"))
        ui.tabs.setCurrentWidget(ui.membersTab)
        qtbot.wait(20)
        assert dialog.grab().save(str(artifacts / f"family_members_flagged_{code}.png"))
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_dialogs_own_problems_and_the_services_show_at_once(qtbot, ctx):
    """A date that is not a date (found by the dialog) and a missing family name and a bad e-mail
    (found by the service's rules): one Save names every one of them, and nothing is written."""
    dialog = open_dialog(qtbot, ctx)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.membersTab)
    fill(qtbot, ui.givenNamesEdit, "Amal")
    fill(qtbot, ui.birthDateEdit, "31/02/1990")
    dialog.save()
    paths = set(dialog.problem_paths())
    assert "members[0].birth_date" in paths  # the dialog's own check
    assert "members[0].family_name" in paths  # the service's rule, in the same Save
    assert ctx.families.count() == 0


def test_removing_a_contact_with_the_button_asks_first(qtbot, ctx, confirm_answers):
    answers, asked = confirm_answers
    detail = ctx.families.create_family(family_input(contacts=(ContactInput("phone", "0470 12 34 56"),)))
    dialog = open_dialog(qtbot, ctx, detail)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.contactsTab)
    ui.contactsTable.setCurrentCell(0, 1)
    answers.append(False)  # "Cancel": the contact stays
    qtbot.mouseClick(ui.removeContactButton, Qt.MouseButton.LeftButton)
    assert asked and "0470 12 34 56" in asked[-1] and ui.contactsTable.rowCount() == 1
    answers.append(True)
    qtbot.mouseClick(ui.removeContactButton, Qt.MouseButton.LeftButton)
    assert ui.contactsTable.rowCount() == 0
