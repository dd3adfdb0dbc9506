"""GDPR: consents, subject access export (JSON + PDF), erasure, retention."""

import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text, update

from tests.conftest import decision, family_input, person
from tests.integration.test_families_service import make_nrn
from transition_app.domain.validation import ServiceError, ValidationError
from transition_app.services.audit import AuditQuery
from transition_app.services.dto import ContactInput
from transition_app.services.gdpr import ANONYMISED, ConsentInput
from transition_app.store.models import Consent, ContactDetail, Family, Note, Person


@pytest.fixture
def family(ctx, staff):
    nrn = make_nrn(dt.date(1990, 3, 4), 77)
    created = ctx.families.create_family(family_input(
        person(national_number=nrn, card_type="A", card_number="B987654321", card_expiry=dt.date(2031, 10, 17)),
        person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
        centre_id=staff["centre"].id, worker_id=staff["anna"].id, decision=decision(),
        contacts=(ContactInput("email", "amal.haddad@example.org"),)))
    ctx.families.add_note(created.id, "Confidential note about Amal", confidential=True)
    step = ctx.checklists.get_checklist(created.id).next_step
    ctx.checklists.set_status(created.id, step.step_id, "done", step.version, note="Went with Amal")
    return ctx.families.get_family(created.id)


def test_consents_recorded_and_withdrawn(ctx, family):
    amal = family.members[0]
    c = ctx.gdpr.add_consent(family.id, ConsentInput("handover dossier", "CPAS de Liège", dt.date(2026, 11, 2),
                                                     amal.id))
    assert c.person_name == "HADDAD Amal" and c.active
    with pytest.raises(ValidationError) as err:
        ctx.gdpr.add_consent(family.id, ConsentInput("", "x", dt.date(2030, 1, 1), 9999))
    assert {e.field for e in err.value.errors} == {"purpose", "given_on", "person_id"}
    with pytest.raises(ValidationError):
        ctx.gdpr.withdraw_consent(c.id, dt.date(2026, 11, 1))  # before it was given
    withdrawn = ctx.gdpr.withdraw_consent(c.id)
    assert withdrawn.withdrawn_on == dt.date(2026, 11, 23) and not withdrawn.active
    with pytest.raises(ServiceError):
        ctx.gdpr.withdraw_consent(c.id)
    assert [x.id for x in ctx.gdpr.list_consents(family.id)] == [c.id]
    assert ctx.gdpr.list_consents(family.id, include_withdrawn=False) == []


def test_subject_access_export_json_and_pdf(ctx, family, tmp_path):
    ctx.gdpr.add_consent(family.id, ConsentInput("handover dossier", "CPAS de Liège", dt.date(2026, 11, 2)))
    result = ctx.gdpr.export_family(family.id, tmp_path / "sar.json", tmp_path / "sar.pdf")
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["format"] == "transition-app/subject-access"
    assert [m["given_names"] for m in data["members"]] == ["Amal", "Omar"]
    assert data["members"][0]["national_number"] == family.members[0].national_number
    assert data["protection_decision"]["reference"] == "26/12345"
    assert data["notes"][0]["text"] == "Confidential note about Amal" and data["notes"][0]["confidential"]
    assert data["contacts"] == [{"kind": "email", "value": "amal.haddad@example.org", "label": None}]
    assert data["consents"][0]["shared_with"] == "CPAS de Liège"
    assert any(s["note"] == "Went with Amal" for s in data["checklist"]["steps"])
    assert {"view", "edit", "create"} <= {a["action"] for a in data["access_log"]}
    pdf = result.pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    assert ctx.audit.browse()[0].action == "export"


def test_erase_anonymises_and_keeps_counts(ctx, family):
    from transition_app.services.appointments import AppointmentInput
    from transition_app.store.models import Appointment, FamilyUpdate

    ctx.gdpr.add_consent(family.id, ConsentInput("handover dossier", "CPAS", dt.date(2026, 11, 2)))
    ctx.appointments.add(family.id, AppointmentInput("CPAS with Amal", dt.datetime(2026, 11, 30, 10, 0),
                                                     place="CPAS de Liège"))
    with ctx.db.session() as s:
        s.add(FamilyUpdate(family_id=family.id, kind="note", ref="1", detail="done"))
    ctx.gdpr.anonymise_family(family.id)
    after = ctx.families.get_family(family.id)
    assert after.status == "archived" and len(after.members) == 2
    assert all(m.family_name == ANONYMISED and m.national_number is None and m.card_number is None
               for m in after.members)
    assert after.members[0].birth_date == dt.date(1990, 1, 1) and after.members[0].nationality == "SY"
    assert after.members[0].card_expiry == dt.date(2031, 10, 1)
    assert after.decision.reference is None and after.decision.decision_date == dt.date(2026, 10, 1)
    assert after.contacts == () and after.notes == ()
    with ctx.db.read() as s:
        fam = s.get(Family, family.id)
        assert fam.household_name == ANONYMISED and fam.member_count == 2 and "haddad" not in fam.search_text
        for model in (Consent, ContactDetail, Note, Appointment, FamilyUpdate):
            assert s.scalar(select(func.count()).select_from(model).where(model.family_id == family.id)) == 0
        assert s.scalar(select(func.count(Person.id)).where(Person.given_names.in_(["Amal", "Omar"]))) == 0
        dump = " ".join(str(r) for r in s.execute(text(
            "SELECT note, reason FROM checklist_step UNION ALL SELECT note, '' FROM checklist_event")))
        assert "Amal" not in dump
    with pytest.raises(ServiceError):
        ctx.gdpr.anonymise_family(family.id)
    erase = ctx.audit.browse(AuditQuery(action="erase"))[0]
    assert erase.action == "erase" and erase.details == {"reason": "request", "members": 2}


def _close(ctx, family_id, closed_at, exit_date=None):
    with ctx.db.session() as s:
        s.execute(update(Family).where(Family.id == family_id).values(
            status="closed", updated_at=closed_at, exit_date=exit_date))


def test_retention_preview_then_apply(ctx, staff):
    old = ctx.families.create_family(family_input())
    recent = ctx.families.create_family(family_input(person("Sara", "Tesfay")))
    exit_late = ctx.families.create_family(family_input(person("Yonas", "Tesfay")))
    active = ctx.families.create_family(family_input(person("Ali", "Rahimi")))
    _close(ctx, old.id, dt.datetime(2025, 10, 1))
    _close(ctx, recent.id, dt.datetime(2026, 3, 1))
    _close(ctx, exit_late.id, dt.datetime(2025, 1, 1), exit_date=dt.date(2026, 1, 5))
    with ctx.db.session() as s:
        s.execute(update(Family).where(Family.id == active.id).values(updated_at=dt.datetime(2020, 1, 1)))
    assert ctx.gdpr.retention_months() == 12
    assert ctx.gdpr.retention_cutoff() == dt.date(2025, 11, 23)
    preview = ctx.gdpr.retention_preview()
    assert [c.family_id for c in preview] == [old.id] and preview[0].household_name == "HADDAD Amal"
    ctx.gdpr.set_retention_months(6)
    assert {c.family_id for c in ctx.gdpr.retention_preview()} == {old.id, recent.id, exit_late.id}
    result = ctx.gdpr.apply_retention()
    assert set(result.anonymised) == {old.id, recent.id, exit_late.id} and result.months == 6
    assert ctx.gdpr.retention_preview() == []
    assert ctx.gdpr.apply_retention().anonymised == ()  # nothing twice
    actions = [e.action for e in ctx.audit.browse(limit=5)]
    assert actions[0] == "retention" and actions[1:4] == ["erase"] * 3
    assert ctx.families.get_family(active.id).members[0].given_names == "Ali"
    with pytest.raises(ValidationError):
        ctx.gdpr.set_retention_months(0)


def test_retention_on_start_is_cheap_when_nothing_is_due(ctx):
    from transition_app.services.demo import generate_demo
    from transition_app.services.gdpr import apply_retention_on_start

    generate_demo(ctx.db, 300, seed=4, today=ctx.clock.today())
    result = apply_retention_on_start(ctx.db, lambda: dt.date(2026, 11, 23))
    assert result.anonymised == ()
    assert ctx.audit.count() == 0  # no entry when there was nothing to do
