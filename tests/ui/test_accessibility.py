"""Accessibility of every screen: names for screen readers, keyboard use, system font size, status not by colour.

Generic on purpose: every window class in ``transition_app/ui/dialogs`` and ``transition_app/ui/views``
is found, built (constructor arguments by parameter name, see ``ARGUMENTS``; a class with a required
argument not listed there makes the tests fail, saying so, until it is added) and walked in each of
its states (every tab, wizard page, letter template).  What is checked:

* every visible control a person can focus has a name a screen reader reads: its ``accessibleName``,
  a ``QLabel`` whose buddy it is, or (buttons, check boxes) its own text; lists and tables say in
  their ``accessibleDescription`` how they are used;
* no two visible controls of a window share an Alt+letter;
* every ``.ui`` form sets its tab order (``<tabstops>``) and lists every control in it;
* pressing Tab from the first control reaches every control and comes back, without getting stuck
  (tables that move between cells, date fields showing "not set"), in reading order;
* Enter, Space, Delete (with a confirmation), Escape and the standard shortcuts do what they say;
* with the system font 1.5 times larger every text grows with it (no fixed point or pixel sizes),
  and the row heights, column widths and size limits follow, so nothing is cut off;
* a status shown in colour (overdue, late) also carries an icon or words.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

import transition_app.ui.dialogs as dialogs_package
import transition_app.ui.views as views_package
from transition_app.services.dto import ContactInput
from transition_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
MAX_SIZE = 16777215  # QWIDGETSIZE_MAX: no limit
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractItemView, QTabBar, QAbstractSlider, QGroupBox, QAbstractScrollArea)
WORD = re.compile(r"[^\W\d_]")  # a letter: text a person reads, not only a number or a symbol


# --------------------------------------------------------------------------- the screens


@dataclasses.dataclass
class Env:
    window: MainWindow
    family: Any  # FamilyDetail with a decision, an overdue checklist and a contact
    pdf: bytes

    @property
    def ctx(self) -> Any:
        return self.window.ctx


def _pdf(env_ctx: Any, family_id: int) -> bytes:
    from transition_app.services.handover import render

    return render(env_ctx.handover.compose_dossier(family_id, "worker", language="en"), "pdf")


def _user(env: Env) -> Any:
    return env.ctx.auth.list_users()[0]


#: constructor parameter name -> its value (a class whose required parameter is not here cannot be built)
ARGUMENTS: dict[str, Callable[[Env], Any]] = {
    "ctx": lambda env: env.ctx,
    "auth": lambda env: env.ctx.auth,
    "family": lambda env: env.family,
    "detail": lambda env: env.family,
    "parent": lambda env: env.window,
    "pdf": lambda env: env.pdf,
    "title": lambda env: "Preview",
    "message": lambda env: "The database is encrypted: enter its passphrase.",
    "recovery_key": lambda env: "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ",
    "keyring_available": lambda env: True,
    "family_id": lambda env: env.family.id,
    "family_label": lambda env: f"{env.family.case_number} — {env.family.members[0].display_name}",
    "settings": lambda env: env.window.state.settings,
}
#: more than one way to build a class (each is checked): extra keyword arguments
VARIANTS: dict[str, list[dict[str, Callable[[Env], Any]]]] = {
    "UnlockDialog": [{"mode": lambda env: "passphrase"}, {"mode": lambda env: "new_passphrase"},
                     {"mode": lambda env: "recovery_key", "keyring_available": lambda env: False}],
    "UserEditDialog": [{"mode": lambda env: "new", "user": lambda env: None},
                       {"mode": lambda env: "change", "user": _user},
                       {"mode": lambda env: "password", "user": _user},
                       {"mode": lambda env: "own_password", "user": lambda env: None}],
}
#: views are embedded in a window; built on their own here, then filled
PREPARE: dict[str, Callable[[Any, Env], None]] = {
    "ChecklistView": lambda view, env: view.show_family(env.family.id),
    "DashboardView": lambda view, env: view.reload(synchronous=True),
}
#: states besides tabs and wizard pages: the combo box whose every choice changes the form
COMBO_STATES = {"LetterDialog": "templateCombo"}
#: views the application shows as windows of their own (Escape closes them like a dialog)
WINDOW_VIEWS = {"DashboardView"}
#: dialogs that keep Escape from closing them, on purpose
ESCAPE_KEPT = {"RecoveryKeyDialog": "the key must be confirmed as written down first"}


def screen_classes() -> list[type]:
    """Every window class of the dialogs and views packages (so new screens are checked too)."""
    found = []
    for package in (dialogs_package, views_package):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for obj in vars(module).values():
                if (isinstance(obj, type) and issubclass(obj, QWidget) and obj.__module__ == module.__name__
                        and (issubclass(obj, QDialog) or package is views_package)):
                    found.append(obj)
    return sorted(found, key=lambda c: c.__name__)


def build(cls: type, env: Env) -> list[QWidget]:
    """Instances of ``cls`` (one per variant), shown; fails when a constructor argument is unknown."""
    built = []
    for variant in VARIANTS.get(cls.__name__, [{}]):
        kwargs: dict[str, Any] = {}
        for name, param in inspect.signature(cls.__init__).parameters.items():
            if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            if name in variant:
                kwargs[name] = variant[name](env)
            elif name == "parent" and not issubclass(cls, QDialog):
                kwargs[name] = None  # a view on its own, as a window
            elif name in ARGUMENTS:
                kwargs[name] = ARGUMENTS[name](env)
            elif param.default is param.empty:
                pytest.fail(f"{cls.__name__}: no value for its argument {name!r}; add it to ARGUMENTS/VARIANTS "
                            f"in {Path(__file__).name} so the screen is checked")
        widget = cls(**kwargs)
        if cls.__name__ in PREPARE:
            PREPARE[cls.__name__](widget, env)
        if not issubclass(cls, QDialog):
            widget.resize(1000, 700)
        built.append(widget)
    return built


@pytest.fixture
def env(qtbot, window) -> Env:
    ctx = window.ctx
    overdue = [i.family_id for i in ctx.checklists.dashboard(within_days=30, limit=300).overdue]
    family = ctx.families.get_family(overdue[0])  # a decision, a checklist, overdue steps
    data = family.to_input()
    data = dataclasses.replace(data, contacts=(*data.contacts, ContactInput("phone", "0470 12 34 56", "mobile")))
    family = ctx.families.update_family(family.id, data, family.version)
    window.reload(synchronous=True)
    window.select_family(family.id)
    return Env(window, family, _pdf(ctx, family.id))


def open_screens(qtbot, env: Env) -> Iterator[tuple[str, QWidget]]:
    """Every screen class, built and shown (closed again after the caller is done with it)."""
    for cls in screen_classes():
        for number, widget in enumerate(build(cls, env)):
            qtbot.addWidget(widget)
            widget.show()
            qtbot.waitExposed(widget)
            name = cls.__name__ + (f"#{number}" if number else "")
            try:
                yield name, widget
            finally:
                widget.hide()


def states(root: QWidget) -> Iterator[str]:
    """Show each state of ``root`` in turn: as opened, each tab, each wizard page, each form variant."""
    yield "as opened"
    for tabs in root.findChildren(QTabWidget):
        if tabs.window() is root.window():
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                yield f"tab {tabs.tabText(i).replace('&', '')!r}"
            tabs.setCurrentIndex(0)
    if isinstance(root, QWizard):
        for page in root.pageIds():
            root.setStartId(page)
            root.restart()
            yield f"page {root.page(page).title()!r}"
    combo_name = COMBO_STATES.get(type(root).__name__)
    if combo_name:
        combo = getattr(root.ui, combo_name)
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            yield f"{combo_name} = {combo.itemText(i)!r}"


def main_window_states(window: MainWindow) -> Iterator[str]:
    tabs = window.ui.detailTabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        yield f"detail tab {tabs.tabText(i)!r}"


# --------------------------------------------------------------------------- widget helpers


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"


def inside(widget: QWidget, kinds: tuple[type, ...], stop: QWidget | None = None) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def own_widgets(root: QWidget) -> list[QWidget]:
    """The visible widgets of ``root``'s window (not of the dialogs it owns, not Qt's inner parts)."""
    window = root.window()
    out = []
    for w in [window, *window.findChildren(QWidget)]:
        if w.window() is not window or not w.isVisible():
            continue
        if inside(w, (QComboBox, QAbstractSpinBox)):  # their own line edit, list and buttons
            continue
        out.append(w)
    return out


def is_control(w: QWidget) -> bool:
    """Something a person operates, reached with Tab."""
    if isinstance(w, QScrollBar) or not isinstance(w, INTERACTIVE):
        return False
    if isinstance(w, QGroupBox):
        return w.isCheckable()
    if isinstance(w, QAbstractScrollArea) and not isinstance(w, (QAbstractItemView, QTextEdit, QPlainTextEdit)):
        return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)  # a document view and the like
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)


def label_for(w: QWidget) -> str:
    for label in w.window().findChildren(QLabel):
        if label.buddy() is w and label.text().strip():
            return label.text()
    return ""


def spoken_name(w: QWidget) -> str:
    """What a screen reader announces for ``w`` (empty: nothing useful)."""
    if w.accessibleName().strip():
        return w.accessibleName()
    if label_for(w):
        return label_for(w)
    if isinstance(w, QAbstractButton) and WORD.search(w.text()):
        return w.text()
    if isinstance(w, QGroupBox) and WORD.search(w.title()):
        return w.title()
    if isinstance(w, QTabBar) and w.count() and all(WORD.search(w.tabText(i)) for i in range(w.count())):
        return "tabs: " + ", ".join(w.tabText(i) for i in range(w.count()))
    return ""


def name_problems(root: QWidget, where: str) -> list[str]:
    problems = []
    for w in own_widgets(root):
        if not is_control(w):
            continue
        if not spoken_name(w):
            problems.append(f"{where}: {describe(w)} has no accessible name, no label buddy and no text")
        if isinstance(w, QAbstractItemView) and not w.accessibleDescription().strip():
            problems.append(f"{where}: {describe(w)} does not say how it is used (accessibleDescription)")
    return problems


MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_problems(root: QWidget, where: str) -> list[str]:
    """Alt+letter used twice among the visible controls of a window (the second cannot be reached)."""
    owners: list[tuple[str, str]] = []
    problems = []
    for w in own_widgets(root):
        texts: list[str] = []
        plain = isinstance(w, QLabel) and "<" not in w.text() and w.textFormat() != Qt.TextFormat.RichText
        if plain and w.buddy() is None and mnemonic(w.text()):  # shown as a literal "&", does nothing
            problems.append(f"{where}: {describe(w)} {w.text()!r} has an Alt+letter but no buddy: it does nothing")
        if isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisible():
            texts = [w.text()]
        elif isinstance(w, QAbstractButton) and w.isVisible():
            texts = [w.text()]
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts = [w.title()]
        elif isinstance(w, QTabBar):
            texts = [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QMenuBar):
            texts = [a.text() for a in w.actions() if a.isVisible()]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                owners.append((letter, f"{text.replace('&', '')!r}"))
    counts = Counter(letter for letter, _ in owners)
    return problems + [f"{where}: Alt+{letter.upper()} is used by " + ", ".join(t for l2, t in owners if l2 == letter)
                       for letter, n in sorted(counts.items()) if n > 1]


def tab_targets(root: QWidget) -> tuple[list[QWidget], list[QWidget]]:
    """(controls Tab must reach, controls it may reach: widgets inside a table's cells)."""
    required, optional = [], []
    for w in own_widgets(root):
        if not w.isEnabled() or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue
        if isinstance(w, QScrollBar):
            continue
        (optional if inside(w, (QAbstractItemView,)) else required).append(w)
    # in a group of exclusive radio buttons Tab stops at the chosen one (the arrow keys choose)
    for radio in [w for w in required if isinstance(w, QRadioButton) and w.autoExclusive()]:
        group = [r for r in required if isinstance(r, QRadioButton) and r.autoExclusive()
                 and r.parentWidget() is radio.parentWidget()]
        stop = next((r for r in group if r.isChecked()), group[0])
        if radio is not stop:
            required.remove(radio)
            optional.append(radio)
    return required, optional


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def focus_first(qtbot: Any, root: QWidget) -> QWidget | None:
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    required, _ = tab_targets(root)
    if not required:
        return None
    start = window.focusWidget()
    if start is None or start not in required:
        start = required[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    return start


def tab_walk_problems(qtbot: Any, root: QWidget, where: str) -> list[str]:
    """Press Tab from the focused control until the focus comes back: everything reached, no trap."""
    start = focus_first(qtbot, root)
    if start is None:
        return []
    required, optional = tab_targets(root)
    visited: list[QWidget] = []
    stuck = 0
    for _ in range(4 * (len(required) + len(optional)) + 10):
        current = QApplication.focusWidget()
        if not visited or visited[-1] is not current:
            visited.append(current)
            stuck = 0
        press(qtbot, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is current:
            stuck += 1
            if stuck >= 6:
                break
        if QApplication.focusWidget() is start:
            break
    problems = []
    if QApplication.focusWidget() is not start:
        problems.append(f"{where}: Tab is stuck on {describe(QApplication.focusWidget())} "
                        f"(after {' > '.join(describe(w) for w in visited[-4:])})")
    # (focusing a list may select a row and so disable fields: those need not be reached)
    missing = [w for w in required if w not in visited and w.isVisible() and w.isEnabled()]
    if missing:
        problems.append(f"{where}: Tab never reaches " + ", ".join(describe(w) for w in missing))
    problems += reading_order_problems(visited, where)
    return problems


def reading_order_problems(visited: list[QWidget], where: str) -> list[str]:
    """Tab should not jump back up within a column (e.g. from the buttons at the bottom to a field)."""
    def rect(w: QWidget) -> QRect:
        return QRect(w.mapToGlobal(w.rect().topLeft()), w.size())

    problems = []
    for before, after in zip(visited, visited[1:], strict=False):
        if inside(after, (QAbstractItemView,)) or inside(before, (QAbstractItemView,)):
            continue
        a, b = rect(before), rect(after)
        same_column = a.left() < b.right() and b.left() < a.right()
        if same_column and b.bottom() < a.top():
            problems.append(f"{where}: Tab goes back up from {describe(before)} to {describe(after)}")
    return problems


# --------------------------------------------------------------------------- names


def test_every_control_has_a_name_a_screen_reader_reads_and_unique_mnemonics(qtbot, env):
    problems: list[str] = []
    window = env.window
    for state in main_window_states(window):
        problems += name_problems(window, f"MainWindow, {state}")
        problems += mnemonic_problems(window, f"MainWindow, {state}")
    built = []
    for name, screen in open_screens(qtbot, env):
        built.append(name)
        for state in states(screen):
            problems += name_problems(screen, f"{name}, {state}")
            problems += mnemonic_problems(screen, f"{name}, {state}")
    assert {"FamilyEditDialog", "DashboardView", "ChecklistView", "SignInDialog", "FirstRunWizard"} <= set(built)
    assert not problems, "\n".join(sorted(set(problems)))


# --------------------------------------------------------------------------- keyboard


def form_controls(form: Path) -> tuple[list[str], list[str]]:
    """(names of the controls a form declares, its <tabstops>)."""
    root = ET.parse(form).getroot()
    controls = []
    kinds = {"QLineEdit", "QComboBox", "QSpinBox", "QDoubleSpinBox", "QDateEdit", "QDateTimeEdit", "QTimeEdit",
             "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QTableView", "QTableWidget", "QTreeView",
             "QTreeWidget", "QListView", "QListWidget", "QPlainTextEdit", "QTextEdit", "QTextBrowser",
             "QDialogButtonBox", "QTabWidget", "QSlider", "QCalendarWidget",
             "DateEdit", "MunicipalityPicker", "MoneyEdit"}  # our own (promoted in Qt Designer)
    for widget in root.iter("widget"):
        checkable = any(p.get("name") == "checkable" and p.findtext("bool") == "true"
                        for p in widget.findall("property"))
        if widget.get("class") in kinds or (widget.get("class") == "QGroupBox" and checkable):
            controls.append(widget.get("name"))
    return controls, [t.text for t in root.iter("tabstop")]


def test_every_form_sets_its_tab_order():
    problems = []
    for form in sorted(FORMS.rglob("*.ui")):
        controls, tabstops = form_controls(form)
        if len(controls) < 2:
            continue
        if not tabstops:
            problems.append(f"{form.name}: no <tabstops>: Tab follows the order the widgets were drawn in")
            continue
        problems += [f"{form.name}: {c} is missing from <tabstops>" for c in controls if c not in tabstops]
        problems += [f"{form.name}: <tabstops> names {t}, which is not a control" for t in tabstops
                     if t not in controls]
    assert not problems, "\n".join(problems)


def test_tab_reaches_every_control_in_reading_order_without_trap(qtbot, env):
    problems: list[str] = []
    window = env.window
    for state in main_window_states(window):
        problems += tab_walk_problems(qtbot, window, f"MainWindow, {state}")
    for name, screen in open_screens(qtbot, env):
        for state in states(screen):
            problems += tab_walk_problems(qtbot, screen, f"{name}, {state}")
    assert not problems, "\n".join(problems)


def test_escape_closes_every_dialog_and_window(qtbot, env):
    problems = []
    for name, screen in open_screens(qtbot, env):
        if not isinstance(screen, QDialog) and type(screen).__name__ not in WINDOW_VIEWS:
            continue
        focus_first(qtbot, screen) or screen.setFocus()
        press(qtbot, Qt.Key.Key_Escape)
        closed = not screen.isVisible()
        if closed == (type(screen).__name__ in ESCAPE_KEPT):
            problems.append(f"{name}: Escape {'closes' if closed else 'does not close'} it")
    assert not problems, "\n".join(problems)


def test_keys_and_shortcuts_of_the_main_window_and_the_dashboard(qtbot, env, confirm_answers):
    answers, asked = confirm_answers
    window, ctx, family = env.window, env.ctx, env.family
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Ctrl+F: to the search field; Enter on a family in the list opens it
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.ui.searchEdit
    window.ui.familyTable.setFocus()
    window.select_family(family.id)
    press(qtbot, Qt.Key.Key_Return)
    dialog = window._active_dialog
    assert dialog is not None and dialog.detail.id == family.id
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    # in the family: Delete on a member asks first (No keeps them), Delete on a contact too
    ui = dialog.ui
    dialog.add_member()
    ui.tabs.setCurrentWidget(ui.membersTab)
    members = len(dialog._members)
    ui.membersTable.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert len(asked) == 1 and len(dialog._members) == members
    answers.append(True)
    press(qtbot, Qt.Key.Key_Delete)
    assert len(asked) == 2 and len(dialog._members) == members - 1
    ui.tabs.setCurrentWidget(ui.contactsTab)
    contacts = ui.contactsTable.rowCount()
    ui.contactsTable.setFocus()
    ui.contactsTable.setCurrentCell(0, 1)
    press(qtbot, Qt.Key.Key_Delete)
    assert len(asked) == 3 and ui.contactsTable.rowCount() == contacts
    answers.append(True)
    press(qtbot, Qt.Key.Key_Delete)
    assert ui.contactsTable.rowCount() == contacts - 1
    dialog.dirty = False
    dialog.reject()

    # Ctrl+N: a new family
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = window._active_dialog
    assert new is not None and new.detail is None
    qtbot.waitUntil(new.isVisible)
    new.reject()

    # a note: Ctrl+Enter adds it
    window.activateWindow()
    window.ui.detailTabs.setCurrentWidget(window.ui.notesTab)
    window.ui.noteEdit.setFocus()
    qtbot.keyClicks(window.ui.noteEdit, "Called the CPAS")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Called the CPAS" in ctx.families.get_family(family.id).notes[-1].text
    assert window.ui.noteEdit.toPlainText() == ""

    # the checklist: Space ticks the selected step
    window.ui.detailTabs.setCurrentWidget(window.ui.checklistTab)
    view = window.checklist_view
    step = next(s for s in view.data.steps if s.is_open and s.availability != "not_yet_possible")
    view.select_step(step.step_id)
    view.ui.stepsTree.setFocus()
    with qtbot.waitSignal(view.changed):
        press(qtbot, Qt.Key.Key_Space)
    assert ctx.checklists.get_checklist(family.id).step(step.step_id).status == "done"

    # the dashboard (Ctrl+D): Enter opens the family's checklist, Escape closes the window
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    board = window.dashboard
    assert board is not None
    board.reload(synchronous=True)
    qtbot.waitUntil(board.isVisible)
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    board.ui.familiesTable.setFocus()
    board.ui.familiesTable.setCurrentCell(0, 3)
    with qtbot.waitSignal(board.open_family):
        press(qtbot, Qt.Key.Key_Return)
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    board.ui.familiesTable.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert not board.isVisible()

    # every window-wide shortcut is set once (no two actions share a key)
    keys = [a.shortcut().toString() for a in window.findChildren(type(window.ui.actionFind))
            if not a.shortcut().isEmpty()]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    assert window.ui.actionFind.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_delete_asks_before_removing_in_the_list_dialogs(qtbot, env, confirm_answers):
    from transition_app.ui.dialogs.buddy_assign import BuddyAssignDialog
    from transition_app.ui.dialogs.consents import ConsentsDialog
    from transition_app.ui.dialogs.user_manage import UserManageDialog

    answers, asked = confirm_answers
    ctx, family = env.ctx, env.family
    from transition_app.services.gdpr import ConsentInput

    ctx.gdpr.add_consent(family.id, ConsentInput("handover dossier", "CPAS de Liège", ctx.clock.today(), None))
    buddy = ctx.staff.create_worker("bea", "Bea Buddy", "admin_buddy", env.family.centre_id)
    ctx.buddies.assign(family.id, buddy.id)

    def delete_in(dialog: QDialog, view: QAbstractItemView) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 0))
        press(qtbot, Qt.Key.Key_Delete)

    consents = ConsentsDialog(ctx, family, env.window)
    delete_in(consents, consents.ui.consentsTable)
    assert len(asked) == 1 and ctx.gdpr.list_consents(family.id)[0].withdrawn_on is None
    buddies = BuddyAssignDialog(ctx, family, env.window)
    delete_in(buddies, buddies.ui.assignedList)
    assert len(asked) == 2 and ctx.buddies.assignments(family.id)
    answers.append(True)
    press(qtbot, Qt.Key.Key_Delete)
    assert ctx.buddies.assignments(family.id) == []
    users = UserManageDialog(ctx, env.window)
    delete_in(users, users.ui.usersTable)
    assert len(asked) == 4 and all(u.active for u in ctx.auth.list_users())
    press(qtbot, Qt.Key.Key_Return)  # Enter: change the selected account
    assert users._active_dialog is not None and users._active_dialog.mode == "change"


# --------------------------------------------------------------------------- font size


@pytest.fixture
def app_font():
    """Restores the application font after the test (the QApplication is shared)."""
    original = QFont(QApplication.font())
    yield original
    QApplication.setFont(original)


def font_sizes(root: QWidget) -> dict[str, float]:
    """Point size of each named visible widget's font, as a multiple of the application font."""
    base = QApplication.font().pointSizeF()
    return {_key(w): (w.font().pointSizeF() / base if w.font().pointSizeF() > 0 else -1.0)
            for w in own_widgets(root) if w.objectName() and not w.objectName().startswith("qt_")}


def size_limits(root: QWidget) -> dict[str, tuple[int, int]]:
    """Maximum width and height of the widgets that have one (a size in pixels that must follow the text)."""
    out = {}
    for w in own_widgets(root):
        if not w.objectName() or w.objectName().startswith("qt_") or w.isWindow():
            continue
        if isinstance(w, (QScrollBar, QTabBar, QHeaderView)) or inside(w, (QAbstractItemView,)):
            continue
        if w.maximumWidth() < MAX_SIZE or w.maximumHeight() < MAX_SIZE:
            out[_key(w)] = (w.maximumWidth(), w.maximumHeight())
    return out


def _key(w: QWidget) -> str:
    return f"{type(w).__name__} {w.objectName()}"


def font_problems(before: dict[str, float], after: dict[str, float], where: str) -> list[str]:
    problems = []
    for key, ratio in after.items():
        if ratio < 0:
            problems.append(f"{where}: {key} has a font in pixels, not in points: it ignores the system size")
        elif key in before and abs(ratio - before[key]) > 0.05 * before[key]:
            problems.append(f"{where}: {key} keeps a fixed font size ({before[key]:.2f} → {ratio:.2f} of the "
                            f"application font)")
    return problems


def limit_problems(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]], where: str) -> list[str]:
    problems = []
    for key, (width, height) in after.items():
        old = before.get(key)
        if old is None:
            continue
        for what, new_value, old_value in (("width", width, old[0]), ("height", height, old[1])):
            if old_value < MAX_SIZE and new_value < old_value * 1.15:
                problems.append(f"{where}: {key} keeps its maximum {what} of {old_value} px with a larger font")
    return problems


def row_and_column_problems(root: QWidget, where: str) -> list[str]:
    """Rows tall enough for their text; columns sized in code at least as wide as their title."""
    problems = []
    for view in [w for w in own_widgets(root) if isinstance(w, QTableView)]:
        height = view.fontMetrics().height()
        if view.verticalHeader().defaultSectionSize() < height:
            problems.append(f"{where}: the rows of {describe(view)} are {view.verticalHeader().defaultSectionSize()}"
                            f" px, less than a line of text ({height} px)")
    for view in [w for w in own_widgets(root) if isinstance(w, (QTableView, QTreeView))]:
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        model = view.model()
        if model is None:
            continue
        for col in range(header.count()):
            if header.isSectionHidden(col) or header.sectionResizeMode(col) != QHeaderView.ResizeMode.Interactive:
                continue
            if col == header.count() - 1 and header.stretchLastSection():
                continue
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            need = header.fontMetrics().horizontalAdvance(title)
            if header.sectionSize(col) < need:
                problems.append(f"{where}: column {title!r} of {describe(view)} is {header.sectionSize(col)} px, "
                                f"narrower than its title ({need} px)")
    return problems


def clipped_label_problems(root: QWidget, where: str) -> list[str]:
    problems = []
    for label in [w for w in own_widgets(root) if isinstance(w, QLabel) and w.text().strip()]:
        if label.wordWrap():
            need_height = label.heightForWidth(label.width())
            if need_height > label.height() + 1:
                problems.append(f"{where}: {describe(label)} is cut off ({label.height()} px of {need_height})")
        elif label.minimumSizeHint().height() > label.height() + 1:
            problems.append(f"{where}: {describe(label)} is cut off ({label.height()} px high, needs "
                            f"{label.minimumSizeHint().height()})")
    return problems


def test_text_follows_the_system_font_size(qtbot, env, app_font, artifacts):
    window = env.window
    window.ui.detailTabs.setCurrentWidget(window.ui.checklistTab)
    board = window.show_dashboard()
    board.reload(synchronous=True)
    screens = {"MainWindow": window, "DashboardView": board}
    QApplication.processEvents()
    before = {name: (font_sizes(w), size_limits(w)) for name, w in screens.items()}

    # the system font grows while the application runs
    large = QFont(app_font)
    large.setPointSizeF(app_font.pointSizeF() * 1.5)
    QApplication.setFont(large)
    QApplication.processEvents()
    for w in screens.values():
        w.layout().activate() if w.layout() else None
    qtbot.wait(50)
    problems = []
    for name, w in screens.items():
        problems += font_problems(before[name][0], font_sizes(w), name)
        problems += limit_problems(before[name][1], size_limits(w), name)
        problems += row_and_column_problems(w, name)
        problems += clipped_label_problems(w, name)
    assert window.ui.searchEdit.font().pointSizeF() == pytest.approx(large.pointSizeF())
    window.grab().save(str(artifacts / "main_window_large_font.png"))

    # screens opened with the larger font: same proportions as with the normal one
    QApplication.setFont(app_font)
    normal = {}
    for name, screen in open_screens(qtbot, env):
        for state in states(screen):
            normal[(name, state)] = (font_sizes(screen), size_limits(screen))
    QApplication.setFont(large)
    for name, screen in open_screens(qtbot, env):
        for state in states(screen):
            where = f"{name}, {state}"
            sizes, limits = normal.get((name, state), ({}, {}))
            problems += font_problems(sizes, font_sizes(screen), where)
            problems += limit_problems(limits, size_limits(screen), where)
            problems += row_and_column_problems(screen, where)
    assert not problems, "\n".join(sorted(set(problems)))


def test_no_fixed_font_sizes_in_code_or_forms():
    """Style sheets and code give sizes relative to the application font, never in pt or px."""
    sources = [*FORMS.rglob("*.ui"), *(ROOT / "transition_app" / "ui").rglob("*.py")]
    pattern = re.compile(r"font-size\s*:|font\s*:\s*\d|setPointSize\(\s*\d|setPixelSize\(|<pointsize>")
    found = []
    for path in sources:
        if "generated" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and "icon pixmap" not in line:
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


# --------------------------------------------------------------------------- colour


FLAT_MODELS = (QAbstractListModel, QAbstractTableModel)  # no children (and hasChildren is private in C++)


def coloured_cell_problems(view: QAbstractItemView, where: str) -> list[str]:
    """A cell coloured to mean something also has an icon, or words saying it."""
    model = view.model()
    problems = []

    def walk(parent: Any) -> Iterator[Any]:
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)  # private there
        for row in range(model.rowCount(parent)):
            for col in range(columns):
                index = model.index(row, col, parent)
                yield index
                if col == 0 and not isinstance(model, FLAT_MODELS) and model.hasChildren(index):
                    yield from walk(index)

    for index in walk(QModelIndex()):
        colour = None
        for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            value = model.data(index, role)
            if value is not None:
                colour = value.color() if hasattr(value, "color") else QColor(value)
        if colour is None:
            continue
        text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        icon = model.data(index, Qt.ItemDataRole.DecorationRole)
        has_icon = isinstance(icon, QIcon) and not icon.isNull()
        if not has_icon and not WORD.search(text):
            header = model.headerData(index.column(), Qt.Orientation.Horizontal)
            problems.append(f"{where}: {describe(view)} column {header!r} shows {text!r} in colour "
                            f"{colour.name()} with no icon or words")
    return problems


def test_status_is_not_shown_by_colour_alone(qtbot, env):
    window, family = env.window, env.family
    window.ui.detailTabs.setCurrentWidget(window.ui.checklistTab)
    view = window.checklist_view
    assert view.family_id == family.id
    board = window.show_dashboard()
    board.reload(synchronous=True)
    problems = []
    for root, name in ((window, "MainWindow"), (board, "DashboardView")):
        for item_view in root.findChildren(QAbstractItemView):
            if item_view.model() is not None and item_view.window() is root:
                problems += coloured_cell_problems(item_view, name)
    assert not problems, "\n".join(problems)
    # the status columns carry words (and the checklist an icon per status), whatever the colours
    model = window.model
    assert all(model.data(model.index(r, model.COL_STATUS)) for r in range(model.rowCount()))
    from transition_app.ui.views import checklist_view as cv

    tree = view.ui.stepsTree
    steps = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert steps and all(s.text(cv.COL_STATUS) and not s.icon(cv.COL_STATUS).isNull() for s in steps)
    overdue = [s for s in steps if "(overdue)" in s.text(cv.COL_DUE)]
    assert overdue and all(not s.icon(cv.COL_DUE).isNull() for s in overdue)
