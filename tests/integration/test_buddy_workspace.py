"""The admin buddy's workspace and what the social worker sees of a buddy's changes (issue 6).

``mine``: centre A, followed by anna, moving to Liège, with a national register number, a card, a
decision, a confidential and an ordinary note, buddy ``bea`` assigned.  ``other``: centre B.
``bram`` is anna's colleague in centre A, ``cora`` the coordinator, ``olaf`` a worker of centre B,
``ben`` a buddy with no family.
"""

import datetime as dt

import pytest

from tests.conftest import centre_input, decision, family_input, person
from tests.integration.test_families_service import make_nrn
from transition_app.access.permissions import Actor
from transition_app.domain import checklist_i18n
from transition_app.domain.validation import PermissionDenied, ValidationError
from transition_app.services.appointments import AppointmentInput
from transition_app.services.audit import AuditQuery
from transition_app.services.directory_service import DirectoryEntryInput

SECRET_NOTE = "Confidential: medical follow-up"
LIEGE = "62063"


@pytest.fixture
def world(ctx):
    centre_a = ctx.staff.create_centre(centre_input("Centre A", "fedasil", "25043"))
    centre_b = ctx.staff.create_centre(centre_input("Centre B", "croix_rouge"))
    users = {}
    for username, role, centre in (("cora", "coordinator", None), ("anna", "social_worker", centre_a.id),
                                   ("bram", "social_worker", centre_a.id), ("olaf", "social_worker", centre_b.id),
                                   ("bea", "admin_buddy", centre_a.id), ("ben", "admin_buddy", centre_a.id)):
        w = ctx.staff.create_worker(username, username.title(), role, centre)
        users[username] = Actor(w.id, username, role, centre)
    nrn = make_nrn(dt.date(1990, 3, 4), 123)
    mine = ctx.families.create_family(family_input(
        person(national_number=nrn, card_type="A", card_number="B123456789", card_expiry=dt.date(2031, 10, 1)),
        person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"),
        centre_id=centre_a.id, worker_id=users["anna"].worker_id, decision=decision(), destination_nis=LIEGE))
    ctx.families.add_note(mine.id, SECRET_NOTE, confidential=True)
    other = ctx.families.create_family(family_input(person("Sara", "Tesfay", nationality="ER", languages=("ti",),
                                                           preferred_language="ti"),
                                                    centre_id=centre_b.id, decision=decision()))
    ctx.buddies.assign(mine.id, users["bea"].worker_id)
    return {"ctx": ctx, "users": users, "mine": mine.id, "other": other.id, "nrn": nrn}


def as_(world, name):
    return world["ctx"].for_actor(world["users"][name])


def secrets(world):
    return [world["nrn"], "B123456789", "26/12345", SECRET_NOTE]


def test_a_buddy_sees_only_the_families_assigned_to_them(world):
    bea = as_(world, "bea").buddy_workspace
    assert [f.id for f in bea.list_families()] == [world["mine"]]
    assert as_(world, "ben").buddy_workspace.list_families() == []
    with pytest.raises(PermissionDenied):
        bea.family(world["other"])
    row = bea.list_families()[0]
    assert row.open_steps > 0 and row.household_name.startswith("HADDAD")


def test_the_buddy_view_holds_no_confidential_data(world):
    view = as_(world, "bea").buddy_workspace.family(world["mine"])
    assert view.detail.restricted and view.detail.decision is None
    text = repr(view)
    for secret in secrets(world):
        assert secret not in text, secret
    assert all(m.national_number is None and m.card_number is None for m in view.detail.members)


def test_next_steps_in_plain_language_with_what_to_bring_and_where_to_go(world):
    anna = as_(world, "anna")
    anna.directory.update(f"cpas:{LIEGE}", DirectoryEntryInput(address="Place Saint-Jacques 13", postcode="4000",
                                                               opening_hours="Lu-ve 8:30-12:00"), None)
    view = as_(world, "bea").buddy_workspace.family(world["mine"], language="fr")
    first = view.steps[0]
    assert first.is_next and view.next_step == first
    title, explanation, documents = checklist_i18n.localized_step_text(first.step_id, "fr")
    english = checklist_i18n.localized_step_text(first.step_id, "en")
    assert (first.title, first.explanation, first.documents) == (title, explanation, documents)
    assert first.title != english[0]
    assert all(s.availability == "possible" for s in view.steps)
    assert view.destination_name == "Liège"
    cpas = [s for s in (*view.steps, *view.later_steps) if s.service == "cpas_of_new_dwelling"]
    assert cpas and cpas[0].places[0].name == "CPAS de Liège"
    assert (cpas[0].places[0].address, cpas[0].places[0].opening_hours) == ("Place Saint-Jacques 13",
                                                                            "Lu-ve 8:30-12:00")
    centre_steps = [s for s in view.steps if s.service == "reception_centre"]
    assert centre_steps and centre_steps[0].places[0].name == "Centre A"
    english_view = as_(world, "bea").buddy_workspace.family(world["mine"])
    assert english_view.steps[0].title == english[0]


def test_a_buddy_marks_a_step_done_and_the_worker_sees_it_until_she_looks(world):
    bea = as_(world, "bea").buddy_workspace
    step = bea.family(world["mine"]).steps[0]
    after = bea.mark_step(world["mine"], step.step_id, "done", step.version)
    assert step.step_id not in [s.step_id for s in after.steps]
    history = as_(world, "anna").checklists.history(world["mine"], step.step_id)
    assert history[0].new_status == "done" and history[0].worker_name == "Bea"  # ChecklistService history
    anna = as_(world, "anna").buddy_workspace
    changes = anna.unseen_changes(world["mine"])
    assert [(c.kind, c.ref, c.detail, c.buddy_name) for c in changes] == [("step", step.step_id, "done", "Bea")]
    assert changes[0].title == checklist_i18n.localized_step_text(step.step_id, "en")[0]
    assert anna.unseen_counts() == {world["mine"]: 1} and anna.unseen_total() == 1
    assert as_(world, "olaf").buddy_workspace.unseen_counts() == {}  # another centre
    assert anna.mark_seen(world["mine"]) == 1
    assert anna.unseen_changes() == [] and anna.unseen_counts() == {}


def test_waiting_then_done_before_the_worker_looks_is_one_change(world):
    bea = as_(world, "bea").buddy_workspace
    step = bea.family(world["mine"]).steps[0]
    view = bea.mark_step(world["mine"], step.step_id, "waiting", step.version)
    assert view.step(step.step_id).status == "waiting"
    bea.mark_step(world["mine"], step.step_id, "done", view.step(step.step_id).version)
    changes = as_(world, "anna").buddy_workspace.unseen_changes()
    assert [(c.ref, c.detail) for c in changes] == [(step.step_id, "done")]


def test_a_buddy_cannot_set_other_statuses_nor_see_the_worker_side(world):
    bea = as_(world, "bea").buddy_workspace
    step = bea.family(world["mine"]).steps[0]
    with pytest.raises(PermissionDenied):
        bea.mark_step(world["mine"], step.step_id, "not_applicable", step.version)
    with pytest.raises(ValidationError):
        bea.mark_step(world["mine"], step.step_id, "finished", step.version)
    with pytest.raises(PermissionDenied):
        bea.unseen_changes()
    assert bea.unseen_counts() == {}
    with pytest.raises(PermissionDenied):
        bea.mark_seen(world["mine"])


def test_changes_by_workers_are_not_flagged(world):
    anna = as_(world, "anna")
    step = anna.checklists.get_checklist(world["mine"]).next_step
    anna.checklists.set_status(world["mine"], step.step_id, "done", step.version)
    assert anna.buddy_workspace.unseen_changes() == []


def test_a_note_for_the_social_worker(world):
    bea = as_(world, "bea").buddy_workspace
    note = bea.add_note(world["mine"], "  The family found a flat in Liège; visit on Monday.  ")
    assert note.text == "The family found a flat in Liège; visit on Monday." and not note.confidential
    with pytest.raises(ValidationError):
        bea.add_note(world["mine"], "   ")
    with pytest.raises(ValidationError):
        bea.add_note(world["mine"], "x" * 2001)
    with pytest.raises(PermissionDenied):
        bea.add_note(world["other"], "hello")
    assert [n.text for n in bea.family(world["mine"]).my_notes] == [note.text]
    changes = as_(world, "anna").buddy_workspace.unseen_changes()
    assert [(c.kind, c.ref, c.title) for c in changes] == [("note", str(note.id), note.text)]
    notes = as_(world, "anna").families.get_family(world["mine"]).notes
    assert any(n.text == note.text and n.author == "Bea" and not n.confidential for n in notes)
    assert SECRET_NOTE not in repr(as_(world, "bea").families.get_family(world["mine"]))
    audit = world["ctx"].audit.browse(AuditQuery(actor="bea", family_id=world["mine"]))
    assert any(e.details.get("what") == "note" for e in audit)


def test_an_appointment_added_by_a_buddy(world):
    bea = as_(world, "bea").buddy_workspace
    added = bea.add_appointment(world["mine"], AppointmentInput("CPAS interview", dt.datetime(2026, 11, 30, 10, 0),
                                                                place="Place Saint-Jacques 13"))
    view = bea.family(world["mine"])
    assert [a.title for a in view.appointments] == ["CPAS interview"]
    changes = as_(world, "anna").buddy_workspace.unseen_changes()
    assert [(c.kind, c.ref, c.title) for c in changes] == [("appointment", str(added.id),
                                                           "CPAS interview (2026-11-30 10:00)")]


def test_only_the_familys_worker_marks_the_changes_seen(world):
    bea = as_(world, "bea").buddy_workspace
    step = bea.family(world["mine"]).steps[0]
    bea.mark_step(world["mine"], step.step_id, "done", step.version)
    assert as_(world, "bram").buddy_workspace.unseen_counts() == {world["mine"]: 1}  # a colleague sees them
    assert as_(world, "bram").buddy_workspace.mark_seen(world["mine"]) == 0  # but does not hide them
    assert as_(world, "cora").buddy_workspace.mark_seen(world["mine"]) == 0
    assert as_(world, "anna").buddy_workspace.unseen_counts() == {world["mine"]: 1}
    with pytest.raises(PermissionDenied):
        as_(world, "olaf").buddy_workspace.mark_seen(world["mine"])


def test_an_unassigned_buddy_loses_the_family(world):
    bea = as_(world, "bea").buddy_workspace
    step = bea.family(world["mine"]).steps[0]
    as_(world, "anna").buddies.unassign(world["mine"], world["users"]["bea"].worker_id)
    assert bea.list_families() == []
    with pytest.raises(PermissionDenied):
        bea.mark_step(world["mine"], step.step_id, "done", step.version)
    with pytest.raises(PermissionDenied):
        bea.add_note(world["mine"], "hello")
