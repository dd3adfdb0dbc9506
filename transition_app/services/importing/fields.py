"""The fields a spreadsheet column can be imported as, with their labels and one-line descriptions.

The labels and descriptions are interface texts (translated by the UI, context "Import"); the
header synonyms and value vocabularies that recognise them are data, in
``resources/import/headers.yaml``.  Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

from transition_app.domain.validation import Term
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

CTX = "Import"

#: a person's own value (one per row)
PERSON = "person"
#: a value of the whole family: rows of one family must agree (empty cells are fine)
FAMILY = "family"


@dataclass(frozen=True)
class ImportField:
    id: str
    label: str  # source text, context "Import"
    description: str  # source text, context "Import"
    level: str  # PERSON | FAMILY

    @property
    def term(self) -> Term:
        return Term(self.label, CTX)


FIELDS: tuple[ImportField, ...] = (
    ImportField("family_key", QT_TRANSLATE_NOOP("Import", "Family key"), QT_TRANSLATE_NOOP(
        "Import", "Rows with the same key are one family; a row without a key is a household of its own."), FAMILY),
    ImportField("surname", QT_TRANSLATE_NOOP("Import", "Surname"), QT_TRANSLATE_NOOP(
        "Import", "The family name, as on the residence documents (required)."), PERSON),
    ImportField("given_names", QT_TRANSLATE_NOOP("Import", "Given names"), QT_TRANSLATE_NOOP(
        "Import", "The given names (required)."), PERSON),
    ImportField("birth_date", QT_TRANSLATE_NOOP("Import", "Birth date"), QT_TRANSLATE_NOOP(
        "Import", "dd/mm/yyyy, d.m.yyyy, dd-mm-yyyy, yyyy-mm-dd or a date cell; the year in full."), PERSON),
    ImportField("sex", QT_TRANSLATE_NOOP("Import", "Sex"), QT_TRANSLATE_NOOP(
        "Import", "M, F or X; also H/V, Homme/Femme, Man/Vrouw."), PERSON),
    ImportField("relationship", QT_TRANSLATE_NOOP("Import", "Relationship"), QT_TRANSLATE_NOOP(
        "Import", "To the head of household: head, spouse, partner, child, parent, sibling or other "
        "(French, Dutch or English words)."), PERSON),
    ImportField("nationality", QT_TRANSLATE_NOOP("Import", "Nationality"), QT_TRANSLATE_NOOP(
        "Import", "An ISO country code (SY, AF...) or the country's name in French, Dutch or English."), PERSON),
    ImportField("languages", QT_TRANSLATE_NOOP("Import", "Languages"), QT_TRANSLATE_NOOP(
        "Import", "Languages spoken, as codes or names, separated by commas."), PERSON),
    ImportField("preferred_language", QT_TRANSLATE_NOOP("Import", "Preferred language"), QT_TRANSLATE_NOOP(
        "Import", "The language to use with the person (one of the languages spoken)."), PERSON),
    ImportField("in_belgium", QT_TRANSLATE_NOOP("Import", "In Belgium"), QT_TRANSLATE_NOOP(
        "Import", "Yes, or no for a family member still abroad (family reunification); default yes."), PERSON),
    ImportField("protection_status", QT_TRANSLATE_NOOP("Import", "Protection status"), QT_TRANSLATE_NOOP(
        "Import", "Refugee or subsidiary protection (also réfugié, subsidiaire, vluchteling, "
        "subsidiaire bescherming)."), FAMILY),
    ImportField("decision_date", QT_TRANSLATE_NOOP("Import", "Decision date"), QT_TRANSLATE_NOOP(
        "Import", "Date of the protection decision: the checklist and its deadlines start from it."), FAMILY),
    ImportField("notification_date", QT_TRANSLATE_NOOP("Import", "Notification date"), QT_TRANSLATE_NOOP(
        "Import", "Date the decision was notified."), FAMILY),
    ImportField("application_date", QT_TRANSLATE_NOOP("Import", "Asylum application date"), QT_TRANSLATE_NOOP(
        "Import", "Date of the asylum application."), FAMILY),
    ImportField("decision_body", QT_TRANSLATE_NOOP("Import", "Deciding body"), QT_TRANSLATE_NOOP(
        "Import", "CGRS / CGRA / CGVS (the default) or CALL / CCE / RvV."), FAMILY),
    ImportField("decision_reference", QT_TRANSLATE_NOOP("Import", "Decision reference"), QT_TRANSLATE_NOOP(
        "Import", "The reference of the decision letter."), FAMILY),
    ImportField("destination_municipality", QT_TRANSLATE_NOOP("Import", "Destination municipality"),
                QT_TRANSLATE_NOOP("Import", "Where the family will live: the name in French, Dutch or German, "
                                            "or the postcode."), FAMILY),
    ImportField("arrival_date", QT_TRANSLATE_NOOP("Import", "Arrival date"), QT_TRANSLATE_NOOP(
        "Import", "Arrival in the reception centre."), FAMILY),
    ImportField("phone", QT_TRANSLATE_NOOP("Import", "Phone"), QT_TRANSLATE_NOOP(
        "Import", "A phone number, added to the family's contacts."), PERSON),
    ImportField("email", QT_TRANSLATE_NOOP("Import", "E-mail"), QT_TRANSLATE_NOOP(
        "Import", "An e-mail address, added to the family's contacts."), PERSON),
    ImportField("national_register_number", QT_TRANSLATE_NOOP("Import", "National register number"),
                QT_TRANSLATE_NOOP("Import", "Belgian national register or BIS number, checked against the "
                                            "birth date."), PERSON),
    ImportField("case_number", QT_TRANSLATE_NOOP("Import", "Case number"), QT_TRANSLATE_NOOP(
        "Import", "The family's case number; a new one is given when it is empty."), FAMILY),
    ImportField("notes", QT_TRANSLATE_NOOP("Import", "Notes"), QT_TRANSLATE_NOOP(
        "Import", "Text added to the family's notes (not confidential)."), FAMILY),
)

BY_ID: dict[str, ImportField] = {f.id: f for f in FIELDS}
FIELD_IDS: tuple[str, ...] = tuple(BY_ID)
DECISION_FIELDS = ("protection_status", "decision_date", "notification_date", "application_date",
                   "decision_body", "decision_reference")
DATE_FIELDS = frozenset({"birth_date", "decision_date", "notification_date", "application_date", "arrival_date"})


def field(field_id: str) -> ImportField:
    return BY_ID[field_id]
