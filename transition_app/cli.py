"""Command line: ``transition-app`` starts the GUI; subcommands do headless work.

Errors are printed to stderr as one line saying what to do, with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from transition_app import __version__

EXIT_USAGE = 2
EXIT_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transition-app",
        description="Transition Assistant: exit support for families leaving Belgian reception centres.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for the database, backups and logs (default: TRANSITION_APP_HOME "
                             "or the user data folder)")
    parser.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL of a server database instead of the embedded one")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    gui.add_argument("--lang", help="interface language (en, fr, nl)")
    gui.add_argument("--smoke", action="store_true",
                     help="start, show the window, load the family list, print SHOWN/READY and quit "
                          "(installation checks and start-up benchmarks)")

    demo = sub.add_parser("demo", help="add fictional demo families to the database")
    demo.add_argument("--families", type=int, default=200, metavar="N", help="how many (default 200)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")

    lst = sub.add_parser("list", help="list families with their ids, names and status")
    lst.add_argument("--search", default="", metavar="TEXT", help="words that must all appear")
    lst.add_argument("--status", help="only this status")
    lst.add_argument("--limit", type=int, metavar="N", help="at most N families")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"transition-app: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from transition_app.ui.app import run_gui

        return run_gui(args)
    # imported here, not at the top: the GUI path starts faster without them
    import logging

    from transition_app.domain.validation import ServiceError, ValidationError

    log = logging.getLogger(__name__)
    try:
        return _headless(command, args)
    except ValidationError as exc:
        return _fail("; ".join(f"{e.field}: {e.message}" for e in exc.errors))
    except ServiceError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as exc:  # noqa: BLE001 - one clear line instead of a traceback with data in it
        log.exception("command %s failed", command)
        return _fail(f"{command} failed ({type(exc).__name__}); details are in the log file. "
                     "Check --data-dir / --database and try again.")


def _headless(command: str, args: argparse.Namespace) -> int:
    from transition_app import paths
    from transition_app.logging_setup import setup_logging
    from transition_app.services.context import open_context

    app_paths = paths.init(args.data_dir)
    setup_logging(app_paths.logs)
    ctx = open_context(app_paths, args.database)
    try:
        if command == "demo":
            return _demo(ctx, args)
        if command == "list":
            return _list(ctx, args)
    finally:
        ctx.close()
    return _fail(f"unknown command {command}", EXIT_USAGE)


def _demo(ctx: object, args: argparse.Namespace) -> int:
    from transition_app.services.demo import generate_demo

    if args.families < 1:
        return _fail("--families must be at least 1", EXIT_USAGE)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} families", end="", file=sys.stderr, flush=True)

    result = generate_demo(ctx.db, args.families, seed=args.seed, progress=progress)  # type: ignore[attr-defined]
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Added {result.families} fictional families ({result.persons} persons) "
          f"in {ctx.paths.root if args.database is None else 'the server database'}.")  # type: ignore[attr-defined]
    return 0


def _list(ctx: object, args: argparse.Namespace) -> int:
    import json

    from transition_app.services.dto import FamilyQuery

    rows = ctx.families.search(  # type: ignore[attr-defined]
        FamilyQuery(text=args.search, status=args.status), limit=args.limit)
    if args.json:
        json.dump([{"id": r.id, "case_number": r.case_number, "name": r.household_name,
                    "members": r.member_count, "status": r.status,
                    "nationalities": list(r.nationality_codes), "worker": r.worker_name}
                   for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            print(f"{r.id:>7}  {r.case_number:<16} {r.household_name:<40} {r.member_count:>2}  {r.status}")
    return 0
