"""The fields of a reception centre (first-run wizard, Administration ▸ Centres ▸ Add / Edit).

Typing a postcode fills in the municipality from the shipped directory (a choice when the postcode
belongs to two municipalities, a note when it is not a Belgian postcode); the logo chooser shows a
preview.  :meth:`CentreForm.value` gives the ``CentreInput`` the service validates; the problems it
reports are shown under the fields and the fields concerned are outlined (:meth:`show_error`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from transition_app.domain import directory
from transition_app.services.dto import CentreInput, CentreView
from transition_app.ui import labels
from transition_app.ui.generated.ui_centre_form import Ui_CentreForm
from transition_app.ui.i18n import translate
from transition_app.ui.widgets.a11y import relative_font
from transition_app.ui.widgets.staff_fields import FieldMarks, left_to_right

ERROR_STYLE = "color: #b71c1c;"
PREVIEW_WIDTH, PREVIEW_HEIGHT = 150, 48


def ask_logo_path(parent: QWidget | None) -> str | None:
    """An image file to use as the logo, or None (tests replace this function)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, translate("CentreForm", "Logo of the centre"), "",
                                          translate("CentreForm", "Images (*.png *.jpg *.jpeg)"))
    return path or None


def municipality_label(m: directory.Municipality) -> str:
    """The names in the municipality's official languages: "Liège", "Ixelles / Elsene"."""
    return " / ".join(dict.fromkeys(m.name(lang) for lang in m.languages))


class CentreForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CentreForm()
        self.ui.setupUi(self)
        ui = self.ui
        for text, code in labels.choices(labels.OPERATOR):
            ui.operatorCombo.addItem(text, code)
        ui.postcodeEdit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), ui.postcodeEdit))
        left_to_right(ui.postcodeEdit, ui.phoneEdit, ui.emailEdit, ui.enterpriseEdit)
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        ui.postcodeHint.setStyleSheet(ERROR_STYLE)
        ui.postcodeHint.hide()
        ui.logoPreview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        relative_font(ui.logoPreview, 0.9)
        self.logo: bytes | None = None  # the new logo chosen (None: keep the current one)
        self.current_logo: bytes | None = None
        self.remove_logo = False
        self.marks = FieldMarks({
            "name": ui.nameEdit, "operator": ui.operatorCombo, "street": ui.streetEdit,
            "postcode": ui.postcodeEdit, "municipality": ui.municipalityCombo, "phone": ui.phoneEdit,
            "email": ui.emailEdit, "enterprise_number": ui.enterpriseEdit, "logo": ui.chooseLogoButton})
        ui.postcodeEdit.textChanged.connect(self._postcode_changed)
        for edit in (ui.nameEdit, ui.streetEdit, ui.postcodeEdit, ui.phoneEdit, ui.emailEdit, ui.enterpriseEdit):
            edit.textEdited.connect(lambda _t, w=edit: self._edited(w))
        for combo in (ui.operatorCombo, ui.municipalityCombo):
            combo.activated.connect(lambda _i, w=combo: self._edited(w))
        ui.chooseLogoButton.clicked.connect(lambda: self.choose_logo())
        ui.removeLogoButton.clicked.connect(self.clear_logo)
        self._postcode_changed("")
        self._show_logo()

    # ----------------------------------------------------------------- values
    def set_centre(self, centre: CentreView) -> None:
        ui = self.ui
        ui.nameEdit.setText(centre.name)
        ui.operatorCombo.setCurrentIndex(max(0, ui.operatorCombo.findData(centre.operator)))
        ui.streetEdit.setText(centre.address or "")
        ui.postcodeEdit.setText(centre.postcode or "")
        if centre.municipality_nis:
            index = ui.municipalityCombo.findData(centre.municipality_nis)
            if index >= 0:
                ui.municipalityCombo.setCurrentIndex(index)
        ui.phoneEdit.setText(centre.phone or "")
        ui.emailEdit.setText(centre.email or "")
        ui.enterpriseEdit.setText(centre.enterprise_number_display)
        self.current_logo, self.logo, self.remove_logo = centre.logo, None, False
        self._show_logo()

    def value(self) -> CentreInput:
        ui = self.ui
        return CentreInput(
            name=ui.nameEdit.text(), operator=ui.operatorCombo.currentData() or "", street=ui.streetEdit.text(),
            postcode=ui.postcodeEdit.text(), municipality=ui.municipalityCombo.currentData(),
            phone=ui.phoneEdit.text(), email=ui.emailEdit.text(), enterprise_number=ui.enterpriseEdit.text() or None,
            logo=self.logo, remove_logo=self.remove_logo and self.logo is None)

    def set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        for edit in (ui.nameEdit, ui.streetEdit, ui.postcodeEdit, ui.phoneEdit, ui.emailEdit, ui.enterpriseEdit):
            edit.setReadOnly(read_only)
        for widget in (ui.operatorCombo, ui.municipalityCombo, ui.chooseLogoButton, ui.removeLogoButton):
            widget.setEnabled(not read_only)
        if not read_only:
            self._update_municipalities_enabled()
            self._show_logo()

    # ----------------------------------------------------------------- the municipality
    def _postcode_changed(self, text: str) -> None:
        ui = self.ui
        combo = ui.municipalityCombo
        previous = combo.currentData()
        combo.clear()
        ui.postcodeHint.hide()
        found = directory.by_postcode(text) if len(text) == 4 else ()
        if len(text) == 4 and not found:
            ui.postcodeHint.setText(translate("CentreForm", "not a Belgian postcode"))
            ui.postcodeHint.show()
        if len(found) > 1:
            combo.addItem(translate("CentreForm", "Choose the municipality…"), None)
        for m in found:
            combo.addItem(f"{municipality_label(m)} ({text})", m.nis_code)
        index = combo.findData(previous) if previous else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        self._update_municipalities_enabled()

    def _update_municipalities_enabled(self) -> None:
        self.ui.municipalityCombo.setEnabled(self.ui.municipalityCombo.count() > 1
                                             and not self.ui.nameEdit.isReadOnly())

    # ----------------------------------------------------------------- the logo
    def choose_logo(self, path: str | None = None) -> bool:
        """Read an image file as the new logo (checked by the service when saved)."""
        from transition_app.ui import messages

        path = path or ask_logo_path(self)
        if not path:
            return False
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            messages.error(self, translate("CentreForm", "The file cannot be read."))
            return False
        self.logo, self.remove_logo = data, False
        self.marks.clear(self.ui.chooseLogoButton)
        self._show_logo()
        self.changed.emit()
        return True

    def clear_logo(self) -> None:
        self.logo, self.remove_logo = None, True
        self._show_logo()
        self.changed.emit()

    def shown_logo(self) -> bytes | None:
        if self.logo is not None:
            return self.logo
        return None if self.remove_logo else self.current_logo

    def _show_logo(self) -> None:
        ui = self.ui
        data = self.shown_logo()
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            ui.logoPreview.setPixmap(pixmap.scaled(PREVIEW_WIDTH, PREVIEW_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
            ui.logoPreview.setAccessibleName(translate("CentreForm", "Preview of the logo"))
        else:
            ui.logoPreview.setPixmap(QPixmap())
            ui.logoPreview.setText(translate("CentreForm", "This file is not an image that can be shown.") if data
                                   else translate("CentreForm", "No logo (optional)"))
            ui.logoPreview.setAccessibleName(ui.logoPreview.text())
        ui.removeLogoButton.setEnabled(data is not None and ui.chooseLogoButton.isEnabled())

    # ----------------------------------------------------------------- problems
    def show_error(self, exc: Any) -> None:
        """The problems of a ``ServiceError`` under the fields, the fields concerned outlined."""
        from transition_app.domain.validation import ValidationError
        from transition_app.ui.errors import field_error_text, service_error_text

        ui = self.ui
        if isinstance(exc, ValidationError):
            items = "".join(f"<li>{_html(field_error_text(e))}</li>" for e in exc.errors)
            ui.errorLabel.setText("<b>⚠ " + _html(translate("CentreForm", "Please correct these:")) + "</b><ul>"
                                  + items + "</ul>")
            self.marks.show(exc.errors)
        else:
            ui.errorLabel.setText("<b>⚠ " + _html(service_error_text(exc)) + "</b>")
            self.marks.clear()
        ui.errorLabel.show()

    def clear_errors(self) -> None:
        self.ui.errorLabel.hide()
        self.marks.clear()

    def _edited(self, widget: QWidget) -> None:
        self.marks.clear(widget)
        if widget is self.ui.postcodeEdit:
            self.marks.clear(self.ui.municipalityCombo)
        if not self.marks.marked():
            self.ui.errorLabel.hide()
        self.changed.emit()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
