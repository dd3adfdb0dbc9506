"""An amount in euros typed in the interface locale: ``750``, ``750,50``, ``1.250,00``, ``1 250``,
``750.50 €``, Arabic-Indic digits; empty means "not known".  Shown in the locale's form when the
field is left (``1.250,00`` in Dutch, ``1 250,00`` in French); a text that is not an amount is
flagged at the field and kept as typed."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from transition_app.ui.i18n import translate
from transition_app.ui.widgets import field_marks

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_CURRENCY = re.compile(r"€|eur(os?)?", re.IGNORECASE)


def parse_amount(text: str, locale: QLocale | None = None) -> Decimal | None:
    """The amount ``text`` says, or None when it is empty; ValueError when it is not an amount."""
    locale = locale or QLocale()
    text = _CURRENCY.sub("", text.translate(_DIGITS)).replace("٫", ".").replace("٬", "")
    text = _SPACES.sub("", text).replace("\u200f", "").replace("\u200e", "")
    if not text:
        return None
    decimal_point = locale.decimalPoint().translate(_DIGITS)
    decimal_point = "." if decimal_point == "٫" else decimal_point
    if not re.fullmatch(r"\d[\d.,]*|[.,]\d+", text):
        raise ValueError(text)
    last = max(text.rfind("."), text.rfind(","))
    if last >= 0:
        symbol = text[last]
        decimals = len(text) - last - 1
        # the locale's decimal point, or the other mark followed by one or two digits only
        if (symbol == decimal_point and text.count(symbol) == 1) or (decimals in (1, 2) and text.count(symbol) == 1):
            whole, fraction = text[:last], text[last + 1:]
        elif decimals == 3:  # 1.250 / 1,250: thousands
            whole, fraction = text, ""
        else:
            raise ValueError(text)
        groups = re.split(r"[.,]", whole)
        if len(groups) > 1 and (not groups[0] or any(len(g) != 3 for g in groups[1:])):
            raise ValueError(text)
        text = "".join(groups) + ("." + fraction if fraction else "")
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def format_amount(value: Decimal | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return (locale or QLocale()).toString(float(value), "f", 2)


class MoneyEdit(QLineEdit):
    """Euros, or nothing (see the module's docstring)."""

    valueChanged = Signal(object)  # Decimal or None, when the field is left

    def __init__(self, parent: QWidget | None = None, *, maximum: Decimal | None = Decimal(100_000)):
        super().__init__(parent)
        self._maximum = maximum
        self._value: Decimal | None = None
        self._own_mark = False
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(translate("MoneyEdit", "euros"))
        self.editingFinished.connect(self._commit)

    def value(self) -> Decimal | None:
        """The amount shown; None when empty or not an amount (see :meth:`isValid`)."""
        try:
            return parse_amount(self.text())
        except ValueError:
            return None

    def setValue(self, value: Decimal | None) -> None:
        field_marks.unmark(self)
        self.setText(format_amount(value))
        self._value = value

    def isValid(self) -> bool:
        return self.problem() is None

    def problem(self) -> str | None:
        try:
            value = parse_amount(self.text())
        except ValueError:
            return translate("MoneyEdit", "“{text}” is not an amount in euros (e.g. {example}).").format(
                text=self.text().strip(), example=format_amount(Decimal("750.50")))
        if value is not None and self._maximum is not None and value > self._maximum:
            return translate("MoneyEdit", "At most {max} euros.").format(max=format_amount(self._maximum))
        return None

    def _commit(self) -> None:
        problem = self.problem()
        if problem is not None:
            field_marks.mark(self, problem)
            self._own_mark = True
            return
        if self._own_mark:  # (a mark from the dialog stays until the amount is changed)
            field_marks.unmark(self)
            self._own_mark = False
        value = self.value()
        text = format_amount(value)
        if text != self.text():
            self.setText(text)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)
