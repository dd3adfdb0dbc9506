"""Document renderer benchmark (not a test): prints JSON.

    .venv/bin/python tests/benchmarks/bench_documents.py [--runs 7] [--batch 50] [--no-soffice]

Times, on one ~8-page dossier (French part + Arabic part, tables, checklists):
- ``pdf_model``: model → PDF through :func:`render_pdf`;
- ``pdf_direct``: the same flowables written by hand against reportlab (no model), built with
  the same page template — the floor the model translation is compared with;
- ``docx``: model → DOCX;
- ``soffice``: LibreOffice converting that DOCX to PDF (a fresh ``soffice --headless`` per run,
  as a server would call it), when ``soffice`` is installed;
- a batch of ``--batch`` dossiers rendered to PDF one after the other, extrapolated to 500
  unless ``--batch 500`` is given.
Medians of ``--runs`` runs, seconds.
"""

from __future__ import annotations

import argparse
import io
import json
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

import pypdf  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle  # noqa: E402

from tests.unit.document_samples import CASE, TEXTS, dossier  # noqa: E402
from transition_app.documents import pdf as pdfmod  # noqa: E402
from transition_app.documents.docx import render_docx  # noqa: E402
from transition_app.documents.flowables import BidiParagraph, CheckBox, SectionMarker  # noqa: E402
from transition_app.documents.fonts import font_chain, register_pdf_fonts  # noqa: E402
from transition_app.documents.scripts import Script, isolate_ltr  # noqa: E402
from transition_app.documents.shaping import TextSpec  # noqa: E402

PAGES = 8


def _median(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def direct_story() -> list:
    """The dossier's flowables written by hand with reportlab (same look, no model)."""
    W = pdfmod.TEXT_WIDTH
    lat = lambda size, bold=False, align=TA_LEFT, after=0: ParagraphStyle(  # noqa: E731
        "x", fontName="TA-NotoSans-Bold" if bold else "TA-NotoSans", fontSize=size, leading=size * 1.3,
        alignment=align, spaceAfter=after)
    body, cell, cellb, small = lat(10, after=6, align=TA_JUSTIFY), lat(9.5), lat(9.5, True), lat(8)
    h1, h2 = lat(16, True, after=8), lat(13, True, after=5)
    ar = font_chain(Script.ARABIC)
    sp = {k: TextSpec(ar, s, b, True) for k, s, b in (("h1", 17.92, True), ("h2", 14.56, True),
                                                       ("body", 11.2, False), ("cell", 10.64, False),
                                                       ("cellb", 10.64, True), ("small", 8.96, False))}
    arp = lambda t, k, after=0.0: BidiParagraph(isolate_ltr(t), sp[k], round(sp[k].size * 1.6, 2), "right",  # noqa: E731
                                                0.0, after)
    grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)])
    loops = max(1, round(PAGES * 0.7))
    top = pdfmod.PAGE_HEIGHT - pdfmod.MARGIN_TOP_LETTERHEAD
    s: list = [SectionMarker("fr", False, top), Paragraph("Dossier de transition — famille Haddad", h1),
               Paragraph("Famille Haddad<br/>Rue de la Station 12<br/>4000 Liège", body)]
    fr, arabic = TEXTS["fr"], TEXTS["ar"]
    for i in range(loops):
        s.append(Paragraph(f"{i + 1}. {fr[0]}", h2))
        s.append(Paragraph(" ".join([fr[1], fr[2]] * 3), body))
        s.append(Table([[Paragraph(f"Élément {j}", cellb), Paragraph(f"Valeur {j} — {CASE}", cell)]
                        for j in range(5)], colWidths=[W * 0.35, W * 0.65], style=grid))
        s.append(Table([[CheckBox(j % 2 == 0), Paragraph(f"{fr[1]} ({j})", cell),
                         [Paragraph(f"Échéance: {1 + j} mars 2026", small), Paragraph("Fait", small)]]
                        for j in range(5)], colWidths=[18, W - 18 - 113, 113], style=grid))
    s.append(Table([[Paragraph(c, cellb) for c in ("Nom", "Lien", "Date de naissance")]] +
                   [[Paragraph(c, cell) for c in r] for r in (("Haddad Samir", "Père", "01/02/1980"),
                                                              ("Haddad Lina", "Mère", "03/04/1984"),
                                                              ("Haddad Omar", "Fils", "05/06/2012"))],
                   colWidths=[W * 3 / 7, W * 2 / 7, W * 2 / 7], style=grid, repeatRows=1))
    s.append(Table([[Paragraph("Signature", small)] * 2, ["", ""],
                    [Paragraph("Marie Dupont", cellb), Paragraph("Samir Haddad", cellb)]],
                   colWidths=[W / 2] * 2, rowHeights=[None, 36, None], style=grid))
    s += [PageBreak(), SectionMarker("ar", True, top), arp("ترجمة أولية — لم تتم مراجعتها بعد", "small"),
          arp("ملف الانتقال — عائلة حداد", "h1", 8)]
    for i in range(loops):
        s.append(arp(f"{i + 1}. {arabic[0]}", "h2", 5))
        s.append(arp(" ".join([arabic[1], arabic[2]] * 3), "body", 6))
        s.append(Table([[arp(f"القيمة {j} — {CASE}", "cell"), arp(f"العنصر {j}", "cellb")] for j in range(5)],
                       colWidths=[W * 0.65, W * 0.35], style=grid))
        s.append(Table([[[arp(f"الموعد النهائي: 0{1 + j}/03/2026", "small"), arp("تمّ", "small")],
                         arp(f"{arabic[1]} ({j})", "cell"), CheckBox(j % 2 == 0)] for j in range(5)],
                       colWidths=[113, W - 18 - 113, 18], style=grid))
    s.append(Table([[arp(c, "cellb") for c in ("تاريخ الميلاد", "صلة القرابة", "الاسم")]] +
                   [[arp(c, "cell") for c in r[::-1]] for r in (("سمير حداد", "الأب", "01/02/1980"),
                                                               ("لينا حداد", "الأم", "03/04/1984"),
                                                               ("عمر حداد", "الابن", "05/06/2012"))],
                   colWidths=[W * 2 / 7, W * 2 / 7, W * 3 / 7], style=grid, repeatRows=1))
    s.append(Spacer(1, 10))
    return s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--soffice-runs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--no-soffice", action="store_true")
    args = parser.parse_args()

    register_pdf_fonts()
    doc = dossier(PAGES)
    pdf_bytes = pdfmod.render_pdf(doc)  # warm-up: fonts, caches
    direct_bytes = io.BytesIO()
    pdfmod._build(doc, direct_story(), direct_bytes)
    pages = len(pypdf.PdfReader(io.BytesIO(pdf_bytes)).pages)
    direct_pages = len(pypdf.PdfReader(io.BytesIO(direct_bytes.getvalue())).pages)

    def direct() -> None:
        pdfmod._build(doc, direct_story(), io.BytesIO())

    result: dict[str, object] = {
        "python": platform.python_version(), "pages_model": pages, "pages_direct": direct_pages,
        "runs": args.runs,
    }
    result["pdf_model_s"] = _median(lambda: pdfmod.render_pdf(doc), args.runs)
    result["pdf_model_story_only_s"] = _median(lambda: pdfmod.build_flowables(doc), args.runs)
    result["pdf_direct_s"] = _median(direct, args.runs)
    result["pdf_model_vs_direct"] = round(result["pdf_model_s"] / result["pdf_direct_s"], 3)  # type: ignore[operator]
    docx_bytes = render_docx(doc)
    result["docx_s"] = _median(lambda: render_docx(doc), args.runs)

    soffice = shutil.which("soffice")
    if soffice and not args.no_soffice:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "dossier.docx"
            src.write_bytes(docx_bytes)

            def convert() -> None:
                subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                               check=True, capture_output=True, timeout=300)

            convert()  # first start creates the profile; not counted
            result["soffice_s"] = _median(convert, args.soffice_runs)
            result["soffice_pages"] = len(pypdf.PdfReader(str(Path(tmp) / "dossier.pdf")).pages)
        result["soffice_vs_pdf_model"] = round(result["soffice_s"] / result["pdf_model_s"], 1)  # type: ignore[operator]
    else:
        result["soffice_s"] = None

    # a batch of distinct dossiers (titles differ so nothing is served from a whole-document cache)
    from dataclasses import replace

    batch = [replace(doc, title=f"Dossier {i}") for i in range(args.batch)]
    t = time.perf_counter()
    for d in batch:
        pdfmod.render_pdf(d)
    elapsed = time.perf_counter() - t
    result["batch_count"] = args.batch
    result["batch_s"] = round(elapsed, 3)
    result["batch_500_s"] = round(elapsed * 500 / args.batch, 2)
    result["batch_500_is_extrapolated"] = args.batch != 500
    for k, v in list(result.items()):
        if isinstance(v, float):
            result[k] = round(v, 4)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
