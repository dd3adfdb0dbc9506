"""A family's checklist in a reader's language (step titles, explanations, documents, tracks).  Qt-free.

The checklist service returns the template's English texts; the people who read them — a
worker in a French or Dutch interface, a buddy in Arabic — get them from the translation
overlays (``translations/checklist/<template>.<lang>.po``, see
:mod:`transition_app.domain.checklist_i18n`).  Steps added by hand keep their own words, and
any text an overlay lacks stays in English.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from transition_app.domain.checklist import Template, shipped_templates
from transition_app.domain.checklist_i18n import (
    SOURCE_LANGUAGE,
    localized_step_text,
    localized_track_title,
    localized_uncertain,
    normalize_language,
)
from transition_app.services.checklist import ChecklistView, StepView, TrackView


@lru_cache(maxsize=64)
def _texts(template_id: str, language: str) -> dict[str, tuple[str, str, tuple[str, ...], str]]:
    """step id → (title, explanation, documents, uncertain) in ``language`` for one template."""
    template: Template | None = shipped_templates().get(template_id)
    if template is None:
        return {}
    return {step.id: (*localized_step_text(step, language, template), localized_uncertain(step, language, template))
            for step in template.steps}


def _track_title(track: TrackView, template_id: str, language: str) -> str:
    template = shipped_templates().get(template_id)
    if template is None:
        return track.title
    try:
        return localized_track_title(track.id, language, template)
    except KeyError:  # a track that is not the template's (steps added by hand)
        return track.title


def localize_checklist(view: ChecklistView, language: str | None) -> ChecklistView:
    """``view`` with its template texts in ``language`` (unchanged for English or an unknown template)."""
    code = normalize_language(language)
    if code == SOURCE_LANGUAGE:
        return view
    texts = _texts(view.template_id, code)
    if not texts:
        return view
    english_titles = {s.title: s.step_id for s in view.steps if not s.custom}

    def step(s: StepView) -> StepView:
        if s.custom or s.step_id not in texts:
            return s
        title, explanation, documents, uncertain = texts[s.step_id]
        waiting = tuple(texts.get(english_titles.get(w, ""), (w,))[0] for w in s.waiting_for)
        return dataclasses.replace(s, title=title, explanation=explanation, documents=documents,
                                   uncertain=uncertain, waiting_for=waiting)

    steps = tuple(step(s) for s in view.steps)
    by_id = {s.step_id: s for s in steps}
    next_step = by_id.get(view.next_step.step_id) if view.next_step is not None else None
    tracks = tuple(dataclasses.replace(t, title=_track_title(t, view.template_id, code)) for t in view.tracks)
    return dataclasses.replace(view, steps=steps, tracks=tracks, next_step=next_step,
                               documents_to_bring=next_step.documents if next_step else view.documents_to_bring)


@lru_cache(maxsize=16)
def _from_english(language: str) -> dict[str, str]:
    """English text of the shipped templates (titles, explanations, documents, notes) → ``language``."""
    out: dict[str, str] = {}
    for template in shipped_templates().values():
        texts = _texts(template.id, language)
        for step in template.steps:
            if step.id not in texts:
                continue
            title, explanation, documents, uncertain = texts[step.id]
            for english, localized in ((step.title, title), (step.explanation, explanation),
                                       (step.uncertain, uncertain), *zip(step.documents, documents, strict=False)):
                if english and localized:
                    out.setdefault(english, localized)
        for track in template.tracks:
            out.setdefault(track.title, localized_track_title(track.id, language, template))
    return out


def template_text(text: str, language: str | None) -> str:
    """One text of a shipped checklist template (a step title, a track title, a document ...)
    in ``language``, for screens that show single texts (the dashboard, appointments);
    ``text`` itself for English, texts written by hand and texts an overlay lacks."""
    code = normalize_language(language)
    if not text or code == SOURCE_LANGUAGE:
        return text
    return _from_english(code).get(text, text)
