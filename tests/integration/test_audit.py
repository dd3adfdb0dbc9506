"""The audit log: entries for views, edits, exports and sign-ins; the hash chain detects tampering."""

import threading

import pytest
from sqlalchemy import select, text

from tests.conftest import centre_input, decision, family_input
from transition_app import cli
from transition_app.access.audit_chain import GENESIS
from transition_app.access.permissions import Actor
from transition_app.services.audit import AuditAction, AuditQuery, record
from transition_app.services.auth import AccountLocked, SignInFailed
from transition_app.store.models import AuditEntry


def entries(ctx, **filters):
    return list(reversed(ctx.audit.browse(AuditQuery(**filters))))


def test_views_and_edits_are_recorded_with_who_and_which_family(ctx, staff):
    anna_w = staff["anna"]
    anna = ctx.for_actor(Actor(anna_w.id, anna_w.username, anna_w.role, anna_w.centre_id))
    created = anna.families.create_family(family_input(decision=decision()))
    anna.families.get_family(created.id)
    anna.checklists.get_checklist(created.id)
    anna.families.add_note(created.id, "Met the family")
    log = entries(ctx, actor="anna")
    assert [(e.action, e.family_id) for e in log] == [("create", created.id), ("view", created.id),
                                                     ("view", created.id), ("edit", created.id)]
    assert log[1].details == {"section": "file"} and log[2].details == {"section": "checklist"}
    assert log[3].details == {"what": "note", "confidential": False}
    assert all(e.actor_id == anna_w.id for e in log)
    text_of_log = repr(ctx.audit.browse())
    assert "Haddad" not in text_of_log and "Amal" not in text_of_log and "Met the family" not in text_of_log


def test_entries_are_written_in_the_transaction_of_the_action(ctx):
    before = ctx.audit.count()
    with pytest.raises(RuntimeError):
        with ctx.db.session() as s:
            record(s, ctx.actor, AuditAction.EDIT, 1, what="family")
            raise RuntimeError("the action failed")
    assert ctx.audit.count() == before


def test_sign_in_success_failure_and_lock_out(ctx):
    auth = ctx.auth
    signed = auth.create_coordinator("cora", "Cora Coordinator", "a long password 1")
    assert signed.actor.role == "coordinator"
    assert auth.needs_first_run() is False
    with pytest.raises(SignInFailed):
        auth.sign_in("cora", "wrong password")
    with pytest.raises(SignInFailed) as unknown:
        auth.sign_in("nobody", "a long password 1")
    assert str(unknown.value) == "The user name or the password is not correct."
    for _ in range(3):
        with pytest.raises(SignInFailed):
            auth.sign_in("cora", "wrong password")
    with pytest.raises(AccountLocked) as locked:  # the 5th wrong password locks the account
        auth.sign_in("cora", "wrong again")
    assert locked.value.minutes == 15
    with pytest.raises(AccountLocked):  # even with the right password, until the lock ends
        auth.sign_in("Cora", "a long password 1")
    actions = [e.action for e in entries(ctx)]
    assert actions[:2] == ["first_run", "sign_in"]
    assert actions[2:] == ["sign_in_failed"] * 6 + ["sign_in_locked"]
    unknown_entry = entries(ctx, action="sign_in_failed")[1]
    assert unknown_entry.actor == "(unknown)" and unknown_entry.details == {"reason": "unknown_user"}


def test_lock_ends_and_a_coordinator_can_unlock(ctx):
    import datetime as dt

    now = [dt.datetime(2026, 11, 23, 9, 0)]
    auth = type(ctx.auth)(ctx.db, None, now=lambda: now[0])
    signed = auth.create_coordinator("cora", "Cora Coordinator", "a long password 1")
    for _ in range(5):
        with pytest.raises(SignInFailed):
            auth.sign_in("cora", "nope nope nope")
    with pytest.raises(AccountLocked):
        auth.sign_in("cora", "a long password 1")
    now[0] += dt.timedelta(minutes=16)
    assert auth.sign_in("cora", "a long password 1").actor == signed.actor
    cora = ctx.for_actor(signed.actor)
    centre = cora.staff.create_centre(centre_input())
    user = cora.auth.create_user("anna", "Anna Peeters", "social_worker", "another long one", centre_id=centre.id)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            ctx.auth.sign_in("anna", "nope nope nope")
    assert cora.auth.find_user("anna").locked_until is not None
    cora.auth.unlock(user.id)
    assert ctx.auth.sign_in("anna", "another long one").actor.username == "anna"


def test_chain_is_intact_then_an_altered_entry_is_named(ctx):
    created = ctx.families.create_family(family_input())
    for _ in range(3):
        ctx.families.get_family(created.id)
    assert ctx.audit.verify().ok
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET family_id = 999 WHERE id = 3"))
    result = ctx.audit.verify()
    assert not result.ok and [b.entry_id for b in result.breaks] == [3]
    assert "changed" in result.breaks[0].reason


def test_removed_last_entries_are_detected(ctx):
    created = ctx.families.create_family(family_input())
    ctx.families.get_family(created.id)
    with ctx.db.engine.begin() as conn:
        last = conn.execute(text("SELECT max(id) FROM audit_entry")).scalar()
        conn.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": last})
    result = ctx.audit.verify()
    assert not result.ok and "missing from the end" in result.breaks[0].reason


def test_concurrent_writers_do_not_fork_the_chain(ctx):
    created = ctx.families.create_family(family_input())
    errors: list[BaseException] = []

    def views():
        try:
            for _ in range(15):
                ctx.families.get_family(created.id)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=views) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with ctx.db.read() as s:
        rows = s.execute(select(AuditEntry.id, AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id)).all()
    assert [r.id for r in rows] == list(range(1, len(rows) + 1)) and len(rows) == 61
    assert rows[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    assert ctx.audit.verify().ok


def test_export_csv(ctx, tmp_path):
    created = ctx.families.create_family(family_input())
    ctx.families.get_family(created.id)
    out = tmp_path / "audit.csv"
    assert ctx.audit.export_csv(out, AuditQuery(action="view")) == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,at_utc,actor_id,actor,action,family_id") and len(lines) == 2
    assert ",view," in lines[1]
    assert entries(ctx)[-1].action == "audit_export"


def test_verify_command_exits_non_zero_and_names_the_altered_entry(tmp_path, capsys):
    data = str(tmp_path / "home")
    assert cli.main(["--data-dir", data, "demo", "--families", "3"]) == 0
    assert cli.main(["--data-dir", data, "list"]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", data, "audit", "--verify"]) == 0
    assert "Audit log intact" in capsys.readouterr().out
    _alter_entry(tmp_path / "home", 2)
    code = cli.main(["--data-dir", data, "audit", "--verify"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "entry 2: content changed after it was written" in out
    assert "the audit log was altered" in err and err.count("\n") == 1


def _alter_entry(home, entry_id):
    """Change one audit entry directly in the (encrypted) database file."""
    from transition_app.paths import AppPaths
    from transition_app.security.keys import obtain_key, open_encrypted_engine
    from transition_app.security.secrets import KeyringSecretStore

    paths = AppPaths(home)
    engine = open_encrypted_engine(paths, obtain_key(paths, KeyringSecretStore()).key)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE audit_entry SET actor = 'someone else' WHERE id = {int(entry_id)}")
    finally:
        engine.dispose()
