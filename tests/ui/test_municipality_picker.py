"""The municipality picker (issue 9, point 10): any official name, with or without accents, the
other language's name, a postcode; a list to choose from with the keyboard; the NIS code as value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from tests.ui.typing import press, type_text
from transition_app.ui import i18n
from transition_app.ui.widgets.municipality_picker import NAME_ROLE, MunicipalityPicker, details

LIEGE, BRUSSELS, SAINT_JOSSE, IXELLES = "62063", "21004", "21014", "21009"


@pytest.fixture
def language(qapp):
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)

    yield switch
    switch("en")


def make_picker(qtbot):
    window = QWidget()
    layout = QFormLayout(window)
    picker = MunicipalityPicker(window)
    after = QLineEdit(window)
    layout.addRow("Municipality", picker)
    layout.addRow("After", after)
    qtbot.addWidget(window)
    window.resize(420, 120)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return picker, after, window


@pytest.mark.parametrize(("query", "nis"), [
    ("Luik", LIEGE), ("Lüttich", LIEGE), ("Liege", LIEGE), ("liège", LIEGE), ("4000", LIEGE), ("4020", LIEGE),
    ("Bruxelles", BRUSSELS), ("Brussel", BRUSSELS), ("1000", BRUSSELS),
    ("Sint-Joost", SAINT_JOSSE), ("Saint-Josse", SAINT_JOSSE), ("saint josse ten noode", SAINT_JOSSE),
])
def test_typing_any_name_or_postcode_lists_the_municipality_first(qtbot, query, nis):
    picker, _after, _window = make_picker(qtbot)
    type_text(qtbot, picker, query)
    assert picker.candidates()[0] == nis
    popup = picker.completer().popup()
    assert popup.isVisible()
    press(qtbot, Qt.Key.Key_Down)  # the keyboard goes through the list
    press(qtbot, Qt.Key.Key_Return)
    assert picker.nis() == nis and picker.isValid()


def test_the_list_shows_the_other_names_and_postcodes(qtbot):
    picker, _after, _window = make_picker(qtbot)
    type_text(qtbot, picker, "Luik")
    model = picker.completer().model()
    first = model.index(0, 0)
    assert model.data(first, NAME_ROLE) == "Liège"  # the English interface: the municipality's own name
    assert "Luik" in model.data(first) and "Lüttich" in model.data(first) and "4000" in model.data(first)
    picker.clear()
    type_text(qtbot, picker, "4030")
    assert picker.completer().model().data(picker.completer().model().index(0, 0)).endswith("4030, 4000, 4020, 4031 …")


def test_a_postal_locality_says_which_it_is():
    from transition_app.domain import directory

    assert directory.search("Jupille")[0].name() == "Rendeux"
    assert details(directory.search("Jupille")[0], "Jupille").endswith("includes Jupille (6987)")


def test_the_name_follows_the_interface_language(qtbot, language):
    language("nl")
    picker, _after, _window = make_picker(qtbot)
    picker.setNis(LIEGE)
    assert picker.text() == "Luik"
    language("de")
    picker.setNis(LIEGE)
    assert picker.text() == "Lüttich"


def test_leaving_with_a_text_that_names_one_chooses_it(qtbot):
    picker, after, _window = make_picker(qtbot)
    changes = []
    picker.municipalityChanged.connect(changes.append)
    type_text(qtbot, picker, "Liege")
    press(qtbot, Qt.Key.Key_Escape)  # close the list without choosing
    after.setFocus()
    assert picker.nis() == LIEGE and picker.text() == "Liège" and changes == [LIEGE]


def test_a_text_that_names_none_or_several_is_kept_and_flagged(qtbot):
    picker, after, _window = make_picker(qtbot)
    type_text(qtbot, picker, "Atlantis")
    press(qtbot, Qt.Key.Key_Escape)
    after.setFocus()
    assert picker.nis() is None and not picker.isValid() and picker.text() == "Atlantis"
    assert "#c62828" in picker.styleSheet() and "Atlantis" in picker.toolTip()
    picker.clear()
    type_text(qtbot, picker, "1050")  # Brussels and Ixelles share it
    assert set(picker.candidates()) == {BRUSSELS, IXELLES}
    press(qtbot, Qt.Key.Key_Escape)
    after.setFocus()
    assert picker.nis() is None and not picker.isValid()
    assert "choose one from the list" in picker.toolTip()


def test_empty_is_allowed_and_typing_replaces_a_choice(qtbot):
    picker, after, _window = make_picker(qtbot)
    picker.setNis(LIEGE)
    assert picker.nis() == LIEGE
    picker.setFocus()
    picker.selectAll()
    press(qtbot, Qt.Key.Key_Backspace)
    after.setFocus()
    assert picker.nis() is None and picker.isValid() and picker.text() == ""
