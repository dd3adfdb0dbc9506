"""Command line: ``transition-app`` starts the GUI; subcommands do headless work.

Errors are printed to stderr as one line saying what to do, with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from transition_app import __version__
from transition_app.cli_common import EXIT_USAGE, CliError
from transition_app.cli_common import fail as _fail


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


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
    gui.add_argument("--lang", help="interface language (en, fr, nl, de, ar) for this session; default: "
                                    "the signed-in person's, else this computer's last, else the system's")
    gui.add_argument("--smoke", action="store_true",
                     help="start, show the window, load the family list, print SHOWN/READY and quit "
                          "(installation checks and start-up benchmarks)")

    demo = sub.add_parser("demo", help="add fictional demo families to the database")
    demo.add_argument("--families", type=_positive, default=200, metavar="N", help="how many (default 200)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")

    lst = sub.add_parser("list", help="list families with their ids, names and status")
    lst.add_argument("--search", default="", metavar="TEXT", help="words that must all appear")
    lst.add_argument("--status", help="only this status")
    lst.add_argument("--limit", type=int, metavar="N", help="at most N families")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    from transition_app import cli_export  # argparse definitions only: light to import

    cli_export.add_file_options(lst)  # --format csv|xlsx -o FILE: a spreadsheet file instead

    chk = sub.add_parser("checklist", help="a family's exit-support checklist, next step and deadlines")
    chk.add_argument("--family", type=int, required=True, metavar="ID", help="family id (see list)")
    chk.add_argument("--json", action="store_true", help="machine-readable output")

    due = sub.add_parser("due", help="open checklist steps due within DAYS, overdue ones first "
                                     "(the morning list)")
    due.add_argument("--within", type=int, required=True, metavar="DAYS", help="days from today (0: today)")
    due.add_argument("--worker", type=int, metavar="ID", help="only the families of this worker")
    due.add_argument("--track", metavar="TRACK", help="only steps of this track (e.g. housing, cpas)")
    due.add_argument("--json", action="store_true", help="machine-readable output")
    cli_export.add_file_options(due)
    cli_export.register(sub)  # dashboard

    from transition_app import cli_admin  # argparse definitions only: light to import

    cli_admin.register(sub)
    from transition_app import cli_documents  # argparse definitions only: light to import

    cli_documents.register(sub)
    from transition_app import cli_calendar  # argparse definitions only: light to import

    cli_calendar.register(sub)
    from transition_app import cli_centres  # argparse definitions only: light to import

    cli_centres.register(sub)
    from transition_app import cli_import  # argparse definitions only: light to import

    cli_import.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    from transition_app.cli_export import usage_problem  # list/due/dashboard --format -o

    if (problem := usage_problem(args)) is not None:
        return _fail(problem, EXIT_USAGE)
    if command == "gui":
        from transition_app.ui.app import run_gui

        return run_gui(args)
    # imported here, not at the top: the GUI path starts faster without them
    import logging

    from transition_app.domain.validation import ServiceError, ValidationError

    log = logging.getLogger(__name__)
    if not logging.getLogger().handlers:  # until the data folder's log file is set up: nothing on stderr
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        return _headless(command, args)
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except ValidationError as exc:  # every problem, each named by its field's label (never its path)
        return _fail(" ".join(e.message for e in exc.errors))
    except CliError as exc:
        return _fail(str(exc))
    except ServiceError as exc:
        return _fail(exc.message)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as exc:  # noqa: BLE001 - one clear line instead of a traceback with data in it
        log.exception("command %s failed", command)
        return _fail(f"{command} failed ({type(exc).__name__}); details are in the log file. "
                     "Check --data-dir / --database and try again.")


def _headless(command: str, args: argparse.Namespace) -> int:
    from transition_app import cli_documents, paths
    from transition_app.logging_setup import setup_logging
    from transition_app.services.context import open_context

    if command == "letter" and args.list:  # the templates: no database needed
        return cli_documents.list_letters()
    if command == "import" and args.fields:  # the fields: no database needed
        from transition_app import cli_import

        return cli_import.list_fields()
    app_paths = paths.init(args.data_dir)
    setup_logging(app_paths.logs)
    if command == "restore":  # before the database is opened: on a new computer there is none yet
        from transition_app import cli_admin

        return cli_admin.restore(app_paths, args)
    key = None
    if args.database is None:  # the embedded database is always encrypted
        from transition_app.security.unlock import unlock_for_cli

        key = unlock_for_cli(app_paths)
    ctx = open_context(app_paths, args.database, key)
    try:
        from transition_app import cli_admin

        cli_admin.startup(ctx, command)  # the retention rule
        ctx = cli_admin.sign_in(ctx, command, args)  # every command acts as a signed-in person
        if command in cli_admin.COMMANDS:
            return cli_admin.run(ctx, command, args)
        if command in cli_documents.COMMANDS:
            return cli_documents.run(command, ctx, args)
        from transition_app import cli_calendar

        if command in cli_calendar.COMMANDS:
            return cli_calendar.run(command, ctx, args)
        from transition_app import cli_centres

        if command in cli_centres.COMMANDS:
            return cli_centres.run(ctx, command, args)
        from transition_app import cli_export

        if command in cli_export.COMMANDS:
            return cli_export.run(command, ctx, args)
        from transition_app import cli_import

        if command in cli_import.COMMANDS:
            return cli_import.run(ctx, args)
        if command == "demo":
            return _demo(ctx, args)
        if command == "list":
            return _list(ctx, args)
        if command == "checklist":
            return _checklist(ctx, args)
        if command == "due":
            return _due(ctx, args)
    finally:
        ctx.close()
    return _fail(f"unknown command {command}", EXIT_USAGE)


def _demo(ctx: object, args: argparse.Namespace) -> int:
    from transition_app.services.demo import generate_demo

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} families", end="", file=sys.stderr, flush=True)

    from transition_app.access.permissions import Permission
    from transition_app.services.audit import AuditAction, record

    ctx.actor.require(Permission.MAINTENANCE)  # type: ignore[attr-defined]  # coordinators
    result = generate_demo(ctx.db, args.families, seed=args.seed, today=ctx.clock.today(), progress=progress)  # type: ignore[attr-defined]
    with ctx.db.session() as s:  # type: ignore[attr-defined]
        record(s, ctx.actor, AuditAction.CREATE, demo_families=result.families)  # type: ignore[attr-defined]
    if sys.stderr.isatty():
        print(file=sys.stderr)
    from transition_app.services.demo import create_demo_accounts

    accounts = create_demo_accounts(ctx.db, ctx.actor, seed=args.seed)  # type: ignore[attr-defined]
    if accounts:  # shown this once (never logged): every role can be tried
        print("Demo accounts to try each role (passwords shown only this once):", file=sys.stderr)
        for a in accounts:
            print(f"  {a.role:<14} user name: {a.username:<28} password: {a.password}", file=sys.stderr)
    print(f"Added {result.families} fictional families ({result.persons} persons) "
          f"in {ctx.paths.root if args.database is None else 'the server database'}.")  # type: ignore[attr-defined]
    return 0


def _list(ctx: object, args: argparse.Namespace) -> int:
    import json

    from transition_app import cli_export
    from transition_app.services.dto import FamilyQuery

    if cli_export.wants_file(args):  # --format csv|xlsx -o FILE
        return cli_export.export_families(ctx, args)
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


_MARKS = {"todo": "[ ]", "in_progress": "[~]", "waiting": "[w]", "done": "[x]", "not_applicable": "[-]",
          "blocked": "[!]"}


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def _checklist(ctx: object, args: argparse.Namespace) -> int:
    import json

    view = ctx.checklists.get_checklist(args.family)  # type: ignore[attr-defined]
    if args.json:
        step_json = [{
            "id": st.step_id, "track": st.track, "title": st.title, "status": st.status, "reason": st.reason,
            "availability": st.availability, "waiting_for": list(st.waiting_for), "due": _iso(st.due_date),
            "done_on": _iso(st.done_on), "note": st.note, "changed_by": st.changed_by,
            "changed_at": _iso(st.changed_at), "documents": list(st.documents), "custom": st.custom,
            "from_previous_region": st.from_previous_region, "version": st.version,
            "computed_due": _iso(st.computed_due), "due_override_reason": st.due_override_reason or None,
            "no_longer_needed": st.moot,
        } for st in view.steps]
        json.dump({
            "family": view.family_id, "case_number": view.case_number, "name": view.household_name,
            "region": view.region, "today": _iso(view.today), "exit_due": _iso(view.exit_due),
            "exit_days_left": None if view.left else view.exit_days_left, "family_status": view.family_status,
            "exit_date": _iso(view.exit_date), "exit_mode": view.exit_mode,
            "next_step": view.next_step.step_id if view.next_step else None,
            "documents_to_bring": list(view.documents_to_bring),
            "extensions": [{"months": e.months, "reason": e.reason, "granted_on": _iso(e.granted_on)}
                           for e in view.extensions],
            "steps": step_json,
        }, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{view.case_number}  {view.household_name}  region: {view.region or 'not known yet'}")
    if view.left:
        how = f" ({view.exit_mode.replace('_', ' ')})" if view.exit_mode else ""
        print(f"Left the centre on {_iso(view.exit_date) or 'an unrecorded date'}{how}; case status: "
              f"{view.family_status}")
    elif view.exit_due is not None:
        days = view.exit_days_left or 0
        print(f"Leave reception by {view.exit_due.isoformat()} "
              f"({f'{-days} days late' if days < 0 else f'{days} days left'})")
    if not view.steps:
        print("No checklist: the protection decision is not recorded yet.")
        return 0
    print(f"{view.done_count} of {len(view.steps)} steps done or not applicable")
    if view.next_step is not None:
        print(f"Next step: {view.next_step.title}")
        for doc in view.documents_to_bring:
            print(f"  bring: {doc}")
    titles = {t.id: t.title for t in view.tracks}
    for track in view.tracks:
        print(f"\n{titles[track.id]}")
        for st in view.steps_of(track.id):
            bits = [f"due {st.due_date.isoformat()}" if st.due_date else "",
                    f"new date: {st.due_override_reason}" if st.postponed and not st.moot else "",
                    "no longer needed: the family left" if st.moot else "",
                    f"done {st.done_on.isoformat()}" if st.done_on else "",
                    "not yet possible" if st.availability == "not_yet_possible" else "",
                    f"blocked: {st.reason}" if st.reason else "",
                    f"by {st.changed_by}" if st.changed_by else "",
                    "OVERDUE" if st.overdue(view.today) else ""]
            extra = ", ".join(b for b in bits if b)
            print(f"  {_MARKS.get(st.status, '[?]')} {st.title}" + (f"  ({extra})" if extra else ""))
            if st.note:
                print(f"      note: {st.note}")
    return 0


def _due(ctx: object, args: argparse.Namespace) -> int:
    import json

    from transition_app import cli_export

    if args.within < 0:
        return _fail("--within must be 0 or more days", EXIT_USAGE)
    if cli_export.wants_file(args):  # --format csv|xlsx -o FILE
        return cli_export.export_due(ctx, args)
    items = ctx.checklists.due_within(args.within, worker_id=args.worker, track=args.track)  # type: ignore[attr-defined]
    if args.json:
        # one write: json.dump would write the 10,000s of lines of a big centre piece by piece
        sys.stdout.write(json.dumps([
            {"family": i.family_id, "case_number": i.case_number, "name": i.household_name,
             "worker": i.worker_name, "step": i.step_id, "track": i.track, "title": i.title,
             "status": i.status, "due": i.due_date.isoformat(), "days_left": i.days_left}
            for i in items], ensure_ascii=False, indent=1) + "\n")
        return 0
    out = []
    for i in items:
        when = f"{-i.days_left}d late" if i.days_left < 0 else ("today" if i.days_left == 0 else f"in {i.days_left}d")
        out.append(f"{i.due_date.isoformat()} {when:>9}  {i.case_number:<16} {i.household_name:<32.32} "
                   f"{i.title} [{i.status}]")
    overdue = sum(1 for i in items if i.days_left < 0)
    out.append(f"{len(items)} steps due within {args.within} days ({overdue} overdue).")
    sys.stdout.write("\n".join(out) + "\n")
    return 0
