"""The import use cases: read a file, map its columns, preview, dry run, import; saved mappings.

Every call checks the right to record families (``CREATE_FAMILY``: coordinators and social
workers; a social worker imports into their own centre only).  ``run`` is one transaction: on
a rejected row (unless ``skip_invalid``), an error or a cancel, nothing is written.  The audit
log gets one ``import`` entry with counts only (and an ``edit`` entry per family completed by a
merge).  Qt-free.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select

from transition_app.access.permissions import Actor, Permission
from transition_app.clock import SYSTEM_CLOCK, Today
from transition_app.domain import enums
from transition_app.domain.validation import UNKNOWN_CODE, ServiceError, Term
from transition_app.services.audit import AuditAction, record
from transition_app.services.families import L_CENTRE, FamilyService
from transition_app.services.importing import errors as E
from transition_app.services.importing import readers
from transition_app.services.importing import vocabulary as V
from transition_app.services.importing.fields import BY_ID, FIELD_IDS, FIELDS, ImportField
from transition_app.services.importing.model import (
    DUPLICATE_ACTIONS,
    ColumnInfo,
    ImportOptions,
    ImportReport,
    Preview,
    PreviewRow,
    Problem,
)
from transition_app.services.importing.planner import ColumnMapping, Planner, _text, group_rows, parse_rows
from transition_app.services.importing.readers import Table
from transition_app.services.importing.writer import Cancelled, write_merges, write_new
from transition_app.services.scope import check_centre
from transition_app.store.database import Database
from transition_app.store.models import AppSetting, ReceptionCentre, Worker

MAPPINGS_KEY = "import.mappings"
IGNORE = frozenset({"", "-", "none", "ignore", "skip"})
Progress = Callable[[int, int], bool | None]
STEPS = 1000  # progress is reported as (done, 1000): checking is the first 40 %, writing the rest
_ORDER = {f: i for i, f in enumerate(FIELD_IDS)}


class ImportService:
    def __init__(self, db: Database, families: FamilyService, today: Today = SYSTEM_CLOCK, actor: Actor | None = None):
        self.db = db
        self.families = families
        self.today = today
        self.actor = actor or families.actor

    # ----------------------------------------------------------------- reading (no database)
    @staticmethod
    def fields() -> tuple[ImportField, ...]:
        return FIELDS

    @staticmethod
    def read(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
        return readers.read_table(path, sheet)

    @staticmethod
    def sheets(path: str | os.PathLike[str]) -> tuple[str, ...]:
        return readers.sheet_names(path)

    # ----------------------------------------------------------------- mapping
    def mapping(self, table: Table, saved: str | None = None, overrides: Sequence[str] = ()) -> ColumnMapping:
        """The field of each column: recognised from its header, then a saved mapping, then
        ``COLUMN=FIELD`` overrides (COLUMN: the header, or the column's letter; FIELD: a field
        id, or ``-`` to leave the column out)."""
        detected: list[str | None] = []
        taken: set[str] = set()
        for header in table.headers:
            f = V.field_for_header(header) if header else None
            detected.append(f if f and f not in taken else None)
            if f:
                taken.add(f)
        width = max([len(table.headers), *(len(r.cells) for r in table.rows)], default=0)
        detected += [None] * (width - len(detected))
        if saved is not None:
            stored = self.saved_mappings().get(saved)
            if stored is None:
                raise ServiceError(E.NO_SUCH_MAPPING, value=saved)
            for i, header in enumerate(table.headers):
                k = V.key(header)
                if header and k in stored:
                    detected[i] = stored[k] or None
        explicit: set[int] = set()
        for item in overrides:
            column, sep, field_name = item.rpartition("=")
            if not sep or not column.strip():
                raise ServiceError(E.BAD_MAP, value=item)
            index = self._column(table, column.strip(), width)
            f = self._field(field_name)
            if f is not None:
                for i, other in enumerate(detected):
                    if other == f and i not in explicit:
                        detected[i] = None
            detected[index] = f
            explicit.add(index)
        return tuple(detected)

    @staticmethod
    def _column(table: Table, column: str, width: int) -> int:
        k = V.key(column)
        for i, header in enumerate(table.headers):
            if header and V.key(header) == k:
                return i
        index = readers.column_index(column)
        if index is not None and index < width:
            return index
        raise ServiceError(E.UNKNOWN_COLUMN, value=column)

    @staticmethod
    def _field(name: str) -> str | None:
        k = V.key(name).replace(" ", "_")
        if k in IGNORE or name.strip() in IGNORE:
            return None
        if k in BY_ID:
            return k
        for f in FIELDS:
            if V.key(f.label) == V.key(name):
                return f.id
        raise ServiceError(E.UNKNOWN_FIELD, value=name.strip())

    @staticmethod
    def check_mapping(table: Table, mapping: ColumnMapping) -> None:
        """Refuse a mapping that gives a field to two columns or has no name columns."""
        by_field: dict[str, list[int]] = {}
        for i, f in enumerate(mapping):
            if f:
                by_field.setdefault(f, []).append(i)
        for f, columns in by_field.items():
            if len(columns) > 1:
                raise ServiceError(E.FIELD_TWICE, label=BY_ID[f].term,
                                   columns=", ".join(table.column_name(i) for i in columns))
        if "surname" not in by_field or "given_names" not in by_field:
            raise ServiceError(E.NAMES_NEEDED)

    def columns(self, table: Table, mapping: ColumnMapping, samples: int = 3) -> tuple[ColumnInfo, ...]:
        out = []
        for i, f in enumerate(mapping):
            header = table.headers[i] if i < len(table.headers) else ""
            values: list[str] = []
            for row in table.rows:
                if len(values) >= samples:
                    break
                if i < len(row.cells) and row.cells[i] not in (None, ""):
                    cell = row.cells[i]
                    values.append("" if cell is readers.FORMULA_WITHOUT_VALUE else _text(cell).replace("\n", " "))
            out.append(ColumnInfo(i, header, table.column_name(i), f, V.field_for_header(header) if header else None,
                                  tuple(values)))
        return tuple(out)

    # ----------------------------------------------------------------- saved mappings
    def saved_mappings(self) -> dict[str, dict[str, str]]:
        """name -> {folded header: field id ("" : left out)}."""
        self.actor.require(Permission.CREATE_FAMILY)
        with self.db.read() as s:
            value = s.scalar(select(AppSetting.value).where(AppSetting.key == MAPPINGS_KEY))
        return dict(value or {})

    def save_mapping(self, name: str, table: Table, mapping: ColumnMapping) -> None:
        self.actor.require(Permission.CREATE_FAMILY)
        name = " ".join(name.split())
        if not name or len(name) > 60:
            raise ServiceError(E.MAPPING_NAME)
        entry = {V.key(h): (mapping[i] or "") for i, h in enumerate(table.headers) if h and i < len(mapping)}
        self._store(lambda all_: {**all_, name: entry})

    def delete_mapping(self, name: str) -> None:
        self.actor.require(Permission.CREATE_FAMILY)
        self._store(lambda all_: {k: v for k, v in all_.items() if k != name})

    def _store(self, change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        with self.db.session() as s:
            row = s.scalar(select(AppSetting).where(AppSetting.key == MAPPINGS_KEY))
            if row is None:
                s.add(AppSetting(key=MAPPINGS_KEY, value=change({})))
            else:
                row.value = change(dict(row.value or {}))

    # ----------------------------------------------------------------- preview
    def preview(self, table: Table, mapping: ColumnMapping, limit: int = 30,
                options: ImportOptions | None = None) -> Preview:
        """The first ``limit`` rows as they will be stored, with their family and their problems."""
        self.actor.require(Permission.CREATE_FAMILY)
        self.check_mapping(table, mapping)
        rows = parse_rows(table, mapping)
        groups = group_rows(rows)
        planner = Planner(None, self.families, self.actor, self.today(), options or ImportOptions(),  # type: ignore[arg-type]
                          None, None)
        number = {}
        for n, g in enumerate(groups, start=1):
            for r in g.rows:
                number[id(r)] = (n, g)
        shown = rows[:limit]
        drafts = {}
        for r in shown:
            n, g = number[id(r)]
            if n not in drafts:
                drafts[n] = planner.draft(g)
        out = []
        for r in shown:
            n, g = number[id(r)]
            d = drafts[n]
            head = d.head_row is r and d.data.members[0].relation == enums.Relation.HEAD
            values = dict(r.values)
            if head:
                values["relationship"] = enums.Relation.HEAD.value
            problems = tuple(r.problems) + tuple(p for p in d.problems if p.row == r.number)
            out.append(PreviewRow(r.number, n, r.key_text, head, values, problems))
        return Preview(self.columns(table, mapping), tuple(out), len(rows), len(groups))

    # ----------------------------------------------------------------- dry run and import
    def dry_run(self, table: Table, mapping: ColumnMapping, options: ImportOptions | None = None,
                progress: Progress | None = None) -> ImportReport:
        """Everything ``run`` would do, and every problem, without writing anything."""
        return self._execute(table, mapping, options or ImportOptions(), False, progress)

    def run(self, table: Table, mapping: ColumnMapping, options: ImportOptions | None = None,
            progress: Progress | None = None) -> ImportReport:
        """Import, in one transaction.  ``progress(done, total)`` is called along the way; returning
        ``False`` cancels (nothing is written).  With a rejected row and without
        ``options.skip_invalid`` nothing is written either (``written`` is False)."""
        return self._execute(table, mapping, options or ImportOptions(), True, progress)

    def _execute(self, table: Table, mapping: ColumnMapping, options: ImportOptions, write: bool,
                 progress: Progress | None) -> ImportReport:
        self.actor.require(Permission.CREATE_FAMILY)
        self.check_mapping(table, mapping)
        for action in (options.duplicates, *options.duplicate_actions.values()):
            if action not in DUPLICATE_ACTIONS:
                raise ServiceError(E.UNKNOWN_DUPLICATE_ACTION, value=action)
        centre_id = check_centre(self.actor, options.centre_id if options.centre_id is not None
                                 else self.actor.centre_id)
        today = self.today()

        def report(done: int) -> None:
            if progress is not None and progress(min(done, STEPS), STEPS) is False:
                raise Cancelled

        unit = max(1, len(table.rows))
        try:
            session = self.db.session() if write else self.db.read()
            with session as s:
                report(0)
                centre = s.get(ReceptionCentre, centre_id) if centre_id is not None else None
                if centre_id is not None and centre is None:
                    raise ServiceError(UNKNOWN_CODE, label=Term(L_CENTRE), value=centre_id)
                if centre is not None and centre.retired_at is not None:
                    raise ServiceError(E.RETIRED_CENTRE)
                worker_id = self._worker(s, options.worker)
                planner = Planner(s, self.families, self.actor, today, options, centre_id, worker_id,
                                  progress=lambda n: report(n * 200 // unit))
                rows, groups, drafts = planner.plan(table, mapping)
                rejected = _rejections(drafts)
                bad = {id(d) for d in drafts if _problems(d)}
                good = [d for d in drafts if id(d) not in bad]
                go = not rejected or options.skip_invalid
                new = [d for d in good if d.target_id is None] if go else []
                merges = [d for d in good if d.target_id is not None] if go else []
                report(400)
                ids: list[int] = []
                persons = 0
                if write and go and (new or merges):
                    total = max(1, len(new) + len(merges))
                    done = {"n": 0}

                    def step(n: int) -> bool:
                        done["n"] += n
                        return progress is None or progress(400 + 600 * done["n"] // total, STEPS) is not False

                    persons = write_merges(s, merges, actor=self.actor, today=today, families=self.families,
                                           progress=step)
                    ids, new_persons = write_new(s, new, actor=self.actor, today=today, families=self.families,
                                                 progress=step)
                    persons += new_persons
                    record(s, self.actor, AuditAction.IMPORT, rows=len(rows), families=len(groups),
                           imported=len(ids), merged=len(merges), rejected=len({p.row for p in rejected}),
                           duplicates=len(planner.duplicates), file_type=table.file_type)
                written = write and go and bool(new or merges)
                report(STEPS)
        except Cancelled:
            return ImportReport(table.file_type, len(table.rows), 0, 0, 0, (), (), dry_run=not write, written=False,
                                cancelled=True)
        if written and len(ids) >= 100:
            self.db.optimize()  # a big import changes the tables' statistics the planner reads
        return ImportReport(
            file_type=table.file_type, rows=len(rows), families=len(groups), imported=len(new),
            merged=len(merges), rejected=tuple(rejected), duplicates=tuple(planner.duplicates),
            dry_run=not write, written=written, family_ids=tuple(ids), persons=persons,
            importable=sum(1 for d in good if d.target_id is None), mergeable=sum(1 for d in good if d.target_id))

    def _worker(self, s: Any, username: str | None) -> int | None:
        if username is None or not username.strip():
            return self.actor.worker_id if self.actor.role == enums.Role.SOCIAL_WORKER else None
        worker = s.scalar(select(Worker).where(Worker.username == username.strip()))
        if worker is None or not worker.active or worker.role not in (enums.Role.SOCIAL_WORKER,
                                                                      enums.Role.COORDINATOR):
            raise ServiceError(E.UNKNOWN_WORKER, value=username.strip())
        return worker.id


def _problems(d: Any) -> list[Problem]:
    return [p for r in d.group.sources for p in r.problems] + list(d.problems)


def _rejections(drafts: Sequence[Any]) -> list[Problem]:
    """Every problem, and for each family with one, its other rows ("not imported with its family")."""
    out: list[Problem] = []
    for d in drafts:
        problems = _problems(d)
        if not problems:
            continue
        bad_rows = {p.row for p in problems}
        first = min(bad_rows)
        out.extend(problems)
        for r in d.group.sources:
            if r.number not in bad_rows:
                bad_rows.add(r.number)
                out.append(r.problem("family_key", E.FAMILY_REJECTED, other_row=first))
    unique = list(dict.fromkeys((p.row, p.field, p.code.id, tuple(sorted((k, str(v)) for k, v in p.params.items())))
                                for p in out))
    by_key = {(p.row, p.field, p.code.id, tuple(sorted((k, str(v)) for k, v in p.params.items()))): p for p in out}
    problems = [by_key[k] for k in unique]
    return sorted(problems, key=lambda p: (p.row, _ORDER.get(p.field, len(_ORDER))))

