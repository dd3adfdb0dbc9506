"""Choose a Belgian municipality by typing any of its names or a postcode (issue 9, point 10).

Over ``domain.directory.search``: case, accents, hyphens and apostrophes are ignored, a 4-digit
text is a postcode, and the Dutch, French and German names and the postal localities are all
searched -- "Luik", "Lüttich", "Liege" and "4000" find Liège; "Brussel" Bruxelles; "Sint-Joost"
Saint-Josse-ten-Noode.  The list under the field shows the name in the interface language, and
underneath, in grey, the other official names and the postcodes (and the locality matched, when
it was one).  Up/Down move in the list, Enter or a click chooses, Escape closes it.  Leaving the
field with a text that names one municipality chooses it; a text that names none or several is
kept and flagged ("choose from the list").  The value is the NIS code, or None when empty.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from transition_app.domain import directory
from transition_app.domain.text import fold
from transition_app.ui.i18n import translate, ui_language
from transition_app.ui.widgets import field_marks

NIS_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
_PUNCT = re.compile(r"[-'’.,/()]+")
MAX_POSTCODES = 4


def _norm(text: str) -> str:
    return " ".join(fold(_PUNCT.sub(" ", text)).split())


def display_name(m: directory.Municipality, language: str | None = None) -> str:
    """The municipality's name in the interface language when it has one (else its own)."""
    return m.name(language or ui_language())


def details(m: directory.Municipality, query: str = "", language: str | None = None) -> str:
    """The grey line under a choice: other official names, postcodes, the locality matched."""
    main = display_name(m, language)
    parts = []
    others = [n for n in m.all_names if n != main]
    if others:
        parts.append(" · ".join(others))
    q = _norm(query)
    postcodes = list(directory.postcodes_of(m.nis_code))
    if q.isdigit() and q in postcodes:  # the postcode typed first
        postcodes.remove(q)
        postcodes.insert(0, q)
    shown = ", ".join(postcodes[:MAX_POSTCODES]) + (" …" if len(postcodes) > MAX_POSTCODES else "")
    if shown:
        parts.append(shown)
    if q and not q.isdigit() and not any(q in _norm(n) for n in m.all_names):
        for postcode in directory.postcodes_of(m.nis_code):
            for loc in directory.localities(postcode):
                if loc.nis_code == m.nis_code and any(q in _norm(n) for n in loc.names):
                    name = next(n for n in loc.names if q in _norm(n))
                    parts.append(translate("MunicipalityPicker", "includes {locality} ({postcode})").format(
                        locality=name, postcode=postcode))
                    return " — ".join(parts)
    return " — ".join(parts)


class _TwoLines(QStyledItemDelegate):
    """The name, and under it in the placeholder colour the other names and postcodes."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance(str(index.data(DETAIL_ROLE) or "")) + 16, 2 * fm.height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        fm = QFontMetrics(option.font)
        rect = option.rect.adjusted(6, 4, -6, -4)
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        first = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(first, align, fm.elidedText(str(index.data(NAME_ROLE) or ""),
                                                     Qt.TextElideMode.ElideRight, rect.width()))
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.PlaceholderText))
        second = QRect(rect.left(), rect.top() + fm.height(), rect.width(), fm.height())
        painter.drawText(second, align, fm.elidedText(str(index.data(DETAIL_ROLE) or ""),
                                                      Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class MunicipalityPicker(QLineEdit):
    """A municipality typed or chosen from the list under the field (see the module's docstring)."""

    municipalityChanged = Signal(object)  # the NIS code, or None

    def __init__(self, parent: QWidget | None = None, *, limit: int = 12):
        super().__init__(parent)
        self._limit = limit
        self._nis: str | None = None
        self._own_mark = False
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(7)
        popup = completer.popup()
        popup.setItemDelegate(_TwoLines(popup))
        popup.setObjectName("municipalityList")
        popup.setAccessibleName(translate("MunicipalityPicker", "Municipalities found"))
        self._completer = completer
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self._search)
        self.editingFinished.connect(self._resolve)
        self.setPlaceholderText(translate("MunicipalityPicker", "Name or postcode"))
        self.setToolTip(translate("MunicipalityPicker", "Type a name in French, Dutch or German, or a postcode; "
                                                        "choose from the list with the arrow keys and Enter"))
        self.setAccessibleDescription(translate(
            "MunicipalityPicker", "Type a municipality's name in any of its languages, or a postcode; the "
                                  "municipalities found are listed below, Down and Enter choose one."))

    # ----------------------------------------------------------------- value
    def nis(self) -> str | None:
        """The chosen municipality's NIS code, or None (empty, or a text that names none)."""
        return self._nis

    value = nis

    def municipality(self) -> directory.Municipality | None:
        return directory.municipality(self._nis) if self._nis else None

    def setNis(self, nis: str | None) -> None:
        """Show the municipality with this NIS code (None: empty)."""
        m = directory.municipality(nis) if nis else None
        self._unmark_own()
        self.setText(display_name(m) if m else "")
        self._set(m.nis_code if m else None)

    def isValid(self) -> bool:
        """False when the text names no municipality, or several (it is kept and flagged)."""
        return self.problem() is None

    def problem(self) -> str | None:
        text = self.text().strip()
        if not text or (self._nis is not None and text == self._shown_name()):
            return None
        found = self._choices(text)
        if not found:
            return translate("MunicipalityPicker", "No Belgian municipality is called “{text}” or has that "
                                                   "postcode.").format(text=text)
        if len(found) > 1:
            return translate("MunicipalityPicker", "“{text}” could be {first} or another municipality: choose "
                                                   "one from the list.").format(text=text,
                                                                                first=display_name(found[0]))
        return None

    def suggest(self, nis_codes: list[str], query: str = "") -> None:
        """Fill the list with these municipalities (e.g. the two of postcode 1050)."""
        self._fill([m for m in (directory.municipality(n) for n in nis_codes) if m is not None], query)

    def candidates(self) -> list[str]:
        """The NIS codes the list shows now (for tests and the dialog)."""
        return [self._model.item(r).data(NIS_ROLE) for r in range(self._model.rowCount())]

    # ----------------------------------------------------------------- internals
    def _shown_name(self) -> str:
        m = self.municipality()
        return display_name(m) if m else ""

    def _choices(self, text: str) -> list[directory.Municipality]:
        """The municipalities ``text`` names: exact names (or a postcode) first, else all found."""
        found = list(directory.search(text, limit=None))
        q = _norm(text)
        if q.isdigit():
            return found
        exact = [m for m in found if q in {_norm(n) for n in m.all_names}]
        return exact or found

    def _search(self, text: str) -> None:
        if self._nis is not None:
            self._set(None)  # typing replaces the choice
        self._unmark_own()
        self._fill(list(directory.search(text, limit=self._limit)) if text.strip() else [], text)

    def _fill(self, found: list[directory.Municipality], query: str) -> None:
        self._model.clear()
        language = ui_language()
        for m in found:
            name = display_name(m, language)
            detail = details(m, query, language)
            item = QStandardItem(f"{name} — {detail}" if detail else name)  # what a screen reader reads
            item.setData(m.nis_code, NIS_ROLE)
            item.setData(name, NAME_ROLE)
            item.setData(detail, DETAIL_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)

    def _activated(self, index: QModelIndex) -> None:
        nis = index.data(NIS_ROLE)
        m = directory.municipality(nis) if nis else None
        if m is not None:
            self._unmark_own()
            self.setText(display_name(m))
            self._set(m.nis_code)

    def _resolve(self) -> None:
        text = self.text().strip()
        if not text:
            self._unmark_own()
            self._set(None)
            return
        if self._nis is not None and text == self._shown_name():
            return
        found = self._choices(text)
        if len(found) == 1:
            self._unmark_own()
            self.setText(display_name(found[0]))
            self._set(found[0].nis_code)
            return
        self._set(None)
        problem = self.problem()
        if problem:
            field_marks.mark(self, problem)
            self._own_mark = True

    def _unmark_own(self) -> None:
        if self._own_mark:
            field_marks.unmark(self)
            self._own_mark = False

    def _set(self, nis: str | None) -> None:
        if nis != self._nis:
            self._nis = nis
            self.municipalityChanged.emit(nis)
