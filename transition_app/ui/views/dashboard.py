"""The dashboard for a worker or the whole centre: days left before exit, overdue steps, reunification windows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from transition_app.services.checklist import EXIT_BUCKETS, Dashboard
from transition_app.services.context import AppContext
from transition_app.ui import messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_dashboard import Ui_DashboardView
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.views.checklist_view import OVERDUE_COLOUR, data_text, overdue_icon, status_icon, status_label
from transition_app.ui.widgets.a11y import relative_font, text_rows
from transition_app.ui.workers import run_in_background

FAMILY_ROLE = Qt.ItemDataRole.UserRole
LIMIT = 300


def _bucket_label(key: str) -> str:
    return {
        "overdue": translate("DashboardView", "overdue"),
        "0-7": translate("DashboardView", "0–7 days"),
        "8-14": translate("DashboardView", "8–14 days"),
        "15-30": translate("DashboardView", "15–30 days"),
        "31-60": translate("DashboardView", "31–60 days"),
        "61+": translate("DashboardView", "more than 60 days"),
        "unknown": translate("DashboardView", "no date"),
    }[key]


def _date(value: object) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""  # type: ignore[call-overload]


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _mark_late(item: QTableWidgetItem, words: str | None = None) -> None:
    """Late or overdue: a warning icon and red text (and ``words`` for screen readers), not colour alone."""
    item.setIcon(overdue_icon())
    item.setForeground(QBrush(OVERDUE_COLOUR))
    if words:
        item.setToolTip(words)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, words)


class DashboardView(QWidget):
    """Counts and tables from ``ChecklistService.dashboard``; double-click (or Enter) opens a family."""

    open_family = Signal(int)
    loaded = Signal(object)  # the Dashboard data

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self.data: Dashboard | None = None
        self._loading = False
        self._again = False

        combo = self.ui.workerFilter
        combo.addItem(translate("DashboardView", "Whole centre (all workers)"), None)
        for worker in ctx.staff.list_workers():
            combo.addItem(worker.full_name, worker.id)
        self._fill_tracks()
        self.ui.workerFilter.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.trackFilter.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.withinSpin.valueChanged.connect(lambda _v: self.reload())
        self.ui.refreshButton.clicked.connect(lambda: self.reload())
        self.ui.exportButton.clicked.connect(self.export)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.reload)
        # shown as a window of its own: Escape closes it, like a dialog
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=lambda: self.close() if self.isWindow() else None)
        for table in (self.ui.familiesTable, self.ui.overdueTable, self.ui.reunificationTable):
            text_rows(table)
            table.setSortingEnabled(False)
            table.activated.connect(lambda index, t=table: self._open(t, index.row()))  # double-click, Enter
        for label in (self.ui.transitionCount, self.ui.overdueCount, self.ui.dueSoonCount,
                      self.ui.reunificationCount):
            relative_font(label, 1.2)  # follows the system font size

    def _fill_tracks(self) -> None:
        combo = self.ui.trackFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("DashboardView", "All tracks"), None)
        for track in self.ctx.checklists.tracks():
            combo.addItem(data_text(track.title) if track.id != "custom" else tr_dynamic("Checklist", track.title),
                          track.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def export(self) -> object:
        """Export… : the export dialog with the dashboard chosen, with these filters."""
        from transition_app.ui.dialogs.export_list import open_export_dialog

        window = self.parentWidget() if self.parentWidget() is not None and hasattr(self.parentWidget(), "ctx") \
            else self
        return open_export_dialog(window, "dashboard", self.filters(), parent=self)

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """The interface language changed: the form, the filters and the data shown again (no reload)."""
        from transition_app.ui.language_switch import retranslate_texts

        self.ui.retranslateUi(self)
        self._fill_tracks()
        retranslate_texts(self)
        if self.data is not None:
            self._fill(self.data)
        self.layout().invalidate()  # the labels' new widths

    # ----------------------------------------------------------------- loading
    def filters(self) -> dict[str, object]:
        return {"worker_id": self.ui.workerFilter.currentData(), "track": self.ui.trackFilter.currentData(),
                "within_days": self.ui.withinSpin.value(), "limit": LIMIT}

    def reload(self, synchronous: bool = False) -> None:
        """Load the dashboard (in the background unless ``synchronous``)."""
        filters = self.filters()
        if synchronous:
            self._on_loaded(self.ctx.checklists.dashboard(**filters))  # type: ignore[arg-type]
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.ui.hintLabel.setText(translate("DashboardView", "Loading…"))
        run_in_background(self, lambda: self.ctx.checklists.dashboard(**filters),  # type: ignore[arg-type]
                          self._on_loaded, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        messages.error(self, service_error_text(exc))

    def _on_loaded(self, data: Dashboard) -> None:
        self._loading = False
        if self._again:  # the filters changed while loading
            self._again = False
            self.reload()
            return
        self.data = data
        self._fill(data)
        self.loaded.emit(data)

    # ----------------------------------------------------------------- showing
    def _fill(self, d: Dashboard) -> None:
        loc = QLocale()
        self.ui.transitionCount.setText(translate("DashboardView", "<b>{n}</b> families still in reception").format(
            n=loc.toString(d.families_in_transition)))
        self.ui.overdueCount.setText(translate("DashboardView", "<b>{n}</b> overdue steps").format(
            n=loc.toString(d.overdue_total)))
        self.ui.dueSoonCount.setText(translate("DashboardView", "<b>{n}</b> steps due within {days} days").format(
            n=loc.toString(d.due_soon_total), days=d.within_days))
        self.ui.reunificationCount.setText(translate(
            "DashboardView", "<b>{n}</b> family reunification windows closing within {days} days").format(
            n=loc.toString(d.reunification_total), days=d.within_days))
        buckets = " · ".join(f"{_bucket_label(key)}: <b>{loc.toString(d.bucket(key))}</b>"
                             for key, _lo, _hi in EXIT_BUCKETS)
        self.ui.bucketsLabel.setText(translate("DashboardView", "Days left before leaving reception — {buckets}")
                                     .format(buckets=buckets))
        self._fill_families(d)
        self._fill_overdue(d)
        self._fill_reunification(d)
        shown = len(d.families) < d.families_in_transition or len(d.overdue) < d.overdue_total
        self.ui.hintLabel.setText(
            translate("DashboardView", "Double-click a row (or press Enter) to open the family.")
            + (" " + translate("DashboardView", "Each table shows the first {n} rows.").format(n=LIMIT)
               if shown else ""))
        tables = self.ui.tables
        tables.setTabText(0, translate("DashboardView", "&Families by days left ({n})").format(
            n=loc.toString(d.families_in_transition)))
        tables.setTabText(1, translate("DashboardView", "&Overdue steps ({n})").format(n=loc.toString(d.overdue_total)))
        tables.setTabText(2, translate("DashboardView", "Family &reunification windows ({n})").format(
            n=loc.toString(d.reunification_total)))

    @staticmethod
    def _setup(table: QTableWidget, headers: list[str], rows: int) -> None:
        table.clearContents()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(rows)

    @staticmethod
    def _size(table: QTableWidget, stretch: int) -> None:
        """Columns fit their contents; ``stretch`` (the family or step) takes the rest."""
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def _fill_families(self, d: Dashboard) -> None:
        table = self.ui.familiesTable
        self._setup(table, [translate("DashboardView", "Leave by"), translate("DashboardView", "Days left"),
                            translate("DashboardView", "Case"), translate("DashboardView", "Family"),
                            translate("DashboardView", "Worker"), translate("DashboardView", "Open steps"),
                            translate("DashboardView", "Overdue steps")], len(d.families))
        for row, f in enumerate(d.families):
            when = QTableWidgetItem(_date(f.exit_due))
            when.setData(FAMILY_ROLE, f.family_id)
            days = _number(f.days_left) if f.days_left is not None else QTableWidgetItem("")
            if f.days_left is not None and f.days_left < 0:
                days.setText(translate("DashboardView", "{n} late").format(n=-f.days_left))
                _mark_late(days)
            overdue = _number(f.overdue_steps)
            if f.overdue_steps:
                _mark_late(overdue, translate("DashboardView", "%n steps overdue", None, f.overdue_steps))
            for col, item in enumerate((when, days, QTableWidgetItem(f.case_number),
                                        QTableWidgetItem(f.household_name), QTableWidgetItem(f.worker_name or ""),
                                        _number(f.open_steps), overdue)):
                table.setItem(row, col, item)
        self._size(table, 3)

    def _fill_overdue(self, d: Dashboard) -> None:
        table = self.ui.overdueTable
        self._setup(table, [translate("DashboardView", "Was due"), translate("DashboardView", "Days late"),
                            translate("DashboardView", "Case"), translate("DashboardView", "Family"),
                            translate("DashboardView", "Worker"), translate("DashboardView", "Step"),
                            translate("DashboardView", "Status")], len(d.overdue))
        for row, i in enumerate(d.overdue):
            when = QTableWidgetItem(_date(i.due_date))
            when.setData(FAMILY_ROLE, i.family_id)
            late = _number(-i.days_left)
            _mark_late(late, translate("DashboardView", "%n days late", None, -i.days_left))
            status = QTableWidgetItem(status_icon(i.status), status_label(i.status))
            for col, item in enumerate((when, late, QTableWidgetItem(i.case_number),
                                        QTableWidgetItem(i.household_name), QTableWidgetItem(i.worker_name or ""),
                                        QTableWidgetItem(data_text(i.title)), status)):
                table.setItem(row, col, item)
        self._size(table, 5)

    def _fill_reunification(self, d: Dashboard) -> None:
        table = self.ui.reunificationTable
        self._setup(table, [translate("DashboardView", "Favourable window ends"),
                            translate("DashboardView", "Days left"), translate("DashboardView", "Case"),
                            translate("DashboardView", "Family"), translate("DashboardView", "Worker"),
                            translate("DashboardView", "Application")], len(d.reunification))
        for row, r in enumerate(d.reunification):
            when = QTableWidgetItem(_date(r.window_end))
            when.setData(FAMILY_ROLE, r.family_id)
            status = QTableWidgetItem(status_icon(r.step_status), status_label(r.step_status))
            for col, item in enumerate((when, _number(r.days_left), QTableWidgetItem(r.case_number),
                                        QTableWidgetItem(r.household_name), QTableWidgetItem(r.worker_name or ""),
                                        status)):
                table.setItem(row, col, item)
        self._size(table, 3)

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.open_family.emit(int(item.data(FAMILY_ROLE)))

    def family_at(self, table: QTableWidget, row: int) -> int | None:
        item = table.item(row, 0)
        return None if item is None else int(item.data(FAMILY_ROLE))
