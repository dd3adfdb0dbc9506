"""Dates that can be typed (issue 9, point 5): the one date field of the interface.

Typed as a person types (key presses, also Arabic-Indic digits) in each interface language, left
with Tab; empty shown as a grey hint; the calendar opening at today or at the related date, with
Today and Clear; Alt+Down, Escape, Ctrl+Delete; impossible or implausible dates flagged at the
field without losing the text.  Screenshots: test-artifacts/date_edit_<lang>.png and
date_edit_calendar_<lang>.png.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QWidget

from tests.conftest import TODAY
from tests.ui.typing import press, type_text
from transition_app.ui import i18n
from transition_app.ui.widgets import date_edit as de
from transition_app.ui.widgets.date_edit import DateEdit, not_after, not_before, parse_date

ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def today() -> dt.date:
    return TODAY


@pytest.fixture
def language(qapp):
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)

    yield switch
    switch("en")


def make_form(qtbot):
    """A date field between two line edits, in a shown, active window (Tab has somewhere to go)."""
    window = QWidget()
    layout = QFormLayout(window)
    before = QLineEdit(window)
    edit = DateEdit(window, today=today)
    after = QLineEdit(window)
    label = QLabel("&Birth date", window)
    label.setBuddy(edit)
    layout.addRow("Before", before)
    layout.addRow(label, edit)
    layout.addRow("After", after)
    qtbot.addWidget(window)
    window.resize(420, 160)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, before, edit, after


@pytest.fixture
def form(qtbot):
    return make_form(qtbot)


def type_and_leave(qtbot, edit: DateEdit, text: str) -> None:
    edit.lineEdit().clear()
    type_text(qtbot, edit, text)
    press(qtbot, Qt.Key.Key_Tab)


# --------------------------------------------------------------------------- reading typed dates


@pytest.mark.parametrize("text", ["7/3/2026", "07/03/2026", "7.3.2026", "07-03-2026", "7 3 2026", "2026-03-07",
                                  "07032026", "20260307", "٠٧/٠٣/٢٠٢٦", "۷/۳/۲۰۲۶", "\u200f07\u200f/03\u200f/2026"])
def test_every_common_way_of_writing_a_date_is_read(text):
    assert parse_date(text).date == dt.date(2026, 3, 7)


@pytest.mark.parametrize(("text", "reason"), [
    ("31/02/2026", "no_such_day"), ("29/02/2025", "no_such_day"), ("7/13/2026", "no_such_month"),
    ("7/3/26", "year_digits"), ("070326", "year_digits"), ("7/3", "no_year"), ("next week", "unreadable"),
    ("", "empty"), ("2026-3", "unreadable"),
])
def test_what_is_not_a_date_says_why(text, reason):
    result = parse_date(text)
    assert result.date is None and result.reason == reason


def test_the_month_first_order_of_other_locales_is_followed():
    assert parse_date("3/7/2026", "mdy").date == dt.date(2026, 3, 7)
    assert parse_date("2026-03-07", "mdy").date == dt.date(2026, 3, 7)  # ISO whatever the locale


# --------------------------------------------------------------------------- typing, per language

EXPECTED = {"en": "07/03/2026", "fr": "07/03/2026", "nl": "07/03/2026", "de": "07.03.2026",
            "ar": "٠٧\u200f/٠٣\u200f/٢٠٢٦"}
HINTS = {"en": "dd/mm/yyyy"}


@pytest.mark.parametrize("code", ["en", "fr", "nl", "de", "ar"])
def test_typed_in_each_interface_language_and_tab_keeps_it(qtbot, language, code):
    language(code)
    window, before, edit, after = make_form(qtbot)
    assert edit.text() == "" and edit.date() is None
    hint = edit.placeholderText()
    assert hint and hint == de.hint_text()  # a grey hint, never text typed into
    assert code != "en" or hint == "dd/mm/yyyy"
    assert code != "de" or "." in hint
    changes = []
    edit.dateChanged.connect(changes.append)
    typed = "7.3.2026" if code == "de" else "7/3/2026"
    if code == "ar":
        typed = typed.translate(ARABIC)
    type_text(qtbot, edit, typed)
    assert edit.text() == typed  # what was typed, nothing appended to a "not set"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # Tab leaves the field
    assert edit.date() == dt.date(2026, 3, 7) and changes == [dt.date(2026, 3, 7)]
    assert edit.text() == EXPECTED[code]  # normalised to the locale's form
    for other in ("2026-03-07", "07032026", "07-03-2026"):  # also in Western digits, in Arabic too
        type_and_leave(qtbot, edit, other)
        assert edit.date() == dt.date(2026, 3, 7) and edit.text() == EXPECTED[code]
    assert edit.isValid() and not edit.messageLabel().isVisible()


def test_arabic_lays_the_field_out_right_to_left(qtbot, language):
    language("ar")
    window, _before, edit, _after = make_form(qtbot)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert edit.lineEdit().x() > edit.calendarButton().x()  # the button on the left, at the end
    assert edit.lineEdit().alignment() & Qt.AlignmentFlag.AlignRight
    edit.setDate(dt.date(2026, 11, 23))
    assert edit.text() == "٢٣\u200f/١١\u200f/٢٠٢٦"
    assert parse_date(edit.text()).date == dt.date(2026, 11, 23)


def test_empty_is_a_value_and_ctrl_delete_clears(qtbot, form):
    _window, _before, edit, _after = form
    edit.setDate(dt.date(2025, 1, 2))
    edit.setFocus()
    changes = []
    edit.dateChanged.connect(changes.append)
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert edit.date() is None and edit.text() == "" and changes == [None]
    assert edit.isValid() and edit.placeholderText() == "dd/mm/yyyy"


def test_a_required_field_says_so_and_is_flagged_when_left_empty(qtbot, form):
    _window, _before, edit, _after = form
    edit.setRequired(True)
    assert "required" in edit.placeholderText()
    assert "Required." in edit.lineEdit().accessibleDescription()
    assert not edit.isValid()
    assert edit.revalidate(show_required=True).error
    assert edit.messageLabel().isVisible() and edit.messageLabel().text() == "A date is needed here."


def test_up_and_down_move_a_day_page_keys_a_month(qtbot, form):
    _window, _before, edit, _after = form
    edit.setDate(dt.date(2026, 1, 31))
    edit.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert edit.date() == dt.date(2026, 2, 1)
    press(qtbot, Qt.Key.Key_PageDown)
    assert edit.date() == dt.date(2026, 1, 1)


# --------------------------------------------------------------------------- the calendar


def test_the_calendar_opens_at_today_with_today_and_clear(qtbot, form):
    _window, _before, edit, _after = form
    edit.setFocus()
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.popup()
    assert popup is not None and popup.isVisible()
    cal = popup.calendar
    assert (cal.yearShown(), cal.monthShown()) == (2026, 11)  # today of the clock, not January 1900
    assert popup.todayButton.isVisible() and popup.clearButton.isVisible()
    qtbot.mouseClick(popup.todayButton, Qt.MouseButton.LeftButton)
    assert not popup.isVisible() and edit.date() == TODAY
    edit.openCalendar()
    assert (cal.yearShown(), cal.monthShown()) == (2026, 11)
    qtbot.mouseClick(popup.clearButton, Qt.MouseButton.LeftButton)
    assert edit.date() is None and edit.text() == ""


def test_the_calendar_opens_at_the_related_date_then_at_the_date_shown(qtbot, form):
    _window, _before, edit, _after = form
    decision = dt.date(2024, 5, 17)
    edit.setRelatedDate(lambda: decision)
    edit.openCalendar()
    cal = edit.popup().calendar
    assert (cal.yearShown(), cal.monthShown()) == (2024, 5)
    press(qtbot, Qt.Key.Key_Escape)
    assert not edit.popup().isVisible() and edit.date() is None  # Escape closes, nothing chosen
    edit.setDate(dt.date(2019, 8, 1))
    edit.openCalendar()
    assert (cal.yearShown(), cal.monthShown()) == (2019, 8) and cal.selectedDate().toPython() == dt.date(2019, 8, 1)
    press(qtbot, Qt.Key.Key_Right)  # the keyboard moves in the calendar, Enter chooses
    press(qtbot, Qt.Key.Key_Return)
    assert not edit.popup().isVisible() and edit.date() == dt.date(2019, 8, 2)


def test_the_calendar_respects_the_limits_and_a_required_field_has_no_clear(qtbot, form):
    _window, _before, edit, _after = form
    edit.setRequired(True)
    edit.setMinimum(dt.date(2026, 1, 1))
    edit.setMaximum(TODAY)
    edit.openCalendar()
    popup = edit.popup()
    assert not popup.clearButton.isVisible()
    assert popup.calendar.minimumDate().toPython() == dt.date(2026, 1, 1)
    assert popup.calendar.maximumDate().toPython() == TODAY
    popup.hide()
    type_and_leave(qtbot, edit, "01/12/2026")
    assert not edit.isValid() and "cannot be after 23/11/2026" in edit.messageLabel().text()


# --------------------------------------------------------------------------- flags at the field


def test_not_a_date_is_flagged_and_the_text_kept(qtbot, form):
    _window, _before, edit, after = form
    type_and_leave(qtbot, edit, "31/02/2026")
    assert QApplication.focusWidget() is after
    assert edit.text() == "31/02/2026" and edit.date() is None and not edit.isValid()
    message = edit.messageLabel().text()
    assert edit.messageLabel().isVisible() and "February 2026 has 28 days" in message
    assert "#c62828" in edit.lineEdit().styleSheet()  # the red frame
    assert edit.lineEdit().actions()  # the warning icon inside the field
    assert message in edit.lineEdit().toolTip() and message in edit.lineEdit().accessibleDescription()
    type_and_leave(qtbot, edit, "28/02/2026")
    assert edit.isValid() and not edit.messageLabel().isVisible() and edit.lineEdit().styleSheet() == ""


def test_a_two_digit_year_is_not_guessed(qtbot, form):
    _window, _before, edit, _after = form
    type_and_leave(qtbot, edit, "7/3/26")
    assert edit.date() is None and not edit.isValid() and edit.text() == "7/3/26"
    assert "four digits" in edit.messageLabel().text()


def test_checks_give_errors_and_warnings(qtbot, form):
    _window, _before, edit, _after = form
    edit.setChecks([not_after(today, "A birth date cannot be in the future."),
                    not_before(dt.date(1900, 1, 1), "Born before 1900? Check the year."),
                    not_before(dt.date(1930, 1, 1), "Born before {date}: are you sure?", error=False)])
    type_and_leave(qtbot, edit, "01/01/2027")
    assert not edit.isValid() and edit.messageLabel().text() == "A birth date cannot be in the future."
    assert edit.date() == dt.date(2027, 1, 1)  # the date is kept, flagged
    type_and_leave(qtbot, edit, "12/05/1899")
    assert not edit.isValid() and edit.messageLabel().text() == "Born before 1900? Check the year."
    type_and_leave(qtbot, edit, "12/05/1925")
    assert edit.isValid() and edit.hasWarning()  # a warning: still valid
    assert edit.messageLabel().text() == "Born before 01/01/1930: are you sure?"
    assert "#e08600" in edit.lineEdit().styleSheet()
    type_and_leave(qtbot, edit, "12/05/1990")
    assert edit.isValid() and edit.problem() is None


def test_fields_that_compare_are_checked_again_when_the_other_changes(qtbot, form):
    window, _before, decision, _after = form
    notification = DateEdit(window, today=today)
    notification.setChecks([not_before(decision.date, "The notification cannot be before the decision ({date}).")])
    window.layout().addRow("Notification", notification)
    de.link(decision, notification)
    decision.setDate(dt.date(2026, 5, 10))
    notification.setDate(dt.date(2026, 5, 12))
    assert notification.isValid()
    type_and_leave(qtbot, decision, "20/05/2026")
    assert not notification.isValid()
    assert notification.messageLabel().text() == "The notification cannot be before the decision (20/05/2026)."


def test_the_label_names_the_field_for_screen_readers(qtbot, form):
    _window, _before, edit, _after = form
    assert edit.lineEdit().accessibleName() == "Birth date"
    assert "Alt+Down" in edit.lineEdit().accessibleDescription()


def test_it_is_built_in_code_in_one_line(qtbot):
    edit = DateEdit(today=today, required=True, checks=[not_after(today, "future")], related=dt.date(2020, 2, 2),
                    accessible_name="Decision date")
    qtbot.addWidget(edit)
    edit.setDate(dt.date(2030, 1, 1))
    assert not edit.isValid() and edit.lineEdit().accessibleName() == "Decision date"
    edit.setDate(None)
    edit.openCalendar()
    assert (edit.popup().calendar.yearShown(), edit.popup().calendar.monthShown()) == (2020, 2)


# --------------------------------------------------------------------------- what a person sees


@pytest.mark.parametrize("code", ["en", "ar"])
def test_screenshots_of_the_date_field(qtbot, language, code, artifacts):
    language(code)
    window = QWidget()
    layout = QFormLayout(window)
    empty = DateEdit(window, today=today)
    filled = DateEdit(window, today=today)
    filled.setDate(dt.date(2026, 3, 7))
    wrong = DateEdit(window, today=today)
    future = DateEdit(window, today=today, checks=[not_after(today, "A birth date cannot be in the future.")])
    old = DateEdit(window, today=today, checks=[not_before(dt.date(2025, 11, 23), "Expired more than a year ago.",
                                                           error=False)])
    required = DateEdit(window, today=today, required=True)
    for text, edit in (("Empty", empty), ("Filled", filled), ("Not a date", wrong), ("Future", future),
                       ("Warning", old), ("Required", required)):
        layout.addRow(text, edit)
    qtbot.addWidget(window)
    window.resize(520, 330)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    type_and_leave(qtbot, wrong, "31/02/2026")
    type_and_leave(qtbot, future, "01/01/2027")
    old.setDate(dt.date(2024, 6, 30))
    assert window.grab().save(str(artifacts / f"date_edit_{code}.png"))
    filled.openCalendar()
    popup = filled.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() < 520  # not three times wider in Arabic (Qt's default column width)
    assert popup.grab().save(str(artifacts / f"date_edit_calendar_{code}.png"))
    popup.hide()
