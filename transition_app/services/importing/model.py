"""Plain results of an import: problems by row and field, duplicates, the report, the preview.  Qt-free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from transition_app.domain.validation import ErrorCode

SKIP = "skip"
MERGE = "merge"
DUPLICATE_ACTIONS = (SKIP, MERGE)

# kinds of duplicate
BY_NATIONAL_NUMBER = "national_register_number"
BY_NAME_BIRTH = "name_birth_date"
BY_CASE_NUMBER = "case_number"


@dataclass(frozen=True)
class Problem:
    """Why a row is not imported: the spreadsheet's row number (header = row 1 as a rule), the
    import field (``""``: the row as a whole), the column's header, and the reason as a code
    with parameters (field labels are :class:`~transition_app.domain.validation.Term` s)."""

    row: int
    field: str
    code: ErrorCode
    params: Mapping[str, object] = field(default_factory=dict)
    column: str | None = None

    @property
    def message(self) -> str:
        """The reason in English (command line)."""
        return self.code.format(**self.params)

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class Duplicate:
    """A family of the file with a person (or case number) that is already recorded.

    ``row``: the first row of the file's family that matched (also the key to choose its action);
    ``family_id``/``case_number``: the family already in the database (None when the first
    occurrence is earlier in the same file: ``same_as_row``); ``kind``: how it matched;
    ``action``: skip or merge; ``can_merge``: False when the match is a family the person may
    not change or several families (then it is always skipped, ``reason`` says why);
    ``kept``: fields whose existing value was kept although the file had another one (merge);
    ``added_members``: members the merge adds.
    """

    row: int
    kind: str
    action: str
    rows: tuple[int, ...]
    family_id: int | None = None
    case_number: str | None = None
    same_as_row: int | None = None
    can_merge: bool = True
    reason: str | None = None  # "several_families" | "not_yours"
    kept: tuple[str, ...] = ()
    added_members: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "family_id": self.family_id, "case_number": self.case_number,
                "same_as_row": self.same_as_row, "kind": self.kind, "action": self.action}


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    file_type: str
    rows: int  # data rows of the file (not the header, not empty rows)
    families: int  # families the rows make (after grouping by family key)
    imported: int  # families created (dry run: that would be created)
    merged: int  # families of the database completed by a merge
    rejected: tuple[Problem, ...]  # every problem, by row; a rejected row's family is not imported
    duplicates: tuple[Duplicate, ...]
    dry_run: bool
    written: bool  # False: nothing was written (dry run, rejected rows without skip_invalid, cancel)
    cancelled: bool = False
    family_ids: tuple[int, ...] = ()  # the families created
    persons: int = 0  # persons created (new families and members added by merges)
    importable: int = 0  # families that import when the rejected ones are left out (skip_invalid)
    mergeable: int = 0  # families of the database a merge completes when the rejected ones are left out

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.rejected}))

    def to_json(self) -> dict[str, Any]:
        """The ``import --json`` output (exactly these keys)."""
        return {"rows": self.rows, "families": self.families, "imported": self.imported,
                "rejected": [p.to_json() for p in self.rejected],
                "duplicates": [d.to_json() for d in self.duplicates]}


@dataclass(frozen=True)
class ColumnInfo:
    index: int
    header: str  # as in the file ("" when the column has none)
    name: str  # the header, or "column C"
    field: str | None  # the field it is imported as (None: not imported)
    detected: str | None  # the field its header names, by the synonyms
    samples: tuple[str, ...]  # the first values of the column, as text


@dataclass(frozen=True)
class PreviewRow:
    """One row as it will be stored: parsed values (dates, codes, NIS codes), its family."""

    row: int
    family: int  # 1, 2, ...: rows with the same number are one family
    family_key: str | None
    head: bool
    values: Mapping[str, object]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Preview:
    columns: tuple[ColumnInfo, ...]
    rows: tuple[PreviewRow, ...]  # the first rows of the file
    total_rows: int
    families: int


@dataclass(frozen=True)
class ImportOptions:
    """Choices of one import.

    ``centre_id``: default the importing person's centre (a social worker: always theirs);
    ``worker``: user name of the social worker who follows the families (default: nobody, or the
    importing person when they are a social worker); ``duplicates``: what to do with a duplicate
    unless ``duplicate_actions`` (duplicate's row -> action) says otherwise; ``skip_invalid``:
    import the valid families even when some rows are rejected.
    """

    centre_id: int | None = None
    worker: str | None = None
    duplicates: str = SKIP
    duplicate_actions: Mapping[int, str] = field(default_factory=dict)
    skip_invalid: bool = False


def iso(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value
