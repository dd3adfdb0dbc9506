"""What to tell a person when a letter lacks values: the field to fill in and its label.  Qt-free.

A letter takes its values from the family file (decision date, destination municipality,
members...), from the reception centre and the signed-in worker, and from the letter's own
*inputs* (typed in the letter dialog or given with ``letter --input``, many prefilled from the
new dwelling).  When some are missing, :func:`missing_value_errors` turns the placeholders
that had no value into field errors a person can act on:

* a missing input: ``field`` is the input's name (the letter dialog highlights that field),
  ``label`` its label from the letter definition (``label:`` in ``resources/letters/*.yaml``);
* a value of the family file: ``field`` is its path in the family file (``decision.decision_date``,
  ``destination_nis``, ``members``...) and the label says where to fill it in, e.g.
  "Decision date (family file ▸ Decision)";
* the addressee of a letter that has no usual one (a landlord, a school): ``field`` is
  ``recipient``.

Several placeholders with the same source (the destination municipality, its CPAS/OCMW and its
integration agency) give one error.  No placeholder name, template id or catalog key is ever
part of the message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from transition_app.domain.validation import CTX, ErrorCode, FieldError, Term
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from transition_app.letters.catalog import LetterDefinition
    from transition_app.services.dto import FamilyDetail

#: One message for every missing value; its ``label`` says what (and where) it is.
VALUE_MISSING = ErrorCode("letter.missing_value", QT_TRANSLATE_NOOP(
    "Validation", "{label} is needed for this letter."), CTX)

#: The labels of the letters' inputs (``label:`` in resources/letters/*.yaml), marked here for
#: the translators: a test checks every input label of every letter is in this list.
INPUT_LABELS = (
    QT_TRANSLATE_NOOP("Validation", "Address of the new dwelling"),
    QT_TRANSLATE_NOOP("Validation", "Address of the dwelling"),
    QT_TRANSLATE_NOOP("Validation", "Start of the lease"),
    QT_TRANSLATE_NOOP("Validation", "Monthly rent"),
    QT_TRANSLATE_NOOP("Validation", "Rental guarantee asked"),
    QT_TRANSLATE_NOOP("Validation", "Landlord"),
    QT_TRANSLATE_NOOP("Validation", "Moving-in date"),
    QT_TRANSLATE_NOOP("Validation", "Desired first school day"),
    QT_TRANSLATE_NOOP("Validation", "Reason for the referral / needs"),
)


def _t(text: str) -> Term:
    return Term(text, CTX)


# where a value of the family file (or of the centre, or the rules) is filled in
L_HEAD = _t(QT_TRANSLATE_NOOP("Validation", "Head of household (family file ▸ Members)"))
L_HEAD_BIRTH = _t(QT_TRANSLATE_NOOP("Validation", "Birth date of the head of household (family file ▸ Members)"))
L_HEAD_NATIONALITY = _t(QT_TRANSLATE_NOOP(
    "Validation", "Nationality of the head of household (family file ▸ Members)"))
L_HOUSEHOLD = _t(QT_TRANSLATE_NOOP("Validation", "Family members living in Belgium (family file ▸ Members)"))
L_CHILDREN = _t(QT_TRANSLATE_NOOP("Validation", "Children living in Belgium (family file ▸ Members)"))
L_ABROAD = _t(QT_TRANSLATE_NOOP("Validation", "Family members still abroad (family file ▸ Members)"))
L_LANGUAGES = _t(QT_TRANSLATE_NOOP("Validation", "Languages spoken (family file ▸ Members)"))
L_PROTECTION = _t(QT_TRANSLATE_NOOP("Validation", "Protection status (family file ▸ Decision)"))
L_BODY = _t(QT_TRANSLATE_NOOP("Validation", "Deciding body (family file ▸ Decision)"))
L_DECISION_DATE = _t(QT_TRANSLATE_NOOP("Validation", "Decision date (family file ▸ Decision)"))
L_REFERENCE = _t(QT_TRANSLATE_NOOP("Validation", "Decision reference (family file ▸ Decision)"))
L_APPLICATION = _t(QT_TRANSLATE_NOOP("Validation", "Asylum application date (family file ▸ Decision)"))
L_ARRIVAL = _t(QT_TRANSLATE_NOOP("Validation", "Arrival date (family file ▸ Household)"))
L_EXIT = _t(QT_TRANSLATE_NOOP(
    "Validation", "Exit date (family file ▸ Household) or decision date (family file ▸ Decision)"))
L_EXIT_RECORDED = _t(QT_TRANSLATE_NOOP("Validation", "Exit date, planned or actual (family file ▸ Household)"))
L_DESTINATION = _t(QT_TRANSLATE_NOOP("Validation", "Destination municipality (family file ▸ Household)"))
L_CENTRE = _t(QT_TRANSLATE_NOOP("Validation", "Reception centre (family file ▸ Household)"))
L_WORKER = _t(QT_TRANSLATE_NOOP("Validation", "Social worker (family file ▸ Household)"))
L_PLACE = _t(QT_TRANSLATE_NOOP("Validation", "Municipality of the reception centre (Administration ▸ Centres)"))
L_EXTENSION = _t(QT_TRANSLATE_NOOP("Validation", "Extension of the stay in reception (checklist)"))
L_RULES = _t(QT_TRANSLATE_NOOP("Validation", "A rule for this date (rules files: ask your coordinator)"))
L_RECIPIENT = _t(QT_TRANSLATE_NOOP("Validation", "Addressee (name and address)"))
L_LANDLORD_RECIPIENT = _t(QT_TRANSLATE_NOOP("Validation", "Landlord (name and address)"))
L_SCHOOL_RECIPIENT = _t(QT_TRANSLATE_NOOP("Validation", "School (name and address)"))
L_OTHER = _t(QT_TRANSLATE_NOOP("Validation", "A value of the family file"))

#: placeholder -> (path in the family file, label); "{head}" in a path is the head's index
_FAMILY_SOURCES: Mapping[str, tuple[str, Term]] = {
    "head": ("members", L_HEAD),
    "head_birth_date": ("members[{head}].birth_date", L_HEAD_BIRTH),
    "head_nationality": ("members[{head}].nationality", L_HEAD_NATIONALITY),
    "household": ("members", L_HOUSEHOLD),
    "household_size": ("members", L_HOUSEHOLD),
    "children": ("members", L_CHILDREN),
    "members_abroad": ("members", L_ABROAD),
    "languages_spoken": ("members[{head}].languages", L_LANGUAGES),
    "protection_status": ("decision.protection_type", L_PROTECTION),
    "deciding_body": ("decision.deciding_body", L_BODY),
    "decision_date": ("decision.decision_date", L_DECISION_DATE),
    "decision_reference": ("decision.reference", L_REFERENCE),
    "asylum_application_date": ("decision.asylum_application_date", L_APPLICATION),
    "arrival_date": ("arrival_date", L_ARRIVAL),
    "reception_end": ("decision.decision_date", L_DECISION_DATE),
    "reception_end_initial": ("decision.decision_date", L_DECISION_DATE),
    "reunification_until": ("decision.decision_date", L_DECISION_DATE),
    "reunification_from": ("decision.decision_date", L_DECISION_DATE),
    "reunification_months": ("decision.decision_date", L_DECISION_DATE),
    "reunification_waiting_months": ("decision.decision_date", L_DECISION_DATE),
    "exit_date": ("exit_date", L_EXIT),
    "rental_guarantee_before": ("exit_date", L_EXIT),
    "extension_months": ("extensions", L_EXTENSION),
    "cpas_decision_days": ("rules", L_RULES),
    "cpas_forward_days": ("rules", L_RULES),
    "address_declaration_days": ("rules", L_RULES),
    "destination_municipality": ("destination_nis", L_DESTINATION),
    "destination_cpas": ("destination_nis", L_DESTINATION),
    "integration_agency": ("destination_nis", L_DESTINATION),
    "centre_name": ("centre_id", L_CENTRE),
    "centre_operator": ("centre_id", L_CENTRE),
    "place": ("centre", L_PLACE),
    "worker_name": ("worker_id", L_WORKER),
}
#: recipient kinds whose usual addressee follows from the destination municipality
_FROM_DESTINATION = frozenset({"cpas", "cpas_dwelling", "municipality", "integration_agency"})
_RECIPIENT_LABELS = {"landlord": L_LANDLORD_RECIPIENT, "school": L_SCHOOL_RECIPIENT}
#: a derived value missing because an input is: the input's field
_FROM_INPUT = {"address_declaration_due": "move_in_date"}
RECIPIENT = "recipient"  # the field of the addressee (placeholder recipient_name, block "recipient")


def _head_index(family: FamilyDetail) -> int:
    for i, p in enumerate(family.members):
        if p.relation == "head":
            return i
    return 0


def missing_value_errors(missing: Iterable[str], letter: LetterDefinition, family: FamilyDetail,
                         exit_known: bool = True) -> tuple[list[FieldError], list[str]]:
    """Field errors for the placeholders in ``missing`` (one per field and label: the letter's inputs
    first, in their order, then the family file's values in the order the letter uses them), and
    the names of the missing inputs.  ``exit_known``: whether the family file has an exit date."""
    errors: list[FieldError] = []
    inputs: list[str] = []
    seen: set[tuple[str, str]] = set()
    specs = letter.placeholders

    def add(path: str, label: Term | str) -> None:
        key = (path, str(label))
        if key not in seen:
            seen.add(key)
            errors.append(FieldError(path, VALUE_MISSING, {"label": label}))

    for name in missing:
        name = _FROM_INPUT.get(name, name) if _FROM_INPUT.get(name) in specs else name
        spec = specs.get(name)
        if spec is not None and spec.input:
            if name not in inputs:
                inputs.append(name)
            add(name, _t(spec.label))
        elif name in (RECIPIENT, "recipient_name"):
            if letter.recipient_kind in _FROM_DESTINATION and not family.destination_nis:
                add("destination_nis", L_DESTINATION)
            else:
                add(RECIPIENT, _RECIPIENT_LABELS.get(letter.recipient_kind, L_RECIPIENT))
        elif name in _FAMILY_SOURCES:
            path, label = _FAMILY_SOURCES[name]
            if name == "exit_date":
                label = L_EXIT_RECORDED  # only a recorded exit date is printed, never a computed one
            elif name == "rental_guarantee_before" and exit_known:
                path, label = "rules", L_RULES  # the exit date is known: no rule covers it
            add(path.format(head=_head_index(family)), label)
        elif name == "address_declaration_due":
            add("rules", L_RULES)
        else:  # a placeholder without a known source: a value of the case, by its generic label
            add("family", L_OTHER)
    # the letter's own inputs first, in the form's order (what can be filled in right here), then the rest
    order = [spec.name for spec in letter.inputs]
    errors.sort(key=lambda e: order.index(e.field) if e.field in order else len(order))
    inputs.sort(key=order.index)
    return errors, inputs


def input_label(letter: LetterDefinition, name: str) -> Term:
    """The label of the input ``name`` of ``letter`` (a Term of the "Validation" context)."""
    return _t(letter.placeholders[name].label)


def labels_of(errors: Sequence[FieldError]) -> list[str]:
    """The English labels of ``errors`` (the command line)."""
    return [str(e.params.get("label", "")) for e in errors]
