"""Step cards of one family (``StepCardService``): default languages, one card or the booklet,
who may make them, and the audit entry when they leave the application."""

import pytest
from sqlalchemy import select

from tests.conftest import decision, family_input, person
from transition_app.access.permissions import Actor
from transition_app.domain.validation import NotFoundError, PermissionDenied, ServiceError
from transition_app.services.step_card_service import StepCardService
from transition_app.services.step_cards import card_labels
from transition_app.store.models import AuditEntry


@pytest.fixture
def world(ctx, staff):
    tesfay = ctx.families.create_family(family_input(
        person("Tesfay", "Haile", nationality="ER", languages=("ti", "en"), preferred_language="ti", sex="M"),
        worker_id=staff["anna"].id, centre_id=staff["centre"].id, destination_nis="44021", decision=decision()))
    no_decision = ctx.families.create_family(family_input(person("Lina", "Nasser", languages=("kmr",),
                                                                 preferred_language="kmr"),
                                                          centre_id=staff["centre"].id))
    bea = ctx.staff.create_worker("bea", "Bea", "admin_buddy", staff["centre"].id)
    ben = ctx.staff.create_worker("ben", "Ben", "admin_buddy", staff["centre"].id)
    ctx.buddies.assign(tesfay.id, bea.id)
    return {"tesfay": tesfay, "no_decision": no_decision, "bea": Actor(bea.id, "bea", "admin_buddy"),
            "ben": Actor(ben.id, "ben", "admin_buddy")}


def service(ctx, actor=None):
    c = ctx.for_actor(actor) if actor else ctx
    return StepCardService(c.families, c.checklists), c


def test_default_languages_and_the_booklet(ctx, world):
    svc, _ = service(ctx)
    family = ctx.families.get_family(world["tesfay"].id)
    langs = svc.default_languages(family)
    assert (langs.family, langs.authority) == ("ti", "nl")  # Gent speaks Dutch
    doc = svc.compose(family.id)
    # the open steps that apply to the family (Tesfay has no children: no children's steps)
    open_steps = [s for s in ctx.checklists.get_checklist(family.id).steps if s.is_open and s.track != "children"]
    assert len(doc.sections) == 2 * len(open_steps) and [s.language for s in doc.sections[:2]] == ["ti", "nl"]
    assert doc.title.startswith(card_labels()["ti"]["booklet"]) and doc.letterhead.name == "Centre de test Jodoigne"
    one = svc.compose(family.id, step_id=open_steps[0].step_id, family_language="en", authority_language="fr")
    assert [s.language for s in one.sections] == ["en", "fr"] and one.title.startswith("Step card")
    lina = ctx.families.get_family(world["no_decision"].id)
    assert svc.default_languages(lina).family == "en"  # no card words in Kurdish: English


def test_errors_name_the_problem(ctx, world):
    svc, _ = service(ctx)
    with pytest.raises(NotFoundError):
        svc.compose(world["tesfay"].id, step_id="no.such_step")
    with pytest.raises(ServiceError):
        svc.compose(world["tesfay"].id, family_language="xx")
    with pytest.raises(ServiceError):
        svc.compose(world["tesfay"].id, authority_language="ar")
    with pytest.raises(ServiceError) as exc:
        svc.compose(world["no_decision"].id)  # no checklist, no open step
    assert "no open checklist step" in str(exc.value)


def test_a_buddy_makes_the_cards_of_their_family_only_and_it_is_recorded(ctx, world):
    bea, bea_ctx = service(ctx, world["bea"])
    assert bea.compose(world["tesfay"].id).sections
    bea.record_output(world["tesfay"].id, "print", "paper", pages=12)
    bea.record_output(world["tesfay"].id, "file", "pdf", step_id="cpas.first_interview")
    with bea_ctx.db.read() as s:
        entries = [(e.actor, e.action, e.details) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("print", "export"))).order_by(AuditEntry.id))]
    assert entries == [("bea", "print", {"kind": "step_cards", "format": "paper", "step": "open_steps", "pages": 12}),
                       ("bea", "export", {"kind": "step_cards", "format": "pdf", "step": "cpas.first_interview"})]
    ben, _ = service(ctx, world["ben"])
    with pytest.raises(PermissionDenied):
        ben.compose(world["tesfay"].id)
    with pytest.raises(PermissionDenied):
        ben.record_output(world["tesfay"].id, "print", "paper")
    with pytest.raises(PermissionDenied):
        bea.compose(world["no_decision"].id)
