from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from transition_app.assets import resource_path
from transition_app.domain.deadlines import (
    CaseDates,
    Deadline,
    Extension,
    a_card_renewal,
    address_declaration,
    b_card_eligibility,
    compute_deadlines,
    family_reunification,
    integration_income_decision,
    integration_path,
    reception_exit,
    rental_guarantee,
    resident_choice,
    transition_interview,
)
from transition_app.domain.rules import load_rules

TODAY = date(2026, 1, 15)


def case(**kw: object) -> CaseDates:
    kw.setdefault("today", TODAY)
    return CaseDates(**kw)  # type: ignore[arg-type]


# --------------------------------------------------------------- reception exit


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        (date(2025, 1, 31), date(2025, 3, 31)),
        (date(2024, 12, 31), date(2025, 2, 28)),
        (date(2023, 12, 31), date(2024, 2, 29)),  # leap year
        (date(2025, 6, 15), date(2025, 8, 15)),
    ],
)
def test_reception_exit_is_decision_plus_two_months(decision: date, expected: date) -> None:
    d = reception_exit(case(decision_date=decision))
    assert d.due == expected
    assert d.problem is None
    assert d.rule_id == "reception_exit_2020" and d.rule_version == date(2020, 4, 10)
    assert "2 months" in d.explanation and "No extension recorded" in d.explanation


def test_reception_exit_with_extensions() -> None:
    one = (Extension(1, "no housing found yet", date(2025, 3, 20)),)
    d = reception_exit(case(decision_date=date(2025, 1, 31), extensions=one))
    assert d.due == date(2025, 4, 30)
    assert d.problem is None
    assert "no housing found yet" in d.explanation and "30 April 2025" in d.explanation
    two = one + (Extension(1, "lease starts later", date(2025, 4, 20)),)
    assert reception_exit(case(decision_date=date(2025, 1, 31), extensions=two)).due == date(2025, 5, 31)


def test_reception_exit_extension_above_maximum_is_flagged_but_counted() -> None:
    ext = (Extension(2, "medical", date(2025, 3, 1)), Extension(1, "housing", date(2025, 5, 1)))
    d = reception_exit(case(decision_date=date(2025, 1, 31), extensions=ext))
    assert d.due == date(2025, 6, 30)
    assert d.problem is not None and "maximum of 2 months" in d.problem


def test_reception_exit_extension_without_reason_or_length() -> None:
    d = reception_exit(
        case(decision_date=date(2025, 1, 31), extensions=(Extension(0, " ", date(2025, 3, 1)),))
    )
    assert d.problem is not None
    assert "zero or fewer months" in d.problem and "no reason" in d.problem


def test_reception_exit_missing_and_future_decision() -> None:
    missing = reception_exit(case())
    assert missing.due is None and missing.problem == "The decision date is missing."
    future = reception_exit(case(today=date(2025, 1, 1), decision_date=date(2025, 3, 1)))
    assert future.due == date(2025, 5, 1)
    assert future.problem is not None and "after today" in future.problem


def _rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(resource_path("rules"), target)
    return target


def test_numbers_come_from_the_rule_data(tmp_path: Path) -> None:
    folder = _rules_copy(tmp_path)
    path = folder / "reception.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("      months: 2\n", "      months: 3\n", 1).replace(
            "counted_from: decision", "counted_from: notification"
        ),
        encoding="utf-8",
    )
    rules = load_rules(folder)
    c = case(decision_date=date(2025, 1, 31), notification_date=date(2025, 2, 3))
    assert reception_exit(c).due == date(2025, 3, 31)
    assert reception_exit(c, rules).due == date(2025, 5, 3)


# --------------------------------------------------------------- transition interview and choice


def test_transition_interview_skips_ascension() -> None:
    d = transition_interview(case(decision_date=date(2025, 5, 27), notification_date=date(2025, 5, 28)))
    assert d.due == date(2025, 6, 3)
    assert d.problem is None


def test_transition_interview_falls_back_to_decision_date() -> None:
    d = transition_interview(case(decision_date=date(2025, 7, 17)))  # Thu; Mon 21 July is a holiday
    assert d.due == date(2025, 7, 23)
    assert d.problem is not None and "notification date is missing" in d.problem


def test_resident_choice_counts_from_the_interview() -> None:
    d = resident_choice(case(decision_date=date(2025, 7, 10), transition_interview_date=date(2025, 7, 18)))
    assert d.due == date(2025, 7, 24)  # Mon 21 July (National Day) skipped
    assert "the day of the transition interview" in d.explanation


def test_resident_choice_without_interview_uses_its_last_day() -> None:
    c = case(decision_date=date(2025, 5, 27), notification_date=date(2025, 5, 28))
    assert resident_choice(c).due == date(2025, 6, 6)  # interview by 3 June, then 3 working days


# --------------------------------------------------------------- family reunification


def test_refugee_decided_before_18_august_2025_keeps_12_months() -> None:
    d = family_reunification(case(status_type="refugee", decision_date=date(2025, 8, 17)))
    assert d.due == date(2026, 8, 17)
    assert d.window_start == date(2025, 8, 17)
    assert d.rule_id == "family_reunification_refugee_2011"
    assert "before 18 August 2025" in d.explanation and "12 months" in d.explanation
    assert "17 August 2026" in d.explanation


def test_refugee_decided_from_18_august_2025_has_6_months() -> None:
    d = family_reunification(case(status_type="refugee", decision_date=date(2025, 8, 18)))
    assert d.due == date(2026, 2, 18)
    assert d.rule_id == "family_reunification_refugee_2025"
    assert d.rule_version == date(2025, 8, 18)
    assert "on or after 18 August 2025" in d.explanation and "6 months" in d.explanation


def test_refugee_6_months_clamps_to_month_end() -> None:
    assert family_reunification(case(status_type="refugee", decision_date=date(2025, 8, 31))).due == date(
        2026, 2, 28
    )


def test_refugee_leap_day_decision() -> None:
    assert family_reunification(case(status_type="refugee", decision_date=date(2024, 2, 29))).due == date(
        2025, 2, 28
    )


def test_subsidiary_from_18_august_2025_has_no_window_and_waits_two_years() -> None:
    d = family_reunification(case(status_type="subsidiary", decision_date=date(2025, 8, 18)))
    assert d.due is None
    assert d.window_start == date(2027, 8, 18)
    assert d.problem is None
    assert "no period with easier conditions" in d.explanation and "18 August 2027" in d.explanation


def test_subsidiary_before_18_august_2025_keeps_old_window() -> None:
    d = family_reunification(case(status_type="subsidiary", decision_date=date(2025, 8, 17)))
    assert d.due == date(2026, 8, 17)
    assert d.window_start == date(2025, 8, 17)
    assert d.rule_id == "family_reunification_subsidiary_2011"


def test_family_reunification_missing_inputs_and_future_decision() -> None:
    assert "protection status" in (family_reunification(case(decision_date=date(2025, 9, 1))).problem or "")
    assert "decision date" in (family_reunification(case(status_type="refugee")).problem or "")
    future = family_reunification(
        case(today=date(2025, 9, 1), status_type="refugee", decision_date=date(2025, 10, 1))
    )
    assert future.due == date(2026, 4, 1) and "after today" in (future.problem or "")


def test_decision_before_any_rule_version() -> None:
    d = family_reunification(case(status_type="refugee", decision_date=date(2010, 1, 1)))
    assert d.due is None and d.problem is not None and "No rule applies" in d.problem


# --------------------------------------------------------------- CPAS


def test_rental_guarantee_before_recorded_exit() -> None:
    d = rental_guarantee(case(decision_date=date(2025, 1, 31), exit_date=date(2025, 4, 15)))
    assert d.due == date(2025, 4, 15)
    assert "new home" in d.explanation and "15 April 2025" in d.explanation


def test_rental_guarantee_uses_computed_exit_when_not_recorded() -> None:
    ext = (Extension(1, "housing", date(2025, 3, 1)),)
    d = rental_guarantee(case(decision_date=date(2025, 1, 31), extensions=ext))
    assert d.due == date(2025, 4, 30)
    assert "no exit date recorded" in d.explanation
    assert rental_guarantee(case()).problem is not None


def test_integration_income_decision_within_30_days() -> None:
    d = integration_income_decision(case(ri_request_date=date(2025, 4, 1)))
    assert d.due == date(2025, 5, 1)
    assert "5 days" in d.explanation
    assert integration_income_decision(case()).due is None
    future = integration_income_decision(case(today=date(2025, 3, 1), ri_request_date=date(2025, 4, 1)))
    assert "after today" in (future.problem or "")


# --------------------------------------------------------------- residence


def test_address_declaration_skips_christmas_and_new_year() -> None:
    d = address_declaration(case(move_in_date=date(2025, 12, 19)))
    assert d.due == date(2026, 1, 2)
    assert "8 working days" in d.explanation and "15 days" in d.explanation
    assert address_declaration(case()).problem == "The moving-in date is missing."


def test_planned_move_in_the_future_is_not_a_problem() -> None:
    assert address_declaration(case(move_in_date=date(2026, 3, 2))).problem is None


def test_a_card_renewal_window() -> None:
    d = a_card_renewal(case(a_card_expiry=date(2026, 3, 15)))
    assert (d.window_start, d.due) == (date(2026, 1, 29), date(2026, 2, 13))
    assert d.problem is None
    leap = a_card_renewal(case(a_card_expiry=date(2028, 3, 15)))
    assert (leap.window_start, leap.due) == (date(2028, 1, 30), date(2028, 2, 14))
    expired = a_card_renewal(case(a_card_expiry=date(2026, 1, 10)))
    assert "Annex 15" in (expired.problem or "")


def test_b_card_after_five_years() -> None:
    assert b_card_eligibility(case(asylum_application_date=date(2021, 3, 10))).due == date(2026, 3, 10)
    assert b_card_eligibility(case(asylum_application_date=date(2020, 2, 29))).due == date(2025, 2, 28)


# --------------------------------------------------------------- integration


def test_integration_brussels_register_and_complete() -> None:
    out = integration_path(case(region="brussels", residence_title_date=date(2025, 2, 28)))
    assert [(d.key, d.due) for d in out] == [
        ("integration.register", date(2025, 8, 28)),
        ("integration.complete", date(2026, 8, 28)),
    ]
    assert "BAPA" in out[0].explanation


def test_integration_wallonia_complete_only() -> None:
    out = integration_path(case(region="wallonia", residence_title_date=date(2025, 1, 31)))
    assert [(d.key, d.due) for d in out] == [("integration.complete", date(2026, 7, 31))]


def test_integration_flanders_is_an_open_obligation() -> None:
    (d,) = integration_path(case(region="flanders", residence_title_date=date(2025, 1, 31)))
    assert d.key == "integration.obligation" and d.due is None and d.problem is None
    assert "stays open" in d.explanation


def test_integration_german_speaking_is_marked_unverified() -> None:
    (d,) = integration_path(case(region="german_speaking", residence_title_date=date(2025, 1, 31)))
    assert d.due is None and "not verified" in d.explanation
    assert "complete_months" in d.uncertain


def test_integration_missing_region_or_title_and_old_title() -> None:
    (no_region,) = integration_path(case(residence_title_date=date(2025, 1, 31)))
    assert no_region.problem is not None and "region" in no_region.problem
    (no_title,) = integration_path(case(region="brussels"))
    assert no_title.problem == "The residence title date is missing."
    (too_old,) = integration_path(case(region="brussels", residence_title_date=date(2022, 5, 31)))
    assert too_old.due is None and "No rule applies" in (too_old.problem or "")


# --------------------------------------------------------------- all together

FULL = CaseDates(
    today=TODAY,
    status_type="refugee",
    asylum_application_date=date(2024, 5, 2),
    decision_date=date(2025, 9, 1),
    notification_date=date(2025, 9, 3),
    extensions=(Extension(1, "no housing found yet", date(2025, 10, 20)),),
    move_in_date=date(2025, 12, 1),
    a_card_expiry=date(2029, 5, 2),
    residence_title_date=date(2025, 9, 20),
    ri_request_date=date(2025, 11, 10),
    region="brussels",
)


def test_compute_deadlines_full_case() -> None:
    deadlines = compute_deadlines(FULL)
    by_key = {d.key: d for d in deadlines}
    assert list(by_key) == [
        "reception.transition_interview",
        "reception.resident_choice",
        "reception.exit",
        "cpas.rental_guarantee",
        "residence.address_declaration",
        "cpas.integration_income",
        "family_reunification",
        "residence.a_card_renewal",
        "residence.b_card",
        "integration.register",
        "integration.complete",
    ]
    assert by_key["reception.exit"].due == date(2025, 12, 1)
    assert by_key["family_reunification"].due == date(2026, 3, 1)
    for d in deadlines:
        assert isinstance(d, Deadline)
        assert d.problem is None, d
        assert d.due is not None and d.rule_id and d.source
        assert "{" not in d.explanation and "}" not in d.explanation


def test_compute_deadlines_empty_case_reports_problems_without_crashing() -> None:
    deadlines = compute_deadlines(CaseDates(today=TODAY))
    assert deadlines and all(d.due is None and d.problem for d in deadlines)


def test_days_left() -> None:
    d = reception_exit(replace(FULL, extensions=()))
    assert d.due == date(2025, 11, 1)
    assert d.days_left(date(2025, 10, 30)) == 2
    assert d.days_left(date(2025, 11, 3)) == -2


def test_accepts_the_case_file_enum_for_status() -> None:
    from transition_app.domain.enums import ProtectionType

    d = family_reunification(case(status_type=ProtectionType.SUBSIDIARY, decision_date=date(2025, 9, 1)))
    assert d.rule_id == "family_reunification_subsidiary_2025" and d.window_start == date(2027, 9, 1)
