"""Command line for documents: ``letter``, ``dossier`` and ``dossiers`` (batch).

    transition-app letter --list
    transition-app letter --family ID --template NAME --lang LANG [--authority-lang L]
                          [--input KEY=VALUE ...] [--to "Name|line|line"] [--layout continuous|new_page]
                          [--cpas NIS] [--recipient-address "street|postcode place" [--save-address]]
                          [--consent-override REASON] --format pdf|docx -o FILE
    transition-app dossier --family ID --recipient cpas|loi|ngo|buddy|worker [--sections a,b]
                           [--include-confidential] [--name NAME] [--lang fr|nl|de|en] [--format pdf|docx]
                           [--override-reason TEXT] -o FILE
    transition-app dossiers --leaving-within DAYS -o DIR [--recipient KIND] [--name NAME] [--lang L]
                            [--format pdf|docx]

A dossier for a third party (cpas, loi, ngo, buddy) needs the family's recorded consent for a
handover dossier to that recipient; ``dossier --override-reason`` issues it without one (the
reason is audited: write no personal data in it).  The batch skips the families without consent
and names them by case number.  The language is the recipient's (the language area of the new
municipality) unless ``--lang`` is given.

Files are written atomically (never a half-written file).  Each written file is an
unencrypted copy of personal data, and the command says so on stderr.  Errors are one line
and a non-zero exit code (handled by :mod:`transition_app.cli`).  Kept light to import:
the renderers load only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from transition_app.cli_common import EXIT_FAILED, EXIT_USAGE
from transition_app.cli_common import fail as _fail
from transition_app.domain.languages import authority_languages

COMMANDS = ("letter", "dossier", "dossiers")
FORMATS = ("pdf", "docx")
RECIPIENTS = ("cpas", "loi", "ngo", "buddy", "worker")
DOSSIER_LANGUAGES = authority_languages()  # from the language registry
PLAINTEXT_NOTICE = ("note: {path} is an unencrypted copy of personal data; keep it only as long as needed "
                    "and delete it afterwards.")


def register(sub: Any) -> None:
    """Add the document commands to ``sub`` (the parser's ``add_subparsers()``)."""
    letter = sub.add_parser("letter", help="a letter to an authority with a family copy (PDF or DOCX)")
    letter.add_argument("--list", action="store_true", help="list the letter templates and their languages")
    letter.add_argument("--family", type=int, metavar="ID", help="family id (see list)")
    letter.add_argument("--template", metavar="NAME", help="template id (see letter --list)")
    letter.add_argument("--lang", metavar="LANG",
                        help="language of the family copy, or an authority language (fr, nl, de, en) for a "
                             "letter without family copy")
    letter.add_argument("--authority-lang", metavar="L",
                        help="language of the letter to the authority (default: that of the new municipality)")
    letter.add_argument("--input", action="append", default=[], metavar="KEY=VALUE",
                        help="a value the letter needs (dates YYYY-MM-DD; address lines separated by |); "
                             "by default the new dwelling recorded in the family file gives the address, "
                             "moving-in date, rent, guarantee and landlord")
    letter.add_argument("--to", metavar="NAME|LINE|...",
                        help="addressee, when the template has no default one (a landlord: the one recorded)")
    letter.add_argument("--cpas", metavar="NIS",
                        help="address the letter to the CPAS/OCMW of this municipality (NIS code; a letter about "
                             "the new home must go to the CPAS of the home's postcode)")
    letter.add_argument("--recipient-address", metavar="LINE|...",
                        help="postal address of the addressee when the directory does not know it (street and "
                             "number|postcode and municipality)")
    letter.add_argument("--save-address", action="store_true",
                        help="also record --recipient-address in the directory")
    letter.add_argument("--consent-override", metavar="REASON",
                        help="send without a recorded consent of the family, for this reason (at least 20 "
                             "characters, no personal details; recorded in the audit log)")
    letter.add_argument("--layout", choices=("continuous", "new_page"), default="new_page",
                        help="family copy as a part of its own on new pages (default) or following the letter")
    letter.add_argument("--two-files", action="store_true",
                        help="the letter to the authority and the family copy as two files (FILE and "
                             "FILE-family), e.g. to post one and hand the other to the family")
    letter.add_argument("--format", choices=FORMATS, default=None, help="pdf or docx (default: from -o)")
    letter.add_argument("-o", "--output", metavar="FILE", help="file to write")

    dossier = sub.add_parser("dossier", help="a handover dossier for one family (PDF or DOCX)")
    dossier.add_argument("--family", type=int, required=True, metavar="ID", help="family id (see list)")
    dossier.add_argument("--recipient", required=True, choices=RECIPIENTS, help="who the dossier is for")
    dossier.add_argument("--sections", metavar="A,B",
                         help="sections to include (default: the minimum for the recipient): cover, household, "
                              "protection, checklist, contacts, documents, notes")
    dossier.add_argument("--include-confidential", action="store_true",
                         help="also include the confidential notes (never by default)")
    dossier.add_argument("--name", metavar="NAME", help="name of the recipient (default for cpas: the CPAS/OCMW "
                                                        "of the new municipality)")
    dossier.add_argument("--lang", choices=DOSSIER_LANGUAGES, default=None,
                         help="language (default: the recipient's, from the new municipality)")
    dossier.add_argument("--format", choices=FORMATS, default=None, help="pdf or docx (default: from -o, else pdf)")
    dossier.add_argument("--worker", type=int, metavar="ID", help="id of the worker issuing it (recorded)")
    dossier.add_argument("--override-reason", metavar="TEXT",
                         help="issue it to a third party without a recorded consent, for this reason "
                              "(recorded in the audit log; no personal data)")
    dossier.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")

    batch = sub.add_parser("dossiers", help="handover dossiers for every family leaving within DAYS")
    batch.add_argument("--leaving-within", type=int, required=True, metavar="DAYS", help="days from today")
    batch.add_argument("--recipient", choices=RECIPIENTS, default="cpas", help="who they are for (default cpas)")
    batch.add_argument("--name", metavar="NAME",
                       help="the one recipient of every dossier (an NGO, an LOI); default for cpas: the CPAS/OCMW "
                            "of each family's new municipality")
    batch.add_argument("--lang", choices=DOSSIER_LANGUAGES, default=None,
                       help="language of every dossier (default: each recipient's own)")
    batch.add_argument("--format", choices=FORMATS, default="pdf", help="pdf (default) or docx")
    batch.add_argument("--worker", type=int, metavar="ID", help="id of the worker issuing them (recorded)")
    batch.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write them to")


def _format(args: argparse.Namespace, default: str = "pdf") -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
    return suffix if suffix in FORMATS else default


def _notice(path: Path | str) -> None:
    print(PLAINTEXT_NOTICE.format(path=path), file=sys.stderr)


def _check_target(path: Path) -> str | None:
    if path.is_dir():
        return f"{path} is a folder; give a file name with -o"
    if not path.parent.is_dir():
        return f"folder {path.parent} does not exist"
    return None


def list_letters() -> int:
    from transition_app.letters import list_templates, review_status

    for info in list_templates():
        reviewed = [lang for lang in info.family_languages if review_status(info.id, lang) == "reviewed"]
        print(f"{info.id:<28} {info.title}")
        print(f"{'':<28} authority: {', '.join(info.authority_languages)}")
        print(f"{'':<28} family copy: {', '.join(info.family_languages)}"
              + ("" if reviewed else " (all drafts, not yet reviewed)"))
        if info.inputs:
            print(f"{'':<28} inputs: " + ", ".join(f"{p.name} ({p.type.value}{'' if p.required else ', optional'})"
                                                   for p in info.inputs))
    return 0


def missing_line(exc: Any) -> str:
    """A letter's missing values in one line: their English labels, then how to give the letter's
    own inputs (``--input``) and its addressee (``--to``); the family file's values are filled in
    there (the labels say where)."""
    from transition_app.letters.missing import RECIPIENT, labels_of

    hints = [f"--input {name}=..." for name in exc.inputs]
    if any(e.field == RECIPIENT for e in exc.errors):
        hints.append('--to "NAME|LINE|..."')
    if any(e.field == "recipient_address" for e in exc.errors):
        hints.append('--recipient-address "STREET|POSTCODE PLACE"')
    return ("the letter cannot be made yet, missing: " + ", ".join(labels_of(exc.errors))
            + (f" (give {' '.join(hints)})" if hints else ""))


def check_line(exc: Any) -> str:
    """A letter refused by its checks, in one line, with the option that gives what is asked."""
    hints = {"recipient_address": '--recipient-address "STREET|POSTCODE PLACE"'}
    parts = []
    for e in exc.errors:
        part = e.message
        if e.params.get("competent_key"):
            part += f" (give --cpas {str(e.params['competent_key']).split(':', 1)[1]})"
        elif e.field in hints:
            part += f" (give {hints[e.field]})"
        parts.append(part)
    return "the letter was not made: " + " ".join(parts)


def run(command: str, ctx: Any, args: argparse.Namespace) -> int:
    """Run a document command with an opened context (errors become one line)."""
    from transition_app.domain.validation import ServiceError, ValidationError
    from transition_app.letters import LetterIncompleteError
    from transition_app.services.dossier_catalog import DossierCatalogError

    try:
        if command == "letter":
            return _letter(ctx, args)
        if command == "dossier":
            return _dossier(ctx, args)
        if command == "dossiers":
            return _dossiers(ctx, args)
    except LetterIncompleteError as exc:
        return _fail(missing_line(exc))
    except ValidationError as exc:  # a check refused the letter (wrong CPAS, age, amount, address...)
        if command == "letter":
            return _fail(check_line(exc))
        raise
    except ServiceError as exc:
        from transition_app.services.consent_check import CONSENT_REQUIRED

        if command == "letter" and exc.code is CONSENT_REQUIRED:
            return _fail(f"{exc.message} (give --consent-override REASON)")
        raise
    except DossierCatalogError as exc:  # a dossier text file is malformed: for the person editing it
        return _fail(str(exc))
    except OSError as exc:  # no path in the message: it may hold a name
        return _fail(f"could not write the file ({exc.strerror or type(exc).__name__})")
    return _fail(f"unknown command {command}", EXIT_USAGE)


def _letter(ctx: Any, args: argparse.Namespace) -> int:
    if args.list:
        return list_letters()
    missing = [opt for opt, v in (("--family", args.family), ("--template", args.template), ("--lang", args.lang),
                                  ("-o", args.output)) if v is None]
    if missing:
        return _fail(f"letter needs {', '.join(missing)} (or --list)", EXIT_USAGE)
    from transition_app.documents import model as m
    from transition_app.letters import Recipient
    from transition_app.services.letter_service import LetterService, resolve_languages

    fmt = _format(args)
    target = Path(args.output)
    if problem := _check_target(target):
        return _fail(problem, EXIT_USAGE)
    inputs: dict[str, str] = {}
    for item in args.input:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            return _fail(f"--input must be KEY=VALUE, not {item!r}", EXIT_USAGE)
        inputs[key.strip()] = value
    recipient = None
    if args.to:
        name, *lines = [p.strip() for p in args.to.split("|")]
        recipient = Recipient("given", name, tuple(p for p in lines if p))
    family = ctx.families.get_family(args.family)
    recipient_key = f"cpas:{args.cpas}" if args.cpas else None
    authority, family_lang = resolve_languages(args.lang, args.authority_lang,
                                               args.cpas or family.destination_nis)
    _language_note(args, args.cpas or family.destination_nis, authority)
    service = LetterService(ctx.families, ctx.checklists, ctx.staff, ctx.directory)
    made = service.compose_checked(args.family, args.template, authority_language=authority,
                                   family_language=family_lang, layout=m.BilingualLayout(args.layout),
                                   inputs=inputs, recipient=recipient, recipient_key=recipient_key,
                                   recipient_address=args.recipient_address,
                                   consent_override=args.consent_override)
    for warning in made.check.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    if made.check.consent is not None and made.check.consent.override is not None:
        print("note: sent without a recorded consent of the family; the reason is recorded in the audit log.",
              file=sys.stderr)
    languages = tuple(x for x in (authority, family_lang) if x)
    if args.two_files and made.document.part_count() > 1:
        paths = service.save_parts(args.family, args.template, target, made.document, fmt, languages=languages,
                                   consent=made.check.consent)
        print("Wrote " + " and ".join(f"{p} ({p.stat().st_size:,} bytes)" for p in paths)
              + f" ({fmt}; letter in {authority}, family copy in {family_lang}).")
        for p in paths:
            _notice(p)
        _draft_note(args.template, authority)
        return 0
    data = _render(made.document, fmt)
    service.save(args.family, args.template, target, data, fmt, languages=languages, consent=made.check.consent)
    if args.save_address and args.recipient_address and made.check.recipient_key:
        service.save_recipient_address(made.check.recipient_key, args.recipient_address)
        print("Saved the addressee's address to the directory.", file=sys.stderr)
    print(f"Wrote {target} ({fmt}, {len(data):,} bytes; letter in {authority}"
          + (f", family copy in {family_lang}" if family_lang else "") + ").")
    _notice(target)
    _draft_note(args.template, authority)
    return 0


def _draft_note(template_id: str, authority: str) -> None:
    """The worker is told (not the letter) that the authority's wording is not yet reviewed by a jurist."""
    from transition_app.letters import review_status

    if review_status(template_id, authority, section="authority") != "reviewed":
        print(f"note: the wording of this letter in {authority} is a draft that a jurist has not yet reviewed; "
              "read it before sending it.", file=sys.stderr)


def _language_note(args: argparse.Namespace, nis: str | None, authority: str) -> None:
    """A municipality with more than one language (Brussels, facility municipalities): the choice is the
    family's; say which one was taken and how to choose the other."""
    from transition_app.letters import authority_languages_for

    official = [x for x in authority_languages_for(nis) if x != "en"] if nis else []
    if args.authority_lang is None and len(official) > 1:
        print(f"note: this authority works in {', '.join(official)}; the letter is in {authority} "
              "(choose with --authority-lang, as the family prefers).", file=sys.stderr)


def _render(doc: Any, fmt: str) -> bytes:
    if fmt == "docx":
        from transition_app.documents.docx import render_docx

        return render_docx(doc)
    from transition_app.documents.pdf import render_pdf

    return render_pdf(doc)


def _dossier(ctx: Any, args: argparse.Namespace) -> int:
    fmt = _format(args)
    target = Path(args.output)
    if problem := _check_target(target):
        return _fail(problem, EXIT_USAGE)
    sections = [s.strip() for s in args.sections.split(",") if s.strip()] if args.sections else None
    if sections is not None:
        from transition_app.services.handover import DossierSection

        unknown = [s for s in sections if s not in {x.value for x in DossierSection}]
        if unknown:
            return _fail(f"unknown section(s) {', '.join(unknown)}; sections: "
                         + ", ".join(x.value for x in DossierSection), EXIT_USAGE)
        if "confidential_notes" in sections and not args.include_confidential:
            return _fail("confidential notes are included only with --include-confidential", EXIT_USAGE)
    issued = ctx.handover.issue_dossier(args.family, args.recipient, target, sections=sections,
                                        recipient_name=args.name, include_confidential=args.include_confidential,
                                        language=args.lang, file_format=fmt, issued_by_id=args.worker,
                                        consent_override_reason=args.override_reason)
    print(f"Wrote {target} ({fmt}, {issued.size:,} bytes) for {args.recipient}; sections: "
          f"{', '.join(issued.sections)}. The issue is recorded (#{issued.issue_id}).")
    _notice(target)
    return 0


def _dossiers(ctx: Any, args: argparse.Namespace) -> int:
    if args.leaving_within < 0:
        return _fail("--leaving-within must be 0 or more days", EXIT_USAGE)
    folder = Path(args.output)
    if not folder.is_dir():
        return _fail(f"folder {folder} does not exist", EXIT_USAGE)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} dossiers", end="", file=sys.stderr, flush=True)

    result = ctx.handover.issue_batch(args.leaving_within, args.recipient, folder, language=args.lang,
                                      file_format=args.format, issued_by_id=args.worker, progress=progress,
                                      recipient_name=args.name)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Wrote {len(result.written)} of {result.total} dossiers to {folder}"
          + (f"; {len(result.failed)} failed (family ids: {', '.join(str(f) for f, _ in result.failed)})"
             if result.failed else "") + ".")
    if result.skipped:  # case numbers only: no names
        print(f"Skipped {len(result.skipped)} without the family's consent for this recipient "
              f"(case numbers: {', '.join(result.skipped)}).")
    if result.written:
        _notice(f"every file in {folder}")
    return EXIT_FAILED if result.failed else 0
