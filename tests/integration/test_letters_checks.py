"""Checks that prevent wrong letters (issue 10, point 3), in the service so the dialog and the CLI get
them: the competent CPAS, school age, adults only, no unrecorded exit date, money and dates, the
family's consent (or an audited override with a reason)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.conftest import TODAY, decision, family_input, person
from tests.integration.test_letters_compose import _pdf_pages
from transition_app.documents import render_pdf
from transition_app.domain.consent import ConsentPurpose
from transition_app.domain.validation import ServiceError, ValidationError
from transition_app.letters import checks
from transition_app.services import consent_check
from transition_app.services.audit import AuditAction, AuditQuery
from transition_app.services.gdpr import ConsentInput
from transition_app.services.letter_service import (
    RECIPIENT_ADDRESS,
    RECIPIENT_ADDRESS_NEEDED,
    LetterService,
)

LIEGE, MOLENBEEK, ANDERLECHT = "62063", "21012", "21001"
EXIT = dt.date(2026, 12, 1)
GUARANTEE = {"dwelling_address": "Rue Wayez 10|1070 Anderlecht", "lease_start": "2026-12-01", "rent": "700"}


@pytest.fixture
def make(ctx, staff):
    def family(*members, destination: str | None = LIEGE, exit_date: dt.date | None = EXIT, **kw):
        members = members or (person(), person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"))
        data = family_input(*members, centre_id=staff["centre"].id, worker_id=staff["anna"].id,
                            arrival_date=dt.date(2025, 3, 1), destination_nis=destination, exit_date=exit_date,
                            decision=decision(), **kw)
        return ctx.families.get_family(ctx.families.create_family(data).id)
    return family


def service(ctx, directory: bool = False) -> LetterService:
    return LetterService(ctx.families, ctx.checklists, ctx.staff, ctx.directory if directory else None)


def text_of(doc) -> str:
    return " ".join(_pdf_pages(render_pdf(doc))).replace("\u202f", " ").replace("\u00a0", " ")


def codes(exc) -> list[str]:
    return [e.code.id for e in exc.value.errors]


# ----------------------------------------------------------------------------- competent CPAS


def test_a_molenbeek_cpas_letter_about_a_flat_in_anderlecht_is_refused_naming_the_competent_cpas(ctx, make):
    fam = make(destination=MOLENBEEK)
    letters = service(ctx)
    for template in ("cpas_rental_guarantee", "cpas_integration_income"):
        with pytest.raises(ValidationError) as exc:
            letters.compose(fam.id, template, authority_language="fr", inputs=GUARANTEE if template.endswith(
                "guarantee") else {"dwelling_address": GUARANTEE["dwelling_address"]})
        (error,) = exc.value.errors
        assert error.field == "dwelling_address" and error.code is checks.CPAS_NOT_COMPETENT
        assert "CPAS d'Anderlecht" in error.message and "CPAS de Molenbeek-Saint-Jean" in error.message
        assert "1070" in error.message and error.params["competent_key"] == f"cpas:{ANDERLECHT}"
    # switched to the competent CPAS: the letter is made, addressed to it
    doc = letters.compose(fam.id, "cpas_rental_guarantee", authority_language="fr", inputs=GUARANTEE,
                          recipient_key=f"cpas:{ANDERLECHT}")
    text = text_of(doc)
    assert "CPAS d'Anderlecht" in text and "Molenbeek" not in text.split("Rue Wayez")[0]


def test_the_dwelling_address_needs_a_belgian_postcode(ctx, make):
    fam = make(destination=MOLENBEEK)
    for address, code in (("Rue Wayez 10", checks.POSTCODE_NEEDED), ("Rue Wayez 10|9999 Nulle part",
                                                                       checks.UNKNOWN_POSTCODE)):
        with pytest.raises(ValidationError) as exc:
            service(ctx).compose(fam.id, "cpas_rental_guarantee", authority_language="fr",
                                 inputs={**GUARANTEE, "dwelling_address": address})
        assert [e.code for e in exc.value.errors] == [code]
    # the CPAS of the same municipality: accepted
    service(ctx).compose(fam.id, "cpas_rental_guarantee", authority_language="fr",
                         inputs={**GUARANTEE, "dwelling_address": "Rue Ransfort 3|1080 Molenbeek-Saint-Jean"})


def test_a_registration_letter_goes_to_the_municipality_of_the_new_home(ctx, make):
    fam = make(destination=MOLENBEEK)
    inputs = {"dwelling_address": "Rue Haute 5|4000 Liège", "move_in_date": "2026-12-15"}
    with pytest.raises(ValidationError) as exc:
        service(ctx).compose(fam.id, "municipality_registration", authority_language="fr", inputs=inputs,
                             recipient_address="Rue du Comte de Flandre 20|1080 Molenbeek-Saint-Jean")
    (error,) = exc.value.errors
    assert error.field == "dwelling_address" and error.code is checks.MUNICIPALITY_NOT_COMPETENT
    assert "Liège" in error.message and "Molenbeek-Saint-Jean" in error.message
    # a home in the municipality the letter goes to: accepted
    service(ctx).compose(fam.id, "municipality_registration", authority_language="fr",
                         inputs={**inputs, "dwelling_address": "Rue Ransfort 3|1080 Molenbeek-Saint-Jean"},
                         recipient_address="Rue du Comte de Flandre 20|1080 Molenbeek-Saint-Jean")


# ----------------------------------------------------------------------------- school age, adults


def _school(ctx, fam, **kw):
    from transition_app.letters import Recipient

    kw.setdefault("consent_override", "The family asked us in person to write to this school.")
    return service(ctx).compose_checked(fam.id, "school_enrolment", authority_language="fr",
                                        inputs={"school_start": "2026-12-07"},
                                        recipient=Recipient("school", "École communale n° 1", ("Rue X 1",
                                                                                              "4000 Liège")), **kw)


def test_the_school_letter_does_not_enrol_a_baby(ctx, make):
    baby = person("Lina", "Haddad", "child", birth_date=dt.date(2026, 5, 23), sex="F")  # 6 months
    fam = make(person(), baby)
    with pytest.raises(ValidationError) as exc:
        _school(ctx, fam)
    assert codes(exc) == ["letter.no_child_of_school_age"]
    assert "5 to 18" in str(exc.value) and "2½" in str(exc.value)


def test_school_age_is_two_and_a_half_on_the_letters_date_inclusive(ctx, make):
    exactly = person("Sami", "Haddad", "child", birth_date=dt.date(2024, 5, 23), sex="M")  # 2½ on TODAY
    not_yet = person("Lina", "Haddad", "child", birth_date=dt.date(2024, 5, 24), sex="F")  # 2½ tomorrow
    fam = make(person(), exactly, not_yet)
    made = _school(ctx, fam)
    assert [w.code for w in made.check.warnings] == [checks.CHILD_TOO_YOUNG]
    assert "Lina HADDAD" in made.check.warnings[0].message
    text = text_of(made.document)
    assert "Sami" in text and "Lina" not in text


def test_a_child_over_18_is_warned(ctx, make):
    older = person("Omar", "Haddad", "child", birth_date=dt.date(2007, 1, 10), sex="M")  # 19
    made = _school(ctx, make(person(), older))
    (warning,) = made.check.warnings
    assert warning.code is checks.CHILD_OVER_18 and "19" in warning.message and "18" in warning.message


def test_the_integration_referral_lists_only_the_adults(ctx, make):
    baby = person("Lina", "Haddad", "child", birth_date=dt.date(2026, 5, 23), sex="F")
    teen = person("Omar", "Haddad", "child", birth_date=dt.date(2009, 6, 1), sex="M")  # 17
    grown = person("Yusuf", "Haddad", "child", birth_date=dt.date(2007, 6, 1), sex="M")  # 19
    fam = make(person(), baby, teen, grown)
    doc = service(ctx).compose(fam.id, "integration_referral", authority_language="fr",
                               consent_override="Referral asked by the family at the interview.")
    text = text_of(doc)
    assert "Amal" in text and "Yusuf" in text and "Lina" not in text and "Omar" not in text
    kids = make(person("Amal", "Haddad", "head", birth_date=dt.date(2010, 1, 1)))
    with pytest.raises(ValidationError) as exc:
        service(ctx).compose(kids.id, "integration_referral", authority_language="fr",
                             consent_override="Referral asked by the family at the interview.")
    assert codes(exc) == ["letter.no_adult"]


# ----------------------------------------------------------------------------- dates that can be empty


def test_the_reception_attestation_states_an_exit_date_only_when_one_is_recorded(ctx, make):
    staying = make(exit_date=None)
    text = text_of(service(ctx).compose(staying.id, "reception_attestation", authority_language="fr",
                                        family_language="ar"))
    assert "séjourne toujours dans la structure d’accueil" in text
    assert "Sortie de la structure d’accueil le" not in text and "quitte (ou a quitté)" not in text
    assert "prend fin le 1er décembre 2026" in text  # the end of the right: a deadline, said as such
    leaving = make(exit_date=dt.date(2026, 12, 20))
    text = text_of(service(ctx).compose(leaving.id, "reception_attestation", authority_language="fr"))
    assert "quitte (ou a quitté) la structure d’accueil le 20 décembre 2026" in text
    assert "séjourne toujours" not in text


def test_a_letter_about_leaving_asks_for_the_exit_date_instead_of_guessing_it(ctx, make):
    from transition_app.letters import LetterIncompleteError

    fam = make(exit_date=None)
    with pytest.raises(LetterIncompleteError) as exc:
        service(ctx).compose(fam.id, "cpas_integration_income", authority_language="fr",
                             inputs={"dwelling_address": "Rue Haute 5|4000 Liège"})
    assert [(e.field, str(e.params["label"])) for e in exc.value.errors] == [
        ("exit_date", "Exit date, planned or actual (family file ▸ Household)")]


# ----------------------------------------------------------------------------- money and dates


@pytest.mark.parametrize("rent, code", [
    ("NaN", checks.AMOUNT_NOT_A_NUMBER), ("Infinity", checks.AMOUNT_NOT_A_NUMBER),
    ("-inf", checks.AMOUNT_NOT_A_NUMBER), ("-5", checks.AMOUNT_NEGATIVE), ("0", checks.AMOUNT_NEGATIVE),
    ("65000", checks.AMOUNT_TOO_LARGE), ("650.123", checks.AMOUNT_CENTS)])
def test_absurd_amounts_are_refused(ctx, make, rent, code):
    fam = make()
    inputs = {"dwelling_address": "Rue Haute 5|4000 Liège", "lease_start": "2026-12-01", "rent": rent}
    with pytest.raises(ValidationError) as exc:
        service(ctx).compose(fam.id, "cpas_rental_guarantee", authority_language="fr", inputs=inputs)
    assert [(e.field, e.code) for e in exc.value.errors] == [("rent", code)]
    assert "Monthly rent" in str(exc.value) and "rent" not in str(exc.value).replace("Monthly rent", "")
    # typed values too (the dialog gives Decimals)
    with pytest.raises(ValidationError):
        service(ctx).compose(fam.id, "cpas_rental_guarantee", authority_language="fr",
                             inputs={**inputs, "rent": Decimal(rent)})


def test_dates_must_be_real_and_near_the_letters_date(ctx, make):
    fam = make()
    base = {"dwelling_address": "Rue Haute 5|4000 Liège", "rent": "650"}
    with pytest.raises(ValidationError) as exc:
        service(ctx).compose(fam.id, "cpas_rental_guarantee", authority_language="fr",
                             inputs={**base, "lease_start": "2026-02-30"})
    assert codes(exc) == ["letter.input_not_a_date"]
    with pytest.raises(ValidationError) as exc:
        service(ctx).compose(fam.id, "cpas_rental_guarantee", authority_language="fr",
                             inputs={**base, "lease_start": "2099-12-01"})
    assert codes(exc) == ["letter.date_out_of_range"]


# ----------------------------------------------------------------------------- consent


def consent(ctx, fam, purpose=ConsentPurpose.REFERRAL, key="agency:cri_wallonia", given=dt.date(2026, 11, 2),
            **kw):
    return ctx.gdpr.add_consent(fam.id, ConsentInput("", kw.pop("shared_with", "CRI"), given, purpose_code=purpose,
                                                     recipient_key=key, **kw))


def test_a_referral_needs_a_recorded_consent_for_that_purpose_and_recipient(ctx, make):
    fam = make()
    letters = service(ctx)
    with pytest.raises(ServiceError) as exc:
        letters.compose(fam.id, "integration_referral", authority_language="fr")
    assert exc.value.code is consent_check.CONSENT_REQUIRED
    assert "Referral to a service" in str(exc.value) and "Centres régionaux d'intégration" in str(exc.value)
    # a consent for another purpose or another recipient does not count
    consent(ctx, fam, purpose=ConsentPurpose.HANDOVER_DOSSIER)
    consent(ctx, fam, key=f"cpas:{LIEGE}")
    with pytest.raises(ServiceError):
        letters.compose(fam.id, "integration_referral", authority_language="fr")
    given = consent(ctx, fam)
    made = letters.compose_checked(fam.id, "integration_referral", authority_language="fr", family_language="ar")
    assert made.check.consent.consent.id == given.id and made.check.consent.override is None
    text = text_of(made.document)
    assert "La famille a donné son accord le 2 novembre 2026 pour cette orientation" in text
    # withdrawn: refused again
    ctx.gdpr.withdraw_consent(given.id, TODAY)
    with pytest.raises(ServiceError):
        letters.compose(fam.id, "integration_referral", authority_language="fr")


def test_without_consent_an_override_needs_a_reason_and_is_audited(ctx, make, tmp_path):
    fam = make()
    letters = service(ctx)
    with pytest.raises(ServiceError) as exc:
        letters.compose(fam.id, "integration_referral", authority_language="fr", consent_override="urgent")
    assert exc.value.code is consent_check.REASON_TOO_SHORT
    reason = "Family absent until the deadline; consent given by phone, to be signed."
    made = letters.compose_checked(fam.id, "integration_referral", authority_language="fr", family_language="ar",
                                   consent_override=reason)
    text = text_of(made.document)
    assert "donné son accord" not in text and "accord" not in text  # never claimed without a record
    assert made.check.consent.override.reason == reason
    assert not ctx.audit.browse(AuditQuery(family_id=fam.id, action=AuditAction.CONSENT_OVERRIDE))  # not yet
    letters.save(fam.id, "integration_referral", tmp_path / "r.pdf", render_pdf(made.document), "pdf",
                 consent=made.check.consent)
    (entry,) = ctx.audit.browse(AuditQuery(family_id=fam.id, action=AuditAction.CONSENT_OVERRIDE))
    assert entry.details == {"purpose": "referral", "recipient_key": "agency:cri_wallonia", "document": "letter",
                             "document_id": "integration_referral", "reason": reason}


def test_a_consent_without_recipient_key_matches_by_the_typed_name(ctx, make):
    fam = make()
    consent(ctx, fam, purpose=ConsentPurpose.LETTERS, key=None, shared_with="École communale n° 1")
    made = _school(ctx, fam, consent_override=None)
    assert made.check.consent.consent is not None


# ----------------------------------------------------------------------------- the addressee's address


def test_an_unknown_address_is_asked_for_and_can_be_saved_to_the_directory(ctx, make):
    fam = make()
    letters = service(ctx, directory=True)
    inputs = {"dwelling_address": "Rue Haute 5|4000 Liège"}
    with pytest.raises(ValidationError) as exc:
        letters.compose(fam.id, "cpas_integration_income", authority_language="fr", inputs=inputs)
    (error,) = exc.value.errors
    assert error.field == RECIPIENT_ADDRESS and error.code is RECIPIENT_ADDRESS_NEEDED
    assert "CPAS de Liège" in error.message
    doc = letters.compose(fam.id, "cpas_integration_income", authority_language="fr", inputs=inputs,
                          recipient_address="Place Saint-Jacques 13|4000 Liège")
    assert "Place Saint-Jacques 13" in text_of(doc)
    letters.save_recipient_address(f"cpas:{LIEGE}", ("Place Saint-Jacques 13", "4000 Liège"))
    doc = letters.compose(fam.id, "cpas_integration_income", authority_language="fr", inputs=inputs)
    assert "Place Saint-Jacques 13" in text_of(doc)
