"""Import of a 10,000-row caseload (CSV and XLSX) into an empty database.

Prints JSON.  Not a test: run it by hand, e.g.

    .venv/bin/python tests/benchmarks/bench_import.py [--rows 10000] [--runs 3] [--plain]

The files are generated here from the demo name lists (``resources/demo/population.yaml``):
fictional households (names combined at random, no national register or phone numbers, e-mail
addresses at example.org), one row per person.  The CSV is what Belgian Excel writes
(Windows-1252, ``;``, French headers, dd/mm/yyyy dates, a quoted note with a line break); the
XLSX has Dutch headers, date cells and the family key in a merged cell over each family's rows.

For each file type, median of --runs, each into a new empty encrypted database (SQLCipher, as the
application; --plain: plain SQLite):

* ``read_s``: reading the file into rows (``ImportService.read``);
* ``dry_run_s``: every check without writing (what the wizard's "Check" page runs);
* ``import_s``: checks + writing the families, members, decisions, contacts, notes and every
  checklist with its due dates, in one transaction, with the audit entry;
* ``total_s``: ``read_s + import_s``, the figure the issue bounds (10 s for 10,000 rows);
* ``total_cpu_s``: the CPU time of the same (this process), less sensitive than the wall time to
  other work on the machine.

The first run of each file type in the process also loads the vocabularies, the rules and the
holiday calendars once (as the application's first import does).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 23)
KEY = bytes.fromhex("7d1f" * 16)  # a fixed benchmark key (not a secret: fictional data)
FR = ["Famille", "Nom", "Prénom", "Date de naissance", "Sexe", "Lien de parenté", "Nationalité", "Langues",
      "Statut", "Date de décision", "Date de notification", "Instance", "Commune", "E-mail", "Remarques"]
NL = ["Gezin", "Naam", "Voornaam", "Geboortedatum", "Geslacht", "Relatie", "Nationaliteit", "Talen",
      "Beschermingsstatus", "Beslissingsdatum", "Datum kennisgeving", "Instantie", "Gemeente", "E-mail",
      "Opmerkingen"]
RELATIONS_FR = {"head": "Chef de ménage", "spouse": "Épouse", "child": "Enfant"}
RELATIONS_NL = {"head": "Gezinshoofd", "spouse": "Echtgenote", "child": "Kind"}
STATUS_FR = {"refugee": "Réfugié", "subsidiary": "Protection subsidiaire"}
STATUS_NL = {"refugee": "Vluchteling", "subsidiary": "Subsidiaire bescherming"}


def households(rows: int, seed: int = 9) -> list[list[dict[str, object]]]:
    """Fictional households totalling ``rows`` persons."""
    from transition_app.domain import directory
    from transition_app.services.demo import population

    rng = random.Random(seed)
    pop = population()
    nats = list(pop["nationalities"])
    weights = [pop["nationalities"][n]["weight"] for n in nats]
    towns = [directory.municipality(n) for n in pop["destinations"]]
    out: list[list[dict[str, object]]] = []
    total = 0
    n = 0
    while total < rows:
        n += 1
        nat = rng.choices(nats, weights)[0]
        spec = pop["nationalities"][nat]
        surname = rng.choice(spec["family"])
        langs = list(rng.choice(spec["languages"]))
        size = min(rows - total, rng.choices([1, 2, 3, 4, 5, 6], [30, 12, 18, 20, 12, 8])[0])
        decided = TODAY - dt.timedelta(days=int(rng.triangular(0, 200, 30)))
        status = "subsidiary" if rng.random() < spec.get("subsidiary_share", 0.04) else "refugee"
        town = rng.choice(towns) if rng.random() < 0.7 else None
        head_sex = rng.choice("MMMF")
        head_age = rng.randint(20, 58)
        members = []
        for i in range(size):
            if i == 0:
                relation, sex, age = "head", head_sex, head_age
            elif i == 1 and size > 1 and rng.random() < 0.7:
                relation, sex, age = "spouse", "F" if head_sex == "M" else "M", max(18, head_age + rng.randint(-6, 4))
            else:
                relation, sex, age = "child", rng.choice("MF"), rng.randint(0, max(0, min(17, head_age - 18)))
            born = TODAY - dt.timedelta(days=age * 365 + rng.randint(0, 364))
            given = rng.choice(spec["male"] if sex == "M" else spec["female"])
            members.append({
                "key": f"F{n:05d}", "surname": surname, "given": given, "born": born, "sex": sex,
                "relation": relation, "nationality": nat, "languages": langs if age >= 3 else langs[:1],
                "status": status, "decided": decided,
                "notified": min(TODAY, decided + dt.timedelta(days=rng.randint(1, 6))),
                "body": "call" if rng.random() < 0.08 else "cgrs", "town": town,
                "email": (f"{given.split()[0]}.{surname}{n}@example.org".lower().replace(" ", "")
                          if i == 0 and rng.random() < 0.5 else ""),
                "note": ("Rendez-vous CPAS demandé;\nsuivi logement" if i == 0 and rng.random() < 0.1 else ""),
            })
        out.append(members)
        total += size
    return out


def write_csv(path: Path, families: list[list[dict[str, object]]]) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(FR)
    for fam in families:
        for i, m in enumerate(fam):
            first = i == 0
            w.writerow([m["key"], m["surname"], m["given"], m["born"].strftime("%d/%m/%Y"), m["sex"],  # type: ignore[attr-defined]
                        RELATIONS_FR[m["relation"]], m["nationality"], ", ".join(m["languages"]),  # type: ignore[arg-type,index]
                        STATUS_FR[m["status"]] if first else "", m["decided"].strftime("%d/%m/%Y") if first else "",  # type: ignore[attr-defined,index]
                        m["notified"].strftime("%d/%m/%Y") if first else "",  # type: ignore[attr-defined]
                        str(m["body"]).upper() if first else "",
                        m["town"].name("fr") if first and m["town"] else "", m["email"], m["note"]])  # type: ignore[attr-defined]
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))


def write_xlsx(path: Path, families: list[list[dict[str, object]]]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bewoners"
    ws.append(NL)
    row = 2
    for fam in families:
        for i, m in enumerate(fam):
            first = i == 0
            ws.append([m["key"] if first else None, m["surname"], m["given"], m["born"], m["sex"],
                       RELATIONS_NL[m["relation"]], m["nationality"], ", ".join(m["languages"]),  # type: ignore[index,arg-type]
                       STATUS_NL[m["status"]] if first else None, m["decided"] if first else None,  # type: ignore[index]
                       m["notified"] if first else None, str(m["body"]).upper() if first else None,
                       m["town"].name("nl") if first and m["town"] else None, m["email"] or None,  # type: ignore[attr-defined]
                       m["note"] or None])
        if len(fam) > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row + len(fam) - 1, end_column=1)
        row += len(fam)
    for r in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        r[0].number_format = "DD/MM/YYYY"
    wb.save(path)


def context(folder: Path, plain: bool):  # type: ignore[no-untyped-def]
    from transition_app.access.permissions import SYSTEM
    from transition_app.clock import Clock
    from transition_app.paths import AppPaths
    from transition_app.services.context import NOBODY, AppContext
    from transition_app.services.families import FamilyService
    from transition_app.services.staff import StaffService
    from transition_app.store.database import Database
    from transition_app.store.engine import create_engine_for, sqlite_url
    from transition_app.store.upgrade import upgrade_database

    paths = AppPaths(folder).ensure()
    engine = create_engine_for(sqlite_url(paths.database), key=None if plain else KEY)
    result = upgrade_database(engine, paths.backups)
    db = Database(engine)
    clock = Clock(TODAY)
    base = AppContext(paths, db, FamilyService(db, clock, NOBODY), StaffService(db, actor=NOBODY), result,
                      clock=clock)
    return base.for_actor(SYSTEM)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plain", action="store_true", help="plain SQLite instead of the encrypted store")
    args = parser.parse_args()
    from transition_app.services.importing import ImportOptions

    work = Path(tempfile.mkdtemp(prefix="transition-bench-import-"))
    families = households(args.rows)
    files = {"csv": work / "caseload.csv", "xlsx": work / "caseload.xlsx"}
    write_csv(files["csv"], families)
    write_xlsx(files["xlsx"], families)
    out: dict[str, object] = {"rows": args.rows, "families": len(families), "store": "plain" if args.plain
                              else "encrypted", "runs": args.runs}
    for kind, path in files.items():
        figures: dict[str, list[float]] = {"read_s": [], "dry_run_s": [], "import_s": [], "total_s": [],
                                           "total_cpu_s": []}
        for run in range(args.runs):
            ctx = context(work / f"db-{kind}-{run}", args.plain)
            t, cpu = time.perf_counter(), time.process_time()
            table = ctx.importer.read(path)
            read, read_cpu = time.perf_counter() - t, time.process_time() - cpu
            mapping = ctx.importer.mapping(table)
            t = time.perf_counter()
            dry = ctx.importer.dry_run(table, mapping)
            dry_s = time.perf_counter() - t
            t, cpu = time.perf_counter(), time.process_time()
            report = ctx.importer.run(table, mapping, ImportOptions())
            imp, imp_cpu = time.perf_counter() - t, time.process_time() - cpu
            skipped = sum(1 for d in report.duplicates if d.action == "skip")  # names combined at random can repeat
            assert report.written and not report.rejected and report.imported == len(families) - skipped, \
                report.to_json()
            assert dry.imported == report.imported
            steps = ctx.db.engine.connect().exec_driver_sql("select count(*) from checklist_step").scalar()
            figures["read_s"].append(read)
            figures["dry_run_s"].append(dry_s)
            figures["import_s"].append(imp)
            figures["total_s"].append(read + imp)
            figures["total_cpu_s"].append(read_cpu + imp_cpu)
            ctx.close()
        out[kind] = {k: round(statistics.median(v), 3) for k, v in figures.items()}
        out[kind]["checklist_steps"] = steps  # type: ignore[index]
        out[kind]["size_kb"] = path.stat().st_size // 1024  # type: ignore[index]
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
