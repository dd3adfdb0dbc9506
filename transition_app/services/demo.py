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
from transition_app.domain import enums
from transition_app.services.families import CASE_PREFIX, household_fields
from transition_app.store.database import Database
from transition_app.store.models import (
    ContactDetail,
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
                s.add(ReceptionCentre(name=c["name"], operator=c["operator"], municipality_nis=c["nis"]))
            s.flush()
            centres = list(s.scalars(select(ReceptionCentre)))
        workers = list(s.scalars(select(Worker).where(Worker.role == enums.Role.SOCIAL_WORKER)))
        if not workers:
            given, family = list(pop["staff_given"]), list(pop["staff_family"])
            rng.shuffle(given)
            rng.shuffle(family)
            for i in range(8):
                s.add(Worker(username=f"{given[i].lower()}.{family[i].lower()}",
                             full_name=f"{given[i]} {family[i]}", role=enums.Role.SOCIAL_WORKER,
                             centre_id=centres[i % len(centres)].id, active=True))
            s.flush()
            workers = list(s.scalars(select(Worker).where(Worker.role == enums.Role.SOCIAL_WORKER)))
        return [c.id for c in centres], [(w.id, w.full_name) for w in workers]


def generate_demo(db: Database, families: int, seed: int = 2026,
                  today: dt.date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Add ``families`` fictional households (with decisions, cards and contacts)."""
    rng = random.Random(seed)
    today = today or dt.date.today()
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
        rows: dict[str, list[dict[str, Any]]] = {"family": [], "person": [], "decision": [], "card": [],
                                                 "contact": []}
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
                "exit_date": None, "destination_nis": None, "created_at": now, "updated_at": now,
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
            for pos, m in enumerate(members):
                pid = next_person
                next_person += 1
                rows["person"].append({**m, "id": pid, "family_id": fid, "position": pos,
                                       "created_at": now, "updated_at": now, "version": 1})
                if decision and m["in_belgium"] and status != enums.FamilyStatus.AWAITING_DECISION:
                    rows["card"].append(_card(rng, pid, decision, now))
            head = members[0]
            if rng.random() < 0.6:
                email = f"{head['given_names'].split()[0]}.{head['family_name']}".lower()
                email = "".join(c for c in email if c.isascii() and (c.isalnum() or c in ".-"))
                rows["contact"].append({"family_id": fid, "kind": enums.ContactKind.EMAIL,
                                        "value": f"{email}{fid}@example.org", "label": None,
                                        "created_at": now, "updated_at": now, "version": 1})
        with db.session() as s:
            s.execute(insert(Family), rows["family"])
            s.execute(insert(Person), rows["person"])
            if rows["decision"]:
                s.execute(insert(ProtectionDecision), rows["decision"])
            if rows["card"]:
                s.execute(insert(ResidenceCard), rows["card"])
            if rows["contact"]:
                s.execute(insert(ContactDetail), rows["contact"])
        persons_total += len(rows["person"])
        done += n
        if progress:
            progress(done, families)
    return DemoResult(families, persons_total, len(centre_ids), len(workers))


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
