"""Checklist templates (data) and the per-family checklist logic.  Pure, Qt-free.

A :class:`Template` (``resources/checklists/*.yaml``) groups :class:`StepTemplate` s in
tracks.  Steps may be limited to some regions (the region of the municipality the
family moves to).  A family's checklist is a tuple of :class:`StepState`; the
functions here plan it for a region, re-plan it when the municipality changes,
tell which steps are not yet possible and compute due dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from transition_app.assets import resource_path
from transition_app.domain.deadlines import (
    DEADLINE_KEYS,
    REGIONS,
    CaseDates,
    Deadline,
    deadline_for,
    reception_exit,
)
from transition_app.domain.rules import (
    DataFileError,
    Path_,
    RuleSet,
    line_of,
    load_yaml_with_lines,
    validate,
)
from transition_app.domain.text import fold
from transition_app.domain.workdays import add_days, add_months, add_working_days

ACTORS = ("worker", "family", "buddy", "authority")
SERVICES = (
    "reception_centre",
    "cgrs",
    "immigration_office",
    "municipality",
    "police",
    "cpas_of_residence",
    "cpas_of_new_dwelling",
    "mutual_fund",
    "bank",
    "landlord",
    "integration_agency",
    "employment_agency",
    "child_benefit_fund",
    "school",
    "belgian_embassy",
    "doctor",
    "ngo",
)
FIXED_ANCHORS = ("decision_notification", "decision", "exit_date", "move_in", "residence_title")
CUSTOM_PREFIX = "custom:"

_STEP_ID = r"^[a-z0-9_]+(\.[a-z0-9_]+)*$"
_TEXT = {"type": "string", "minLength": 1}
_OFFSET = {"type": "integer"}

TEMPLATE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "version", "title", "regions", "tracks"],
    "properties": {
        "id": {"type": "string", "pattern": r"^[a-z0-9_]+$"},
        "version": {"type": "integer", "minimum": 1},
        "title": _TEXT,
        "regions": {"type": "array", "items": {"enum": list(REGIONS)}, "minItems": 1, "uniqueItems": True},
        "tracks": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "title", "steps"],
                "properties": {
                    "id": {"type": "string", "pattern": r"^[a-z0-9_]+$"},
                    "title": _TEXT,
                    "steps": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/step"}},
                },
            },
        },
    },
    "$defs": {
        "step": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "title", "explanation", "actors", "service"],
            "properties": {
                "id": {"type": "string", "pattern": _STEP_ID},
                "title": _TEXT,
                "explanation": _TEXT,
                "documents": {"type": "array", "items": _TEXT},
                "actors": {
                    "type": "array",
                    "items": {"enum": list(ACTORS)},
                    "minItems": 1,
                    "uniqueItems": True,
                },
                "service": {"enum": list(SERVICES)},
                "depends_on": {
                    "type": "array",
                    "items": {"type": "string", "pattern": _STEP_ID},
                    "uniqueItems": True,
                },
                "due": {"$ref": "#/$defs/due"},
                "regions": {
                    "type": "array",
                    "items": {"enum": list(REGIONS)},
                    "minItems": 1,
                    "uniqueItems": True,
                },
                "uncertain": _TEXT,
            },
        },
        "due": {
            "oneOf": [
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["deadline"],
                    "properties": {"deadline": {"enum": list(DEADLINE_KEYS)}},
                },
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["anchor"],
                    "properties": {
                        "anchor": {
                            "anyOf": [
                                {"enum": list(FIXED_ANCHORS)},
                                {"type": "string", "pattern": r"^step:[a-z0-9_]+(\.[a-z0-9_]+)*$"},
                            ]
                        },
                        "months": _OFFSET,
                        "days": _OFFSET,
                        "working_days": _OFFSET,
                    },
                },
            ]
        },
    },
}


# --------------------------------------------------------------------------- template model


@dataclass(frozen=True)
class DueRule:
    """When a step is due: a computed deadline (``deadline``) or ``anchor`` + offset."""

    anchor: str | None = None
    months: int = 0
    days: int = 0
    working_days: int = 0
    deadline: str | None = None  # key of a deadline computed from resources/rules

    @property
    def anchor_step(self) -> str | None:
        return self.anchor[len("step:") :] if self.anchor and self.anchor.startswith("step:") else None


@dataclass(frozen=True)
class StepTemplate:
    id: str
    title: str
    explanation: str
    actors: tuple[str, ...]
    service: str | None
    documents: tuple[str, ...] = ()
    depends_on: tuple[str, ...] = ()
    due: DueRule | None = None
    regions: frozenset[str] | None = None  # None = every region of the template
    uncertain: str = ""
    track: str = ""
    line: int = 0

    @property
    def is_custom(self) -> bool:
        return self.id.startswith(CUSTOM_PREFIX)

    def applies_to(self, region: str) -> bool:
        return self.regions is None or region in self.regions


@dataclass(frozen=True)
class Track:
    id: str
    title: str
    steps: tuple[StepTemplate, ...]


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: str
    regions: tuple[str, ...]
    tracks: tuple[Track, ...]
    file: str = ""

    @property
    def steps(self) -> tuple[StepTemplate, ...]:
        return tuple(s for t in self.tracks for s in t.steps)

    def step(self, step_id: str) -> StepTemplate:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(f"template {self.id} has no step {step_id!r}")


# --------------------------------------------------------------------------- loading


def _text(value: str) -> str:
    return " ".join(value.split())


def _build_step(raw: dict[str, Any], track: str, line: int) -> StepTemplate:
    due_raw = raw.get("due")
    due = None
    if due_raw is not None:
        due = DueRule(
            anchor=due_raw.get("anchor"),
            months=due_raw.get("months", 0),
            days=due_raw.get("days", 0),
            working_days=due_raw.get("working_days", 0),
            deadline=due_raw.get("deadline"),
        )
    return StepTemplate(
        id=raw["id"],
        title=_text(raw["title"]),
        explanation=_text(raw["explanation"]),
        actors=tuple(raw["actors"]),
        service=raw["service"],
        documents=tuple(_text(d) for d in raw.get("documents", ())),
        depends_on=tuple(raw.get("depends_on", ())),
        due=due,
        regions=frozenset(raw["regions"]) if "regions" in raw else None,
        uncertain=_text(raw.get("uncertain", "")),
        track=track,
        line=line,
    )


def _check_graph(
    template: Template, path: Path, where: Mapping[str, Path_], lines: Mapping[Path_, int]
) -> None:
    steps = {s.id: s for s in template.steps}
    for step in template.steps:
        base = where[step.id]
        if step.regions is not None and not step.regions <= set(template.regions):
            raise DataFileError(
                path,
                line_of(lines, base + ("regions",)),
                f"step {step.id}: regions not listed in the template's regions",
            )
        refs = [(dep, base + ("depends_on", i)) for i, dep in enumerate(step.depends_on)]
        if step.due is not None and step.due.anchor_step:
            refs.append((step.due.anchor_step, base + ("due", "anchor")))
        for dep, dep_where in refs:
            line = line_of(lines, dep_where)
            if dep == step.id:
                raise DataFileError(path, line, f"step {step.id} refers to itself")
            if dep not in steps:
                raise DataFileError(path, line, f"step {step.id}: unknown step {dep!r}")
            for region in template.regions:
                if step.applies_to(region) and not steps[dep].applies_to(region):
                    raise DataFileError(
                        path, line, f"step {step.id} needs {dep!r}, which does not exist in region {region!r}"
                    )
    # cycles (depth-first search with colours)
    state: dict[str, int] = {}

    def visit(sid: str, trail: list[str]) -> None:
        state[sid] = 1
        for dep in steps[sid].depends_on:
            if state.get(dep) == 1:
                cycle = " -> ".join(trail[trail.index(dep) :] + [dep]) if dep in trail else dep
                raise DataFileError(
                    path, line_of(lines, where[sid] + ("depends_on",)), f"dependency cycle: {cycle}"
                )
            if dep not in state:
                visit(dep, trail + [dep])
        state[sid] = 2

    for sid in steps:
        if sid not in state:
            visit(sid, [sid])


def load_template(path: Path) -> Template:
    """Load and validate one template file; :class:`DataFileError` names the file and line."""
    data, lines = load_yaml_with_lines(path)
    validate(data, TEMPLATE_SCHEMA, path, lines)
    tracks: list[Track] = []
    where: dict[str, Path_] = {}
    for ti, raw_track in enumerate(data["tracks"]):
        steps = []
        for si, raw_step in enumerate(raw_track["steps"]):
            loc: Path_ = ("tracks", ti, "steps", si)
            if raw_step["id"] in where:
                raise DataFileError(
                    path, line_of(lines, loc + ("id",)), f"duplicate step id {raw_step['id']!r}"
                )
            where[raw_step["id"]] = loc
            steps.append(_build_step(raw_step, raw_track["id"], line_of(lines, loc) or 0))
        tracks.append(Track(raw_track["id"], _text(raw_track["title"]), tuple(steps)))
    template = Template(
        id=data["id"],
        version=data["version"],
        title=_text(data["title"]),
        regions=tuple(data["regions"]),
        tracks=tuple(tracks),
        file=str(path),
    )
    _check_graph(template, path, where, lines)
    return template


@cache
def shipped_templates() -> Mapping[str, Template]:
    """Every template under ``resources/checklists``, by id (loaded once)."""
    out: dict[str, Template] = {}
    for path in sorted(resource_path("checklists").glob("*.yaml")):
        template = load_template(path)
        if template.id in out:
            raise DataFileError(
                path, 1, f"template id {template.id!r} already used by {out[template.id].file}"
            )
        out[template.id] = template
    return out


def default_template() -> Template:
    """The shipped exit-support template."""
    return shipped_templates()["exit_support"]


def plan_for_region(template: Template, region: str) -> tuple[StepTemplate, ...]:
    """The template's steps that apply in ``region``, in template order."""
    if region not in template.regions:
        raise ValueError(f"template {template.id} has no variant for region {region!r}")
    return tuple(s for s in template.steps if s.applies_to(region))


# --------------------------------------------------------------------------- per-family state


class Status(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    BLOCKED = "blocked"


SATISFIED = frozenset({Status.DONE, Status.NOT_APPLICABLE})


@dataclass(frozen=True)
class StepState:
    """One step of one family's checklist."""

    step_id: str
    status: Status = Status.TODO
    reason: str = ""  # required when BLOCKED
    done_on: date | None = None
    note: str = ""
    region: str | None = None  # the region variant the step was planned for (None: all regions)
    from_previous_region: bool = False  # kept after a re-plan although it is not part of the new region
    custom: StepTemplate | None = None  # definition of a step added by hand

    def __post_init__(self) -> None:
        if self.status is Status.BLOCKED and not self.reason.strip():
            raise ValueError(f"step {self.step_id}: a blocked step needs a reason")
        if self.step_id.startswith(CUSTOM_PREFIX) != (self.custom is not None):
            raise ValueError(f"step {self.step_id}: only 'custom:' steps carry their own definition")
        if self.custom is not None and self.custom.id != self.step_id:
            raise ValueError(f"step {self.step_id}: definition id {self.custom.id!r} differs")


class Availability(StrEnum):
    POSSIBLE = "possible"
    NOT_YET_POSSIBLE = "not_yet_possible"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class StepAvailability:
    step_id: str
    availability: Availability
    waiting_for: tuple[str, ...] = ()  # dependencies not done yet
    reason: str = ""


@dataclass(frozen=True)
class ReplanResult:
    states: tuple[StepState, ...]
    notes: tuple[str, ...]  # human-readable, English
    kept_from_previous_region: tuple[str, ...]
    dropped: tuple[str, ...]
    added: tuple[str, ...]


def definition(state: StepState, template: Template) -> StepTemplate:
    """The step definition of a state (its own for custom steps, else the template's)."""
    return state.custom if state.custom is not None else template.step(state.step_id)


def initial_states(template: Template, region: str) -> tuple[StepState, ...]:
    """A fresh checklist for ``region``: every applicable step, to do."""
    return replan((), template, region).states


def replan(existing_states: Sequence[StepState], template: Template, new_region: str) -> ReplanResult:
    """Plan the checklist for ``new_region`` keeping what was already done.

    * Steps of the new plan keep their existing state (or start as to do).
    * Done and in-progress steps that are not part of the new region are kept and
      marked ``from_previous_region``; other steps of the old region are dropped.
    * Custom steps (``custom:`` ids) always survive.
    """
    plan = plan_for_region(template, new_region)
    by_id = {s.step_id: s for s in existing_states}
    planned_ids = {s.id for s in plan}
    out: list[StepState] = []
    added: list[str] = []
    for step in plan:
        region = new_region if step.regions is not None else None
        old = by_id.get(step.id)
        if old is None:
            out.append(StepState(step.id, region=region))
            added.append(step.id)
        else:
            out.append(replace(old, region=region, from_previous_region=False))
    kept: list[str] = []
    dropped: list[str] = []
    notes: list[str] = []
    for old in existing_states:
        if old.step_id in planned_ids:
            continue
        if old.custom is not None:
            out.append(old)
        elif old.status in (Status.DONE, Status.IN_PROGRESS):
            out.append(replace(old, from_previous_region=True))
            kept.append(old.step_id)
            previous = f"the {old.region} region" if old.region else "the previous plan"
            notes.append(
                f"Step {old.step_id!r} ({old.status.value}) belongs to {previous}, not to "
                f"{new_region}: kept and marked as from the previous region."
            )
        else:
            dropped.append(old.step_id)
    return ReplanResult(tuple(out), tuple(notes), tuple(kept), tuple(dropped), tuple(added))


def availability(states: Sequence[StepState], template: Template) -> dict[str, StepAvailability]:
    """For every step: done / not applicable / blocked, or possible vs. not yet possible.

    A dependency counts as met when that step is done or not applicable; a
    dependency missing from ``states`` is not met.
    """
    status = {s.step_id: s.status for s in states}
    out: dict[str, StepAvailability] = {}
    for state in states:
        if state.status is Status.DONE:
            out[state.step_id] = StepAvailability(state.step_id, Availability.DONE)
        elif state.status is Status.NOT_APPLICABLE:
            out[state.step_id] = StepAvailability(state.step_id, Availability.NOT_APPLICABLE)
        elif state.status is Status.BLOCKED:
            out[state.step_id] = StepAvailability(state.step_id, Availability.BLOCKED, reason=state.reason)
        else:
            try:
                deps = definition(state, template).depends_on
            except KeyError:  # kept step whose definition left the template
                deps = ()
            waiting = tuple(d for d in deps if status.get(d) not in SATISFIED)
            kind = Availability.NOT_YET_POSSIBLE if waiting else Availability.POSSIBLE
            out[state.step_id] = StepAvailability(state.step_id, kind, waiting_for=waiting)
    return out


def set_status(
    states: Sequence[StepState], step_id: str, status: Status, *, on: date | None = None, reason: str = ""
) -> tuple[StepState, ...]:
    """A copy of ``states`` with one step's status changed (``on`` = day it was done)."""
    if step_id not in {s.step_id for s in states}:
        raise KeyError(f"no step {step_id!r} in this checklist")
    return tuple(
        replace(
            s,
            status=status,
            reason=reason if status is Status.BLOCKED else "",
            done_on=on if status is Status.DONE else None,
        )
        if s.step_id == step_id
        else s
        for s in states
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_") or "step"


def add_custom_step(
    states: Sequence[StepState],
    title: str,
    *,
    explanation: str = "",
    actors: Iterable[str] = ("worker",),
    service: str | None = None,
    documents: Iterable[str] = (),
    depends_on: Iterable[str] = (),
    due: DueRule | None = None,
) -> tuple[StepState, ...]:
    """Add a step by hand for one family; its id is ``custom:<slug of the title>`` (made unique)."""
    if not title.strip():
        raise ValueError("a custom step needs a title")
    actors_t = tuple(actors)
    if not actors_t or any(a not in ACTORS for a in actors_t):
        raise ValueError(f"actors must be among {ACTORS}")
    if service is not None and service not in SERVICES:
        raise ValueError(f"unknown service {service!r}")
    known = {s.step_id for s in states}
    deps = tuple(depends_on)
    unknown = [d for d in deps if d not in known]
    if unknown:
        raise ValueError(f"unknown dependencies {unknown}")
    base = CUSTOM_PREFIX + _slug(title)
    step_id, n = base, 2
    while step_id in known:
        step_id, n = f"{base}_{n}", n + 1
    step = StepTemplate(
        id=step_id,
        title=title.strip(),
        explanation=explanation.strip(),
        actors=actors_t,
        service=service,
        documents=tuple(documents),
        depends_on=deps,
        due=due,
        track="custom",
    )
    return (*states, StepState(step_id, custom=step))


# --------------------------------------------------------------------------- due dates


def _anchor_date(
    anchor: str, case: CaseDates, done_dates: Mapping[str, date], rules: RuleSet | None
) -> date | None:
    if anchor.startswith("step:"):
        return done_dates.get(anchor[len("step:") :])
    if anchor == "decision_notification":
        return case.notification_date
    if anchor == "decision":
        return case.decision_date
    if anchor == "exit_date":
        return case.exit_date or reception_exit(case, rules).due
    if anchor == "move_in":
        return case.move_in_date
    if anchor == "residence_title":
        return case.residence_title_date
    raise ValueError(f"unknown anchor {anchor!r}")


def due_date_for(
    step: StepTemplate,
    case_dates: CaseDates,
    done_dates: Mapping[str, date],
    deadlines: Sequence[Deadline] | None = None,
    rules: RuleSet | None = None,
) -> date | None:
    """Due date of ``step`` for this case, or ``None`` when it has none or a date is missing.

    ``done_dates`` maps step ids to the day they were done (anchors ``step:<id>``);
    pass precomputed ``deadlines`` to avoid recomputing them for every step, and
    ``rules`` to use another rule set than the shipped one.
    """
    rule = step.due
    if rule is None:
        return None
    if rule.deadline is not None:
        found = deadline_for(rule.deadline, case_dates, rules, computed=deadlines)
        return found.due if found is not None else None
    assert rule.anchor is not None
    start = _anchor_date(rule.anchor, case_dates, done_dates, rules)
    if start is None:
        return None
    return add_working_days(add_days(add_months(start, rule.months), rule.days), rule.working_days)


def done_dates(states: Iterable[StepState]) -> dict[str, date]:
    """``step id -> day done`` for the done steps that have a date."""
    return {s.step_id: s.done_on for s in states if s.status is Status.DONE and s.done_on is not None}
