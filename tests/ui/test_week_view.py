"""The week view (appointments day by day, week navigation, keyboard, .ics export), the appointment
dialog and the Appointments menu of the main window (new appointment, step cards)."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtPdf import QPdfDocument

from tests.conftest import TODAY, decision, family_input, person
from transition_app.services.appointments import AppointmentInput, week_start
from transition_app.ui.views import week_view as wv
from transition_app.ui.views.week_view import WeekView

MONDAY = week_start(TODAY)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


@pytest.fixture
def families(ctx, staff):
    haddad = ctx.families.create_family(family_input(decision=decision(), destination_nis="62063",
                                                     centre_id=staff["centre"].id, worker_id=staff["anna"].id))
    tesfay = ctx.families.create_family(family_input(
        person("Tesfay", "Haile", nationality="ER", languages=("ti",), preferred_language="ti", sex="M"),
        decision=decision(), destination_nis="21004", centre_id=staff["centre"].id, worker_id=staff["anna"].id))
    return haddad, tesfay


@pytest.fixture
def booked(ctx, families):
    haddad, tesfay = families
    return {
        "cpas": ctx.appointments.add(haddad.id, AppointmentInput(
            "CPAS de Liège — first interview", at(2, 14), at(2, 15), "Place Saint-Jacques 13, 4000 Liège",
            ("A card", "Lease", "Bank card"), "Bea (buddy)")),
        "bank": ctx.appointments.add(tesfay.id, AppointmentInput(
            "Bank: open an account", at(2, 9, 30), at(2, 10), "BNP Paribas Fortis, Rue Neuve 1, Bruxelles",
            ("A card",), "Interpreter (Tigrinya)")),
        "doctor": ctx.appointments.add(haddad.id, AppointmentInput(
            "Family doctor: registration", at(4, 11), at(4, 11, 30), "Maison médicale Sainte-Walburge")),
        "next": ctx.appointments.add(tesfay.id, AppointmentInput(
            "Commune: address declaration", at(8, 10), at(8, 10, 30), "Hôtel de ville de Bruxelles")),
    }


@pytest.fixture
def view(qtbot, ctx, booked):
    w = WeekView(ctx)
    qtbot.addWidget(w)
    w.resize(1180, 620)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def titles(view, day: dt.date) -> list[str]:
    return [a.title for a in view.model.appointments_on(day)]


def row_texts(view, appointment_id: int) -> list[str]:
    index = view.model.index_of(appointment_id)
    return [view.model.index(index.row(), col, index.parent()).data() for col in range(view.model.columnCount())]


def test_the_week_shows_each_appointment_on_its_day(view, booked, artifacts):
    assert view.monday == MONDAY
    wednesday = MONDAY + dt.timedelta(days=2)
    assert titles(view, wednesday) == ["Bank: open an account", "CPAS de Liège — first interview"]  # by time
    assert titles(view, MONDAY + dt.timedelta(days=4)) == ["Family doctor: registration"]
    assert all(titles(view, MONDAY + dt.timedelta(days=d)) == [] for d in (0, 1, 3, 5, 6))
    assert row_texts(view, booked["cpas"].id) == ["14:00–15:00", "HADDAD Amal", "CPAS de Liège — first interview",
                                                  "Place Saint-Jacques 13, 4000 Liège", "A card, Lease, Bank card",
                                                  "Bea (buddy)"]
    day_rows = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert len(day_rows) == 7 and day_rows[0].startswith("Monday 23 November (today)")
    assert day_rows[2] == "Wednesday 25 November — 2 appointments" and "no appointments" in day_rows[1]
    assert "23 – 29 November 2026" in view.ui.weekLabel.text() and "week 48" in view.ui.weekLabel.text()
    assert not view.ui.todayButton.isEnabled()  # this week is shown
    assert view.current_appointment().id == booked["bank"].id  # the first of the week is current
    assert view.ui.weekTree.accessibleName() and view.ui.weekLabel.accessibleName()
    view.grab().save(str(artifacts / "week_view.png"))


def test_previous_next_today_buttons_and_keys(qtbot, view, booked):
    qtbot.mouseClick(view.ui.nextButton, Qt.MouseButton.LeftButton)
    assert view.monday == MONDAY + dt.timedelta(days=7)
    assert titles(view, MONDAY + dt.timedelta(days=8)) == ["Commune: address declaration"]
    assert view.ui.todayButton.isEnabled() and "30 November – 6 December 2026" in view.ui.weekLabel.text()
    qtbot.mouseClick(view.ui.todayButton, Qt.MouseButton.LeftButton)
    assert view.monday == MONDAY
    tree = view.ui.weekTree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.monday == MONDAY + dt.timedelta(days=7)
    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.monday == MONDAY - dt.timedelta(days=7)
    assert not view.ui.exportButton.isEnabled()  # nothing to export that week
    qtbot.keyClick(tree, Qt.Key.Key_PageDown)
    qtbot.keyClick(tree, Qt.Key.Key_PageDown)
    assert view.monday == MONDAY + dt.timedelta(days=7)
    qtbot.keyClick(tree, Qt.Key.Key_PageUp)
    assert view.monday == MONDAY


def test_enter_opens_the_appointment_and_saving_moves_it(qtbot, view, booked):
    tree = view.ui.weekTree
    tree.setFocus()
    view.select_appointment(booked["doctor"].id)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible() and dialog.ui.titleEdit.text() == "Family doctor: registration"
    assert dialog.ui.startTimeEdit.time() == QTime(11, 0) and dialog.ui.endTimeEdit.time() == QTime(11, 30)
    dialog.ui.dateEdit.setDate(QDate(2026, 12, 1))  # Tuesday of next week
    dialog.ui.startTimeEdit.setTime(QTime(15, 0))  # the end follows: 15:30
    assert dialog.ui.endTimeEdit.time() == QTime(15, 30)
    dialog.ui.bringEdit.setPlainText("Health insurance card\n\nVaccination booklet\n")
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert view.monday == MONDAY + dt.timedelta(days=7)  # the view follows the appointment
    moved = view.current_appointment()
    assert moved.id == booked["doctor"].id and moved.starts_at == dt.datetime(2026, 12, 1, 15, 0)
    assert moved.bring == ("Health insurance card", "Vaccination booklet") and moved.version == 2


def test_removing_an_appointment_asks_first(qtbot, view, booked, confirm_answers):
    answers, asked = confirm_answers
    dialog = view.edit_appointment(view.model.appointment(view.model.index_of(booked["bank"].id)))
    answers.append(False)
    assert dialog.remove() is False and dialog.isVisible()
    answers.append(True)
    assert dialog.remove() is True
    assert "Bank: open an account" in asked[0]
    assert titles(view, MONDAY + dt.timedelta(days=2)) == ["CPAS de Liège — first interview"]


def test_export_week_to_ics(qtbot, view, booked, tmp_path, monkeypatch):
    target = tmp_path / "week"
    monkeypatch.setattr(wv, "ask_ics_path", lambda parent, name: str(target))
    qtbot.mouseClick(view.ui.exportButton, Qt.MouseButton.LeftButton)
    written = tmp_path / "week.ics"
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert sorted(str(e["summary"]).split(" (")[0] for e in events) == [
        "Bank: open an account", "CPAS de Liège — first interview", "Family doctor: registration"]
    assert "HADDAD" not in written.read_text(encoding="utf-8")


def test_new_appointment_from_the_main_window_and_validation(qtbot, window):
    ctx = window.ctx
    family_id = window.model.summary(0).id
    assert window.select_family(family_id)
    qtbot.waitUntil(lambda: window._detail is not None and window._detail.id == family_id)
    menu = window.appointments_menu
    menu.refresh()
    assert menu.new.isEnabled() and menu.cards.isEnabled()
    menu.new.trigger()
    dialog = menu.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.dateEdit.date() == dt.date(2026, 11, 24)  # tomorrow by default
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    dialog.ui.endTimeEdit.setTime(QTime(8, 0))  # before the start (09:00)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.errorLabel.isVisible()
    assert "Appointment is required." in dialog.ui.errorLabel.text()
    assert "End must be after Start." in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.titleEdit, "Housing: visit a flat")
    dialog.ui.endTimeEdit.setTime(QTime(10, 0))
    dialog.ui.placeEdit.setText("Rue Haute 5, 4000 Liège")  # (keyClicks takes ASCII only)
    dialog.ui.bringEdit.setPlainText("A card\nPay slips")
    qtbot.keyClicks(dialog.ui.accompaniedEdit, "Buddy")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [saved] = ctx.appointments.list_for_family(family_id)
    assert (saved.title, saved.starts_at, saved.ends_at, saved.place, saved.bring, saved.accompanied_by) == (
        "Housing: visit a flat", dt.datetime(2026, 11, 24, 9, 0), dt.datetime(2026, 11, 24, 10, 0),
        "Rue Haute 5, 4000 Liège", ("A card", "Pay slips"), "Buddy")
    week = menu.show_week()
    assert week.isWindow() and week.isVisible()
    assert saved.id in [a.id for a in week.model.appointments_on(dt.date(2026, 11, 24))]


def test_step_cards_from_the_main_window_open_the_preview(qtbot, ctx, families, window):
    haddad, _ = families
    window.reload(synchronous=True)
    assert window.select_family(haddad.id)
    qtbot.waitUntil(lambda: window._detail is not None and window._detail.id == haddad.id)
    dialog = window.appointments_menu.step_cards()
    assert dialog.ui.familyLanguageCombo.currentData() == "ar"  # the household's preferred language
    assert dialog.ui.authorityCombo.currentData() == "fr"  # Liège
    assert dialog.ui.stepCombo.count() > 3 and dialog.ui.bookletRadio.isChecked()
    assert "draft" in dialog.ui.draftLabel.text()
    dialog.ui.oneRadio.setChecked(True)
    preview = dialog.show_preview()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert preview.page_count() >= 1 and "—" in preview.windowTitle()
    preview.close()
    dialog.ui.bookletRadio.setChecked(True)
    booklet = dialog.show_preview()
    qtbot.waitUntil(lambda: booklet.document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert booklet.page_count() >= dialog.ui.stepCombo.count()  # a page per open step at least
    booklet.close()
