"""Admin buddies in the main window, installed by ``MainWindow.attach`` (the window's form stays untouched).

* **A buddy** signs in: the buddy workspace (``views.buddy_workspace``) replaces the family list and
  file as the central view; what buddies may not use is hidden by ``privacy_menu.apply_roles``.
* **A social worker or coordinator**: families and steps an admin buddy changed since the family's
  worker last looked are highlighted in the family list and in the checklist (bold, an icon and the
  words "Updated by buddy" - never colour alone); opening the family marks them seen (for its own
  worker, see ``services.buddy_workspace``), and the status bar shows "Changes from buddies: N" with
  a menu of the changes that opens the family's checklist.
* **Everybody**: Tools ▸ Directory of services… (read-only for buddies).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolButton

from transition_app.ui.i18n import translate
from transition_app.ui.widgets.icons import painted_icon

REFRESH_MS = 60_000  # how often the count of buddies' changes is refreshed
MENU_LIMIT = 25


@cache
def buddy_icon() -> QIcon:
    """A person on a violet badge: "changed by an admin buddy" (always shown with words)."""
    def paint(p: QPainter, size: int) -> None:
        p.setPen(QPen(QColor("#4a148c"), 1))
        p.setBrush(QBrush(QColor("#6a1b9a")))
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.25, size * 0.25)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor("#ffffff")))
        p.drawEllipse(QPointF(size * 0.5, size * 0.36), size * 0.17, size * 0.17)
        body = QPainterPath()
        body.moveTo(size * 0.2, size * 0.86)
        body.cubicTo(size * 0.22, size * 0.55, size * 0.78, size * 0.55, size * 0.8, size * 0.86)
        body.closeSubpath()
        p.drawPath(body)
    return painted_icon(paint)


def updated_by_buddy_text(name: str | None = None) -> str:
    if name:
        return translate("BuddyFeatures", "Updated by buddy ({name})").format(name=name)
    return translate("BuddyFeatures", "Updated by buddy")


def bold(font: QFont) -> QFont:
    out = QFont(font)
    out.setBold(True)
    return out


@dataclass
class BuddyFeatures:
    window: Any
    workspace: Any = None  # the BuddyWorkspaceView (buddies)
    changes_button: QToolButton | None = None  # "Changes from buddies: N" (staff)
    directory_action: QAction | None = None
    dialog: QDialog | None = None  # the last dialog opened (kept referenced while open)
    counts: dict[int, int] = field(default_factory=dict)  # family id -> changes not seen yet
    _seen: dict[int, list[Any]] = field(default_factory=dict)  # family id -> its changes (this session)
    _timer: QTimer | None = None

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    # ----------------------------------------------------------------- buddies
    def _install_workspace(self) -> None:
        from transition_app.ui.views.buddy_workspace import BuddyWorkspaceView

        ui = self.window.ui
        view = BuddyWorkspaceView(self.ctx, ui.centralWidget)
        ui.centralLayout.addWidget(view)
        ui.mainSplitter.hide()
        ui.actionFind.setVisible(False)  # the family list's search field is not shown
        self.window.families_loaded.connect(lambda _n: view.reload())  # View ▸ Refresh
        edit_menu = getattr(self.window, "edit_menu", None)
        if edit_menu is not None:  # Edit ▸ Undo (Ctrl+Z): the buddy's own last change
            edit_menu.attach(view)
        self.workspace = view

    # ----------------------------------------------------------------- staff
    def _install_worker_side(self) -> None:
        button = QToolButton(self.window)
        button.setObjectName("buddyChangesButton")
        button.setIcon(buddy_icon())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAccessibleDescription(translate(
            "BuddyFeatures", "Steps marked, appointments added and notes left by admin buddies that the families' "
                             "social worker has not seen yet. Opens a list; choose one to open the family."))
        menu = QMenu(button)
        menu.setObjectName("buddyChangesMenu")
        menu.aboutToShow.connect(lambda: self._fill_menu(menu))
        button.setMenu(menu)
        self.window.statusBar().addPermanentWidget(button)
        self.changes_button = button
        self.window.families_loaded.connect(lambda _n: self.refresh_counts())
        self.window.family_shown.connect(self.on_family_shown)
        self._timer = QTimer(self.window)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_counts)
        self._timer.start()
        self._show_count()

    def refresh_counts(self) -> dict[int, int]:
        """Ask the database again (after loading the families, and every minute)."""
        from transition_app.domain.validation import ServiceError

        try:
            counts = self.ctx.buddy_workspace.unseen_counts()
        except ServiceError:
            counts = {}
        # what was marked seen in this session stays highlighted in the checklist; the rest is asked again
        self._seen = {fid: changes for fid, changes in self._seen.items() if fid not in counts}
        self.counts = counts
        self._apply()
        return counts

    def _apply(self) -> None:
        model = getattr(self.window, "model", None)
        if model is not None and hasattr(model, "set_flagged"):
            model.set_flagged(self.counts)
        self._show_count()

    def _show_count(self) -> None:
        if self.changes_button is None:
            return
        total = sum(self.counts.values())
        self.changes_button.setText(translate("BuddyFeatures", "Changes from buddies: {count}").format(count=total))
        self.changes_button.setAccessibleName(self.changes_button.text())
        self.changes_button.setEnabled(total > 0)

    def _load(self, family_id: int) -> list[Any]:
        if family_id not in self._seen and family_id in self.counts:
            from transition_app.ui.i18n import ui_language

            self._seen[family_id] = self.ctx.buddy_workspace.unseen_changes(family_id, language=ui_language())
        return self._seen.get(family_id, [])

    def step_changes(self, family_id: int) -> dict[str, str]:
        """Step id -> the buddy who changed it, for the checklist view's highlighting."""
        return {c.ref: c.buddy_name or "" for c in self._load(family_id) if c.kind == "step"}

    def on_family_shown(self, family_id: int) -> None:
        """The worker opened the family: say what buddies changed, and mark it seen."""
        if family_id not in self.counts:
            return
        changes = self._load(family_id)
        if not changes:
            return
        parts = []
        for kind, text in (("step", translate("BuddyFeatures", "steps: {count}")),
                           ("note", translate("BuddyFeatures", "notes: {count}")),
                           ("appointment", translate("BuddyFeatures", "appointments: {count}"))):
            count = sum(1 for c in changes if c.kind == kind)
            if count:
                parts.append(text.format(count=count))
        self.window.statusBar().showMessage(translate(
            "BuddyFeatures", "Updated by buddy since you last looked — {changes}. Steps are highlighted in the "
                             "checklist, notes in the Notes tab.").format(changes=", ".join(parts)), 20000)
        self._highlight_notes(changes)
        if self.ctx.buddy_workspace.mark_seen(family_id, [c.id for c in changes]):
            self.counts.pop(family_id, None)
            self._apply()

    def _highlight_notes(self, changes: list[Any]) -> None:
        """The notes a buddy left, in the family's Notes tab: bold, the icon and "Updated by buddy"."""
        notes = {c.ref: c.buddy_name for c in changes if c.kind == "note"}
        if not notes:
            return
        lst = self.window.ui.notesList
        for i in range(lst.count()):
            item = lst.item(i)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            if key in notes:
                item.setText(f"{updated_by_buddy_text(notes[key])}: {item.text()}")
                item.setIcon(buddy_icon())
                item.setFont(bold(item.font()))

    def _fill_menu(self, menu: QMenu) -> None:
        from transition_app.ui.i18n import ui_language
        from transition_app.ui.views.checklist_view import status_label

        menu.clear()
        changes = self.ctx.buddy_workspace.unseen_changes(language=ui_language(), limit=MENU_LIMIT)
        if not changes:
            menu.addAction(translate("BuddyFeatures", "No changes from buddies")).setEnabled(False)
            return
        for c in changes:
            if c.kind == "step":
                what = translate("BuddyFeatures", "“{step}”: {status}").format(step=c.title,
                                                                               status=status_label(c.detail))
            elif c.kind == "note":
                what = translate("BuddyFeatures", "Note: “{text}”").format(text=c.title)
            else:
                what = translate("BuddyFeatures", "Appointment: {title}").format(title=c.title)
            text = translate("BuddyFeatures", "{family} — {what} ({buddy})").format(
                family=c.household_name or c.case_number, what=what, buddy=c.buddy_name or "")
            action = menu.addAction(buddy_icon(), text.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, fid=c.family_id: self.window.show_checklist(fid))

    # ----------------------------------------------------------------- directory
    def _install_tools_menu(self) -> None:
        window = self.window
        menu = window.findChild(QMenu, "menuTools")
        if menu is None:
            menu = QMenu(translate("BuddyFeatures", "&Tools"), window)
            menu.setObjectName("menuTools")
            window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), menu)
        action = menu.addAction(translate("BuddyFeatures", "&Directory of services…"))
        action.setObjectName("actionDirectory")
        action.triggered.connect(lambda _checked=False: self.open_directory())
        self.directory_action = action

    def open_directory(self) -> QDialog | None:
        if self.ctx is None:
            return None
        from transition_app.ui.dialogs.directory_editor import DirectoryEditorDialog

        dialog = DirectoryEditorDialog(self.ctx, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog


def install_buddy_features(window: QMainWindow) -> BuddyFeatures:
    """What admin buddies bring to ``window`` for the role of ``window.ctx``'s actor."""
    from transition_app.access.permissions import Permission

    features = BuddyFeatures(window)
    features._install_tools_menu()
    actor = window.ctx.actor  # type: ignore[attr-defined]
    if actor is not None and actor.is_buddy:
        features._install_workspace()
    elif actor is not None and actor.can(Permission.EDIT_FAMILY):
        features._install_worker_side()
    return features
