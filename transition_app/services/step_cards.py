"""Step cards: one printable page per checklist step in the family's language, with the
authority's language underneath — what the step is, where to go, what to bring, by when,
and what happens next.  A booklet is the cards of a family's open steps.

Uses the same document model and renderers as the letters, so right-to-left and
Ethiopic text come out right in PDF and DOCX.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
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


#: the checklist track whose steps are about the children
CHILDREN_TRACK = "children"


@dataclass(frozen=True)
class Place:
    """Where to go for a step, as the directory knows it (local details win over shipped data)."""
    name: str
    address_lines: tuple[str, ...] = ()
    opening_hours: str = ""
    phone: str = ""

    @property
    def qr_text(self) -> str:
        """What the QR code holds: the name and postal address (no personal data)."""
        return "\n".join((self.name, *self.address_lines, "Belgique / België"))


@dataclass(frozen=True)
class Helper:
    """Who to call about the cards: the family's social worker or admin buddy."""
    name: str
    phone: str = ""
    role: str = ""  # "worker" | "buddy"


def applies_to_family(step: StepView, children_ages: Sequence[float | None]) -> bool:
    """A step of the children track only when a child lives with the family in Belgium; school
    enrolment only when one is 2½ or older (compulsory from 5) or of unknown age."""
    if step.track != CHILDREN_TRACK:
        return True
    if not children_ages:
        return False
    if step.step_id == "children.school_enrolment":
        return any(a is None or 2.5 <= a < 18 for a in children_ages)
    return True


def child_ages(members: Iterable[Any], today: dt.date) -> list[float | None]:
    """Ages in years of the children living in Belgium (None: birth date unknown)."""
    out: list[float | None] = []
    for p in members:
        if p.relation == "child" and p.in_belgium:
            out.append(None if p.birth_date is None else (today - p.birth_date).days / 365.25)
    return out


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
                  destination_nis: str | None, centre_name: str | None, new_page: bool,
                  place: Place | None = None, helper: Helper | None = None, qr: bool = False,
                  family_copy: bool = True) -> m.Section:
    words = _labels(language)
    if step.custom:
        title, explanation, documents = step.title, step.explanation, step.documents
    else:
        title, explanation, documents = localized_step_text(step.step_id, language, template)
    blocks: list[m.Block] = [m.Heading(title, level=2), m.Paragraph(words["what"], bold=True),
                             m.Paragraph(explanation)]
    facts: list[tuple[str, str]] = []
    where = place.name if place is not None else _where(step, checklist, destination_nis, centre_name, language)
    if where:
        facts.append((words["where"], where))
    if place is not None and place.address_lines:
        facts.append((words["address"], "\n".join(place.address_lines)))
    if place is not None and place.opening_hours:
        facts.append((words["hours"], place.opening_hours))
    if place is not None and place.phone:
        facts.append((words["phone"], place.phone))
    if step.due_date:
        facts.append((words["when"], format_date(step.due_date, language)))
    if facts:
        blocks.append(m.KeyValueTable(tuple(facts)))
    if qr and family_copy and place is not None and place.address_lines:
        blocks.append(m.QRCode(place.qr_text, size=62, caption=words["qr"]))
    if documents:
        blocks.append(m.Checklist(tuple(m.ChecklistItem(d) for d in documents), title=words["bring"]))
    following = [] if step.custom else _next_titles(step, template, language)
    if following:
        blocks += [m.Paragraph(words["next"], bold=True), m.Paragraph("\n".join(f"• {t}" for t in following))]
    if helper is not None and family_copy:
        who = f"{helper.name} — {helper.phone}" if helper.phone else helper.name
        blocks.append(m.Paragraph(f"{words['call_' + (helper.role or 'worker')]}: {who}", bold=True, size=9))
    blocks.append(m.Paragraph(words["ask"], size=8))
    return m.Section(language, tuple(blocks), draft=words.get("status") != "reviewed", new_page=new_page)


def compose_step_cards(checklist: ChecklistView, *, family_language: str, authority_language: str,
                       step_ids: Iterable[str] | None = None, destination_nis: str | None = None,
                       centre_name: str | None = None, letterhead: m.Letterhead | None = None,
                       template: Template | None = None, children_ages: Sequence[float | None] | None = None,
                       place_for: Callable[[StepView], Place | None] | None = None,
                       helper: Helper | None = None, qr: bool = False,
                       sheet: m.Sheet = m.Sheet.A4) -> m.Document:
    """Cards for ``step_ids`` (default: the family's open steps that apply to it, in checklist
    order: a step of the children track only with children — ``children_ages``, None: not known,
    every step).  ``place_for`` gives the directory's place of a step (address, hours, phone);
    ``helper`` the worker or buddy to call; ``qr`` a QR code of the place's address on the family's
    card; ``sheet`` A4 or two A5 cards per sheet."""
    template = template or default_template()
    if step_ids is None:
        steps = [s for s in checklist.steps if s.is_open and not s.moot
                 and (children_ages is None or applies_to_family(s, children_ages))]
    else:
        wanted = list(step_ids)
        steps = [checklist.step(sid) for sid in wanted]
    sections: list[m.Section] = []
    for i, step in enumerate(steps):
        place = place_for(step) if place_for is not None else None
        for j, language in enumerate(dict.fromkeys((family_language, authority_language))):
            sections.append(_card_section(step, checklist, language, template, destination_nis=destination_nis,
                                          centre_name=centre_name, new_page=i > 0 and j == 0, place=place,
                                          helper=helper, qr=qr, family_copy=j == 0))
    words = _labels(family_language)
    title = words["card"] if len(steps) == 1 else words["booklet"]
    return m.Document(title=f"{title} — {checklist.case_number}", language=family_language,
                      sections=tuple(sections), letterhead=letterhead, sheet=sheet)
