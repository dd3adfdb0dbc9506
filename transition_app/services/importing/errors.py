"""What can be wrong with a file to import, as error codes with parameters (context "Import").

``{label}`` is a field's label (a :class:`~transition_app.domain.validation.Term`, translated by
the interface); values quoted back come from the person's own file.  Qt-free.
"""

from __future__ import annotations

from transition_app.domain.validation import ErrorCode
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

CTX = "Import"


def _c(code_id: str, text: str) -> ErrorCode:
    return ErrorCode(f"import.{code_id}", text, CTX)


# ----------------------------------------------------------------------- the file as a whole
UNKNOWN_FILE_TYPE = _c("unknown_file_type", QT_TRANSLATE_NOOP(
    "Import", "Only .csv and .xlsx files can be imported (save an .xls or .ods file as .xlsx first)."))
UNREADABLE = _c("unreadable", QT_TRANSLATE_NOOP(
    "Import", "This file could not be read as a {kind} file. Check that it is not damaged or protected by "
    "a password, and that it is the file you meant."))
UNKNOWN_SHEET = _c("unknown_sheet", QT_TRANSLATE_NOOP(
    "Import", "The workbook has no sheet named '{value}' (its sheets: {sheets})."))
EMPTY_FILE = _c("empty_file", QT_TRANSLATE_NOOP("Import", "The file has no rows to import under its header row."))
FILE_NOT_FOUND = _c("file_not_found", QT_TRANSLATE_NOOP("Import", "The file {value} cannot be opened."))
UNKNOWN_FIELD = _c("unknown_field", QT_TRANSLATE_NOOP(
    "Import", "'{value}' is not a field that can be imported (the list: import --fields)."))
UNKNOWN_COLUMN = _c("unknown_column", QT_TRANSLATE_NOOP("Import", "The file has no column '{value}'."))
BAD_MAP = _c("bad_map", QT_TRANSLATE_NOOP("Import", "'{value}' is not COLUMN=FIELD."))
FIELD_TWICE = _c("field_twice", QT_TRANSLATE_NOOP(
    "Import", "{label} is given to more than one column ({columns}): keep it for one column only."))
NAMES_NEEDED = _c("names_needed", QT_TRANSLATE_NOOP(
    "Import", "A column must be imported as the surname and one as the given names."))
NO_SUCH_MAPPING = _c("no_such_mapping", QT_TRANSLATE_NOOP("Import", "There is no saved mapping named '{value}'."))
MAPPING_NAME = _c("mapping_name", QT_TRANSLATE_NOOP(
    "Import", "A saved mapping needs a name of at most 60 characters."))
UNKNOWN_WORKER = _c("unknown_worker", QT_TRANSLATE_NOOP(
    "Import", "There is no active social worker with the user name '{value}'."))
RETIRED_CENTRE = _c("retired_centre", QT_TRANSLATE_NOOP(
    "Import", "This reception centre is retired: families can no longer be recorded in it."))
UNKNOWN_DUPLICATE_ACTION = _c("unknown_duplicate_action", QT_TRANSLATE_NOOP(
    "Import", "Duplicates are either skipped or merged, not '{value}'."))

# ----------------------------------------------------------------------- one cell
DATE_INVALID = _c("date_invalid", QT_TRANSLATE_NOOP(
    "Import", "{label}: '{value}' is not a date (write dd/mm/yyyy or yyyy-mm-dd)."))
DATE_TWO_DIGIT_YEAR = _c("date_two_digit_year", QT_TRANSLATE_NOOP(
    "Import", "{label}: '{value}' has a two-digit year, which could mean two centuries: write the year in "
    "full (for example 1993)."))
DATE_IMPLAUSIBLE = _c("date_implausible", QT_TRANSLATE_NOOP(
    "Import", "{label}: {value} is before 1900, which cannot be right."))
UNKNOWN_VALUE = _c("unknown_value", QT_TRANSLATE_NOOP(
    "Import", "{label}: '{value}' is not recognised (use one of: {expected})."))
UNKNOWN_NATIONALITY = _c("unknown_nationality", QT_TRANSLATE_NOOP(
    "Import", "{label}: '{value}' is not a country code or a country name the application knows."))
UNKNOWN_LANGUAGE = _c("unknown_language", QT_TRANSLATE_NOOP(
    "Import", "{label}: '{value}' is not a language code or a language name the application knows."))
UNKNOWN_MUNICIPALITY = _c("unknown_municipality", QT_TRANSLATE_NOOP(
    "Import", "{label}: '{value}' is not a Belgian municipality or postcode."))
AMBIGUOUS_MUNICIPALITY = _c("ambiguous_municipality", QT_TRANSLATE_NOOP(
    "Import", "{label}: '{value}' can be more than one municipality ({names}): write its postcode "
    "or its full name."))
FORMULA_WITHOUT_VALUE = _c("formula_without_value", QT_TRANSLATE_NOOP(
    "Import", "{label}: this cell holds a formula whose result was not saved in the file. Open the file in "
    "Excel or LibreOffice, save it, and import it again."))
TOO_LONG = _c("too_long", QT_TRANSLATE_NOOP("Import", "{label} is too long (at most {max} characters)."))
ERROR_CELL = _c("error_cell", QT_TRANSLATE_NOOP("Import", "{label}: the cell shows the error {value}."))

# ----------------------------------------------------------------------- a family
VALUES_DIFFER = _c("values_differ", QT_TRANSLATE_NOOP(
    "Import", "{label} is '{value}' here but '{other_value}' on row {other_row} of the same family: a family has "
    "one value."))
NO_HEAD = _c("no_head", QT_TRANSLATE_NOOP(
    "Import", "This family has no head of household: mark one of its rows as the head ({label} column)."))
TWO_HEADS = _c("two_heads", QT_TRANSLATE_NOOP(
    "Import", "This family has more than one head of household (rows {rows})."))
RELATION_NEEDED = _c("relation_needed", QT_TRANSLATE_NOOP(
    "Import", "{label} is needed for every member of a family of more than one person."))
KEYLESS_NOT_HEAD = _c("keyless_not_head", QT_TRANSLATE_NOOP(
    "Import", "This row has no family key, so it would be a household of its own, but its relationship is "
    "'{value}': give it the key of its family."))
NEEDED_WITH_DECISION = _c("needed_with_decision", QT_TRANSLATE_NOOP(
    "Import", "{label} is needed when the family has a protection decision."))
SAME_PERSON_TWICE = _c("same_person_twice", QT_TRANSLATE_NOOP(
    "Import", "The same person is on row {other_row} of this family as well."))
FAMILY_REJECTED = _c("family_rejected", QT_TRANSLATE_NOOP(
    "Import", "Not imported with its family: row {other_row} of the same family has a problem."))
MERGE_SECOND_HEAD = _c("merge_second_head", QT_TRANSLATE_NOOP(
    "Import", "This row is a head of household, but the family it would be merged into already has one."))
