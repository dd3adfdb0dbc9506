"""Fields shared by the account forms (first-run wizard, user dialog) and the centre form.

* job titles: an editable combo box of ``resources/staff/job_titles.yaml`` (in the interface
  language) that also takes a title typed freely; the form (feminine, masculine, neutral);
* field problems: the widget of a field a service refused is outlined, says why in its tool tip
  and accessible description, and the first one gets the focus.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from transition_app.domain import job_titles
from transition_app.ui import labels
from transition_app.ui.i18n import ui_language

INVALID_STYLE = "border: 2px solid #b71c1c; border-radius: 2px;"
LTR_EMBED, POP = "\u202a", "\u202c"


def left_to_right(*widgets: QWidget) -> None:
    """Phone numbers, e-mail addresses, postcodes: written left to right in an Arabic interface too
    (else "010 81 23 45" would show as "45 23 81 010")."""
    for widget in widgets:
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def ltr_text(text: str) -> str:
    """``text`` kept left to right inside right-to-left text (a phone number in a table cell)."""
    return f"{LTR_EMBED}{text}{POP}" if text else text


def _language() -> str:
    lang = ui_language()
    return lang if lang in job_titles.LANGUAGES else "en"


def fill_job_titles(combo: QComboBox) -> None:
    combo.clear()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    for title in job_titles.job_titles():
        combo.addItem(title.text(_language()), title.code)


def set_job_title(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value) if value else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:  # a title typed freely
        combo.setCurrentIndex(0)
        combo.setEditText(value or "")


def job_title_value(combo: QComboBox) -> str | None:
    """The code of a listed title, else the text typed (None when empty)."""
    text = " ".join(combo.currentText().split())
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index > 0:
        return str(combo.itemData(index))
    return job_titles.find_code(text) or text


def fill_title_forms(combo: QComboBox) -> None:
    combo.clear()
    for text, code in labels.choices(labels.TITLE_FORM):
        combo.addItem(text, code)


def set_title_form(combo: QComboBox, form: str | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(form or "n")))


class FieldMarks:
    """Outline the widgets of refused fields (``ValidationError`` field paths -> widgets)."""

    def __init__(self, widgets: Mapping[str, QWidget]):
        self.widgets = dict(widgets)
        self._marked: list[QWidget] = []

    def show(self, errors: Iterable[object]) -> QWidget | None:
        """Mark each field of ``errors`` (``FieldError``); returns the first widget marked."""
        from transition_app.ui.errors import field_error_text

        self.clear()
        first = None
        messages: dict[QWidget, list[str]] = {}
        for error in errors:
            widget = self.widgets.get(getattr(error, "field", "").split("[")[0])
            if widget is None:
                continue
            messages.setdefault(widget, []).append(field_error_text(error))  # type: ignore[arg-type]
            first = first or widget
        for widget, texts in messages.items():
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip("\n".join(texts))
            widget.setAccessibleDescription("\n".join(texts))
            self._marked.append(widget)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first

    def clear(self, widget: QWidget | None = None) -> None:
        for w in [widget] if widget is not None else list(self._marked):
            if w in self._marked:
                w.setStyleSheet("")
                w.setToolTip("")
                w.setAccessibleDescription("")
                self._marked.remove(w)

    def marked(self) -> list[QWidget]:
        return list(self._marked)
