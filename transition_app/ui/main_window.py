"""The main window: the family list with search and filters, and the selected family's file."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTableWidgetItem,
    QWidget,
)

from transition_app import APP_NAME, __version__
from transition_app.ui import i18n, messages
from transition_app.ui.generated.ui_main_window import Ui_MainWindow
from transition_app.ui.i18n import tr_dynamic, translate
from transition_app.ui.state import UiState
from transition_app.ui.widgets.a11y import (
    CTRL_ENTER,
    ENTER,
    bind_keys,
    follow_system_font,
    max_lines,
    relative_font,
    text_rows,
)
from transition_app.ui.workers import run_in_background

# Everything below the window shell is imported when first needed (see attach()): the
# window is on screen before the database, search and validation layers are loaded.

if TYPE_CHECKING:
    from transition_app.domain.validation import ServiceError, ValidationError
    from transition_app.paths import AppPaths
    from transition_app.services.context import AppContext
    from transition_app.services.dto import FamilyDetail, FamilyQuery, FamilySummary
    from transition_app.ui import labels
    from transition_app.ui.dialogs.family_edit import FamilyEditDialog
    from transition_app.ui.errors import service_error_text
    from transition_app.ui.models.family_table import FamilyTableModel
    from transition_app.ui.views.checklist_view import ChecklistView
    from transition_app.ui.views.dashboard import DashboardView


def _import_core() -> None:
    """Load the layers the window needs once a database is open (kept off the start-up path)."""
    global FamilyQuery, FamilyTableModel, ServiceError, ValidationError, labels, service_error_text
    from transition_app.domain.validation import ServiceError, ValidationError
    from transition_app.services.dto import FamilyQuery
    from transition_app.ui import labels
    from transition_app.ui.errors import service_error_text
    from transition_app.ui.models.family_table import FamilyTableModel

log = logging.getLogger(__name__)
CTX = "MainWindow"

ABOUT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<p><b>{name}</b> {version}</p><p>Exit support for families leaving Belgian reception centres.</p>"
    "<p>Municipality and postcode data: FPS BOSA, BeST Address open data, licensed CC BY 4.0.</p>",
)


class MainWindow(QMainWindow):
    families_loaded = Signal(int)
    family_shown = Signal(int)

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None,
                 paths: AppPaths | None = None):
        """A window over ``ctx``; or, with only ``paths``, an empty window shown at once
        while the database opens (``attach`` completes it)."""
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        paths = paths or (ctx.paths if ctx else None)
        assert paths is not None, "MainWindow needs an AppContext or AppPaths"
        self.state = UiState(paths.ui_state)
        self.model: FamilyTableModel | None = None  # created by attach()
        self._detail: FamilyDetail | None = None
        self._active_dialog: FamilyEditDialog | None = None
        self._loading = False
        self._pending_select: int | None = None
        self._first_show = True

        table = self.ui.familyTable
        table.horizontalHeader().setObjectName("familyTableHeader")
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        text_rows(table)  # rows and title follow the system font size
        table.doubleClicked.connect(lambda _index: self.edit_family())
        bind_keys(table, ENTER, self.edit_family)
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 2)
        follow_system_font()  # text follows the system font size, also where a style sheet colours it
        relative_font(self.ui.detailTitle, 1.4, QFont.Weight.DemiBold)
        max_lines(self.ui.noteEdit, 4)
        bind_keys(self.ui.noteEdit, CTRL_ENTER, self.add_note)

        self.ui.searchEdit.textChanged.connect(self._apply_filters)
        for combo in (self.ui.statusFilter, self.ui.workerFilter, self.ui.nationalityFilter, self.ui.languageFilter):
            combo.currentIndexChanged.connect(self._apply_filters)

        self.ui.actionNewFamily.triggered.connect(self.new_family)
        self.ui.actionEditFamily.triggered.connect(self.edit_family)
        self.ui.actionArchiveFamily.triggered.connect(self.archive_family)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionFind.triggered.connect(self._focus_search)
        self.ui.actionRefresh.triggered.connect(self.reload)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionDashboard.triggered.connect(self.show_dashboard)
        from transition_app.ui.documents_menu import install_documents_menu  # Documents menu, built in code

        self.documents_menu = install_documents_menu(self)
        from transition_app.ui.appointments_menu import install_appointments_menu  # week view, step cards

        self.appointments_menu = install_appointments_menu(self)
        from transition_app.ui.dialogs.settings import install_settings_action  # File ▸ Settings… (language)

        self.settings_action = install_settings_action(self)
        from transition_app.ui.edit_menu import install_edit_menu  # Edit ▸ Undo (checklist changes)

        self.edit_menu = install_edit_menu(self)
        from transition_app.ui.export_menu import install_export_action  # File ▸ Export list…

        self.export_action = install_export_action(self)
        self.draft_note = i18n.draft_note(self)  # "Translation: draft, not yet reviewed" when it is one
        self.checklist_view: ChecklistView | None = None  # created when its tab is first shown
        self.dashboard: DashboardView | None = None  # created when first opened
        self.ui.detailTabs.currentChanged.connect(lambda _i: self._refresh_checklist())
        self.ui.addNoteButton.clicked.connect(self.add_note)
        self.ui.actionQuit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self._show_detail(None)
        self.state.restore(self)
        self._set_ready(False)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Connect the window to an opened database (call ``reload`` to load the families)."""
        _import_core()
        self.ctx = ctx
        self.model = FamilyTableModel(self)
        table = self.ui.familyTable
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(FamilyTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        from transition_app.ui.widgets.a11y import text_columns

        text_columns(table, {FamilyTableModel.COL_CASE: 18, FamilyTableModel.COL_NAME: 24,
                             FamilyTableModel.COL_MEMBERS: 6, FamilyTableModel.COL_STATUS: 16})  # in characters
        self.state.restore_header(table.horizontalHeader())
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._fill_static_filters()
        self._set_ready(True)
        from transition_app.ui.privacy_menu import install_privacy_menu  # roles, consents, audit, users

        self.privacy = install_privacy_menu(self)
        from transition_app.ui.buddy_features import install_buddy_features  # workspace, buddies' changes

        self.buddy_features = install_buddy_features(self)
        from transition_app.ui.import_menu import install_import_action  # File ▸ Import… (Ctrl+I)

        self.import_action = install_import_action(self)

    def _set_ready(self, ready: bool) -> None:
        for action in (self.ui.actionNewFamily, self.ui.actionRefresh, self.ui.actionDashboard):
            action.setEnabled(ready)
        self.ui.listPanel.setEnabled(ready)
        if not ready:
            self.statusBar().showMessage(translate("MainWindow", "Opening the database…"))

    # ----------------------------------------------------------------- loading
    def reload(self, synchronous: bool = False) -> None:
        """Load every family summary (in the background unless ``synchronous``)."""
        if self._loading or self.ctx is None:
            return
        self._loading = True
        self.statusBar().showMessage(translate("MainWindow", "Loading families…"))
        if synchronous:
            self._on_loaded(self.ctx.families.list_summaries())
        else:
            run_in_background(self, self.ctx.families.list_summaries, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, rows: list[FamilySummary]) -> None:
        self._loading = False
        current = self._pending_select or (self._detail.id if self._detail else None)
        self.model.set_rows(rows)
        self._fill_dynamic_filters(rows)
        self._update_count()
        self.statusBar().clearMessage()
        if current is not None:
            self.select_family(current)
        self._pending_select = None
        self.families_loaded.emit(len(rows))

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        log.error("loading families failed: %s", type(exc).__name__)
        messages.error(self, service_error_text(exc))

    # ----------------------------------------------------------------- filters
    def _fill_static_filters(self) -> None:
        combo = self.ui.statusFilter
        combo.blockSignals(True)
        combo.addItem(translate("MainWindow", "All but archived"), None)
        for text, code in labels.choices(labels.STATUS):
            combo.addItem(text, code)
        combo.blockSignals(False)
        combo = self.ui.workerFilter
        combo.blockSignals(True)
        combo.addItem(translate("MainWindow", "All workers"), None)
        for worker in self.ctx.staff.list_workers():
            combo.addItem(worker.full_name, worker.id)
        combo.blockSignals(False)

    def _fill_dynamic_filters(self, rows: list[FamilySummary]) -> None:
        nationalities = sorted({c for r in rows for c in r.nationality_codes})
        langs = sorted({c for r in rows for c in r.language_codes})
        for combo, codes, all_text, namer in (
            (
                self.ui.nationalityFilter,
                nationalities,
                translate("MainWindow", "All nationalities"),
                labels.country_name,
            ),
            (self.ui.languageFilter, langs, translate("MainWindow", "All languages"), labels.language_name),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for code in sorted(codes, key=namer):
                combo.addItem(namer(code), code)
            position = combo.findData(current)
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)

    def current_query(self) -> FamilyQuery:
        return FamilyQuery(
            text=self.ui.searchEdit.text(),
            status=self.ui.statusFilter.currentData(),
            worker_id=self.ui.workerFilter.currentData(),
            nationality=self.ui.nationalityFilter.currentData(),
            language=self.ui.languageFilter.currentData(),
        )

    def _apply_filters(self) -> None:
        selected = self._detail.id if self._detail else None
        self.model.set_query(self.current_query())
        self._update_count()
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self._select_row(row)

    def _update_count(self) -> None:
        self.ui.countLabel.setText(  # %Ln: the total, in the plural form it needs, with the locale's digits
            translate("MainWindow", "{shown} of %Ln families", None, self.model.total()).format(
                shown=QLocale().toString(self.model.rowCount())
            )
        )

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # ------------------------------------------------------------------ detail
    def select_family(self, family_id: int) -> bool:
        row = self.model.row_of(family_id)
        if row is None:
            return False
        self._select_row(row)
        self.ui.familyTable.scrollTo(self.model.index(row, 0))
        return True

    def _select_row(self, row: int) -> None:
        """Make ``row`` current and selected.  (Not QTableView.selectRow: right to left, as in
        Arabic, it looks for the first column one pixel past the viewport and selects nothing.)"""
        flags = QItemSelectionModel.SelectionFlag
        self.ui.familyTable.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        family_id = self.model.summary(current.row()).id
        if self._detail is not None and self._detail.id == family_id:
            return
        try:
            self._show_detail(self.ctx.families.get_family(family_id))
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))

    def _show_detail(self, detail: FamilyDetail | None) -> None:
        self._detail = detail
        has = detail is not None
        self.ui.detailTabs.setEnabled(has)
        self.ui.actionEditFamily.setEnabled(has)
        self.ui.actionArchiveFamily.setEnabled(has and detail.status == "closed")
        ui = self.ui
        if detail is None:
            ui.detailTitle.setText(translate("MainWindow", "No family selected"))
            ui.detailSubtitle.setText(
                translate("MainWindow", "Choose a family in the list, or create one with File ▸ New family.")
            )
            ui.membersTable.setRowCount(0)
            ui.contactsList.clear()
            ui.notesList.clear()
            self._refresh_checklist(force=True)
            return
        locale = QLocale()
        ui.detailTitle.setText(detail.members[0].display_name if detail.members else detail.case_number)
        ui.detailSubtitle.setText(self._subtitle(detail))
        self._fill_members(detail, locale)
        d = detail.decision
        ui.protectionValue.setText(
            labels.label(labels.PROTECTION, d.protection_type)
            if d
            else translate("MainWindow", "No decision recorded yet")
        )
        ui.bodyValue.setText(labels.label(labels.BODY, d.deciding_body) if d else "")
        for widget, value in (
            (ui.applicationValue, d.asylum_application_date if d else None),
            (ui.decisionDateValue, d.decision_date if d else None),
            (ui.notificationValue, d.notification_date if d else None),
        ):
            widget.setText(_date(locale, value))
        ui.referenceValue.setText(d.reference or "" if d else "")
        ui.contactsList.clear()
        for c in detail.contacts:
            text = f"{labels.label(labels.CONTACT, c.kind)}: {c.value}" + (f" ({c.label})" if c.label else "")
            ui.contactsList.addItem(text)
        ui.notesList.clear()
        for note in reversed(detail.notes):
            when = locale.toString(note.created_at, QLocale.FormatType.ShortFormat)
            mark = translate("MainWindow", "[confidential] ") if note.confidential else ""
            item = QListWidgetItem(f"{when} — {mark}{note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)  # (notes from a buddy are highlighted by id)
            ui.notesList.addItem(item)
        self._refresh_checklist(force=True)
        self.family_shown.emit(detail.id)

    @staticmethod
    def _subtitle(detail: FamilyDetail) -> str:
        parts = [detail.case_number, labels.label(labels.STATUS, detail.status)]
        if detail.worker_name:
            parts.append(translate("MainWindow", "worker: {name}").format(name=detail.worker_name))
        if detail.centre_name:
            parts.append(detail.centre_name)
        return " · ".join(parts)

    def _refresh_checklist(self, force: bool = False) -> None:
        """Load the shown family's checklist when its tab is visible (not on every selection)."""
        view = self.checklist_view
        visible = self.ui.detailTabs.currentWidget() is self.ui.checklistTab
        if view is None:
            if not visible or self.ctx is None:
                return
            from transition_app.ui.views.checklist_view import ChecklistView  # first shown: not at start-up

            view = self.checklist_view = ChecklistView(self.ctx, self.ui.checklistTab)
            # scrolls as a whole when its texts need more height than there is (large system font)
            scroll = QScrollArea(self.ui.checklistTab)
            scroll.setObjectName("checklistScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(view)
            self.ui.checklistTabLayout.addWidget(scroll)
            view.changed.connect(self._checklist_changed)
            self.edit_menu.attach(view)
            view.buddy_changes = self.buddy_features.step_changes  # steps a buddy changed: highlighted
        family_id = self._detail.id if self._detail else None
        if not visible:
            if family_id != view.family_id:
                view.family_id = None  # stale: reloaded when the tab is shown
            return
        if force or family_id != view.family_id or family_id is None:
            view.show_family(family_id)

    def show_checklist(self, family_id: int) -> bool:
        """Select the family (clearing the list filters if they hide it) and open its checklist."""
        if not self.select_family(family_id):
            self.ui.searchEdit.clear()
            for combo in (self.ui.statusFilter, self.ui.workerFilter, self.ui.nationalityFilter,
                          self.ui.languageFilter):
                combo.setCurrentIndex(0)
            if not self.select_family(family_id):
                return False
        self.ui.detailTabs.setCurrentWidget(self.ui.checklistTab)
        self._refresh_checklist()
        if self.checklist_view is not None and self.checklist_view.family_id != family_id:
            self.checklist_view.show_family(family_id)
        self.activateWindow()
        return True

    def _checklist_changed(self, family_id: int) -> None:
        """A step was ticked or changed: the open dashboard's counts follow; when the family's status
        changed with it (the leave step), the family list and the file's heading follow too."""
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.reload()
        view = self.checklist_view
        status = view.data.family_status if view is not None and view.data is not None else None
        if self._detail is not None and self._detail.id == family_id and status and status != self._detail.status:
            try:
                detail = self.ctx.families.get_family(family_id)
            except ServiceError as exc:
                messages.error(self, service_error_text(exc))
                return
            self._detail = detail
            self.ui.detailSubtitle.setText(self._subtitle(detail))
            self.ui.actionArchiveFamily.setEnabled(detail.status == "closed")
            self.reload()  # the list row shows the new status

    def show_dashboard(self) -> DashboardView | None:
        """The dashboard, in its own window (View ▸ Dashboard, Ctrl+D)."""
        if self.ctx is None:
            return None
        if self.dashboard is None:
            from transition_app.ui.views.dashboard import DashboardView

            self.dashboard = DashboardView(self.ctx, self)
            self.dashboard.setWindowFlag(Qt.WindowType.Window, True)
            self.dashboard.resize(1100, 700)
            self.dashboard.open_family.connect(self.show_checklist)
        self.dashboard.show()
        self.dashboard.activateWindow()
        self.dashboard.reload()
        return self.dashboard

    def _fill_members(self, detail: FamilyDetail, locale: QLocale) -> None:
        table = self.ui.membersTable
        headers = [
            translate("MainWindow", "Name"),
            translate("MainWindow", "Relation"),
            translate("MainWindow", "Born"),
            translate("MainWindow", "Nationality"),
            translate("MainWindow", "Languages"),
            translate("MainWindow", "Where"),
            translate("MainWindow", "Residence card"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(detail.members))
        for row, m in enumerate(detail.members):
            card = ""
            if m.card_type:
                card = labels.label(labels.CARD, m.card_type)
                if m.card_expiry:
                    card += " " + translate("MainWindow", "until {date}").format(date=_date(locale, m.card_expiry))
            values = [
                m.display_name,
                labels.label(labels.RELATION, m.relation),
                _date(locale, m.birth_date),
                labels.country_name(m.nationality) if m.nationality else "",
                ", ".join(labels.language_name(c) + (" ★" if c == m.preferred_language else "") for c in m.languages),
                translate("MainWindow", "In Belgium")
                if m.in_belgium
                else translate("MainWindow", "Abroad (reunification)"),
                card,
            ]
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    # ----------------------------------------------------------------- actions
    def new_family(self) -> FamilyEditDialog:
        from transition_app.ui.dialogs.family_edit import FamilyEditDialog

        dialog = FamilyEditDialog(self.ctx, None, self)
        dialog.saved.connect(self._after_save)
        self._open_dialog(dialog)
        return dialog

    def edit_family(self) -> FamilyEditDialog | None:
        if self._detail is None or self._detail.restricted:  # an admin buddy's view cannot be edited
            return None
        try:
            detail = self.ctx.families.get_family(self._detail.id)  # the latest version
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return None
        from transition_app.ui.dialogs.family_edit import FamilyEditDialog

        dialog = FamilyEditDialog(self.ctx, detail, self)
        dialog.saved.connect(self._after_save)
        self._open_dialog(dialog)
        return dialog

    def _open_dialog(self, dialog: FamilyEditDialog) -> None:
        self._active_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "_active_dialog", None))
        dialog.open()

    def _after_save(self, detail: FamilyDetail) -> None:
        self._detail = None
        self._pending_select = detail.id
        self._show_detail(detail)
        self.statusBar().showMessage(translate("MainWindow", "Saved {case}.").format(case=detail.case_number), 5000)
        self.reload()

    def archive_family(self) -> None:
        detail = self._detail
        if detail is None:
            return
        if not messages.confirm(
            self,
            translate("MainWindow", "Archive case"),
            translate(
                "MainWindow", "Archive the closed case {case}? It will no longer appear among active cases."
            ).format(case=detail.case_number),
            translate("MainWindow", "Archive"),
        ):
            return
        try:
            archived = self.ctx.families.archive_family(detail.id, detail.version)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return
        self._show_detail(archived)
        self.reload()

    def add_note(self) -> None:
        if self._detail is None:
            return
        text = self.ui.noteEdit.toPlainText()
        try:
            self.ctx.families.add_note(self._detail.id, text, self.ui.noteConfidentialCheck.isChecked())
        except ValidationError as exc:
            messages.error(self, service_error_text(exc))
            return
        self.ui.noteEdit.clear()
        self.ui.noteConfidentialCheck.setChecked(False)
        self._show_detail(self.ctx.families.get_family(self._detail.id))

    def _about(self) -> None:
        messages.show(
            self,
            translate("MainWindow", "About Transition Assistant"),
            tr_dynamic(CTX, ABOUT).format(name=APP_NAME, version=__version__),
            QMessageBox.Icon.Information,
        )

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """The interface language changed (Settings, or the person who signed in): every text of the
        window in the new one, without a restart (see ``ui.language_switch``)."""
        from transition_app.ui import language_switch

        self.ui.retranslateUi(self)
        language_switch.retranslate_texts(self)  # menus, actions and labels built in code
        if self.draft_note is not None:
            self.statusBar().removeWidget(self.draft_note)
            self.draft_note.deleteLater()
        self.draft_note = i18n.draft_note(self)
        if self.model is not None:
            self.model.retranslate()
            self._fill_dynamic_filters(self.model.all_rows())
            self._update_count()
        view = self.checklist_view
        if view is not None:
            view.ui.retranslateUi(view)
            if view.ctx is not None:
                view.set_context(view.ctx)
            view.family_id = None  # shown again now (below) or when its tab is next opened
        self._show_detail(self._detail)  # dates and labels of the shown family, and its checklist
        workspace = getattr(getattr(self, "buddy_features", None), "workspace", None)
        if workspace is not None:  # an admin buddy's workspace instead of the family list
            language_switch.refresh_view(workspace)
        week = getattr(getattr(self, "appointments_menu", None), "week_view", None)
        if week is not None:  # the week view, a window of its own
            language_switch.refresh_view(week)

    # ------------------------------------------------------------------ closing
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:  # list and family file share the width 3:2, unless a saved layout says otherwise
            self._first_show = False
            splitter = self.ui.mainSplitter
            if self.state.settings.value(self.state._key(splitter, "splitter")) is None:
                total = sum(splitter.sizes())
                splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ui.noteEdit.toPlainText().strip() and not messages.confirm(
            self,
            translate("MainWindow", "Unsaved note"),
            translate("MainWindow", "You have written a note that is not added yet. Quit and discard it?"),
            translate("MainWindow", "Discard and quit"),
        ):
            event.ignore()
            return
        self.state.save(self)
        event.accept()


def _date(locale: QLocale, value: dt.date | None) -> str:
    return locale.toString(value, QLocale.FormatType.ShortFormat) if value else ""
