"""From rows to families: read each cell as its field, group the rows by family key, find the
head of household and the family's values, find duplicates (in the file and in the database),
and check every family with the rules of a family entered by hand
(``FamilyService._validation_problems``).  Every problem is kept, by row and field.  Qt-free.

Rules (also in the README, "Import"):

* one row per person; rows with the same family key (compared without case or extra spaces)
  are one family, wherever they are in the file; a row without a key is a household of its
  own (its relationship must be empty or "head");
* the head of household is the row marked so.  When no row is marked: a one-person family's
  member is its head; otherwise, when exactly one member is an adult (18 or more today) and
  has no relationship given while every other member has a birth date under 18, that adult is
  the head.  Else the family is rejected ("no head"); two heads are rejected too.  Every other
  member of a family of more than one person needs its relationship;
* family values (decision, destination, arrival date, case number) may be on any row of the
  family, on one or on all; two different values are rejected naming both rows.  Notes of all
  rows are kept.  A decision needs its protection status and its date; the deciding body is
  the CGRS unless the file says otherwise;
* a problem on one row rejects the whole family (its other rows say so): a family is imported
  whole or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from transition_app.access.permissions import Actor, Permission
from transition_app.domain import enums
from transition_app.domain.validation import FieldError, Term
from transition_app.services.dto import ContactInput, DecisionInput, FamilyInput, PersonInput
from transition_app.services.families import FamilyService
from transition_app.services.importing import errors as E
from transition_app.services.importing import vocabulary as V
from transition_app.services.importing.fields import BY_ID, DATE_FIELDS, DECISION_FIELDS, FAMILY, FIELD_IDS
from transition_app.services.importing.model import (
    BY_CASE_NUMBER,
    BY_NAME_BIRTH,
    BY_NATIONAL_NUMBER,
    MERGE,
    SKIP,
    Duplicate,
    ImportOptions,
    Problem,
)
from transition_app.services.importing.readers import FORMULA_WITHOUT_VALUE, ErrorValue, Table
from transition_app.services.scope import in_scope
from transition_app.store.models import Family, Person

ColumnMapping = tuple[str | None, ...]  # the field of each column (None: not imported)

ADULT_AGE = 18
FAMILY_FIELDS = tuple(f for f in FIELD_IDS if BY_ID[f].level == FAMILY and f not in ("family_key", "notes"))
PERSON_FILL = ("birth_date", "sex", "nationality", "preferred_language", "national_register_number")
_FIELD_ORDER = {f: i for i, f in enumerate(FIELD_IDS)}

# service field path -> import field
_MEMBER_FIELDS = {"given_names": "given_names", "family_name": "surname", "relation": "relationship",
                  "birth_date": "birth_date", "sex": "sex", "nationality": "nationality",
                  "languages": "languages", "preferred_language": "preferred_language",
                  "national_number": "national_register_number"}
_DECISION_FIELDS = {"protection_type": "protection_status", "deciding_body": "decision_body",
                    "decision_date": "decision_date", "asylum_application_date": "application_date",
                    "notification_date": "notification_date", "reference": "decision_reference"}
_FAMILY_PATHS = {"case_number": "case_number", "destination_nis": "destination_municipality",
                 "arrival_date": "arrival_date"}
_MEMBER_PATH = re.compile(r"^members\[(\d+)\]\.(\w+)$")
_CONTACT_PATH = re.compile(r"^contacts\[(\d+)\]\.")


_TERMS = {f: BY_ID[f].term for f in FIELD_IDS}


def label(field_id: str) -> Term:
    return _TERMS[field_id]


# --------------------------------------------------------------------------- cells


def _text(raw: object) -> str:
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, int | float):
        return V.number_text(raw)
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(sep=" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return str(raw).strip()


def convert(field_id: str, raw: object, excel: bool) -> object:
    """The value of a cell as field ``field_id`` stores it; raises ``vocabulary.BadValue``."""
    lab = label(field_id)
    if raw is FORMULA_WITHOUT_VALUE:
        raise V.BadValue(E.FORMULA_WITHOUT_VALUE, label=lab)
    if isinstance(raw, ErrorValue):
        raise V.BadValue(E.ERROR_CELL, label=lab, value=raw.text)
    if field_id in DATE_FIELDS:
        return V.date_value(raw, lab, excel)
    if field_id == "national_register_number":
        return V.digits_text(raw, 11)
    if field_id == "phone":
        return V.phone_text(raw)
    text = _text(raw)
    if field_id in ("surname", "given_names"):
        return " ".join(text.split())
    if field_id == "family_key":
        text = " ".join(text.split())
        if len(text) > 64:
            raise V.BadValue(E.TOO_LONG, label=lab, max=64)
        return text
    if field_id in ("sex", "relationship", "protection_status", "decision_body"):
        return V.vocabulary_value(field_id, text, lab)
    if field_id == "in_belgium":
        return V.vocabulary_value("in_belgium", text, lab) == "yes"
    if field_id == "nationality":
        return V.nationality(text, lab)
    if field_id == "languages":
        return V.language_list(text, lab)
    if field_id == "preferred_language":
        return V.language(text, lab)
    if field_id == "destination_municipality":
        return V.municipality(text, lab)
    if field_id == "notes":
        return str(raw).strip() if isinstance(raw, str) else text
    return text


def display(value: object) -> str:
    """A parsed value quoted back in a message."""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# --------------------------------------------------------------------------- rows and families


@dataclass(eq=False)
class Row:
    number: int
    values: dict[str, Any]
    columns: dict[str, str]  # field -> header of its column
    problems: list[Problem] = field(default_factory=list)
    key_text: str | None = None
    merged: bool = False  # brought into another family of the file by a merge
    _keys: tuple[object, list[tuple[str, object]]] | None = field(default=None, repr=False)

    @property
    def key(self) -> str | None:
        return V.key(self.key_text) if self.key_text else None

    @property
    def person_keys(self) -> list[tuple[str, object]]:
        """How this person is recognised elsewhere (computed once; a merge may complete the row)."""
        state = (self.values.get("national_register_number"), self.values.get("surname"),
                 self.values.get("given_names"), self.values.get("birth_date"))
        if self._keys is None or self._keys[0] != state:
            self._keys = (state, person_keys(self.values))
        return self._keys[1]

    def problem(self, field_id: str, code: E.ErrorCode, **params: object) -> Problem:
        return Problem(self.number, field_id, code, params, self.columns.get(field_id))


@dataclass(eq=False)
class Group:
    rows: list[Row]  # its members, in file order
    keyless: bool = False
    sources: list[Row] = field(default_factory=list)  # every row whose values count (members + merged-in)
    problems: list[Problem] = field(default_factory=list)
    skipped: bool = False
    merged_into: Group | None = None
    kept: set[str] = field(default_factory=set)
    duplicates: list[Duplicate] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = list(self.rows)

    @property
    def first(self) -> int:
        return self.rows[0].number

    @property
    def row_numbers(self) -> tuple[int, ...]:
        return tuple(sorted({r.number for r in self.sources}))


@dataclass(eq=False)
class Draft:
    """A family ready to be checked and written, and where each of its values came from."""

    group: Group
    data: FamilyInput
    member_rows: list[Row]
    contact_rows: list[Row]
    family_rows: dict[str, Row]  # import field -> the row its value came from
    key_text: str | None
    notes: tuple[str, ...]
    problems: list[Problem] = field(default_factory=list)
    target_id: int | None = None  # merge into this family of the database
    merged_input: FamilyInput | None = None
    merged_rows: list[Row | None] = field(default_factory=list)  # merged_input's members -> rows

    @property
    def head_row(self) -> Row:
        return self.member_rows[0]


def parse_rows(table: Table, mapping: ColumnMapping) -> list[Row]:
    """The rows of ``table`` as values by field.  Without a family-key column, rows with the same
    case number are one family (a file kept by case: every member carries the family's number)."""
    excel = table.file_type == "xlsx"
    key_by_case = "family_key" not in mapping and "case_number" in mapping
    columns = {f: table.column_name(i) for i, f in enumerate(mapping) if f}
    out = []
    for sheet_row in table.rows:
        row = Row(sheet_row.number, {}, columns)
        for i, field_id in enumerate(mapping):
            if field_id is None or i >= len(sheet_row.cells):
                continue
            raw = sheet_row.cells[i]
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            try:
                row.values[field_id] = convert(field_id, raw, excel)
            except V.BadValue as exc:
                row.problems.append(row.problem(field_id, exc.code, **exc.params))
        row.key_text = row.values.pop("family_key", None) or None
        if key_by_case and row.values.get("case_number"):
            row.key_text = str(row.values["case_number"])
        if row.values or row.key_text or row.problems:
            out.append(row)
    return out


def group_rows(rows: Iterable[Row]) -> list[Group]:
    groups: list[Group] = []
    by_key: dict[str, Group] = {}
    for row in rows:
        k = row.key
        if k is None:
            groups.append(Group([row], keyless=True))
        elif k in by_key:
            by_key[k].rows.append(row)
            by_key[k].sources.append(row)
        else:
            by_key[k] = Group([row])
            groups.append(by_key[k])
    return groups


def compact_nrn(value: object) -> str | None:
    digits = re.sub(r"\D", "", str(value or ""))
    return digits if len(digits) == 11 else None


def name_key(surname: str | None, given: str | None, birth: dt.date | None) -> tuple[str, str, dt.date] | None:
    if not surname or not given or birth is None:
        return None
    return (V.key(surname), V.key(given), birth)


def person_keys(values: dict[str, Any]) -> list[tuple[str, object]]:
    keys: list[tuple[str, object]] = []
    nrn = compact_nrn(values.get("national_register_number"))
    if nrn:
        keys.append((BY_NATIONAL_NUMBER, nrn))
    nk = name_key(values.get("surname"), values.get("given_names"), values.get("birth_date"))
    if nk:
        keys.append((BY_NAME_BIRTH, nk))
    return keys


def _same(a: object, b: object) -> bool:
    if a == b:
        return True
    if isinstance(a, str) and isinstance(b, str):
        return V.key(a) == V.key(b)
    return False


# --------------------------------------------------------------------------- the planner


class Planner:
    """Checks a table against the database in the caller's session (nothing is written)."""

    def __init__(self, s: Session, families: FamilyService, actor: Actor, today: dt.date,
                 options: ImportOptions, centre_id: int | None, worker_id: int | None,
                 progress: Callable[[int], None] | None = None):
        self.s = s
        self.families = families
        self.actor = actor
        self.today = today
        self.options = options
        self.centre_id = centre_id
        self.worker_id = worker_id
        self.progress = progress or (lambda n: None)
        self.duplicates: list[Duplicate] = []

    def action(self, row: int) -> str:
        return self.options.duplicate_actions.get(row, self.options.duplicates)

    # ----------------------------------------------------------------- the whole file
    def plan(self, table: Table, mapping: ColumnMapping) -> tuple[list[Row], list[Group], list[Draft]]:
        rows = parse_rows(table, mapping)
        groups = group_rows(rows)
        self._file_duplicates(groups)
        drafts = []
        for n, group in enumerate(groups):
            if group.skipped or group.merged_into is not None:
                continue
            drafts.append(self.draft(group))
            if n % 200 == 0:
                self.progress(n)
        self._database_duplicates(drafts)
        for n, d in enumerate(drafts):
            if d.group.skipped:
                continue
            if d.target_id is None:
                d.problems += self._service_problems(d, d.data, d.member_rows, None)
            if n % 200 == 0:
                self.progress(len(groups) + n)
        return rows, groups, [d for d in drafts if not d.group.skipped]

    # ----------------------------------------------------------------- duplicates in the file
    def _file_duplicates(self, groups: list[Group]) -> None:
        index: dict[tuple[str, object], tuple[Group, Row]] = {}
        cases: dict[str, tuple[Group, Row]] = {}

        def register(group: Group, rows: Iterable[Row]) -> None:
            for r in rows:
                for k in r.person_keys:
                    index.setdefault(k, (group, r))
                case = r.values.get("case_number")
                if case:
                    cases.setdefault(V.key(case), (group, r))

        for group in groups:
            seen: dict[tuple[str, object], Row] = {}
            for r in group.rows:
                for k in r.person_keys:
                    other = seen.setdefault(k, r)
                    if other is not r:
                        field_id = "national_register_number" if k[0] == BY_NATIONAL_NUMBER else "given_names"
                        r.problems.append(r.problem(field_id, E.SAME_PERSON_TWICE, other_row=other.number))
                        break
            match: tuple[Row, str, Group, Row] | None = None
            for r in group.rows:
                for k in r.person_keys:
                    hit = index.get(k)
                    if hit is not None and hit[0] is not group:
                        match = (r, k[0], *hit)
                        break
                if match:
                    break
            if match is None:
                for r in group.rows:
                    case = r.values.get("case_number")
                    hit = cases.get(V.key(case)) if case else None
                    if hit is not None and hit[0] is not group:
                        match = (r, BY_CASE_NUMBER, *hit)
                        break
            if match is None:
                register(group, group.rows)
                continue
            row, kind, target, target_row = match
            while target.merged_into is not None:
                target = target.merged_into
            action = self.action(row.number)
            dup = Duplicate(row=row.number, kind=kind, action=action, rows=group.row_numbers,
                            same_as_row=target_row.number)
            if action == MERGE:
                added = self._merge_group(target, group)
                group.merged_into = target
                dup = dataclasses.replace(dup, added_members=added)
                register(target, target.rows)
            else:
                group.skipped = True
            group.duplicates.append(dup)
            self.duplicates.append(dup)

    def _merge_group(self, target: Group, group: Group) -> int:
        """Bring ``group``'s rows into ``target`` (both of the file): a person already there gets
        only the values it has not; other persons are added; family values fill what is empty."""
        added = 0
        for r in group.rows:
            keys = set(r.person_keys)
            same = next((p for p in target.rows if keys & set(p.person_keys)), None)
            r.merged = True
            target.sources.append(r)
            if same is None:
                target.rows.append(r)
                added += 1
                continue
            for f, value in r.values.items():
                if BY_ID[f].level == FAMILY or f == "notes":
                    continue
                if f == "languages":
                    same.values["languages"] = tuple(dict.fromkeys((*same.values.get("languages", ()), *value)))
                elif f not in same.values:
                    same.values[f] = value
                elif not _same(same.values[f], value):
                    target.kept.add(f)
        return added

    # ----------------------------------------------------------------- one family
    def draft(self, group: Group) -> Draft:
        problems: list[Problem] = []
        members = group.rows
        head = self._head(group, problems)
        ordered = [head, *[r for r in members if r is not head]] if head is not None else list(members)
        family_values: dict[str, Any] = {}
        family_rows: dict[str, Row] = {}
        for f in FAMILY_FIELDS:
            first: Row | None = None
            for r in group.sources:
                if f not in r.values:
                    continue
                if first is None:
                    first = r
                elif not _same(r.values[f], first.values[f]):
                    if r.merged or first.merged:
                        group.kept.add(f)
                    else:
                        problems.append(r.problem(f, E.VALUES_DIFFER, label=label(f), value=display(r.values[f]),
                                                  other_value=display(first.values[f]), other_row=first.number))
            if first is not None:
                family_values[f] = first.values[f]
                family_rows[f] = first
        notes: list[str] = []
        seen_notes: set[str] = set()
        for r in group.sources:
            text = r.values.get("notes")
            if text and V.key(text) not in seen_notes:
                seen_notes.add(V.key(text))
                notes.append(text)
        decision = self._decision(family_values, family_rows, head or members[0], problems)
        contacts: list[ContactInput] = []
        contact_rows: list[Row] = []
        seen_contacts: set[tuple[str, str]] = set()
        for r in group.sources:
            for kind, f in ((enums.ContactKind.PHONE, "phone"), (enums.ContactKind.EMAIL, "email")):
                value = r.values.get(f)
                if value and (kind, V.key(value)) not in seen_contacts:
                    seen_contacts.add((kind, V.key(value)))
                    contacts.append(ContactInput(kind.value, value, None))
                    contact_rows.append(r)
        persons = tuple(self._person(r, r is head) for r in ordered)
        data = FamilyInput(
            members=persons,
            status=enums.FamilyStatus.TRANSITION if decision else enums.FamilyStatus.AWAITING_DECISION,
            case_number=family_values.get("case_number"), centre_id=self.centre_id, worker_id=self.worker_id,
            arrival_date=family_values.get("arrival_date"),
            destination_nis=family_values.get("destination_municipality"),
            contacts=tuple(contacts), decision=decision)
        key_text = next((r.key_text for r in group.rows if r.key_text), None)
        return Draft(group, data, ordered, contact_rows, family_rows, key_text, tuple(notes), problems)

    def _head(self, group: Group, problems: list[Problem]) -> Row | None:
        members = group.rows
        heads = [r for r in members if r.values.get("relationship") == enums.Relation.HEAD]
        if len(heads) > 1:
            listed = ", ".join(str(r.number) for r in heads)
            for r in heads[1:]:
                code = E.MERGE_SECOND_HEAD if r.merged else E.TWO_HEADS
                problems.append(r.problem("relationship", code, rows=listed))
            head: Row | None = heads[0]
        elif heads:
            head = heads[0]
        elif len(members) == 1:
            only = members[0]
            relation = only.values.get("relationship")
            if relation is None:
                head = only
            elif group.keyless:
                problems.append(only.problem("relationship", E.KEYLESS_NOT_HEAD, value=relation))
                return None
            else:
                problems.append(only.problem("relationship", E.NO_HEAD, label=label("relationship")))
                return None
        else:
            head = self._inferred_head(members)
            if head is None:
                problems.append(members[0].problem("relationship", E.NO_HEAD, label=label("relationship")))
        if len(members) > 1:
            for r in members:
                if r is head or "relationship" in r.values or (head is None and r is members[0]):
                    continue  # the head, a relationship given, or the row that says "no head"
                problems.append(r.problem("relationship", E.RELATION_NEEDED, label=label("relationship")))
        return head

    def _inferred_head(self, members: Sequence[Row]) -> Row | None:
        """The only adult, when no relationship is given for them and every other member is a minor."""
        def age(r: Row) -> int | None:
            born = r.values.get("birth_date")
            if born is None:
                return None
            t = self.today
            return t.year - born.year - ((t.month, t.day) < (born.month, born.day))

        ages = [age(r) for r in members]
        adults = [r for r, a in zip(members, ages, strict=True) if a is not None and a >= ADULT_AGE]
        if len(adults) != 1 or "relationship" in adults[0].values:
            return None
        if any(a is None for r, a in zip(members, ages, strict=True) if r is not adults[0]):
            return None
        return adults[0]

    def _decision(self, values: dict[str, Any], rows: dict[str, Row], head: Row,
                  problems: list[Problem]) -> DecisionInput | None:
        given = [f for f in DECISION_FIELDS if f in values]
        if not given:
            return None
        where = rows[given[0]]
        for needed in ("protection_status", "decision_date"):
            if needed not in values:
                problems.append(where.problem(needed, E.NEEDED_WITH_DECISION, label=label(needed)))
        if "protection_status" not in values or "decision_date" not in values:
            return None
        return DecisionInput(
            protection_type=values["protection_status"],
            deciding_body=values.get("decision_body", enums.DecidingBody.CGRS.value),
            decision_date=values["decision_date"], asylum_application_date=values.get("application_date"),
            notification_date=values.get("notification_date"), reference=values.get("decision_reference"))

    @staticmethod
    def _person(r: Row, is_head: bool) -> PersonInput:
        v = r.values
        spoken = tuple(v.get("languages", ()))
        preferred = v.get("preferred_language")
        if preferred is not None and preferred not in spoken:  # one speaks the language one prefers
            spoken = (preferred, *spoken)
        return PersonInput(
            given_names=v.get("given_names", ""), family_name=v.get("surname", ""),
            relation=enums.Relation.HEAD.value if is_head else v.get("relationship", ""),
            birth_date=v.get("birth_date"), sex=v.get("sex"), nationality=v.get("nationality"),
            languages=spoken, preferred_language=preferred, national_number=v.get("national_register_number"),
            in_belgium=v.get("in_belgium", True))

    # ----------------------------------------------------------------- the service's rules
    def _service_problems(self, d: Draft, data: FamilyInput, member_rows: Sequence[Row | None],
                          family_id: int | None) -> list[Problem]:
        errors = self.families._validation_problems(self.s, data, family_id)
        if not errors:
            return []
        already = {(p.row, p.field) for r in d.group.sources for p in r.problems} | {
            (p.row, p.field) for p in d.problems}
        head_said = any(p.code in (E.NO_HEAD, E.TWO_HEADS, E.KEYLESS_NOT_HEAD, E.MERGE_SECOND_HEAD)
                        for p in d.problems)
        out = []
        for fe in errors:
            if fe.field == "members" and head_said:
                continue  # "exactly one head": the import's own message names the rows already
            row, field_id = self._where(d, fe, member_rows)
            if (row.number, field_id) in already:
                continue  # the cell's own problem says it already
            params = {k: Term(v, "Validation") if k in ("label", "other") else v for k, v in fe.params.items()}
            out.append(Problem(row.number, field_id, fe.code, params, row.columns.get(field_id)))
        return out

    @staticmethod
    def _where(d: Draft, fe: FieldError, member_rows: Sequence[Row | None]) -> tuple[Row, str]:
        m = _MEMBER_PATH.match(fe.field)
        if m:
            i = int(m.group(1))
            row = member_rows[i] if i < len(member_rows) else None
            return row or d.head_row, _MEMBER_FIELDS.get(m.group(2), "")
        if fe.field.startswith("decision."):
            f = _DECISION_FIELDS.get(fe.field.split(".", 1)[1], "decision_date")
            return d.family_rows.get(f) or d.family_rows.get("decision_date") or d.head_row, f
        m = _CONTACT_PATH.match(fe.field)
        if m:
            i = int(m.group(1))
            row = d.contact_rows[i] if i < len(d.contact_rows) else d.head_row
            kind = d.data.contacts[i].kind if i < len(d.data.contacts) else "phone"
            return row, "email" if kind == enums.ContactKind.EMAIL else "phone"
        f = _FAMILY_PATHS.get(fe.field)
        if f:
            return d.family_rows.get(f) or d.head_row, f
        if fe.field == "members":
            return d.head_row, "relationship"
        return d.head_row, ""

    # ----------------------------------------------------------------- duplicates in the database
    def _database_duplicates(self, drafts: list[Draft]) -> None:
        wanted_nrn: set[str] = set()
        wanted_births: set[dt.date] = set()
        wanted_cases: set[str] = set()
        for d in drafts:
            for p in d.data.members:
                nrn = compact_nrn(p.national_number)
                if nrn:
                    wanted_nrn.add(nrn)
                if p.birth_date is not None:
                    wanted_births.add(p.birth_date)
            if d.data.case_number:
                wanted_cases.add(d.data.case_number.strip())
        if not (wanted_nrn or wanted_births or wanted_cases):
            return
        by_nrn: dict[str, int] = {}
        by_name: dict[tuple[str, str, dt.date], int] = {}
        if wanted_nrn or wanted_births:
            stmt = select(Person.family_id, Person.national_number, Person.family_name, Person.given_names,
                          Person.birth_date).where(
                (Person.national_number.is_not(None)) | (Person.birth_date.is_not(None)))
            for family_id, nrn, surname, given, born in self.s.execute(stmt):
                if nrn and nrn in wanted_nrn:
                    by_nrn.setdefault(nrn, family_id)
                if born is not None and born in wanted_births:
                    nk = name_key(surname, given, born)
                    if nk:
                        by_name.setdefault(nk, family_id)
        by_case: dict[str, int] = {}
        cases = sorted(wanted_cases)
        for i in range(0, len(cases), 500):
            for fid, case in self.s.execute(select(Family.id, Family.case_number)
                                            .where(Family.case_number.in_(cases[i:i + 500]))):
                by_case[case] = fid
        for d in drafts:
            matches: list[tuple[Row, str, int]] = []
            for p, r in zip(d.data.members, d.member_rows, strict=True):
                nrn = compact_nrn(p.national_number)
                if nrn and nrn in by_nrn:
                    matches.append((r, BY_NATIONAL_NUMBER, by_nrn[nrn]))
                nk = name_key(p.family_name, p.given_names, p.birth_date)
                if nk and nk in by_name:
                    matches.append((r, BY_NAME_BIRTH, by_name[nk]))
            if d.data.case_number and d.data.case_number.strip() in by_case:
                matches.append((d.family_rows.get("case_number") or d.head_row, BY_CASE_NUMBER,
                                by_case[d.data.case_number.strip()]))
            if matches:
                self._database_duplicate(d, matches)

    def _database_duplicate(self, d: Draft, matches: list[tuple[Row, str, int]]) -> None:
        row, kind, target_id = min(matches, key=lambda m: m[0].number)
        targets = {m[2] for m in matches}
        reason = None
        family = self.s.get(Family, target_id)
        if len(targets) > 1:
            reason = "several_families"
        elif family is None or not self.actor.can(Permission.EDIT_FAMILY) or not in_scope(self.s, self.actor, family):
            reason = "not_yours"
        action = self.action(row.number) if reason is None else SKIP
        visible = reason != "not_yours" and family is not None
        dup = Duplicate(row=row.number, kind=kind, action=action, rows=d.group.row_numbers,
                        family_id=target_id if visible and reason is None else None,
                        case_number=family.case_number if visible and reason is None else None,
                        can_merge=reason is None, reason=reason)
        if action == SKIP:
            d.group.skipped = True
        else:
            d.target_id = target_id
            merged, rows, kept, added, problems = merge_input(
                FamilyService._detail(family).to_input(), d)  # type: ignore[arg-type]
            d.merged_input, d.merged_rows = merged, rows
            d.problems += problems
            d.problems += self._service_problems(d, merged, rows, target_id)
            dup = dataclasses.replace(dup, kept=tuple(sorted(kept | d.group.kept, key=_FIELD_ORDER.get)),
                                      added_members=added)
        d.group.duplicates.append(dup)
        self.duplicates.append(dup)


# --------------------------------------------------------------------------- merging into the database


def _member_keys(p: PersonInput) -> set[tuple[str, object]]:
    keys: set[tuple[str, object]] = set()
    nrn = compact_nrn(p.national_number)
    if nrn:
        keys.add((BY_NATIONAL_NUMBER, nrn))
    nk = name_key(p.family_name, p.given_names, p.birth_date)
    if nk:
        keys.add((BY_NAME_BIRTH, nk))
    return keys


def merge_input(existing: FamilyInput, d: Draft) -> tuple[FamilyInput, list[Row | None], set[str], int,
                                                           list[Problem]]:
    """``existing`` completed with the file's family ``d``: what merge does (never overwriting).

    * a person already in the family (same national register number, or same surname, given
      names and birth date) gets the birth date, sex, nationality, preferred language and
      national register number it has not; the languages it does not have are added;
    * the other persons are added to the family (not as a second head: that is refused);
    * the decision, destination and arrival date are taken when the family has none;
    * contacts not already recorded are added (the notes too, by the writer);
    * a value the family already has is kept when the file says otherwise (``kept`` names the
      fields, without values); the case number, centre and worker never change.
    """
    members = list(existing.members)
    rows: list[Row | None] = [None] * len(members)
    kept: set[str] = set()
    problems: list[Problem] = []
    added = 0
    has_head = any(m.relation == enums.Relation.HEAD for m in members)
    for p, r in zip(d.data.members, d.member_rows, strict=True):
        keys = _member_keys(p)
        idx = next((i for i, m in enumerate(members) if keys & _member_keys(m)), None)
        if idx is None:
            if p.relation == enums.Relation.HEAD and has_head:
                problems.append(r.problem("relationship", E.MERGE_SECOND_HEAD))
            members.append(p)
            rows.append(r)
            added += 1
            continue
        m = members[idx]
        changes: dict[str, Any] = {}
        for attr, f in (("birth_date", "birth_date"), ("sex", "sex"), ("nationality", "nationality"),
                        ("national_number", "national_register_number")):
            new, old = getattr(p, attr), getattr(m, attr)
            if new is None or new == "":
                continue
            if old is None or old == "":
                changes[attr] = new
            elif (compact_nrn(new) != compact_nrn(old)) if attr == "national_number" else new != old:
                kept.add(f)
        spoken = tuple(dict.fromkeys((*m.languages, *p.languages)))
        if spoken != m.languages:
            changes["languages"] = spoken
        if m.preferred_language is None and p.preferred_language is not None:
            changes["preferred_language"] = p.preferred_language
        elif p.preferred_language not in (None, m.preferred_language):
            kept.add("preferred_language")
        members[idx] = dataclasses.replace(m, **changes)
        rows[idx] = r
    decision = existing.decision
    if decision is None:
        decision = d.data.decision
    elif d.data.decision is not None:
        for attr, f in _DECISION_FIELDS.items():  # the recorded decision stays; say which values differed
            new, old = getattr(d.data.decision, attr), getattr(decision, attr)
            if f in d.family_rows and new not in (None, "") and not _same(new, old):
                kept.add(f)
    fields: dict[str, Any] = {}
    for attr, f in (("destination_nis", "destination_municipality"), ("arrival_date", "arrival_date"),
                    ("case_number", "case_number")):
        new, old = getattr(d.data, attr), getattr(existing, attr)
        if new is None:
            continue
        if old is None and attr != "case_number":
            fields[attr] = new
        elif not _same(new, old):
            kept.add(f)
    known = {(c.kind, V.key(c.value)) for c in existing.contacts}
    contacts = list(existing.contacts)
    for c in d.data.contacts:
        if (c.kind, V.key(c.value)) not in known:
            known.add((c.kind, V.key(c.value)))
            contacts.append(c)
    status = existing.status
    if status == enums.FamilyStatus.AWAITING_DECISION and decision is not None:
        status = enums.FamilyStatus.TRANSITION.value  # as recording the decision by hand does
    merged = dataclasses.replace(existing, members=tuple(members), decision=decision, contacts=tuple(contacts),
                                 status=status, **fields)
    return merged, rows, kept, added, problems
