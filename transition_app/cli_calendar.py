"""Command line for appointments and step cards.

    transition-app appointments [--family ID] [--week YYYY-MM-DD] [--json]
    transition-app appointments --ics FILE [--family ID] [--week YYYY-MM-DD]
    transition-app stepcards --family ID [--step STEP_ID] [--lang LANG] [--authority-lang L]
                             [--format pdf|docx] -o FILE

``appointments`` lists the signed-in person's week (a social worker: the families of their
centre; an admin buddy: the families assigned to them), or one family's appointments; with
``--ics`` it writes them as an iCalendar file for a phone calendar (a family's from today on,
else the week).  ``stepcards`` writes one step card, or the booklet of the family's open steps.
Files are written atomically.  Errors are one line and a non-zero exit code (handled by
:mod:`transition_app.cli`).  Kept light to import: the services load only when a command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from transition_app.cli_common import EXIT_USAGE
from transition_app.cli_common import fail as _fail
from transition_app.cli_common import iso_date as _date

COMMANDS = ("appointments", "stepcards")
FORMATS = ("pdf", "docx")
ICS_NOTICE = ("note: {path} is not encrypted; it holds times, places and case numbers (no names). "
              "Delete it once it is imported.")


def register(sub: Any) -> None:
    """Add ``appointments`` and ``stepcards`` to ``sub`` (the parser's ``add_subparsers()``)."""
    appts = sub.add_parser("appointments", help="your week's appointments, or a family's; --ics for a phone calendar")
    appts.add_argument("--family", type=int, metavar="ID", help="only this family (see list)")
    appts.add_argument("--week", type=_date, metavar="YYYY-MM-DD",
                       help="the week (Monday to Sunday) holding this day (default: this week; with --family: "
                            "every appointment of the family)")
    appts.add_argument("--json", action="store_true", help="machine-readable output")
    appts.add_argument("--ics", metavar="FILE",
                       help="write an iCalendar (.ics) file instead: the family's appointments from today on "
                            "(with --family), else the week's")

    cards = sub.add_parser("stepcards", help="printable step cards in the family's language (PDF or DOCX)")
    cards.add_argument("--family", type=int, required=True, metavar="ID", help="family id (see list)")
    cards.add_argument("--step", metavar="STEP_ID",
                       help="one card for this step (see checklist --json); default: a booklet of the open steps")
    cards.add_argument("--lang", metavar="LANG",
                       help="the family's language (default: the household's preferred language)")
    cards.add_argument("--authority-lang", metavar="L", choices=("fr", "nl", "de", "en"),
                       help="language underneath: fr, nl, de or en (default: that of the new municipality)")
    cards.add_argument("--paper", choices=("a4", "a5x2"), default="a4",
                       help="a4: one card a page (default); a5x2: two A5 cards per A4 sheet, to cut in the middle")
    cards.add_argument("--qr", action="store_true",
                       help="a QR code of the place's address on the family's cards (when the directory knows it)")
    cards.add_argument("--format", choices=FORMATS, default=None, help="pdf or docx (default: from -o, else pdf)")
    cards.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")


def run(command: str, ctx: Any, args: argparse.Namespace) -> int:
    try:
        if command == "appointments":
            return _appointments(ctx, args)
        if command == "stepcards":
            return _stepcards(ctx, args)
    except OSError as exc:  # no path in the message: it may hold a name
        return _fail(f"could not write the file ({exc.strerror or type(exc).__name__})")
    return _fail(f"unknown command {command}", EXIT_USAGE)


def _time(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def _appointments(ctx: Any, args: argparse.Namespace) -> int:
    from transition_app.cli_documents import _check_target
    from transition_app.documents.output import write_atomic
    from transition_app.services.appointments import week_start

    service = ctx.appointments
    if args.ics:
        target = Path(args.ics)
        if problem := _check_target(target):
            return _fail(problem, EXIT_USAGE)
        data, count = service.export_ics(family_id=args.family, week=args.week)
        write_atomic(target, data)
        print(f"Wrote {target} ({count} appointment{'s' if count != 1 else ''}).")
        print(ICS_NOTICE.format(path=target), file=sys.stderr)
        return 0
    if args.family is not None and args.week is None:
        items = service.list_for_family(args.family)
        heading = f"{len(items)} appointment{'s' if len(items) != 1 else ''} of family {args.family}"
    else:
        monday = week_start(args.week or ctx.clock.today())
        items = service.list_week(monday, family_id=args.family)
        heading = (f"Week of {monday.isoformat()} to {(monday + dt.timedelta(days=6)).isoformat()}: "
                   f"{len(items)} appointment{'s' if len(items) != 1 else ''}")
    if args.json:
        import json

        sys.stdout.write(json.dumps([
            {"id": a.id, "family": a.family_id, "case_number": a.case_number, "name": a.family_name,
             "title": a.title, "starts_at": a.starts_at.isoformat(timespec="minutes"),
             "ends_at": a.ends_at.isoformat(timespec="minutes") if a.ends_at else None, "place": a.place,
             "bring": list(a.bring), "accompanied_by": a.accompanied_by, "step": a.step_id, "version": a.version}
            for a in items], ensure_ascii=False, indent=1) + "\n")
        return 0
    out = [heading]
    day = None
    for a in items:
        if a.day != day:
            day = a.day
            out.append(f"{day.strftime('%a')} {day.isoformat()}")
        span = _time(a.starts_at) + (f"-{_time(a.ends_at)}" if a.ends_at else "")
        out.append(f"  {span:<11} {a.case_number:<16} {a.family_name:<28.28} {a.title}")
        extra = [f"at: {a.place}" if a.place else "", f"bring: {', '.join(a.bring)}" if a.bring else "",
                 f"with: {a.accompanied_by}" if a.accompanied_by else ""]
        if any(extra):
            out.append(f"  {'':<11} " + "   ".join(e for e in extra if e))
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _stepcards(ctx: Any, args: argparse.Namespace) -> int:
    from transition_app.cli_documents import _check_target, _notice, _render
    from transition_app.documents.output import write_atomic
    from transition_app.services.step_card_service import StepCardService, card_languages

    target = Path(args.output)
    if problem := _check_target(target):
        return _fail(problem, EXIT_USAGE)
    fmt = args.format or (target.suffix.lower().lstrip(".") if target.suffix.lower() in (".pdf", ".docx") else "pdf")
    if args.lang is not None and args.lang not in card_languages():
        return _fail(f"no step card texts in {args.lang!r} (languages: {', '.join(card_languages())})", EXIT_USAGE)
    from transition_app.documents import model as m

    service = StepCardService(ctx.families, ctx.checklists, ctx.directory)
    doc = service.compose(args.family, step_id=args.step, family_language=args.lang,
                          authority_language=args.authority_lang, qr=args.qr, sheet=m.Sheet(args.paper))
    data = _render(doc, fmt)
    write_atomic(target, data)
    service.record_output(args.family, "file", fmt, step_id=args.step)
    languages = list(dict.fromkeys(s.language for s in doc.sections))
    cards = 1 if args.step else len(doc.sections) // max(len(languages), 1)
    print(f"Wrote {target} ({fmt}, {len(data):,} bytes; {cards} card{'s' if cards != 1 else ''} in "
          f"{' with '.join(languages)}{' underneath' if len(languages) > 1 else ''}).")
    _notice(target)
    return 0
