"""The morning list (``due``) and the dashboard with 100,000 demo families.

Prints JSON.  Not a test: run it by hand, e.g.

    .venv/bin/python tests/benchmarks/bench_checklist.py [--families 100000] [--runs 5]

* demo: wall time of ``transition-app demo --families N`` (only when the cached database
  is generated; it is reused from --cache afterwards, default /tmp/transition-bench-checklist);
* due_cli: wall time of the whole command ``transition-app due --within 14 --json`` in a
  fresh process (start-up, schema check, query, output), median of --runs;
* due_query / dashboard: time of ``ChecklistService.due_within(14)`` and of
  ``ChecklistService.dashboard()`` (what the dashboard window loads), in one process, warm,
  median of --runs, for the whole centre and filtered by one worker and by one track;
* family_checklist: time to load one family's checklist (the Checklist tab).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


PASSPHRASE = "benchmark passphrase (fictional data)"
USER, PASSWORD = "coordinator", "benchmark password 2026"  # the demo's coordinator (fictional data)


def env() -> dict[str, str]:
    """No keyring on a headless machine: the encrypted store is opened with a passphrase; the
    commands sign in as the demo's coordinator."""
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT)
    e.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    e.setdefault("TRANSITION_APP_PASSPHRASE", PASSPHRASE)
    e.setdefault("TRANSITION_APP_USER", USER)
    e.setdefault("TRANSITION_APP_PASSWORD", PASSWORD)
    return e


def ensure_db(cache: Path, n: int) -> tuple[Path, float | None]:
    data = cache / f"families-{n}"
    marker = data / f".done-{n}"
    seconds = None
    if not marker.exists():
        data.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "transition_app", "--data-dir", str(data), "demo",
                        "--families", str(n)], env=env(), check=True, capture_output=True, cwd=ROOT)
        seconds = time.perf_counter() - t
        marker.touch()
    return data, seconds


def median_time(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/transition-bench-checklist"))
    args = parser.parse_args()
    data, demo_s = ensure_db(args.cache, args.families)

    cli = []
    lines = 0
    for _ in range(args.runs):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "transition_app", "--data-dir", str(data), "due", "--within",
                              "14", "--json"], env=env(), check=True, capture_output=True, text=True, cwd=ROOT)
        cli.append(time.perf_counter() - t)
        lines = len(json.loads(out.stdout))

    from transition_app.access.permissions import SYSTEM
    from transition_app.paths import AppPaths
    from transition_app.security.unlock import unlock_for_cli
    from transition_app.services.context import open_context

    os.environ.update({k: v for k, v in env().items() if k.startswith(("TRANSITION_APP_", "PYTHON_KEYRING"))})
    paths = AppPaths(data).ensure()
    ctx = open_context(paths, None, unlock_for_cli(paths)).for_actor(SYSTEM)  # the encrypted store, as the app
    try:
        checklists = ctx.checklists
        due_s, items = median_time(lambda: checklists.due_within(14), args.runs)
        board_s, board = median_time(lambda: checklists.dashboard(), args.runs)
        worker = ctx.staff.list_workers()[0].id
        worker_s, _ = median_time(lambda: checklists.dashboard(worker_id=worker), args.runs)
        track_s, _ = median_time(lambda: checklists.dashboard(track="housing"), args.runs)
        family = board.families[0].family_id  # type: ignore[attr-defined]
        family_s, _ = median_time(lambda: checklists.get_checklist(family), args.runs)
        with ctx.db.engine.connect() as conn:
            steps = conn.exec_driver_sql("SELECT count(*) FROM checklist_step").scalar()
    finally:
        ctx.close()
    report = {
        "python": sys.version.split()[0], "cpus": os.cpu_count(), "families": args.families,
        "checklist_steps": steps,
        "demo_generation_s": round(demo_s, 1) if demo_s is not None else "cached (delete --cache to time it)",
        "due_within_14_cli_s": round(statistics.median(cli), 3), "due_within_14_items": lines,
        "due_within_14_query_s": round(due_s, 3),
        "dashboard_s": round(board_s, 3),
        "dashboard_one_worker_s": round(worker_s, 3),
        "dashboard_one_track_s": round(track_s, 3),
        "dashboard_counts": {"in_reception": board.families_in_transition,  # type: ignore[attr-defined]
                             "overdue_steps": board.overdue_total,  # type: ignore[attr-defined]
                             "reunification_closing": board.reunification_total},  # type: ignore[attr-defined]
        "one_family_checklist_s": round(family_s, 4),
        "due_items_in_process": len(items),  # type: ignore[arg-type]
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
