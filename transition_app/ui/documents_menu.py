"""The main window's Documents menu: Letter… (Ctrl+L), Handover dossier… (Ctrl+H), Dossiers for families
leaving soon….  Built in code (the window's form stays untouched); the dialogs load on first use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from transition_app.ui.i18n import translate
from transition_app.ui.menus import FamilyMenu, make_action, place_menu


@dataclass
class DocumentsMenu(FamilyMenu):
    menu: QMenu
    letter: QAction
    dossier: QAction
    batch: QAction
    window: Any
    dialog: QDialog | None = None  # the last dialog opened (kept referenced while open)

    def refresh(self) -> None:
        ready = getattr(self.window, "ctx", None) is not None
        has_family = ready and getattr(self.window, "_detail", None) is not None
        self.letter.setEnabled(has_family)
        self.dossier.setEnabled(has_family)
        self.batch.setEnabled(ready)

    def _family(self) -> Any:
        detail = super()._family()
        return None if detail is None else self.window.ctx.families.get_family(detail.id)  # the latest version


    def open_letter(self) -> QDialog | None:
        family = self._family()
        if family is None:
            return None
        from transition_app.ui.dialogs.letter_dialog import LetterDialog

        return self._open(LetterDialog(self.window.ctx, family, self.window))

    def open_dossier(self) -> QDialog | None:
        family = self._family()
        if family is None:
            return None
        from transition_app.ui.dialogs.dossier_dialog import DossierDialog

        return self._open(DossierDialog(self.window.ctx, family, self.window))

    def open_batch(self) -> QDialog | None:
        if self.window.ctx is None:
            return None
        from transition_app.ui.dialogs.batch_dossiers import BatchDossiersDialog

        return self._open(BatchDossiersDialog(self.window.ctx, self.window))


def install_documents_menu(window: QMainWindow) -> DocumentsMenu:
    """Add the Documents menu before Help; the actions follow the selected family."""
    menu = QMenu(translate("DocumentsMenu", "&Documents"), window)
    menu.setObjectName("menuDocuments")
    letter = make_action(window, "actionLetter", translate("DocumentsMenu", "&Letter…"), "Ctrl+L",
                         translate("DocumentsMenu", "A letter to an authority, with a copy for the family"))
    dossier = make_action(window, "actionDossier", translate("DocumentsMenu", "&Handover dossier…"), "Ctrl+H",
                          translate("DocumentsMenu", "The family's file for the next actor"))
    batch = make_action(window, "actionBatchDossiers",
                        translate("DocumentsMenu", "Dossiers for families leaving &soon…"))
    for action in (letter, dossier, batch):
        menu.addAction(action)
    docs = DocumentsMenu(menu, letter, dossier, batch, window)
    letter.triggered.connect(docs.open_letter)
    dossier.triggered.connect(docs.open_dossier)
    batch.triggered.connect(docs.open_batch)
    place_menu(window, menu, docs.refresh)
    return docs
