"""Appointments as an iCalendar (.ics) file a buddy can import into a phone calendar.

Privacy: a phone calendar is often synchronised to a cloud service, so an event holds
the appointment's title, place, what to bring and who accompanies, and the family's
case number — never names, national numbers or notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from transition_app.clock import Clock

BRUSSELS = ZoneInfo("Europe/Brussels")
PRODID = "-//Transition Assistant//Appointments//EN"


@dataclass(frozen=True)
class AppointmentView:
    id: int
    family_id: int
    case_number: str
    title: str
    starts_at: dt.datetime  # local Belgian time when naive
    ends_at: dt.datetime | None = None
    place: str = ""
    bring: tuple[str, ...] = ()
    accompanied_by: str = ""


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=BRUSSELS)


def appointments_to_ics(appointments: Iterable[AppointmentView], *, now: dt.datetime | None = None,
                        bring_label: str = "Bring", accompanied_label: str = "Accompanied by") -> bytes:
    from icalendar import Calendar, Event

    stamp = now.astimezone(dt.UTC) if now else Clock.utcnow().replace(tzinfo=dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for a in appointments:
        event = Event()
        event.add("uid", f"appointment-{a.id}-family-{a.family_id}@transition-app")
        event.add("dtstamp", stamp)
        start = _aware(a.starts_at)
        event.add("dtstart", start)
        event.add("dtend", _aware(a.ends_at) if a.ends_at else start + dt.timedelta(hours=1))
        event.add("summary", f"{a.title} ({a.case_number})")
        if a.place:
            event.add("location", a.place)
        lines = []
        if a.bring:
            lines.append(f"{bring_label}: " + ", ".join(a.bring))
        if a.accompanied_by:
            lines.append(f"{accompanied_label}: {a.accompanied_by}")
        if lines:
            event.add("description", "\n".join(lines))
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
