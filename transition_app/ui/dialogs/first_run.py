"""The first-run wizard: creates the coordinator account, then the reception centre, when nobody
can sign in yet.

Pages: welcome, the coordinator account (with the job title, direct phone and e-mail printed in
their letters; created when leaving the page, so problems show on it), the **reception centre**
(name, operator, address checked against the municipality directory, phone, e-mail, enterprise
number, logo; created when leaving the page by the new coordinator, who then belongs to it), the
**recovery key** of the encrypted database, done.  Going Back keeps everything typed: the account
is shown read-only once created, and the centre is changed (not created twice) when its page is
left again.

The centre page needs the services of the new coordinator: ``services_for(actor)`` (the
application passes ``ctx.for_actor``); without it the page is skipped.  The recovery-key page is
skipped unless :meth:`FirstRunWizard.set_recovery_key` was called: that is the hook the database
encryption fills (``security.keys`` makes the key; the application passes it here so the person
sees it, once, inside the same wizard).  When it is shown, Next stays disabled until the person
confirms they wrote the key down; ``recovery_key_acknowledged`` then says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from transition_app.ui.generated.ui_first_run import Ui_FirstRunWizard
from transition_app.ui.i18n import translate
from transition_app.ui.widgets.a11y import relative_font
from transition_app.ui.widgets.centre_form import CentreForm
from transition_app.ui.widgets.staff_fields import (
    FieldMarks,
    fill_job_titles,
    fill_title_forms,
    job_title_value,
    left_to_right,
    set_title_form,
)

if TYPE_CHECKING:
    from transition_app.services.auth import AuthService, SignedIn
    from transition_app.services.dto import CentreView

PAGE_WELCOME, PAGE_ACCOUNT, PAGE_CENTRE, PAGE_RECOVERY_KEY, PAGE_DONE = range(5)
ERROR_STYLE = "color: #b71c1c;"


class FirstRunWizard(QWizard):
    signed_in = Signal(object)  # services.auth.SignedIn, when the wizard finishes

    def __init__(self, auth: AuthService, parent: QWidget | None = None, recovery_key: str | None = None,
                 services_for: Callable[[Any], Any] | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.auth = auth
        self.services_for = services_for
        self.result_value: SignedIn | None = None
        self.centre: CentreView | None = None
        self.recovery_key: str | None = None
        ui = self.ui
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        left_to_right(ui.ownPhoneEdit, ui.ownEmailEdit)
        fill_job_titles(ui.jobTitleCombo)
        ui.jobTitleCombo.setCurrentIndex(max(0, ui.jobTitleCombo.findData("coordinator")))
        fill_title_forms(ui.titleFormCombo)
        set_title_form(ui.titleFormCombo, "n")
        self.account_marks = FieldMarks({
            "full_name": ui.fullNameEdit, "username": ui.usernameEdit, "password": ui.passwordEdit,
            "confirm": ui.confirmEdit, "job_title": ui.jobTitleCombo, "job_title_form": ui.titleFormCombo,
            "phone": ui.ownPhoneEdit, "email": ui.ownEmailEdit})
        for edit in (ui.fullNameEdit, ui.usernameEdit, ui.passwordEdit, ui.confirmEdit, ui.ownPhoneEdit,
                     ui.ownEmailEdit):
            edit.textEdited.connect(lambda _t, w=edit: self._account_edited(w))
        self.centre_form = CentreForm(ui.centreFormHost)
        ui.centreFormLayout.addWidget(self.centre_form)
        relative_font(self.ui.recoveryKeyEdit, 1.1, fixed_pitch=True)  # follows the system font size
        # mandatory field: Next stays disabled on the recovery-key page until it is ticked
        self.ui.recoveryKeyPage.registerField("recoveryAcknowledged*", self.ui.recoveryAcknowledgeCheck)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("FirstRunWizard", "&Start"))
        self.finished.connect(self._on_finished)
        if recovery_key:
            self.set_recovery_key(recovery_key)

    # ----------------------------------------------------------------- the encryption hook
    def set_recovery_key(self, key: str) -> None:
        """Show the database's recovery key on its own page (otherwise the page is skipped)."""
        self.recovery_key = key
        self.ui.recoveryKeyEdit.setText(key)
        self.ui.recoveryKeyEdit.setCursorPosition(0)
        width = self.ui.recoveryKeyEdit.fontMetrics().horizontalAdvance(key) + 24
        self.ui.recoveryKeyEdit.setMinimumWidth(width)
        self.ui.recoveryAcknowledgeCheck.setChecked(False)

    @property
    def recovery_key_acknowledged(self) -> bool:
        return bool(self.recovery_key) and self.ui.recoveryAcknowledgeCheck.isChecked()

    # ----------------------------------------------------------------- navigation
    def nextId(self) -> int:
        current = self.currentId()
        following = {PAGE_ACCOUNT: PAGE_CENTRE, PAGE_CENTRE: PAGE_RECOVERY_KEY}.get(current)
        if following == PAGE_CENTRE and self.services_for is None:
            following = PAGE_RECOVERY_KEY
        if following == PAGE_RECOVERY_KEY and not self.recovery_key:
            following = PAGE_DONE
        return following if following is not None else super().nextId()

    def validateCurrentPage(self) -> bool:
        if self.currentId() == PAGE_ACCOUNT and self.result_value is None:
            return self.create_account()
        if self.currentId() == PAGE_CENTRE:
            return self.save_centre()
        return super().validateCurrentPage()

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == PAGE_CENTRE:
            self.centre_form.ui.nameEdit.setFocus()
        if page_id == PAGE_DONE and self.result_value is not None:
            user = _html(self.result_value.actor.username)
            if self.centre is not None:
                text = translate(
                    "FirstRunWizard", "<p>The coordinator account <b>{user}</b> is ready and signed in, and the "
                    "reception centre <b>{centre}</b> is set up.</p><p>Next: create the accounts of the social "
                    "workers and admin buddies with <i>Administration ▸ Users</i>.</p>").format(
                    user=user, centre=_html(self.centre.name))
            else:
                text = translate(
                    "FirstRunWizard", "<p>The coordinator account <b>{user}</b> is ready and signed in.</p>"
                    "<p>Next: create the accounts of the social workers and admin buddies with "
                    "<i>Administration ▸ Users</i>.</p>").format(user=user)
            self.ui.doneLabel.setText(text)

    def cleanupPage(self, page_id: int) -> None:
        """Going Back: keep what was typed on the page left (QWizard would reset its fields)."""

    def create_account(self) -> bool:
        from transition_app.domain.validation import ServiceError, ValidationError
        from transition_app.ui.errors import service_error_text

        ui = self.ui
        try:
            self.result_value = self.auth.create_coordinator(
                ui.usernameEdit.text(), ui.fullNameEdit.text(), ui.passwordEdit.text(), ui.confirmEdit.text(),
                job_title=job_title_value(ui.jobTitleCombo), job_title_form=ui.titleFormCombo.currentData(),
                phone=ui.ownPhoneEdit.text(), email=ui.ownEmailEdit.text())
        except ServiceError as exc:
            ui.errorLabel.setText(service_error_text(exc))
            ui.errorLabel.show()
            ui.passwordEdit.clear()
            ui.confirmEdit.clear()
            if isinstance(exc, ValidationError):
                self.account_marks.show(exc.errors)
            self._fit()
            return False
        ui.errorLabel.hide()
        self.account_marks.clear()
        for edit in (ui.fullNameEdit, ui.usernameEdit, ui.passwordEdit, ui.confirmEdit, ui.ownPhoneEdit,
                     ui.ownEmailEdit):
            edit.setReadOnly(True)
        for combo in (ui.jobTitleCombo, ui.titleFormCombo):
            combo.setEnabled(False)
        ui.passwordEdit.clear()
        ui.confirmEdit.clear()
        return True

    def save_centre(self) -> bool:
        """Create the centre as the new coordinator (who then belongs to it), or change it after Back."""
        from transition_app.domain.validation import ServiceError

        if self.result_value is None or self.services_for is None:
            return False
        services = self.services_for(self.result_value.actor)
        form = self.centre_form
        try:
            if self.centre is None:
                self.centre = services.staff.create_centre(form.value())
                services.auth.update_user(self.result_value.actor.worker_id, centre_id=self.centre.id)
                actor = dataclasses.replace(self.result_value.actor, centre_id=self.centre.id)
                self.result_value = dataclasses.replace(self.result_value, actor=actor)
            else:
                self.centre = services.staff.update_centre(self.centre.id, form.value(), self.centre.version)
        except ServiceError as exc:
            form.show_error(exc)
            self._fit()
            return False
        form.clear_errors()
        form.set_centre(self.centre)
        return True

    def _fit(self) -> None:
        """Grow (never shrink) to show the problems listed under the fields without squeezing them."""
        hint = self.sizeHint()
        if hint.height() > self.height() or hint.width() > self.width():
            self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _account_edited(self, widget: QWidget) -> None:
        self.account_marks.clear(widget)
        self.ui.errorLabel.hide()

    def _on_finished(self, _result: int) -> None:
        if self.result_value is not None and self.currentId() == PAGE_DONE:
            self.signed_in.emit(self.result_value)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
