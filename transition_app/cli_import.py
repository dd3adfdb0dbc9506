"""``transition-app import``: bring an existing caseload in from a CSV or XLSX file.  Qt-free.

    import FILE [--sheet NAME] [--map COLUMN=FIELD]... [--mapping NAME] [--save-mapping NAME]
           [--centre ID] [--worker USER] [--duplicates skip|merge] [--dry-run] [--skip-invalid] [--json]
    import --fields

Without ``--skip-invalid`` a file with any rejected row imports nothing and the command exits 1
(a dry run too: the file cannot be imported as it is).  ``--json`` prints exactly
``{"rows", "families", "imported", "rejected": [{"row", "field", "message"}], "duplicates"}``;
each duplicate is ``{"row", "family_id", "case_number", "same_as_row", "kind", "action"}``: the
first row of the file's family that matched, the family already recorded (``family_id`` and
``case_number``, null when the match is an earlier family of the same file, given by
``same_as_row``, or a family the person may not see), how it matched (``national_register_number``,
``name_birth_date``, ``case_number``) and what was done (``skip``, ``merge``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from transition_app.cli_common import EXIT_FAILED, EXIT_USAGE, fail

COMMANDS = ("import",)

_KINDS = {"national_register_number": "same national register number",
          "name_birth_date": "same surname, given names and birth date",
          "case_number": "same case number"}


def _n(count: int, word: str) -> str:
    """"1 family", "2 families", "1 row", "3 rows"."""
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="import families from a CSV or XLSX file (one row per person)",
                       description="Import an existing caseload: one row per person, grouped into families by "
                                   "a family key column. Headers in French, Dutch or English are recognised.")
    p.add_argument("file", nargs="?", metavar="FILE", help="the .csv or .xlsx file")
    p.add_argument("--fields", action="store_true", help="list the fields a column can be imported as, and stop")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an XLSX file (default: the first)")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="import the column with this header (or letter: C) as FIELD (- : leave it out); "
                        "repeat for several columns")
    p.add_argument("--mapping", metavar="NAME", help="use a column mapping saved earlier")
    p.add_argument("--save-mapping", metavar="NAME", help="save this file's column mapping under NAME")
    p.add_argument("--centre", type=int, metavar="ID", help="reception centre of the families (default: yours)")
    p.add_argument("--worker", metavar="USER", help="user name of the social worker who follows them "
                                                    "(default: nobody, or you if you are a social worker)")
    p.add_argument("--duplicates", choices=("skip", "merge"), default="skip",
                   help="a person already recorded: skip their family (default) or merge it into the recorded "
                        "one (adds what is missing, never overwrites)")
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid families even when some rows are rejected")
    p.add_argument("--json", action="store_true", help="machine-readable report")


def list_fields() -> int:
    """``import --fields``: no database needed."""
    from transition_app.services.importing import FIELDS

    width = max(len(f.id) for f in FIELDS)
    for f in FIELDS:
        print(f"{f.id:<{width}}  {f.description}")
    return 0


def run(ctx: Any, args: argparse.Namespace) -> int:
    from transition_app.services.importing import ImportOptions

    if not args.file:
        return fail("import: give the FILE to import (or --fields for the list of fields)", EXIT_USAGE)
    importer = ctx.importer
    table = importer.read(args.file, args.sheet)
    mapping = importer.mapping(table, args.mapping, args.map)
    importer.check_mapping(table, mapping)
    if args.save_mapping:
        importer.save_mapping(args.save_mapping, table, mapping)
    options = ImportOptions(centre_id=args.centre, worker=args.worker, duplicates=args.duplicates,
                            skip_invalid=args.skip_invalid)
    tty = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> bool:
        if tty:
            print(f"\r{done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)
        return True

    report = (importer.dry_run if args.dry_run else importer.run)(table, mapping, options, progress)
    if tty:
        print("\r", end="", file=sys.stderr)
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        _print_report(table, mapping, report, args)
    if report.rejected and not args.skip_invalid:
        return fail(f"{_n(len(report.rejected_rows), 'row')} rejected: nothing was imported. Correct them (see above), "
                    "or use --skip-invalid to import the other families.", EXIT_FAILED)
    return 0


def _print_report(table: Any, mapping: tuple[str | None, ...], report: Any, args: argparse.Namespace) -> None:
    where = f"sheet {table.sheet!r}" if table.sheet else f"{table.encoding}, separator {table.delimiter!r}"
    print(f"{_n(report.rows, 'row')} ({report.file_type}, {where}) in {_n(report.families, 'family')}.")
    columns = [f"  {table.column_name(i)} -> {f or '(not imported)'}" for i, f in enumerate(mapping)]
    print("Columns:\n" + "\n".join(columns))
    if report.rejected:
        print(f"Rejected ({_n(len(report.rejected_rows), 'row')}):")
        for p in report.rejected:
            column = f", {p.column}" if p.column else ""
            print(f"  row {p.row}{column} ({p.field or 'row'}): {p.message}")
    if report.duplicates:
        print(f"Duplicates ({len(report.duplicates)}):")
        for d in report.duplicates:
            if d.same_as_row is not None:
                target = f"row {d.same_as_row} of this file"
            elif d.family_id is not None:
                target = f"family {d.family_id} ({d.case_number})"
            else:
                target = "a family you cannot change" if d.reason == "not_yours" else "several families"
            done = "merged" if d.action == "merge" else "skipped"
            print(f"  row {d.row}: {_KINDS.get(d.kind, d.kind)} as {target}: {done}")
    tail = " Dry run: nothing was written." if args.dry_run else ""
    if args.dry_run:
        verb = "would be"
    else:
        verb = "was" if report.imported == 1 else "were"
    if report.rejected and not args.skip_invalid:
        print(f"No family imported.{tail}")
    else:
        merged = f", {_n(report.merged, 'family')} completed by a merge" if report.merged else ""
        print(f"{_n(report.imported, 'family')} {verb} imported{merged}.{tail}")
