"""Step cards for *this* family (issue 10, point 6): only its region's steps and the steps that
apply to it, the real place with its address, hours and phone, who to call, an optional QR code of
the address, A4 or two A5 cards per sheet."""

import dataclasses
import datetime as dt
import io

import pypdf
import pytest

from tests.conftest import decision, family_input, person
from transition_app.documents import model as m
from transition_app.documents.docx import render_docx
from transition_app.documents.pdf import render_pdf
from transition_app.services.directory_service import DirectoryEntryInput
from transition_app.services.step_card_service import StepCardService
from transition_app.store.models import Worker

LEUVEN, BRUSSELS = "24062", "21004"
OTHER_REGIONS = ("Actiris", "Forem", "ADG", "Famiris", "FAMIWAL", "Kinderbijslag")


def _svc(ctx):
    return StepCardService(ctx.families, ctx.checklists, ctx.directory)


def _make(ctx, staff, *members, destination):
    return ctx.families.create_family(family_input(
        *members, worker_id=staff["anna"].id, centre_id=staff["centre"].id, destination_nis=destination,
        decision=decision())).id


def _text(doc) -> str:
    return " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(render_pdf(doc))).pages)


def _card_steps(doc) -> list[str]:
    return [s.blocks[0].text for s in doc.sections if s.language == "en"]


@pytest.fixture
def single_man_in_leuven(ctx, staff):
    return _make(ctx, staff, person("Samir", "Haddad", sex="M", languages=("ar",)), destination=LEUVEN)


def test_a_leuven_man_without_children_gets_only_flemish_steps_and_no_childrens_step(ctx, single_man_in_leuven):
    checklist = ctx.checklists.get_checklist(single_man_in_leuven)
    doc = _svc(ctx).compose(single_man_in_leuven, family_language="en", authority_language="nl")
    titles = _card_steps(doc)
    assert any("VDAB" in t for t in titles)
    assert not any(word in t for t in titles for word in OTHER_REGIONS)
    assert not any("child" in t.lower() or "school" in t.lower() for t in titles)
    open_children = [s for s in checklist.steps if s.is_open and s.track == "children"]
    assert open_children  # the checklist has them; the cards leave them out
    assert len(titles) == len([s for s in checklist.steps if s.is_open]) - len(open_children)


def test_a_brussels_family_with_a_seven_year_old_gets_the_school_card_but_not_with_a_baby(ctx, staff):
    with_child = _make(ctx, staff, person(), person("Omar", "Haddad", "child", birth_date=dt.date(2019, 5, 1)),
                       destination=BRUSSELS)
    titles = _card_steps(_svc(ctx).compose(with_child, family_language="en", authority_language="fr"))
    assert any("school" in t.lower() for t in titles) and any("child benefit" in t.lower() for t in titles)
    assert not any("VDAB" in t or "Forem" in t for t in titles)
    with_baby = _make(ctx, staff, person(), person("Nour", "Haddad", "child", birth_date=dt.date(2026, 6, 1)),
                      destination=BRUSSELS)
    titles = _card_steps(_svc(ctx).compose(with_baby, family_language="en", authority_language="fr"))
    assert not any("school" in t.lower() for t in titles)  # 6 months old
    assert any("child benefit" in t.lower() for t in titles)


def test_done_and_not_applicable_steps_have_no_card(ctx, single_man_in_leuven):
    checklist = ctx.checklists.get_checklist(single_man_in_leuven)
    first = next(s for s in checklist.steps if s.is_open and s.track != "children")
    ctx.checklists.set_status(single_man_in_leuven, first.step_id, "done", first.version)
    titles = _card_steps(_svc(ctx).compose(single_man_in_leuven, family_language="en", authority_language="nl"))
    assert first.title not in titles


def test_the_card_gives_the_place_its_address_hours_phone_and_who_to_call(ctx, staff, single_man_in_leuven):
    ctx.directory.update(f"cpas:{LEUVEN}", DirectoryEntryInput(
        name="OCMW Leuven", kind="cpas", address="Andreas Vesaliusstraat 47", postcode="3000",
        municipality_nis=LEUVEN, phone="016 24 80 00", opening_hours="Mon-Fri 9:00-12:00"), None)
    with ctx.db.session() as s:
        s.get(Worker, staff["anna"].id).phone = "0470 12 34 56"
    doc = _svc(ctx).compose(single_man_in_leuven, family_language="en", authority_language="nl")
    text = _text(doc)
    assert "Andreas Vesaliusstraat 47" in text and "3000 Leuven" in text
    assert "016 24 80 00" in text and "Mon-Fri 9:00-12:00" in text
    assert "Anna Peeters — 0470 12 34 56" in text


def test_a_qr_code_of_the_address_only_when_asked(ctx, single_man_in_leuven):
    ctx.directory.update(f"cpas:{LEUVEN}", DirectoryEntryInput(
        name="OCMW Leuven", kind="cpas", address="Andreas Vesaliusstraat 47", postcode="3000",
        municipality_nis=LEUVEN), None)
    plain = _svc(ctx).compose(single_man_in_leuven, family_language="en", authority_language="nl")
    assert not [b for s in plain.sections for b in s.blocks if isinstance(b, m.QRCode)]
    with_qr = _svc(ctx).compose(single_man_in_leuven, family_language="en", authority_language="nl", qr=True)
    codes = [(s.language, b) for s in with_qr.sections for b in s.blocks if isinstance(b, m.QRCode)]
    assert codes and all(lang == "en" for lang, _ in codes)  # on the family's card, not the part underneath
    assert any("Andreas Vesaliusstraat 47\n3000 Leuven" in b.data for _, b in codes)
    assert not any("Samir" in b.data or "Haddad" in b.data for _, b in codes)
    assert len(render_pdf(with_qr)) > len(render_pdf(plain))  # the codes are drawn
    render_docx(with_qr)  # and a DOCX still renders (the address as text)


def test_two_a5_cards_per_sheet_take_half_the_sheets(ctx, single_man_in_leuven):
    a4 = _svc(ctx).compose(single_man_in_leuven, family_language="ar", authority_language="nl")
    a5 = dataclasses.replace(a4, sheet=m.Sheet.A5_TWO_UP)
    pages_a4 = pypdf.PdfReader(io.BytesIO(render_pdf(a4))).pages
    pages_a5 = pypdf.PdfReader(io.BytesIO(render_pdf(a5))).pages
    cards = sum(1 for i, s in enumerate(a4.sections) if i == 0 or s.new_page)
    assert len(pages_a4) >= cards and len(pages_a5) == (cards + 1) // 2
    width, height = float(pages_a5[0].mediabox.width), float(pages_a5[0].mediabox.height)
    assert width > height  # A4 landscape: two A5 portrait cards side by side
    via_service = _svc(ctx).compose(single_man_in_leuven, family_language="ar", authority_language="nl",
                                    sheet=m.Sheet.A5_TWO_UP)
    assert via_service.sheet is m.Sheet.A5_TWO_UP
    section = __import__("docx").Document(io.BytesIO(render_docx(a5))).sections[0]
    assert round(section.page_width.mm) == 148 and round(section.page_height.mm) == 210
