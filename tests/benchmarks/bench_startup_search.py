"""Start-up, search-as-you-type and memory with 10,000 and 100,000 demo families.

Prints JSON.  Not a test: run it by hand, e.g.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup_search.py [--sizes 10000 100000]

* start-up: wall time from spawning the process until the window is first shown (the
  application prints SHOWN) and until the family list is loaded (READY), compared in the
  same run with a bare PySide6 window started the same way; medians of --runs runs,
  interleaved so that both see the same machine load.
* search: per keystroke, the time the main window takes to filter and redraw the list
  while a name is typed (and deleted again), over the whole list in memory.
* memory: peak RSS of the process that loaded the list and ran the search.

Demo databases are cached in --cache (default /tmp/transition-bench) and reused.
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
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1200, 760)
w.show()
QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
app.exec()
"""


PASSPHRASE = "benchmark passphrase (fictional data)"
USER, PASSWORD = "coordinator", "benchmark password 2026"  # the demo's coordinator (fictional data)


def env() -> dict[str, str]:
    """Offscreen Qt; no keyring on a headless machine, so the encrypted store is opened with
    a passphrase (one Argon2id derivation per start, counted in the list-loaded time)."""
    e = dict(os.environ)
    e["QT_QPA_PLATFORM"] = "offscreen"
    e["PYTHONPATH"] = str(ROOT)
    e["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    e["TRANSITION_APP_PASSPHRASE"] = PASSPHRASE
    e["TRANSITION_APP_USER"] = USER  # sign-in for the demo command and for gui --smoke
    e["TRANSITION_APP_PASSWORD"] = PASSWORD
    return e


def ensure_db(cache: Path, n: int) -> Path:
    data = cache / f"families-{n}"
    marker = data / f".done-{n}"
    if not marker.exists():
        data.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "transition_app", "--data-dir", str(data), "demo",
                        "--families", str(n)], env=env(), check=True, capture_output=True)
        print(f"# generated {n} demo families in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        marker.touch()
    return data


def time_lines(cmd: list[str], markers: tuple[str, ...]) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env(),
                            cwd=ROOT)
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split()[0] if line.split() else ""
        if word in markers and word not in seen:
            seen[word] = time.perf_counter() - start
    proc.wait()
    seen["exit"] = time.perf_counter() - start
    if proc.returncode != 0 or set(markers) - set(seen):
        raise RuntimeError(f"{cmd} failed ({proc.returncode}); saw {seen}")
    return seen


def startup(data: Path, runs: int) -> dict[str, float]:
    bare, shown, ready = [], [], []
    app_cmd = [sys.executable, "-m", "transition_app", "--data-dir", str(data), "gui", "--smoke"]
    for _ in range(runs):
        bare.append(time_lines([sys.executable, "-c", BARE], ("SHOWN",))["SHOWN"])
        app = time_lines(app_cmd, ("SHOWN", "READY"))
        shown.append(app["SHOWN"])
        ready.append(app["READY"])
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    return {"bare_pyside6_window_s": round(b, 3), "app_window_shown_s": round(s, 3),
            "app_list_loaded_s": round(r, 3), "ratio_shown_to_bare": round(s / b, 2),
            "ratio_list_loaded_to_bare": round(r / b, 2)}


SEARCH = r"""
import json, resource, statistics, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from transition_app.paths import AppPaths
from transition_app.security.unlock import unlock_for_cli
from transition_app.services.context import open_context
from transition_app.ui.main_window import MainWindow
from pathlib import Path
paths = AppPaths(Path(sys.argv[1])).ensure()
from transition_app.access.permissions import SYSTEM
ctx = open_context(paths, None, unlock_for_cli(paths)).for_actor(SYSTEM)
w = MainWindow(ctx)
w.resize(1200, 760)
w.show()
t = time.perf_counter()
w.reload(synchronous=True)
app.processEvents()
load = time.perf_counter() - t
rows = w.model.all_rows()
words = [rows[len(rows) // 3].household_name.split()[0].lower(),
         rows[len(rows) // 2].household_name.split()[-1].lower(), rows[-1].case_number.lower()]
times = []
for word in words:
    typed = [word[:i] for i in range(1, len(word) + 1)]
    for text in typed + typed[-2::-1] + [""]:
        t = time.perf_counter()
        w.ui.searchEdit.setText(text)
        app.processEvents()
        times.append(time.perf_counter() - t)
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"families": len(rows), "list_load_s": round(load, 3), "keystrokes": len(times),
                  "keystroke_median_ms": round(statistics.median(times) * 1000, 2),
                  "keystroke_p95_ms": round(sorted(times)[int(len(times) * 0.95)] * 1000, 2),
                  "keystroke_max_ms": round(max(times) * 1000, 2), "peak_rss_mb": round(peak_mb, 1)}))
"""


def search(data: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", SEARCH, str(data)], env=env(), cwd=ROOT, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/transition-bench-encrypted"))
    args = parser.parse_args()
    report = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "results": []}
    for n in args.sizes:
        data = ensure_db(args.cache, n)
        report["results"].append({"families": n, "startup": startup(data, args.runs), "search": search(data)})
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
