"""Handover dossier benchmark on real demo data (not a test): prints JSON.

    .venv/bin/python tests/benchmarks/bench_dossier.py [--families 800] [--runs 7] [--batch 500] [--no-soffice]

In one run, on a demo database (``--families`` generated fictional families):
- ``dossier_pdf``: the ~8-page dossier of one family (the family whose dossier is closest to 8
  pages), model → PDF through :func:`render_pdf`;
- ``dossier_direct``: the same platypus flowables (:func:`build_flowables` output, re-created each
  run) built directly by reportlab with the same page template — the floor the model adds to;
- ``dossier_docx``: the same dossier → DOCX;
- ``soffice``: LibreOffice converting that DOCX to PDF (a fresh ``soffice --headless`` per run);
- ``letter_pdf`` / ``letter_docx``: a letter with an Arabic family copy;
- ``batch``: ``--batch`` dossiers issued for real (composed from the database, rendered, written
  atomically, each issue recorded) with :meth:`HandoverService.issue_batch` — not extrapolated.
Medians of ``--runs`` runs, seconds.  Targets: dossier PDF ≥ 40× faster than the LibreOffice
conversion and ≤ 1.5× the direct reportlab build; 500 dossiers ≤ 15 s on 2 cores (issue 10).
The batch families are given a recorded consent for the CPAS of their new municipality first
(a dossier to a third party needs one; the batch skips families without).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _median(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=800)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--soffice-runs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--workers", type=int, default=None, help="batch render processes (default: auto)")
    parser.add_argument("--no-soffice", action="store_true")
    args = parser.parse_args()

    import pypdf

    from transition_app.access.permissions import SYSTEM
    from transition_app.documents import pdf as pdfmod
    from transition_app.documents.docx import render_docx
    from transition_app.paths import AppPaths
    from transition_app.services.context import open_context
    from transition_app.services.demo import generate_demo
    from transition_app.services.handover import LeavingFamily
    from transition_app.services.letter_service import LetterService

    work = Path(tempfile.mkdtemp(prefix="bench-dossier-"))
    try:
        ctx = open_context(AppPaths(work / "data").ensure()).for_actor(SYSTEM)
        generate_demo(ctx.db, args.families, seed=2026)
        handover = ctx.handover
        candidates = handover.families_leaving_within(365)
        # the family whose full dossier (next social worker) is closest to 8 pages
        best = None
        for fam in candidates[:40]:
            pdf = pdfmod.render_pdf(handover.compose_dossier(fam.family_id, "worker", language="fr"))
            pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
            if best is None or abs(pages - 8) < abs(best[1] - 8):
                best = (fam, pages)
        fam, pages = best
        doc = handover.compose_dossier(fam.family_id, "worker", language="fr")
        pdfmod.render_pdf(doc)  # warm-up

        def direct() -> None:
            story = pdfmod.build_flowables(doc)  # fresh flowables: reportlab lays them out each time
            t = time.perf_counter()
            pdfmod._build(doc, story, io.BytesIO())
            direct.times.append(time.perf_counter() - t)  # type: ignore[attr-defined]

        direct.times = []  # type: ignore[attr-defined]
        result: dict[str, object] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                                     "demo_families": args.families, "dossier_pages": pages, "runs": args.runs}
        result["dossier_compose_s"] = _median(
            lambda: handover.compose_dossier(fam.family_id, "worker", language="fr"), args.runs)
        # interleaved, so that a load from elsewhere on the machine weighs on both alike
        model_times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            pdfmod.render_pdf(doc)
            model_times.append(time.perf_counter() - t)
            direct()
        result["dossier_pdf_s"] = statistics.median(model_times)
        result["dossier_direct_reportlab_s"] = statistics.median(direct.times)  # type: ignore[attr-defined]
        result["dossier_pdf_vs_direct"] = round(result["dossier_pdf_s"] / result["dossier_direct_reportlab_s"], 3)  # type: ignore[operator]
        docx_bytes = render_docx(doc)
        result["dossier_docx_s"] = _median(lambda: render_docx(doc), args.runs)

        soffice = shutil.which("soffice")
        if soffice and not args.no_soffice:
            src = work / "dossier.docx"
            src.write_bytes(docx_bytes)

            def convert() -> None:
                subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(src)],
                               check=True, capture_output=True, timeout=300)

            convert()  # the first start creates the profile: not counted
            result["soffice_docx_to_pdf_s"] = _median(convert, args.soffice_runs)
            result["soffice_pages"] = len(pypdf.PdfReader(str(work / "dossier.pdf")).pages)
            result["soffice_vs_dossier_pdf"] = round(result["soffice_docx_to_pdf_s"] / result["dossier_pdf_s"], 1)  # type: ignore[operator]

        letters = LetterService(ctx.families, ctx.checklists, ctx.staff)
        from transition_app.domain import directory as _directory

        # a family with a new municipality and a recorded exit date; the new home in that municipality
        # (the letter checks refuse a CPAS that is not competent for the home's postcode)
        from transition_app.store.models import Family as _Family

        first = next(f for f in candidates if ctx.families.get_family(f.family_id).destination_nis)
        with ctx.db.session() as s:  # the planned exit date the worker records before such a letter
            row = s.get(_Family, first.family_id)
            row.exit_date = row.exit_date or first.exit_due
        chosen = ctx.families.get_family(first.family_id)
        place = _directory.municipality(chosen.destination_nis)
        home = f"Rue Haute 5|{_directory.postcodes_of(chosen.destination_nis)[0]} {place.name('fr')}"
        letter = letters.compose(chosen.id, "cpas_integration_income", authority_language="fr",
                                 family_language="ar", inputs={"dwelling_address": home})
        pdfmod.render_pdf(letter)
        result["letter_pages"] = len(pypdf.PdfReader(io.BytesIO(pdfmod.render_pdf(letter))).pages)
        result["letter_pdf_s"] = _median(lambda: pdfmod.render_pdf(letter), args.runs)
        result["letter_docx_s"] = _median(lambda: render_docx(letter), args.runs)

        # the batch: real dossiers for real families, cycling through the families leaving soon
        # (families with a new municipality: a CPAS dossier names the CPAS the family consented to)
        with_cpas = [f for f in candidates if ctx.families.get_family(f.family_id).destination_nis]
        todo = [LeavingFamily(f.family_id, f"{f.case_number}-{i}", f.household_name, f.exit_due)
                for i, f in enumerate((with_cpas * (args.batch // max(len(with_cpas), 1) + 1))[:args.batch])]
        import datetime as dt

        from transition_app.store.models import Consent, Family

        with ctx.db.session() as s:
            for fam_row in s.query(Family).filter(Family.id.in_({f.family_id for f in todo})):
                s.add(Consent(family_id=fam_row.id, purpose="handover dossier", shared_with="CPAS",
                              given_on=dt.date(2020, 1, 1), purpose_code="handover_dossier",
                              recipient_key=f"cpas:{fam_row.destination_nis}" if fam_row.destination_nis else None))
        out = work / "batch"
        out.mkdir()
        t = time.perf_counter()
        batch = handover.issue_batch(365, "cpas", out, families=todo, workers=args.workers)
        elapsed = time.perf_counter() - t
        files = list(out.iterdir())
        result.update({"batch_count": len(batch.written), "batch_failed": len(batch.failed),
                       "batch_skipped_no_consent": len(batch.skipped),
                       "batch_files": len(files), "batch_bytes": sum(f.stat().st_size for f in files),
                       "batch_s": round(elapsed, 2), "batch_per_dossier_s": round(elapsed / max(len(todo), 1), 4),
                       "batch_extrapolated": False})
        result["targets"] = {
            "soffice_at_least_40x": result.get("soffice_vs_dossier_pdf", 0) >= 40,  # type: ignore[operator]
            "within_1_5x_of_direct": result["dossier_pdf_vs_direct"] <= 1.5,  # type: ignore[operator]
            "batch_500_within_15s": args.batch >= 500 and elapsed <= 15,
        }
        for k, v in list(result.items()):
            if isinstance(v, float):
                result[k] = round(v, 4)
        print(json.dumps(result, indent=2))
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
