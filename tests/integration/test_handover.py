"""Handover dossiers: sections per recipient, confidential notes only when asked, issues recorded, files read back."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import docx
import pypdf
import pytest
from sqlalchemy import select

from tests.conftest import TODAY, decision, family_input, person
from tests.integration.test_dossier_professional import give_consent
from transition_app.access.permissions import Actor
from transition_app.documents import model as m
from transition_app.documents.scripts import strip_controls
from transition_app.domain.validation import PermissionDenied, ServiceError
from transition_app.services.dossier_catalog import DOSSIER_LANGUAGES, catalog_problems, dossier_words
from transition_app.services.dto import ContactInput
from transition_app.services.handover import (
    DossierSection,
    HandoverService,
    RecipientKind,
    default_sections,
    render,
    resolve_sections,
)
from transition_app.store.models import DossierIssue

LIEGE = "62063"
CONFIDENTIAL = "Suivi psychologique en cours, ne pas mentionner au bailleur"
NOTE = "La famille a visité trois logements à Liège"


def _nrn(birth: dt.date, serial: int = 1) -> str:
    base = int(f"{birth:%y%m%d}{serial:03d}")
    check = 97 - (base % 97) if birth.year < 2000 else 97 - ((2_000_000_000 + base) % 97)
    return f"{base:09d}{check:02d}"


HEAD_NRN = _nrn(dt.date(1990, 3, 4))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", strip_controls(text)))


def _pdf_text(data: bytes) -> str:
    return _norm(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages))


def _docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return _norm("\n".join(parts))


def _doc_text(doc: m.Document) -> str:
    out = []
    for section in doc.sections:
        for b in section.blocks:
            if isinstance(b, (m.Heading, m.Paragraph)):
                out.append(b.text)
            elif isinstance(b, m.KeyValueTable):
                out += [f"{k} {v}" for k, v in b.rows]
            elif isinstance(b, m.Table):
                out += [" ".join(b.header)] + [" ".join(r) for r in b.rows]
            elif isinstance(b, m.Checklist):
                out += [b.title] + [f"{i.text} {i.note}" for i in b.items]
    # dates are written with no-break spaces (documents/typography.py): compare words
    return "\n".join(out).replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def family(ctx, staff):
    fam = ctx.families.create_family(family_input(
        person(national_number=HEAD_NRN, card_type="A", card_number="B12345678", card_expiry=dt.date(2031, 10, 1)),
        person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
        person("Karim", "Haddad", "spouse", birth_date=dt.date(1988, 1, 2), sex="M", in_belgium=False),
        decision=decision(decision_date=dt.date(2026, 10, 1), notification_date=dt.date(2026, 10, 3)),
        destination_nis=LIEGE, centre_id=staff["centre"].id, worker_id=staff["anna"].id,
        arrival_date=dt.date(2025, 2, 3),
        contacts=(ContactInput("phone", "0470 12 34 56"), ContactInput("email", "amal@example.org")),
    ))
    ctx.families.add_note(fam.id, NOTE)
    ctx.families.add_note(fam.id, CONFIDENTIAL, confidential=True)
    return fam


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def handover(ctx):
    return ctx.handover


def test_catalogs_are_complete_and_french_dutch_german_are_drafts():
    for lang in DOSSIER_LANGUAGES:
        assert catalog_problems(lang) == []
    assert not dossier_words("en").draft
    assert all(dossier_words(lang).draft for lang in ("fr", "nl", "de"))


def test_default_sections_share_the_minimum():
    for kind in RecipientKind:
        assert DossierSection.CONFIDENTIAL_NOTES not in default_sections(kind)
    assert DossierSection.PROTECTION not in default_sections("buddy")
    assert DossierSection.PROTECTION not in default_sections("ngo")
    assert DossierSection.NOTES not in default_sections("cpas")
    assert DossierSection.NOTES in default_sections("worker")
    assert set(default_sections("worker")) == set(DossierSection) - {DossierSection.CONFIDENTIAL_NOTES}
    # the confidential section is in only with the explicit flag, never for a buddy
    assert DossierSection.CONFIDENTIAL_NOTES not in resolve_sections("worker", ["household", "confidential_notes"],
                                                                      False)
    # the summary ("cover") is always first
    assert resolve_sections("worker", ["household"], True) == (DossierSection.COVER, DossierSection.HOUSEHOLD,
                                                                DossierSection.CONFIDENTIAL_NOTES)
    with pytest.raises(ServiceError):
        resolve_sections("buddy", ["household"], True)
    with pytest.raises(ServiceError):
        resolve_sections("buddy", ["protection"], False)
    with pytest.raises(ServiceError):
        resolve_sections("mayor", None, False)
    with pytest.raises(ServiceError):
        resolve_sections("cpas", [], False)


def test_confidential_notes_only_when_explicitly_included(handover, family):
    for kind in RecipientKind:
        text = _doc_text(handover.compose_dossier(family.id, kind, language="fr"))
        assert CONFIDENTIAL not in text
    text = _doc_text(handover.compose_dossier(family.id, "worker", language="fr"))
    assert NOTE in text
    text = _doc_text(handover.compose_dossier(family.id, "worker", [*default_sections("worker"), "confidential_notes"],
                                              language="fr"))
    assert CONFIDENTIAL not in text  # ticking the section is not enough
    text = _doc_text(handover.compose_dossier(family.id, "worker", include_confidential=True, language="fr"))
    assert CONFIDENTIAL in text and "Notes confidentielles" in text and "CONFIDENTIEL" in text


def test_sections_per_recipient(handover, family):
    cpas = _doc_text(handover.compose_dossier(family.id, "cpas", language="fr",
                                              recipient_name="CPAS de Liège"))
    assert HEAD_NRN in cpas and "B12345678" in cpas and "Statut de réfugié" in cpas
    assert "CPAS de Liège" in cpas and NOTE not in cpas
    buddy = _doc_text(handover.compose_dossier(family.id, "buddy", language="fr"))
    assert HEAD_NRN not in buddy and "B12345678" not in buddy and "26/12345" not in buddy
    assert "Statut de réfugié" not in buddy and "HADDAD Amal" in buddy and "0470 12 34 56" in buddy
    ngo = _doc_text(handover.compose_dossier(family.id, "ngo", language="fr"))
    assert HEAD_NRN not in ngo and "Composition du ménage" in ngo
    only = _doc_text(handover.compose_dossier(family.id, "worker", ["checklist"], language="fr"))
    assert "Liste des démarches de sortie" in only and "Composition du ménage" not in only


def test_dossier_content(handover, family):
    doc = handover.compose_dossier(family.id, "worker", language="fr")
    text = _doc_text(doc)
    assert "Dossier de transmission" in text and family.case_number in text
    assert "À l’étranger (regroupement familial)" in text  # the spouse abroad
    assert "CPAS de Liège" in text  # referral: the CPAS of the new municipality
    assert "Documents d’identité et de séjour" in text
    assert "HADDAD Amal Carte A B12345678 1 oct. 2031" in text
    blocks = list(doc.sections[0].blocks)
    start = blocks.index(m.Heading("Liste des démarches de sortie", 2))
    tables = [b for b in blocks[start:] if isinstance(b, m.Table) and len(b.rows[0]) == 2][:12]
    assert tables[0].header == ("Démarche", "Statut")
    assert len([b for b in tables if not b.header]) >= 4  # one per track
    overdue = [r for t in tables for r in t.rows if "en retard" in r[1]]
    assert overdue and all(r[1].startswith(("À faire", "En cours", "En attente", "Bloquée")) for r in overdue)


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ("Dossier de transmission", "Composition du ménage", "Liste des démarches de sortie")),
    ("nl", ("Overdrachtsdossier", "Samenstelling van het gezin", "Checklist voor het verlaten van de opvang")),
    ("de", ("Übergabedossier", "Zusammensetzung des Haushalts", "Checkliste für den Auszug")),
    ("en", ("Handover dossier", "Household composition", "Exit-support checklist")),
])
def test_pdf_and_docx_read_back_in_each_language(handover, family, lang, words):
    doc = handover.compose_dossier(family.id, "worker", language=lang)
    for text in (_pdf_text(render(doc, "pdf")), _docx_text(render(doc, "docx"))):
        for w in words:
            assert w in text, (lang, w)
        assert family.case_number in text and "HADDAD Amal" in text and HEAD_NRN in text
        assert CONFIDENTIAL not in text


def test_issue_writes_atomically_and_records_who_when_to_whom_which_sections(ctx, handover, family, staff, out):
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}")
    target = out / "dossier.pdf"
    issued = handover.issue_dossier(family.id, "cpas", target, recipient_name="CPAS de Liège", language="fr",
                                    issued_by_id=staff["bram"].id)
    assert target.exists() and target.stat().st_size == issued.size
    assert "CPAS de Liège" in _pdf_text(target.read_bytes())
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"]
    docx_target = out / "dossier.docx"
    handover.issue_dossier(family.id, "worker", docx_target, include_confidential=True, language="nl",
                           file_format="docx", issued_by_id=staff["anna"].id)
    assert CONFIDENTIAL in _docx_text(docx_target.read_bytes())
    issues = handover.issues(family.id)
    assert [(i.recipient_kind, i.recipient_name, i.issued_by, i.file_format, i.include_confidential)
            for i in issues] == [("cpas", "CPAS de Liège", "Bram Claes", "pdf", False),
                                 ("worker", None, "Anna Peeters", "docx", True)]
    assert issues[0].sections == tuple(s.value for s in resolve_sections("cpas", None, False))
    assert "confidential_notes" in issues[1].sections
    assert all(abs((i.issued_at - dt.datetime.now(dt.UTC).replace(tzinfo=None)).total_seconds()) < 120
               for i in issues)


def test_failed_render_or_record_leaves_no_file_and_no_record(handover, family, ctx, out, monkeypatch):
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}")
    target = out / "d.pdf"
    import transition_app.documents.pdf as pdfmod

    def broken(_doc):
        raise RuntimeError("renderer failed")

    with monkeypatch.context() as mp:
        mp.setattr(pdfmod, "render_pdf", broken)
        with pytest.raises(RuntimeError):
            handover.issue_dossier(family.id, "cpas", target)
    assert not target.exists() and handover.issues(family.id) == []

    from transition_app.services import audit

    def failing_record(*_a, **_k):
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(audit, "record", failing_record)
    with pytest.raises(RuntimeError):
        handover.issue_dossier(family.id, "cpas", target)
    assert list(out.iterdir()) == [] and handover.issues(family.id) == []
    with ctx.db.read() as s:
        assert s.scalars(select(DossierIssue)).all() == []


def test_actor_needs_the_right_permissions(ctx, family, staff, out):
    buddy = Actor(staff["anna"].id, "buddy", "admin_buddy", staff["centre"].id)
    with pytest.raises(PermissionDenied):
        HandoverService(ctx.db, ctx.families, ctx.checklists, actor=buddy).issue_dossier(
            family.id, "cpas", out / "x.pdf")
    assert not (out / "x.pdf").exists()


def test_batch_of_families_leaving_soon_with_progress_and_cancel(ctx, handover, staff, out):
    from transition_app.services.demo import generate_demo

    generate_demo(ctx.db, 40, seed=3, today=ctx.clock.today())
    leaving = handover.families_leaving_within(60)
    assert leaving and all(f.exit_due <= TODAY + dt.timedelta(days=60) for f in leaving)
    assert [f.exit_due for f in leaving] == sorted(f.exit_due for f in leaving)
    for f in leaving[:5]:
        give_consent(ctx, f.family_id, shared_with="Convivial")
    seen: list[tuple[int, int]] = []
    result = handover.issue_batch(60, "ngo", out, families=leaving[:3], workers=0, recipient_name="Convivial",
                                  progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)] and not result.cancelled and len(result.written) == 3
    assert all(p.exists() and p.name.endswith("_ngo.pdf") for p in result.written)
    cancel_dir = out / "cancel"
    cancel_dir.mkdir()
    result = handover.issue_batch(60, "ngo", cancel_dir, families=leaving[:5], workers=0, recipient_name="Convivial",
                                  progress=lambda done, total: done < 2)
    assert result.cancelled and len(result.written) == 2 and len(list(cancel_dir.iterdir())) == 2
    recorded = sum(len(handover.issues(f.family_id)) for f in leaving[:5])
    assert recorded == 3 + 2


def test_pages_render_to_png_for_review(ctx, family, tmp_path):
    """Letters in French, Arabic, Dari and Tigrinya and a full dossier as PNG pages (pdftoppm), to look at.

    Written to ``$HANDOVER_SHOTS`` (default ``/tmp/handover-shots``); skipped without poppler.
    """
    import os
    import shutil
    import subprocess
    from pathlib import Path

    from transition_app.services.letter_service import LetterService

    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    shots = Path(os.environ.get("HANDOVER_SHOTS", "/tmp/handover-shots"))
    shots.mkdir(parents=True, exist_ok=True)
    import dataclasses

    if family.exit_date is None:  # letters print only a recorded exit date (issue 10, point 3)
        family = ctx.families.update_family(family.id, dataclasses.replace(
            family.to_input(), exit_date=ctx.clock.today() + dt.timedelta(days=20)), family.version)
    letters = LetterService(ctx.families, ctx.checklists, ctx.staff)
    inputs = {"dwelling_address": "Rue Haute 5|4000 Liège"}
    made = []
    for lang in ("fr", "ar", "prs", "ti"):
        doc = letters.compose(family.id, "cpas_integration_income", authority_language="fr",
                              family_language=None if lang == "fr" else lang, layout=m.BilingualLayout.NEW_PAGE,
                              inputs=inputs)
        made.append((f"letter-{lang}", render(doc, "pdf")))
    doc = ctx.handover.compose_dossier(family.id, "worker", include_confidential=True, language="fr")
    made.append(("dossier-fr", render(doc, "pdf")))
    for name, pdf in made:
        src = tmp_path / f"{name}.pdf"
        src.write_bytes(pdf)
        for old in shots.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(src), str(shots / name)], check=True)
        assert list(shots.glob(f"{name}-*.png"))
