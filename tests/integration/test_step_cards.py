import shutil
import subprocess

import pytest

from tests.conftest import decision, family_input, person
from transition_app.documents import render_docx, render_pdf
from transition_app.documents.scripts import strip_controls
from transition_app.services.step_cards import card_labels, compose_step_cards


@pytest.fixture
def checklist(ctx, staff):
    created = ctx.families.create_family(family_input(
        person("Tesfay", "Haile", nationality="ER", languages=("ti",), preferred_language="ti", sex="M"),
        worker_id=staff["anna"].id, centre_id=staff["centre"].id, destination_nis="62063", decision=decision()))
    return created, ctx.checklists.get_checklist(created.id)


def pdf_text(data: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    path = tmp_path / "c.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_booklet_has_a_card_per_open_step_in_both_languages(checklist, tmp_path):
    family, cl = checklist
    doc = compose_step_cards(cl, family_language="ti", authority_language="fr", destination_nis="62063",
                             centre_name="Centre de test Jodoigne")
    open_steps = [s for s in cl.steps if s.is_open]
    assert len(doc.sections) == 2 * len(open_steps)
    assert [s.language for s in doc.sections[:2]] == ["ti", "fr"]
    assert doc.sections[2].new_page and not doc.sections[1].new_page
    text = pdf_text(render_pdf(doc), tmp_path)
    assert card_labels()["ti"]["bring"] in text  # Ethiopic script extracts exactly
    assert card_labels()["fr"]["bring"] in text


def test_a_card_names_the_place_and_what_to_bring(checklist, tmp_path):
    family, cl = checklist
    cpas_step = next(s for s in cl.steps if s.service == "cpas_of_new_dwelling")
    doc = compose_step_cards(cl, family_language="prs", authority_language="fr", step_ids=[cpas_step.step_id],
                             destination_nis="62063")
    assert len(doc.sections) == 2
    fr = doc.sections[1]
    facts = next(b for b in fr.blocks if b.__class__.__name__ == "KeyValueTable")
    assert ("Où aller", "CPAS de Liège") in facts.rows
    bring = next(b for b in fr.blocks if b.__class__.__name__ == "Checklist")
    assert bring.title == "Quoi apporter" and len(bring.items) == len(cpas_step.documents)
    assert doc.sections[0].draft  # the Dari card words are drafts: the page says so
    import io

    from docx import Document as Docx
    paragraphs = "\n".join(strip_controls(p.text) for p in Docx(io.BytesIO(render_docx(doc))).paragraphs)
    assert card_labels()["prs"]["what"] in paragraphs


def test_every_card_language_has_every_word():
    labels = card_labels()
    keys = set(labels["en"])
    assert {"ar", "prs", "ps", "fa", "ti", "so", "tr", "uk", "ru", "fr", "nl", "de"} <= set(labels)
    for lang, words in labels.items():
        assert set(words) == keys, lang
        assert words["status"] in ("draft", "reviewed")
