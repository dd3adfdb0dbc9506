"""The family list: a table model over ``FamilySummary`` rows held in memory.

Filtering (search-as-you-type) goes through ``services.search_index.FamilyIndex``;
the rows are kept in the current sort order, so a filter result is already sorted
and a keystroke costs one scan and one model reset, with no query.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from transition_app.services.dto import FamilyQuery, FamilySummary
from transition_app.services.search_index import FamilyIndex
from transition_app.ui import labels
from transition_app.ui.i18n import tr_dynamic

CTX = "FamilyTableModel"
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_USER = Qt.ItemDataRole.UserRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class FamilyTableModel(QAbstractTableModel):
    COL_CASE, COL_NAME, COL_MEMBERS, COL_STATUS, COL_NATIONALITY, COL_LANGUAGES, COL_WORKER, COL_DECISION = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("FamilyTableModel", "Case"),
        QT_TRANSLATE_NOOP("FamilyTableModel", "Household"),
        QT_TRANSLATE_NOOP("FamilyTableModel", "Members"),
        QT_TRANSLATE_NOOP("FamilyTableModel", "Status"),
        QT_TRANSLATE_NOOP("FamilyTableModel", "Nationality"),
        QT_TRANSLATE_NOOP("FamilyTableModel", "Languages"),
        QT_TRANSLATE_NOOP("FamilyTableModel", "Social worker"),
        QT_TRANSLATE_NOOP("FamilyTableModel", "Decision"),
    )
    _SORT_KEYS = (
        lambda r: r.case_number,
        lambda r: (r.household_name.casefold(), r.id),
        lambda r: (r.member_count, r.id),
        lambda r: (r.status, r.household_name),
        lambda r: (r.nationalities, r.household_name),
        lambda r: (r.languages, r.household_name),
        lambda r: ((r.worker_name or "").casefold(), r.household_name),
        lambda r: (r.decision_date or dt.date.min, r.id),
    )

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[FamilySummary] = []
        self._index = FamilyIndex([])
        self._visible: list[int] = []
        self._query = FamilyQuery()
        self._sort = (self.COL_NAME, Qt.SortOrder.AscendingOrder)
        self._position: dict[int, int] = {}  # family id -> position in _rows
        self._texts: dict[int, tuple[Any, ...]] = {}  # formatted cells by position in _rows
        self._status_text = {k: tr_dynamic(labels.CTX, v) for k, v in labels.STATUS.items()}
        self._locale = QLocale()
        self._flagged: dict[int, int] = {}  # family id -> changes by admin buddies not seen yet

    # --------------------------------------------------------------- contents
    def set_rows(self, rows: Sequence[FamilySummary]) -> None:
        self.beginResetModel()
        self._texts.clear()
        self._rows = self._sorted(list(rows))
        self._position = {r.id: i for i, r in enumerate(self._rows)}
        self._index = FamilyIndex(self._rows)
        self._visible = self._index.filter(self._query)
        self.endResetModel()

    def retranslate(self) -> None:
        """The interface language changed: headers, statuses and dates in the new one."""
        self._status_text = {k: tr_dynamic(labels.CTX, v) for k, v in labels.STATUS.items()}
        self._locale = QLocale()
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._visible:  # (the selection stays)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(self.HEADERS) - 1))

    def set_query(self, query: FamilyQuery) -> None:
        self._query = query
        self.beginResetModel()
        self._visible = self._index.filter(query)
        self.endResetModel()

    def set_flagged(self, counts: dict[int, int]) -> None:
        """Highlight the families changed by an admin buddy (bold, an icon and "Updated by buddy")."""
        if counts == self._flagged:
            return
        changed = set(counts) ^ set(self._flagged)
        self._flagged = dict(counts)
        for family_id in changed:
            position = self._position.get(family_id)
            if position is not None:
                self._texts.pop(position, None)
        if self._visible:
            self.dataChanged.emit(self.index(0, self.COL_NAME), self.index(len(self._visible) - 1, self.COL_NAME))

    def flagged(self, family_id: int) -> bool:
        return family_id in self._flagged

    def query(self) -> FamilyQuery:
        return self._query

    def total(self) -> int:
        return len(self._rows)

    def all_rows(self) -> list[FamilySummary]:
        return self._rows

    def summary(self, row: int) -> FamilySummary:
        return self._rows[self._visible[row]]

    def row_of(self, family_id: int) -> int | None:
        """The visible row of a family, or None (O(log n): positions in _visible are ascending)."""
        position = self._position.get(family_id)
        if position is None:
            return None
        row = bisect_left(self._visible, position)
        return row if row < len(self._visible) and self._visible[row] == position else None

    def _sorted(self, rows: list[FamilySummary]) -> list[FamilySummary]:
        column, order = self._sort
        rows.sort(key=self._SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    # ------------------------------------------------------------- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_dynamic(CTX, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every visible cell and role on each repaint: unhandled roles return
        # first, and a row's texts are formatted once and cached until the rows change.
        if role != _DISPLAY and role != _TOOLTIP:
            if role == _USER and index.isValid():
                return self._rows[self._visible[index.row()]].id
            if role == _ALIGN and index.column() == self.COL_MEMBERS:
                return _RIGHT
            if (role == _FONT or role == _DECORATION) and self._flagged and index.column() == self.COL_NAME \
                    and index.isValid() and self._rows[self._visible[index.row()]].id in self._flagged:
                from transition_app.ui.buddy_features import bold, buddy_icon

                return bold(QFont()) if role == _FONT else buddy_icon()
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._visible):
            return None
        position = self._visible[row]
        texts = self._texts.get(position)
        if texts is None:
            texts = self._texts[position] = self._format(self._rows[position])
        return texts[index.column()]

    def _format(self, r: FamilySummary) -> tuple[Any, ...]:
        decided = self._locale.toString(r.decision_date, QLocale.FormatType.ShortFormat) if r.decision_date else ""
        return (
            r.case_number, r.household_name + (self._updated_text() if r.id in self._flagged else ""),
            r.member_count, self._status_text.get(r.status, r.status),
            r.nationalities.strip().replace(" ", ", "), r.languages.strip().replace(" ", ", "),
            r.worker_name or "", decided,
        )

    @staticmethod
    def _updated_text() -> str:
        from transition_app.ui.buddy_features import updated_by_buddy_text

        return " — " + updated_by_buddy_text()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.beginResetModel()
        self._texts.clear()
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        self._position = {r.id: i for i, r in enumerate(self._rows)}
        self._index = FamilyIndex(self._rows)
        self._visible = self._index.filter(self._query)
        self.endResetModel()
