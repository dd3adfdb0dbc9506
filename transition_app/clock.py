"""The application's one clock: today's date and the current local time.  Qt-free.

Every service, dialog and command asks an :class:`AppContext`'s ``clock`` (never
``date.today()``, ``datetime.now()`` or ``QDate.currentDate()``; ``tests/test_clock.py`` fails on
such a call anywhere else), so that

* a whole session agrees on what "today" is (the due list, the dashboard, a dialog's default
  date and the validation of that date cannot disagree around midnight);
* tests fix the date once (``ctx.clock.freeze(day)``) and pass whatever the real date is.

Timestamps that record *when* something happened (``created_at``, audit entries) are the real
time in UTC: :meth:`Clock.utcnow` gives it, frozen or not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

#: What a service takes to know today's date: a :class:`Clock`, or any ``() -> date``.
Today = Callable[[], dt.date]


class Clock:
    """The system clock, or a fixed day (tests, reproducible demos)."""

    def __init__(self, fixed: dt.date | None = None) -> None:
        self._fixed = fixed

    def today(self) -> dt.date:
        """Today's date on this computer (or the fixed day)."""
        return self._fixed if self._fixed is not None else dt.date.today()

    def now(self) -> dt.datetime:
        """The local time now, naive (Belgian local time on a Belgian PC); on a fixed day, that
        day at the current time of day."""
        now = dt.datetime.now()
        if self._fixed is None:
            return now
        return dt.datetime.combine(self._fixed, now.time())

    @staticmethod
    def utcnow() -> dt.datetime:
        """The real time in UTC, naive (as the database stores it), never frozen."""
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)

    @staticmethod
    def utc_iso() -> str:
        """The real time in UTC to the second, ISO 8601 with its offset (manifests, key files)."""
        return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

    @staticmethod
    def file_stamp() -> str:
        """The real local time as ``YYYYMMDD-HHMMSS``, for the names of backup copies."""
        return dt.datetime.now().strftime("%Y%m%d-%H%M%S")

    def freeze(self, day: dt.date | None) -> None:
        """Fix today's date to ``day`` (``None``: follow the system clock again)."""
        self._fixed = day

    @property
    def frozen(self) -> bool:
        return self._fixed is not None

    def __call__(self) -> dt.date:
        """A clock is also a plain ``() -> date`` function (what the services take)."""
        return self.today()

    def __repr__(self) -> str:
        return f"Clock(fixed={self._fixed!r})" if self._fixed else "Clock(system)"


#: The clock of code that runs without a context (a fresh process's first steps).
SYSTEM_CLOCK = Clock()
