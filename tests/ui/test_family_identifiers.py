"""The identifiers a CPAS needs in the family dialog (issue 10, point 4): the national register number
per member and the Immigration Office (OE/DVZ) number, highlighted like the other fields when wrong,
formatted when saved; nothing typed is lost."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import family_input, person
from tests.ui.test_family_dialog import click_save, fill, open_dialog
from transition_app.domain.identifiers import nrn_check_digits
from transition_app.ui import i18n
from transition_app.ui.widgets import field_marks

BIRTH = dt.date(1994, 2, 11)


@pytest.fixture(autouse=True)
def english(qapp, confirm_answers):
    i18n.install(QApplication.instance(), "en")


def nrn(birth: dt.date, serial: int) -> str:
    first = f"{birth:%y%m%d}{serial:03d}"
    return first + nrn_check_digits(first, birth.year >= 2000)


def test_a_wrong_national_number_and_oe_number_are_flagged_and_nothing_is_lost(qtbot, ctx, tmp_path):
    created = ctx.families.create_family(family_input(person("Semhar", "Woldemichael", birth_date=BIRTH)))
    dialog = open_dialog(qtbot, ctx, created)
    ui = dialog.ui
    good = nrn(BIRTH, 42)
    bad = good[:-2] + f"{(int(good[-2:]) + 1) % 97:02d}"  # wrong check digits
    ui.tabs.setCurrentWidget(ui.membersTab)
    fill(qtbot, ui.nationalNumberEdit, bad)
    ui.tabs.setCurrentWidget(ui.decisionTab)
    fill(qtbot, ui.oeNumberEdit, "8.12x.456")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert set(dialog.problem_paths()) == {"members[0].national_number", "oe_number"}
    text = ui.errorLabel.text()
    assert "WOLDEMICHAEL Semhar: the national register number is not valid" in text
    assert text.count("WOLDEMICHAEL Semhar") == 1  # the member named once
    assert "Immigration Office (OE/DVZ) number: only digits" in text
    assert field_marks.is_marked(ui.oeNumberEdit) and "#c62828" in ui.oeNumberEdit.styleSheet()
    assert ctx.families.get_family(created.id).members[0].national_number is None  # nothing saved
    dialog._link_activated("field:members[0].national_number")
    assert field_marks.is_marked(ui.nationalNumberEdit) and QApplication.focusWidget() is ui.nationalNumberEdit
    assert ui.nationalNumberEdit.text() == bad and ui.oeNumberEdit.text() == "8.12x.456"  # kept as typed
    dialog.grab().save(str(tmp_path / "family_nrn.png"))
    ui.tabs.setCurrentWidget(ui.decisionTab)
    dialog.grab().save(str(tmp_path / "family_oe.png"))
    # corrected: saved compact, shown formatted
    fill(qtbot, ui.oeNumberEdit, "SP 8123456")
    ui.tabs.setCurrentWidget(ui.membersTab)
    fill(qtbot, ui.nationalNumberEdit, good)
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    detail = saved.args[0]
    assert detail.oe_number == "8.123.456"
    assert detail.members[0].national_number == good
    assert detail.members[0].national_number_formatted == f"{good[:2]}.{good[2:4]}.{good[4:6]}-{good[6:9]}.{good[9:]}"
    again = open_dialog(qtbot, ctx, ctx.families.get_family(created.id))
    assert again.ui.nationalNumberEdit.text() == detail.members[0].national_number_formatted
    assert again.ui.oeNumberEdit.text() == "8.123.456"
