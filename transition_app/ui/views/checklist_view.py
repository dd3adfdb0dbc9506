"""A family's exit-support checklist: steps by track, tick to mark done, status, dates, notes, next step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIcon, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QLineEdit, QMenu, QTreeWidgetItem, QWidget

from transition_app.domain.validation import ServiceError
from transition_app.services.checklist import EXIT_STEP, EventView, StepView
from transition_app.services.checklist import ChecklistView as ChecklistData
from transition_app.services.checklist_text import localize_checklist, template_text
from transition_app.services.context import AppContext
from transition_app.ui import messages
from transition_app.ui.dialogs.leave_centre import exit_mode_label, full_year, pydate, qdate
from transition_app.ui.edit_menu import undo_action_text
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_checklist_view import Ui_ChecklistView
from transition_app.ui.i18n import tr_dynamic, translate, ui_language
from transition_app.ui.widgets.a11y import ENTER, bind_keys, follow_font, text_columns
from transition_app.ui.widgets.icons import painted_icon

CTX = "ChecklistView"
STEP_ROLE = Qt.ItemDataRole.UserRole
COL_STEP, COL_STATUS, COL_DUE, COL_DONE, COL_WHO, COL_NOTE = range(6)

STATUS = {
    "todo": QT_TRANSLATE_NOOP("ChecklistView", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("ChecklistView", "In progress"),
    "waiting": QT_TRANSLATE_NOOP("ChecklistView", "Waiting for someone else"),
    "done": QT_TRANSLATE_NOOP("ChecklistView", "Done"),
    "not_applicable": QT_TRANSLATE_NOOP("ChecklistView", "Not applicable"),
    "blocked": QT_TRANSLATE_NOOP("ChecklistView", "Blocked"),
}
NOT_YET_POSSIBLE = QT_TRANSLATE_NOOP("ChecklistView", "not yet possible")
REGION = {
    "flanders": QT_TRANSLATE_NOOP("ChecklistView", "Flanders"),
    "brussels": QT_TRANSLATE_NOOP("ChecklistView", "Brussels"),
    "wallonia": QT_TRANSLATE_NOOP("ChecklistView", "Wallonia"),
    "german_speaking": QT_TRANSLATE_NOOP("ChecklistView", "German-speaking Community"),
}
TRACK_CUSTOM = QT_TRANSLATE_NOOP("Checklist", "Added by hand")
# (fill colour, glyph): the glyph, not only the colour, tells the statuses apart
_ICON = {
    "todo": ("#ffffff", ""),
    "in_progress": ("#1565c0", "▸"),
    "waiting": ("#b26a00", "…"),
    "done": ("#2e7d32", "✓"),
    "not_applicable": ("#757575", "–"),
    "blocked": ("#c62828", "!"),
}
OVERDUE_COLOUR = QColor("#b71c1c")


def status_label(status: str) -> str:
    return tr_dynamic(CTX, STATUS.get(status, status))


def region_label(region: str | None) -> str:
    if region is None:
        return translate("ChecklistView", "not known yet (only the steps common to every region)")
    return tr_dynamic(CTX, REGION.get(region, region))


def data_text(text: str) -> str:
    """Text from the checklist template (English source) in the interface language: from the
    checklist translations (translations/checklist/), else a Qt catalog entry, else as it is."""
    if not text:
        return ""
    localized = template_text(text, ui_language())
    return localized if localized != text else tr_dynamic("ChecklistData", text)


@cache
def status_icon(status: str) -> QIcon:
    """A small round badge with a glyph per status (shape and colour)."""
    fill, glyph = _ICON.get(status, ("#ffffff", "?"))
    def paint(p: QPainter, size: int) -> None:
        rect = QRectF(1.5, 1.5, size - 3, size - 3)
        p.setPen(QPen(QColor("#424242" if status == "todo" else fill), 1.5))
        p.setBrush(QBrush(QColor(fill)))
        p.drawEllipse(rect)
        if glyph:
            p.setPen(QColor("#ffffff"))
            font = QFont()
            font.setBold(True)
            font.setPixelSize(int(size * 0.72))  # icon pixmap: sized to the pixmap, not to text
            p.setFont(font)
            if glyph == "✓":  # drawn, so it does not depend on the font having the glyph
                path = QPainterPath(QPointF(size * 0.27, size * 0.52))
                path.lineTo(QPointF(size * 0.43, size * 0.68))
                path.lineTo(QPointF(size * 0.74, size * 0.34))
                p.setPen(QPen(QColor("#ffffff"), max(1.6, size / 9)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(path)
            else:
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
    return painted_icon(paint)


@cache
def overdue_icon() -> QIcon:
    """A warning triangle with "!": overdue or late is said by this shape (and words), not only by red."""
    from transition_app.ui.widgets.icons_fields import triangle_icon

    return triangle_icon(OVERDUE_COLOUR.name())


def _date(value: dt.date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled (tests replace this function)."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_int(parent: QWidget, title: str, label: str, value: int, minimum: int, maximum: int) -> int | None:
    number, ok = QInputDialog.getInt(parent, title, label, value, minimum, maximum)
    return number if ok else None


class ChecklistView(QWidget):
    """The checklist of one family.  ``show_family`` loads it; every change goes through the service.

    Each change made here can be undone (``undo_last``, Edit ▸ Undo, Ctrl+Z in the main window):
    the view keeps, per family, the history entries of this session's changes (newest last).
    """

    changed = Signal(int)  # family id, after a change was saved
    loaded = Signal(int)  # family id, after the checklist was shown
    undo_changed = Signal()  # what Undo would undo changed

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChecklistView()
        self.ui.setupUi(self)
        self.ctx: AppContext | None = None
        self.family_id: int | None = None
        self.data: ChecklistData | None = None
        self.dialog: QDialog | None = None  # the leave, new-due-date or extension dialog, while open
        self._menu: QMenu | None = None  # the step's context menu, while shown
        self._filling = False
        # family id -> [(history entry id, what it did)] of this session's changes, newest last
        self._undo: dict[int, list[tuple[int, str]]] = {}
        # step id -> the admin buddy who changed it since the family's worker last looked (highlighted);
        # set by the main window (buddy_features.BuddyFeatures.step_changes)
        self.buddy_changes: Callable[[int], Mapping[str, str]] | None = None
        self._buddy_flags: Mapping[str, str] = {}

        tree = self.ui.stepsTree
        header = tree.header()
        header.setStretchLastSection(True)  # the note takes the room left
        header.setMinimumSectionSize(60)
        for col in (COL_STATUS, COL_DUE, COL_DONE, COL_WHO):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the step keeps room for its title with a large system font (the columns after it scroll)
        text_columns(tree, {COL_STEP: 36, COL_NOTE: 18}, header)  # in characters: they follow the font size
        follow_font(tree, lambda t: t.setMinimumHeight(t.fontMetrics().lineSpacing() * 9))  # a title and 6 steps
        tree.itemChanged.connect(self._on_item_changed)
        tree.currentItemChanged.connect(lambda *_: self._show_step_detail())
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        self.ui.nextStepFrame.setStyleSheet(
            "QFrame#nextStepFrame { background: #fff8e1; border: 1px solid #f9a825; border-left: 5px solid #f9a825;"
            " border-radius: 3px; } QFrame#nextStepFrame QLabel { color: #212121; background: transparent; }"
        )

        self.status_menu = QMenu(self)
        self.status_actions: dict[str, QAction] = {}
        for code in STATUS:
            action = self.status_menu.addAction(status_icon(code), status_label(code))
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self._set_current_status(c))
            self.status_actions[code] = action
        self.ui.statusButton.setMenu(self.status_menu)
        self.ui.noteButton.clicked.connect(lambda: self.edit_note())
        self.ui.addStepButton.clicked.connect(lambda: self.add_step())
        self.ui.extensionButton.clicked.connect(lambda: self.add_extension())
        self.ui.doneButton.clicked.connect(lambda: self.mark_done_on())
        self.ui.postponeButton.clicked.connect(lambda: self.postpone())
        self.ui.undoButton.clicked.connect(lambda: self.undo_last())
        full_year(self.ui.doneOnEdit)
        bind_keys(self.ui.doneOnEdit, ENTER, lambda: self.mark_done_on())
        # keyboard: F2 opens the status menu on the selected step
        status_shortcut = QAction(self)
        status_shortcut.setShortcut(QKeySequence(Qt.Key.Key_F2))
        status_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        status_shortcut.triggered.connect(self._popup_status_menu)
        self.addAction(status_shortcut)
        self._set_enabled(False)
        self._update_undo()
        if ctx is not None:
            self.set_context(ctx)

    # ----------------------------------------------------------------- loading
    def set_context(self, ctx: AppContext) -> None:
        """``ctx`` acts for the signed-in person: the service records every change in their name."""
        self.ctx = ctx
        actor = ctx.actor
        name = actor.username if actor is not None else ""
        if actor is not None and actor.worker_id is not None:
            name = next((w.full_name for w in ctx.staff.list_workers() if w.id == actor.worker_id), name)
        self.ui.actorValue.setText(f"<b>{_html(name)}</b>")
        self.ui.doneOnEdit.setMaximumDate(qdate(ctx.clock.today()))

    def show_family(self, family_id: int | None) -> None:
        self.family_id = family_id
        self.refresh()
        self._update_undo()

    def refresh(self) -> None:
        if self.ctx is None or self.family_id is None:
            self._fill(None)
            return
        try:
            data = self.ctx.checklists.get_checklist(self.family_id)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self._fill(None)
            return
        self._fill(data)
        self.loaded.emit(data.family_id)

    def _set_enabled(self, has_steps: bool) -> None:
        for widget in (self.ui.statusButton, self.ui.noteButton, self.ui.addStepButton, self.ui.extensionButton):
            widget.setEnabled(has_steps)
        self._update_step_buttons()

    def _fill(self, data: ChecklistData | None) -> None:
        previous = self.current_step_id()
        collapsed = {self.ui.stepsTree.topLevelItem(i).data(0, STEP_ROLE)
                     for i in range(self.ui.stepsTree.topLevelItemCount())
                     if not self.ui.stepsTree.topLevelItem(i).isExpanded()}
        if data is not None:  # the template's texts in the interface language
            data = localize_checklist(data, ui_language())
        self.data = data
        self._buddy_flags = self.buddy_changes(data.family_id) if self.buddy_changes and data else {}
        tree = self.ui.stepsTree
        self._filling = True
        tree.clear()
        self._set_enabled(bool(data and data.steps))
        if data is None or not data.steps:
            self.ui.nextStepLabel.setText(translate(
                "ChecklistView", "No checklist yet: it starts when the protection decision is recorded."))
            self.ui.documentsLabel.setText("")
            self.ui.summaryLabel.setText("")
            self.ui.stepDetailLabel.setText("")
            self.ui.historyLabel.setText("")
            self._filling = False
            self._update_step_buttons()
            return
        if data.decision_date is not None:
            self.ui.doneOnEdit.setMinimumDate(qdate(data.decision_date))
        self._fill_header(data)
        titles = {t.id: t.title for t in data.tracks}
        for track in data.tracks:
            steps = data.steps_of(track.id)
            done = sum(1 for s in steps if s.status in ("done", "not_applicable"))
            title = tr_dynamic("Checklist", TRACK_CUSTOM) if track.id == "custom" else data_text(titles[track.id])
            top = QTreeWidgetItem([title, translate("ChecklistView", "{done} of {total} done").format(
                done=done, total=len(steps))])
            top.setData(0, STEP_ROLE, track.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tree.addTopLevelItem(top)
            for step in steps:
                top.addChild(self._step_item(step, data.today))
            top.setExpanded(track.id not in collapsed)
        self._filling = False
        if not (previous and self.select_step(previous)):
            if data.next_step is not None:  # a new checklist: the next step selected, the list from its top
                self.select_step(data.next_step.step_id, scroll=False)
            tree.scrollToTop()
        self._show_step_detail()

    def _fill_header(self, data: ChecklistData) -> None:
        step = data.next_step
        if step is None:
            open_steps = [s for s in data.steps if s.is_open and not s.moot]
            text = (translate("ChecklistView", "<b>All steps are done.</b>") if not open_steps else
                    translate("ChecklistView", "<b>No step is possible right now</b>: the open steps wait for "
                                               "someone else or are blocked."))
            self.ui.nextStepLabel.setText(text)
            self.ui.documentsLabel.setText("")
        else:
            due = ""
            if step.due_date is not None:
                days = step.days_left(data.today)
                due = (translate("ChecklistView", " — overdue since {date}") if days is not None and days < 0
                       else translate("ChecklistView", " — due {date}")).format(date=_date(step.due_date))
            self.ui.nextStepLabel.setText(
                translate("ChecklistView", "<b>Next step:</b> {title}{due}").format(
                    title=_html(data_text(step.title)), due=due))
            if data.documents_to_bring:
                items = "".join(f"<li>{_html(data_text(d))}</li>" for d in data.documents_to_bring)
                self.ui.documentsLabel.setText(
                    translate("ChecklistView", "<b>Bring:</b>") + f"<ul style='margin:0'>{items}</ul>")
            else:
                self.ui.documentsLabel.setText(translate("ChecklistView", "<b>Bring:</b> nothing in particular."))
        parts = []
        if data.left:  # no longer "N days late": the family left
            when = _date(data.exit_date) if data.exit_date else translate("ChecklistView", "date not recorded")
            if data.exit_mode:
                parts.append(translate("ChecklistView", "Left the centre on {date} ({how})").format(
                    date=when, how=exit_mode_label(data.exit_mode)))
            else:
                parts.append(translate("ChecklistView", "Left the centre on {date}").format(date=when))
        elif data.exit_due is not None:
            days = data.exit_days_left or 0
            parts.append(
                (translate("ChecklistView", "Leave reception by {date} ({days} days late)") if days < 0 else
                 translate("ChecklistView", "Leave reception by {date} ({days} days left)")).format(
                    date=_date(data.exit_due), days=abs(days)))
        parts.append(translate("ChecklistView", "{done} of {total} steps done").format(
            done=data.done_count, total=len(data.steps)))
        parts.append(translate("ChecklistView", "Region: {region}").format(region=region_label(data.region)))
        for ext in data.extensions:
            parts.append(translate("ChecklistView", "Extension: +{months} months on {date} ({reason})").format(
                months=ext.months, date=_date(ext.granted_on), reason=ext.reason))
        self.ui.summaryLabel.setText(" · ".join(parts))

    def _step_item(self, step: StepView, today: dt.date) -> QTreeWidgetItem:
        title = data_text(step.title)
        status = status_label(step.status)
        if step.moot:
            status += " — " + translate("ChecklistView", "no longer needed: the family left")
        elif step.availability == "not_yet_possible":
            status += f" ({tr_dynamic(CTX, NOT_YET_POSSIBLE)})"
        if step.status == "blocked" and step.reason:
            status += f": {step.reason}"
        due = _date(step.due_date)
        if step.postponed and not step.moot:
            due += " " + translate("ChecklistView", "(new date)")
        overdue = step.overdue(today)
        if overdue:
            due += " " + translate("ChecklistView", "(overdue)")
        item = QTreeWidgetItem([title, status, due, _date(step.done_on), step.changed_by or "",
                                step.note.replace("\n", " ")])
        item.setData(0, STEP_ROLE, step.step_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if step.status == "done" else Qt.CheckState.Unchecked)
        item.setIcon(COL_STATUS, status_icon(step.status))
        tip = [data_text(step.explanation)]
        if step.waiting_for:
            tip.append(translate("ChecklistView", "First: {steps}").format(
                steps=", ".join(data_text(t) for t in step.waiting_for)))
        item.setToolTip(0, "\n".join(t for t in tip if t))
        item.setToolTip(COL_NOTE, step.note)
        if step.postponed:
            item.setToolTip(COL_DUE, translate("ChecklistView", "Due date set by hand: {reason}").format(
                reason=step.due_override_reason))
        if step.availability == "not_yet_possible" or step.moot:
            item.setForeground(0, QBrush(self.palette().color(self.palette().ColorGroup.Disabled,
                                                             self.palette().ColorRole.Text)))
        if overdue:
            item.setIcon(COL_DUE, overdue_icon())
            item.setForeground(COL_DUE, QBrush(OVERDUE_COLOUR))
            font = item.font(COL_DUE)
            font.setBold(True)
            item.setFont(COL_DUE, font)
        if step.status in ("done", "not_applicable"):
            item.setForeground(COL_STEP, QBrush(self.palette().color(self.palette().ColorRole.PlaceholderText)))
        if step.step_id in self._buddy_flags:  # changed by an admin buddy: bold, an icon and words
            from transition_app.ui.buddy_features import bold, buddy_icon, updated_by_buddy_text

            item.setText(COL_WHO, updated_by_buddy_text(self._buddy_flags[step.step_id] or None))
            item.setIcon(COL_WHO, buddy_icon())
            for col in (COL_STEP, COL_WHO):
                item.setFont(col, bold(item.font(col)))
        return item

    # ----------------------------------------------------------------- selection
    def current_step_id(self) -> str | None:
        item = self.ui.stepsTree.currentItem()
        if item is None or item.parent() is None:
            return None
        return item.data(0, STEP_ROLE)

    def current_step(self) -> StepView | None:
        step_id = self.current_step_id()
        return self.data.step(step_id) if self.data and step_id else None

    def item_for(self, step_id: str) -> QTreeWidgetItem | None:
        tree = self.ui.stepsTree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, STEP_ROLE) == step_id:
                    return top.child(j)
        return None

    def select_step(self, step_id: str, scroll: bool = True) -> bool:
        item = self.item_for(step_id)
        if item is None:
            return False
        self.ui.stepsTree.setCurrentItem(item)
        if scroll:
            self.ui.stepsTree.scrollToItem(item)
        return True

    def _show_step_detail(self) -> None:
        step = self.current_step()
        self._update_step_buttons()
        if step is None:
            self.ui.stepDetailLabel.setText("")
            self.ui.historyLabel.setText("")
            return
        lines = [f"<b>{_html(data_text(step.title))}</b> — {_html(data_text(step.explanation))}"]
        if step.documents:
            lines.append(translate("ChecklistView", "Bring: {documents}").format(
                documents=_html("; ".join(data_text(d) for d in step.documents))))
        if step.moot:
            lines.append(translate("ChecklistView", "No longer needed: the family left the centre."))
        elif step.waiting_for:
            lines.append(translate("ChecklistView", "Not yet possible: first {steps}.").format(
                steps=_html(", ".join(data_text(t) for t in step.waiting_for))))
        if step.postponed and not step.moot:
            computed = (_date(step.computed_due) if step.computed_due
                        else translate("ChecklistView", "no date"))
            lines.append(translate("ChecklistView", "Due date set by hand: {date} (by the rules: {computed}). "
                                                    "Reason: {reason}").format(
                date=_date(step.due_override), computed=computed, reason=_html(step.due_override_reason)))
        if step.status == "blocked":
            lines.append(translate("ChecklistView", "Blocked: {reason}").format(reason=_html(step.reason)))
        if step.from_previous_region:
            lines.append(translate("ChecklistView", "Kept from the plan for the previous municipality."))
        if step.uncertain:
            lines.append(translate("ChecklistView", "To check: {note}").format(note=_html(data_text(step.uncertain))))
        self.ui.stepDetailLabel.setText("<br>".join(lines))
        self._show_history(step)

    def _show_history(self, step: StepView) -> None:
        """The step's last changes, newest first (postponements with their dates and reason)."""
        if self.ctx is None or self.family_id is None:
            return
        try:
            events = self.ctx.checklists.history(self.family_id, step.step_id)
        except ServiceError:
            self.ui.historyLabel.setText("")
            return
        lines = [event_text(e) for e in events[:HISTORY_LINES]]
        if len(events) > HISTORY_LINES:
            lines.append(translate("ChecklistView", "… and %n earlier changes", None, len(events) - HISTORY_LINES))
        self.ui.historyLabel.setText(
            translate("ChecklistView", "<b>History:</b>") + "<br>" + "<br>".join(lines) if lines else "")

    def _update_step_buttons(self) -> None:
        step = self.current_step()
        ui = self.ui
        usable = step is not None and not step.moot
        ui.doneOnEdit.setEnabled(usable)
        ui.doneButton.setEnabled(usable)
        ui.postponeButton.setEnabled(usable and step.is_open)
        done = step is not None and step.status == "done"
        ui.doneButton.setText(translate("ChecklistView", "&Change the done date") if done
                              else translate("ChecklistView", "&Mark done on this date"))
        if self.ctx is not None:
            day = step.done_on if step is not None and step.done_on else self.ctx.clock.today()
            ui.doneOnEdit.setDate(qdate(day))

    # ----------------------------------------------------------------- changes
    def actor_id(self) -> int | None:
        """Not needed by the services (they record the signed-in person); kept for callers."""
        return None

    def _apply(self, call, description: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Run a service change; show the new checklist or the error (and the fresh state).
        ``description`` (what the change did) makes it undoable."""
        try:
            data = call()
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self.refresh()
            return False
        self._done(data, description)
        return True

    def _done(self, data: ChecklistData, description: str | None) -> None:
        if description and data.event_id is not None:
            self._undo.setdefault(data.family_id, []).append((data.event_id, description))
        self._fill(data)
        self._update_undo()
        self.changed.emit(data.family_id)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != COL_STEP or item.parent() is None:
            return
        step_id = item.data(0, STEP_ROLE)
        checked = item.checkState(0) == Qt.CheckState.Checked
        step = self.data.step(step_id) if self.data else None
        if step is None or checked == (step.status == "done"):
            return
        # after the click or key press is handled: saving rebuilds the tree, deleting this item
        QTimer.singleShot(0, lambda: self.tick(step_id, checked))

    def tick(self, step_id: str, done: bool = True) -> bool:
        """Mark a step done (today) or, unticked, back to do (after asking)."""
        return self.change_status(step_id, "done" if done else "todo")

    def change_status(self, step_id: str, status: str, reason: str | None = None,
                      done_on: dt.date | None = None) -> bool:
        if self.data is None or self.family_id is None:
            return False
        step = self.data.step(step_id)
        if step_id == EXIT_STEP and status == "done" and step.status != "done":
            self.leave_centre(done_on)  # asks for the day and how the family left
            return False
        if step.status == "done" and status != "done" and not self._confirm_undone(step):
            self._fill(self.data)  # the tick comes back
            return False
        if status == "blocked" and reason is None:
            reason = ask_text(self, translate("ChecklistView", "Blocked step"),
                              translate("ChecklistView", "Why is “{step}” blocked?").format(
                                  step=data_text(step.title)), step.reason)
            if reason is None:
                self._fill(self.data)
                return False
        family_id = self.family_id
        title = data_text(step.title)
        if status == "done":
            what = translate("ChecklistView", "Mark done: {step}").format(step=title)
        elif step.status == "done" and status == "todo":
            what = translate("ChecklistView", "Mark not done: {step}").format(step=title)
        else:
            what = translate("ChecklistView", "{status}: {step}").format(status=status_label(status), step=title)
        return self._apply(lambda: self.ctx.checklists.set_status(
            family_id, step_id, status, step.version, reason=reason or "", done_on=done_on,
            worker_id=self.actor_id()), what)

    def _confirm_undone(self, step: StepView) -> bool:
        """A done step back to open loses its done date (the leave step: the family's exit): ask."""
        if step.step_id == EXIT_STEP and self.data is not None and self.data.left:
            return messages.confirm(
                self, translate("ChecklistView", "The family did not leave?"),
                translate("ChecklistView", "Undo leaving the centre? The case goes back to “in transition”, and "
                                           "its exit date ({date}) and how the family left are cleared.").format(
                    date=_date(self.data.exit_date)),
                translate("ChecklistView", "Back in transition"))
        if step.done_on is None:
            return True
        return messages.confirm(
            self, translate("ChecklistView", "Mark the step not done"),
            translate("ChecklistView", "“{step}” was done on {date}. Mark it not done and forget that date?").format(
                step=data_text(step.title), date=_date(step.done_on)),
            translate("ChecklistView", "Mark not done"))

    def _set_current_status(self, status: str) -> None:
        step_id = self.current_step_id()
        if step_id is not None:
            self.change_status(step_id, status)

    def _popup_status_menu(self) -> None:
        item = self.ui.stepsTree.currentItem()
        if item is None or item.parent() is None:
            return
        rect = self.ui.stepsTree.visualItemRect(item)
        self.status_menu.popup(self.ui.stepsTree.viewport().mapToGlobal(rect.bottomLeft()))

    def step_menu(self) -> QMenu:
        """The selected step's menu: its statuses, then done date, due date, removal, undo."""
        menu = QMenu(self)
        for action in self.status_actions.values():
            menu.addAction(action)
        step = self.current_step()
        if step is None:
            return menu
        menu.addSeparator()
        done_on = menu.addAction(translate("ChecklistView", "Done on…"))
        done_on.setEnabled(not step.moot)
        done_on.triggered.connect(lambda: self.ui.doneOnEdit.setFocus(Qt.FocusReason.ShortcutFocusReason))
        postpone = menu.addAction(translate("ChecklistView", "New due date…"))
        postpone.setEnabled(step.is_open and not step.moot)
        postpone.triggered.connect(lambda: self.postpone())
        if step.postponed:
            menu.addAction(translate("ChecklistView", "Back to the computed due date")).triggered.connect(
                lambda: self.clear_postponement())
        if step.custom:
            menu.addAction(translate("ChecklistView", "Remove this step…")).triggered.connect(
                lambda: self.remove_step())
        text = self.undo_description()
        if text:
            menu.addSeparator()
            menu.addAction(undo_action_text(text)).triggered.connect(lambda: self.undo_last())
        return menu

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        item = self.ui.stepsTree.itemAt(pos)
        if item is None or item.parent() is None:
            return
        self.ui.stepsTree.setCurrentItem(item)
        self._menu = self.step_menu()
        self._menu.popup(self.ui.stepsTree.viewport().mapToGlobal(pos))

    def mark_done_on(self, day: dt.date | None = None) -> bool:
        """The date field's button: an open step done on that day, or a done step's date corrected."""
        step = self.current_step()
        if step is None or self.data is None or self.family_id is None or step.moot:
            return False
        day = day or pydate(self.ui.doneOnEdit.date())
        if step.status != "done":
            return self.change_status(step.step_id, "done", done_on=day)
        if day == step.done_on:
            return False
        family_id = self.family_id
        return self._apply(lambda: self.ctx.checklists.set_done_on(family_id, step.step_id, day, step.version),
                           translate("ChecklistView", "Done date: {step}").format(step=data_text(step.title)))

    def leave_centre(self, left_on: dt.date | None = None) -> QDialog | None:
        """The leave step: ask the day the family left and how (the dialog saves; the case becomes "left")."""
        if self.ctx is None or self.family_id is None or self.data is None:
            return None
        from transition_app.ui.dialogs.leave_centre import LeaveCentreDialog

        dialog = LeaveCentreDialog(self.ctx, self.family_id, self, data=self.data, left_on=left_on)
        dialog.saved.connect(lambda view: self._done(view, translate("ChecklistView", "The family left the centre")))
        dialog.rejected.connect(self.refresh)  # the tick goes (or the fresh state after an error)
        return self._open(dialog)

    def postpone(self, step_id: str | None = None) -> QDialog | None:
        """A new due date (with its reason) for the selected step."""
        step_id = step_id or self.current_step_id()
        if self.ctx is None or self.family_id is None or self.data is None or step_id is None:
            return None
        from transition_app.ui.dialogs.postpone_step import PostponeStepDialog

        title = data_text(self.data.step(step_id).title)
        dialog = PostponeStepDialog(self.ctx, self.family_id, self, data=self.data, step_id=step_id)
        dialog.saved.connect(lambda view: self._done(view, (
            translate("ChecklistView", "New due date: {step}") if view.step(step_id).postponed
            else translate("ChecklistView", "Back to the computed due date: {step}")).format(step=title)))
        return self._open(dialog)

    def clear_postponement(self, step_id: str | None = None) -> bool:
        """Back to the due date the rules compute (after asking)."""
        step_id = step_id or self.current_step_id()
        if step_id is None or self.data is None or self.family_id is None:
            return False
        step = self.data.step(step_id)
        if not step.postponed or not messages.confirm(
                self, translate("ChecklistView", "Back to the computed due date"),
                translate("ChecklistView", "Forget the due date set by hand for “{step}” ({date}) and its reason?")
                .format(step=data_text(step.title), date=_date(step.due_override)),
                translate("ChecklistView", "Use the computed date")):
            return False
        family_id = self.family_id
        return self._apply(lambda: self.ctx.checklists.postpone(family_id, step_id, None, "", step.version),
                           translate("ChecklistView", "Back to the computed due date: {step}").format(
                               step=data_text(step.title)))

    def remove_step(self, step_id: str | None = None) -> bool:
        """Remove a step added by hand (after asking; Undo puts it back)."""
        step_id = step_id or self.current_step_id()
        if step_id is None or self.data is None or self.family_id is None:
            return False
        step = self.data.step(step_id)
        if not step.custom or not messages.confirm(
                self, translate("ChecklistView", "Remove a step"),
                translate("ChecklistView", "Remove the step “{step}” from this family's checklist?").format(
                    step=step.title),
                translate("ChecklistView", "Remove")):
            return False
        family_id = self.family_id
        return self._apply(lambda: self.ctx.checklists.remove_step(family_id, step_id, step.version),
                           translate("ChecklistView", "Remove step: {step}").format(step=step.title))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def edit_note(self, step_id: str | None = None, note: str | None = None) -> bool:
        step_id = step_id or self.current_step_id()
        if step_id is None or self.data is None or self.family_id is None:
            return False
        step = self.data.step(step_id)
        if note is None:
            note = ask_text(self, translate("ChecklistView", "Note"),
                            translate("ChecklistView", "Note on “{step}”:").format(step=data_text(step.title)),
                            step.note)
            if note is None:
                return False
        family_id = self.family_id
        return self._apply(lambda: self.ctx.checklists.set_status(
            family_id, step_id, step.status, step.version, reason=step.reason, note=note,
            worker_id=self.actor_id()), translate("ChecklistView", "Note: {step}").format(step=data_text(step.title)))

    def add_step(self, title: str | None = None) -> bool:
        """Add a step for this family only, in the track of the selected step."""
        if self.family_id is None or self.data is None:
            return False
        if title is None:
            title = ask_text(self, translate("ChecklistView", "Add a step"),
                             translate("ChecklistView", "What needs to be done (for this family only)?"))
            if title is None:
                return False
        current = self.ui.stepsTree.currentItem()
        track = "custom"
        if current is not None:
            track = (current.parent() or current).data(0, STEP_ROLE) or "custom"
        family_id = self.family_id
        ok = self._apply(lambda: self.ctx.checklists.add_step(family_id, title, track=track,
                                                               worker_id=self.actor_id()),
                         translate("ChecklistView", "New step: {step}").format(step=title.strip()))
        if ok and self.data is not None:
            added = [s for s in self.data.steps if s.custom and s.title == title.strip()]
            if added:
                self.select_step(added[-1].step_id)
        return ok

    def add_extension(self) -> QDialog | None:
        """Record an extension of the stay in reception (a dialog: length, reason, the rules' warning)."""
        if self.ctx is None or self.family_id is None:
            return None
        from transition_app.ui.dialogs.extension import ExtensionDialog

        dialog = ExtensionDialog(self.ctx, self.family_id, self, data=self.data)
        dialog.saved.connect(lambda view: self._done(view, translate("ChecklistView", "Extension of the stay")))
        return self._open(dialog)

    # ----------------------------------------------------------------- undo
    def undo_description(self) -> str | None:
        """What Undo would undo for the family shown (None: nothing this session)."""
        stack = self._undo.get(self.family_id) if self.family_id is not None else None
        return stack[-1][1] if stack else None

    def undo_last(self) -> bool:
        """Undo the last change made here to the family shown (the service refuses, and says why,
        when the step was changed again since)."""
        if self.ctx is None or self.family_id is None or not self._undo.get(self.family_id):
            return False
        family_id = self.family_id
        event_id, _what = self._undo[family_id].pop()
        step = self._event_step(event_id)
        if step == EXIT_STEP and self.data is not None and self.data.left and not messages.confirm(
                self, translate("ChecklistView", "The family did not leave?"),
                translate("ChecklistView", "Undo leaving the centre? The case goes back to “in transition”, and "
                                           "its exit date ({date}) and how the family left are cleared.").format(
                    date=_date(self.data.exit_date)),
                translate("ChecklistView", "Back in transition")):
            self._undo[family_id].append((event_id, _what))
            return False
        ok = self._apply(lambda: self.ctx.checklists.undo(family_id, event_id))
        self._update_undo()
        return ok

    def _event_step(self, event_id: int) -> str | None:
        if self.ctx is None or self.family_id is None:
            return None
        try:
            return next((e.step_id for e in self.ctx.checklists.history(self.family_id) if e.id == event_id), None)
        except ServiceError:
            return None

    def _update_undo(self) -> None:
        text = self.undo_description()
        self.ui.undoButton.setEnabled(text is not None)
        self.ui.undoButton.setToolTip(undo_action_text(text).replace("&", "") if text else "")
        self.undo_changed.emit()


HISTORY_LINES = 6


def event_text(event: EventView) -> str:
    """One line of a step's history, in the interface language."""
    when = QLocale().toString(event.at.date(), QLocale.FormatType.ShortFormat)
    who = event.worker_name or translate("ChecklistView", "the system")
    before, after = event.before or {}, event.after or {}
    if event.kind == "postponed":
        what = translate("ChecklistView", "postponed from {old} to {new}: {reason}").format(
            old=_date(_day(before.get("due_date"))) or translate("ChecklistView", "no date"),
            new=_date(_day(after.get("due_override"))), reason=_html(event.note))
    elif event.kind == "unpostponed":
        what = translate("ChecklistView", "back to the computed due date ({date})").format(
            date=_date(_day(after.get("due_date"))) or translate("ChecklistView", "no date"))
    elif event.kind == "left":
        what = translate("ChecklistView", "the family left the centre on {date} ({how})").format(
            date=_date(_day(after.get("done_on"))), how=exit_mode_label((after.get("family") or {}).get("exit_mode")))
    elif event.kind == "done_date":
        what = translate("ChecklistView", "done date changed from {old} to {new}").format(
            old=_date(_day(before.get("done_on"))), new=_date(_day(after.get("done_on"))))
    elif event.kind == "undo":
        what = translate("ChecklistView", "undid a change")
    elif event.kind == "added":
        what = translate("ChecklistView", "step added")
    elif event.kind == "note":
        what = translate("ChecklistView", "note changed")
    elif event.kind == "status" and event.new_status:
        what = translate("ChecklistView", "status: {status}").format(status=status_label(event.new_status))
        if event.new_status == "blocked" and event.note:
            what += f" ({_html(event.note)})"
    else:
        what = _html(event.kind)
    line = translate("ChecklistView", "{date}, {who}: {what}").format(date=when, who=_html(who), what=what)
    if event.undone:
        line += " " + translate("ChecklistView", "(undone)")
    return line


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
