"""Deadlines of a case, computed by pure functions from its dates and the rule data.

Every number (months, days, working days) comes from the versioned rules in
``resources/rules`` (see :mod:`transition_app.domain.rules`); the version used is the
one in force on the relevant date of the case (usually the decision date).  Each
:class:`Deadline` says which rule applied and why, and carries a ``problem`` when a
date it needs is missing, in the future or inconsistent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from transition_app.domain.rules import NoRuleError, Rule, RuleSet, default_rules
from transition_app.domain.workdays import add_days, add_months, add_working_days
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

REFUGEE = "refugee"
SUBSIDIARY = "subsidiary"
REGIONS = ("flanders", "brussels", "wallonia", "german_speaking")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def fmt_date(day: date | None) -> str:
    """Locale-independent English date used inside explanations: ``31 January 2025``."""
    return "(unknown)" if day is None else f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


class Extension(NamedTuple):
    """An extension of the stay in reception, as granted."""

    months: int
    reason: str
    granted_on: date


@dataclass(frozen=True, kw_only=True)
class CaseDates:
    """The dates of one case that deadlines depend on.  ``today`` is explicit to keep functions pure."""

    today: date
    status_type: str | None = None  # "refugee" | "subsidiary"
    asylum_application_date: date | None = None
    decision_date: date | None = None
    notification_date: date | None = None
    extensions: tuple[Extension, ...] = ()
    transition_interview_date: date | None = None
    exit_date: date | None = None  # actual or planned day of leaving reception
    move_in_date: date | None = None
    a_card_expiry: date | None = None
    residence_title_date: date | None = None
    ri_request_date: date | None = None
    region: str | None = None  # "flanders" | "brussels" | "wallonia" | "german_speaking"


@dataclass(frozen=True)
class Deadline:
    """One computed deadline.  ``due`` is ``None`` when it cannot be computed or none applies."""

    key: str
    title: str
    due: date | None
    explanation: str
    rule_id: str | None = None
    rule_version: date | None = None  # valid_from of the rule version used
    source: str = ""
    window_start: date | None = None
    problem: str | None = None
    uncertain: tuple[str, ...] = field(default=())

    def days_left(self, today: date) -> int | None:
        """Calendar days from ``today`` to ``due`` (negative when overdue)."""
        return None if self.due is None else (self.due - today).days


# --------------------------------------------------------------------------- helpers

_DATE_LABELS = {
    "asylum_application_date": "asylum application date",
    "decision_date": "decision date",
    "notification_date": "notification date",
    "residence_title_date": "residence title date",
    "ri_request_date": "date of the integration income request",
    "transition_interview_date": "transition interview date",
}


def _future_problem(case: CaseDates, *names: str) -> str | None:
    for name in names:
        value = getattr(case, name)
        if value is not None and value > case.today:
            return (
                f"The {_DATE_LABELS.get(name, name)} ({fmt_date(value)}) is after today "
                f"({fmt_date(case.today)}): please check it."
            )
    return None


def _missing(key: str, title: str, what: str, rule: Rule | None = None) -> Deadline:
    return Deadline(
        key=key,
        title=title,
        due=None,
        explanation="",
        problem=f"The {what} is missing.",
        rule_id=rule.id if rule else None,
        rule_version=rule.valid_from if rule else None,
        source=rule.source if rule else "",
    )


def _no_rule(key: str, title: str, exc: NoRuleError) -> Deadline:
    return Deadline(key=key, title=title, due=None, explanation="", problem=f"No rule applies: {exc}.")


def _explain(rule: Rule, **values: Any) -> str:
    shown = {k: (fmt_date(v) if isinstance(v, date) else v) for k, v in values.items()}
    shown.setdefault("valid_from", fmt_date(rule.valid_from))
    shown.setdefault("valid_until", fmt_date(rule.valid_until) if rule.valid_until else "")
    return rule.explain(**shown)


def _make(
    key: str,
    title: str,
    rule: Rule,
    due: date | None,
    *,
    window_start: date | None = None,
    problem: str | None = None,
    **values: Any,
) -> Deadline:
    return Deadline(
        key=key,
        title=title,
        due=due,
        window_start=window_start,
        problem=problem,
        rule_id=rule.id,
        rule_version=rule.valid_from,
        source=rule.source,
        explanation=_explain(rule, due=due, window_start=window_start, **values),
        uncertain=tuple(sorted(rule.uncertain)),
    )


def _join(*problems: str | None) -> str | None:
    found = [p for p in problems if p]
    return " ".join(found) if found else None


def _rules(rules: RuleSet | None) -> RuleSet:
    return rules if rules is not None else default_rules()


# --------------------------------------------------------------------------- reception


def _counted_from(case: CaseDates, rule: Rule) -> tuple[date | None, str, str | None]:
    """The start date a reception rule counts from, its label, and a note when it fell back."""
    which = rule.param("counted_from")
    if which == "notification":
        if case.notification_date is not None:
            return case.notification_date, "notification", None
        return (
            case.decision_date,
            "decision",
            "The notification date is missing: counted from the decision date.",
        )
    if which == "decision":
        return case.decision_date, "decision", None
    raise ValueError(f"rule {rule.id}: counted_from must be 'decision' or 'notification', not {which!r}")


#: The warning of ``reception_exit`` when the extensions go beyond the rule's maximum (marked for
#: translation: the interface shows it, translated, before such an extension is saved).
EXTENSIONS_ABOVE_MAXIMUM = QT_TRANSLATE_NOOP(
    "Deadlines", "The extensions add up to {total} months, more than the configured maximum of {maximum} months."
)


def max_extension_months(decision_date: date, rules: RuleSet | None = None) -> int | None:
    """The configured maximum of all extensions for a case decided on ``decision_date`` (None: no rule)."""
    try:
        return _rules(rules).rule_for("reception.exit", decision_date).int_param("max_extension_months")
    except NoRuleError:
        return None


def reception_exit(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """Last day of the right to reception: start + N months + recorded extensions."""
    key, title = "reception.exit", QT_TRANSLATE_NOOP("Deadlines", "Leave the reception centre")
    if case.decision_date is None:
        return _missing(key, title, "decision date")
    try:
        rule = _rules(rules).rule_for("reception.exit", case.decision_date)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    start, label, note = _counted_from(case, rule)
    assert start is not None
    months = rule.int_param("months")
    base_due = add_months(start, months)
    extra = sum(e.months for e in case.extensions)
    due = add_months(start, months + extra)
    problems: list[str | None] = [note, _future_problem(case, "decision_date", "notification_date")]
    bad = [e for e in case.extensions if e.months <= 0]
    if bad:
        problems.append("An extension has a length of zero or fewer months.")
    if any(not e.reason.strip() for e in case.extensions):
        problems.append("An extension has no reason.")
    maximum = rule.int_param("max_extension_months")
    if extra > maximum:
        problems.append(EXTENSIONS_ABOVE_MAXIMUM.format(total=extra, maximum=maximum))
    if case.extensions:
        parts = "; ".join(
            f"+{e.months} month{'s' if e.months != 1 else ''} granted on {fmt_date(e.granted_on)}"
            f" ({e.reason.strip() or 'no reason given'})"
            for e in case.extensions
        )
        ext_text = f" Extensions: {parts}. New last day: {fmt_date(due)}."
    else:
        ext_text = " No extension recorded."
    return _make(
        key,
        title,
        rule,
        due,
        problem=_join(*problems),
        start=start,
        counted_from=label,
        base_due=base_due,
        extensions=ext_text,
    )


def transition_interview(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """Transition interview: within N working days after the notification (or decision)."""
    key, title = "reception.transition_interview", QT_TRANSLATE_NOOP("Deadlines", "Transition interview")
    if case.decision_date is None and case.notification_date is None:
        return _missing(key, title, "decision date")
    ref = case.decision_date or case.notification_date
    assert ref is not None
    try:
        rule = _rules(rules).rule_for("reception.transition_interview", ref)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    start, label, note = _counted_from(case, rule)
    if start is None:  # counted from the decision but only the notification is known
        start, label, note = case.notification_date, "notification", "Counted from the notification date."
    assert start is not None
    due = add_working_days(start, rule.int_param("working_days"))
    problem = _join(note, _future_problem(case, "decision_date", "notification_date"))
    return _make(key, title, rule, due, problem=problem, start=start, counted_from=label)


def resident_choice(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """The resident's choice: N working days after the interview (or after its latest date)."""
    key, title = "reception.resident_choice", QT_TRANSLATE_NOOP("Deadlines", "Resident chooses how to leave")
    interview = transition_interview(case, rules)
    start = case.transition_interview_date or interview.due
    if start is None:
        return _missing(key, title, "decision date")
    ref = case.decision_date or case.notification_date or start
    try:
        rule = _rules(rules).rule_for("reception.resident_choice", ref)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    if case.transition_interview_date is not None:
        start_note = " (the day of the transition interview)"
        problem = _future_problem(case, "transition_interview_date")
    else:
        start_note = " (the last day for the transition interview; no interview date recorded yet)"
        problem = interview.problem
    due = add_working_days(start, rule.int_param("working_days"))
    return _make(key, title, rule, due, problem=problem, start=start, start_note=start_note)


# --------------------------------------------------------------------------- family reunification


def family_reunification(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """Favourable window (``window_start``..``due``) or, without one, the earliest application date.

    The rule version is the one in force on the decision date and depends on the status type.
    """
    key, title = "family_reunification", QT_TRANSLATE_NOOP("Deadlines", "Family reunification")
    if case.status_type not in (REFUGEE, SUBSIDIARY):
        return _missing(key, title, "protection status (refugee or subsidiary protection)")
    if case.decision_date is None:
        return _missing(key, title, "decision date")
    try:
        rule = _rules(rules).rule_for(f"family_reunification.{case.status_type}", case.decision_date)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    favourable = rule.int_param("favourable_months")
    waiting = rule.int_param("waiting_months")
    earliest = add_months(case.decision_date, waiting)
    due = add_months(case.decision_date, favourable) if favourable > 0 else None
    problem = _future_problem(case, "decision_date")
    return _make(
        key,
        title,
        rule,
        due,
        window_start=earliest,
        problem=problem,
        decision_date=case.decision_date,
        earliest=earliest,
    )


# --------------------------------------------------------------------------- CPAS / OCMW


def rental_guarantee(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """Rental guarantee: ask the CPAS of the new dwelling before leaving reception."""
    key, title = (
        "cpas.rental_guarantee",
        QT_TRANSLATE_NOOP("Deadlines", "Ask the CPAS/OCMW for the rental guarantee"),
    )
    if case.exit_date is not None:
        exit_day, exit_note, problem = case.exit_date, f"leaving on {fmt_date(case.exit_date)}", None
    else:
        planned = reception_exit(case, rules)
        if planned.due is None:
            return _missing(key, title, "exit date (and the decision date to compute it)")
        exit_day, problem = planned.due, planned.problem
        exit_note = f"no exit date recorded; the right to reception ends on {fmt_date(planned.due)}"
    try:
        rule = _rules(rules).rule_for("cpas.rental_guarantee", exit_day)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    due = add_days(exit_day, -rule.int_param("days_before_exit"))
    return _make(key, title, rule, due, problem=problem, exit_note=exit_note)


def integration_income_decision(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """The CPAS decides on the integration income within N days of the request."""
    key, title = (
        "cpas.integration_income",
        QT_TRANSLATE_NOOP("Deadlines", "CPAS/OCMW decision on integration income"),
    )
    if case.ri_request_date is None:
        return _missing(key, title, "date of the integration income request")
    try:
        rule = _rules(rules).rule_for("cpas.integration_income", case.ri_request_date)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    due = add_days(case.ri_request_date, rule.int_param("decision_days"))
    return _make(
        key,
        title,
        rule,
        due,
        problem=_future_problem(case, "ri_request_date"),
        ri_request_date=case.ri_request_date,
    )


# --------------------------------------------------------------------------- residence


def address_declaration(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """Declare the new address within N working days of moving in."""
    key, title = "residence.address_declaration", QT_TRANSLATE_NOOP("Deadlines", "Declare the new address")
    if case.move_in_date is None:
        return _missing(key, title, "moving-in date")
    try:
        rule = _rules(rules).rule_for("residence.address_declaration", case.move_in_date)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    due = add_working_days(case.move_in_date, rule.int_param("working_days"))
    return _make(key, title, rule, due, move_in_date=case.move_in_date)


def a_card_renewal(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """Renewal window of the A card: from 45 to 30 days before expiry (per the rule data)."""
    key, title = "residence.a_card_renewal", QT_TRANSLATE_NOOP("Deadlines", "Renew the A card")
    if case.a_card_expiry is None:
        return _missing(key, title, "A card expiry date")
    try:
        rule = _rules(rules).rule_for("residence.a_card_renewal", case.a_card_expiry)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    opens = add_days(case.a_card_expiry, -rule.int_param("opens_days_before_expiry"))
    closes = add_days(case.a_card_expiry, -rule.int_param("closes_days_before_expiry"))
    problem = None
    if case.a_card_expiry <= case.today:
        problem = (
            f"The A card expired on {fmt_date(case.a_card_expiry)}: ask the municipality for an Annex 15."
        )
    return _make(
        key, title, rule, closes, window_start=opens, problem=problem, a_card_expiry=case.a_card_expiry
    )


def b_card_eligibility(case: CaseDates, rules: RuleSet | None = None) -> Deadline:
    """First day the stay becomes unlimited (B card), counted from the asylum application."""
    key, title = "residence.b_card", QT_TRANSLATE_NOOP("Deadlines", "Unlimited stay (B card) possible")
    if case.asylum_application_date is None:
        return _missing(key, title, "asylum application date")
    try:
        rule = _rules(rules).rule_for("residence.b_card", case.asylum_application_date)
    except NoRuleError as exc:
        return _no_rule(key, title, exc)
    due = add_months(case.asylum_application_date, rule.int_param("months_after_application"))
    return _make(
        key,
        title,
        rule,
        due,
        problem=_future_problem(case, "asylum_application_date"),
        asylum_application_date=case.asylum_application_date,
    )


# --------------------------------------------------------------------------- integration path


def integration_path(case: CaseDates, rules: RuleSet | None = None) -> tuple[Deadline, ...]:
    """Register-by and finish-by dates of the regional integration path (none for an open obligation)."""
    title = QT_TRANSLATE_NOOP("Deadlines", "Integration path")
    if case.region not in REGIONS:
        return (_missing("integration.obligation", title, "region (municipality the family moves to)"),)
    ref = case.residence_title_date or case.today
    try:
        rule = _rules(rules).rule_for(f"integration.{case.region}", ref)
    except NoRuleError as exc:
        return (_no_rule("integration.obligation", title, exc),)
    register_m, complete_m = rule.param("register_months"), rule.param("complete_months")
    if register_m is None and complete_m is None:
        return (_make("integration.obligation", title, rule, None),)
    if case.residence_title_date is None:
        return (_missing("integration.obligation", title, "residence title date", rule),)
    title_day = case.residence_title_date
    register_by = add_months(title_day, register_m) if register_m is not None else None
    complete_by = add_months(title_day, complete_m) if complete_m is not None else None
    values = {"register_by": register_by, "complete_by": complete_by, "residence_title_date": title_day}
    problem = _future_problem(case, "residence_title_date")
    out = []
    if register_by is not None:
        out.append(
            _make(
                "integration.register",
                QT_TRANSLATE_NOOP("Deadlines", "Register for the integration path"),
                rule,
                register_by,
                problem=problem,
                **values,
            )
        )
    if complete_by is not None:
        out.append(
            _make(
                "integration.complete",
                QT_TRANSLATE_NOOP("Deadlines", "Finish the integration path"),
                rule,
                complete_by,
                problem=problem,
                **values,
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- all of them

_SINGLE: tuple[Callable[[CaseDates, RuleSet | None], Deadline], ...] = (
    transition_interview,
    resident_choice,
    reception_exit,
    rental_guarantee,
    address_declaration,
    integration_income_decision,
    family_reunification,
    a_card_renewal,
    b_card_eligibility,
)


def compute_deadlines(case: CaseDates, rules: RuleSet | None = None) -> list[Deadline]:
    """Every deadline of the case, in the usual order of the exit phase."""
    out = [fn(case, rules) for fn in _SINGLE]
    out.extend(integration_path(case, rules))
    return out


def deadline_for(
    key: str, case: CaseDates, rules: RuleSet | None = None, computed: Sequence[Deadline] | None = None
) -> Deadline | None:
    """The deadline with ``key`` (from ``computed`` when given), or ``None``."""
    for deadline in computed if computed is not None else compute_deadlines(case, rules):
        if deadline.key == key:
            return deadline
    return None


DEADLINE_KEYS: tuple[str, ...] = (
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
    "integration.obligation",
)
