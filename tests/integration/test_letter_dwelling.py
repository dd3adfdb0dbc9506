"""The new dwelling is typed once (FamilyService.set_dwelling) and prefills every letter that asks for it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.conftest import TODAY, decision, family_input, person
from tests.integration.test_letters_compose import _pdf_pages
from transition_app.documents import render_pdf
from transition_app.domain.validation import ConcurrencyError, ValidationError
from transition_app.letters import LetterIncompleteError, compose_letter
from transition_app.services.audit import AuditQuery
from transition_app.services.dto import DwellingInput
from transition_app.services.letter_service import LetterService

LIEGE = "62063"
HOME = DwellingInput(address="Rue Haute 5", postcode="4000", move_in_date=dt.date(2026, 12, 1),
                     rent=Decimal("650"), charges=Decimal("80"), guarantee=Decimal("1300"),
                     landlord_name="Jean Dupont", landlord_address="Avenue Rogier 12", landlord_postcode="4000",
                     landlord_phone="04 222 33 44", landlord_email="jean.dupont@example.be")


@pytest.fixture
def fam(ctx, staff):
    data = family_input(person(), person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
                        centre_id=staff["centre"].id, worker_id=staff["anna"].id, arrival_date=dt.date(2025, 3, 1),
                        exit_date=dt.date(2026, 12, 1), decision=decision())
    return ctx.families.create_family(data)


def letters(ctx) -> LetterService:
    return LetterService(ctx.families, ctx.checklists, ctx.staff)


def test_set_dwelling_round_trip_and_audit(ctx, fam):
    saved = ctx.families.set_dwelling(fam.id, HOME, fam.version)
    assert saved.version > fam.version
    again = ctx.families.get_family(fam.id)
    assert again.dwelling == saved.dwelling
    assert again.dwelling.address == "Rue Haute 5" and again.dwelling.rent == Decimal("650")
    assert again.dwelling.municipality_nis == LIEGE  # from the postcode
    assert again.destination_nis == LIEGE  # a family without a destination moves where its new home is
    entries = ctx.audit.browse(AuditQuery(family_id=fam.id, action="edit"))
    entry = next(e for e in entries if e.details.get("what") == "dwelling")
    assert "Rue Haute" not in repr(entry.details) and "Dupont" not in repr(entry.details)  # ids and codes only
    # removed again: also recorded
    removed = ctx.families.set_dwelling(fam.id, None, again.version)
    assert removed.dwelling is None
    assert [e.details.get("removed") for e in ctx.audit.browse(AuditQuery(family_id=fam.id, action="edit"))
            if e.details.get("what") == "dwelling"] == [True, False]  # newest first


def test_set_dwelling_reports_every_problem_and_keeps_nothing(ctx, fam):
    bad = DwellingInput(address="x" * 301, postcode="0000", rent=Decimal("-5"), landlord_email="nobody")
    with pytest.raises(ValidationError) as exc:
        ctx.families.set_dwelling(fam.id, bad, fam.version)
    assert {e.field for e in exc.value.errors} == {
        "dwelling.address", "dwelling.postcode", "dwelling.rent", "dwelling.landlord_email"}
    assert "dwelling." not in str(exc.value)  # the English text names the fields by their labels
    assert ctx.families.get_family(fam.id).dwelling is None
    ctx.families.set_dwelling(fam.id, HOME, fam.version)
    with pytest.raises(ConcurrencyError):  # someone saved the file in between
        ctx.families.set_dwelling(fam.id, HOME, fam.version)


def test_a_stored_dwelling_prefills_the_cpas_rental_guarantee_letter(ctx, staff, fam):
    service = letters(ctx)
    with pytest.raises(LetterIncompleteError) as exc:  # nothing recorded yet
        service.compose(fam.id, "cpas_rental_guarantee", authority_language="fr")
    assert exc.value.inputs == ("dwelling_address", "lease_start", "rent")
    detail = ctx.families.set_dwelling(fam.id, HOME, fam.version)
    assert service.prefilled_inputs("cpas_rental_guarantee", detail) == {
        "dwelling_address": ("Rue Haute 5", "4000 Liège"), "rent": Decimal("650"),
        "guarantee_amount": Decimal("1300"), "landlord_name": "Jean Dupont"}
    with pytest.raises(LetterIncompleteError) as exc:  # the lease start is not part of the family file
        service.compose(fam.id, "cpas_rental_guarantee", authority_language="fr")
    assert [e.field for e in exc.value.errors] == ["lease_start"]
    doc = service.compose(fam.id, "cpas_rental_guarantee", authority_language="fr", family_language="ar",
                          inputs={"lease_start": dt.date(2026, 12, 1)})
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert "Rue Haute 5, 4000 Liège" in text and "Jean Dupont" in text and "CPAS de Liège" in text
    assert "650,00" in text and "1 300,00" in text.replace("\u202f", " ")
    # what the worker gives for this letter wins; None leaves an optional value out
    doc = service.compose(fam.id, "cpas_rental_guarantee", authority_language="nl",
                          inputs={"lease_start": dt.date(2026, 12, 1), "rent": "700", "landlord_name": None,
                                  "dwelling_address": "Hoogstraat 1|4000 Luik"})
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert "700,00" in text and "Dupont" not in text and "Hoogstraat 1, 4000 Luik" in text


def test_the_dwelling_prefills_the_other_letters_and_the_landlord(ctx, staff, fam):
    detail = ctx.families.set_dwelling(fam.id, HOME, fam.version)
    service = letters(ctx)
    assert service.prefilled_inputs("municipality_registration", detail, "fr") == {
        "dwelling_address": ("Rue Haute 5", "4000 Liège"), "move_in_date": dt.date(2026, 12, 1)}
    assert service.prefilled_inputs("school_enrolment", detail) == {}
    landlord = service.prefilled_recipient("landlord_introduction", detail, "fr")
    assert landlord is not None and landlord.lines == ("Jean Dupont", "Avenue Rogier 12", "4000 Liège")
    # in its official form: Liège is French-speaking, also in a letter in Dutch
    assert service.prefilled_recipient("cpas_rental_guarantee", detail, "nl").name == "CPAS de Liège"
    doc = compose_letter("landlord_introduction", detail, authority_language="fr", centre=staff["centre"],
                         worker=staff["anna"], today=TODAY)
    text = " ".join(_pdf_pages(render_pdf(doc)))
    assert "Jean Dupont" in text and "Avenue Rogier 12" in text
    doc = compose_letter("municipality_registration", detail, authority_language="fr", centre=staff["centre"],
                         worker=staff["anna"], today=TODAY)
    assert "1er décembre 2026" in " ".join(_pdf_pages(render_pdf(doc)))  # the moving-in date, from the file
