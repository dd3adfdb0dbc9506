"""The admin buddy's workspace: their families on the left; for the selected family, the next steps
explained in plain language, what to bring, where to go, the appointments; mark a step done or
waiting, add an appointment, leave a note for the social worker.

Everything comes from ``services.buddy_workspace`` (scope and redaction are applied there); the
explanations are in the interface language unless the buddy picks another (e.g. the family's).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QWidget

from transition_app.domain import checklist_i18n
from transition_app.domain.validation import ServiceError
from transition_app.services.checklist import EXIT_STEP
from transition_app.ui import labels, messages
from transition_app.ui.errors import service_error_text
from transition_app.ui.generated.ui_buddy_workspace import Ui_BuddyWorkspaceView
from transition_app.ui.i18n import translate, ui_language
from transition_app.ui.views.checklist_view import status_icon, status_label
from transition_app.ui.widgets.a11y import max_lines, relative_font

if TYPE_CHECKING:
    from transition_app.services.buddy_workspace import BuddyFamilySummary, BuddyFamilyView, BuddyStep
    from transition_app.services.context import AppContext
    from transition_app.services.directory_service import DirectoryEntryView

ID_ROLE = Qt.ItemDataRole.UserRole


def ask_note(parent: QWidget, title: str, label: str) -> str | None:
    """Several lines of text, or None when cancelled (tests replace this function)."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def _date(value: dt.date | dt.datetime | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, fmt)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class BuddyWorkspaceView(QWidget):
    """A buddy's own changes of this session can be undone (Edit ▸ Undo, Ctrl+Z: ``undo_last``)."""

    changed = Signal(int)  # family id, after a change was saved
    loaded = Signal(int)  # family id, after it was shown
    undo_changed = Signal()  # what Undo would undo changed

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BuddyWorkspaceView()
        self.ui.setupUi(self)
        self.ctx: AppContext | None = None
        self.families: list[BuddyFamilySummary] = []
        self.family_id: int | None = None
        self.data: BuddyFamilyView | None = None
        self.language = checklist_i18n.normalize_language(ui_language())
        self.dialog: QWidget | None = None
        self._undo: dict[int, list[tuple[int, str]]] = {}  # family id -> [(history entry, what it did)]
        ui = self.ui
        relative_font(ui.familyTitle, 1.4, QFont.Weight.DemiBold)
        max_lines(ui.appointmentsList, 5, 4)
        ui.workspaceSplitter.setStretchFactor(0, 1)
        ui.workspaceSplitter.setStretchFactor(1, 4)
        width = ui.familyList.fontMetrics().horizontalAdvance("0") * 34  # follows the font size
        ui.workspaceSplitter.setSizes([width, 4 * width])
        ui.familyList.currentItemChanged.connect(lambda current, _previous: self._family_chosen(current))
        ui.stepsList.currentItemChanged.connect(lambda *_: self._show_step())
        ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        ui.laterCheck.toggled.connect(lambda _on: self._fill_steps())
        ui.markDoneButton.clicked.connect(lambda: self.mark_done())
        ui.waitingButton.clicked.connect(lambda: self.toggle_waiting())
        ui.addNoteButton.clicked.connect(lambda: self.add_note())
        ui.addAppointmentButton.clicked.connect(lambda: self.add_appointment())
        self._fill(None)
        if ctx is not None:
            self.set_context(ctx)

    # ----------------------------------------------------------------- loading
    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        actor = ctx.actor
        can_book = actor is not None and actor.can(_permission("manage_appointments"))
        self.ui.addAppointmentButton.setVisible(can_book)
        self.reload()

    def reload(self) -> None:
        """The list of families again (keeping the selected one when it is still there)."""
        if self.ctx is None:
            return
        try:
            self.families = self.ctx.buddy_workspace.list_families()
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self.families = []
        keep = self.family_id
        ui = self.ui
        ui.familyList.blockSignals(True)
        ui.familyList.clear()
        for f in self.families:
            ui.familyList.addItem(self._family_item(f))
        ui.familyList.blockSignals(False)
        if not self.families:
            placeholder = QListWidgetItem(translate("BuddyWorkspace", "No family is assigned to you yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.familyList.addItem(placeholder)
            self.show_family(None)
            return
        ids = [f.id for f in self.families]
        self.select_family(keep if keep in ids else ids[0])

    def _family_item(self, f: BuddyFamilySummary) -> QListWidgetItem:
        lines = [f.household_name or f.case_number]
        parts = [f.case_number]
        if f.open_steps:
            parts.append(translate("BuddyWorkspace", "to do: {count}").format(count=f.open_steps))
        if f.overdue_steps:
            parts.append(translate("BuddyWorkspace", "late: {count}").format(count=f.overdue_steps))
        elif f.next_due is not None:
            parts.append(translate("BuddyWorkspace", "next by {date}").format(date=_date(f.next_due)))
        lines.append(" · ".join(parts))
        item = QListWidgetItem("\n".join(lines))
        item.setData(ID_ROLE, f.id)
        if f.overdue_steps:
            item.setIcon(status_icon("blocked"))
        return item

    def select_family(self, family_id: int) -> bool:
        for i in range(self.ui.familyList.count()):
            item = self.ui.familyList.item(i)
            if item.data(ID_ROLE) == family_id:
                if self.ui.familyList.currentItem() is item:
                    self.show_family(family_id)
                else:
                    self.ui.familyList.setCurrentItem(item)
                return True
        return False

    def _family_chosen(self, item: QListWidgetItem | None) -> None:
        family_id = item.data(ID_ROLE) if item is not None else None
        if family_id is not None:
            self.show_family(family_id)

    def show_family(self, family_id: int | None) -> None:
        if family_id != self.family_id:
            self.family_id = family_id
            self.undo_changed.emit()
        if family_id is None or self.ctx is None:
            self._fill(None)
            return
        try:
            data = self.ctx.buddy_workspace.family(family_id, self.language)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self._fill(None)
            return
        self._fill(data)
        self.loaded.emit(family_id)

    def _language_chosen(self, _index: int) -> None:
        code = self.ui.languageCombo.currentData()
        if code and code != self.language:
            self.language = code
            if self.family_id is not None:
                self.show_family(self.family_id)

    # ----------------------------------------------------------------- showing
    def _fill(self, data: BuddyFamilyView | None) -> None:
        previous_step = self.current_step_id()
        self.data = data
        ui = self.ui
        has = data is not None
        for widget in (ui.languageCombo, ui.laterCheck, ui.stepsList, ui.stepDetail, ui.appointmentsList,
                       ui.addNoteButton, ui.addAppointmentButton):
            widget.setEnabled(has)
        if data is None:
            ui.familyTitle.setText(translate("BuddyWorkspace", "No family selected"))
            ui.familySubtitle.setText(translate("BuddyWorkspace", "Choose one of your families on the left."))
            ui.stepsList.clear()
            ui.stepDetail.clear()
            ui.appointmentsList.clear()
            ui.notesLabel.setText("")
            ui.notesLabel.hide()
            self._update_buttons()
            return
        detail = data.detail
        ui.familyTitle.setText(detail.members[0].display_name if detail.members else detail.case_number)
        ui.familySubtitle.setText(self._subtitle(data))
        self._fill_languages(data)
        self._fill_steps(previous_step)
        self._fill_appointments(data)
        self._fill_notes(data)

    def _subtitle(self, data: BuddyFamilyView) -> str:
        detail = data.detail
        spoken = list(dict.fromkeys(code for m in detail.members for code in m.languages))
        parts = [detail.case_number,
                 translate("BuddyWorkspace", "{count} people").format(count=len(detail.members))]
        if spoken:
            parts.append(translate("BuddyWorkspace", "speaks {languages}").format(
                languages=", ".join(labels.language_name(c) for c in spoken)))
        if data.destination_name:
            parts.append(translate("BuddyWorkspace", "moving to {municipality}").format(
                municipality=data.destination_name))
        if data.left_on is not None:
            parts.append(translate("BuddyWorkspace", "left the centre on {date}").format(date=_date(data.left_on)))
        elif data.exit_due is not None:
            parts.append(translate("BuddyWorkspace", "leaves the centre by {date}").format(date=_date(data.exit_due)))
        if detail.worker_name:
            parts.append(translate("BuddyWorkspace", "social worker: {name}").format(name=detail.worker_name))
        parts.append(translate("BuddyWorkspace", "{done} of {total} steps done").format(
            done=data.done_count, total=data.total_count))
        contacts = [f"{labels.label(labels.CONTACT, c.kind)}: {c.value}" for c in detail.contacts]
        return " · ".join(parts) + ("\n" + " · ".join(contacts) if contacts else "")

    def _fill_languages(self, data: BuddyFamilyView) -> None:
        combo = self.ui.languageCombo
        preferred = [m.preferred_language for m in data.detail.members if m.preferred_language]
        available = set(checklist_i18n.overlay_languages()) | {"en"}
        codes = [checklist_i18n.normalize_language(ui_language())]
        codes += [c for c in preferred if c in available]
        codes += sorted(available, key=labels.language_name)
        codes = list(dict.fromkeys(codes))
        combo.blockSignals(True)
        combo.clear()
        family_languages = set(preferred)
        for code in codes:
            name = labels.language_name(code)
            if code in family_languages:
                name = translate("BuddyWorkspace", "{language} (the family's language)").format(language=name)
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(self.language), 0))
        combo.blockSignals(False)

    def _visible_steps(self) -> tuple[BuddyStep, ...]:
        if self.data is None:
            return ()
        return self.data.steps + (self.data.later_steps if self.ui.laterCheck.isChecked() else ())

    def _fill_steps(self, select: str | None = None) -> None:
        ui = self.ui
        select = select or self.current_step_id()
        ui.stepsList.blockSignals(True)
        ui.stepsList.clear()
        steps = self._visible_steps()
        today = self.data.today if self.data else None  # no data: no steps to show
        for step in steps:
            item = QListWidgetItem(status_icon(step.status), self._step_text(step, today))
            item.setData(ID_ROLE, step.step_id)
            if step.is_next:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            ui.stepsList.addItem(item)
        if not steps:
            text = (translate("BuddyWorkspace", "Nothing to do right now: the open steps wait for another step.")
                    if self.data and self.data.later_steps else
                    translate("BuddyWorkspace", "All steps are done."))
            placeholder = QListWidgetItem(text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.stepsList.addItem(placeholder)
        ui.stepsList.blockSignals(False)
        ids = [s.step_id for s in steps]
        target = select if select in ids else (ids[0] if ids else None)
        if target is not None:
            ui.stepsList.setCurrentRow(ids.index(target))
        self._show_step()

    @staticmethod
    def _step_text(step: BuddyStep, today: dt.date) -> str:
        first = (translate("BuddyWorkspace", "Next: {title}").format(title=step.title) if step.is_next
                 else step.title)
        parts = [status_label(step.status)]
        if step.due_date is not None:
            parts.append((translate("BuddyWorkspace", "late since {date}") if step.overdue(today)
                          else translate("BuddyWorkspace", "by {date}")).format(date=_date(step.due_date)))
        if step.availability == "not_yet_possible":
            parts.append(translate("BuddyWorkspace", "first another step"))
        return f"{first}\n{' · '.join(parts)}"

    def current_step_id(self) -> str | None:
        item = self.ui.stepsList.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_step(self) -> BuddyStep | None:
        step_id = self.current_step_id()
        if self.data is None or step_id is None:
            return None
        try:
            return self.data.step(step_id)
        except KeyError:
            return None

    def _show_step(self) -> None:
        step = self.current_step()
        self._update_buttons()
        if step is None or self.data is None:
            self.ui.stepDetail.clear()
            return
        self.ui.stepDetail.setHtml(self.step_html(step, self.data.today))

    def step_html(self, step: BuddyStep, today: dt.date) -> str:
        out = [f"<h3>{_e(step.title)}</h3>"]
        if step.track_title:
            out.append(f"<p><i>{_e(step.track_title)}</i></p>")
        out.append(f"<p>{_e(step.explanation)}</p>")
        facts = [translate("BuddyWorkspace", "<b>Status:</b> {status}").format(status=_e(status_label(step.status)))]
        if step.due_date is not None:
            when = (translate("BuddyWorkspace", "<b>Late:</b> it was due on {date}") if step.overdue(today)
                    else translate("BuddyWorkspace", "<b>By:</b> {date}"))
            facts.append(when.format(date=_e(_date(step.due_date, QLocale.FormatType.LongFormat))))
        out.append("<p>" + "<br>".join(facts) + "</p>")
        if step.step_id == EXIT_STEP and not self._can_record_exit():
            out.append("<p>" + _e(translate(
                "BuddyWorkspace", "Only the social worker records that the family left the centre: tell them the "
                                  "day the family left and where they went.")) + "</p>")
        if step.waiting_for:
            out.append("<p>" + translate("BuddyWorkspace", "<b>First:</b> {steps}").format(
                steps=_e(", ".join(step.waiting_for))) + "</p>")
        out.append("<h4>" + _e(translate("BuddyWorkspace", "What to bring")) + "</h4>")
        if step.documents:
            out.append("<ul>" + "".join(f"<li>{_e(d)}</li>" for d in step.documents) + "</ul>")
        else:
            out.append("<p>" + _e(translate("BuddyWorkspace", "Nothing in particular.")) + "</p>")
        out.append("<h4>" + _e(translate("BuddyWorkspace", "Where to go")) + "</h4>")
        if step.places:
            out += [self._place_html(p) for p in step.places]
        else:
            out.append("<p>" + _e(translate("BuddyWorkspace", "Ask the social worker where to go for this step."))
                       + "</p>")
        if step.note:
            out.append("<p>" + translate("BuddyWorkspace", "<b>Note on this step:</b> {note}").format(
                note=_e(step.note)) + "</p>")
        if step.uncertain:
            out.append("<p>" + translate("BuddyWorkspace", "<b>To check with the social worker:</b> {note}").format(
                note=_e(step.uncertain)) + "</p>")
        return "".join(out)

    @staticmethod
    def _place_html(place: DirectoryEntryView) -> str:
        centre = place.key.startswith("centre:")
        lines = [f"<b>{_e(place.name)}</b>"]
        if place.address:
            lines.append(_e(place.address))
        town = " ".join(x for x in (place.postcode or "", place.municipality_name) if x)
        if town:
            lines.append(_e(town))
        if not place.address and not centre:
            lines.append("<i>" + _e(translate("BuddyWorkspace", "Address not in the directory yet: ask the social "
                                                                "worker.")) + "</i>")
        if place.opening_hours:
            lines.append(translate("BuddyWorkspace", "Opening hours: {hours}").format(
                hours=_e(place.opening_hours).replace("\n", "<br>")))
        if place.phone:
            lines.append(translate("BuddyWorkspace", "Phone: {phone}").format(phone=_e(place.phone)))
        if place.email:
            lines.append(translate("BuddyWorkspace", "E-mail: {email}").format(email=_e(place.email)))
        if place.website:
            url = html.escape(place.website, quote=True)
            lines.append(f"<a href=\"{url}\">{_e(place.website)}</a>")
        if place.languages:
            lines.append(translate("BuddyWorkspace", "Languages: {languages}").format(
                languages=_e(", ".join(labels.language_name(c) for c in place.languages))))
        return "<p>" + "<br>".join(lines) + "</p>"

    def _fill_appointments(self, data: BuddyFamilyView) -> None:
        lst = self.ui.appointmentsList
        lst.clear()
        for a in data.appointments:
            when = _date(a.starts_at, QLocale.FormatType.ShortFormat)
            if a.ends_at is not None:
                when += "–" + QLocale().toString(a.ends_at.time(), QLocale.FormatType.ShortFormat)
            lines = [f"{when} — {a.title}"]
            if a.place:
                lines.append(a.place)
            if a.bring:
                lines.append(translate("BuddyWorkspace", "Bring: {items}").format(items=", ".join(a.bring)))
            item = QListWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, a.id)
            lst.addItem(item)
        if not data.appointments:
            placeholder = QListWidgetItem(translate("BuddyWorkspace", "No appointment planned."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(placeholder)

    def _fill_notes(self, data: BuddyFamilyView) -> None:
        self.ui.notesLabel.setVisible(bool(data.my_notes))
        if not data.my_notes:
            self.ui.notesLabel.setText("")
            return
        last = data.my_notes[0]
        text = last.text if len(last.text) <= 120 else last.text[:119] + "…"
        self.ui.notesLabel.setText(translate(
            "BuddyWorkspace", "Your last note for the social worker ({date}): “{text}”").format(
            date=_date(last.created_at), text=text))

    def _update_buttons(self) -> None:
        step = self.current_step()
        ui = self.ui
        ui.markDoneButton.setEnabled(step is not None and step.status != "done"
                                     and (step.step_id != EXIT_STEP or self._can_record_exit()))
        ui.waitingButton.setEnabled(step is not None)
        waiting = step is not None and step.status == "waiting"
        ui.waitingButton.setText(translate("BuddyWorkspace", "No longer &waiting") if waiting
                                 else translate("BuddyWorkspace", "&Waiting for someone"))

    # ----------------------------------------------------------------- changes
    def _can_record_exit(self) -> bool:
        """Recording the leave step changes the case's status: the social worker's, not a buddy's."""
        actor = self.ctx.actor if self.ctx is not None else None
        return actor is not None and actor.can(_permission("edit_family"))

    def _change_status(self, status: str) -> bool:
        step = self.current_step()
        if step is None or self.ctx is None or self.family_id is None:
            return False
        family_id = self.family_id
        try:
            data = self.ctx.buddy_workspace.mark_step(family_id, step.step_id, status, step.version, self.language)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self.show_family(family_id)
            return False
        if data.event_id is not None:
            what = {"done": translate("BuddyWorkspace", "Mark done: {step}"),
                    "waiting": translate("BuddyWorkspace", "Waiting: {step}")}.get(
                status, translate("BuddyWorkspace", "No longer waiting: {step}")).format(step=step.title)
            self._undo.setdefault(family_id, []).append((data.event_id, what))
        self._fill(data)
        self._refresh_family_row()
        self.changed.emit(family_id)
        self.undo_changed.emit()
        return True

    def undo_description(self) -> str | None:
        """What Undo would undo for the family shown (None: nothing this session)."""
        stack = self._undo.get(self.family_id) if self.family_id is not None else None
        return stack[-1][1] if stack else None

    def undo_last(self) -> bool:
        """Undo this person's last change to the family shown (refused, with the reason, when the step
        was changed again since)."""
        if self.ctx is None or self.family_id is None or not self._undo.get(self.family_id):
            return False
        family_id = self.family_id
        event_id, _what = self._undo[family_id].pop()
        try:
            data = self.ctx.buddy_workspace.undo(family_id, event_id, self.language)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            self.show_family(family_id)
            self.undo_changed.emit()
            return False
        self._fill(data)
        self._refresh_family_row()
        self.changed.emit(family_id)
        self.undo_changed.emit()
        return True

    def mark_done(self) -> bool:
        """The selected step is done (today)."""
        return self._change_status("done")

    def toggle_waiting(self) -> bool:
        """The selected step waits for someone else (or, when it already does, no longer)."""
        step = self.current_step()
        if step is None:
            return False
        return self._change_status("todo" if step.status == "waiting" else "waiting")

    def _refresh_family_row(self) -> None:
        if self.ctx is None:
            return
        try:
            self.families = self.ctx.buddy_workspace.list_families()
        except ServiceError:
            return
        by_id = {f.id: f for f in self.families}
        for i in range(self.ui.familyList.count()):
            item = self.ui.familyList.item(i)
            f = by_id.get(item.data(ID_ROLE))
            if f is not None:
                fresh = self._family_item(f)
                item.setText(fresh.text())
                item.setIcon(fresh.icon())

    def add_note(self, text: str | None = None) -> bool:
        """A short note for the social worker (asked for when not given)."""
        if self.ctx is None or self.family_id is None:
            return False
        if text is None:
            text = ask_note(self, translate("BuddyWorkspace", "Note for the social worker"),
                            translate("BuddyWorkspace", "What should the social worker know? (They see it "
                                                        "highlighted; do not write medical or other sensitive "
                                                        "details here.)"))
            if text is None:
                return False
        family_id = self.family_id
        try:
            self.ctx.buddy_workspace.add_note(family_id, text)
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
            return False
        self.show_family(family_id)
        self.changed.emit(family_id)
        return True

    def add_appointment(self) -> Any:
        """The appointment dialog for the selected family (returns it; it is modal to this window)."""
        if self.ctx is None or self.family_id is None or self.data is None:
            return None
        from transition_app.ui.dialogs.appointment_edit import AppointmentEditDialog

        family_id = self.family_id
        detail = self.data.detail
        head = detail.members[0].display_name if detail.members else ""
        step = self.current_step()
        dialog = AppointmentEditDialog(self.ctx, family_id, f"{detail.case_number} — {head}",
                                       step_id=step.step_id if step else None, parent=self)
        dialog.saved.connect(lambda view: self._appointment_saved(family_id, view))
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _appointment_saved(self, family_id: int, view: Any) -> None:
        try:
            self.ctx.buddy_workspace.appointment_added(family_id, view.id)  # type: ignore[union-attr]
        except ServiceError as exc:
            messages.error(self, service_error_text(exc))
        if self.family_id == family_id:
            self.show_family(family_id)
        self.changed.emit(family_id)


def _permission(name: str) -> Any:
    from transition_app.access.permissions import Permission

    return Permission(name)
