"""Privacy in the main window: what the signed-in role may see, and the privacy actions.

Built in code (the window's form stays untouched), installed by ``MainWindow.attach``:

* role-based hiding - an admin buddy never sees the decision tab, the confidential-note box,
  new/edit/archive, documents, export or erase; a social worker sees no Administration menu.
  The services enforce the same rules (``services.scope``); this only hides what cannot be used;
* File menu: Consents…, Admin buddies…, Export family data…, Erase family data…, Change my password…,
  and for coordinators Back up database… / Restore from backup… (``services.backup``);
* Administration menu (coordinators): Reception centres…, Users…, Audit log…, Retention of closed cases…;
* the status bar says who is signed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QMessageBox

from transition_app.ui import messages
from transition_app.ui.i18n import translate
from transition_app.ui.menus import FamilyMenu


def ask_save_path(parent: Any, title: str, name: str, filters: str) -> str | None:
    """A file to write, or None when cancelled (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
    return path or None


def ask_open_path(parent: Any, title: str, filters: str) -> str | None:
    """A file to read, or None when cancelled (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_recovery_key(parent: Any) -> str | None:
    """The recovery key of the database a backup was made from, or None (tests replace this)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent, translate("PrivacyMenu", "Restore from backup"),
        translate("PrivacyMenu", "This backup was made from another database. Enter that database's recovery "
                                 "key (14 groups of 4 letters and digits):"), QLineEdit.EchoMode.Password)
    return text.strip() if ok and text.strip() else None


def restart_after_restore(parent: Any, title: str, text: str) -> None:
    """Say so, start the application again (same arguments) and quit: the window's data and the
    signed-in person belong to the replaced database.  Tests replace this function."""
    import sys

    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    QMessageBox.information(parent, title, text)
    QProcess.startDetached(sys.executable, ["-m", "transition_app", *sys.argv[1:]])
    QApplication.quit()


def ask_months(parent: Any, months: int) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getInt(parent, translate("PrivacyMenu", "Retention period"),
                                    translate("PrivacyMenu", "Anonymise closed cases this many months after "
                                                             "they were closed:"), months, 1, 240)
    return value if ok else None


@dataclass
class PrivacyMenu(FamilyMenu):
    window: Any
    actions: dict[str, QAction] = field(default_factory=dict)
    admin_menu: QMenu | None = None
    user_label: QLabel | None = None
    dialog: QDialog | None = None  # the last dialog opened (kept referenced while open)
    job: Any = None  # the last background job (a backup), kept referenced while it runs

    # ----------------------------------------------------------------- state
    @property
    def ctx(self) -> Any:
        return self.window.ctx

    def can(self, permission_name: str) -> bool:
        from transition_app.access.permissions import Permission

        actor = getattr(self.ctx, "actor", None)
        return actor is not None and actor.can(Permission(permission_name))

    def apply_roles(self) -> None:
        """Hide what the signed-in role cannot use (the services refuse it anyway)."""
        ui = self.window.ui
        ui.actionNewFamily.setVisible(self.can("create_family"))
        ui.actionEditFamily.setVisible(self.can("edit_family"))
        ui.actionArchiveFamily.setVisible(self.can("archive_family"))
        for widget in (ui.noteEdit, ui.addNoteButton):
            widget.setVisible(self.can("edit_family"))
        ui.noteConfidentialCheck.setVisible(self.can("view_confidential_notes") and self.can("edit_family"))
        index = ui.detailTabs.indexOf(ui.decisionTab)
        if not self.can("view_decision") and index >= 0:
            ui.detailTabs.removeTab(index)
        documents = self.window.findChild(QMenu, "menuDocuments")
        if documents is not None:
            documents.menuAction().setVisible(self.can("issue_documents"))
        for key, permission in (("consents", "edit_family"), ("buddies", "assign_buddy"), ("export", "export_data"),
                                ("erase", "erase_data")):
            self.actions[key].setVisible(self.can(permission))
        if self.admin_menu is not None:
            self.admin_menu.menuAction().setVisible(self.can("manage_users") or self.can("view_audit"))
        self.refresh()

    def refresh(self) -> None:
        has_family = self.ctx is not None and getattr(self.window, "_detail", None) is not None
        for key in ("consents", "buddies", "export", "erase"):
            self.actions[key].setEnabled(has_family)

    def _error(self, exc: BaseException) -> None:
        from transition_app.ui.errors import service_error_text

        messages.error(self.window, service_error_text(exc))

    # ----------------------------------------------------------------- family actions
    def open_consents(self) -> QDialog | None:
        family = self._family()
        if family is None:
            return None
        from transition_app.ui.dialogs.consents import ConsentsDialog

        return self._open(ConsentsDialog(self.ctx, family, self.window))

    def open_buddies(self) -> QDialog | None:
        family = self._family()
        if family is None:
            return None
        from transition_app.ui.dialogs.buddy_assign import BuddyAssignDialog

        return self._open(BuddyAssignDialog(self.ctx, family, self.window))

    def export_family(self, path: str | None = None) -> Path | None:
        """Subject access export: the JSON file chosen and a PDF next to it."""
        from transition_app.domain.validation import ServiceError

        family = self._family()
        if family is None:
            return None
        if path is None:
            if not messages.confirm(
                    self.window, translate("PrivacyMenu", "Export family data"),
                    translate("PrivacyMenu", "The export holds every piece of personal data about case {case}, "
                                             "including national register numbers and confidential notes. Give it "
                                             "only to the family and keep the files safe. Continue?").format(
                        case=family.case_number),
                    translate("PrivacyMenu", "Export")):
                return None
            path = ask_save_path(self.window, translate("PrivacyMenu", "Export family data"),
                                 f"{family.case_number}-subject-access.json",
                                 translate("PrivacyMenu", "JSON files (*.json)"))
            if path is None:
                return None
        target = Path(path)
        try:
            result = self.ctx.gdpr.export_family(family.id, target, target.with_suffix(".pdf"))
        except ServiceError as exc:
            self._error(exc)
            return None
        self.window.statusBar().showMessage(translate("PrivacyMenu", "Exported {case} to {json} and {pdf}.").format(
            case=family.case_number, json=result.json_path.name, pdf=result.pdf_path.name), 8000)
        return result.json_path

    def erase_family(self) -> bool:
        from transition_app.domain.validation import ServiceError

        family = self._family()
        if family is None:
            return False
        if not messages.confirm(
                self.window, translate("PrivacyMenu", "Erase family data"),
                translate("PrivacyMenu", "Erase the personal data of case {case} ({members} members) on request? "
                                         "Names, contacts, notes, consents and national register numbers are "
                                         "removed and dates made approximate; only counts stay for statistics. "
                                         "This cannot be undone.").format(case=family.case_number,
                                                                          members=len(family.members)),
                translate("PrivacyMenu", "Erase")):
            return False
        try:
            self.ctx.gdpr.anonymise_family(family.id, family.version)
        except ServiceError as exc:
            self._error(exc)
            return False
        self.window.statusBar().showMessage(translate("PrivacyMenu", "The data of {case} was erased.").format(
            case=family.case_number), 8000)
        self.window._detail = None
        self.window._pending_select = family.id
        self.window.reload()
        return True

    def change_password(self) -> QDialog | None:
        from transition_app.ui.dialogs.user_manage import UserEditDialog

        actor = self.ctx.actor
        if actor is None or actor.worker_id is None:
            return None
        dialog = UserEditDialog(self.ctx, UserEditDialog.OWN_PASSWORD, None, self.window)
        dialog.saved.connect(lambda _r: self.window.statusBar().showMessage(
            translate("PrivacyMenu", "Your password was changed."), 5000))
        return self._open(dialog)

    # ----------------------------------------------------------------- backups
    def backup_database(self, path: str | None = None) -> Any:
        """Write an encrypted backup in the background; returns the job (None when cancelled)."""
        from transition_app.services.backup import create_backup
        from transition_app.ui.progress_job import ProgressJob

        if path is None:
            stamp = self.ctx.clock.today().isoformat()
            path = ask_save_path(self.window, translate("PrivacyMenu", "Back up database"),
                                 f"transition-{stamp}.tabackup",
                                 translate("PrivacyMenu", "Transition Assistant backups (*.tabackup);;All files (*)"))
            if path is None:
                return None
        db, actor = self.ctx.db, self.ctx.actor
        job = ProgressJob(lambda _progress: create_backup(db, actor, path), parent=self.window)
        status = self.window.statusBar()
        status.showMessage(translate("PrivacyMenu", "Writing the backup…"))

        def done(result: Any) -> None:
            status.showMessage(translate("PrivacyMenu", "Backup written and checked: {file} ({families} families). "
                                                        "It opens with this database's recovery key.").format(
                file=result.path.name, families=result.info.families), 10000)

        def failed(exc: BaseException) -> None:
            status.clearMessage()
            self._error(exc)

        job.finished_with.connect(done)
        job.failed.connect(failed)
        self.job = job
        job.start()
        return job

    def restore_database(self, path: str | None = None) -> Any:
        """Replace the database by a backup, then start the application again.  Returns the
        ``RestoreResult``, or None when cancelled or refused (nothing changed)."""
        from transition_app.domain.validation import ServiceError
        from transition_app.security.secrets import KeyringSecretStore
        from transition_app.services.backup import WrongBackupKey, restore_backup

        title = translate("PrivacyMenu", "Restore from backup")
        if path is None:
            path = ask_open_path(self.window, title, translate(
                "PrivacyMenu", "Transition Assistant backups (*.tabackup);;All files (*)"))
            if path is None:
                return None
        if not messages.confirm(
                self.window, title,
                translate("PrivacyMenu", "All the current data will be replaced by the data of the backup {file}; "
                                         "changes made since the backup was written are lost. A safety copy of the "
                                         "current database is kept in the backups folder. Transition Assistant "
                                         "will then close and start again. Continue?").format(file=Path(path).name),
                translate("PrivacyMenu", "Replace the data")):
            return None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        recovery: str | None = None
        while True:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result = restore_backup(self.ctx.paths, path, store=KeyringSecretStore(), current=self.ctx.db,
                                        actor=self.ctx.actor, recovery_key=recovery)
            except WrongBackupKey as exc:
                QApplication.restoreOverrideCursor()
                if recovery is not None or (recovery := ask_recovery_key(self.window)) is None:
                    self._error(exc)
                    return None
                continue
            except ServiceError as exc:
                QApplication.restoreOverrideCursor()
                self._error(exc)
                return None
            QApplication.restoreOverrideCursor()
            break
        restart_after_restore(self.window, title, translate(
            "PrivacyMenu", "The backup was restored ({families} families). The previous data is kept in {copy}. "
                           "Transition Assistant will now start again: sign in with your account of the restored "
                           "data.").format(families=result.backup.families,
                                           copy=result.safety_copy.name if result.safety_copy else "-"))
        return result

    # ----------------------------------------------------------------- administration
    def open_centres(self) -> QDialog:
        from transition_app.ui.dialogs.centres import CentresDialog

        return self._open(CentresDialog(self.ctx, self.window))

    def open_users(self) -> QDialog:
        from transition_app.ui.dialogs.user_manage import UserManageDialog

        return self._open(UserManageDialog(self.ctx, self.window))

    def open_audit_log(self) -> QDialog:
        from transition_app.ui.dialogs.audit_log import AuditLogDialog

        dialog = AuditLogDialog(self.ctx, self.window)
        self.dialog = dialog
        dialog.resize(1100, 640)
        dialog.show()
        return dialog

    def open_retention(self) -> QMessageBox:
        """The retention rule: what would go now, the period, and "Anonymise now"."""
        gdpr = self.ctx.gdpr
        months = gdpr.retention_months()
        due = gdpr.retention_preview()
        lines = [translate("PrivacyMenu", "Closed cases are anonymised {months} months after they were closed; "
                                          "this is done at every start.").format(months=months),
                 translate("PrivacyMenu", "Cases due now: {count}.").format(count=len(due))]
        lines += [f"• {c.case_number} — {c.household_name} ({c.closed_since.isoformat()})" for c in due[:15]]
        if len(due) > 15:
            lines.append("…")
        box = QMessageBox(QMessageBox.Icon.Information, translate("PrivacyMenu", "Retention of closed cases"),
                          "\n".join(lines), QMessageBox.StandardButton.Close, self.window)
        apply = box.addButton(translate("PrivacyMenu", "&Anonymise now"), QMessageBox.ButtonRole.AcceptRole)
        apply.setEnabled(bool(due))
        period = box.addButton(translate("PrivacyMenu", "Change the &period…"), QMessageBox.ButtonRole.ActionRole)

        def clicked(button: Any) -> None:
            from transition_app.domain.validation import ServiceError

            try:
                if button is apply:
                    result = gdpr.apply_retention()
                    self.window.statusBar().showMessage(translate("PrivacyMenu", "{count} closed cases were "
                                                                  "anonymised.").format(count=len(result.anonymised)),
                                                        8000)
                    self.window.reload()
                elif button is period:
                    value = ask_months(self.window, months)
                    if value is not None:
                        gdpr.set_retention_months(value)
                        self.open_retention()
            except ServiceError as exc:
                self._error(exc)

        box.buttonClicked.connect(clicked)
        self.dialog = box  # type: ignore[assignment]
        box.open()
        return box


def install_privacy_menu(window: QMainWindow) -> PrivacyMenu:
    """Add the privacy actions and apply the role of ``window.ctx``'s actor."""
    ui = window.ui  # type: ignore[attr-defined]
    menu = PrivacyMenu(window)
    file_menu = ui.menuFile
    before = ui.actionQuit
    specs = (("consents", translate("PrivacyMenu", "C&onsents…"), menu.open_consents),
             ("buddies", translate("PrivacyMenu", "Admin &buddies…"), menu.open_buddies),
             ("export", translate("PrivacyMenu", "E&xport family data (subject access)…"),
              lambda: menu.export_family()),
             ("erase", translate("PrivacyMenu", "E&rase family data on request…"), menu.erase_family),
             ("password", translate("PrivacyMenu", "Change my pass&word…"), lambda: menu.change_password()),
             ("backup", translate("PrivacyMenu", "Back &up database…"), lambda: menu.backup_database()),
             ("restore", translate("PrivacyMenu", "Restore from bac&kup…"), lambda: menu.restore_database()))
    for key, text, slot in specs:
        action = QAction(text, window)
        action.setObjectName(f"action{key.title()}")
        action.triggered.connect(slot)
        menu.actions[key] = action
    file_menu.insertSeparator(before)
    for key in ("consents", "buddies", "export", "erase"):
        file_menu.insertAction(before, menu.actions[key])
    file_menu.insertSeparator(before)
    file_menu.insertAction(before, menu.actions["password"])
    file_menu.insertSeparator(before)
    for key in ("backup", "restore"):
        file_menu.insertAction(before, menu.actions[key])
        menu.actions[key].setVisible(menu.can("backup"))
    file_menu.insertSeparator(before)

    admin = QMenu(translate("PrivacyMenu", "&Administration"), window)
    admin.setObjectName("menuAdministration")
    for key, text, slot in (("centres", translate("PrivacyMenu", "Reception &centres…"), menu.open_centres),
                            ("users", translate("PrivacyMenu", "&Users…"), menu.open_users),
                            ("audit", translate("PrivacyMenu", "&Audit log…"), menu.open_audit_log),
                            ("retention", translate("PrivacyMenu", "&Retention of closed cases…"),
                             menu.open_retention)):
        action = admin.addAction(text)
        action.setObjectName(f"action{key.title()}")
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.actions[key] = action
    window.menuBar().insertMenu(ui.menuHelp.menuAction(), admin)
    menu.admin_menu = admin
    menu.actions["centres"].setVisible(menu.can("manage_centres"))
    menu.actions["users"].setVisible(menu.can("manage_users"))
    menu.actions["audit"].setVisible(menu.can("view_audit"))
    menu.actions["retention"].setVisible(menu.can("manage_retention"))

    actor = window.ctx.actor  # type: ignore[attr-defined]
    if actor is not None:
        from transition_app.ui.dialogs.user_manage import role_label

        label = QLabel(translate("PrivacyMenu", "Signed in: {user} ({role})").format(
            user=actor.username, role=role_label(actor.role)))
        label.setObjectName("signedInLabel")
        window.statusBar().addPermanentWidget(label)
        menu.user_label = label
    if hasattr(window, "family_shown"):
        window.family_shown.connect(lambda _id: menu.refresh())
    file_menu.aboutToShow.connect(menu.refresh)
    menu.apply_roles()
    return menu


def started_retention_message(count: int, cutoff: dt.date) -> str:
    return translate("PrivacyMenu", "Retention rule: {count} cases closed before {date} were anonymised.").format(
        count=count, date=cutoff.isoformat())
