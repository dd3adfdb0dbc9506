"""Checks that keep a wrong letter from being made, run before anything is written.  Qt-free.

:func:`check_letter` returns ``(errors, warnings)`` as field errors in plain words:

* **the competent CPAS/OCMW**: a letter to a CPAS about the new home (a letter with a
  ``dwelling_address`` input addressed to a CPAS) goes to the CPAS of the municipality of the
  dwelling's postcode; another CPAS is refused, naming the competent one (``params["competent_key"]``
  is its directory key, so the dialog can offer to switch);
* **school age**: a school letter lists the children of 2½ years or more on the letter's date (the
  day itself included); younger ones are left out (a warning), a letter without such a child is
  refused; a child over 18 is a warning (compulsory education is from 5 to 18);
* **adults only**: a letter listing the adults (the integration referral) needs one, and every
  member's birth date to tell;
* **money and dates**: no NaN, infinite, negative or absurd amount, no date far from the letter's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from transition_app.domain import directory
from transition_app.domain.validation import CTX, ErrorCode, FieldError, Term
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters.context import (
    ADULT_YEARS,
    age_years,
    is_adult,
    of_school_age,
    official_language,
    split_address_lines,
)
from transition_app.letters.engine import PlaceholderType
from transition_app.letters.missing import input_label

if TYPE_CHECKING:
    from transition_app.letters.catalog import LetterDefinition
    from transition_app.services.dto import FamilyDetail

T = PlaceholderType

CPAS_NOT_COMPETENT = ErrorCode("letter.cpas_not_competent", QT_TRANSLATE_NOOP(
    "Validation", "The new home in {postcode} {place} is in the area of {competent}: a request about it goes "
                  "to that CPAS/OCMW, not to {addressed}."), CTX)
MUNICIPALITY_NOT_COMPETENT = ErrorCode("letter.municipality_not_competent", QT_TRANSLATE_NOOP(
    "Validation", "The new home in {postcode} {place} is in {place}: the family registers at the "
                  "administration of that municipality, not of {addressed}. Correct the address, or the "
                  "family's new municipality (family file ▸ Household)."), CTX)
POSTCODE_NEEDED = ErrorCode("letter.dwelling_postcode_needed", QT_TRANSLATE_NOOP(
    "Validation", "{label}: write the postcode and municipality on the last line (for example “1070 "
                  "Anderlecht”), so that the competent CPAS/OCMW can be checked."), CTX)
UNKNOWN_POSTCODE = ErrorCode("letter.dwelling_postcode_unknown", QT_TRANSLATE_NOOP(
    "Validation", "{label}: {postcode} is not a Belgian postcode."), CTX)
NO_CHILD_OF_SCHOOL_AGE = ErrorCode("letter.no_child_of_school_age", QT_TRANSLATE_NOOP(
    "Validation", "None of the children living in Belgium is of school age on {date} (2½ years or more; "
                  "compulsory education is from 5 to 18): a school letter cannot be made."), CTX)
CHILD_TOO_YOUNG = ErrorCode("letter.child_too_young_for_school", QT_TRANSLATE_NOOP(
    "Validation", "{name} is younger than 2½ years on {date} and is left out of the school letter."), CTX)
CHILD_OVER_18 = ErrorCode("letter.child_over_18", QT_TRANSLATE_NOOP(
    "Validation", "{name} is {age} years old: compulsory education ends at 18. Check that a school "
                  "enrolment is what the family wants."), CTX)
BIRTH_DATE_NEEDED = ErrorCode("letter.birth_date_needed", QT_TRANSLATE_NOOP(
    "Validation", "The birth date of {name} is needed for this letter (family file ▸ Members): it lists "
                  "people by their age."), CTX)
NO_ADULT = ErrorCode("letter.no_adult", QT_TRANSLATE_NOOP(
    "Validation", "This letter is for adults (18 or more) and no member living in Belgium is an adult on "
                  "{date}."), CTX)
AMOUNT_NOT_A_NUMBER = ErrorCode("letter.amount_not_a_number", QT_TRANSLATE_NOOP(
    "Validation", "{label}: give an amount in euros, such as 650 or 650,50."), CTX)
AMOUNT_NEGATIVE = ErrorCode("letter.amount_negative", QT_TRANSLATE_NOOP(
    "Validation", "{label} cannot be negative or zero."), CTX)
AMOUNT_TOO_LARGE = ErrorCode("letter.amount_too_large", QT_TRANSLATE_NOOP(
    "Validation", "{label}: {value} € is more than {maximum} €; check the amount."), CTX)
AMOUNT_CENTS = ErrorCode("letter.amount_cents", QT_TRANSLATE_NOOP(
    "Validation", "{label}: an amount has at most two decimals (cents)."), CTX)
DATE_OUT_OF_RANGE = ErrorCode("letter.date_out_of_range", QT_TRANSLATE_NOOP(
    "Validation", "{label}: {value} is more than two years from today; check the date."), CTX)

#: the most an input amount may be (euros); the default for amounts not listed
MONEY_MAXIMUM: Mapping[str, Decimal] = {"rent": Decimal(10_000), "guarantee_amount": Decimal(30_000)}
MONEY_DEFAULT_MAXIMUM = Decimal(100_000)
#: an input date further than this from the letter's date is refused
DATE_RANGE = dt.timedelta(days=2 * 366)
CPAS_KINDS = ("cpas", "cpas_dwelling")


def _name(p: Any) -> str:
    return f"{p.given_names} {p.family_name.upper()}".strip()


def _iso(day: dt.date) -> str:
    return day.isoformat()


def uses_group(d: LetterDefinition, group: str) -> bool:
    return any(b.kind == "members" and (b.group or "household") == group for b in (*d.authority, *d.family))


def addressed_cpas_nis(d: LetterDefinition, family: FamilyDetail, recipient_key: str | None) -> str | None:
    """The municipality (NIS) of the CPAS the letter is addressed to: the one named by
    ``recipient_key`` (``cpas:<NIS>``), else the usual one (the dwelling's, then the destination's)."""
    if recipient_key and recipient_key.startswith("cpas:"):
        return recipient_key.split(":", 1)[1]
    if d.recipient_kind == "cpas_dwelling" and family.dwelling is not None and family.dwelling.municipality_nis:
        return family.dwelling.municipality_nis
    return family.destination_nis


def dwelling_postcode(inputs: Mapping[str, Any], family: FamilyDetail) -> tuple[str | None, str | None]:
    """``(postcode, NIS)`` of the new home as this letter says it (its address input, else the family file)."""
    lines = inputs.get("dwelling_address")
    if lines:
        _street, postcode, nis = split_address_lines(tuple(lines))
        return postcode, nis
    d = family.dwelling
    return (d.postcode, d.municipality_nis) if d is not None else (None, None)


def competent_cpas(d: LetterDefinition, family: FamilyDetail, inputs: Mapping[str, Any]
                   ) -> tuple[directory.Municipality, ...]:
    """The municipalities whose CPAS is competent for the new home of this letter (() when unknown)."""
    postcode, nis = dwelling_postcode(inputs, family)
    if nis:
        m = directory.municipality(nis)
        return (m,) if m is not None else ()
    return directory.by_postcode(postcode) if postcode else ()


def _check_cpas(d: LetterDefinition, family: FamilyDetail, inputs: Mapping[str, Any], language: str,
                recipient_key: str | None, errors: list[FieldError]) -> None:
    if d.recipient_kind not in CPAS_KINDS or "dwelling_address" not in d.placeholders:
        return
    if not inputs.get("dwelling_address") and family.dwelling is None:
        return  # the missing address is reported by the letter itself
    label = input_label(d, "dwelling_address")
    postcode, _nis = dwelling_postcode(inputs, family)
    if not postcode:
        errors.append(FieldError("dwelling_address", POSTCODE_NEEDED, {"label": label}))
        return
    competent = competent_cpas(d, family, inputs)
    if not competent:
        errors.append(FieldError("dwelling_address", UNKNOWN_POSTCODE, {"label": label, "postcode": postcode}))
        return
    addressed = addressed_cpas_nis(d, family, recipient_key)
    if addressed in {m.nis_code for m in competent}:
        return
    first = competent[0]
    lang = official_language(first, language)
    other = directory.municipality(addressed) if addressed else None
    errors.append(FieldError("dwelling_address", CPAS_NOT_COMPETENT, {
        "postcode": postcode, "place": first.name(lang), "competent": first.cpas_name(lang),
        "addressed": other.cpas_name(official_language(other, language)) if other is not None else "—",
        "competent_key": f"cpas:{first.nis_code}"}))


def _check_municipality(d: LetterDefinition, family: FamilyDetail, inputs: Mapping[str, Any], language: str,
                        recipient_key: str | None, errors: list[FieldError]) -> None:
    """A registration letter goes to the municipality where the new home is."""
    if d.recipient_kind != "municipality" or "dwelling_address" not in d.placeholders:
        return
    postcode, _nis = dwelling_postcode(inputs, family)
    competent = competent_cpas(d, family, inputs) if postcode else ()
    if not competent:
        return  # no postcode, or not a Belgian one: nothing to compare (the address is checked elsewhere)
    if recipient_key and recipient_key.startswith("municipality:"):
        addressed = recipient_key.split(":", 1)[1]
    else:
        addressed = family.destination_nis
    if addressed is None or addressed in {m.nis_code for m in competent}:
        return
    first = competent[0]
    other = directory.municipality(addressed)
    errors.append(FieldError("dwelling_address", MUNICIPALITY_NOT_COMPETENT, {
        "postcode": postcode, "place": first.name(official_language(first, language)),
        "addressed": other.name(official_language(other, language)) if other is not None else "—"}))


def _check_people(d: LetterDefinition, family: FamilyDetail, today: dt.date, errors: list[FieldError],
                  warnings: list[FieldError]) -> None:
    in_belgium = [(i, p) for i, p in enumerate(family.members) if p.in_belgium]
    if uses_group(d, "school_children"):
        children = [(i, p) for i, p in in_belgium if p.relation == "child"]
        for i, p in children:
            if p.birth_date is None:
                errors.append(FieldError(f"members[{i}].birth_date", BIRTH_DATE_NEEDED, {"name": _name(p)}))
        if any(p.birth_date is None for _, p in children):
            return
        school = [p for _, p in children if of_school_age(p.birth_date, today)]
        if not school:
            errors.append(FieldError("members", NO_CHILD_OF_SCHOOL_AGE, {"date": _iso(today)}))
            return
        for _, p in children:
            if not of_school_age(p.birth_date, today):
                warnings.append(FieldError("members", CHILD_TOO_YOUNG, {"name": _name(p), "date": _iso(today)}))
            elif p.birth_date is not None and age_years(p.birth_date, today) > ADULT_YEARS:
                warnings.append(FieldError("members", CHILD_OVER_18, {
                    "name": _name(p), "age": str(age_years(p.birth_date, today))}))
    if uses_group(d, "adults"):
        missing = [(i, p) for i, p in in_belgium if p.birth_date is None]
        for i, p in missing:
            errors.append(FieldError(f"members[{i}].birth_date", BIRTH_DATE_NEEDED, {"name": _name(p)}))
        if not missing and not any(is_adult(p.birth_date, today) for _, p in in_belgium):
            errors.append(FieldError("members", NO_ADULT, {"date": _iso(today)}))


def _check_values(d: LetterDefinition, inputs: Mapping[str, Any], today: dt.date,
                  errors: list[FieldError]) -> None:
    for spec in d.inputs:
        value = inputs.get(spec.name)
        if value is None:
            continue
        label: Term = input_label(d, spec.name)
        if spec.type is T.MONEY:
            try:
                amount = Decimal(value) if not isinstance(value, Decimal) else value
            except (ValueError, ArithmeticError, TypeError):
                errors.append(FieldError(spec.name, AMOUNT_NOT_A_NUMBER, {"label": label}))
                continue
            maximum = MONEY_MAXIMUM.get(spec.name, MONEY_DEFAULT_MAXIMUM)
            if not amount.is_finite():
                errors.append(FieldError(spec.name, AMOUNT_NOT_A_NUMBER, {"label": label}))
            elif amount <= 0:
                errors.append(FieldError(spec.name, AMOUNT_NEGATIVE, {"label": label}))
            elif amount > maximum:
                errors.append(FieldError(spec.name, AMOUNT_TOO_LARGE, {
                    "label": label, "value": f"{amount:,.2f}".replace(",", " "),
                    "maximum": f"{maximum:,.0f}".replace(",", " ")}))
            elif amount != amount.quantize(Decimal("0.01")):
                errors.append(FieldError(spec.name, AMOUNT_CENTS, {"label": label}))
        elif spec.type is T.DATE and isinstance(value, dt.date):
            if abs(value - today) > DATE_RANGE:
                errors.append(FieldError(spec.name, DATE_OUT_OF_RANGE, {"label": label, "value": _iso(value)}))


def check_letter(d: LetterDefinition, family: FamilyDetail, inputs: Mapping[str, Any], today: dt.date, *,
                 language: str = "fr", recipient_key: str | None = None
                 ) -> tuple[list[FieldError], list[FieldError]]:
    """``(errors, warnings)`` of the letter ``d`` for ``family`` with its typed ``inputs`` (the
    prefilled ones included) on the letter's date ``today``."""
    errors: list[FieldError] = []
    warnings: list[FieldError] = []
    _check_values(d, inputs, today, errors)
    _check_cpas(d, family, inputs, language, recipient_key, errors)
    _check_municipality(d, family, inputs, language, recipient_key, errors)
    _check_people(d, family, today, errors, warnings)
    return errors, warnings
