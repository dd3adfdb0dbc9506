import datetime as dt

from icalendar import Calendar

from transition_app.services.calendar_export import AppointmentView, appointments_to_ics


def test_ics_parses_and_holds_the_appointments_without_names():
    appointments = [
        AppointmentView(1, 7, "TA-2026-00007", "CPAS de Liège — first interview",
                        dt.datetime(2026, 12, 3, 9, 30), dt.datetime(2026, 12, 3, 10, 30),
                        "Place Saint-Jacques 13, 4000 Liège", ("A card", "lease"), "Buddy Youssef"),
        AppointmentView(2, 7, "TA-2026-00007", "Municipality: address declaration",
                        dt.datetime(2027, 3, 28, 14, 0)),  # the day clocks go forward
    ]
    data = appointments_to_ics(appointments, now=dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC))
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [
        "CPAS de Liège — first interview (TA-2026-00007)", "Municipality: address declaration (TA-2026-00007)"]
    first = events[0]
    assert first.decoded("dtstart") == dt.datetime(2026, 12, 3, 9, 30, tzinfo=first.decoded("dtstart").tzinfo)
    assert first.decoded("dtstart").utcoffset() == dt.timedelta(hours=1)
    assert events[1].decoded("dtstart").utcoffset() == dt.timedelta(hours=2)  # summer time
    assert events[1].decoded("dtend") - events[1].decoded("dtstart") == dt.timedelta(hours=1)
    assert str(first["location"]) == "Place Saint-Jacques 13, 4000 Liège"
    assert "Bring: A card, lease" in str(first["description"])
    assert len(list(cal.walk("VTIMEZONE"))) == 1
    assert len({str(e["uid"]) for e in events}) == 2
