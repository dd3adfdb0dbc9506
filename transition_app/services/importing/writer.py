"""Writing the planned families, inside the import's one transaction.  Qt-free.

New families are inserted in bulk (one statement per table, as ``services.demo`` does), with
exactly the rows ``FamilyService.create_family`` would write - the family and its denormalised
list columns, members, decision, contacts - and the checklist ``sync_family_checklist`` would
plan for a new family: the same template, region, steps, statuses, notes and due dates, the
plan's key dates and the "planned" event (a test compares an imported family with the same
family entered by hand).  Merges into families already recorded go through the service's own
code path (``_apply`` then ``sync_family_checklist``, as ``update_family`` does).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from transition_app.access.permissions import Actor
from transition_app.domain.checklist import Status, StepState, Template, default_template, done_dates
from transition_app.services import checklist as cl
from transition_app.services.audit import AuditAction, record
from transition_app.services.demo import _bulk_insert
from transition_app.services.dto import FamilyInput
from transition_app.services.families import FamilyService, _compact_nrn, _sync_checklist, household_fields
from transition_app.services.importing import vocabulary as V
from transition_app.services.importing.planner import Draft
from transition_app.store.models import (
    ChecklistEvent,
    ChecklistPlan,
    ChecklistStep,
    ContactDetail,
    Family,
    Note,
    Person,
    ProtectionDecision,
    Worker,
    utcnow,
)

CHUNK = 500  # families per step of the progress bar


class Cancelled(Exception):
    """The person cancelled: the transaction is rolled back."""


_PLANNED: dict[tuple[int, str | None, bool], tuple[Template, tuple[tuple[StepState, str], ...]]] = {}


def _planned(template: Template, region: str | None, abroad: bool) -> tuple[tuple[StepState, str], ...]:
    """(state, track) of a new checklist, as ``sync_family_checklist`` plans it for a new family."""
    cached = _PLANNED.get((id(template), region, abroad))
    if cached is not None and cached[0] is template:
        return cached[1]
    states = list(cl.plan_states((), template, region).states)
    if not abroad:  # _initial_adjustments: reunification does not apply when nobody is abroad
        states = [dataclasses.replace(st, status=Status.NOT_APPLICABLE, note=cl.NO_MEMBER_ABROAD)
                  if st.status is Status.TODO and cl._track_of(st, template) == cl.REUNIFICATION_TRACK else st
                  for st in states]
    planned = tuple((st, cl._track_of(st, template)) for st in states)
    _PLANNED[(id(template), region, abroad)] = (template, planned)
    return planned


_FIXED: dict[int, tuple[tuple[tuple[StepState, str], ...], tuple[dict[str, Any], ...]]] = {}


def _fixed_step_rows(planned: tuple[tuple[StepState, str], ...]) -> tuple[dict[str, Any], ...]:
    """The columns of a new checklist's step rows that do not depend on the family, in the
    order of the table's columns (every row of one INSERT has the same keys)."""
    cached = _FIXED.get(id(planned))
    if cached is not None and cached[0] is planned:
        return cached[1]
    rows = tuple({"step_id": st.step_id, "track": track, "position": position, "status": st.status.value,
                  "reason": st.reason, "note": st.note, "region": st.region,
                  "from_previous_region": st.from_previous_region, "done_on": st.done_on,
                  "due_override_reason": "", "version": 1}
                 for position, (st, track) in enumerate(planned))
    _FIXED[id(planned)] = (planned, rows)
    return rows


_DATES: dict[tuple[Any, ...], tuple[dict[str, dt.date | None], dt.date | None, dt.date | None]] = {}


def _dates(template: Template, planned: tuple[tuple[StepState, str], ...], today: dt.date, region: str | None,
           decision: tuple[Any, ...], exit_date: dt.date | None
           ) -> tuple[dict[str, dt.date | None], dt.date | None, dt.date | None]:
    """(due date of each step, exit due, end of the reunification window) of a new checklist: what
    ``sync_family_checklist`` computes, which depends only on these; families that share them
    (same decision dates, region...) share the result."""
    k = (id(template), id(planned), today, region, decision, exit_date)
    found = _DATES.get(k)
    if found is None:
        states = [st for st, _track in planned]
        case = cl.case_dates(today=today, decision=decision, exit_date=exit_date, extensions=(),
                             done=done_dates(states), a_card_expiry=None, region=region)
        deadlines = cl.case_deadlines(case)
        due = cl.step_due_dates(template, states, case, deadlines)
        found = (due, *cl.key_dates(deadlines, case))
        if len(_DATES) > 50_000:
            _DATES.clear()
        _DATES[k] = found
    return found


Rows = dict[str, Any]


def checklist_rows(family_id: int, data: FamilyInput, today: dt.date, now: dt.datetime,
                   template: Template | None = None) -> tuple[Rows, list[Rows], Rows] | None:
    """(plan, steps, planned event) of a new family with a decision; None without a decision."""
    d = data.decision
    if d is None:
        return None
    template = template or default_template()
    region = cl.region_of(data.destination_nis)
    planned = _planned(template, region, any(not m.in_belgium for m in data.members))
    due, exit_due, reunification_due = _dates(
        template, planned, today, region,
        (d.protection_type, d.asylum_application_date, d.decision_date, d.notification_date), data.exit_date)
    plan = {"family_id": family_id, "template_id": template.id, "template_version": template.version,
            "region": region, "exit_due": exit_due, "reunification_due": reunification_due,
            "open_tracks": cl.open_tracks((track, st.status.value) for st, track in planned),
            "created_at": now, "updated_at": now, "version": 1}
    steps = [{**fixed, "family_id": family_id, "due_date": due.get(fixed["step_id"]), "created_at": now,
              "updated_at": now} for fixed in _fixed_step_rows(planned)]
    event = {"family_id": family_id, "step_id": "", "kind": "planned", "old_status": None, "new_status": None,
             "note": f"Checklist planned for region {region or '(unknown)'}.", "worker_id": None, "at": now,
             "created_at": now, "updated_at": now, "version": 1}
    return plan, steps, event


def _case_numbers(s: Session, families: FamilyService, used: set[str]) -> Callable[[], str]:
    """Case numbers as ``create_family`` gives them (TA-<year>-<n>), skipping those the file uses."""
    first = families._next_case_number(s)
    prefix, _, number = first.rpartition("-")
    state = {"n": int(number)}
    width = len(number)

    def next_number() -> str:
        while True:
            candidate = f"{prefix}-{state['n']:0{width}d}"
            state["n"] += 1
            if candidate not in used:
                return candidate

    return next_number


def write_new(s: Session, drafts: Sequence[Draft], *, actor: Actor, today: dt.date, families: FamilyService,
              progress: Callable[[int], bool]) -> tuple[list[int], int]:
    """Insert the new families; returns (their ids, persons written)."""
    if not drafts:
        return [], 0
    used = {d.data.case_number.strip() for d in drafts if d.data.case_number}
    next_case = _case_numbers(s, families, used)
    worker_names: dict[int | None, str] = {None: ""}
    for wid in {d.data.worker_id for d in drafts} - {None}:
        w = s.get(Worker, wid)
        worker_names[wid] = w.full_name if w is not None else ""
    conn = s.connection()
    family_table = Family.__table__
    ids: list[int] = []
    persons_written = 0
    template = default_template()
    for start in range(0, len(drafts), CHUNK):
        chunk = drafts[start:start + CHUNK]
        now = utcnow()
        family_rows = []
        for d in chunk:
            data = d.data
            case_number = (data.case_number or "").strip() or next_case()
            members = [(m.given_names.strip(), m.family_name.strip(), m.relation, m.nationality,
                        list(dict.fromkeys(m.languages))) for m in data.members]
            row = {"case_number": case_number, "centre_id": data.centre_id, "worker_id": data.worker_id,
                   "status": data.status, "arrival_date": data.arrival_date, "exit_date": data.exit_date,
                   "destination_nis": data.destination_nis, "archived_at": None, "created_by_id": actor.worker_id,
                   "exit_mode": data.exit_mode, "external_ref": d.key_text,
                   "created_at": now, "updated_at": now, "version": 1}
            row.update(household_fields(case_number, members, worker_names.get(data.worker_id, "")))
            family_rows.append(row)
        result = conn.execute(insert(family_table).returning(family_table.c.id, sort_by_parameter_order=True),
                              family_rows)
        chunk_ids = [r[0] for r in result]
        rows: dict[str, list[dict[str, Any]]] = {k: [] for k in ("person", "decision", "contact", "note", "plan",
                                                                 "step", "event")}
        for fid, d in zip(chunk_ids, chunk, strict=True):
            data = d.data
            for pos, m in enumerate(data.members):
                rows["person"].append({
                    "family_id": fid, "position": pos, "given_names": m.given_names.strip(),
                    "family_name": m.family_name.strip(), "birth_date": m.birth_date, "sex": m.sex,
                    "nationality": m.nationality, "languages": " ".join(dict.fromkeys(m.languages)),
                    "preferred_language": m.preferred_language, "relation": m.relation,
                    "national_number": _compact_nrn(m.national_number), "in_belgium": m.in_belgium,
                    "created_at": now, "updated_at": now, "version": 1})
            if data.decision is not None:
                dec = data.decision
                rows["decision"].append({
                    "family_id": fid, "protection_type": dec.protection_type, "deciding_body": dec.deciding_body,
                    "asylum_application_date": dec.asylum_application_date, "decision_date": dec.decision_date,
                    "notification_date": dec.notification_date, "reference": (dec.reference or "").strip() or None,
                    "created_at": now, "updated_at": now, "version": 1})
            for c in data.contacts:
                rows["contact"].append({"family_id": fid, "kind": c.kind, "value": c.value.strip(), "label": c.label,
                                        "created_at": now, "updated_at": now, "version": 1})
            for text in d.notes:
                rows["note"].append({"family_id": fid, "author_id": actor.worker_id, "text": text.strip(),
                                     "confidential": False, "created_at": now, "updated_at": now, "version": 1})
            planned = checklist_rows(fid, data, today, now, template)
            if planned is not None:
                plan, steps, event = planned
                rows["plan"].append(plan)
                rows["step"].extend(steps)
                rows["event"].append(event)
        for key, model in (("person", Person), ("decision", ProtectionDecision), ("contact", ContactDetail),
                           ("note", Note), ("plan", ChecklistPlan), ("step", ChecklistStep),
                           ("event", ChecklistEvent)):
            if rows[key]:
                _bulk_insert(conn, model.__table__, rows[key])
        persons_written += len(rows["person"])
        ids.extend(chunk_ids)
        if not progress(len(chunk)):
            raise Cancelled
    return ids, persons_written


def write_merges(s: Session, drafts: Sequence[Draft], *, actor: Actor, today: dt.date, families: FamilyService,
                 progress: Callable[[int], bool]) -> int:
    """Complete the families already recorded (see ``planner.merge_input``); returns persons added."""
    added = 0
    for d in drafts:
        assert d.target_id is not None and d.merged_input is not None
        family = s.get(Family, d.target_id)
        assert family is not None
        before = len(family.members)
        families._apply(s, family, d.merged_input)
        if not family.external_ref and d.key_text:
            family.external_ref = d.key_text
        s.flush()
        _sync_checklist(s, family, today)  # a new decision plans the checklist, a new destination re-plans it
        known = {V.key(t) for t in s.scalars(select(Note.text).where(Note.family_id == family.id))}
        for text in d.notes:
            if V.key(text) not in known:
                s.add(Note(family_id=family.id, text=text.strip(), confidential=False, author_id=actor.worker_id))
        new_members = len(d.merged_input.members) - before
        added += new_members
        record(s, actor, AuditAction.EDIT, family.id, what="import_merge", members_added=new_members)
        if not progress(1):
            raise Cancelled
    return added
