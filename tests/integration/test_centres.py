"""Reception centres and staff (issue 9, point 2): the service, accounts, letters and dossiers on an empty
database, and the demo accounts of every role (point 10)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import docx
import pypdf
import pytest
from PIL import Image

from tests.conftest import TEST_PASSWORD, TODAY, centre_input, decision, family_input
from transition_app.access.permissions import Actor
from transition_app.domain import job_titles, phone
from transition_app.domain.rules import DataFileError
from transition_app.domain.validation import ConcurrencyError, PermissionDenied, ValidationError
from transition_app.services.audit import AuditQuery
from transition_app.services.dto import CentreInput


def png(width: int = 240, height: int = 80, color: str = "#1565c0") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, "PNG")
    return buf.getvalue()


def jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 60), "#c62828").save(buf, "JPEG")
    return buf.getvalue()


def problems(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.code.id for e in exc.errors}


# --------------------------------------------------------------------------- the service


def test_every_problem_of_a_centre_is_reported_at_once(ctx):
    with pytest.raises(ValidationError) as exc:
        ctx.staff.create_centre(CentreInput(name=" ", operator="red_cross", street="", postcode="9999",
                                            phone="12 34", email="not an address", enterprise_number="0403019262",
                                            logo=b"GIF89a not a png"))
    assert problems(exc.value) == {
        "name": "required", "operator": "not_in_list", "street": "required", "postcode": "unknown_postcode",
        "phone": "phone.invalid", "email": "invalid_email", "enterprise_number": "enterprise_number.checksum",
        "logo": "logo.not_image"}
    assert "{" not in str(exc.value)  # every placeholder filled
    assert ctx.staff.list_centres() == []


def test_a_centre_is_stored_as_typed_the_belgian_way(ctx):
    view = ctx.staff.create_centre(centre_input(
        "Centre Croix-Rouge de Jodoigne", "croix_rouge", street="  Chaussée de Tirlemont   1 ", postcode="1370",
        municipality=None, phone="+32 (0)10/81.23.45", email="jodoigne@example.org",
        enterprise_number="BE 0403.019.261", logo=png()))
    assert (view.address, view.postcode, view.municipality_nis) == ("Chaussée de Tirlemont 1", "1370", "25048")
    assert view.phone == "010 81 23 45" and view.enterprise_number == "0403019261"
    assert view.enterprise_number_display == "0403.019.261"
    assert view.has_logo and view.logo_type == "png" and ctx.staff.centre_logo(view.id) == (view.logo, "png")
    assert [c.name for c in ctx.staff.list_centres()] == ["Centre Croix-Rouge de Jodoigne"]
    with pytest.raises(ValidationError) as exc:  # unique, whatever the case
        ctx.staff.create_centre(centre_input("centre croix-rouge de JODOIGNE"))
    assert problems(exc.value) == {"name": "centre.name_taken"}


def test_a_shared_postcode_needs_the_municipality_given_by_code_or_any_name(ctx):
    with pytest.raises(ValidationError) as exc:
        ctx.staff.create_centre(centre_input("A", postcode="1050", municipality=None))
    assert problems(exc.value) == {"municipality": "centre.municipality_ambiguous"}
    assert "1050" in exc.value.errors[0].message and "Ixelles" in exc.value.errors[0].message
    for i, name in enumerate(("Elsene", "ixelles", "21009")):
        view = ctx.staff.create_centre(centre_input(f"Centre {i}", postcode="1050", municipality=name))
        assert view.municipality_nis == "21009"
    luik = ctx.staff.create_centre(centre_input("Luik", nis="62063", postcode="4000", municipality="Lüttich"))
    assert luik.municipality_nis == "62063"
    with pytest.raises(ValidationError) as exc:
        ctx.staff.create_centre(centre_input("B", postcode="4000", municipality="Gent"))
    assert problems(exc.value) == {"postcode": "postcode_elsewhere"}
    with pytest.raises(ValidationError) as exc:
        ctx.staff.create_centre(centre_input("C", postcode="4000", municipality="Atlantis"))
    assert problems(exc.value) == {"municipality": "centre.unknown_municipality"}


def test_a_logo_is_checked_by_its_content(ctx, tmp_path):
    assert ctx.staff.create_centre(centre_input("J", logo=jpeg())).logo_type == "jpeg"
    fake = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100  # a PNG signature and nothing readable
    big = b"\x89PNG\r\n\x1a\n" + b"\x00" * (1024 * 1024 + 1)
    for data, code in ((fake, "logo.unreadable"), (big, "logo.too_large"), (b"%PDF-1.7", "logo.not_image"),
                       (png(5000, 10), "logo.too_large")):
        with pytest.raises(ValidationError) as exc:
            ctx.staff.create_centre(centre_input("K", logo=data))
        assert problems(exc.value) == {"logo": code}


def test_edit_keeps_or_removes_the_logo_and_refuses_a_change_made_meanwhile(ctx):
    view = ctx.staff.create_centre(centre_input(logo=png()))
    data = dataclasses.replace(centre_input(), phone="02 123 45 67")
    changed = ctx.staff.update_centre(view.id, data, view.version)
    assert changed.phone == "02 123 45 67" and changed.logo == view.logo  # logo=None keeps it
    with pytest.raises(ConcurrencyError):
        ctx.staff.update_centre(view.id, data, view.version)  # the old version
    removed = ctx.staff.update_centre(view.id, dataclasses.replace(data, remove_logo=True), changed.version)
    assert not removed.has_logo and ctx.staff.centre_logo(view.id) is None


def test_only_coordinators_manage_centres_and_the_log_holds_ids_and_codes(ctx, staff):
    anna = ctx.for_actor(Actor(staff["anna"].id, "anna", "social_worker", staff["centre"].id))
    for call in (lambda: anna.staff.create_centre(centre_input("X")),
                 lambda: anna.staff.update_centre(staff["centre"].id, centre_input("X")),
                 lambda: anna.staff.retire_centre(staff["centre"].id),
                 lambda: anna.staff.reactivate_centre(staff["centre"].id),
                 lambda: anna.staff.centre_usage(staff["centre"].id)):
        with pytest.raises(PermissionDenied):
            call()
    assert [c.id for c in anna.staff.list_centres()] == [staff["centre"].id]  # reading is for everyone
    ctx.staff.update_centre(staff["centre"].id, centre_input(phone="02 123 45 67"))
    ctx.staff.retire_centre(staff["centre"].id)
    entries = ctx.audit.browse(AuditQuery(action="centre_create")) + ctx.audit.browse(
        AuditQuery(action="centre_change"))
    assert len(entries) == 3
    details = [e.details for e in entries]
    assert {"centre_id": staff["centre"].id, "operator": "fedasil", "municipality": "25043", "logo": False} in details
    assert {"centre_id": staff["centre"].id, "changed": "phone"} in details
    assert {"centre_id": staff["centre"].id, "retired": True} in details
    assert "Jodoigne" not in repr(details) and "example.org" not in repr(details)


def test_a_retired_centre_gets_no_new_families_or_staff_but_keeps_its_own(ctx, staff):
    centre = staff["centre"]
    kept = ctx.families.create_family(family_input(centre_id=centre.id, decision=decision()))
    ctx.staff.create_centre(centre_input("Other", nis="62063"))
    assert ctx.staff.centre_usage(centre.id).families == 1
    retired = ctx.staff.retire_centre(centre.id)
    assert retired.retired
    assert [c.name for c in ctx.staff.list_centres(include_retired=False)] == ["Other"]
    assert {c.name for c in ctx.staff.list_centres()} == {"Other", centre.name}
    with pytest.raises(ValidationError) as exc:
        ctx.families.create_family(family_input(centre_id=centre.id))
    assert problems(exc.value) == {"centre_id": "centre.retired"}
    with pytest.raises(ValidationError) as exc:
        ctx.auth.create_user("newbie", "New Bie", "social_worker", "long enough pw", centre_id=centre.id)
    assert problems(exc.value) == {"centre_id": "centre.retired"}
    with pytest.raises(ValidationError):
        ctx.staff.create_worker("x2", "X", "social_worker", centre.id)
    detail = ctx.families.get_family(kept.id)  # its families stay and can still be edited
    assert ctx.families.update_family(kept.id, detail.to_input(), detail.version).centre_id == centre.id
    ctx.staff.reactivate_centre(centre.id)
    assert ctx.families.create_family(family_input(centre_id=centre.id)).centre_id == centre.id


# --------------------------------------------------------------------------- staff accounts


def test_workers_and_buddies_belong_to_a_centre_and_sign_with_title_phone_and_email(ctx, staff):
    centre = staff["centre"]
    for role in ("social_worker", "admin_buddy"):
        with pytest.raises(ValidationError) as exc:
            ctx.auth.create_user(f"u.{role}", "U", role, "long enough pw")
        assert problems(exc.value) == {"centre_id": "centre.required"}
    coordinator = ctx.auth.create_user("cora", "Cora", "coordinator", "long enough pw")  # may span all centres
    ctx.auth.create_user("chief", "Chief", "coordinator", "long enough pw")
    assert coordinator.centre_id is None
    with pytest.raises(ValidationError) as exc:
        ctx.auth.create_user("sam", "Sam", "social_worker", "long enough pw", centre_id=centre.id,
                             job_title_form="x", phone="123", email="no")
    assert problems(exc.value) == {"job_title_form": "not_in_list", "phone": "phone.invalid",
                                   "email": "invalid_email"}
    sam = ctx.auth.create_user("sam", "Sam Claes", "social_worker", "long enough pw", centre_id=centre.id,
                               job_title="  Assistante   sociale ", job_title_form="f", phone="0470123456",
                               email="sam@example.org")
    assert (sam.job_title, sam.job_title_form, sam.phone, sam.email, sam.centre_name) == (
        "social_worker", "f", "0470 12 34 56", "sam@example.org", centre.name)
    own = ctx.auth.update_user(sam.id, job_title="Référente logement", phone="")
    assert own.job_title == "Référente logement" and own.phone is None and own.email == "sam@example.org"
    with pytest.raises(ValidationError) as exc:
        ctx.auth.update_user(sam.id, centre_id=None)
    assert problems(exc.value) == {"centre_id": "centre.required"}
    with pytest.raises(ValidationError):
        ctx.auth.update_user(coordinator.id, role="admin_buddy")  # a buddy needs a centre too
    assert ctx.auth.update_user(coordinator.id, role="admin_buddy", centre_id=centre.id).role == "admin_buddy"


def test_job_titles_come_from_the_shipped_file_in_each_language_and_form():
    assert job_titles.title_text("social_worker", "fr", "f") == "Assistante sociale"
    assert job_titles.title_text("social_worker", "fr", "m") == "Assistant social"
    assert job_titles.title_text("social_worker", "de", "n") == "Fachkraft für Soziale Arbeit"
    assert job_titles.title_text("social_worker", "nl", "f") == "Maatschappelijk werker"
    assert job_titles.title_text("coordinator", "en", None) == "Coordinator"
    assert job_titles.title_text("Référente logement", "nl", "f") == "Référente logement"  # free text as typed
    assert job_titles.find_code("SOZIALARBEITERIN") == "social_worker"
    for title in job_titles.job_titles():
        assert set(title.texts) == set(job_titles.LANGUAGES)


def test_a_broken_job_title_file_names_the_line(tmp_path):
    path = tmp_path / "job_titles.yaml"
    forms = "{f: a, m: b, n: c}"
    path.write_text(f"titles:\n  social_worker:\n    fr: {forms}\n    nl: {forms}\n    de: {forms}\n"
                    f"    en: {forms}\n    ar: {{f: a, m: b}}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        job_titles.job_titles(path)
    assert f"{path}:7:" in str(exc.value) and "'n' is a required property" in str(exc.value)


@pytest.mark.parametrize("typed, stored", [
    ("02 123 45 67", "02 123 45 67"), ("+32 2 123 45 67", "02 123 45 67"), ("0032.4.222.33.44", "04 222 33 44"),
    ("0470/12.34.56", "0470 12 34 56"), ("081 12 34 56", "081 12 34 56"), ("0800 12 345", "0800 12 345"),
    ("12 34", None), ("0412 34 56 78", None), ("+33 1 23 45 67 89", None), ("02 123 45 6x", None)])
def test_belgian_phone_numbers(typed, stored):
    assert phone.normalise(typed) == stored


# --------------------------------------------------------------------------- letters and dossiers, empty database


@pytest.fixture
def day_one(tmp_path):
    """An empty data folder: the coordinator, then the centre (with a logo) and a worker, as on day one."""
    from transition_app.paths import AppPaths
    from transition_app.services.context import open_context

    unbound = open_context(AppPaths(tmp_path / "empty").ensure())
    unbound.clock.freeze(TODAY)
    assert unbound.auth.needs_first_run() and not unbound.for_actor(Actor(None, "x", "coordinator")).staff \
        .list_centres()
    signed = unbound.auth.create_coordinator("marie", "Marie Janssens", TEST_PASSWORD)
    cora = unbound.for_actor(signed.actor)
    centre = cora.staff.create_centre(CentreInput(
        "Centre Croix-Rouge de Jodoigne", "croix_rouge", "Chaussée de Tirlemont 1", "1370", phone="010 81 23 45",
        email="jodoigne@example.org", enterprise_number="0403.019.261", logo=png()))
    cora.auth.create_user("anna", "Anna Peeters", "social_worker", "another long password", centre_id=centre.id,
                          job_title="social_worker", job_title_form="f", phone="0470 12 34 56",
                          email="anna@example.org")
    anna = unbound.for_actor(unbound.auth.sign_in("anna", "another long password").actor)
    family = anna.families.create_family(family_input(decision=decision(), destination_nis="62063",
                                                      arrival_date=dt.date(2025, 2, 10)))
    yield anna, centre, family
    unbound.close()


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_images(data: bytes) -> int:
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def docx_header_images(data: bytes) -> int:
    document = docx.Document(io.BytesIO(data))
    header = document.sections[0].header
    return len(header._element.xpath(".//pic:pic"))


def test_a_letter_renders_with_the_centre_letterhead_and_the_worker_signature(day_one):
    from transition_app.documents import render_docx, render_pdf
    from transition_app.services.letter_service import LetterService

    anna, centre, family = day_one
    assert family.centre_id == centre.id and family.worker_id is not None  # hers, in her centre
    letters = LetterService(anna.families, anna.checklists, anna.staff)
    doc = letters.compose(family.id, "reception_attestation", authority_language="fr", family_language="ar")
    assert doc.letterhead.name == "Centre Croix-Rouge de Jodoigne"
    assert doc.letterhead.address_lines == ("Chaussée de Tirlemont 1", "1370 Jodoigne")
    assert doc.letterhead.contact_lines == ("010 81 23 45", "jodoigne@example.org", "N° d'entreprise 0403.019.261")
    assert doc.letterhead.logo == centre.logo
    text = pdf_text(render_pdf(doc))
    assert "Jodoigne, le 23 novembre 2026" in text  # {place} from the centre's municipality
    assert "Assistante sociale, Centre Croix-Rouge de Jodoigne" in text
    assert "Tél. 0470 12 34 56" in text and "E-mail anna@example.org" in text  # the contact block
    assert pdf_images(render_pdf(doc)) == 1
    assert docx_header_images(render_docx(doc)) == 1
    english = letters.compose(family.id, "reception_attestation", authority_language="en")
    assert "Social worker, Centre Croix-Rouge de Jodoigne" in pdf_text(render_pdf(english))
    assert english.letterhead.contact_lines[-1] == "Enterprise number 0403.019.261"


def test_a_dossier_renders_with_the_letterhead_and_who_issued_it(day_one):
    from transition_app.services.handover import render

    anna, centre, family = day_one
    doc = anna.handover.compose_dossier(family.id, "cpas", language="nl")
    assert doc.letterhead.address_lines == ("Chaussée de Tirlemont 1", "1370 Jodoigne")
    assert doc.letterhead.logo == centre.logo
    pdf = render(doc, "pdf")
    text = pdf_text(pdf)
    assert "Anna Peeters, Maatschappelijk werker" in text and "Ondernemingsnummer 0403.019.261" in text
    assert pdf_images(pdf) == 1 and docx_header_images(render(doc, "docx")) == 1


def test_the_logo_is_embedded_once_however_many_pages(day_one):
    from transition_app.services.handover import render

    anna, _centre, family = day_one
    pdf = render(anna.handover.compose_dossier(family.id, "worker", language="fr"), "pdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 1
    ids = {x.indirect_reference.idnum for page in reader.pages
           for x in page["/Resources"]["/XObject"].values() if x.get_object()["/Subtype"] == "/Image"}
    assert len(ids) == 1


def test_a_coordinator_of_a_centre_records_families_in_it(ctx, staff):
    cora_view = ctx.auth.create_user("cora", "Cora", "coordinator", "long enough pw", centre_id=staff["centre"].id)
    cora = ctx.for_actor(Actor(cora_view.id, "cora", "coordinator", staff["centre"].id))
    assert cora.families.create_family(family_input()).centre_id == staff["centre"].id
    other = ctx.staff.create_centre(centre_input("Other", nis="62063"))
    assert cora.families.create_family(family_input(centre_id=other.id)).centre_id == other.id


# --------------------------------------------------------------------------- demo


def test_demo_centres_have_full_addresses_and_every_role_gets_an_account(ctx):
    from transition_app.services.auth import AuthService
    from transition_app.services.demo import create_demo_accounts, generate_demo

    generate_demo(ctx.db, 40, seed=3, today=ctx.clock.today())
    centres = ctx.staff.list_centres()
    assert len(centres) == 4 and all(c.address and c.postcode and c.municipality_nis and c.phone and c.email
                                     for c in centres)
    assert all(phone.normalise(c.phone) == c.phone for c in centres)
    accounts = create_demo_accounts(ctx.db, ctx.actor, seed=3)
    assert sorted(a.role for a in accounts) == ["admin_buddy", "coordinator", "social_worker"]
    auth = AuthService(ctx.db)
    for account in accounts:
        signed = auth.sign_in(account.username, account.password)
        assert signed.actor.role == account.role
        if account.role == "admin_buddy":
            buddy_families = ctx.for_actor(signed.actor).families.list_summaries()
            assert 1 <= len(buddy_families) <= 5
    users = {u.username: u for u in ctx.auth.list_users()}
    assert all(users[a.username].job_title for a in accounts)
    assert create_demo_accounts(ctx.db, ctx.actor, seed=3) == []  # once
    log = Path(ctx.paths.logs)
    assert not any(a.password in p.read_text(errors="ignore") for a in accounts for p in log.glob("*") if p.is_file())
