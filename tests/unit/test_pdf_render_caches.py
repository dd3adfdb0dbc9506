"""The PDF renderer's line-breaking cache: lines broken once per text, style and width, same bytes."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph as RLParagraph

from tests.unit.document_samples import dossier, letter
from transition_app.documents import flowables, pdf


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
    assert cold == warm == pdf.render_pdf(doc)
