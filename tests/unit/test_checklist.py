from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from transition_app.assets import resource_path
from transition_app.domain.checklist import (
    Availability,
    DueRule,
    Status,
    StepState,
    StepTemplate,
    add_custom_step,
    availability,
    default_template,
    done_dates,
    due_date_for,
    initial_states,
    load_template,
    plan_for_region,
    replan,
    set_status,
    shipped_templates,
)
from transition_app.domain.deadlines import CaseDates, compute_deadlines
from transition_app.domain.rules import DataFileError

REGIONS = ("flanders", "brussels", "wallonia", "german_speaking")


# --------------------------------------------------------------- template data


def test_every_shipped_template_loads() -> None:
    files = sorted(resource_path("checklists").glob("*.yaml"))
    assert files
    for path in files:
        template = load_template(path)
        assert template.steps
    assert "exit_support" in shipped_templates()


def test_exit_support_has_the_required_tracks_and_steps() -> None:
    t = default_template()
    ids = {s.id for s in t.steps}
    required = {
        "residence.municipality_registration",
        "residence.police_check",
        "residence.a_card",
        "cpas.application",
        "cpas.social_inquiry",
        "cpas.integration_income",
        "cpas.rental_guarantee",
        "cpas.installation_premium",
        "family_reunification.documents",
        "family_reunification.application",
        "family_reunification.follow_up",
        "housing.search",
        "housing.visits",
        "housing.lease",
        "housing.guarantee",
        "housing.move",
        "health.mutual_fund",
        "bank.account",
        "children.school_enrolment",
        "reception.medical_file",
        "reception.exit_formalities",
    }
    assert required <= ids
    assert {tr.id for tr in t.tracks} >= {
        "residence",
        "cpas",
        "family_reunification",
        "housing",
        "integration",
    }
    for step in t.steps:
        assert step.title and step.explanation and step.actors and step.service
        assert "  " not in step.explanation


@pytest.mark.parametrize(
    ("region", "integration", "jobseeker_words"),
    [
        ("flanders", "integration.flanders", "VDAB"),
        ("brussels", "integration.brussels", "Actiris"),
        ("wallonia", "integration.wallonia", "Forem"),
        ("german_speaking", "integration.german_speaking", "ADG"),
    ],
)
def test_region_variants(region: str, integration: str, jobseeker_words: str) -> None:
    plan = plan_for_region(default_template(), region)
    ids = [s.id for s in plan]
    assert [i for i in ids if i.startswith("integration.")] == [integration]
    jobseeker = [s for s in plan if s.id.startswith("work.jobseeker.")]
    assert len(jobseeker) == 1 and jobseeker_words in jobseeker[0].title
    assert len([i for i in ids if i.startswith("children.child_benefit.")]) == 1
    assert "residence.municipality_registration" in ids  # common steps are in every plan


def test_german_speaking_variant_is_marked_uncertain() -> None:
    step = default_template().step("integration.german_speaking")
    assert step.uncertain


def test_unknown_region_is_refused() -> None:
    with pytest.raises(ValueError, match="no variant"):
        plan_for_region(default_template(), "luxembourg")


# --------------------------------------------------------------- broken templates name file and line

MINI = """\
id: mini
version: 1
title: Mini
regions: [flanders, brussels]
tracks:
  - id: one
    title: One
    steps:
      - id: a.first
        title: First
        explanation: Do the first thing.
        actors: [family]
        service: municipality
      - id: a.second
        title: Second
        explanation: Then this.
        actors: [worker]
        service: cpas_of_residence
        depends_on: [a.first]
        due: {anchor: step:a.first, working_days: 8}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_template_loads(tmp_path: Path) -> None:
    t = load_template(_write(tmp_path, MINI))
    assert t.step("a.second").due == DueRule(anchor="step:a.first", working_days=8)
    assert t.step("a.second").line == 14


def test_bad_actor_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, MINI.replace("actors: [worker]", "actors: [volunteer]"))
    with pytest.raises(DataFileError) as info:
        load_template(path)
    assert info.value.path == path and info.value.line == 17
    assert str(info.value).startswith(f"{path}:17: ")
    assert "volunteer" in str(info.value)


def test_missing_field_names_the_step_line(tmp_path: Path) -> None:
    path = _write(tmp_path, MINI.replace("        explanation: Then this.\n", ""))
    with pytest.raises(DataFileError, match=r"mini\.yaml:14: .*explanation"):
        load_template(path)


def test_unknown_dependency_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, MINI.replace("depends_on: [a.first]", "depends_on: [a.nothing]"))
    with pytest.raises(DataFileError, match=r"mini\.yaml:19: step a\.second: unknown step 'a\.nothing'"):
        load_template(path)


def test_dependency_cycle_is_refused(tmp_path: Path) -> None:
    text = MINI.replace(
        "        service: municipality\n", "        service: municipality\n        depends_on: [a.second]\n"
    )
    with pytest.raises(DataFileError, match="dependency cycle"):
        load_template(_write(tmp_path, text))


def test_dependency_missing_in_a_region_is_refused(tmp_path: Path) -> None:
    text = MINI.replace(
        "        service: municipality\n", "        service: municipality\n        regions: [flanders]\n"
    )
    with pytest.raises(DataFileError, match="does not exist in region 'brussels'"):
        load_template(_write(tmp_path, text))


def test_bad_deadline_key_and_yaml_syntax(tmp_path: Path) -> None:
    path = _write(
        tmp_path, MINI.replace("due: {anchor: step:a.first, working_days: 8}", "due: {deadline: nope}")
    )
    with pytest.raises(DataFileError, match=r"mini\.yaml:20: "):
        load_template(path)
    path.write_text(MINI.replace("title: Second", "title: [Second"), encoding="utf-8")
    with pytest.raises(DataFileError, match="YAML syntax error"):
        load_template(path)


def test_duplicate_step_id(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"mini\.yaml:14: duplicate step id 'a\.first'"):
        load_template(_write(tmp_path, MINI.replace("id: a.second", "id: a.first")))


# --------------------------------------------------------------- availability


def _status(states: tuple[StepState, ...], step_id: str) -> StepState:
    return next(s for s in states if s.step_id == step_id)


def test_dependencies_make_steps_not_yet_possible() -> None:
    t = default_template()
    states = initial_states(t, "wallonia")
    av = availability(states, t)
    assert av["reception.transition_interview"].availability is Availability.POSSIBLE
    assert av["reception.choice"].availability is Availability.NOT_YET_POSSIBLE
    assert av["reception.choice"].waiting_for == ("reception.transition_interview",)
    # CPAS only after registration at the municipality
    assert av["cpas.application"].waiting_for == ("residence.municipality_registration",)
    states = set_status(states, "reception.transition_interview", Status.DONE, on=date(2025, 9, 5))
    assert availability(states, t)["reception.choice"].availability is Availability.POSSIBLE


def test_not_applicable_dependency_counts_as_met_and_waiting_does_not() -> None:
    t = default_template()
    states = initial_states(t, "brussels")
    states = set_status(states, "family_reunification.documents", Status.WAITING)
    av = availability(states, t)
    assert av["family_reunification.application"].availability is Availability.NOT_YET_POSSIBLE
    states = set_status(states, "family_reunification.documents", Status.NOT_APPLICABLE)
    av = availability(states, t)
    assert av["family_reunification.documents"].availability is Availability.NOT_APPLICABLE
    assert av["family_reunification.application"].availability is Availability.POSSIBLE


def test_blocked_needs_a_reason() -> None:
    t = default_template()
    states = initial_states(t, "flanders")
    with pytest.raises(ValueError, match="needs a reason"):
        set_status(states, "bank.account", Status.BLOCKED)
    states = set_status(states, "bank.account", Status.BLOCKED, reason="bank refused: no passport")
    av = availability(states, t)["bank.account"]
    assert av.availability is Availability.BLOCKED and av.reason == "bank refused: no passport"
    with pytest.raises(KeyError):
        set_status(states, "nope", Status.DONE)


def test_done_dates() -> None:
    t = default_template()
    states = set_status(initial_states(t, "flanders"), "housing.move", Status.DONE, on=date(2025, 12, 19))
    assert done_dates(states) == {"housing.move": date(2025, 12, 19)}
    states = set_status(states, "housing.move", Status.IN_PROGRESS)
    assert _status(states, "housing.move").done_on is None and done_dates(states) == {}


# --------------------------------------------------------------- due dates

CASE = CaseDates(
    today=date(2026, 1, 15),
    status_type="refugee",
    decision_date=date(2025, 1, 31),
    notification_date=date(2025, 2, 3),
    move_in_date=date(2025, 12, 19),
    region="flanders",
)


def _step(due: DueRule) -> StepTemplate:
    return StepTemplate(
        id="x.y", title="t", explanation="e", actors=("family",), service="municipality", due=due
    )


def test_due_date_from_step_completion_in_working_days() -> None:
    step = _step(DueRule(anchor="step:housing.move", working_days=8))
    assert due_date_for(step, CASE, {"housing.move": date(2025, 12, 19)}) == date(2026, 1, 2)
    assert due_date_for(step, CASE, {}) is None


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (DueRule(anchor="decision", months=1), date(2025, 2, 28)),
        (DueRule(anchor="decision_notification", days=10), date(2025, 2, 13)),
        (DueRule(anchor="move_in", working_days=1), date(2025, 12, 22)),
        (DueRule(anchor="exit_date"), date(2025, 3, 31)),  # no exit date: computed end of reception
        (DueRule(anchor="residence_title", months=6), None),  # date missing
    ],
)
def test_due_date_anchors(due: DueRule, expected: date | None) -> None:
    assert due_date_for(_step(due), CASE, {}) == expected


def test_exit_anchor_prefers_recorded_exit_date() -> None:
    from dataclasses import replace

    c = replace(CASE, exit_date=date(2025, 3, 14))
    assert due_date_for(_step(DueRule(anchor="exit_date", days=-1)), c, {}) == date(2025, 3, 13)


def test_due_date_from_rule_deadlines() -> None:
    t = default_template()
    deadlines = compute_deadlines(CASE)
    assert due_date_for(t.step("reception.exit_formalities"), CASE, {}, deadlines) == date(2025, 3, 31)
    assert due_date_for(t.step("family_reunification.application"), CASE, {}) == date(2026, 1, 31)
    assert due_date_for(t.step("residence.address_declaration"), CASE, {}) == date(2026, 1, 2)
    assert due_date_for(t.step("integration.flanders"), CASE, {}) is None  # open obligation
    assert due_date_for(t.step("bank.account"), CASE, {}) is None  # no due rule


# --------------------------------------------------------------- re-planning


def test_replan_keeps_done_steps_and_marks_other_region() -> None:
    t = default_template()
    states = initial_states(t, "flanders")
    states = set_status(states, "residence.municipality_registration", Status.DONE, on=date(2025, 9, 10))
    states = set_status(states, "integration.flanders", Status.DONE, on=date(2025, 11, 3))
    states = set_status(states, "work.jobseeker.flanders", Status.IN_PROGRESS)
    states = add_custom_step(states, "Collect the winter coats from the Red Cross shop")
    result = replan(states, t, "brussels")
    new = {s.step_id: s for s in result.states}
    assert new["residence.municipality_registration"].status is Status.DONE
    assert new["residence.municipality_registration"].done_on == date(2025, 9, 10)
    assert (
        new["integration.flanders"].status is Status.DONE and new["integration.flanders"].from_previous_region
    )
    assert new["integration.flanders"].region == "flanders"
    assert new["work.jobseeker.flanders"].from_previous_region
    assert (
        "children.child_benefit.flanders" not in new and "children.child_benefit.flanders" in result.dropped
    )
    assert (
        new["integration.brussels"].status is Status.TODO and new["integration.brussels"].region == "brussels"
    )
    assert "integration.brussels" in result.added
    assert "custom:collect_the_winter_coats_from_the_red_cross_shop" in new
    assert set(result.kept_from_previous_region) == {"integration.flanders", "work.jobseeker.flanders"}
    assert any("integration.flanders" in n and "flanders" in n for n in result.notes)
    # back to Flanders: the step belongs again, the mark goes away
    back = {s.step_id: s for s in replan(result.states, t, "flanders").states}
    assert (
        back["integration.flanders"].status is Status.DONE
        and not back["integration.flanders"].from_previous_region
    )
    assert "integration.brussels" not in back


def test_replan_of_nothing_is_the_initial_plan() -> None:
    t = default_template()
    states = initial_states(t, "wallonia")
    assert [s.step_id for s in states] == [s.id for s in plan_for_region(t, "wallonia")]
    assert all(s.status is Status.TODO for s in states)


# --------------------------------------------------------------- custom steps


def test_custom_steps() -> None:
    t = default_template()
    states = initial_states(t, "flanders")
    states = add_custom_step(
        states, "Café-rencontre with the buddy", depends_on=["housing.move"], actors=["buddy"]
    )
    states = add_custom_step(states, "Café-rencontre with the buddy")
    custom = [s for s in states if s.custom is not None]
    assert [s.step_id for s in custom] == [
        "custom:cafe_rencontre_with_the_buddy",
        "custom:cafe_rencontre_with_the_buddy_2",
    ]
    av = availability(states, t)
    assert av["custom:cafe_rencontre_with_the_buddy"].waiting_for == ("housing.move",)
    assert av["custom:cafe_rencontre_with_the_buddy_2"].availability is Availability.POSSIBLE
    with pytest.raises(ValueError, match="unknown dependencies"):
        add_custom_step(states, "x", depends_on=["no.such"])
    with pytest.raises(ValueError):
        add_custom_step(states, "  ")
    with pytest.raises(ValueError, match="only 'custom:'"):
        StepState("bank.account", custom=custom[0].custom)


def test_domain_modules_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import transition_app.domain.checklist, transition_app.domain.deadlines\n"
        "import transition_app.domain.directory, transition_app.domain.rules\n"
        "import transition_app.domain.workdays\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'transition_app.ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_done_step_removed_from_template_is_kept_and_harmless() -> None:
    t = default_template()
    old = (*initial_states(t, "flanders"), StepState("residence.retired_step", Status.IN_PROGRESS))
    result = replan(old, t, "flanders")
    kept = next(s for s in result.states if s.step_id == "residence.retired_step")
    assert kept.from_previous_region and "the previous plan" in result.notes[0]
    assert availability(result.states, t)["residence.retired_step"].availability is Availability.POSSIBLE


def test_exit_steps_follow_recorded_exit_date() -> None:
    from dataclasses import replace

    t = default_template()
    c = replace(CASE, exit_date=date(2025, 3, 14))
    assert due_date_for(t.step("reception.exit_formalities"), c, {}) == date(2025, 3, 14)
    assert due_date_for(t.step("housing.move"), CASE, {}) == date(2025, 3, 31)
