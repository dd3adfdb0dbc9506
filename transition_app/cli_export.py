"""Command line: the family list, the due list and the dashboard as spreadsheet files.

    transition-app list [--search TEXT] [--status S] [--limit N] --format csv|xlsx -o FILE [--comma]
    transition-app due --within DAYS [--worker ID] [--track T] --format csv|xlsx -o FILE [--comma]
    transition-app dashboard [--worker ID] [--track T] [--within DAYS] [--format csv|xlsx -o FILE] [--comma]

The files are those of File ▸ Export… (``services.list_export``), with English headers: what
the signed-in person sees, confidential columns only for the roles that may see them, an audit
entry per file.  ``--format`` may be left out when ``-o`` ends in .csv or .xlsx.  ``dashboard``
without ``-o`` prints its counts.  Kept light to import: the services load when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from transition_app.cli_common import EXIT_USAGE
from transition_app.cli_common import fail as _fail

COMMANDS = ("dashboard",)
FORMATS = ("csv", "xlsx")


def add_file_options(parser: argparse.ArgumentParser) -> None:
    """``--format``, ``-o`` and ``--comma`` for a list command (beside its ``--json``)."""
    parser.add_argument("--format", choices=FORMATS,
                        help="write a spreadsheet file instead of printing: csv or xlsx (needs -o)")
    parser.add_argument("-o", "--output", metavar="FILE", help="the file to write (with --format, or ending in "
                                                              ".csv or .xlsx)")
    parser.add_argument("--comma", action="store_true",
                        help="CSV with ',' between fields (default ';', as Excel expects in Belgium)")


def register(sub: Any) -> None:
    """Add ``dashboard`` to ``sub`` (the parser's ``add_subparsers()``)."""
    board = sub.add_parser("dashboard", help="the dashboard's counts; with --format/-o its tables as a file")
    board.add_argument("--worker", type=int, metavar="ID", help="only the families of this worker")
    board.add_argument("--track", metavar="TRACK", help="only steps of this track (e.g. housing, cpas)")
    board.add_argument("--within", type=int, default=30, metavar="DAYS",
                       help="steps and reunification windows due within DAYS (default 30)")
    add_file_options(board)


def wants_file(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "format", None) or getattr(args, "output", None))


def _format(args: argparse.Namespace) -> str | None:
    return args.format or next((f for f in FORMATS if (args.output or "").lower().endswith(f".{f}")), None)


def usage_problem(args: argparse.Namespace) -> str | None:
    """Why the file options of ``args`` do not go together (checked before the database opens)."""
    if not wants_file(args) or getattr(args, "command", None) not in ("list", "due", *COMMANDS):
        return None
    if getattr(args, "json", False):
        return "--json prints the list and --format/-o write it to a file: use one or the other"
    if not args.output:
        return f"--format {args.format} needs -o FILE, the file to write"
    if _format(args) is None:
        return "say which format to write: --format csv or --format xlsx (or a file name ending in .csv or .xlsx)"
    return None


def _done(result: Any, what: str) -> int:
    print(f"Wrote {result.rows} {what} to {result.path} ({result.format}).")
    return 0


def export_families(ctx: Any, args: argparse.Namespace) -> int:
    from transition_app.services.dto import FamilyQuery

    problem = usage_problem(args)
    if problem:
        return _fail(problem, EXIT_USAGE)
    result = ctx.list_export.export_families(
        args.output, _format(args), FamilyQuery(text=args.search, status=args.status), limit=args.limit,
        separator="," if args.comma else ";")
    return _done(result, "families")


def export_due(ctx: Any, args: argparse.Namespace) -> int:
    problem = usage_problem(args)
    if problem:
        return _fail(problem, EXIT_USAGE)
    result = ctx.list_export.export_due(args.output, _format(args), args.within, worker_id=args.worker,
                                        track=args.track, separator="," if args.comma else ";")
    return _done(result, "steps")


def run(command: str, ctx: Any, args: argparse.Namespace) -> int:
    if args.within < 0:
        return _fail("--within must be 0 or more days", EXIT_USAGE)
    if wants_file(args):
        problem = usage_problem(args)
        if problem:
            return _fail(problem, EXIT_USAGE)
        result = ctx.list_export.export_dashboard(args.output, _format(args), worker_id=args.worker, track=args.track,
                                                  within_days=args.within, separator="," if args.comma else ";")
        return _done(result, "rows")
    doc = ctx.list_export.dashboard_document(args.worker, args.track, args.within)
    lines = [doc.title, doc.scope, doc.filters, ""]
    summary, *tables = doc.sheets
    lines += [f"{measure}: {number}" for measure, number in summary.rows]
    lines += [f"{sheet.name}: {len(sheet.rows)} row{'' if len(sheet.rows) == 1 else 's'}" for sheet in tables]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
