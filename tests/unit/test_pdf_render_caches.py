"""The PDF renderer's caches: lines broken once per text, style and width; strings mapped to font
subset codes once per document; the PDF bytes are the same without them."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as RLParagraph

from tests.unit.document_samples import dossier, letter
from transition_app.documents import flowables, pdf
from transition_app.documents.fonts import LATIN, register_pdf_fonts


def _count_breaks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = RLParagraph.breakLines

    def counting(self, width):  # noqa: ANN001, ANN202
        calls[0] += 1
        return original(self, width)

    monkeypatch.setattr(RLParagraph, "breakLines", counting)
    return calls


def test_lines_are_broken_once_per_paragraph_and_width(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = dossier(8)
    getattr(flowables, "_WRAPPED", {}).clear()
    calls = _count_breaks(monkeypatch)
    story = pdf.build_flowables(doc)
    paragraphs = _paragraphs(story)
    pdf.render_pdf(doc)
    first = calls[0]
    # platypus wraps most paragraphs several times (tables measure cells, then draw them)
    assert first <= len(paragraphs)
    calls[0] = 0
    pdf.render_pdf(doc)  # the same texts again (a batch of dossiers): lines come from the cache
    assert calls[0] < first / 4


def _paragraphs(story: list) -> list:
    found = []
    for f in story:
        if isinstance(f, RLParagraph):
            found.append(f)
        for row in getattr(f, "_cellvalues", ()):
            for cell in row:
                found.extend(_paragraphs(cell if isinstance(cell, list) else [cell]))
        found.extend(_paragraphs(getattr(f, "_content", [])))
    return found


@pytest.mark.parametrize("make", [lambda: dossier(8), lambda: letter("fr", "ar"), lambda: letter("nl", "ti")],
                         ids=["dossier", "fr+ar", "nl+ti"])
def test_the_cache_gives_byte_identical_pdfs(monkeypatch: pytest.MonkeyPatch, make) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    doc = make()
    getattr(flowables, "_WRAPPED", {}).clear()
    cold = pdf.render_pdf(doc)
    warm = pdf.render_pdf(doc)
    monkeypatch.setattr(flowables.Paragraph, "wrap", RLParagraph.wrap)
    register_pdf_fonts()
    monkeypatch.setattr(type(pdfmetrics.getFont(LATIN.pdf_name())), "splitString", TTFont.splitString)
    assert cold == warm == pdf.render_pdf(doc)


def test_a_string_is_mapped_to_subset_codes_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    register_pdf_fonts()
    calls = {"all": 0, "mapped": 0}
    original = TTFont.splitString
    ours = type(pdfmetrics.getFont(LATIN.pdf_name())).splitString
    assert ours is not original  # the shipped fonts are registered with the caching class

    def mapped(self, text, doc, encoding="utf-8"):  # noqa: ANN001, ANN202
        calls["mapped"] += 1
        return original(self, text, doc, encoding)

    def every(self, text, doc, encoding="utf-8"):  # noqa: ANN001, ANN202
        calls["all"] += 1
        return ours(self, text, doc, encoding)

    monkeypatch.setattr(TTFont, "splitString", mapped)
    monkeypatch.setattr(type(pdfmetrics.getFont(LATIN.pdf_name())), "splitString", every)
    pdf.render_pdf(dossier(8))
    assert calls["all"] and calls["mapped"] < calls["all"] * 0.7
