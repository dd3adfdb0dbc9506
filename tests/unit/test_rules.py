from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from transition_app.domain.rules import DataFileError, NoRuleError, default_rules, load_rules, rule_for

GOOD_RULE = """\
rules:
  - id: demo_2020
    topic: demo.topic
    valid_from: 2020-01-01
    valid_until: 2024-12-31
    parameters:
      months: 2
    source: somewhere
    explanation: "Old: {months} months."
  - id: demo_2025
    topic: demo.topic
    valid_from: 2025-01-01
    parameters:
      months: 3
    source: somewhere
    explanation: "New: {months} months."
"""


def _write(tmp_path: Path, text: str, name: str = "demo.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_shipped_rules_load_and_cover_every_topic() -> None:
    rules = default_rules()
    assert {
        "reception.exit",
        "reception.transition_interview",
        "reception.resident_choice",
        "family_reunification.refugee",
        "family_reunification.subsidiary",
        "cpas.rental_guarantee",
        "cpas.integration_income",
        "residence.address_declaration",
        "residence.a_card_renewal",
        "residence.b_card",
        "integration.flanders",
        "integration.brussels",
        "integration.wallonia",
        "integration.german_speaking",
    } <= rules.topics
    for rule in rules.rules:
        assert rule.source and rule.explanation
        assert rule.file.endswith(".yaml") and rule.line > 0


def test_family_reunification_version_changes_on_18_august_2025() -> None:
    old = rule_for("family_reunification.refugee", date(2025, 8, 17))
    new = rule_for("family_reunification.refugee", date(2025, 8, 18))
    assert (old.id, old.param("favourable_months")) == ("family_reunification_refugee_2011", 12)
    assert (new.id, new.param("favourable_months")) == ("family_reunification_refugee_2025", 6)
    sp_new = rule_for("family_reunification.subsidiary", date(2025, 8, 18))
    assert sp_new.param("favourable_months") == 0 and sp_new.param("waiting_months") == 24


def test_uncertain_values_are_marked() -> None:
    assert rule_for("reception.exit", date(2025, 1, 1)).is_uncertain("max_extension_months")
    assert not rule_for("integration.brussels", date(2025, 1, 1)).is_uncertain("complete_months")


def test_versions_and_missing_rules(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_RULE)
    rules = load_rules(tmp_path)
    assert rules.rule_for("demo.topic", date(2024, 12, 31)).id == "demo_2020"
    assert rules.rule_for("demo.topic", date(2025, 1, 1)).id == "demo_2025"
    assert rules.by_id("demo_2025").param("months") == 3
    with pytest.raises(NoRuleError, match="2019-12-31"):
        rules.rule_for("demo.topic", date(2019, 12, 31))
    with pytest.raises(NoRuleError, match="no rule with topic"):
        rules.rule_for("other.topic", date(2025, 1, 1))
    with pytest.raises(KeyError, match="no parameter 'days'"):
        rules.by_id("demo_2025").param("days")


def test_explain_fills_template(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_RULE)
    rule = load_rules(tmp_path).by_id("demo_2025")
    assert rule.explain() == "New: 3 months."
    assert rule.explain(months=9) == "New: 9 months."


def test_missing_field_names_file_and_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path, GOOD_RULE.replace('    source: somewhere\n    explanation: "New', '    explanation: "New')
    )
    with pytest.raises(DataFileError) as info:
        load_rules(tmp_path)
    assert info.value.path == path
    assert info.value.line == 10  # the "- id: demo_2025" item
    assert str(info.value).startswith(f"{path}:10: ")
    assert "source" in str(info.value)


def test_bad_value_points_at_its_line(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_RULE.replace("valid_from: 2025-01-01", "valid_from: 1 Jan 2025"))
    with pytest.raises(DataFileError) as info:
        load_rules(tmp_path)
    assert info.value.line == 12
    assert "valid_from" in info.value.message


def test_impossible_date_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_RULE.replace("valid_from: 2025-01-01", "valid_from: 2025-02-30"))
    with pytest.raises(DataFileError, match=r"demo\.yaml:10: .*invalid date"):
        load_rules(tmp_path)


def test_overlapping_versions_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_RULE.replace("valid_until: 2024-12-31", "valid_until: 2025-01-01"))
    with pytest.raises(DataFileError, match="overlaps demo_2020"):
        load_rules(tmp_path)


def test_duplicate_key_and_syntax_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD_RULE.replace("      months: 3\n", "      months: 3\n      months: 4\n"))
    with pytest.raises(DataFileError, match=r"demo\.yaml:15: duplicate key 'months' \(first on line 14\)"):
        load_rules(tmp_path)
    path.write_text("rules:\n  - id: x\n    topic: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_rules(tmp_path)
    assert info.value.line is not None and info.value.line >= 3
    assert "YAML syntax error" in info.value.message


def test_uncertain_must_name_a_parameter(tmp_path: Path) -> None:
    _write(
        tmp_path,
        GOOD_RULE.replace(
            '    source: somewhere\n    explanation: "Old',
            '    uncertain: [weeks]\n    source: somewhere\n    explanation: "Old',
        ),
    )
    with pytest.raises(DataFileError, match=r"demo\.yaml:8: .*unknown parameters \['weeks'\]"):
        load_rules(tmp_path)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_RULE)
    _write(tmp_path, GOOD_RULE.replace("demo.topic", "other.topic"), name="other.yaml")
    with pytest.raises(DataFileError, match="already used"):
        load_rules(tmp_path)


def test_unknown_placeholder_stays_visible(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_RULE.replace('"New: {months} months."', '"New: {monhts} months."'))
    assert load_rules(tmp_path).by_id("demo_2025").explain() == "New: {monhts} months."
