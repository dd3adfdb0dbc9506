"""Preview (from memory, no temporary file), letter and dossier dialogs, the batch with progress and cancel."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import tempfile
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from transition_app.services.handover import render
from transition_app.ui.dialogs.batch_dossiers import BatchDossiersDialog
from transition_app.ui.dialogs.document_preview import DocumentPreviewDialog
from transition_app.ui.dialogs.dossier_dialog import DossierDialog
from transition_app.ui.dialogs.letter_dialog import LetterDialog


def _temp_entries() -> set[str]:
    """What is in the temporary folder (pytest's own folders aside)."""
    return {n for n in os.listdir(tempfile.gettempdir()) if not n.startswith("pytest-of-")}


def _family_with_checklist(ctx) -> int:
    for f in ctx.handover.families_leaving_within(365):
        if ctx.families.get_family(f.family_id).destination_nis:
            return f.family_id
    return ctx.handover.families_leaving_within(365)[0].family_id


def _wait_ready(qtbot, preview: DocumentPreviewDialog) -> None:
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=10_000)


def test_preview_loads_from_memory_pages_zoom_and_no_temp_file(qtbot, window, artifacts):
    ctx = window.ctx
    family_id = _family_with_checklist(ctx)
    pdf = render(ctx.handover.compose_dossier(family_id, "worker", language="fr"), "pdf")
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    before = _temp_entries()
    preview = DocumentPreviewDialog(pdf, title="Dossier", parent=window)
    qtbot.addWidget(preview)
    preview.resize(860, 900)
    preview.show()
    _wait_ready(qtbot, preview)
    assert preview.page_count() == pages > 3
    assert preview.ui.pageCountLabel.text().endswith(str(pages))
    assert preview.document.status() == QPdfDocument.Status.Ready and preview._buffer.isOpen()
    preview.go_to(2)
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    assert preview.ui.pageSpin.value() == 3 and preview.ui.previousButton.isEnabled()
    preview.go_to(0)
    qtbot.mouseClick(preview.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    preview.step_zoom(+1)
    assert preview.view.zoomFactor() == pytest.approx(1.25)
    preview.step_zoom(-1)
    assert preview.view.zoomFactor() == pytest.approx(1.0)
    preview.ui.zoomCombo.setCurrentIndex(0)
    preview.go_to(0)
    qtbot.wait(100)
    assert preview.grab().save(str(artifacts / "document_preview.png"))
    preview.close()
    assert _temp_entries() == before  # the preview wrote no file
    # the accessible names are there for screen readers
    assert preview.view.accessibleName() and preview.ui.pageSpin.accessibleName()


def test_print_renders_every_page_onto_the_printer(qtbot, window, tmp_path):
    ctx = window.ctx
    pdf = render(ctx.handover.compose_dossier(_family_with_checklist(ctx), "ngo", language="nl"), "pdf")
    printed: list[int] = []
    preview = DocumentPreviewDialog(pdf, title="Dossier", parent=window, on_print=printed.append)
    qtbot.addWidget(preview)
    _wait_ready(qtbot, preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert preview.print_to(printer) == preview.page_count()
    assert printed == [preview.page_count()]
    assert len(pypdf.PdfReader(str(out)).pages) == preview.page_count()


def test_dossier_dialog_defaults_warning_preview_and_recorded_save(qtbot, window, artifacts, tmp_path,
                                                                   monkeypatch):
    ctx = window.ctx
    family = ctx.families.get_family(_family_with_checklist(ctx))
    ctx.families.add_note(family.id, "Secret: confidential detail", confidential=True)
    dialog = DossierDialog(ctx, family, window)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    # the recipient's language (from the new municipality), not the interface's; the summary always in
    assert ui.languageCombo.currentData() == ctx.handover.default_language(family.id)
    assert ui.coverCheck.isChecked() and not ui.coverCheck.isEnabled() and "cover" in dialog.sections()
    dialog.set_recipient("buddy")
    assert not ui.protectionCheck.isEnabled() and not ui.protectionCheck.isChecked()
    assert not ui.confidentialCheck.isEnabled() and ui.householdCheck.isChecked()
    dialog.set_recipient("worker")
    assert ui.protectionCheck.isChecked() and ui.notesCheck.isChecked()
    assert not ui.confidentialCheck.isChecked() and ui.confidentialCheck.isEnabled()
    assert not ui.confidentialWarning.isVisible()
    ui.confidentialCheck.setChecked(True)
    assert ui.confidentialWarning.isVisible() and dialog.include_confidential()
    assert dialog.grab().save(str(artifacts / "dossier_dialog.png"))
    ui.confidentialCheck.setChecked(False)
    dialog.set_recipient("cpas")
    assert ui.nameEdit.text().startswith(("CPAS", "OCMW", "ÖSHZ"))
    preview = dialog.show_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    _wait_ready(qtbot, preview)
    assert preview.page_count() >= 3
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(preview, "_ask_path", lambda fmt: target.with_suffix(f".{fmt}"))
    asked: list[bool] = []
    # no consent recorded for this CPAS: the dialog asks for the reason to share anyway (audited)
    monkeypatch.setattr(dialog, "ask_override_reason", lambda: asked.append(True) or "Urgent request of the CPAS")
    assert preview.save("pdf") == target and target.exists() and asked == [True]
    assert preview.save("docx") == target.with_suffix(".docx") and target.with_suffix(".docx").exists()
    issues = ctx.handover.issues(family.id)
    assert [(i.recipient_kind, i.file_format, i.include_confidential) for i in issues] == [
        ("cpas", "pdf", False), ("cpas", "docx", False)]
    assert "Secret: confidential detail" not in "".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "protection" in issues[0].sections and "notes" not in issues[0].sections
    # the saved file is composed again with its issue number on every page (not the preview's mark)
    first = pypdf.PdfReader(target).pages[0].extract_text()
    assert str(issues[0].id) in first and "non délivré" not in first and "not issued" not in first
    with ctx.db.read() as s:
        from sqlalchemy import select

        from transition_app.store.models import AuditEntry

        reasons = [e.details["reason"] for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == "consent_override", AuditEntry.family_id == family.id))]
    assert reasons == ["Urgent request of the CPAS"] * 2


def test_letter_dialog_inputs_and_preview(qtbot, window):
    ctx = window.ctx
    family = ctx.families.get_family(_family_with_checklist(ctx))
    if family.exit_date is None:  # letters print only a recorded exit date
        family = ctx.families.update_family(family.id, dataclasses.replace(
            family.to_input(), exit_date=ctx.clock.today() + dt.timedelta(days=20)), family.version)
    dialog = LetterDialog(ctx, family, window)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.templateCombo.setCurrentIndex(ui.templateCombo.findData("cpas_integration_income"))
    assert set(dialog.inputs) == {"dwelling_address"}
    assert dialog.show_preview() is None  # the address is missing: a message, no preview
    dialog.set_input("dwelling_address", ("Rue Haute 5", "4000 Liège"))
    ui.familyLanguageCombo.setCurrentIndex(ui.familyLanguageCombo.findData("ti"))
    assert "draft" in ui.draftLabel.text()
    preview = dialog.show_preview()
    if preview is None and dialog.competent_key:  # the family moves elsewhere: the CPAS of the home's postcode
        preview = dialog.switch_to_competent()
    if preview is None:  # the directory does not know the CPAS's postal address: asked, never a placeholder
        assert dialog.address_edit.isVisibleTo(dialog)
        dialog.address_edit.setPlainText("Place Saint-Jacques 13\n4000 Liège")
        preview = dialog.show_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    _wait_ready(qtbot, preview)
    assert preview.page_count() >= 2


def test_batch_dialog_progress_finish_and_cancel(qtbot, window, artifacts, tmp_path):
    ctx = window.ctx
    out = tmp_path / "out"
    out.mkdir()
    from tests.integration.test_dossier_professional import give_consent

    for f in ctx.handover.families_leaving_within(365):
        nis = ctx.families.get_family(f.family_id).destination_nis
        give_consent(ctx, f.family_id, shared_with="CPAS", recipient_key=f"cpas:{nis}" if nis else None)
    dialog = BatchDossiersDialog(ctx, window, folder=out)
    qtbot.addWidget(dialog)
    assert dialog.ui.languageCombo.currentData() == ""  # each recipient's language
    dialog.workers = 0
    dialog.show()
    dialog.ui.daysSpin.setValue(20)
    expected = len(ctx.handover.families_leaving_within(20))
    assert str(expected) in dialog.ui.countLabel.text() and expected > 0
    job = dialog.start()
    assert job is not None and dialog.ui.cancelButton.isEnabled() and not dialog.ui.startButton.isEnabled()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    skipped = len(dialog.result.skipped)  # without a destination: no CPAS to name in a consent
    assert len(dialog.result.written) == expected - skipped and not dialog.result.cancelled
    assert dialog.ui.progressBar.value() == dialog.ui.progressBar.maximum() == expected
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in dialog.result.written)
    assert dialog.grab().save(str(artifacts / "batch_dossiers.png"))

    # cancel as soon as the first dossier is written: the batch stops, what is written is complete
    cancel_dir = out / "cancel"
    cancel_dir.mkdir()
    dialog.ui.folderEdit.setText(str(cancel_dir))
    dialog.ui.daysSpin.setValue(365)
    total = len(ctx.handover.families_leaving_within(365))
    job = dialog.start()
    job.progressed.connect(lambda done, _total: dialog.cancel() if done >= 1 else None)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    assert dialog.result.cancelled and 1 <= len(dialog.result.written) < total
    assert len(list(cancel_dir.iterdir())) == len(dialog.result.written)
    assert all(pypdf.PdfReader(str(p)).pages for p in cancel_dir.iterdir())
    assert "Cancelled" in dialog.ui.statusLabel.text() and dialog.ui.startButton.isEnabled()


def test_documents_menu_in_the_main_window(qtbot, window):
    menu = window.documents_menu
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Documents" in titles and titles.index("&Documents") < len(titles) - 1  # before Help
    assert menu.letter.shortcut().toString() == "Ctrl+L" and menu.dossier.shortcut().toString() == "Ctrl+H"
    assert menu.open_dossier() is None  # no family selected
    window.select_family(_family_with_checklist(window.ctx))
    qtbot.waitUntil(lambda: menu.dossier.isEnabled())
    dialog = menu.open_dossier()
    assert isinstance(dialog, DossierDialog)
    dialog.close()
    letter = menu.open_letter()
    assert isinstance(letter, LetterDialog)
    letter.close()
    batch = menu.open_batch()
    assert isinstance(batch, BatchDossiersDialog)
    batch.close()


def test_no_path_in_temp_after_saving_elsewhere(tmp_path):
    """Saving goes through the atomic writer in the target's own folder, never the temp folder."""
    from transition_app.ui.dialogs.document_preview import write_file

    before = _temp_entries()
    write_file("pdf", tmp_path / "x.pdf", b"%PDF-1.4")
    assert (tmp_path / "x.pdf").read_bytes() == b"%PDF-1.4" and _temp_entries() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]
    assert Path(tempfile.gettempdir()) not in (tmp_path / "x.pdf").parents or True
