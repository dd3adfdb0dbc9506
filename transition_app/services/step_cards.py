"""Step cards: one printable page per checklist step in the family's language, with the
authority's language underneath — what the step is, where to go, what to bring, by when,
and what happens next.  A booklet is the cards of a family's open steps.

Uses the same document model and renderers as the letters, so right-to-left and
Ethiopic text come out right in PDF and DOCX.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from transition_app.assets import translation_path
from transition_app.documents import model as m
from transition_app.documents.labels import format_date
from transition_app.domain import directory
from transition_app.domain.checklist import Template, default_template
from transition_app.domain.checklist_i18n import localized_step_text
from transition_app.services.checklist import ChecklistView, StepView


@cache
def card_labels() -> dict[str, dict[str, Any]]:
    """language -> {word key: text, "status": "draft" | "reviewed"} from ``translations/step_cards/<lang>.po``
    (gettext; a language is reviewed when none of its words is fuzzy), for the registry's family languages."""
    from transition_app.domain.languages import family_languages
    from transition_app.i18n.catalogs import catalog

    out: dict[str, dict[str, Any]] = {}
    for lang in family_languages():
        path = translation_path("step_cards", f"{lang}.po")
        if not path.is_file():
            continue
        po = catalog(path)
        words: dict[str, Any] = {k: m.text for k, m in po.messages.items()}
        words["status"] = "draft" if any(m.fuzzy for m in po.messages.values()) else "reviewed"
        out[lang] = words
    english = {k: v for k, v in out.get("en", {}).items() if k != "status"}
    return {lang: {**english, **words} for lang, words in out.items()}  # a word a language lacks: English


def _labels(language: str) -> dict[str, Any]:
    labels = card_labels()
    return labels.get(language) or labels["en"]


def _where(step: StepView, checklist: ChecklistView, destination_nis: str | None, centre_name: str | None,
           language: str) -> str:
    """The concrete place when the app knows it (official names), else empty."""
    muni = directory.municipality(destination_nis) if destination_nis else None
    if step.service in ("cpas_of_new_dwelling", "cpas_of_residence") and muni:
        return muni.cpas_name(language if language in muni.languages else None)
    if step.service in ("municipality", "police") and muni:
        return muni.name(language)
    if step.service == "integration_agency" and muni:
        return "\n".join(a.name(language) for a in directory.integration_agencies_for(muni))
    if step.service == "reception_centre" and centre_name:
        return centre_name
    return ""


def _next_titles(step: StepView, template: Template, language: str) -> list[str]:
    return [localized_step_text(s, language, template)[0] for s in template.steps if step.step_id in s.depends_on]


def _card_section(step: StepView, checklist: ChecklistView, language: str, template: Template, *,
                  destination_nis: str | None, centre_name: str | None, new_page: bool) -> m.Section:
    words = _labels(language)
    if step.custom:
        title, explanation, documents = step.title, step.explanation, step.documents
    else:
        title, explanation, documents = localized_step_text(step.step_id, language, template)
    blocks: list[m.Block] = [m.Heading(title, level=2), m.Paragraph(words["what"], bold=True),
                             m.Paragraph(explanation)]
    facts: list[tuple[str, str]] = []
    where = _where(step, checklist, destination_nis, centre_name, language)
    if where:
        facts.append((words["where"], where))
    if step.due_date:
        facts.append((words["when"], format_date(step.due_date, language)))
    if facts:
        blocks.append(m.KeyValueTable(tuple(facts)))
    if documents:
        blocks.append(m.Checklist(tuple(m.ChecklistItem(d) for d in documents), title=words["bring"]))
    following = [] if step.custom else _next_titles(step, template, language)
    if following:
        blocks += [m.Paragraph(words["next"], bold=True), m.Paragraph("\n".join(f"• {t}" for t in following))]
    blocks.append(m.Paragraph(words["ask"], size=8))
    return m.Section(language, tuple(blocks), draft=words.get("status") != "reviewed", new_page=new_page)


def compose_step_cards(checklist: ChecklistView, *, family_language: str, authority_language: str,
                       step_ids: Iterable[str] | None = None, destination_nis: str | None = None,
                       centre_name: str | None = None, letterhead: m.Letterhead | None = None,
                       template: Template | None = None) -> m.Document:
    """Cards for ``step_ids`` (default: the family's open steps, in checklist order)."""
    template = template or default_template()
    if step_ids is None:
        steps = [s for s in checklist.steps if s.is_open]
    else:
        wanted = list(step_ids)
        steps = [checklist.step(sid) for sid in wanted]
    sections: list[m.Section] = []
    for i, step in enumerate(steps):
        for j, language in enumerate(dict.fromkeys((family_language, authority_language))):
            sections.append(_card_section(step, checklist, language, template, destination_nis=destination_nis,
                                          centre_name=centre_name, new_page=i > 0 and j == 0))
    words = _labels(family_language)
    title = words["card"] if len(steps) == 1 else words["booklet"]
    return m.Document(title=f"{title} — {checklist.case_number}", language=family_language,
                      sections=tuple(sections), letterhead=letterhead)
