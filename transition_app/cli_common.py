"""What every command-line module shares: exit codes, the one-line error, argument types.  Qt-free."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

EXIT_FAILED = 1  # the command ran and failed (refused, not found, invalid data)
EXIT_USAGE = 2  # the command line itself is wrong


class CliError(Exception):
    """A problem of the command line itself (a missing terminal, a confirmation, a file to read),
    said in English in one line; not a service error (those carry translatable codes)."""


def fail(message: str, code: int = EXIT_FAILED) -> int:
    """Say what went wrong in one line on stderr; return the exit code."""
    print(f"transition-app: {message}", file=sys.stderr)
    return code


def iso_date(text: str) -> dt.date:
    """argparse type: a date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD") from None
