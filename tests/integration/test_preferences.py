"""The interface language belongs to the person (issue 9, point 9): kept with the account."""

import pytest

from transition_app.access.permissions import SYSTEM, Actor
from transition_app.domain.validation import ServiceError
from transition_app.services.audit import AuditQuery


@pytest.fixture
def people(ctx, staff):
    anna, bram = staff["anna"], staff["bram"]
    return (ctx.for_actor(Actor(anna.id, anna.username, anna.role, anna.centre_id)),
            ctx.for_actor(Actor(bram.id, bram.username, bram.role, bram.centre_id)))


def test_each_person_reads_and_changes_their_own_language(ctx, people):
    anna, bram = people
    assert anna.preferences.language() is None and bram.preferences.language() is None  # not chosen yet
    anna.preferences.set_language("nl")
    bram.preferences.set_language("ar")
    assert anna.preferences.language() == "nl" and bram.preferences.language() == "ar"
    assert [w.ui_language for w in _workers(ctx, anna, bram)] == ["nl", "ar"]
    anna.preferences.set_language(None)  # back to the computer's language
    assert anna.preferences.language() is None and bram.preferences.language() == "ar"
    entries = ctx.audit.browse(AuditQuery(action="setting_change"))
    assert [e.details for e in reversed(entries)] == [{"setting": "ui_language", "value": "nl"},
                                                      {"setting": "ui_language", "value": "ar"},
                                                      {"setting": "ui_language", "value": ""}]
    assert [e.actor for e in reversed(entries)] == ["anna", "bram", "anna"]


def test_unknown_language_and_nobody_are_refused(ctx, people):
    anna, _ = people
    with pytest.raises(ServiceError) as exc:
        anna.preferences.set_language("tlh")
    assert exc.value.code.id == "preferences.unknown_language"
    system = ctx.for_actor(SYSTEM)
    assert system.preferences.language() is None
    with pytest.raises(ServiceError) as exc:
        system.preferences.set_language("fr")
    assert exc.value.code.id == "preferences.no_account"


def test_changing_the_language_does_not_make_an_open_account_edit_stale(ctx, people, staff):
    anna, _ = people
    before = _workers(ctx, anna)[0]
    anna.preferences.set_language("fr")
    assert _workers(ctx, anna)[0].version == before.version


def _workers(ctx, *people):
    from sqlalchemy import select

    from transition_app.store.models import Worker

    with ctx.db.read() as s:
        rows = {w.id: w for w in s.scalars(select(Worker))}
        for w in rows.values():
            s.expunge(w)
    return [rows[p.actor.worker_id] for p in people]
