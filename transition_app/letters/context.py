"""The typed placeholder values of a letter, built from a family's case file.

:data:`STANDARD` is the vocabulary every letter text may use (name -> type and meaning);
a letter definition may add its own *inputs* (e.g. the rent of the new dwelling) that the
worker types when the letter is made.  Values stay typed here (dates are
``datetime.date``, amounts ``Decimal``); they are written in each section's language
when the text is rendered (:func:`transition_app.letters.engine.format_value`).

Names of places and Belgian institutions are written in their official form in the
letter's authority language ("CPAS de Liège", "OCMW Gent") and used unchanged in the
family copy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from transition_app.domain import deadlines as dl
from transition_app.domain import directory
from transition_app.domain.job_titles import title_text
from transition_app.domain.rules import NoRuleError, RuleSet, default_rules
from transition_app.letters.engine import Person, PlaceholderType
from transition_app.letters.letterhead import centre_address_lines, centre_place
from transition_app.services.dto import CentreView, FamilyDetail, PersonView, WorkerView

T = PlaceholderType

# name -> (type, meaning).  The meaning is shown in errors and to developers.
STANDARD: dict[str, tuple[PlaceholderType, str]] = {
    "today": (T.DATE, "date of the letter"),
    "place": (T.TEXT, "municipality of the reception centre"),
    "case_number": (T.TEXT, "case number of the family"),
    "head": (T.PERSON, "head of household"),
    "head_birth_date": (T.DATE, "birth date of the head of household"),
    "head_nationality": (T.COUNTRY, "nationality of the head of household"),
    "head_national_number": (T.TEXT, "national register number of the head of household (YY.MM.DD-XXX.CC)"),
    "oe_number": (T.TEXT, "Immigration Office (OE/DVZ) file number of the family"),
    "household": (T.PEOPLE, "members of the family living in Belgium"),
    "household_size": (T.NUMBER, "number of family members living in Belgium"),
    "children": (T.PEOPLE, "children of the family living in Belgium"),
    "school_children": (T.PEOPLE, "children living in Belgium of school age (2½ years or more) on the letter's date"),
    "adults": (T.PEOPLE, "members living in Belgium aged 18 or more on the letter's date"),
    "members_abroad": (T.PEOPLE, "family members still abroad"),
    "languages_spoken": (T.LANGUAGES, "languages the family speaks"),
    "protection_status": (T.TERM, "refugee status or subsidiary protection"),
    "deciding_body": (T.TERM, "authority that granted protection (CGRS or CALL)"),
    "decision_date": (T.DATE, "date of the protection decision"),
    "decision_reference": (T.TEXT, "reference of the protection decision"),
    "asylum_application_date": (T.DATE, "date of the application for international protection"),
    "arrival_date": (T.DATE, "arrival in the reception centre"),
    "reception_end": (T.DATE, "last day of the right to reception, extensions included"),
    "reception_end_initial": (T.DATE, "last day of the right to reception without extensions"),
    "has_extension": (T.FLAG, "an extension of the stay in reception was granted"),
    "extension_months": (T.NUMBER, "months of extension granted in total"),
    "exit_date": (T.DATE, "day the family leaves (left) reception, as recorded in the family file (never computed)"),
    "exit_recorded": (T.FLAG, "an exit date (planned or actual) is recorded in the family file"),
    "has_consent": (T.FLAG, "a consent of the family covers this letter (purpose and recipient)"),
    "consent_given_on": (T.DATE, "date the family gave the consent that covers this letter"),
    "rental_guarantee_before": (T.DATE, "ask the CPAS/OCMW for the rental guarantee by this day"),
    "reunification_until": (T.DATE, "end of the favourable family-reunification window"),
    "reunification_from": (T.DATE, "first day a family-reunification application may be made"),
    "reunification_months": (T.NUMBER, "length of the favourable window in months"),
    "reunification_waiting_months": (T.NUMBER, "waiting period before applying, in months"),
    "cpas_decision_days": (T.NUMBER, "days the CPAS/OCMW has to decide on integration income"),
    "cpas_forward_days": (T.NUMBER, "days a non-competent CPAS/OCMW has to forward a request"),
    "address_declaration_days": (T.NUMBER, "working days to declare a new address"),
    "address_declaration_due": (T.DATE, "last day to declare the new address (from the moving-in date)"),
    "centre_name": (T.TEXT, "name of the reception centre"),
    "centre_operator": (T.TERM, "operator of the reception centre"),
    "centre_address": (T.ADDRESS, "address of the reception centre (street, postcode and municipality)"),
    "centre_phone": (T.TEXT, "phone number of the reception centre"),
    "centre_email": (T.TEXT, "e-mail address of the reception centre"),
    "worker_name": (T.TEXT, "social worker writing the letter"),
    "worker_title": (T.TEXT, "job title of the worker writing the letter, in the letter's language and their form"),
    "worker_phone": (T.TEXT, "direct phone of the worker writing the letter"),
    "worker_email": (T.TEXT, "e-mail address of the worker writing the letter"),
    "recipient_name": (T.TEXT, "addressee of the letter"),
    "destination_municipality": (T.TEXT, "municipality the family moves to"),
    "destination_cpas": (T.TEXT, "CPAS/OCMW/ÖSHZ of the municipality the family moves to"),
    "integration_agency": (T.TEXT, "integration agency for the municipality the family moves to"),
    "letter_language": (T.LANGUAGE, "language of the letter sent to the authority"),
}


class ExtensionLike(Protocol):
    months: int
    reason: str
    granted_on: dt.date


RECIPIENT_KINDS = ("cpas", "cpas_dwelling", "municipality", "landlord", "whom_it_may_concern",
                   "immigration_office", "school", "integration_agency")


@dataclass(frozen=True)
class Recipient:
    """Addressee of a letter.  ``name`` is printed in its official form in every section."""

    kind: str
    name: str
    address_lines: tuple[str, ...] = ()

    @property
    def lines(self) -> tuple[str, ...]:
        return (self.name, *self.address_lines) if self.name else self.address_lines


# Official names of federal bodies, in the authority languages.
_IMMIGRATION_OFFICE = {
    "fr": ("Office des étrangers", "Boulevard Pachéco 44", "1000 Bruxelles"),
    "nl": ("Dienst Vreemdelingenzaken", "Pachecolaan 44", "1000 Brussel"),
    "de": ("Ausländeramt", "Boulevard Pachéco 44", "1000 Brüssel"),
    "en": ("Immigration Office (Office des étrangers / Dienst Vreemdelingenzaken)", "Boulevard Pachéco 44",
           "1000 Brussels"),
}
_MUNICIPAL_SERVICE = {
    "fr": "Service Population – Étrangers",
    "nl": "Dienst Bevolking – Vreemdelingen",
    "de": "Einwohnermeldeamt – Ausländerdienst",
    "en": "Population and foreigners department",
}


def municipal_administration(m: directory.Municipality, language: str) -> str:
    """``Administration communale d'Ixelles``, ``Gemeentebestuur Gent``, ``Gemeindeverwaltung Eupen``."""
    lang = language if language in m.languages else m.languages[0]
    name = m.name(lang)
    if lang == "fr":
        return "Administration communale " + directory._french_de(name)
    if lang == "nl":
        return "Gemeentebestuur " + name
    return "Gemeindeverwaltung " + name


def official_language(m: directory.Municipality, language: str) -> str:
    """The municipality's official language used for its names: ``language`` when it is one of them."""
    return language if language in m.languages else m.languages[0]


def default_recipient(kind: str, family: FamilyDetail, language: str) -> Recipient | None:
    """The addressee a letter of ``kind`` goes to when the worker names none (None: must be given)."""
    m = directory.municipality(family.destination_nis) if family.destination_nis else None
    if kind in ("cpas", "cpas_dwelling") and m is not None:
        return Recipient(kind, m.cpas_name(official_language(m, language)))
    if kind == "municipality" and m is not None:
        service = _MUNICIPAL_SERVICE.get(official_language(m, language), _MUNICIPAL_SERVICE["en"])
        return Recipient(kind, municipal_administration(m, language), (service,))
    if kind == "immigration_office":
        name, *lines = _IMMIGRATION_OFFICE.get(language, _IMMIGRATION_OFFICE["en"])
        return Recipient(kind, name, tuple(lines))
    if kind == "integration_agency" and m is not None:
        agencies = directory.integration_agencies_for(m)
        if agencies:
            return Recipient(kind, agencies[0].name(official_language(m, language)))
    return None


@dataclass(frozen=True)
class LetterContext:
    """Typed values (``None`` = not known) plus what the blocks need besides placeholders."""

    values: Mapping[str, Any]
    hints: Mapping[str, str]  # name -> why it is missing (e.g. a deadline's problem)
    applied_rules: frozenset[str]
    groups: Mapping[str, tuple[PersonView, ...]]  # household | children | abroad | school_children | adults
    recipient: Recipient | None
    authority_language: str
    types: Mapping[str, PlaceholderType] = field(default_factory=dict)


def _person(p: PersonView) -> Person:
    return Person(p.given_names, p.family_name)


def _head(members: Sequence[PersonView]) -> PersonView | None:
    for p in members:
        if p.relation == "head":
            return p
    return members[0] if members else None


#: school age: from 2½ years (pre-school; compulsory education is from 5 to 18)
SCHOOL_AGE_MONTHS = 30
ADULT_YEARS = 18


def age_years(birth: dt.date, on: dt.date) -> int:
    """Completed years of age on ``on``."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def of_school_age(birth: dt.date | None, on: dt.date) -> bool:
    """2½ years or more on ``on`` (the day itself included)."""
    from transition_app.domain.workdays import add_months

    return birth is not None and add_months(birth, SCHOOL_AGE_MONTHS) <= on


def is_adult(birth: dt.date | None, on: dt.date) -> bool:
    return birth is not None and age_years(birth, on) >= ADULT_YEARS


def _rule_int(rules: RuleSet, topic: str, day: dt.date, name: str) -> int | None:
    try:
        return rules.rule_for(topic, day).int_param(name)
    except (NoRuleError, KeyError, ValueError):
        return None


def build_context(
    family: FamilyDetail,
    *,
    authority_language: str,
    centre: CentreView | None,
    worker: WorkerView | None,
    recipient: Recipient | None,
    today: dt.date,
    inputs: Mapping[str, Any] | None = None,
    input_types: Mapping[str, PlaceholderType] | None = None,
    extensions: Sequence[ExtensionLike] = (),
    rules: RuleSet | None = None,
    consent_given_on: dt.date | None = None,
) -> LetterContext:
    rules = rules or default_rules()
    inputs = dict(inputs or {})
    lang = authority_language
    members = family.members
    head = _head(members)
    in_belgium = tuple(p for p in members if p.in_belgium)
    children = tuple(p for p in in_belgium if p.relation == "child")
    abroad = tuple(p for p in members if not p.in_belgium)
    school_children = tuple(p for p in children if of_school_age(p.birth_date, today))
    adults = tuple(p for p in in_belgium if is_adult(p.birth_date, today))
    m = directory.municipality(family.destination_nis) if family.destination_nis else None
    d = family.decision
    move_in = inputs.get("move_in_date")
    case = dl.CaseDates(
        today=today,
        status_type=d.protection_type if d else None,
        asylum_application_date=d.asylum_application_date if d else None,
        decision_date=d.decision_date if d else None,
        notification_date=d.notification_date if d else None,
        extensions=tuple(dl.Extension(e.months, e.reason, e.granted_on) for e in extensions),
        exit_date=family.exit_date,
        move_in_date=move_in if isinstance(move_in, dt.date) else None,
        region=m.checklist_region if m else None,
    )
    exit_dl = dl.reception_exit(case, rules)
    initial_dl = dl.reception_exit(replace(case, extensions=()), rules)
    guarantee_dl = dl.rental_guarantee(case, rules)
    fr_dl = dl.family_reunification(case, rules)
    address_dl = dl.address_declaration(case, rules)
    applied = frozenset(x.rule_id for x in (exit_dl, guarantee_dl, fr_dl, address_dl) if x.rule_id)
    hints: dict[str, str] = {}
    for names, deadline in ((("reception_end",), exit_dl), (("reception_end_initial",), initial_dl),
                            (("rental_guarantee_before",), guarantee_dl),
                            (("reunification_until", "reunification_from", "reunification_months",
                              "reunification_waiting_months"), fr_dl),
                            (("address_declaration_due",), address_dl)):
        if deadline.problem:
            for n in names:
                hints[n] = deadline.problem
    fr_months = fr_wait = None
    if fr_dl.rule_id:
        fr_rule = rules.by_id(fr_dl.rule_id)
        fr_months = fr_rule.int_param("favourable_months") or None
        fr_wait = fr_rule.int_param("waiting_months") or None
    if fr_dl.rule_id and fr_dl.due is None:
        hints.setdefault("reunification_until", "no favourable window applies to this status and decision date")
    languages: list[str] = []
    for p in members:
        for code in ((p.preferred_language,) if p.preferred_language else ()) + tuple(p.languages):
            if code and code not in languages:
                languages.append(code)
    agency = default_recipient("integration_agency", family, lang)
    total_ext = sum(e.months for e in extensions)
    values: dict[str, Any] = {
        "today": today,
        "place": centre_place(centre, lang),
        "case_number": family.case_number,
        "head": _person(head) if head else None,
        "head_birth_date": head.birth_date if head else None,
        "head_nationality": head.nationality if head else None,
        "head_national_number": (head.national_number_formatted or None) if head else None,
        "oe_number": family.oe_number or None,
        "household": tuple(_person(p) for p in in_belgium),
        "household_size": len(in_belgium) or None,
        "children": tuple(_person(p) for p in children),
        "school_children": tuple(_person(p) for p in school_children),
        "adults": tuple(_person(p) for p in adults),
        "members_abroad": tuple(_person(p) for p in abroad),
        "languages_spoken": tuple(languages),
        "protection_status": f"common.term.{d.protection_type}" if d else None,
        "deciding_body": f"common.term.{d.deciding_body}" if d else None,
        "decision_date": d.decision_date if d else None,
        "decision_reference": (d.reference or None) if d else None,
        "asylum_application_date": d.asylum_application_date if d else None,
        "arrival_date": family.arrival_date,
        "reception_end": exit_dl.due,
        "reception_end_initial": initial_dl.due,
        "has_extension": bool(total_ext),
        "extension_months": total_ext or None,
        "exit_date": family.exit_date,  # only a recorded date is printed as the exit date
        "exit_recorded": family.exit_date is not None,
        "has_consent": consent_given_on is not None,
        "consent_given_on": consent_given_on,
        "rental_guarantee_before": guarantee_dl.due,
        "reunification_until": fr_dl.due,
        "reunification_from": fr_dl.window_start if fr_wait else None,
        "reunification_months": fr_months,
        "reunification_waiting_months": fr_wait,
        "cpas_decision_days": _rule_int(rules, "cpas.integration_income", today, "decision_days"),
        "cpas_forward_days": _rule_int(rules, "cpas.integration_income", today, "forward_days"),
        "address_declaration_days": _rule_int(rules, "residence.address_declaration", move_in or today,
                                              "working_days"),
        "address_declaration_due": address_dl.due,
        "centre_name": centre.name if centre else family.centre_name,
        "centre_operator": f"common.term.operator_{centre.operator}" if centre else None,
        "centre_address": centre_address_lines(centre, lang) if centre else None,
        "centre_phone": (centre.phone or None) if centre else None,
        "centre_email": (centre.email or None) if centre else None,
        "worker_name": worker.full_name if worker else family.worker_name,
        "worker_title": (title_text(worker.job_title, lang, worker.job_title_form) or None) if worker else None,
        "worker_phone": (worker.phone or None) if worker else None,
        "worker_email": (worker.email or None) if worker else None,
        "recipient_name": recipient.name if recipient and recipient.name else None,
        "destination_municipality": m.name(official_language(m, lang)) if m else None,
        "destination_cpas": m.cpas_name(official_language(m, lang)) if m else None,
        "integration_agency": agency.name if agency else None,
        "letter_language": lang,
    }
    if centre is None:
        for n in ("place", "centre_address", "centre_phone", "centre_email"):
            hints[n] = "the family belongs to no reception centre"
    if not family.destination_nis:
        for n in ("destination_municipality", "destination_cpas", "integration_agency"):
            hints[n] = "the family's destination municipality is not recorded"
    if d is None:
        for n in ("protection_status", "deciding_body", "decision_date"):
            hints[n] = "no protection decision is recorded"
    if family.exit_date is None:
        hints["exit_date"] = "no exit date (planned or actual) is recorded"
    if move_in is None:
        hints["address_declaration_due"] = "give the moving-in date"
    types = {k: t for k, (t, _) in STANDARD.items()}
    for name, value in inputs.items():
        if name in STANDARD:
            raise ValueError(f"letter input {name!r} would hide the standard placeholder of that name")
        values[name] = value
        if input_types and name in input_types:
            types[name] = input_types[name]
    return LetterContext(values=values, hints=hints, applied_rules=applied,
                         groups={"household": in_belgium, "children": children, "abroad": abroad,
                                 "school_children": school_children, "adults": adults},
                         recipient=recipient, authority_language=lang, types=types)


# --------------------------------------------------------------------------- the new dwelling
#
# The new home is recorded once in the family file (``FamilyDetail.dwelling``) and prefilled
# in every letter that asks for it; what the worker gives for the letter wins.

#: letter input -> how its value comes from the dwelling (the letter definitions' input names)
DWELLING_INPUTS: dict[str, str] = {
    "dwelling_address": "address",
    "move_in_date": "move_in_date",
    "rent": "rent",
    "guarantee_amount": "guarantee",
    "landlord_name": "landlord_name",
}


def _locality(postcode: str | None, nis: str | None, language: str) -> str:
    """``4000 Liège`` (the municipality's name in ``language`` when it is official there)."""
    m = directory.municipality(nis) if nis else None
    name = m.name(official_language(m, language)) if m else ""
    return " ".join(x for x in ((postcode or "").strip(), name) if x)


def dwelling_address_lines(address: str, postcode: str | None, nis: str | None, language: str) -> tuple[str, ...]:
    """An address of the dwelling record as letter lines: the street lines, then postcode and municipality."""
    lines = [line.strip() for line in address.replace(";", "\n").splitlines() if line.strip()]
    locality = _locality(postcode, nis, language)
    return tuple(lines + ([locality] if locality else []))


def dwelling_inputs(family: FamilyDetail, inputs: Sequence[Any], language: str = "fr") -> dict[str, Any]:
    """The values of the letter's ``inputs`` (``PlaceholderSpec`` s) that the family's recorded new
    dwelling gives (nothing for an input it does not know or a family without one)."""
    d = family.dwelling
    if d is None:
        return {}
    out: dict[str, Any] = {}
    for spec in inputs:
        source = DWELLING_INPUTS.get(spec.name)
        if source is None:
            continue
        if source == "address":
            value: Any = dwelling_address_lines(d.address, d.postcode, d.municipality_nis, language) or None
        elif source == "landlord_name":
            value = d.landlord_name.strip() or None
        else:
            value = getattr(d, source)
        if value is not None:
            out[spec.name] = value
    return out


def dwelling_recipient(kind: str, family: FamilyDetail, language: str) -> Recipient | None:
    """The addressee the new dwelling gives: its landlord (a letter to the landlord), the CPAS/OCMW
    of its municipality (a request to the CPAS of the new dwelling); None otherwise."""
    d = family.dwelling
    if d is None:
        return None
    if kind == "landlord" and d.landlord_name.strip():
        return Recipient(kind, d.landlord_name.strip(), dwelling_address_lines(
            d.landlord_address, d.landlord_postcode, d.landlord_municipality_nis, language))
    if kind == "cpas_dwelling" and d.municipality_nis:
        m = directory.municipality(d.municipality_nis)
        if m is not None:
            return Recipient(kind, m.cpas_name(official_language(m, language)))
    return None


def split_address_lines(lines: Sequence[str]) -> tuple[str, str | None, str | None]:
    """``(street lines, postcode, municipality NIS)`` of an address written as letter lines (the
    reverse of :func:`dwelling_address_lines`): the last line "4000 Liège" gives the postcode and,
    by its name when the postcode has several, the municipality; the lines before it are joined
    with ", ".  Without such a line everything is the street and the postcode is None."""
    from transition_app.domain.text import fold

    clean = [line.strip() for line in lines if line.strip()]
    if not clean:
        return "", None, None
    m = re.match(r"^(?:B-?)?(\d{4})\b\s*(.*)$", clean[-1])
    if m is None:
        return ", ".join(clean), None, None
    postcode, name = m.group(1), fold(m.group(2))
    found = directory.by_postcode(postcode)
    nis = None
    if name:
        for loc in directory.localities(postcode):
            mun = directory.municipality(loc.nis_code)
            if any(fold(n) == name for n in loc.names + (mun.all_names if mun else ())):
                nis = loc.nis_code
                break
    if nis is None and len(found) == 1:
        nis = found[0].nis_code
    return ", ".join(clean[:-1]), postcode, nis
