"""The consents dialog records what a consent is for (a purpose letters and dossiers check), its
recipient from the directory, and whether confidential notes may be shared too."""

from __future__ import annotations

import datetime as dt

from tests.conftest import decision, family_input, person
from transition_app.services.consent_check import decide, family_consents
from transition_app.ui.dialogs.consents import ConsentsDialog


def test_a_consent_names_its_purpose_recipient_and_confidential_notes(qtbot, ctx, staff, artifacts):
    fam = ctx.families.get_family(ctx.families.create_family(family_input(
        person(), centre_id=staff["centre"].id, worker_id=staff["anna"].id, destination_nis="62063",
        decision=decision())).id)
    dialog = ConsentsDialog(ctx, fam)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.recipientCombo.itemData(1) == "cpas:62063"  # the family's destination first
    ui.purposeCombo.setCurrentIndex(ui.purposeCombo.findData("referral"))
    ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findData("agency:cri_wallonia"))
    assert "intégration" in ui.sharedWithEdit.text()  # the entry's name, editable
    ui.confidentialCheck.setChecked(True)
    dialog.grab().save(str(artifacts / "consents-dialog.png"))
    assert dialog.add(), ui.errorLabel.text()
    (view,) = ctx.gdpr.list_consents(fam.id)
    assert (view.purpose_code, view.recipient_key, view.covers_confidential) == (
        "referral", "agency:cri_wallonia", True)
    assert view.purpose == "Referral to a service"  # no free text typed: the purpose's label is kept
    assert ui.consentsTable.item(0, 0).text() == "Referral to a service"
    assert ui.consentsTable.item(0, 7).text()  # confidential notes: yes
    with ctx.db.read() as s:
        records = family_consents(s, fam.id)
    found = decide(records, "referral", "agency:cri_wallonia", "", dt.date(2026, 11, 23), confidential=True)
    assert found.consent is not None and found.consent.id == view.id
