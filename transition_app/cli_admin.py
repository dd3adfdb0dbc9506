"""The command line as a signed-in user, and its privacy commands: audit, user, export, erase, retention,
backup and restore.

Every command that touches data runs as a person (so the audit log says who): the user
name and password come from ``TRANSITION_APP_USER`` / ``TRANSITION_APP_PASSWORD`` (scripts),
else from a prompt when stdin is a terminal, else the command stops with one line saying so.
On a database where nobody can sign in yet, ``demo`` creates the coordinator (with the
credentials of those variables when set, else a generated password printed once), and
``user add --role coordinator`` creates the first account.

The retention rule runs at start-up of every command but ``retention`` itself (which
previews by default).  Qt-free; imported only by ``cli.py`` for headless commands.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from transition_app.cli_common import EXIT_FAILED, CliError
from transition_app.cli_common import iso_date as _date

ENV_USER = "TRANSITION_APP_USER"
ENV_PASSWORD = "TRANSITION_APP_PASSWORD"
COMMANDS = ("audit", "user", "export", "erase", "retention", "backup")


def register(sub: Any) -> None:
    """Add the privacy and administration subcommands to ``sub`` (argparse subparsers)."""
    audit = sub.add_parser("audit", help="the audit log (coordinators): browse, export, verify the chain")
    audit.add_argument("--verify", action="store_true",
                       help="check that no entry was changed, inserted or removed; exit 1 if one was")
    audit.add_argument("--export", metavar="CSV", help="write the (filtered) entries to a CSV file")
    audit.add_argument("--user", metavar="NAME", help="only entries of this user name")
    audit.add_argument("--action", help="only this action (e.g. view, edit, sign_in, export)")
    audit.add_argument("--family", type=int, metavar="ID", help="only entries about this family")
    audit.add_argument("--since", type=_date, metavar="DATE", help="from this day (UTC, YYYY-MM-DD)")
    audit.add_argument("--until", type=_date, metavar="DATE", help="up to this day included")
    audit.add_argument("--limit", type=int, default=50, metavar="N", help="entries to show (default 50)")
    audit.add_argument("--json", action="store_true", help="machine-readable output")

    user = sub.add_parser("user", help="user accounts (coordinators; 'user passwd' for everyone)")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="create an account")
    add.add_argument("username")
    add.add_argument("--name", required=True, metavar="FULL NAME", help="the person's full name")
    add.add_argument("--role", required=True, choices=("coordinator", "social_worker", "admin_buddy"))
    add.add_argument("--centre", type=int, metavar="ID", help="reception centre id (see 'centre list'); required "
                                                              "for social workers and admin buddies")
    add.add_argument("--job-title", metavar="TITLE", help="job title for signatures: a code of "
                                                          "resources/staff/job_titles.yaml (e.g. social_worker) "
                                                          "or free text")
    add.add_argument("--title-form", choices=("f", "m", "n"), help="form of the job title: feminine, masculine "
                                                                   "or neutral (default neutral)")
    add.add_argument("--phone", metavar="PHONE", help="direct phone number (Belgian)")
    add.add_argument("--email", metavar="EMAIL", help="e-mail address for signatures")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the new password from the first line of stdin (else a prompt, or a "
                          "generated password printed once)")
    user_sub.add_parser("list", help="every account with its role, centre and state").add_argument(
        "--json", action="store_true", help="machine-readable output")
    user_sub.add_parser("centres", help="the reception centres and their ids")
    for name, text in (("disable", "stop an account from signing in"), ("enable", "let an account sign in again"),
                       ("unlock", "lift a lock-out after wrong passwords")):
        user_sub.add_parser(name, help=text).add_argument("username")
    reset = user_sub.add_parser("reset-password", help="give an account a new password")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true", help="read it from the first line of stdin")
    user_sub.add_parser("passwd", help="change your own password")

    export = sub.add_parser("export", help="everything held about a family (subject access): JSON and PDF")
    export.add_argument("--family", type=int, required=True, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE.json", help="the JSON file to write")
    export.add_argument("--pdf", metavar="FILE.pdf", help="also write a readable PDF")

    erase = sub.add_parser("erase", help="erase a family's personal data on request (anonymise; coordinators)")
    erase.add_argument("--family", type=int, required=True, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")

    retention = sub.add_parser("retention", help="closed cases due for anonymisation under the retention rule; "
                                                 "shows them unless --apply")
    retention.add_argument("--apply", action="store_true", help="anonymise them now")
    retention.add_argument("--months", type=int, metavar="N",
                           help="set the retention period (months after closing, default 12)")
    retention.add_argument("--json", action="store_true", help="machine-readable output")

    backup = sub.add_parser("backup", help="write an encrypted, verified backup of the database (coordinators)")
    backup.add_argument("-o", "--output", required=True, metavar="FILE", help="the backup file to write")
    restore = sub.add_parser("restore", help="replace the database by a backup (coordinators); on a new computer, "
                                             "with the recovery key (TRANSITION_APP_RECOVERY_KEY or a prompt)")
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")


# ----------------------------------------------------------------------------- signing in


def _print_err(text: str) -> None:
    print(text, file=sys.stderr)


def _credentials() -> tuple[str, str]:

    user = os.environ.get(ENV_USER, "")
    password = os.environ.get(ENV_PASSWORD, "")
    if user and password:
        return user, password
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        if not user:
            print("User name: ", end="", file=sys.stderr, flush=True)
            user = sys.stdin.readline().strip()
        return user, getpass.getpass("Password: ")
    raise CliError(f"sign in first: set {ENV_USER} and {ENV_PASSWORD}, or run the command in a terminal "
                       "to be asked")


def _first_coordinator(ctx: Any) -> Any:
    """``demo`` on a database nobody can sign in to yet: create the coordinator, print it once."""
    from transition_app.services.auth import generate_password

    user = os.environ.get(ENV_USER) or "coordinator"
    password = os.environ.get(ENV_PASSWORD) or ""
    generated = not password
    if generated:
        password = generate_password()
    signed = ctx.auth.create_coordinator(user, "Demo coordinator", password)
    shown = password if generated else f"the one in {ENV_PASSWORD}"
    _print_err(f"Coordinator account created - user name: {signed.actor.username}  password: {shown}\n"
               "(shown only this once; change it with 'transition-app user passwd')")
    return signed


def sign_in(ctx: Any, command: str, args: argparse.Namespace) -> Any:
    """The context of the person running ``command`` (see the module documentation)."""

    auth = ctx.auth
    if auth.needs_first_run():
        if command == "demo":
            return ctx.for_actor(_first_coordinator(ctx).actor)
        if command == "user" and getattr(args, "user_command", "") == "add" and args.role == "coordinator":
            return ctx  # the first account: created by _user_add without a signed-in person
        raise CliError("nobody can sign in yet: start the application to create the coordinator account, "
                           "or run 'transition-app user add NAME --name \"FULL NAME\" --role coordinator'")
    user, password = _credentials()
    return ctx.for_actor(auth.sign_in(user, password).actor)


def startup(ctx: Any, command: str) -> None:
    """Apply the retention rule (not before ``retention``, which previews it)."""
    if command == "retention":
        return
    from transition_app.services.gdpr import apply_retention_on_start

    result = apply_retention_on_start(ctx.db, ctx.clock)
    if result.anonymised:
        _print_err(f"Retention rule: {len(result.anonymised)} cases closed before {result.cutoff.isoformat()} "
                   "were anonymised.")


# ----------------------------------------------------------------------------- commands


def run(ctx: Any, command: str, args: argparse.Namespace) -> int:
    handler = {"audit": _audit, "user": _user, "export": _export, "erase": _erase, "retention": _retention,
               "backup": _backup}[command]
    return handler(ctx, args)


def _audit(ctx: Any, args: argparse.Namespace) -> int:
    from transition_app.services.audit import AuditQuery, details_text

    if args.verify:
        result = ctx.audit.verify()
        if result.ok:
            print(f"Audit log intact: {result.entries} entries, every one chained to the previous one.")
            return 0
        for brk in result.breaks:
            print(f"entry {brk.entry_id}: {brk.reason}")
        _print_err(f"transition-app: the audit log was altered ({len(result.breaks)} breaks found in "
                   f"{result.entries} entries; the first at entry {result.breaks[0].entry_id})")
        return EXIT_FAILED
    query = AuditQuery(actor=args.user, action=args.action, family_id=args.family, since=args.since, until=args.until)
    if args.export:
        n = ctx.audit.export_csv(args.export, query)
        print(f"Wrote {n} entries to {args.export}.")
        return 0
    entries = ctx.audit.browse(query, limit=args.limit)
    if args.json:
        sys.stdout.write(json.dumps([{"id": e.id, "at": e.at.isoformat(timespec="seconds") + "Z", "actor": e.actor,
                                      "action": e.action, "family": e.family_id, "details": e.details}
                                     for e in entries], ensure_ascii=False, indent=1) + "\n")
        return 0
    for e in entries:
        family = f"family {e.family_id}" if e.family_id is not None else ""
        print(f"{e.id:>7}  {e.at:%Y-%m-%d %H:%M:%S}Z  {e.actor:<20} {e.action:<16} {family:<14} "
              f"{details_text(e.details)}".rstrip())
    return 0


def _new_password(from_stdin: bool) -> tuple[str, bool]:
    """(password, generated)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n"), False
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass("New password: ")
        if getpass.getpass("Repeat the new password: ") != first:
            from transition_app.cli_common import CliError

            raise CliError("the two passwords are not the same")
        return first, False
    from transition_app.services.auth import generate_password

    return generate_password(), True


def _user(ctx: Any, args: argparse.Namespace) -> int:
    action = args.user_command
    auth = ctx.auth
    if action == "add":
        password, generated = _new_password(args.password_stdin)
        signature = dict(job_title=args.job_title, job_title_form=args.title_form, phone=args.phone,
                         email=args.email)
        if ctx.actor is None:  # the first account (see sign_in)
            signed = auth.create_coordinator(args.username, args.name, password, centre_id=args.centre, **signature)
            username = signed.actor.username
        else:
            username = auth.create_user(args.username, args.name, args.role, password, centre_id=args.centre,
                                        **signature).username
        print(f"Created {args.role} account {username}." + (f" Password (shown only this once): {password}"
                                                             if generated else ""))
        return 0
    if action == "list":
        from transition_app.domain.job_titles import title_text

        users = auth.list_users()
        if args.json:
            sys.stdout.write(json.dumps([{
                "id": u.id, "username": u.username, "name": u.full_name, "role": u.role, "centre": u.centre_name,
                "centre_id": u.centre_id, "job_title": u.job_title,
                "job_title_text": title_text(u.job_title, "en", u.job_title_form) or None,
                "title_form": u.job_title_form, "phone": u.phone, "email": u.email,
                "active": u.active, "can_sign_in": u.can_sign_in,
                "locked_until": u.locked_until.isoformat(timespec="seconds") + "Z" if u.locked_until else None,
                "last_sign_in": u.last_sign_in.isoformat(timespec="seconds") + "Z" if u.last_sign_in else None,
            } for u in users], ensure_ascii=False, indent=1) + "\n")
            return 0
        for u in users:
            state = "disabled" if not u.active else ("locked" if u.locked_until else
                                                     ("no password" if not u.can_sign_in else "active"))
            title = title_text(u.job_title, "en", u.job_title_form)
            print(f"{u.id:>5}  {u.username:<24} {u.full_name:<28} {u.role:<14} {state:<11} {u.centre_name or '':<32} "
                  f"{title}".rstrip())
        return 0
    if action == "centres":
        for c in ctx.staff.list_centres():
            print(f"{c.id:>5}  {c.name}")
        return 0
    if action == "passwd":
        import getpass

        if not (sys.stdin is not None and sys.stdin.isatty()):
            from transition_app.cli_common import CliError

            raise CliError("'user passwd' needs a terminal to ask for the passwords")
        current = getpass.getpass("Current password: ")
        new, _ = _new_password(False)
        auth.change_password(current, new)
        print("Password changed.")
        return 0
    user = auth.find_user(args.username)
    if action in ("disable", "enable"):
        auth.update_user(user.id, active=action == "enable")
        print(f"{user.username}: {'enabled' if action == 'enable' else 'disabled'}.")
    elif action == "unlock":
        auth.unlock(user.id)
        print(f"{user.username}: unlocked.")
    elif action == "reset-password":
        password, generated = _new_password(args.password_stdin)
        auth.reset_password(user.id, password)
        print(f"{user.username}: new password set." + (f" Password (shown only this once): {password}"
                                                       if generated else ""))
    return 0


def _export(ctx: Any, args: argparse.Namespace) -> int:
    result = ctx.gdpr.export_family(args.family, args.output, args.pdf)
    print(f"Wrote {result.json_path}" + (f" and {result.pdf_path}" if result.pdf_path else "") + ".")
    return 0


def _erase(ctx: Any, args: argparse.Namespace) -> int:

    if not args.yes:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise CliError("erasing cannot be undone: add --yes to confirm")
        detail = ctx.families.get_family(args.family)
        print(f"Erase the personal data of case {detail.case_number} ({len(detail.members)} members)? "
              "This cannot be undone. Type the case number to confirm: ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip() != detail.case_number:
            _print_err("Nothing was erased.")
            return EXIT_FAILED
    ctx.gdpr.anonymise_family(args.family)
    print(f"Family {args.family}: personal data erased (anonymised; counts kept for statistics).")
    return 0


def _retention(ctx: Any, args: argparse.Namespace) -> int:
    gdpr = ctx.gdpr
    if args.months is not None:
        gdpr.set_retention_months(args.months)
    months = gdpr.retention_months()
    if args.apply:
        result = gdpr.apply_retention()
        if args.json:
            sys.stdout.write(json.dumps({"months": months, "cutoff": result.cutoff.isoformat(),
                                         "anonymised": list(result.anonymised)}) + "\n")
        else:
            print(f"Anonymised {len(result.anonymised)} cases closed before {result.cutoff.isoformat()} "
                  f"(retention period: {months} months).")
        return 0
    due = gdpr.retention_preview()
    cutoff = gdpr.retention_cutoff(months)
    if args.json:
        sys.stdout.write(json.dumps({"months": months, "cutoff": cutoff.isoformat(), "due": [
            {"id": c.family_id, "case_number": c.case_number, "name": c.household_name, "status": c.status,
             "closed_since": c.closed_since.isoformat()} for c in due]}, ensure_ascii=False, indent=1) + "\n")
        return 0
    for c in due:
        print(f"{c.family_id:>7}  {c.case_number:<16} {c.household_name:<40} {c.status:<9} closed since "
              f"{c.closed_since.isoformat()}")
    print(f"{len(due)} cases closed before {cutoff.isoformat()} would be anonymised (retention period: {months} "
          "months). Run 'transition-app retention --apply' to do it now; it is also done at every start.")
    return 0


# ----------------------------------------------------------------------------- backup and restore


def _backup(ctx: Any, args: argparse.Namespace) -> int:
    from transition_app.services.backup import create_backup

    result = create_backup(ctx.db, ctx.actor, args.output)
    print(f"Wrote an encrypted backup to {result.path} ({max(1, result.size // 1024)} KiB, {result.info.families} "
          f"families, schema {result.info.schema_revision}); checked after writing. It opens with this database's "
          "key, or anywhere with its recovery key.")
    return 0


def _recovery_key(prompt: str) -> str | None:
    """``TRANSITION_APP_RECOVERY_KEY``, else a prompt in a terminal, else None."""
    from transition_app.security.unlock import ENV_RECOVERY_KEY

    value = os.environ.get(ENV_RECOVERY_KEY, "").strip()
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt).strip() or None
    return None


def _current_key(app_paths: Any) -> bytes:
    """The key of the database already here (keyring or passphrase; the recovery-key variable is
    left for the backup, unless this database needs it)."""
    from transition_app.security import KeyUnavailable
    from transition_app.security.keys import passphrase_from_env, unlock
    from transition_app.security.secrets import KeyringSecretStore
    from transition_app.security.unlock import unlock_for_cli

    try:
        return unlock(app_paths, KeyringSecretStore(), passphrase_from_env())
    except KeyUnavailable:
        return unlock_for_cli(app_paths)  # the same questions and messages as every other command


def _confirm_restore(args: argparse.Namespace) -> bool:

    if args.yes:
        return True
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise CliError("restoring replaces the current data (a safety copy is kept in backups/): add --yes to "
                           "confirm")
    print("Replace ALL the current data by the backup? The current database is kept as a safety copy in backups/. "
          "Type yes to confirm: ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() == "yes"


def restore(app_paths: Any, args: argparse.Namespace) -> int:
    """``restore FILE``: called before the database is opened, because on a new computer there is
    none yet (the backup then opens with the recovery key, and the person signs in to the restored
    data).  On a database in use, the person signs in to it as a coordinator and confirms."""
    from transition_app.security import KeyInfoError
    from transition_app.security.keys import DatabaseState, database_state, passphrase_from_env
    from transition_app.security.secrets import KeyringSecretStore
    from transition_app.services.auth import AuthService
    from transition_app.services.backup import WrongBackupKey, restore_backup
    from transition_app.services.context import open_context

    if args.database is not None:
        raise CliError("restore works on the embedded database; a server database is restored with the "
                           "server's own tools")
    store = KeyringSecretStore()
    passphrase = passphrase_from_env()

    def sign_in_restored(db: Any) -> Any:
        user, password = _credentials()
        return AuthService(db).sign_in(user, password).actor

    try:
        fresh = database_state(app_paths) is DatabaseState.NEW
    except KeyInfoError:
        fresh = False
    if fresh:
        recovery = _recovery_key("Recovery key of the backed-up database: ")
        result = restore_backup(app_paths, args.file, store=store, recovery_key=recovery, passphrase=passphrase,
                                sign_in=sign_in_restored)
    else:
        ctx = open_context(app_paths, None, _current_key(app_paths))
        try:
            actor = None
            if not ctx.auth.needs_first_run():  # else: the person signs in to the restored data
                user, password = _credentials()
                actor = ctx.auth.sign_in(user, password).actor
                from transition_app.access.permissions import Permission

                actor.require(Permission.BACKUP)
            if not _confirm_restore(args):
                _print_err("Nothing was restored.")
                return EXIT_FAILED
            from transition_app.security.unlock import ENV_RECOVERY_KEY

            recovery = os.environ.get(ENV_RECOVERY_KEY, "").strip() or None
            kwargs = dict(store=store, current=ctx.db, actor=actor, passphrase=passphrase, sign_in=sign_in_restored)
            try:
                result = restore_backup(app_paths, args.file, recovery_key=recovery, **kwargs)
            except WrongBackupKey:
                if recovery is not None:
                    raise
                recovery = _recovery_key("This backup belongs to another database. Its recovery key: ")
                if recovery is None:
                    raise
                result = restore_backup(app_paths, args.file, recovery_key=recovery, **kwargs)
        finally:
            ctx.close()
    print(f"Restored the backup{' of ' + result.backup.created if result.backup.created else ''} "
          f"({result.backup.families} families, schema {result.to_revision}) as {result.database}."
          + (f" The previous data is kept in {result.safety_copy}." if result.safety_copy else "")
          + (" Its key is now kept on this computer." if result.new_key else ""))
    return 0
