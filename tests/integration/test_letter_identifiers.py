"""The identifiers a CPAS needs in the letters to it (issue 10, point 4): the national register
number (formatted), the Immigration Office number, the decision reference, and the applicant's
mandate and signature line."""

import datetime as dt
import io
import re

import pypdf

from tests.conftest import decision, family_input, person
from transition_app.documents.pdf import render_pdf
from transition_app.services.letter_service import LetterService


def _nrn(birth: dt.date, serial: int) -> str:
    """A national register number with a correct check (born 2000 or later: 2 before the digits)."""
    base = f"{birth:%y%m%d}{serial:03d}"
    check = 97 - int(("2" if birth.year >= 2000 else "") + base) % 97
    return f"{base}{check:02d}"


def test_a_cpas_letter_carries_the_identifiers_and_the_applicants_signature_line(ctx, staff):
    nrn = _nrn(dt.date(1990, 4, 12), 123)
    fid = ctx.families.create_family(family_input(
        person(birth_date=dt.date(1990, 4, 12), national_number=nrn), worker_id=staff["anna"].id,
        centre_id=staff["centre"].id, destination_nis="62063", exit_date=dt.date(2026, 12, 20),
        oe_number="8123456", decision=decision(reference="26/43272"))).id
    letters = LetterService(ctx.families, ctx.checklists, ctx.staff)
    doc = letters.compose(fid, "cpas_integration_income", authority_language="fr",
                          inputs={"dwelling_address": "Rue Haute 5|4000 Liège"})
    authority = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(render_pdf(doc))).pages)
    authority = re.sub(r"\s+", " ", authority.replace("\u00a0", " ").replace("\u202f", " "))
    formatted = f"{nrn[:2]}.{nrn[2:4]}.{nrn[4:6]}-{nrn[6:9]}.{nrn[9:]}"
    assert "Numéro de registre national" in authority and formatted in authority
    assert "Office des Etrangers" in authority and "8.123.456" in authority
    assert "26/43272" in authority
    assert "Signature de la personne qui fait la demande" in authority and "qui charge" in authority


def test_without_identifiers_no_empty_rows(ctx, staff):
    fid = ctx.families.create_family(family_input(
        worker_id=staff["anna"].id, centre_id=staff["centre"].id, destination_nis="62063",
        exit_date=dt.date(2026, 12, 20), decision=decision())).id
    doc = LetterService(ctx.families, ctx.checklists, ctx.staff).compose(
        fid, "cpas_integration_income", authority_language="nl", inputs={"dwelling_address": "Rue Haute 5|4000 Liège"})
    rows = [r for s in doc.sections for b in s.blocks for r in getattr(b, "rows", ())]
    assert not any(label in ("Rijksregisternummer", "Dossiernummer bij de Dienst Vreemdelingenzaken")
                   for label, *_ in rows)
