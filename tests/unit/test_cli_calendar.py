"""``appointments`` (week, family, JSON, ``--ics``) and ``stepcards`` on the command line: output read
back (icalendar, pypdf, python-docx), one-line errors, audit entries."""

from __future__ import annotations

import datetime as dt
import json

import docx
import pypdf
import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.unit.test_cli import run
from tests.unit.test_cli_documents import _docx_text, _family_with_destination, _norm, _pdf_text
from transition_app.services.appointments import AppointmentInput, week_start
from transition_app.services.step_cards import card_labels


def open_home(home):
    """The services of the (encrypted) demo database, acting as the system."""
    from transition_app.access.permissions import SYSTEM
    from transition_app.paths import AppPaths
    from transition_app.security.keys import obtain_key
    from transition_app.security.secrets import KeyringSecretStore
    from transition_app.services.context import open_context

    paths = AppPaths(home)
    return open_context(paths, None, obtain_key(paths, KeyringSecretStore()).key).for_actor(SYSTEM)


@pytest.fixture
def home(tmp_path, capsys):
    data = tmp_path / "home"
    code, _, err = run(capsys, "--data-dir", str(data), "demo", "--families", "12", "--seed", "11")
    assert code == 0, err
    return data


@pytest.fixture
def booked(home, capsys):
    """Two families with appointments: this week (Tuesday) and next week (Friday)."""
    code, out, _ = run(capsys, "--data-dir", str(home), "list", "--json")
    rows = json.loads(out)
    first, second = rows[0], rows[1]
    monday = week_start(dt.date.today())
    ctx = open_home(home)
    try:
        tuesday = dt.datetime.combine(monday + dt.timedelta(days=1), dt.time(9, 30))
        this_week = ctx.appointments.add(first["id"], AppointmentInput(
            "CPAS first interview", tuesday, tuesday + dt.timedelta(hours=1), "Place Saint-Jacques 13, Liège",
            ("A card", "Lease"), "Buddy Youssef"))
        friday = dt.datetime.combine(monday + dt.timedelta(days=11), dt.time(14, 0))
        next_week = ctx.appointments.add(second["id"], AppointmentInput("Municipality: address declaration", friday))
    finally:
        ctx.close()
    return {"home": home, "first": first, "second": second, "monday": monday, "this_week": this_week,
            "next_week": next_week}


def test_appointments_of_the_week_of_a_family_and_as_json(booked, capsys):
    home = str(booked["home"])
    code, out, err = run(capsys, "--data-dir", home, "appointments")
    assert code == 0, err
    monday = booked["monday"]
    assert out.splitlines()[0] == (f"Week of {monday.isoformat()} to {(monday + dt.timedelta(days=6)).isoformat()}: "
                                   "1 appointment")
    assert "09:30-10:30" in out and "CPAS first interview" in out and booked["first"]["case_number"] in out
    assert "bring: A card, Lease" in out and "with: Buddy Youssef" in out and "Municipality" not in out

    code, out, _ = run(capsys, "--data-dir", home, "appointments", "--week",
                       (monday + dt.timedelta(days=9)).isoformat(), "--json")
    rows = json.loads(out)
    assert code == 0 and [r["id"] for r in rows] == [booked["next_week"].id]
    assert rows[0] == {"id": booked["next_week"].id, "family": booked["second"]["id"],
                       "case_number": booked["second"]["case_number"], "name": booked["second"]["name"],
                       "title": "Municipality: address declaration",
                       "starts_at": f"{(monday + dt.timedelta(days=11)).isoformat()}T14:00", "ends_at": None,
                       "place": "", "bring": [], "accompanied_by": "", "step": None, "version": 1}

    code, out, _ = run(capsys, "--data-dir", home, "appointments", "--family", str(booked["second"]["id"]))
    assert code == 0 and out.startswith(f"1 appointment of family {booked['second']['id']}")
    assert "Municipality: address declaration" in out and "CPAS" not in out
    code, out, _ = run(capsys, "--data-dir", home, "appointments", "--family", str(booked["first"]["id"]),
                       "--week", (monday + dt.timedelta(days=7)).isoformat(), "--json")
    assert code == 0 and json.loads(out) == []


def test_appointments_ics_file_parses_and_holds_them(booked, tmp_path, capsys):
    home = str(booked["home"])
    target = tmp_path / "week.ics"
    code, out, err = run(capsys, "--data-dir", home, "appointments", "--ics", str(target))
    assert code == 0, err
    assert out.strip() == f"Wrote {target} (1 appointment)." and "no names" in err
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [f"CPAS first interview ({booked['first']['case_number']})"]
    assert events[0].decoded("dtstart").replace(tzinfo=None) == booked["this_week"].starts_at
    assert str(events[0]["location"]) == "Place Saint-Jacques 13, Liège"
    assert booked["first"]["name"].split()[0] not in target.read_text(encoding="utf-8")

    family = tmp_path / "family.ics"
    code, out, _ = run(capsys, "--data-dir", home, "appointments", "--ics", str(family),
                       "--family", str(booked["second"]["id"]))
    assert code == 0
    events = list(Calendar.from_ical(family.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [
        f"Municipality: address declaration ({booked['second']['case_number']})"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left

    code, _, err = run(capsys, "--data-dir", home, "appointments", "--ics", str(tmp_path / "nowhere" / "x.ics"))
    assert code == 2 and err.startswith("transition-app: folder") and err.count("\n") == 1


def test_stepcards_booklet_pdf_and_one_card_docx_read_back(home, tmp_path, capsys):
    fam = _family_with_destination(capsys, home)
    open_steps = [s for s in fam["view"]["steps"] if s["status"] in ("todo", "in_progress", "waiting", "blocked")]
    pdf = tmp_path / "cards.pdf"
    code, out, err = run(capsys, "--data-dir", str(home), "stepcards", "--family", str(fam["id"]), "--lang", "en",
                         "--authority-lang", "fr", "-o", str(pdf))
    assert code == 0, err
    assert "unencrypted copy of personal data" in err
    assert f"{len(open_steps)} cards in en with fr underneath" in out
    reader = pypdf.PdfReader(str(pdf))
    assert len(reader.pages) >= len(open_steps)
    text = _pdf_text(pdf)
    assert card_labels()["en"]["bring"] in text and _norm(card_labels()["fr"]["bring"]) in text
    assert fam["case_number"] in _norm(reader.metadata.title or "") or fam["case_number"] in text

    step = open_steps[0]
    one = tmp_path / "card.docx"
    code, out, err = run(capsys, "--data-dir", str(home), "stepcards", "--family", str(fam["id"]), "--step",
                         step["id"], "--lang", "nl", "-o", str(one))
    assert code == 0, err
    assert "1 card in nl" in out
    text = _docx_text(one)
    assert card_labels()["nl"]["what"] in text
    assert len(docx.Document(str(one)).paragraphs) > 3

    ctx = open_home(home)
    try:
        from transition_app.store.models import AuditEntry

        with ctx.db.read() as s:
            details = [e.details for e in s.scalars(select(AuditEntry).where(AuditEntry.family_id == fam["id"],
                                                                            AuditEntry.action == "export"))]
    finally:
        ctx.close()
    assert details == [{"kind": "step_cards", "format": "pdf", "step": "open_steps"},
                       {"kind": "step_cards", "format": "docx", "step": step["id"]}]


def test_stepcards_errors_are_one_line(home, tmp_path, capsys):
    fam = _family_with_destination(capsys, home)
    code, _, err = run(capsys, "--data-dir", str(home), "stepcards", "--family", str(fam["id"]), "--lang", "xx",
                       "-o", str(tmp_path / "c.pdf"))
    assert code == 2 and "no step card texts in 'xx'" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--data-dir", str(home), "stepcards", "--family", str(fam["id"]), "--step",
                       "no.such_step", "-o", str(tmp_path / "c.pdf"))
    assert code == 1 and "not in the family's checklist" in err and err.count("\n") == 1
    assert not (tmp_path / "c.pdf").exists()
    code, _, err = run(capsys, "--data-dir", str(home), "stepcards", "--family", "99999", "-o",
                       str(tmp_path / "c.pdf"))
    assert code == 1 and "does not exist" in err
