"""Plain SQLite vs the encrypted store (SQLCipher, raw key) on the application's queries.

Prints JSON.  Not a test: run it by hand, e.g.

    .venv/bin/python tests/benchmarks/bench_encrypted_store.py [--families 10000] [--runs 7]

Both databases hold the same demo families (``services.demo.generate_demo``, same seed) and are
cached in --cache (default /tmp/transition-bench-encrypted).  Each run measures, for plain then
encrypted (interleaved, so both see the same machine load):

* ``open_and_upgrade_check``: create the engine (SQLCipher: key verified) + ``upgrade_database``
  on an up-to-date database (the start-up path, without the keyring or passphrase step);
* ``list_summaries``: every family summary (what the main window loads);
* ``list_summaries_again``: the same on the now warm pooled connection (a reload after an edit);
* ``search``: three SQL searches (``FamilyService.search``) by name token and case number;
* ``get_family_xN``: N family details by id;
* ``insert_xN``: N new families, one transaction each (``FamilyService.create_family``);
* ``cold_full_scan_sql``: a new connection scanning every person and family row with LIKE (every
  page read, and for SQLCipher decrypted: the worst case for encryption).

``plain_via_sqlcipher3`` is the plain file opened through sqlcipher3's own SQLite without a key:
the ratio against it isolates the cost of encryption from differences between SQLite builds.

Figures are medians over --runs, in milliseconds, and the ratio encrypted / plain.
The argon2id passphrase derivation (once per start, only without keyring) is reported apart.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import datetime as dt  # noqa: E402

from transition_app.services.dto import FamilyInput, FamilyQuery, PersonInput  # noqa: E402
from transition_app.services.families import FamilyService  # noqa: E402
from transition_app.store.database import Database  # noqa: E402
from transition_app.store.engine import create_engine_for, sqlite_url  # noqa: E402
from transition_app.store.upgrade import upgrade_database  # noqa: E402

TODAY = dt.date(2026, 11, 23)
KEY = bytes.fromhex("7d1f" * 16)  # a fixed benchmark key (not a secret: fictional data)


MODES = ("plain", "encrypted", "plain_via_sqlcipher3")


def engine_for(mode: str, path: Path):
    if mode == "plain_via_sqlcipher3":  # the plain file through sqlcipher3's SQLite, no key
        import sqlcipher3

        return create_engine_for(sqlite_url(path), module=sqlcipher3)
    return create_engine_for(sqlite_url(path), key=KEY if mode == "encrypted" else None)


def ensure(cache: Path, mode: str, n: int) -> Path:
    folder = cache / f"{mode}-{n}"
    path = folder / "transition.db"
    marker = folder / ".done"
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for p in folder.glob("transition.db*"):
            p.unlink()
        from transition_app.services.demo import generate_demo

        t = time.perf_counter()
        engine = engine_for(mode, path)
        upgrade_database(engine, folder / "backups")
        generate_demo(Database(engine), n, today=TODAY)
        engine.dispose()
        print(f"# generated {n} demo families ({mode}) in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        marker.touch()
    return path


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def new_family(i: int) -> FamilyInput:
    head = PersonInput(given_names=f"Bench{i}", family_name="Benchmarkova", relation="head",
                       birth_date=dt.date(1988, 1, 2), sex="F", nationality="SY", languages=("ar",),
                       preferred_language="ar")
    child = PersonInput(given_names=f"Kid{i}", family_name="Benchmarkova", relation="child",
                        birth_date=dt.date(2016, 5, 6), sex="M", nationality="SY", languages=("ar",),
                        preferred_language="ar")
    return FamilyInput(members=(head, child))


def one_run(mode: str, path: Path, n_get: int, n_insert: int, rng: random.Random, out: dict[str, list[float]]) -> None:
    holder: dict[str, object] = {}

    def open_check() -> None:
        engine = engine_for(mode, path)
        upgrade_database(engine, path.parent / "backups")
        holder["engine"] = engine

    out["open_and_upgrade_check"].append(timed(open_check))
    db = Database(holder["engine"])  # type: ignore[arg-type]
    service = FamilyService(db, today=lambda: TODAY)
    rows: list = []
    out["list_summaries"].append(timed(lambda: rows.extend(service.list_summaries())))
    out["list_summaries_again"].append(timed(service.list_summaries))  # a reload: pooled connection
    words = [rows[len(rows) // 3].household_name.split()[0].lower(),
             rows[len(rows) // 2].household_name.split()[-1].lower(),
             rows[-1].case_number.lower()]
    out["search"].append(timed(lambda: [service.search(FamilyQuery(text=w, include_archived=True)) for w in words]))
    ids = [r.id for r in rows]
    picks = [rng.choice(ids) for _ in range(n_get)]
    out[f"get_family_x{n_get}"].append(timed(lambda: [service.get_family(i) for i in picks]))
    base = rng.randrange(10**6)
    out[f"insert_x{n_insert}"].append(
        timed(lambda: [service.create_family(new_family(base + i)) for i in range(n_insert)]))
    db.dispose()

    def cold_scan() -> None:  # a new connection (empty page cache): every page read and decrypted
        engine = engine_for(mode, path)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM person WHERE given_names LIKE '%zq%' "
                                 "OR family_name LIKE '%zq%'").scalar()
            conn.exec_driver_sql("SELECT count(*) FROM family WHERE search_text LIKE '%zq%'").scalar()
        engine.dispose()

    out["cold_full_scan_sql"].append(timed(cold_scan))


def kdf_ms() -> float:
    from transition_app.security.keys import DEFAULT_KDF

    times = [timed(lambda: DEFAULT_KDF.derive("correct horse battery staple", b"s" * 16)) for _ in range(3)]
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--get", type=int, default=200)
    ap.add_argument("--insert", type=int, default=50)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/transition-bench-encrypted"))
    args = ap.parse_args()
    paths = {m: ensure(args.cache, "plain" if m == "plain_via_sqlcipher3" else m, args.families) for m in MODES}
    results: dict[str, dict[str, list[float]]] = {m: {} for m in paths}
    for m in paths:
        for k in ("open_and_upgrade_check", "list_summaries", "list_summaries_again", "search",
                  f"get_family_x{args.get}",
                  f"insert_x{args.insert}", "cold_full_scan_sql"):
            results[m][k] = []
    rng = random.Random(7)
    for m in paths:  # warm-up (OS page cache, imports)
        one_run(m, paths[m], 5, 1, rng, collections.defaultdict(list))
    for _ in range(args.runs):
        for m in paths:
            one_run(m, paths[m], args.get, args.insert, rng, results[m])
    med = {m: {k: round(statistics.median(v), 2) for k, v in r.items()} for m, r in results.items()}
    ratios = {k: round(med["encrypted"][k] / med["plain"][k], 2) for k in med["plain"]}
    lib_ratios = {k: round(med["encrypted"][k] / med["plain_via_sqlcipher3"][k], 2) for k in med["plain"]}
    sizes = {m: p.stat().st_size for m, p in paths.items()}
    import sqlite3

    import sqlcipher3

    print(json.dumps({
        "families": args.families, "runs": args.runs,
        "sqlcipher": sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0],
        "sqlite_stdlib": sqlite3.sqlite_version, "sqlite_in_sqlcipher3": sqlcipher3.sqlite_version,
        "median_ms": med, "ratio_encrypted_to_plain": ratios,
        "max_ratio_app_queries": max(v for k, v in ratios.items() if k != "cold_full_scan_sql"),
        "ratio_encrypted_to_same_library_unencrypted": lib_ratios,
        "file_bytes": sizes,
        "argon2id_default_kdf_ms": round(kdf_ms(), 1),
    }, indent=2))


if __name__ == "__main__":
    main()
