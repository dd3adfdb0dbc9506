"""``centre``: reception centres on the command line (coordinators): add, list, edit, retire, reactivate.

    transition-app centre add --name N --operator O --street S --postcode P [--municipality M]
                              --phone T --email E [--enterprise-number X] [--logo FILE]
    transition-app centre list [--json] [--all]
    transition-app centre edit ID [the same options, each optional] [--no-logo]
    transition-app centre retire ID | centre reactivate ID

Every problem with the input is named on one English line (exit 1).  Qt-free; imported only by
``cli.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from transition_app.cli_common import CliError, fail

COMMANDS = ("centre",)
OPERATORS = ("fedasil", "croix_rouge", "rode_kruis", "loi", "ila", "ngo", "other")
_ALIASES = {"ila": "loi"}  # Dutch: lokaal opvanginitiatief


def _options(parser: argparse.ArgumentParser, required: bool) -> None:
    need = {"required": required}
    parser.add_argument("--name", metavar="NAME", help="name of the centre (unique)", **need)
    parser.add_argument("--operator", choices=OPERATORS, help="who runs it: fedasil, croix_rouge, rode_kruis, "
                        "loi (local reception initiative, LOI/ILA), ngo or other", **need)
    parser.add_argument("--street", metavar="STREET", help="street and number", **need)
    parser.add_argument("--postcode", metavar="NNNN", help="Belgian postcode", **need)
    parser.add_argument("--municipality", metavar="M", help="NIS code or name (nl/fr/de); needed when the postcode "
                                                            "belongs to two municipalities")
    parser.add_argument("--phone", metavar="PHONE", help="Belgian phone number, e.g. 02 123 45 67", **need)
    parser.add_argument("--email", metavar="EMAIL", help="e-mail address of the centre", **need)
    parser.add_argument("--enterprise-number", metavar="NUMBER", help="enterprise number (BCE/KBO), e.g. "
                                                                      "0403.019.261")
    parser.add_argument("--logo", metavar="FILE", help="PNG or JPEG image for the letterhead (at most 1 MB)")


def register(sub: Any) -> None:
    centre = sub.add_parser("centre", help="reception centres (coordinators): add, list, edit, retire")
    actions = centre.add_subparsers(dest="centre_command", metavar="ACTION", required=True)
    _options(actions.add_parser("add", help="add a reception centre"), required=True)
    listing = actions.add_parser("list", help="the active centres with their ids (--all: retired ones too)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--all", action="store_true", help="include retired centres")
    edit = actions.add_parser("edit", help="change a centre (only the options given)")
    edit.add_argument("id", type=int, metavar="ID")
    _options(edit, required=False)
    edit.add_argument("--no-logo", action="store_true", help="remove the logo")
    for name, text in (("retire", "no new families or staff for this centre (its families stay)"),
                       ("reactivate", "make a retired centre active again")):
        actions.add_parser(name, help=text).add_argument("id", type=int, metavar="ID")


def run(ctx: Any, command: str, args: argparse.Namespace) -> int:
    """Run ``centre ACTION``; a problem with the input is a ``ValidationError`` that ``cli.main``
    prints as one line (every message names its field: "Postcode: ...")."""
    return _run(ctx, args)


def _logo(path: str | None) -> bytes | None:
    if not path:
        return None

    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read the logo file {path} ({exc.strerror or type(exc).__name__})") from None


def _run(ctx: Any, args: argparse.Namespace) -> int:
    from transition_app.services.dto import CentreInput

    staff = ctx.staff
    action = args.centre_command
    if action == "list":
        return _list(staff.list_centres(include_retired=args.all), args.json)
    if action == "add":
        view = staff.create_centre(CentreInput(
            name=args.name, operator=_ALIASES.get(args.operator, args.operator), street=args.street,
            postcode=args.postcode, municipality=args.municipality, phone=args.phone, email=args.email,
            enterprise_number=args.enterprise_number, logo=_logo(args.logo)))
        print(f"Added reception centre {view.id}: {view.name}.")
        return 0
    if action == "edit":
        current = staff.get_centre(args.id)
        if args.logo and args.no_logo:
            return fail("give --logo or --no-logo, not both", 2)
        data = CentreInput(
            name=args.name if args.name is not None else current.name,
            operator=_ALIASES.get(args.operator, args.operator) if args.operator else current.operator,
            street=args.street if args.street is not None else (current.address or ""),
            postcode=args.postcode if args.postcode is not None else (current.postcode or ""),
            municipality=(args.municipality if args.municipality is not None
                          else (None if args.postcode is not None else current.municipality_nis)),
            phone=args.phone if args.phone is not None else (current.phone or ""),
            email=args.email if args.email is not None else (current.email or ""),
            enterprise_number=(args.enterprise_number if args.enterprise_number is not None
                               else current.enterprise_number),
            logo=_logo(args.logo), remove_logo=args.no_logo)
        view = staff.update_centre(args.id, data, current.version)
        print(f"Changed reception centre {view.id}: {view.name}.")
        return 0
    if action == "retire":
        view = staff.retire_centre(args.id)
        print(f"Retired reception centre {view.id}: {view.name} (no new families or staff; its families stay).")
        return 0
    view = staff.reactivate_centre(args.id)
    print(f"Reactivated reception centre {view.id}: {view.name}.")
    return 0


def _list(centres: list[Any], as_json: bool) -> int:
    from transition_app.domain import directory

    def town(nis: str | None) -> str:
        m = directory.municipality(nis) if nis else None
        return m.name() if m else ""

    if as_json:
        sys.stdout.write(json.dumps([{
            "id": c.id, "name": c.name, "operator": c.operator, "street": c.address, "postcode": c.postcode,
            "municipality_nis": c.municipality_nis, "municipality": town(c.municipality_nis) or None,
            "phone": c.phone, "email": c.email, "enterprise_number": c.enterprise_number,
            "logo": c.logo_type if c.has_logo else None, "retired": c.retired,
        } for c in centres], ensure_ascii=False, indent=1) + "\n")
        return 0
    for c in centres:
        place = " ".join(p for p in (c.postcode or "", town(c.municipality_nis)) if p)
        state = "  (retired)" if c.retired else ""
        print(f"{c.id:>5}  {c.name:<40} {c.operator:<12} {place:<24} {c.phone or ''}{state}")
    if not centres:
        print("No reception centre yet: add one with 'transition-app centre add'.")
    return 0
