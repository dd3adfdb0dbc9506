"""Fictional demo families for trying the application and for benchmarks.

Names come from ``resources/demo/population.yaml`` and are combined at random:
no household is a real one.  No national register numbers and no phone numbers
are generated (any valid one could belong to a real person); e-mail addresses use
the reserved ``example.org`` domain.  Rows are inserted in bulk, so 100,000
families take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml
from sqlalchemy import func, insert, select

from transition_app.assets import resource_path
from transition_app.clock import SYSTEM_CLOCK
from transition_app.domain import directory, enums
from transition_app.domain.checklist import Status, StepTemplate, default_template, due_date_for
from transition_app.domain.deadlines import Extension
from transition_app.services import checklist as cl
from transition_app.services.families import CASE_PREFIX, household_fields
from transition_app.store.database import Database
from transition_app.store.models import (
    Appointment,
    ChecklistPlan,
    ChecklistStep,
    ContactDetail,
    ExitExtension,
    Family,
    Person,
    ProtectionDecision,
    ReceptionCentre,
    ResidenceCard,
    Worker,
    utcnow,
)

BATCH = 5_000


@dataclass(frozen=True)
class DemoResult:
    families: int
    persons: int
    centres: int
    workers: int


@cache
def population() -> dict[str, Any]:
    with resource_path("demo", "population.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)  # type: ignore[no-any-return]


def _max_id(s: Any, model: Any) -> int:
    return s.scalar(select(func.max(model.id))) or 0


def _ensure_staff(db: Database, rng: random.Random) -> tuple[list[int], list[tuple[int, str]]]:
    pop = population()
    with db.session() as s:
        centres = list(s.scalars(select(ReceptionCentre)))
        if not centres:
            for c in pop["centres"]:
                s.add(ReceptionCentre(name=c["name"], operator=c["operator"], municipality_nis=c["nis"],
                                      address=c["street"], postcode=c["postcode"], phone=c["phone"],
                                      email=c["email"]))
            s.flush()
            centres = list(s.scalars(select(ReceptionCentre)))
        workers = list(s.scalars(select(Worker).where(Worker.role == enums.Role.SOCIAL_WORKER)))
        if not workers:
            given, family = list(pop["staff_given"]), list(pop["staff_family"])
            rng.shuffle(given)
            rng.shuffle(family)
            feminine = set(pop["staff_feminine"])
            for i in range(8):
                username = f"{given[i].lower()}.{family[i].lower()}"
                s.add(Worker(username=username, full_name=f"{given[i]} {family[i]}", role=enums.Role.SOCIAL_WORKER,
                             centre_id=centres[i % len(centres)].id, active=True, job_title="social_worker",
                             job_title_form="f" if given[i] in feminine else "m", email=f"{username}@example.org"))
            s.flush()
            workers = list(s.scalars(select(Worker).where(Worker.role == enums.Role.SOCIAL_WORKER)))
        return [c.id for c in centres], [(w.id, w.full_name) for w in workers]


def generate_demo(db: Database, families: int, seed: int = 2026,
                  today: dt.date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Add ``families`` fictional households (with decisions, cards and contacts)."""
    rng = random.Random(seed)
    today = today or SYSTEM_CLOCK.today()
    pop = population()
    nats = list(pop["nationalities"])
    weights = [pop["nationalities"][n]["weight"] for n in nats]
    centre_ids, workers = _ensure_staff(db, rng)
    persons_total = 0
    with db.session() as s:
        next_family = _max_id(s, Family) + 1
        next_person = _max_id(s, Person) + 1
        prefix = f"{CASE_PREFIX}-D{today.year}-"
        existing = s.scalar(select(func.count(Family.id)).where(Family.case_number.like(f"{prefix}%"))) or 0
    seq = existing
    done = 0
    while done < families:
        n = min(BATCH, families - done)
        rows: dict[str, list[dict[str, Any]]] = {
            key: [] for key in ("family", "person", "decision", "card", "contact", "plan", "step", "extension",
                                "appointment")}
        now = utcnow()
        for _ in range(n):
            seq += 1
            fid = next_family
            next_family += 1
            nat = rng.choices(nats, weights)[0]
            members = _household(rng, pop["nationalities"][nat], nat, today)
            wid, wname = rng.choice(workers)
            case_number = f"{prefix}{seq:06d}"
            status, decision = _decision(rng, pop["nationalities"][nat], today)
            fam = {
                "id": fid, "case_number": case_number, "centre_id": rng.choice(centre_ids),
                "worker_id": wid, "status": status,
                "arrival_date": (decision["asylum_application_date"] if decision
                                 else today - dt.timedelta(days=rng.randint(30, 400))),
                "exit_date": None, "exit_mode": None, "destination_nis": None, "created_at": now, "updated_at": now,
                "version": 1,
            }
            if decision:
                if status in (enums.FamilyStatus.LEFT, enums.FamilyStatus.CLOSED):
                    fam["exit_date"] = min(today, decision["decision_date"] + dt.timedelta(days=rng.randint(20, 90)))
                if status != enums.FamilyStatus.AWAITING_DECISION and rng.random() < 0.7:
                    fam["destination_nis"] = rng.choice(pop["destinations"])
                rows["decision"].append({**decision, "family_id": fid, "created_at": now, "updated_at": now,
                                         "version": 1})
            fam.update(household_fields(
                case_number, [(m["given_names"], m["family_name"], m["relation"], m["nationality"],
                               m["languages"].split()) for m in members], wname))
            rows["family"].append(fam)
            expiries = []
            for pos, m in enumerate(members):
                pid = next_person
                next_person += 1
                rows["person"].append({**m, "id": pid, "family_id": fid, "position": pos,
                                       "created_at": now, "updated_at": now, "version": 1})
                if decision and m["in_belgium"] and status != enums.FamilyStatus.AWAITING_DECISION:
                    rows["card"].append(_card(rng, pid, decision, now))
                    expiries.append(rows["card"][-1]["expiry_date"])
            if decision and status != enums.FamilyStatus.AWAITING_DECISION:
                _checklist(rng, rows, fam, decision, members, min(expiries, default=None), wid, now, today)
            head = members[0]
            if rng.random() < 0.6:
                email = f"{head['given_names'].split()[0]}.{head['family_name']}".lower()
                email = "".join(c for c in email if c.isascii() and (c.isalnum() or c in ".-"))
                rows["contact"].append({"family_id": fid, "kind": enums.ContactKind.EMAIL,
                                        "value": f"{email}{fid}@example.org", "label": None,
                                        "created_at": now, "updated_at": now, "version": 1})
        # Core executemany, one statement per table: every row of a table has the same keys (the
        # ORM's bulk insert would split the rows into small batches by which values are None).
        with db.session() as s:
            conn = s.connection()
            for key, model in (("family", Family), ("person", Person), ("decision", ProtectionDecision),
                               ("card", ResidenceCard), ("contact", ContactDetail), ("plan", ChecklistPlan),
                               ("step", ChecklistStep), ("extension", ExitExtension),
                               ("appointment", Appointment)):
                if rows[key]:
                    _bulk_insert(conn, model.__table__, rows[key])
        persons_total += len(rows["person"])
        done += n
        if progress:
            progress(done, families)
    return DemoResult(families, persons_total, len(centre_ids), len(workers))


def _bulk_insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows that all have the same keys.

    On SQLite the values go through the column types' own converters straight to the
    driver's executemany, which is several times faster than a Core executemany
    (millions of checklist rows for 100,000 demo families); other databases use Core.
    """
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    procs = [table.c[c].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for c in cols]
    converted = [(i, p, {}) for i, p in enumerate(procs) if p is not None]  # memo: dates repeat a lot
    data = []
    for row in rows:
        values = list(row.values())
        for i, proc, memo in converted:
            value = values[i]
            if value is None:
                continue
            if isinstance(value, list):  # JSON values are not hashable: no memo
                values[i] = proc(value)
                continue
            done = memo.get(value)
            if done is None:
                done = memo[value] = proc(value)
            values[i] = done
        data.append(tuple(values))
    placeholders = ", ".join("?" * len(cols))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({placeholders})", data)


def _person(rng: random.Random, spec: dict[str, Any], nat: str, relation: str, sex: str,
            family_name: str, age: int, today: dt.date, langs: list[str], in_belgium: bool = True
            ) -> dict[str, Any]:
    given = rng.choice(spec["male"] if sex == "M" else spec["female"])
    birth = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    return {"given_names": given, "family_name": family_name, "relation": relation, "sex": sex,
            "birth_date": birth, "nationality": nat, "languages": " ".join(langs),
            "preferred_language": langs[0] if langs else None, "national_number": None,
            "in_belgium": in_belgium}


def _household(rng: random.Random, spec: dict[str, Any], nat: str, today: dt.date) -> list[dict[str, Any]]:
    langs = list(rng.choice(spec["languages"]))
    family_name = rng.choice(spec["family"])
    shape = rng.choices(["single", "couple", "couple_kids", "single_parent", "reunification"],
                        [30, 10, 30, 18, 12])[0]
    head_sex = "F" if shape == "single_parent" and rng.random() < 0.8 else rng.choice("MMMF")
    head_age = rng.randint(19, 58)
    members = [_person(rng, spec, nat, enums.Relation.HEAD, head_sex, family_name, head_age, today, langs)]
    if shape in ("couple", "couple_kids", "reunification"):
        abroad = shape == "reunification"
        spouse_sex = "F" if head_sex == "M" else "M"
        members.append(_person(rng, spec, nat, enums.Relation.SPOUSE, spouse_sex, family_name,
                               max(18, head_age + rng.randint(-8, 5)), today, langs[:1], not abroad))
    if shape in ("couple_kids", "single_parent", "reunification"):
        for _ in range(rng.randint(1, 4)):
            age = rng.randint(0, max(0, min(17, head_age - 18)))
            child_langs = langs if age >= 3 else langs[:1]
            members.append(_person(rng, spec, nat, enums.Relation.CHILD, rng.choice("MF"), family_name,
                                   age, today, child_langs, shape != "reunification"))
    return members


def _decision(rng: random.Random, spec: dict[str, Any], today: dt.date
              ) -> tuple[str, dict[str, Any] | None]:
    if rng.random() < 0.08:
        return enums.FamilyStatus.AWAITING_DECISION, None
    days_ago = int(rng.triangular(0, 300, 40))
    decided = today - dt.timedelta(days=days_ago)
    applied = decided - dt.timedelta(days=rng.randint(120, 720))
    notified = min(today, decided + dt.timedelta(days=rng.randint(1, 7)))
    subsidiary = rng.random() < spec.get("subsidiary_share", 0.04)
    if days_ago > 75:
        status = rng.choices([enums.FamilyStatus.LEFT, enums.FamilyStatus.CLOSED, enums.FamilyStatus.TRANSITION],
                             [60, 25, 15])[0]
    else:
        status = enums.FamilyStatus.TRANSITION
    return status, {
        "protection_type": enums.ProtectionType.SUBSIDIARY if subsidiary else enums.ProtectionType.REFUGEE,
        "deciding_body": enums.DecidingBody.CALL if rng.random() < 0.1 else enums.DecidingBody.CGRS,
        "decision_date": decided, "asylum_application_date": applied, "notification_date": notified,
        "reference": f"{decided.year % 100:02d}/{rng.randint(10000, 99999)}",
    }


def _card(rng: random.Random, person_id: int, decision: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    if decision["protection_type"] == enums.ProtectionType.REFUGEE:
        expiry = decision["asylum_application_date"] + dt.timedelta(days=5 * 365 + 1)
    else:
        expiry = decision["decision_date"] + dt.timedelta(days=365 + 30)
    return {"person_id": person_id, "card_type": enums.CardType.A_CARD,
            "number": f"B{rng.randint(0, 99_999_999):08d}", "expiry_date": expiry,
            "created_at": now, "updated_at": now, "version": 1}


# --------------------------------------------------------------------------- checklists

#: Typical day (after the decision) each step gets done; a family's pace stretches it.
STEP_DAY = {
    "reception.transition_interview": 4, "reception.choice": 10, "residence.refugee_certificate": 14,
    "residence.municipality_registration": 21, "housing.search": 25, "cpas.application": 28,
    "bank.account": 30, "health.mutual_fund": 35, "housing.visits": 35, "residence.a_card": 40,
    "cpas.social_inquiry": 40, "family_reunification.documents": 90, "housing.lease": 45,
    "cpas.rental_guarantee": 48, "housing.guarantee": 50, "cpas.integration_income": 55,
    "reception.medical_file": 55, "housing.move": 58, "reception.exit_formalities": 60,
    "residence.address_declaration": 63, "children.school_enrolment": 65, "cpas.installation_premium": 70,
    "residence.police_check": 80, "family_reunification.application": 160, "children.child_benefit": 85,
    "work.jobseeker": 90, "integration": 150, "family_reunification.follow_up": 400,
    "residence.a_card_renewal": 100_000,
}
PACES = (0.8, 1.0, 1.0, 1.0, 1.3, 1.7)
BLOCK_REASONS = ("Waiting for a document from the embassy", "No appointment available before next month",
                 "The family is in hospital")
EXTENSION_REASONS = ("No housing found despite an active search", "Medical reasons",
                     "School year: the children finish the term")


def _step_day(step_id: str) -> int:
    for key in (step_id, step_id.rsplit(".", 1)[0], step_id.split(".", 1)[0]):
        if key in STEP_DAY:
            return STEP_DAY[key]
    return 120


@cache
def _plan(region: str | None) -> tuple[tuple[str, str, str | None, StepTemplate, int], ...]:
    """(step id, track, planned region, definition, typical day) of a fresh checklist, in order."""
    template = default_template()
    states = cl.plan_states((), template, region).states
    return tuple((st.step_id, template.step(st.step_id).track, st.region, template.step(st.step_id),
                  _step_day(st.step_id)) for st in states)


@cache
def _plan_by_day(region: str | None) -> tuple[tuple[str, str, str | None, StepTemplate, int], ...]:
    return tuple(sorted(_plan(region), key=lambda p: p[4]))


def _checklist(rng: random.Random, rows: dict[str, list[dict[str, Any]]], fam: dict[str, Any],
               decision: dict[str, Any], members: list[dict[str, Any]], a_card_expiry: dt.date | None,
               worker_id: int, now: dt.datetime, today: dt.date) -> None:
    """A checklist as far along as the days since the decision (and the family's pace) make likely.

    Same plan, statuses and due dates as the checklist service would store (a test checks
    it), computed without building objects per step: 100,000 families have ~2.8 million steps.
    """
    template = default_template()
    region = cl.region_of(fam["destination_nis"])
    decided: dt.date = decision["decision_date"]
    days_ago = (today - decided).days
    pace = rng.choice(PACES)
    has_children = any(m["relation"] == enums.Relation.CHILD for m in members)
    abroad = any(not m["in_belgium"] for m in members)
    statuses: dict[str, str] = {}
    done_on: dict[str, dt.date] = {}
    reasons: dict[str, str] = {}
    changed: dict[str, dt.date] = {}
    satisfied = (Status.DONE.value, Status.NOT_APPLICABLE.value)
    for step_id, track, _region, step, typical in _plan_by_day(region):
        day = round(typical * pace)
        if (track == "children" and not has_children) or (track == cl.REUNIFICATION_TRACK and not abroad):
            statuses[step_id] = Status.NOT_APPLICABLE.value
        elif day - 14 <= days_ago and all(statuses.get(d) in satisfied for d in step.depends_on):
            if day <= days_ago:
                statuses[step_id] = Status.DONE.value
                done_on[step_id] = changed[step_id] = min(today, decided + dt.timedelta(days=day))
                continue
            roll = rng.random()
            status = Status.BLOCKED if roll < 0.04 else Status.WAITING if roll < 0.2 else Status.IN_PROGRESS
            statuses[step_id] = status.value
            if status is Status.BLOCKED:
                reasons[step_id] = rng.choice(BLOCK_REASONS)
            changed[step_id] = decided + dt.timedelta(days=max(0, min(days_ago, day - 7)))
        else:
            statuses[step_id] = Status.TODO.value
    in_transition = fam["status"] == enums.FamilyStatus.TRANSITION  # as drawn (keeps the random sequence)
    _leave(fam, statuses, done_on, changed, reasons)
    extensions: list[Extension] = []
    if in_transition and days_ago > 50 and rng.random() < 0.6:
        extensions.append(Extension(rng.choice((1, 1, 2)), rng.choice(EXTENSION_REASONS),
                                    decided + dt.timedelta(days=50)))
    case = cl.case_dates(
        today=today,
        decision=(decision["protection_type"], decision["asylum_application_date"], decided,
                  decision["notification_date"]),
        exit_date=fam["exit_date"], extensions=extensions, done=done_on, a_card_expiry=a_card_expiry,
        region=region)
    deadlines = cl.case_deadlines(case)
    exit_due, reunification_due = cl.key_dates(deadlines, case)
    fid = fam["id"]
    rows["plan"].append({"family_id": fid, "template_id": template.id, "template_version": template.version,
                         "region": region, "exit_due": exit_due, "reunification_due": reunification_due,
                         "open_tracks": cl.open_tracks((track, statuses[sid]) for sid, track, *_ in _plan(region)),
                         "created_at": now, "updated_at": now, "version": 1})
    for e in extensions:
        rows["extension"].append({"family_id": fid, "months": e.months, "reason": e.reason,
                                  "granted_on": e.granted_on, "recorded_by_id": worker_id,
                                  "created_at": now, "updated_at": now, "version": 1})
    add = rows["step"].append
    for position, (step_id, track, step_region, step, _typical) in enumerate(_plan(region)):
        when = changed.get(step_id)
        add({"family_id": fid, "step_id": step_id, "track": track, "position": position,
             "status": statuses[step_id], "reason": reasons.get(step_id, ""), "note": "", "region": step_region,
             "done_on": done_on.get(step_id),
             "due_date": cl.effective_due(track, statuses[step_id], due_date_for(step, case, done_on, deadlines)
                                          if step.due is not None else None, None, fam["status"]),
             "changed_by_id": worker_id if when else None,
             "changed_at": dt.datetime.combine(when, _TEN) if when else None})
    # created_at, updated_at, version, from_previous_region: the columns' server defaults
    if in_transition and rng.random() < 0.5:
        _appointment(rng, rows, fam, statuses, worker_id, now, today)


#: How demo families left the centre (repeated by how common each way is), picked by family id.
_EXIT_MODES = (enums.ExitMode.OWN_HOUSING,) * 5 + (enums.ExitMode.FAMILY_FRIENDS,) * 2 + (
    enums.ExitMode.LOCAL_INITIATIVE, enums.ExitMode.TRANSIT, enums.ExitMode.EMERGENCY_SHELTER)


def _leave(fam: dict[str, Any], statuses: dict[str, str], done_on: dict[str, dt.date],
           changed: dict[str, dt.date], reasons: dict[str, str]) -> None:
    """The status follows the leave step, as in the application: done, the family left that day
    (how: by family id); a family drawn as left or closed did the leave step on its exit day."""
    step = cl.EXIT_STEP
    if step not in statuses:
        return
    if statuses[step] == Status.DONE.value:
        if fam["status"] == enums.FamilyStatus.TRANSITION:
            fam["status"] = enums.FamilyStatus.LEFT
        fam["exit_date"] = done_on[step]
    elif fam["status"] in (enums.FamilyStatus.LEFT, enums.FamilyStatus.CLOSED) and fam["exit_date"] is not None:
        statuses[step] = Status.DONE.value
        done_on[step] = changed[step] = fam["exit_date"]
        reasons.pop(step, None)
    else:
        return
    fam["exit_mode"] = _EXIT_MODES[fam["id"] % len(_EXIT_MODES)].value


_APPOINTMENT_HOURS = (9, 9, 10, 10, 11, 13, 14, 15)
_ACCOMPANIED = ("", "", "Admin buddy", "Interpreter", "Social worker")


def _appointment(rng: random.Random, rows: dict[str, list[dict[str, Any]]], fam: dict[str, Any],
                 statuses: dict[str, str], worker_id: int, now: dt.datetime, today: dt.date) -> None:
    """One appointment in the coming two weeks for a step under way (weekdays, office hours)."""
    open_steps = [step for sid, _t, _r, step, _d in _plan(cl.region_of(fam["destination_nis"]))
                  if statuses[sid] in (Status.IN_PROGRESS.value, Status.WAITING.value) and step.service]
    if not open_steps:
        return
    step = rng.choice(open_steps)
    day = today + dt.timedelta(days=rng.randint(0, 13))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    start = dt.datetime.combine(day, dt.time(rng.choice(_APPOINTMENT_HOURS), rng.choice((0, 30))))
    town = directory.municipality(fam["destination_nis"]) if fam["destination_nis"] else None
    place = ""
    if town is not None and step.service == "cpas":
        place = town.cpas_name()
    elif town is not None and step.service == "municipality":
        place = town.name()
    rows["appointment"].append({
        "family_id": fam["id"], "title": step.title, "starts_at": start, "ends_at": start + dt.timedelta(hours=1),
        "place": place, "bring": list(step.documents[:3]), "accompanied_by": rng.choice(_ACCOMPANIED),
        "step_id": step.id, "created_by_id": worker_id, "created_at": now, "updated_at": now, "version": 1})


_TEN = dt.time(10)


# --------------------------------------------------------------------------- accounts to try every role


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    full_name: str
    password: str  # generated; shown once by the ``demo`` command, never stored in clear or logged


BUDDY_FAMILIES = 5


def create_demo_accounts(db: Database, actor: Any, seed: int = 2026) -> list[DemoAccount]:
    """Passwords for a demo social worker, a new admin buddy (with families of that worker assigned)
    and a second coordinator, so every role can be tried.  Only accounts that do not exist yet (or
    have no password yet) are made: returns what was created, for the ``demo`` command to print once."""
    from transition_app.access.passwords import hash_password
    from transition_app.services.audit import AuditAction, record
    from transition_app.services.auth import generate_password
    from transition_app.store.models import BuddyAssignment

    pop = population()
    rng = random.Random(seed + 1)
    made: list[DemoAccount] = []
    with db.session() as s:
        in_transition = (select(func.count(Family.id)).where(Family.worker_id == Worker.id,
                                                             Family.status == enums.FamilyStatus.TRANSITION)
                         .correlate(Worker).scalar_subquery())
        worker = s.scalar(select(Worker).where(Worker.role == enums.Role.SOCIAL_WORKER, Worker.active.is_(True),
                                               Worker.centre_id.is_not(None))
                          .order_by(in_transition.desc(), Worker.id).limit(1))  # the busiest: most to try
        if worker is None:
            return made
        taken = set(s.scalars(select(Worker.username)))
        names = [(g, f) for g in pop["staff_given"] for f in pop["staff_family"]
                 if f"{g.lower()}.{f.lower()}" not in taken]
        rng.shuffle(names)
        feminine = set(pop["staff_feminine"])

        def password_for(w: Worker) -> None:
            password = generate_password()
            w.password_hash = hash_password(password)
            made.append(DemoAccount(w.username, w.role, w.full_name, password))

        if not worker.password_hash:
            password_for(worker)
            record(s, actor, AuditAction.PASSWORD_CHANGE, user_id=worker.id, reset=True)
        for role, title in ((enums.Role.ADMIN_BUDDY, "volunteer"), (enums.Role.COORDINATOR, "coordinator")):
            if s.scalar(select(Worker.id).where(Worker.role == role, Worker.password_hash.is_not(None),
                                                Worker.username.like("demo.%"))):
                continue
            given, family = names.pop()
            username = f"demo.{given.lower()}.{family.lower()}"
            w = Worker(username=username, full_name=f"{given} {family}", role=role, active=True,
                       centre_id=worker.centre_id if role == enums.Role.ADMIN_BUDDY else None, job_title=title,
                       job_title_form="f" if given in feminine else "m", email=f"{username}@example.org")
            s.add(w)
            s.flush()
            password_for(w)
            record(s, actor, AuditAction.USER_CREATE, user_id=w.id, role=role, centre_id=w.centre_id)
            if role == enums.Role.ADMIN_BUDDY:
                families = list(s.scalars(select(Family.id).where(
                    Family.worker_id == worker.id, Family.status == enums.FamilyStatus.TRANSITION)
                    .order_by(Family.id).limit(BUDDY_FAMILIES)))
                for family_id in families:
                    s.add(BuddyAssignment(family_id=family_id, buddy_id=w.id, assigned_by_id=worker.id))
                    s.flush()
                    record(s, actor, AuditAction.BUDDY_ASSIGN, family_id, buddy_id=w.id)
    return made
