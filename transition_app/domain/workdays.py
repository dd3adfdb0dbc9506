"""Calendar arithmetic for Belgian deadlines: public holidays, working days, months.

Pure functions, no I/O.  Public holidays come from the ``holidays`` package
(``holidays.country_holidays("BE")``: the ten legal public holidays).  Saturdays,
Sundays and those holidays are not working days.  Community holidays (11 July,
27 September, 15 November) and bank holidays are *not* counted: pass them as
``extra_closed`` when an office is closed on them.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from datetime import date, timedelta
from functools import cache

_SATURDAY = 5


@cache
def _public_holidays(year: int) -> frozenset[date]:
    import holidays  # imported on first use: keeps application start-up fast

    return frozenset(holidays.country_holidays("BE", years=year, categories=("public",)).keys())


def public_holiday_name(day: date) -> str | None:
    """English name of the Belgian public holiday on ``day``, or ``None``."""
    if day not in _public_holidays(day.year):
        return None
    import holidays

    name: str | None = holidays.country_holidays("BE", years=day.year, categories=("public",)).get(day)
    return name


def is_public_holiday(day: date) -> bool:
    """True on one of the Belgian legal public holidays."""
    return day in _public_holidays(day.year)


def is_working_day(day: date, extra_closed: Collection[date] = ()) -> bool:
    """Monday–Friday and neither a Belgian public holiday nor in ``extra_closed``."""
    return day.weekday() < _SATURDAY and not is_public_holiday(day) and day not in extra_closed


def add_working_days(start: date, n: int, extra_closed: Collection[date] = ()) -> date:
    """The ``n``-th working day after ``start`` (``start`` itself is not counted).

    ``add_working_days(date(2025, 5, 28), 1)`` is Friday 30 May 2025 because
    29 May (Ascension) is a public holiday.  ``n == 0`` returns ``start``; a negative
    ``n`` counts backwards (the ``|n|``-th working day before ``start``).
    """
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    day = start
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day, extra_closed):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, extra_closed: Collection[date] = ()) -> int:
    """Number of working days in ``(start, end]`` (negative when ``end`` is before ``start``)."""
    if end < start:
        return -working_days_between(end, start, extra_closed)
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day, extra_closed):
            count += 1
    return count


def add_months(day: date, n: int) -> date:
    """``day`` plus ``n`` calendar months, clamped to the end of the month.

    31 January + 1 month = 28 February (29 in a leap year); ``n`` may be negative.
    """
    index = day.year * 12 + (day.month - 1) + n
    year, month0 = divmod(index, 12)
    month = month0 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def add_days(day: date, n: int) -> date:
    """``day`` plus ``n`` calendar days."""
    return day + timedelta(days=n)
