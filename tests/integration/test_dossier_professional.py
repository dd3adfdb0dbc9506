"""Issue 10, point 5: a dossier for the next professional.

Summary first (who, status and dates, done, open with due dates, who to call, consents), annexes
in the third person, not-applicable steps named as such, no internal remarks, the confidentiality
mark and the issue number on every page, the recipient's language by default (also per family in
a batch), families past their exit date in the batch, and the family's consent (or an audited
override) for every dossier to a third party.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import docx
import pypdf
import pytest
from sqlalchemy import select

from tests.conftest import TODAY, decision, family_input, person
from transition_app.documents import model as m
from transition_app.domain.validation import ServiceError
from transition_app.services.dossier_catalog import dossier_words
from transition_app.services.handover import CONFIDENTIAL_CONSENT_MISSING, CONSENT_MISSING, render
from transition_app.store.models import AuditEntry, Consent, DossierIssue

LIEGE, GENT, EUPEN = "62063", "44021", "63023"
CONFIDENTIAL = "Suivi psychologique en cours"
INTERNAL = "Remarque interne : rappeler le bailleur"


def give_consent(ctx, family_id: int, *, shared_with: str, recipient_key: str | None = None,
                 confidential: bool = False, given_on: dt.date = dt.date(2026, 11, 2),
                 withdrawn_on: dt.date | None = None) -> None:
    with ctx.db.session() as s:
        s.add(Consent(family_id=family_id, purpose="Dossier de transmission", shared_with=shared_with,
                      given_on=given_on, withdrawn_on=withdrawn_on, purpose_code="handover_dossier",
                      recipient_key=recipient_key, covers_confidential=confidential))


def make_family(ctx, staff, nis: str = LIEGE, *, decided: dt.date = dt.date(2026, 10, 1), **kw):
    fam = ctx.families.create_family(family_input(
        person(national_number=None, card_type="A", card_number="B12345678", card_expiry=dt.date(2031, 10, 1)),
        person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
        person("Lina", "Haddad", "child", birth_date=dt.date(2026, 3, 10), sex="F"),
        decision=decision(decision_date=decided, notification_date=decided + dt.timedelta(days=2)),
        destination_nis=nis, centre_id=staff["centre"].id, worker_id=staff["anna"].id,
        arrival_date=dt.date(2025, 2, 3), **kw))
    return fam


@pytest.fixture
def family(ctx, staff):
    fam = make_family(ctx, staff)
    ctx.families.add_note(fam.id, CONFIDENTIAL, confidential=True)
    cl = ctx.checklists.get_checklist(fam.id)
    # one step done, one not applicable (with an internal reason), one open with an internal note
    st = cl.step("bank.account")
    cl = ctx.checklists.set_status(fam.id, st.step_id, "done", st.version, done_on=dt.date(2026, 11, 5))
    st = cl.step("family_reunification.documents")
    cl = ctx.checklists.set_status(fam.id, st.step_id, "not_applicable", st.version,
                                   reason="Aucun membre à l'étranger")
    st = cl.step("residence.municipality_registration")
    ctx.checklists.set_note(fam.id, st.step_id, INTERNAL, st.version)
    return fam


def _blocks_text(blocks) -> str:
    out = []
    for b in blocks:
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


def _split(doc: m.Document) -> tuple[list, list]:
    """(summary blocks, annex blocks): the summary ends at the first page break."""
    blocks = list(doc.sections[0].blocks)
    cut = next(i for i, b in enumerate(blocks) if isinstance(b, m.PageBreak))
    return blocks[:cut], blocks[cut:]


def _pages(pdf: bytes, tmp_path) -> list[str]:
    """The text of every page as ``pdftotext`` reads it (one call per page)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    src = tmp_path / "d.pdf"
    src.write_bytes(pdf)
    count = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(src), "-"],
                           check=True, capture_output=True, text=True).stdout for n in range(1, count + 1)]


# --------------------------------------------------------------------------- summary first


def test_summary_first_with_who_status_done_open_contacts_and_consents(ctx, staff, family, tmp_path):
    buddy = ctx.staff.create_worker("zoe", "Zoé Buddy", "admin_buddy", staff["centre"].id)
    ctx.buddies.assign(family.id, buddy.id)
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}")
    doc = ctx.handover.compose_dossier(family.id, "cpas", language="fr")
    summary, annexes = _split(doc)
    text = _blocks_text(summary)
    # who: the household with ages (a baby in months)
    assert "HADDAD Amal" in text and "HADDAD Omar" in text and " 36 " in f" {text} " and " 11 " in f" {text} "
    assert "8 mois" in text
    # status and key dates
    for words in ("Statut et dates clés", "Statut de réfugié", "1 oct. 2026", "3 oct. 2026",
                  "Dernier jour dans l’accueil"):
        assert words in text, words
    # steps done, open with due dates, not applicable named as such
    assert "Démarches faites" in text and "Ouverture d’un compte bancaire 5 nov. 2026" in text
    assert "Démarches ouvertes" in text and "Entretien de transition avec le service social du centre" in text
    open_table = next(b for b in summary if isinstance(b, m.Table) and b.header == ("Démarche", "Statut", "Date"))
    assert open_table.rows and all(row[2] != "—" for row in open_table.rows)  # with their due dates
    assert [r[1] for r in open_table.rows if r[0].startswith("Entretien de transition")] == ["À faire — en retard"]
    assert re.search(r"Autres démarches ouvertes, sans échéance ou plus tardives : \d+", text)
    assert "Sans objet pour cette famille : Documents pour le regroupement familial" in text
    # who to call: worker, centre contact, buddy
    assert "Qui contacter" in text and "Anna Peeters" in text and "010 81 23 45" in text and "Zoé Buddy" in text
    # consents given: purpose, recipient, date
    assert "Consentements donnés par la famille" in text
    assert "Dossier de transmission CPAS de Liège 2 nov. 2026" in text
    # then the annexes
    assert isinstance(annexes[0], m.PageBreak) and annexes[1] == m.Heading("Annexes", 1)
    # the summary takes one or two pages
    pages = _pages(render(doc, "pdf"), tmp_path)
    first_annex = next(i for i, p in enumerate(pages) if re.search(r"^\s*Annexes\s*$", p, re.M))
    assert 1 <= first_annex <= 2, first_annex
    assert "Résumé" in pages[0]


# --------------------------------------------------------------------------- third person


SECOND_PERSON = {
    "fr": r"\b(vous|votre|vos|tu|ton|ta|tes)\b",
    "nl": r"\b(u|uw|je|jij|jouw|jullie)\b",
    "en": r"\b(you|your|yours)\b",
}


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_annexes_in_the_third_person(ctx, staff, family, lang):
    words = dossier_words(lang)
    pattern = re.compile(SECOND_PERSON[lang], re.I)
    annex_keys = [k for k in words.texts if k.split(".")[0] in {
        "step", "track", "status", "summary", "checklist", "annex", "household", "protection", "dates",
        "contacts", "documents", "deadline", "consent", "mark", "section"}]
    assert len([k for k in annex_keys if k.startswith("step.")]) >= 38
    assert [k for k in annex_keys if pattern.search(words.get(k))] == []
    doc = ctx.handover.compose_dossier(family.id, "worker", language=lang)
    _summary, annexes = _split(doc)
    found = pattern.findall(_blocks_text(annexes))
    assert found == [], found[:5]


# --------------------------------------------------------------------------- not applicable, internal notes


def test_not_applicable_steps_shown_as_such_never_ticked(ctx, family):
    doc = ctx.handover.compose_dossier(family.id, "worker", language="fr")
    blocks = doc.sections[0].blocks
    assert not any(isinstance(b, m.Checklist) for b in blocks)  # no tick boxes: a status per step
    start = blocks.index(m.Heading("Liste des démarches de sortie", 2))
    end = next(i for i, b in enumerate(blocks) if i > start and isinstance(b, m.Heading) and b.level <= 2)
    tables = [b for b in blocks[start:end] if isinstance(b, m.Table)]
    assert tables[0].header == ("Démarche", "Statut") and len(tables) >= 5
    rows = [r for b in tables for r in b.rows]
    by_step = {r[0]: r[1] for r in rows}
    assert by_step["Documents pour le regroupement familial"] == "Sans objet"
    assert by_step["Ouverture d’un compte bancaire"] == "Faite le 5\u00a0nov.\u00a02026"
    assert by_step["Inscription à la commune"].startswith("À faire")


def test_no_internal_notes(ctx, family):
    cl = ctx.checklists.get_checklist(family.id)
    assert any(s.uncertain for s in cl.steps)  # the template has "to check" remarks for the worker
    for kind in ("worker", "cpas", "loi"):
        text = _blocks_text(ctx.handover.compose_dossier(family.id, kind, language="fr").sections[0].blocks)
        assert "À vérifier" not in text and INTERNAL not in text and "Aucun membre à l'étranger" not in text
        assert CONFIDENTIAL not in text
    nl = _blocks_text(ctx.handover.compose_dossier(family.id, "worker", language="nl").sections[0].blocks)
    assert "Te controleren" not in nl and INTERNAL not in nl


# --------------------------------------------------------------------------- the mark on every page


def test_confidentiality_mark_and_issue_number_on_every_page(ctx, family, tmp_path):
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}")
    target = tmp_path / "d.pdf"
    issued = ctx.handover.issue_dossier(family.id, "worker", target, language="fr")
    pages = _pages(target.read_bytes(), tmp_path)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"CONFIDENTIEL — dossier de transmission n° {issued.issue_id} — dossier {family.case_number}" in flat, n
    # the DOCX too (its footer is on every page)
    docx_target = tmp_path / "d.docx"
    issued2 = ctx.handover.issue_dossier(family.id, "cpas", docx_target, file_format="docx")
    footer = " ".join(p.text for s in docx.Document(str(docx_target)).sections for p in s.footer.paragraphs)
    assert f"n° {issued2.issue_id}" in footer and "CONFIDENTIEL" in footer
    # a preview is marked as not issued
    preview = ctx.handover.compose_dossier(family.id, "worker", language="fr")
    assert preview.running_mark.startswith("CONFIDENTIEL — aperçu, non délivré")


# --------------------------------------------------------------------------- languages


def test_default_language_is_the_recipients(ctx, staff):
    expected = {LIEGE: ("fr", "Dossier de transmission"), GENT: ("nl", "Overdrachtsdossier"),
                EUPEN: ("de", "Übergabedossier")}
    for nis, (lang, title) in expected.items():
        fam = make_family(ctx, staff, nis)
        doc = ctx.handover.compose_dossier(fam.id, "cpas")  # no language given: not the interface's English
        assert doc.language == lang and doc.title.startswith(title)
        assert ctx.handover.default_language(fam.id) == lang


def test_batch_gives_each_recipient_its_language_and_includes_past_exit_families(ctx, staff, tmp_path):
    liege = make_family(ctx, staff, LIEGE)
    gent = make_family(ctx, staff, GENT)
    late = make_family(ctx, staff, LIEGE, decided=dt.date(2026, 6, 1))  # its last day is behind it
    for fam, nis in ((liege, LIEGE), (gent, GENT), (late, LIEGE)):
        give_consent(ctx, fam.id, shared_with="CPAS", recipient_key=f"cpas:{nis}")
    exit_due = {f.id: ctx.checklists.get_checklist(f.id).exit_due for f in (liege, gent, late)}
    assert exit_due[late.id] < TODAY <= exit_due[liege.id]
    leaving = ctx.handover.families_leaving_within(120)
    assert late.id in {f.family_id for f in leaving}  # still in reception, past its exit date
    out = tmp_path / "out"
    out.mkdir()
    result = ctx.handover.issue_batch(120, "cpas", out, workers=0)
    assert not result.failed and not result.skipped
    texts = {p.name.split("_")[0]: " ".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)
             for p in result.written}
    assert "Dossier de transmission" in texts[liege.case_number]
    assert "Overdrachtsdossier" in texts[gent.case_number] and "Dossier de transmission" not in texts[gent.case_number]
    assert late.case_number in texts


# --------------------------------------------------------------------------- consent


def test_third_party_dossier_needs_a_consent_or_an_audited_override(ctx, family, tmp_path):
    target = tmp_path / "cpas.pdf"
    with pytest.raises(ServiceError) as err:
        ctx.handover.issue_dossier(family.id, "cpas", target)
    assert err.value.code == CONSENT_MISSING and not target.exists()
    # a consent for another recipient, or withdrawn, does not count
    give_consent(ctx, family.id, shared_with="CPAS de Namur", recipient_key="cpas:92094")
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}",
                 withdrawn_on=dt.date(2026, 11, 20))
    with pytest.raises(ServiceError):
        ctx.handover.issue_dossier(family.id, "cpas", target)
    with pytest.raises(ServiceError):
        ctx.handover.issue_dossier(family.id, "cpas", target, consent_override_reason="   ")
    # an override with a reason: issued, and audited with the reason
    issued = ctx.handover.issue_dossier(family.id, "cpas", target,
                                        consent_override_reason="Demande urgente du CPAS, accord oral")
    assert target.exists()
    with ctx.db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "consent_override")).all()
        assert [(e.family_id, e.details["reason"], e.details["issue"], e.details["purpose"], e.details["recipient_key"])
                for e in entries] == [(family.id, "Demande urgente du CPAS, accord oral", issued.issue_id,
                                       "handover_dossier", f"cpas:{LIEGE}")]
    # with the consent: no override needed
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}")
    ctx.handover.issue_dossier(family.id, "cpas", tmp_path / "cpas2.pdf")
    # confidential notes: only with a consent that names them, never by override
    with pytest.raises(ServiceError) as err:
        ctx.handover.issue_dossier(family.id, "cpas", tmp_path / "c.pdf", include_confidential=True,
                                   sections=["household"], consent_override_reason="urgent")
    assert err.value.code == CONFIDENTIAL_CONSENT_MISSING
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}", confidential=True)
    ctx.handover.issue_dossier(family.id, "cpas", tmp_path / "c.pdf", include_confidential=True,
                               sections=["household"])
    # the next social worker of the reception network needs none
    ctx.handover.issue_dossier(family.id, "worker", tmp_path / "w.pdf")
    with ctx.db.read() as s:
        assert len(s.scalars(select(DossierIssue)).all()) == 4


def test_consents_appear_in_the_summary_only_when_in_force(ctx, family):
    give_consent(ctx, family.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}")
    give_consent(ctx, family.id, shared_with="ONG Convivial", withdrawn_on=dt.date(2026, 11, 10))
    summary, _ = _split(ctx.handover.compose_dossier(family.id, "worker", language="fr"))
    text = _blocks_text(summary)
    assert "CPAS de Liège" in text and "ONG Convivial" not in text


def test_batch_skips_families_without_consent_and_names_them_by_case_number(ctx, staff, tmp_path):
    with_consent = make_family(ctx, staff, LIEGE)
    without = make_family(ctx, staff, LIEGE)
    give_consent(ctx, with_consent.id, shared_with="CPAS de Liège", recipient_key=f"cpas:{LIEGE}")
    out = tmp_path / "out"
    out.mkdir()
    result = ctx.handover.issue_batch(120, "cpas", out, workers=0)
    assert result.skipped == [without.case_number]
    assert [p.name for p in result.written] == [f"{with_consent.case_number}_cpas.pdf"]
    assert not result.cancelled
    assert ctx.handover.issues(without.id) == []
    # an NGO batch names the NGO; the consent names it too
    give_consent(ctx, without.id, shared_with="Convivial")
    result = ctx.handover.issue_batch(120, "ngo", out, recipient_name="Convivial", workers=0)
    assert result.skipped == [with_consent.case_number] and len(result.written) == 1
