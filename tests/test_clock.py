"""One clock (issue 9, point 1): today's date comes from ``transition_app.clock`` only, and the
date-sensitive tests pass with the system clock moved years ahead (``faketime``)."""

from __future__ import annotations

import ast
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from transition_app.clock import Clock

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "transition_app"

#: Calls that read the system clock's date or time of day.
FORBIDDEN = {
    ("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
    ("QTime", "currentTime"), ("time", "localtime"), ("time", "gmtime"),
}

#: The date-sensitive tests: every module that freezes the clock, builds deadlines, filters by
#: date or shows dates.  Run again below with the system clock years ahead.
DATE_SENSITIVE = (
    "tests/test_clock.py::test_the_clock_is_frozen_by_tests",
    "tests/ui/test_audit_window.py",
    "tests/ui/test_dashboard.py",
    "tests/ui/test_checklist_view.py",
    "tests/ui/test_week_view.py",
    "tests/ui/test_buddy_workspace.py",
    "tests/integration/test_checklist_service.py",
    "tests/integration/test_handover.py",
    "tests/integration/test_appointments.py",
    "tests/integration/test_gdpr.py",
    "tests/integration/test_families_service.py",
    "tests/unit/test_cli_checklist.py",
    "tests/unit/test_cli_calendar.py",
    "tests/integration/test_checklist_leave_undo.py",
    "tests/ui/test_checklist_leave_undo.py",
    "tests/ui/test_date_edit.py",
    "tests/ui/test_family_dialog.py",
    "tests/integration/test_import_service.py",
    "tests/integration/test_list_export.py",
    "tests/integration/test_letter_dwelling.py",
    "tests/integration/test_centres.py",
)


def _calls(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if (name, node.func.attr) in FORBIDDEN:
                found.append((node.lineno, f"{name}.{node.func.attr}()"))
    return found


def test_only_the_clock_reads_the_system_clock():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "clock.py" or "generated" in path.parts:
            continue
        for line, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(ROOT)}:{line}: {call}")
    assert offenders == [], "use the context's clock (transition_app.clock) instead:\n" + "\n".join(offenders)


def test_the_guard_finds_a_real_clock_call():
    assert _calls(ast.parse("import datetime as dt\nx = dt.date.today()\ny = QDate.currentDate()")) == [
        (2, "date.today()"), (3, "QDate.currentDate()")]


def test_clock_can_be_frozen_and_released():
    clock = Clock()
    clock.freeze(dt.date(2031, 2, 3))
    assert clock.today() == clock() == dt.date(2031, 2, 3) and clock.now().date() == dt.date(2031, 2, 3)
    assert clock.frozen
    clock.freeze(None)
    assert not clock.frozen and abs((clock.today() - dt.date.today()).days) <= 1


def test_the_clock_is_frozen_by_tests(ctx):
    """Under faketime the system date is years ahead; the services still see the tests' day."""
    from tests.conftest import TODAY

    assert ctx.clock.today() == TODAY and ctx.families.today() == TODAY and ctx.checklists.today() == TODAY
    assert ctx.for_actor(ctx.actor).clock is ctx.clock
    if os.environ.get("TRANSITION_APP_EXPECT_FAKETIME"):
        assert dt.date.today() > TODAY + dt.timedelta(days=365), "faketime was not in effect"


def _faketime() -> str | None:
    return shutil.which("faketime")


@pytest.mark.slow
@pytest.mark.parametrize("offset", ["+1100d"])
def test_date_sensitive_tests_pass_years_ahead(offset):
    """The date-sensitive tests, again, with the system clock three years ahead."""
    faketime = _faketime()
    if faketime is None:
        if os.environ.get("CI"):
            pytest.fail("faketime is missing: scripts/dev installs it (Debian package faketime)")
        pytest.skip("faketime is not installed (scripts/dev test installs it)")
    probe = subprocess.run([faketime, "-f", offset, sys.executable, "-c",
                            "import datetime; print(datetime.date.today().isoformat())"],
                           capture_output=True, text=True, check=True)
    assert dt.date.fromisoformat(probe.stdout.strip()) > dt.date.today() + dt.timedelta(days=1000)
    env = dict(os.environ, TRANSITION_APP_EXPECT_FAKETIME="1", QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([faketime, "-f", offset, sys.executable, "-m", "pytest", "-q", "-x",
                          "-p", "no:cacheprovider", *DATE_SENSITIVE],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    tail = "\n".join((run.stdout + run.stderr).splitlines()[-30:])
    assert run.returncode == 0, tail
    assert " passed" in tail and "failed" not in tail
