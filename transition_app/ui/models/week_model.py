"""The appointments of one week as a two-level item model: the seven days, and under each day
its appointments (time, family, appointment, place, what to bring, accompanied by)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from transition_app.services.appointments import AppointmentView
from transition_app.ui.i18n import translate

APPOINTMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the AppointmentView of an appointment row
DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # the day (datetime.date) of a day row and of its appointments
TODAY_BACKGROUND = QColor("#e3eefb")
DAY_BACKGROUND = QColor("#f1f3f5")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def time_span(a: AppointmentView) -> str:
    start = a.starts_at.strftime("%H:%M")
    if a.ends_at is None:
        return start
    if a.ends_at.date() != a.starts_at.date():
        end = QLocale().toString(_qdate(a.ends_at.date()), QLocale.FormatType.ShortFormat) + " " \
            + a.ends_at.strftime("%H:%M")
    else:
        end = a.ends_at.strftime("%H:%M")
    return f"{start}–{end}"


class WeekModel(QStandardItemModel):
    COL_TIME, COL_FAMILY, COL_TITLE, COL_PLACE, COL_BRING, COL_WITH = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.monday: dt.date | None = None
        self.today: dt.date | None = None
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([
            translate("WeekView", "Time"), translate("WeekView", "Family"), translate("WeekView", "Appointment"),
            translate("WeekView", "Place"), translate("WeekView", "What to bring"),
            translate("WeekView", "Accompanied by")])

    def set_week(self, monday: dt.date, appointments: Iterable[AppointmentView], today: dt.date) -> None:
        self.monday, self.today = monday, today
        by_day: dict[dt.date, list[AppointmentView]] = {monday + dt.timedelta(days=i): [] for i in range(7)}
        for a in appointments:
            if a.day in by_day:
                by_day[a.day].append(a)
        self.removeRows(0, self.rowCount())  # not clear(): the columns (and the view's header modes) stay
        locale = QLocale()
        for day, items in by_day.items():
            self.appendRow(self._day_row(day, items, locale))

    def _day_row(self, day: dt.date, items: list[AppointmentView], locale: QLocale) -> list[QStandardItem]:
        name = locale.toString(_qdate(day), "dddd d MMMM")
        name = name[:1].upper() + name[1:]
        if day == self.today:
            name = translate("WeekView", "{day} (today)").format(day=name)
        if not items:
            text = translate("WeekView", "{day} — no appointments").format(day=name)
        elif len(items) == 1:
            text = translate("WeekView", "{day} — 1 appointment").format(day=name)
        else:
            text = translate("WeekView", "{day} — {n} appointments").format(day=name, n=locale.toString(len(items)))
        head = QStandardItem(text)
        head.setData(day, DAY_ROLE)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        background = QBrush(TODAY_BACKGROUND if day == self.today else DAY_BACKGROUND)
        head.setBackground(background)
        row = [head] + [QStandardItem() for _ in range(self.COL_WITH)]
        for extra in row[1:]:
            extra.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            extra.setBackground(background)
        for a in items:
            head.appendRow(self._appointment_row(a))
        return row

    def _appointment_row(self, a: AppointmentView) -> list[QStandardItem]:
        values = (time_span(a), a.family_name, a.title, a.place, ", ".join(a.bring), a.accompanied_by)
        row = []
        for value in values:
            item = QStandardItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(a, APPOINTMENT_ROLE)
            item.setData(a.day, DAY_ROLE)
            row.append(item)
        for col in (self.COL_TITLE, self.COL_PLACE, self.COL_WITH):
            if values[col]:
                row[col].setToolTip(values[col])  # the whole text when the column cuts it
        row[self.COL_FAMILY].setToolTip(f"{a.family_name} ({a.case_number})")
        if a.bring:
            row[self.COL_BRING].setToolTip("\n".join(a.bring))
        row[self.COL_TIME].setData(translate("WeekView", "{start} to {end}").format(
            start=a.starts_at.strftime("%H:%M"), end=a.ends_at.strftime("%H:%M")) if a.ends_at
            else a.starts_at.strftime("%H:%M"), Qt.ItemDataRole.AccessibleTextRole)
        return row

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def,override]
        if role == Qt.ItemDataRole.FontRole and index.isValid() and not index.parent().isValid():
            font = QFont(QApplication.font())  # the day rows: bold, at the size the system font has now
            font.setBold(True)
            return font
        return super().data(index, role)

    # ----------------------------------------------------------------- lookups
    def appointment(self, index: object) -> AppointmentView | None:
        """The appointment of a row (``None`` for a day row)."""
        if index is None or not index.isValid():  # type: ignore[attr-defined]
            return None
        value = index.data(APPOINTMENT_ROLE)  # type: ignore[attr-defined]
        return value if isinstance(value, AppointmentView) else None

    def day_index(self, day: dt.date):  # type: ignore[no-untyped-def]  # -> QModelIndex
        if self.monday is None:
            return self.index(-1, 0)
        return self.index((day - self.monday).days, 0)

    def appointments_on(self, day: dt.date) -> list[AppointmentView]:
        parent = self.day_index(day)
        return [self.appointment(self.index(r, 0, parent)) for r in range(self.rowCount(parent))]  # type: ignore[misc]

    def index_of(self, appointment_id: int):  # type: ignore[no-untyped-def]  # -> QModelIndex
        for d in range(self.rowCount()):
            parent = self.index(d, 0)
            for r in range(self.rowCount(parent)):
                a = self.appointment(self.index(r, 0, parent))
                if a is not None and a.id == appointment_id:
                    return self.index(r, 0, parent)
        return self.index(-1, 0)
