from __future__ import annotations

from datetime import date

import pytest

from transition_app.domain.workdays import (
    add_days,
    add_months,
    add_working_days,
    is_public_holiday,
    is_working_day,
    public_holiday_name,
    working_days_between,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 1, 31), 2, date(2025, 3, 31)),
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2023, 12, 31), 2, date(2024, 2, 29)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # year roll-over
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
        (date(2025, 8, 18), 0, date(2025, 8, 18)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_days() -> None:
    assert add_days(date(2024, 2, 28), 1) == date(2024, 2, 29)
    assert add_days(date(2026, 3, 15), -30) == date(2026, 2, 13)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 7, 21), False),  # National Day (Monday)
        (date(2025, 7, 22), True),
        (date(2025, 11, 11), False),  # Armistice (Tuesday)
        (date(2025, 5, 29), False),  # Ascension
        (date(2025, 6, 9), False),  # Whit Monday
        (date(2026, 4, 6), False),  # Easter Monday 2026
        (date(2025, 5, 30), True),  # bank holiday only, not a public holiday
        (date(2025, 12, 26), True),  # idem
        (date(2025, 7, 11), True),  # Flemish Community holiday is not a public holiday
        (date(2025, 5, 24), False),  # Saturday
        (date(2025, 5, 25), False),  # Sunday
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_public_holiday_names() -> None:
    assert is_public_holiday(date(2025, 12, 25))
    assert public_holiday_name(date(2025, 7, 21)) == "National Day"
    assert public_holiday_name(date(2025, 7, 22)) is None


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2025, 5, 23), 3, date(2025, 5, 28)),  # Fri -> Mon, Tue, Wed
        (date(2025, 5, 28), 3, date(2025, 6, 3)),  # Ascension Thu 29 May skipped
        (date(2025, 5, 28), 1, date(2025, 5, 30)),
        (date(2025, 12, 24), 3, date(2025, 12, 30)),  # Christmas skipped, 26 Dec counts
        (date(2025, 11, 1), 1, date(2025, 11, 3)),  # start on a holiday/Saturday is not counted
        (date(2026, 4, 3), 1, date(2026, 4, 7)),  # Easter Monday skipped
        (date(2025, 12, 19), 8, date(2026, 1, 2)),  # Christmas and New Year inside
        (date(2025, 5, 28), 0, date(2025, 5, 28)),
        (date(2025, 6, 10), -1, date(2025, 6, 6)),  # backwards over Whit Monday
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


def test_extra_closed_days_are_skipped() -> None:
    assert add_working_days(date(2025, 7, 10), 1) == date(2025, 7, 11)
    assert add_working_days(date(2025, 7, 10), 1, extra_closed={date(2025, 7, 11)}) == date(2025, 7, 14)
    assert not is_working_day(date(2025, 7, 11), extra_closed={date(2025, 7, 11)})


def test_working_days_between() -> None:
    assert working_days_between(date(2025, 5, 28), date(2025, 6, 3)) == 3
    assert working_days_between(date(2025, 6, 3), date(2025, 5, 28)) == -3
    assert working_days_between(date(2025, 5, 28), date(2025, 5, 28)) == 0
