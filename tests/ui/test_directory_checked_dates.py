"""The directory dialog shows when each detail was checked, dates a typed detail today and marks an
address uncertain (issue 10, point 2)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tests.ui.typing import type_text
from transition_app.access.permissions import Actor
from transition_app.services.directory_service import DirectoryEntryInput
from transition_app.ui import i18n
from transition_app.ui.dialogs.directory_editor import COL_NAME, DirectoryEditorDialog

EARLIER = dt.date(2025, 5, 2)


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install(QApplication.instance(), "en")


def test_checked_dates_shown_set_by_typing_and_saved_with_the_uncertain_mark(qtbot, ctx, staff, tmp_path):
    anna = ctx.for_actor(Actor(staff["anna"].id, "anna", "social_worker", staff["centre"].id))
    entry = anna.directory.add(DirectoryEntryInput(
        name="Convivial", kind="ngo", service="ngo", address="Rue du Charroi 33", postcode="1190",
        phone="+32 2 503 43 46", email="info@example.org", opening_hours="Mon-Fri 9:00-17:00",
        address_checked_on=EARLIER, phone_checked_on=EARLIER, email_checked_on=EARLIER, hours_checked_on=EARLIER))
    dialog = DirectoryEditorDialog(anna)
    qtbot.addWidget(dialog)
    dialog.resize(1250, 720)
    dialog.show()
    ui = dialog.ui
    ui.localOnlyCheck.setChecked(True)
    dialog.reload()
    assert dialog.select(entry.key)
    ui.entriesTable.setCurrentCell(dialog.row_of(entry.key), COL_NAME)
    assert ui.addressCheckedLabel.text() == "checked on"
    assert [getattr(ui, n).date() for n in ("addressCheckedEdit", "phoneCheckedEdit", "emailCheckedEdit",
                                           "hoursCheckedEdit")] == [EARLIER] * 4
    assert not ui.uncertainCheck.isChecked()
    # the worker types a new phone number: it was checked today; the other dates stay
    ui.phoneEdit.selectAll()
    type_text(qtbot, ui.phoneEdit, "02 503 00 00")
    assert ui.phoneCheckedEdit.date() == TODAY and ui.emailCheckedEdit.date() == EARLIER
    ui.uncertainCheck.setChecked(True)
    dialog.grab().save(str(tmp_path / "directory.png"))
    saved = dialog.save()
    assert saved is not None
    stored = anna.directory.get(entry.key)
    assert (stored.phone, stored.phone_checked_on, stored.email_checked_on, stored.uncertain) == (
        "02 503 00 00", TODAY, EARLIER, True)
    assert anna.directory.postal_address(entry.key).status == "uncertain"
    # a date in the future is refused at the field
    ui.emailCheckedEdit.setDate(TODAY + dt.timedelta(days=3))
    assert dialog.save() is None and "future" in ui.errorLabel.text()
