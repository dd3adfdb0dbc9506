"""One date field for the whole interface (issue 9, point 5): typed in the interface locale,
empty allowed, a calendar popup, problems flagged at the field.

Why not ``QDateEdit``: its sections cannot be typed into freely (an optional date shown as a
special "not set" text appends keystrokes to it, Tab reverts), and it cannot be empty.  This is a
line edit with a calendar button, as KDE's ``KDateComboBox`` or the date fields of office and
finance applications are:

* **typing**: ``23/11/2026``, ``23-11-2026``, ``23.11.2026``, ``23 11 2026``, ``2026-11-23`` (ISO),
  ``23112026`` (eight digits), with one-digit days and months too (``7/3/2026``), in the order of
  the interface locale (day-month-year in the Belgian locales); Arabic-Indic and Persian digits as
  well as Western ones; month names of the locale (``7 mars 2026``).  When the field is left the
  text is rewritten in the locale's own form (``07/03/2026``, ``07.03.2026`` in German, the
  locale's digits and order in Arabic).  A two-digit year is never guessed (a birth in 1926 or
  2026?): the field says to type four digits;
* **empty** is a value (optional dates): the field then shows a grey hint (``dd/mm/yyyy``), never a
  text that typing would be appended to; a required field says so in the hint;
* **calendar**: the button, Alt+Down or F4 opens it at the date shown, else at the related date
  (``setRelatedDate``: e.g. the decision date for its notification), else at today (from the
  injected clock, never the system's); it has "Today" and "Clear" buttons; Escape closes it;
* **keys**: Ctrl+Delete (or Ctrl+Backspace) clears, Up/Down move one day, Page Up/Down one month;
* **flags**: a text that is not a date (``31/02/2026``), a date outside ``setMinimum``/``setMaximum``
  and the field's own checks (``setChecks``: small functions, e.g. :func:`not_after` today for a
  birth date) show at the field -- a red (error) or amber (warning) frame, a warning icon, the
  message under the field, in the tool tip and the accessible description -- and nothing typed
  is lost.  ``isValid()`` is False while an error is shown; a warning keeps the date valid.

Build it in code with ``DateEdit(parent, today=ctx.clock.today, required=..., checks=[...])`` or
promote a ``QWidget`` to ``DateEdit`` in Qt Designer (header ``transition_app.ui.widgets.date_edit``)
and call ``setToday(ctx.clock.today)``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from transition_app.ui.i18n import translate
from transition_app.ui.widgets.icons_fields import ERROR_COLOUR, WARNING_COLOUR, calendar_icon, flag_icon

Today = Callable[[], dt.date]
Message = str | Callable[[], str]
CTX = "DateEdit"

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)  # Arabic-Indic, Persian
_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")  # bidi marks (Arabic formats)
_SEPARATORS = re.compile(r"[/.\-\s\\,\u060c\u060d\u066b\u066c]+")  # / . - space \ , and Arabic ones
_MESSAGE_STYLE = {True: "color: #b71c1c;", False: "color: #7a4a00;"}
_FRAME_STYLE = "QLineEdit {{ border: 2px solid {colour}; border-radius: 3px; padding: 1px 2px; }}"


# --------------------------------------------------------------------------- problems and checks


@dataclass(frozen=True)
class DateProblem:
    """What is wrong with a date: an ``error`` (the field is not valid) or a warning (it is)."""

    message: str
    error: bool = True


DateCheck = Callable[[dt.date], "DateProblem | None"]


def _text(message: Message) -> str:
    return message() if callable(message) else message


def _limit(limit: dt.date | Callable[[], dt.date | None] | None) -> dt.date | None:
    return limit() if callable(limit) else limit


def not_after(limit: dt.date | Callable[[], dt.date | None], message: Message, *, error: bool = True) -> DateCheck:
    """A problem when the date is later than ``limit`` (a date, or a function giving one or None,
    e.g. ``ctx.clock.today`` or another field's ``date``); ``{date}`` in the message is the limit."""
    def check(value: dt.date) -> DateProblem | None:
        bound = _limit(limit)
        if bound is not None and value > bound:
            return DateProblem(_text(message).format(date=format_date(bound)), error)
        return None
    return check


def not_before(limit: dt.date | Callable[[], dt.date | None], message: Message, *, error: bool = True) -> DateCheck:
    """A problem when the date is earlier than ``limit`` (see :func:`not_after`)."""
    def check(value: dt.date) -> DateProblem | None:
        bound = _limit(limit)
        if bound is not None and value < bound:
            return DateProblem(_text(message).format(date=format_date(bound)), error)
        return None
    return check


# --------------------------------------------------------------------------- the locale's form


@dataclass(frozen=True)
class DatePattern:
    """How the locale writes a short date: the order of day, month and year, the separator, and
    the bidi mark Arabic puts before each separator (so the day reads first, from the right)."""

    order: str  # "dmy", "mdy" or "ymd"
    separator: str
    mark: str = ""

    @property
    def qt_format(self) -> str:
        parts = {"d": "dd", "m": "MM", "y": "yyyy"}
        return (self.mark + self.separator).join(parts[c] for c in self.order)


def pattern_of(locale: QLocale | None = None) -> DatePattern:
    """The short-date pattern of ``locale`` (default: the interface's), with a four-digit year."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"'[^']*'", "", fmt)
    order = "".join(dict.fromkeys(c.lower() for c in fmt if c in "dMy"))
    if sorted(order) != ["d", "m", "y"]:
        order = "dmy"
    plain = _MARKS.sub("", fmt)
    separator = next((c for c in plain if c not in "dMy"), "/")
    if separator not in "/.-":  # e.g. Qt's C locale, "d MMM yyyy": digits with slashes
        separator = "/"
    mark = "\u200f" if "\u200f" in fmt else ""
    return DatePattern(order, separator, mark)


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """``value`` as the date fields show it (the locale's order, separator and digits; 4-digit year)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), pattern_of(locale).qt_format)


@dataclass(frozen=True)
class Parsed:
    """The result of reading a typed date: the date, or why there is none (``reason``)."""

    date: dt.date | None
    reason: str = ""  # "", "empty", "unreadable", "year_digits", "no_year", "no_such_month", "no_such_day"
    day: int = 0
    month: int = 0
    year: int = 0


def _build(day: int, month: int, year: int) -> Parsed:
    if not 1 <= month <= 12:
        return Parsed(None, "no_such_month", day, month, year)
    if year < 1 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return Parsed(None, "no_such_day", day, month, year)
    return Parsed(dt.date(year, month, day), "", day, month, year)


def parse_date(text: str, order: str = "dmy") -> Parsed:
    """Read a typed date written in ``order`` (the locale's), or ISO ``yyyy-mm-dd`` in any locale.

    Digits: Western, Arabic-Indic or Persian.  Separators: / . - space \\ and the Arabic ones, or
    none (``ddmmyyyy``).  Two-digit years are refused (``year_digits``), never guessed."""
    text = _MARKS.sub("", text).translate(_DIGITS).strip()
    if not text:
        return Parsed(None, "empty")
    parts = [p for p in _SEPARATORS.split(text) if p]
    if not parts or not all(p.isdigit() for p in parts):
        return Parsed(None, "unreadable")
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) == 8:
            groups = {"dmy": (digits[:2], digits[2:4], digits[4:]), "mdy": (digits[:2], digits[2:4], digits[4:]),
                      "ymd": (digits[:4], digits[4:6], digits[6:])}[order]
            first = _assign(groups, order)
            if first.date is None and order != "ymd" and digits[:2] in ("19", "20"):
                iso = _build(int(digits[6:]), int(digits[4:6]), int(digits[:4]))  # yyyymmdd
                if iso.date is not None:
                    return iso
            return first
        if len(digits) == 6:
            return Parsed(None, "year_digits")
        if len(digits) in (3, 4):
            return Parsed(None, "no_year")
        return Parsed(None, "unreadable")
    if len(parts) == 2:
        return Parsed(None, "no_year") if all(len(p) <= 2 for p in parts) else Parsed(None, "unreadable")
    if len(parts) != 3:
        return Parsed(None, "unreadable")
    if len(parts[0]) == 4:  # ISO: yyyy-mm-dd, whatever the locale
        if len(parts[1]) > 2 or len(parts[2]) > 2:
            return Parsed(None, "unreadable")
        return _build(int(parts[2]), int(parts[1]), int(parts[0]))
    return _assign(tuple(parts), order)


def _assign(groups: tuple[str, ...], order: str) -> Parsed:
    by = dict(zip(order, groups, strict=True))
    if len(by["d"]) > 2 or len(by["m"]) > 2:
        return Parsed(None, "unreadable")
    if len(by["y"]) != 4:
        return Parsed(None, "year_digits", int(by["d"]), int(by["m"]))
    return _build(int(by["d"]), int(by["m"]), int(by["y"]))


def hint_text(pattern: DatePattern | None = None) -> str:
    """The grey hint of an empty date field, e.g. ``dd/mm/yyyy`` (``jj/mm/aaaa`` in French)."""
    pattern = pattern or pattern_of()
    words = {"d": translate("DateEdit", "dd", "hint of a date field: the day"),
             "m": translate("DateEdit", "mm", "hint of a date field: the month"),
             "y": translate("DateEdit", "yyyy", "hint of a date field: the year")}
    return pattern.separator.join(words[c] for c in pattern.order)


# --------------------------------------------------------------------------- the calendar popup


def _fit_columns(calendar: QCalendarWidget) -> None:
    """Columns as wide as the calendar's day names and numbers need.  Qt's default minimum is the
    font's widest glyph, and with an Arabic fallback font (whose ligature ﷽ is very wide) that
    makes the calendar three times wider than its text in the Arabic interface."""
    view = calendar.findChild(QTableView)
    if view is None:
        return
    fm = view.fontMetrics()
    model = view.model()
    texts = [str(model.data(model.index(0, c)) or "") for c in range(model.columnCount())]
    texts.append(calendar.locale().toString(88))
    view.horizontalHeader().setMinimumSectionSize(max(fm.horizontalAdvance(t) for t in texts)
                                                  + 2 * fm.averageCharWidth())


class CalendarPopup(QFrame):
    """The calendar of a date field, with "Today" and "Clear"; Escape closes it."""

    picked = Signal(object)  # a datetime.date, or None for Clear

    def __init__(self, owner: QWidget):
        super().__init__(owner, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.calendar.setAccessibleName(translate("DateEdit", "Calendar"))
        self.calendar.setAccessibleDescription(translate(
            "DateEdit", "Arrow keys move between days, Page Up and Page Down between months; Enter "
                        "chooses the day, Escape closes the calendar."))
        self.todayButton = QPushButton(translate("DateEdit", "&Today"), self)
        self.todayButton.setObjectName("dateTodayButton")
        self.clearButton = QPushButton(translate("DateEdit", "C&lear"), self)
        self.clearButton.setObjectName("dateClearButton")
        self.clearButton.setToolTip(translate("DateEdit", "Leave the date empty (Ctrl+Delete in the field)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.todayButton)
        buttons.addStretch(1)
        buttons.addWidget(self.clearButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        layout.addLayout(buttons)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        self.clearButton.clicked.connect(lambda: self._done(None))
        self.calendar.installEventFilter(self)

    def _choose(self, day: QDate) -> None:
        self._done(day.toPython())

    def _done(self, value: dt.date | None) -> None:
        self.hide()
        self.picked.emit(value)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


# --------------------------------------------------------------------------- the field


class DateEdit(QWidget):
    """A date typed or picked, or no date (see the module's docstring)."""

    dateChanged = Signal(object)  # datetime.date or None, once the field is left or a day picked
    edited = Signal(str)  # every keystroke (the text as typed)

    def __init__(self, parent: QWidget | None = None, *, today: Today | None = None, required: bool = False,
                 checks: Iterable[DateCheck] = (), related: dt.date | Callable[[], dt.date | None] | None = None,
                 accessible_name: str = ""):
        super().__init__(parent)
        self._today = today
        self._required = required
        self._checks: list[DateCheck] = list(checks)
        self._related = related
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self._value: dt.date | None = None
        self._touched = False
        self._external: DateProblem | None = None
        self._on_clear: Callable[[], None] | None = None
        self._shown: DateProblem | None = None
        self._placeholder: str | None = None
        self._long_date = False
        self._description = ""
        self._popup: CalendarPopup | None = None

        self._edit = QLineEdit(self)
        self._edit.setObjectName("dateText")
        self._edit.setClearButtonEnabled(False)
        self._button = QToolButton(self)
        self._button.setObjectName("dateCalendarButton")
        self._button.setIcon(calendar_icon())
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down from the field; as QDateEdit's arrow
        self._button.setToolTip(translate("DateEdit", "Calendar (Alt+Down)"))
        self._button.setAccessibleName(translate("DateEdit", "Open the calendar"))
        self._flag = QAction(self)
        self._message = QLabel(self)
        self._message.setObjectName("dateMessage")
        self._message.setWordWrap(True)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self._edit, 1)
        row.addWidget(self._button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self._message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self._edit)
        self.setFocusPolicy(self._edit.focusPolicy())
        width = self._edit.fontMetrics().horizontalAdvance(format_date(dt.date(2028, 12, 28)) + "  ") + 24
        self._edit.setMinimumWidth(max(width, self._edit.fontMetrics().horizontalAdvance(self._hint()) + 24))

        self._edit.editingFinished.connect(self._commit)
        self._edit.textEdited.connect(self._typed)
        self._button.clicked.connect(self.openCalendar)
        self._edit.installEventFilter(self)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._refresh_hint()
        self._align()

    # ----------------------------------------------------------------- set-up
    def setToday(self, today: Today | None) -> None:
        """Where today's date comes from (``ctx.clock.today``): the calendar and "Today" use it."""
        self._today = today

    def setRequired(self, required: bool) -> None:
        self._required = required
        self._refresh_hint()
        self._update_flag()

    def isRequired(self) -> bool:
        return self._required

    def setChecks(self, checks: Iterable[DateCheck]) -> None:
        """The field's own rules (see :func:`not_after`, :func:`not_before`); run when the date changes."""
        self._checks = list(checks)
        self._update_flag()

    set_checks = setChecks

    def setRelatedDate(self, related: dt.date | Callable[[], dt.date | None] | None) -> None:
        """Where the calendar opens when the field is empty: a date, or a function giving one
        (e.g. ``decision_edit.date``); None: today."""
        self._related = related

    def setMinimum(self, value: dt.date | None) -> None:
        self._minimum = value
        self._update_flag()

    def setMaximum(self, value: dt.date | None) -> None:
        self._maximum = value
        self._update_flag()

    def minimum(self) -> dt.date | None:
        return self._minimum

    def maximum(self) -> dt.date | None:
        return self._maximum

    def setPlaceholderText(self, text: str | None) -> None:
        """Replace the hint of an empty field (e.g. "any day" for a filter); None: the date pattern."""
        self._placeholder = text
        self._refresh_hint()

    def setShowLongDate(self, show: bool) -> None:
        """Write the date out under the field when it has no problem (``Tuesday 1 December 2026``):
        the weekday of an appointment, a day and month typed the wrong way round show at once."""
        self._long_date = show
        self._update_flag()

    def placeholderText(self) -> str:
        return self._edit.placeholderText()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self._edit.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)  # what others set is read back as set
        self._description = description
        self._refresh_hint()

    def lineEdit(self) -> QLineEdit:
        return self._edit

    def calendarButton(self) -> QToolButton:
        return self._button

    def messageLabel(self) -> QLabel:
        return self._message

    def popup(self) -> CalendarPopup | None:
        return self._popup

    # ----------------------------------------------------------------- value
    def text(self) -> str:
        return self._edit.text()

    def date(self) -> dt.date | None:
        """The date the field shows (typed or picked), or None (empty, or not a date: see isValid)."""
        return self._parse(self._edit.text()).date

    value = date

    def setDate(self, value: dt.date | QDate | None) -> None:
        """Show ``value`` (None: empty); emits dateChanged when it differs from before."""
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        if isinstance(value, dt.datetime):
            value = value.date()
        self._external = None
        self._on_clear = None
        self._edit.setText(format_date(value))
        self._set_value(value)
        self._update_flag()

    def clear(self) -> None:
        """Empty the field (as Ctrl+Delete and the calendar's "Clear" do)."""
        self._user_sets(None)

    def isEmpty(self) -> bool:
        return not self._edit.text().strip()

    def problem(self, external: bool = True) -> DateProblem | None:
        """What is wrong with the field now (an error before a warning), or None; ``external``:
        including the flag set from outside with :meth:`setProblem`."""
        text = self._edit.text()
        if not text.strip():
            if external and self._external is not None:
                return self._external
            if self._required and self._touched:
                return DateProblem(translate("DateEdit", "A date is needed here."))
            return None
        parsed = self._parse(text)
        if parsed.date is None:
            return DateProblem(self._reason_text(parsed, text))
        if external and self._external is not None:
            return self._external
        day = parsed.date
        if self._minimum is not None and day < self._minimum:
            return DateProblem(translate("DateEdit", "The date cannot be before {date}.").format(
                date=format_date(self._minimum)))
        if self._maximum is not None and day > self._maximum:
            return DateProblem(translate("DateEdit", "The date cannot be after {date}.").format(
                date=format_date(self._maximum)))
        found = [p for p in (check(day) for check in self._checks) if p is not None]
        return next((p for p in found if p.error), found[0] if found else None)

    def isValid(self) -> bool:
        """False while the field shows an error (not a date, out of range, a check's error, an
        empty required field); a warning leaves it valid."""
        if self._required and not self._edit.text().strip():
            return False
        problem = self.problem()
        return problem is None or not problem.error

    def hasWarning(self) -> bool:
        problem = self.problem()
        return problem is not None and not problem.error

    def setProblem(self, message: str | None, error: bool = True,
                   on_clear: Callable[[], None] | None = None) -> None:
        """Flag the field from outside (e.g. the service's message for it) until the person changes
        the date (``on_clear`` is then called); None removes that flag."""
        self._external = DateProblem(message, error) if message else None
        self._on_clear = on_clear if message else None
        if message:
            self._touched = True
        self._update_flag()

    def revalidate(self, show_required: bool = False) -> DateProblem | None:
        """Run the checks again (another field they compare with changed; ``show_required``: a save
        was asked, so an empty required field is flagged too)."""
        if show_required:
            self._touched = True
        self._update_flag()
        return self.problem()

    # ----------------------------------------------------------------- calendar
    def openCalendar(self) -> None:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
            self._popup.todayButton.clicked.connect(self._pick_today)
        popup = self._popup
        popup.todayButton.setVisible(self._today is not None)
        popup.clearButton.setVisible(not self._required)
        cal = popup.calendar
        _fit_columns(cal)
        cal.setDateTextFormat(QDate(), QTextCharFormat())  # forget an earlier "today"
        cal.setMinimumDate(_qdate(self._minimum) if self._minimum else QDate(1800, 1, 1))
        cal.setMaximumDate(_qdate(self._maximum) if self._maximum else QDate(2200, 12, 31))
        today = self._today() if self._today else None
        if today is not None:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            bold.setFontUnderline(True)
            cal.setDateTextFormat(_qdate(today), bold)
        start = self.date() or _limit(self._related) or today
        if start is not None:
            cal.setSelectedDate(_qdate(start))
            cal.setCurrentPage(start.year, start.month)
        popup.adjustSize()
        popup.move(self._popup_position(popup))
        popup.show()
        cal.setFocus(Qt.FocusReason.PopupFocusReason)

    def _popup_position(self, popup: QWidget) -> QPoint:
        edit = self._edit
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        anchor = edit.mapToGlobal(QPoint(edit.width() - popup.width() if rtl else 0, edit.height()))
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        x = min(max(anchor.x(), screen.left()), screen.right() - popup.width())
        y = anchor.y()
        if y + popup.height() > screen.bottom():
            y = edit.mapToGlobal(QPoint(0, 0)).y() - popup.height()
        return QPoint(x, max(y, screen.top()))

    def _pick_today(self) -> None:
        if self._today is not None and self._popup is not None:
            self._popup.hide()
            self._picked(self._today())

    def _picked(self, value: dt.date | None) -> None:
        self._user_sets(value)
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)

    # ----------------------------------------------------------------- events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            ctrl = Qt.KeyboardModifier.ControlModifier
            alt = Qt.KeyboardModifier.AltModifier
            if (key == Qt.Key.Key_Down and mods & alt) or (key == Qt.Key.Key_F4 and not mods):
                self.openCalendar()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mods == ctrl:
                self.clear()
                return True
            steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1),
                     Qt.Key.Key_PageDown: (0, -1)}
            if key in steps and not mods & (ctrl | alt):
                current = self.date()
                if current is not None:
                    days, months = steps[key]
                    q = _qdate(current).addDays(days).addMonths(months)
                    self._user_sets(q.toPython())
                    return True
        return False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._edit.accessibleName():  # the label whose buddy this field is names it
            for label in self.window().findChildren(QLabel):
                if label.buddy() is self and label.text().strip():
                    self._edit.setAccessibleName(label.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
                    break

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            self._refresh_hint()
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()

    def _align(self) -> None:
        """Dates start at the reading side, whatever digits they are typed in (Western digits alone
        would otherwise go to the left of a right-to-left field)."""
        self._edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                | Qt.AlignmentFlag.AlignVCenter)

    # ----------------------------------------------------------------- internals
    def _hint(self) -> str:
        return self._placeholder if self._placeholder is not None else hint_text()

    def _refresh_hint(self) -> None:
        hint = self._hint()
        if self._required and self._placeholder is None:
            hint = translate("DateEdit", "{hint} (required)").format(hint=hint)
        self._edit.setPlaceholderText(hint)
        self._apply_description()

    def _apply_description(self) -> None:
        parts = [self._description] if self._description else []
        parts.append(translate("DateEdit", "Date, typed as {hint}; Alt+Down opens a calendar.").format(
            hint=hint_text()))
        if self._required:
            parts.append(translate("DateEdit", "Required."))
        else:
            parts.append(translate("DateEdit", "Optional: Ctrl+Delete empties it."))
        if self._shown is not None:
            parts.insert(0, self._shown.message)
        self._edit.setAccessibleDescription(" ".join(parts))

    def _parse(self, text: str) -> Parsed:
        locale = QLocale()
        result = parse_date(text, pattern_of(locale).order)
        if result.reason == "unreadable" and re.search(r"[^\W\d_]", text):  # month names: 7 mars 2026
            for fmt in ("d MMMM yyyy", "d MMM yyyy", locale.dateFormat(QLocale.FormatType.LongFormat)):
                q = locale.toDate(" ".join(text.split()), fmt)
                if q.isValid():
                    return Parsed(q.toPython())
        return result

    def _reason_text(self, parsed: Parsed, text: str) -> str:
        example = format_date(self._today() if self._today else dt.date(2026, 3, 7))
        if parsed.reason == "year_digits":
            return translate("DateEdit", "Type the year with four digits, e.g. {example}.").format(example=example)
        if parsed.reason == "no_year":
            return translate("DateEdit", "The year is missing: type the date as {hint}.").format(hint=hint_text())
        if parsed.reason == "no_such_month":
            return translate("DateEdit", "“{text}” is not a date: there is no month {month}.").format(
                text=text.strip(), month=QLocale().toString(parsed.month))
        if parsed.reason == "no_such_day":
            month = QLocale().standaloneMonthName(parsed.month, QLocale.FormatType.LongFormat)
            days = calendar.monthrange(parsed.year, parsed.month)[1] if parsed.year >= 1 else 31
            return translate("DateEdit", "“{text}” is not a date: {month} {year} has {days} days.").format(
                text=text.strip(), month=month, year=QLocale().toString(parsed.year).replace(
                    QLocale().groupSeparator(), ""), days=QLocale().toString(days))
        return translate("DateEdit", "“{text}” is not a date. Type it as {hint}, e.g. {example}.").format(
            text=text.strip(), hint=hint_text(), example=example)

    def _typed(self, text: str) -> None:
        self.edited.emit(text)

    def _commit(self) -> None:
        text = self._edit.text()
        parsed = self._parse(text)
        self._touched = True
        if parsed.date is not None:
            formatted = format_date(parsed.date)
            if formatted != text:
                self._edit.setText(formatted)
        if parsed.date != self._value or (parsed.date is None and text.strip()):
            self._drop_external()
        self._set_value(parsed.date)
        self._update_flag()

    def _user_sets(self, value: dt.date | None) -> None:
        """The person picked, cleared or stepped the date."""
        self._touched = True
        if value != self._value:
            self._drop_external()
        external, on_clear = self._external, self._on_clear
        self.setDate(value)
        self._external, self._on_clear = external, on_clear
        self._update_flag()

    def _drop_external(self) -> None:
        if self._external is not None:
            self._external = None
            on_clear, self._on_clear = self._on_clear, None
            if on_clear is not None:
                on_clear()

    def _set_value(self, value: dt.date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _update_flag(self) -> None:
        problem = self.problem()
        self._shown = problem
        self._edit.removeAction(self._flag)
        if problem is None:
            self._edit.setStyleSheet("")
            self._edit.setToolTip("")
            day = self.date() if self._long_date else None
            if day is not None:
                self._message.setStyleSheet("")
                self._message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                self._message.setText(QLocale().toString(_qdate(day), "dddd d MMMM yyyy"))
                self._message.show()
            else:
                self._message.hide()
                self._message.clear()
        else:
            colour = ERROR_COLOUR if problem.error else WARNING_COLOUR
            self._edit.setStyleSheet(_FRAME_STYLE.format(colour=colour))
            self._flag.setIcon(flag_icon(problem.error))
            self._flag.setToolTip(problem.message)
            self._edit.addAction(self._flag, QLineEdit.ActionPosition.TrailingPosition)
            self._message.setStyleSheet(_MESSAGE_STYLE[problem.error])
            self._message.setText(problem.message)
            self._message.show()
            self._edit.setToolTip(problem.message)
        self._apply_description()


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def link(*edits: DateEdit) -> None:
    """Re-run every field's checks when one of them changes (their rules compare them)."""
    for edit in edits:
        for other in edits:
            if other is not edit:
                edit.dateChanged.connect(lambda _value, o=other: o.revalidate())
