"""Letters as sent (issue 10, points 1 and 2): two parts, contact block, envelope window, annexes,
"copy: the family", the closing and signature kept with the last paragraph, the letterhead."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from decimal import Decimal

import docx
import pypdf
import pytest

from tests.conftest import TODAY, decision, family_input, person
from transition_app.documents import model as m
from transition_app.documents import render_docx, render_docx_parts, render_pdf, render_pdf_parts
from transition_app.letters import compose_letter

LIEGE = "62063"
RENTAL = {"dwelling_address": ("Rue Haute 5", "4000 Liège"), "lease_start": dt.date(2026, 12, 1),
          "rent": Decimal("650"), "guarantee_amount": Decimal("1300")}
CLOSING = {"fr": "salutations distinguées", "nl": "Met vriendelijke groeten"}


def _pages(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def fam(ctx, staff):
    data = family_input(person(), person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
                        centre_id=staff["centre"].id, worker_id=staff["anna"].id,
                        arrival_date=dt.date(2025, 3, 1), destination_nis=LIEGE, decision=decision(),
                        exit_date=dt.date(2026, 12, 20))
    return ctx.families.get_family(ctx.families.create_family(data).id)


@pytest.fixture
def worker(staff):
    return dataclasses.replace(staff["anna"], job_title="social_worker", job_title_form="f",
                               phone="0470 12 34 56", email="anna.peeters@example.org")


def _letter(fam, staff, worker, template="cpas_rental_guarantee", authority="fr", family_language="ar", **kw):
    kw.setdefault("inputs", RENTAL if template == "cpas_rental_guarantee" else None)
    return compose_letter(template, fam, authority_language=authority, family_language=family_language,
                          centre=staff["centre"], worker=worker, today=TODAY, **kw)


def test_the_default_letter_has_two_parts(fam, staff, worker) -> None:
    doc = _letter(fam, staff, worker)
    assert doc.layout is m.BilingualLayout.NEW_PAGE
    assert [s.new_part for s in doc.sections] == [False, True]
    authority, family = render_pdf_parts(doc)
    authority_pages, family_pages = _pages(authority), _pages(family)
    assert all("Traduction provisoire" not in p for p in authority_pages)
    assert "Page 1 sur" in authority_pages[0]
    assert len(render_docx_parts(doc)) == 2
    whole = _pages(render_pdf(doc))
    assert len(whole) == len(authority_pages) + len(family_pages)
    assert "Traduction provisoire" not in " ".join(whole[:len(authority_pages)])
    assert "Traduction provisoire" in whole[len(authority_pages)]  # the family copy's draft mark


@pytest.mark.parametrize("authority", ["fr", "nl"])
def test_contact_block_annexes_and_copy_line(fam, staff, worker, authority) -> None:
    doc = _letter(fam, staff, worker, authority=authority)
    blocks = doc.sections[0].blocks
    contact = next(b for b in blocks if isinstance(b, m.ContactBlock))
    annexes = next(b for b in blocks if isinstance(b, m.Annexes))
    window = next(b for b in blocks if isinstance(b, m.AddressBlock))
    assert window.window
    expected = {
        "fr": ("Personne de contact", "Assistante sociale", "Tél. 0470 12 34 56", "Annexes",
               "Copie du titre de séjour", "Copie : la famille"),
        "nl": ("Contactpersoon", "Maatschappelijk werker", "Tel. 0470 12 34 56", "Bijlagen",
               "Kopie van de verblijfskaart", "Afschrift: het gezin"),
    }[authority]
    assert contact.heading == expected[0] and expected[1] in contact.lines and expected[2] in contact.lines
    assert "anna.peeters@example.org" in " ".join(contact.lines)
    assert annexes.heading == expected[3] and expected[4] in annexes.items
    pdf_text = " ".join(_pages(render_pdf_parts(doc)[0]))
    d = docx.Document(io.BytesIO(render_docx(doc)))
    docx_text = re.sub(r"[\u00a0\u202f]", " ", "\n".join(
        [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]))
    for text in (pdf_text, docx_text):
        for phrase in expected:
            assert phrase in text, phrase
    # the copy line is in the authority letter, not in the family copy
    assert expected[5] not in " ".join(_pages(render_pdf_parts(doc)[1]))


def test_the_letterhead_has_the_centre_and_its_operator(fam, staff, worker) -> None:
    doc = _letter(fam, staff, worker)
    head = doc.letterhead
    assert head.operator == "Fedasil"
    first = _pages(render_pdf(doc))[0]
    for part in (staff["centre"].name, "Fedasil", *head.address_lines, "010 81 23 45", "accueil@example.org"):
        assert part in first, part


def test_the_signature_is_never_alone_at_the_top_of_a_page(fam, staff, worker) -> None:
    """Reason texts of growing length move the end of the letter across the page end."""
    crossed = 0
    for words in range(0, 400, 25):
        reason = " ".join(["Cours de français et accompagnement vers l'emploi"] * (words // 7 + 1))
        doc = _letter(fam, staff, worker, template="integration_referral", family_language=None,
                      inputs={"referral_reason": reason})
        blocks = doc.sections[0].blocks
        paragraphs = [b for b in blocks if isinstance(b, m.Paragraph)]
        at = next(i for i, b in enumerate(paragraphs) if CLOSING["fr"] in b.text)
        last = paragraphs[at - 1]
        assert last.keep_with_next and paragraphs[at].keep_with_next
        pages = _pages(render_pdf(doc))
        closing = [i for i, p in enumerate(pages) if CLOSING["fr"] in p]
        signature = [i for i, p in enumerate(pages) if "Assistante sociale, " in p]
        tail = re.sub(r"\s+", " ", last.text)[-25:]
        paragraph = [i for i, p in enumerate(pages) if tail in p]
        assert closing and signature and paragraph, words
        assert closing[-1] == signature[-1] == paragraph[-1], words
        crossed += closing[-1] > 0
    assert crossed  # some of these letters do end on a second page


def test_a_continuous_letter_keeps_one_part(fam, staff, worker) -> None:
    doc = _letter(fam, staff, worker, layout=m.BilingualLayout.CONTINUOUS)
    assert doc.part_count() == 1 and len(render_pdf_parts(doc)) == 1
