"""The letter dialog: every missing value at once (fields framed, first one focused, in the person's
language, no internal names), the new dwelling prefilled from the family file and saved back to it."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import decision, family_input, person
from transition_app.services.audit import AuditQuery
from transition_app.services.directory_service import DirectoryEntryInput
from transition_app.services.dto import DwellingInput
from transition_app.ui import i18n
from transition_app.ui.dialogs.letter_dialog import RECIPIENT, RECIPIENT_ADDRESS, LetterDialog

HOME = DwellingInput(address="Rue Haute 5", postcode="4000", move_in_date=dt.date(2026, 12, 1),
                     rent=Decimal("650"), guarantee=Decimal("1300"), landlord_name="Jean Dupont",
                     landlord_address="Avenue Rogier 12", landlord_postcode="4000")
#: what may never reach a person: placeholder names, template ids, catalog keys, field paths
INTERNAL = re.compile(r"[{}]|cpas_rental_guarantee|dwelling_address|lease_start|decision_date|destination_nis"
                      r"|common\.label|decision\.")


@pytest.fixture
def family(ctx, staff):
    def make(with_decision: bool = True, destination: str | None = "62063", dwelling: DwellingInput | None = None):
        data = family_input(person(), person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
                            centre_id=staff["centre"].id, worker_id=staff["anna"].id,
                            arrival_date=dt.date(2025, 3, 1), destination_nis=destination,
                            exit_date=dt.date(2026, 12, 1),  # letters print only a recorded exit date
                            decision=decision() if with_decision else None, dwelling=dwelling)
        if ctx.directory.get("cpas:62063").version is None:  # the CPAS's postal address is known
            ctx.directory.update("cpas:62063", DirectoryEntryInput(address="Place Saint-Jacques 13",
                                                                   postcode="4000"), None)
        return ctx.families.get_family(ctx.families.create_family(data).id)
    return make


@pytest.fixture
def ui_language(qapp):
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)

    yield switch
    switch("en")


def open_dialog(qtbot, ctx, fam, template: str) -> LetterDialog:
    dialog = LetterDialog(ctx, fam)
    qtbot.addWidget(dialog)
    dialog.resize(760, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData(template))
    return dialog


def framed(dialog: LetterDialog) -> set[str]:
    """The fields framed in red (each input with its message; the addressee)."""
    return {name for name, frame in dialog.frames.items() if frame.property("missing")}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "de", "ar"])
def test_every_missing_value_is_shown_at_once_in_the_persons_language(qtbot, ctx, family, ui_language, artifacts,
                                                                      lang):
    ui_language(lang)
    fam = family(with_decision=False, destination=None)
    dialog = open_dialog(qtbot, ctx, fam, "cpas_rental_guarantee")
    assert dialog.show_preview() is None  # nothing can be made: no preview, the problems instead
    # the letter's own fields: every one framed, with its message beside it, the first one focused
    assert framed(dialog) == {"dwelling_address", "lease_start", "rent"}
    assert dialog.highlighted == ["dwelling_address", "lease_start", "rent"]
    qtbot.waitUntil(lambda: dialog.inputs["dwelling_address"].hasFocus())
    text = dialog.ui.messageLabel.text()
    assert dialog.ui.messageLabel.isVisible() and text.count("<li>") == 3  # what to fill in in the family file
    shown = [text] + [dialog.marks[name].text() for name in ("dwelling_address", "lease_start", "rent")]
    for name in ("dwelling_address", "lease_start", "rent"):
        assert dialog.marks[name].isVisible() and dialog.marks[name].text() not in text  # said under the field
        assert dialog.inputs[name].accessibleDescription() == dialog.marks[name].text()  # screen readers too
    text = "\n".join(shown)
    assert not INTERNAL.search(text), text
    if lang == "en":
        assert "Address of the new dwelling is needed for this letter." in text
        assert "Decision date (family file ▸ Decision) is needed for this letter." in text
        assert "Destination municipality (family file ▸ Household)" in text
    else:  # translated: not the English sentences
        assert "is needed for this letter" not in text and "family file" not in text
    qtbot.wait(50)  # the layout makes room for the messages
    assert dialog.grab().save(str(artifacts / f"letter_dialog_missing_{lang}.png"))
    # typing a value takes its frame away at once; the others stay
    dialog.set_input("rent", Decimal("650"))
    assert framed(dialog) == {"dwelling_address", "lease_start"}


def test_a_stored_dwelling_prefills_the_letter_and_changes_are_saved_to_the_family_file(qtbot, ctx, family,
                                                                                        ui_language, artifacts):
    fam = family(dwelling=HOME)
    dialog = open_dialog(qtbot, ctx, fam, "cpas_rental_guarantee")
    values = dialog.input_values()
    assert values["dwelling_address"] == ("Rue Haute 5", "4000 Liège") and values["rent"] == Decimal("650")
    assert values["guarantee_amount"] == Decimal("1300") and values["landlord_name"] == "Jean Dupont"
    assert values["lease_start"] is None  # not part of the family file
    for name in ("dwelling_address", "rent", "guarantee_amount", "landlord_name"):
        assert dialog.marks[name].text() == "from the family file"
    assert dialog.marks["lease_start"].text() == ""
    assert not dialog.ui.saveDwellingButton.isEnabled()  # nothing changed yet
    qtbot.wait(50)
    assert dialog.grab().save(str(artifacts / "letter_dialog_prefilled_en.png"))
    assert dialog.show_preview() is None and framed(dialog) == {"lease_start"}  # only what is really missing
    dialog.set_input("lease_start", dt.date(2026, 12, 1))
    dialog.set_input("rent", Decimal("700"))
    assert dialog.marks["rent"].text() == "changed for this letter" and dialog.ui.saveDwellingButton.isEnabled()
    preview = dialog.show_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    preview.close()
    # saved to the family file: the next letter (and the next dialog) has the new rent
    saved = dialog.save_to_family_file()
    assert saved is not None and saved.dwelling.rent == Decimal("700") and saved.dwelling.address == "Rue Haute 5"
    assert ctx.families.get_family(fam.id).dwelling.guarantee == Decimal("1300")  # the rest is kept
    assert dialog.marks["rent"].text() == "from the family file" and not dialog.ui.saveDwellingButton.isEnabled()
    assert "Saved to the family file" in dialog.ui.messageLabel.text()
    assert [e.details.get("what") for e in ctx.audit.browse(AuditQuery(family_id=fam.id, action="edit"))][0] \
        == "dwelling"
    dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData("municipality_registration"))
    assert dialog.input_values() == {"dwelling_address": ("Rue Haute 5", "4000 Liège"),
                                     "move_in_date": dt.date(2026, 12, 1)}
    # the landlord letter is addressed to the recorded landlord
    dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData("landlord_introduction"))
    assert dialog.ui.recipientEdit.isVisible()
    assert dialog.ui.recipientEdit.toPlainText() == "Jean Dupont\nAvenue Rogier 12\n4000 Liège"
    assert dialog.marks[RECIPIENT].text() == "from the family file"
    # in Arabic, right to left
    dialog.close()
    ui_language("ar")
    arabic = open_dialog(qtbot, ctx, ctx.families.get_family(fam.id), "cpas_rental_guarantee")
    assert arabic.marks["rent"].text() not in ("", "from the family file")
    qtbot.wait(50)
    assert arabic.grab().save(str(artifacts / "letter_dialog_prefilled_ar.png"))


def test_a_dwelling_typed_in_the_letter_is_typed_once(qtbot, ctx, family):
    """No dwelling recorded: the worker types it for one letter, saves it, and the next letter has it."""
    fam = family()
    dialog = open_dialog(qtbot, ctx, fam, "cpas_integration_income")
    assert dialog.input_values() == {"dwelling_address": None}
    dialog.set_input("dwelling_address", ("Hoogstraat 1", "bus 2", "4000 Luik"))
    assert dialog.ui.saveDwellingButton.isEnabled()
    saved = dialog.save_to_family_file()
    assert saved is not None and saved.dwelling.address == "Hoogstraat 1, bus 2"
    assert saved.dwelling.postcode == "4000" and saved.dwelling.municipality_nis == "62063"
    dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData("municipality_registration"))
    assert dialog.input_values()["dwelling_address"] == ("Hoogstraat 1, bus 2", "4000 Liège")


def test_a_wrong_dwelling_is_refused_at_its_field_and_the_file_is_unchanged(qtbot, ctx, family):
    fam = family()
    dialog = open_dialog(qtbot, ctx, fam, "cpas_integration_income")
    dialog.set_input("dwelling_address", ("Rue de Namur 1", "5000 Namur"))  # not the destination (Liège)
    assert dialog.save_to_family_file() is None
    assert framed(dialog) == {"dwelling_address"}
    assert "not a postcode of Liège" in dialog.marks["dwelling_address"].text()
    assert "The family file was not changed" in dialog.ui.messageLabel.text()
    assert ctx.families.get_family(fam.id).dwelling is None


def test_the_checks_are_shown_beside_their_field_and_the_dialog_offers_the_competent_cpas(qtbot, ctx, family,
                                                                                      artifacts):
    """A Molenbeek family with a flat in Anderlecht: refused under the address field, the switch to the
    CPAS of Anderlecht offered; its unknown postal address asked and saved to the directory; the
    unreviewed authority wording said in the dialog (not on the letter)."""
    fam = family(destination="21012")
    dialog = open_dialog(qtbot, ctx, fam, "cpas_integration_income")
    assert "a jurist has not yet reviewed it" in dialog.ui.draftLabel.text()
    dialog.set_input("dwelling_address", ("Rue Wayez 10", "1070 Anderlecht"))
    assert dialog.show_preview() is None
    assert "dwelling_address" in framed(dialog)
    assert "CPAS d'Anderlecht" in dialog.marks["dwelling_address"].text()  # beside the field
    assert dialog.switch_button.isVisibleTo(dialog) and "Anderlecht" in dialog.switch_button.text()
    dialog.grab().save(str(artifacts / "letter-dialog-wrong-cpas.png"))
    assert dialog.switch_to_competent() is None  # addressed to Anderlecht now: its address is not known
    assert dialog.recipient_key == "cpas:21001" and RECIPIENT_ADDRESS in framed(dialog)
    assert dialog.address_edit.isVisibleTo(dialog)
    dialog.address_edit.setPlainText("Avenue Clemenceau 1\n1070 Anderlecht")
    dialog.save_address_check.setChecked(True)
    dialog.grab().save(str(artifacts / "letter-dialog-address.png"))
    preview = dialog.show_preview()
    assert preview is not None
    assert ctx.directory.get("cpas:21001").address == "Avenue Clemenceau 1"
    preview.close()


def test_a_referral_without_consent_asks_for_a_reason_and_the_override_is_audited(qtbot, ctx, family, tmp_path):
    from transition_app.services.audit import AuditAction

    fam = family()
    dialog = open_dialog(qtbot, ctx, fam, "integration_referral")
    dialog.address_edit.setPlainText("Rue X 1\n4000 Liège")
    dialog._show_check_fields(address=True)
    assert dialog.show_preview() is None
    assert dialog.reason_edit.isVisibleTo(dialog) and "consent" in framed(dialog)
    assert "No consent of the family is recorded" in dialog.ui.messageLabel.text()
    dialog.reason_edit.setText("too short")
    assert dialog.show_preview() is None and "at least 20 characters" in dialog.marks["consent"].text()
    dialog.reason_edit.setText("Consent given orally at the interview, the form follows.")
    preview = dialog.show_preview()
    assert preview is not None and dialog.last_check.consent.override is not None
    preview._on_save("pdf", tmp_path / "r.pdf", b"%PDF-1.4 x")
    entries = ctx.audit.browse(AuditQuery(family_id=fam.id, action=AuditAction.CONSENT_OVERRIDE))
    assert len(entries) == 1 and entries[0].details["document_id"] == "integration_referral"
    preview.close()
