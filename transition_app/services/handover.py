"""Handover dossier: one family's file for the next actor (CPAS/OCMW, LOI, NGO, buddy, next worker).

    service = HandoverService(ctx.db, ctx.families, ctx.checklists, actor=actor)
    doc = service.compose_dossier(family_id, "cpas", default_sections("cpas"), language="fr")
    issued = service.issue_dossier(family_id, "cpas", "dossier.pdf", language="fr")

The worker chooses the sections; :func:`default_sections` gives the minimum each kind of
recipient needs (a buddy gets no protection details and no national register numbers).
Confidential notes are never in a dossier unless ``include_confidential`` is passed.
Issuing a dossier writes the file atomically and records who issued it, when, to whom and
with which sections (``dossier_issue``) in the same unit of work.  The words the dossier
prints come from ``translations/dossier/<lang>.po`` (:mod:`.dossier_catalog`).  Qt-free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import Today
from transition_app.documents import model as m
from transition_app.documents.labels import format_date
from transition_app.documents.output import write_atomic
from transition_app.domain import directory, enums
from transition_app.domain.checklist_i18n import localized_step_text, localized_track_title, localized_uncertain
from transition_app.domain.job_titles import title_text
from transition_app.domain.validation import ErrorCode, ServiceError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters.letterhead import centre_letterhead
from transition_app.services.dossier_catalog import (
    DOSSIER_LANGUAGES,
    UNKNOWN_LANGUAGE,
    DossierWords,
    dossier_words,
)
from transition_app.services.dto import CentreView, FamilyDetail, NoteView, PersonView, WorkerView
from transition_app.services.scope import family_for, family_scope
from transition_app.services.staff import centre_view as centre_view_of
from transition_app.services.staff import worker_view
from transition_app.store.database import Database
from transition_app.store.models import ChecklistPlan, DossierIssue, Family, ReceptionCentre, Worker, utcnow

if TYPE_CHECKING:
    from transition_app.services.checklist import ChecklistService, ChecklistView, StepView
    from transition_app.services.families import FamilyService



class DossierSection(StrEnum):
    COVER = "cover"
    HOUSEHOLD = "household"
    PROTECTION = "protection"
    CHECKLIST = "checklist"
    CONTACTS = "contacts"
    DOCUMENTS = "documents"
    NOTES = "notes"
    CONFIDENTIAL_NOTES = "confidential_notes"


class RecipientKind(StrEnum):
    CPAS = "cpas"
    LOI = "loi"
    NGO = "ngo"
    BUDDY = "buddy"
    WORKER = "worker"


class DossierFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


S, R = DossierSection, RecipientKind
SECTION_ORDER: tuple[DossierSection, ...] = tuple(DossierSection)
#: The minimum each recipient needs; never the confidential notes.
DEFAULT_SECTIONS: dict[RecipientKind, tuple[DossierSection, ...]] = {
    R.CPAS: (S.COVER, S.HOUSEHOLD, S.PROTECTION, S.CHECKLIST, S.CONTACTS, S.DOCUMENTS),
    R.LOI: (S.COVER, S.HOUSEHOLD, S.PROTECTION, S.CHECKLIST, S.CONTACTS, S.DOCUMENTS, S.NOTES),
    R.NGO: (S.COVER, S.HOUSEHOLD, S.CHECKLIST, S.CONTACTS, S.DOCUMENTS),
    R.BUDDY: (S.COVER, S.HOUSEHOLD, S.CHECKLIST, S.CONTACTS, S.DOCUMENTS),
    R.WORKER: (S.COVER, S.HOUSEHOLD, S.PROTECTION, S.CHECKLIST, S.CONTACTS, S.DOCUMENTS, S.NOTES),
}
#: What a recipient may never get, whatever is ticked (a buddy: see access.permissions).
FORBIDDEN_SECTIONS: dict[RecipientKind, frozenset[DossierSection]] = {
    R.BUDDY: frozenset({S.PROTECTION, S.CONFIDENTIAL_NOTES}),
}
#: Recipients that get national register and residence card numbers (they register the family).
NATIONAL_NUMBER_RECIPIENTS = frozenset({R.CPAS, R.LOI, R.WORKER})

UNKNOWN_RECIPIENT = ErrorCode("dossier.unknown_recipient", QT_TRANSLATE_NOOP(
    "Services", "Choose who the dossier is for."))
UNKNOWN_SECTION = ErrorCode("dossier.unknown_section", QT_TRANSLATE_NOOP(
    "Services", "The dossier has no such section."))
SECTION_NOT_ALLOWED = ErrorCode("dossier.section_not_allowed", QT_TRANSLATE_NOOP(
    "Services", "This recipient may not receive protection details or confidential notes."))
NO_SECTIONS = ErrorCode("dossier.no_sections", QT_TRANSLATE_NOOP(
    "Services", "Choose at least one section for the dossier."))
UNKNOWN_FORMAT = ErrorCode("dossier.unknown_format", QT_TRANSLATE_NOOP(
    "Services", "A dossier is saved as PDF or DOCX."))
NO_FOLDER = ErrorCode("dossier.no_folder", QT_TRANSLATE_NOOP("Services", "The folder {folder} does not exist."))

_OPEN = ("todo", "in_progress", "waiting", "blocked")
_SATISFIED = ("done", "not_applicable")


def default_sections(recipient_kind: str) -> tuple[DossierSection, ...]:
    """The sections ticked by default for ``recipient_kind`` (never the confidential notes)."""
    return DEFAULT_SECTIONS[_kind(recipient_kind)]


def allowed_sections(recipient_kind: str) -> tuple[DossierSection, ...]:
    forbidden = FORBIDDEN_SECTIONS.get(_kind(recipient_kind), frozenset())
    return tuple(s for s in SECTION_ORDER if s not in forbidden)


def _kind(value: str) -> RecipientKind:
    try:
        return RecipientKind(value)
    except ValueError:
        raise ServiceError(UNKNOWN_RECIPIENT) from None


def resolve_sections(recipient_kind: str, sections: Iterable[str] | None,
                     include_confidential: bool) -> tuple[DossierSection, ...]:
    """The sections actually put in, in dossier order.

    ``None`` means the defaults.  Confidential notes are in only with ``include_confidential``
    (ticking the section alone is not enough); sections a recipient may never get are refused.
    """
    kind = _kind(recipient_kind)
    try:
        chosen = set(DEFAULT_SECTIONS[kind] if sections is None else (DossierSection(s) for s in sections))
    except ValueError:
        raise ServiceError(UNKNOWN_SECTION) from None
    chosen.discard(S.CONFIDENTIAL_NOTES)
    if include_confidential:
        chosen.add(S.CONFIDENTIAL_NOTES)
    if chosen & FORBIDDEN_SECTIONS.get(kind, frozenset()):
        raise ServiceError(SECTION_NOT_ALLOWED)
    if not chosen:
        raise ServiceError(NO_SECTIONS)
    return tuple(s for s in SECTION_ORDER if s in chosen)


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class DossierData:
    """Everything a dossier is made from (read in one go by :meth:`HandoverService.load`)."""

    family: FamilyDetail
    checklist: ChecklistView | None
    centre: CentreView | None
    issuer_name: str | None
    today: dt.date
    issuer: WorkerView | None = None  # job title, direct phone and e-mail for the cover


@dataclass(frozen=True)
class IssuedDossier:
    issue_id: int
    family_id: int
    path: Path | None
    recipient_kind: str
    recipient_name: str | None
    sections: tuple[str, ...]
    include_confidential: bool
    file_format: str
    issued_at: dt.datetime
    size: int


@dataclass(frozen=True)
class DossierIssueView:
    id: int
    family_id: int
    issued_by: str | None
    issued_at: dt.datetime
    recipient_kind: str
    recipient_name: str | None
    sections: tuple[str, ...]
    include_confidential: bool
    file_format: str


@dataclass(frozen=True)
class LeavingFamily:
    family_id: int
    case_number: str
    household_name: str
    exit_due: dt.date


@dataclass
class BatchResult:
    total: int
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)  # (family id, exception type)
    cancelled: bool = False


# --------------------------------------------------------------------------- composing


def _date(value: dt.date | None, lang: str) -> str:
    return format_date(value, lang) if value else "—"


def _person_name(p: PersonView) -> str:
    return f"{p.family_name.upper()} {p.given_names}".strip()


def _head(family: FamilyDetail) -> PersonView | None:
    return next((p for p in family.members if p.relation == "head"), family.members[0] if family.members else None)


def _safe(words: DossierWords, key: str, fallback: str) -> str:
    return words.get(key) if words.has(key) else fallback


class _Composer:
    def __init__(self, data: DossierData, kind: RecipientKind, sections: tuple[DossierSection, ...],
                 recipient_name: str | None, language: str) -> None:
        from transition_app.letters.engine import country_name, language_name

        self.data, self.kind, self.sections, self.lang = data, kind, sections, language
        self.w = dossier_words(language)
        self.recipient_name = recipient_name
        self.country_name, self.language_name = country_name, language_name
        f = data.family
        self.municipality = directory.municipality(f.destination_nis) if f.destination_nis else None
        self.numbers = kind in NATIONAL_NUMBER_RECIPIENTS

    # -- helpers
    def t(self, key: str, **values: object) -> str:
        return self.w.get(key, **values)

    def step_text(self, st: StepView) -> tuple[str, str, tuple[str, ...]]:
        if st.custom:
            return st.title, st.explanation, st.documents
        try:
            return localized_step_text(st.step_id, self.lang)
        except KeyError:
            return st.title, st.explanation, st.documents

    def official(self) -> str:
        mun = self.municipality
        return self.lang if mun is not None and self.lang in mun.languages else (mun.languages[0] if mun else "fr")

    def issued_by(self) -> str:
        """"Anna Peeters, Assistante sociale" and her direct phone and e-mail below."""
        d = self.data
        if not d.issuer_name:
            return "—"
        w = d.issuer
        if w is None:
            return d.issuer_name
        first = ", ".join(p for p in (d.issuer_name, title_text(w.job_title, self.lang, w.job_title_form)) if p)
        contact = " · ".join(p for p in (w.phone, w.email) if p)
        return f"{first}\n{contact}" if contact else first

    # -- sections
    def cover(self) -> list[m.Block]:
        f, d = self.data.family, self.data
        head = _head(f)
        rows = [(self.t("cover.family"), _person_name(head) if head else "—"),
                (self.t("cover.case_number"), f.case_number),
                (self.t("cover.recipient"), self.t(f"recipient.{self.kind}"))]
        if self.recipient_name:
            rows.append((self.t("cover.recipient_name"), self.recipient_name))
        rows += [(self.t("cover.issued_by"), self.issued_by()),
                 (self.t("cover.centre"), (d.centre.name if d.centre else f.centre_name) or "—"),
                 (self.t("cover.date"), _date(d.today, self.lang))]
        out: list[m.Block] = [
            m.Spacer(30), m.Heading(self.t("title"), 1), m.Paragraph(self.t("cover.subtitle")), m.Spacer(12),
            m.KeyValueTable(tuple(rows), key_width=0.3), m.Spacer(8), m.Heading(self.t("cover.sections"), 3),
            m.Paragraph("\n".join(f"{i}. {self.t(f'section.{s}')}" for i, s in
                                  enumerate((s for s in self.sections if s is not S.COVER), start=1))),
            m.Spacer(18), m.Paragraph(self.t("cover.notice"), size=9),
        ]
        if S.CONFIDENTIAL_NOTES in self.sections:
            out.append(m.Paragraph(self.t("cover.confidential_warning"), bold=True))
        out.append(m.PageBreak())
        return out

    def title_only(self) -> list[m.Block]:
        f = self.data.family
        head = _head(f)
        line = " — ".join(p for p in (_person_name(head) if head else "", f.case_number,
                                      _date(self.data.today, self.lang)) if p)
        return [m.Heading(self.t("title"), 1), m.Paragraph(line, bold=True)]

    def household(self) -> list[m.Block]:
        f = self.data.family
        header = tuple(self.t(f"household.{k}") for k in ("name", "relation", "birth_date", "nationality",
                                                           "languages", "where"))
        rows = []
        for p in f.members:
            langs = []
            for code in p.languages:
                name = self.language_name(code, self.lang)
                langs.append(self.t("household.preferred", language=name) if code == p.preferred_language else name)
            rows.append((_person_name(p), _safe(self.w, f"relation.{p.relation}", p.relation),
                         _date(p.birth_date, self.lang),
                         self.country_name(p.nationality, self.lang) if p.nationality else "—",
                         ", ".join(langs) or "—",
                         self.t("household.in_belgium") if p.in_belgium else self.t("household.abroad")))
        in_be = sum(1 for p in f.members if p.in_belgium)
        out: list[m.Block] = [
            m.Heading(self.t("section.household"), 2),
            m.Paragraph(self.t("household.members", count=len(f.members), in_belgium=in_be)),
            m.Table(header, tuple(rows), widths=(0.22, 0.13, 0.13, 0.14, 0.18, 0.2)),
        ]
        if self.numbers:
            ids = []
            for p in f.members:
                card = _safe(self.w, f"card.{p.card_type}", p.card_type or "") if p.card_type else "—"
                ids.append((_person_name(p), p.national_number or "—", card, p.card_number or "—",
                            _date(p.card_expiry, self.lang) if p.card_expiry else "—"))
            out += [m.Heading(self.t("household.identity"), 3),
                    m.Table((self.t("household.name"), self.t("household.national_number"), self.t("household.card"),
                             self.t("household.card_number"), self.t("household.valid_until")),
                            tuple(ids), widths=(0.26, 0.22, 0.18, 0.18, 0.16))]
        return out

    def protection(self) -> list[m.Block]:
        f, cl = self.data.family, self.data.checklist
        out: list[m.Block] = [m.Heading(self.t("section.protection"), 2)]
        d = f.decision
        if d is None:
            out.append(m.Paragraph(self.t("protection.none")))
        else:
            rows = [(self.t("protection.status"), _safe(self.w, f"protection.{d.protection_type}", d.protection_type)),
                    (self.t("protection.body"), _safe(self.w, f"protection.{d.deciding_body}", d.deciding_body)),
                    (self.t("protection.application_date"), _date(d.asylum_application_date, self.lang)),
                    (self.t("protection.decision_date"), _date(d.decision_date, self.lang)),
                    (self.t("protection.notification_date"), _date(d.notification_date, self.lang))]
            if d.reference:
                rows.append((self.t("protection.reference"), d.reference))
            out.append(m.KeyValueTable(tuple(rows)))
        today = self.data.today
        rows = [(self.t("dates.arrival"), _date(f.arrival_date, self.lang))]
        exit_due = cl.exit_due if cl else None
        if exit_due is not None:
            days = (exit_due - today).days
            value = (self.t("dates.days_left", date=_date(exit_due, self.lang), days=days) if days >= 0
                     else self.t("dates.days_late", date=_date(exit_due, self.lang), days=-days))
            rows.append((self.t("dates.exit_due"), value))
        else:
            rows.append((self.t("dates.exit_due"), self.t("dates.unknown")))
        if f.exit_date is not None:
            rows.append((self.t("dates.exit_date"), _date(f.exit_date, self.lang)))
        rows.append((self.t("dates.destination"),
                     self.municipality.name(self.lang) if self.municipality else self.t("dates.unknown")))
        for e in (cl.extensions if cl else ()):
            rows.append((self.t("dates.extension"),
                         self.t("dates.extension_value", months=e.months, date=_date(e.granted_on, self.lang))))
        out += [m.Heading(self.t("dates.heading"), 3), m.KeyValueTable(tuple(rows))]
        deadlines = [dl for dl in (cl.deadlines if cl else ()) if dl.due is not None]
        if deadlines:
            out += [m.Heading(self.t("dates.deadlines"), 3),
                    m.Table((self.t("dates.deadline"), self.t("dates.due")),
                            tuple((_safe(self.w, f"deadline.{dl.key}", dl.title), _date(dl.due, self.lang))
                                  for dl in sorted(deadlines, key=lambda x: x.due)),
                            widths=(0.7, 0.3))]
        return out

    def checklist(self) -> list[m.Block]:
        cl, today = self.data.checklist, self.data.today
        out: list[m.Block] = [m.Heading(self.t("section.checklist"), 2)]
        if cl is None or not cl.steps:
            return [*out, m.Paragraph(self.t("checklist.none"))]
        open_steps = [s for s in cl.steps if s.status in _OPEN]
        overdue = [s for s in open_steps if s.due_date is not None and s.due_date < today]
        out.append(m.Paragraph(self.t("checklist.summary", done=cl.done_count, total=len(cl.steps),
                                      open=len(open_steps), overdue=len(overdue))))
        if cl.next_step is not None:
            out.append(m.Paragraph(self.t("checklist.next_step", step=self.step_text(cl.next_step)[0]), bold=True))
        if overdue:
            out.append(m.Paragraph(self.t("checklist.legend"), size=8.5))
        titles = {s.step_id: self.step_text(s)[0] for s in cl.steps}
        for track in cl.tracks:
            try:
                track_title = localized_track_title(track.id, self.lang)
            except KeyError:
                track_title = track.title
            items = []
            for st in cl.steps_of(track.id):
                title, explanation, _docs = self.step_text(st)
                notes: list[str] = []
                done = st.status in _SATISFIED
                if st.status == "done":
                    notes.append(self.t("checklist.done_on", date=_date(st.done_on, self.lang)) if st.done_on
                                 else "")
                elif st.status == "not_applicable":
                    notes.append(self.t("checklist.not_applicable"))
                else:
                    if st.status == "blocked":
                        notes.append(self.t("checklist.blocked", reason=st.reason or "—"))
                    elif st.status in ("waiting", "in_progress"):
                        notes.append(self.t(f"checklist.{st.status}"))
                    if st.waiting_for:
                        notes.append(self.t("checklist.waits_for", steps="; ".join(
                            titles.get(sid, sid) for sid in _ids_for(cl, st.waiting_for))))
                    if explanation:
                        notes.append(explanation)
                    if st.uncertain and not st.custom:
                        try:
                            notes.append(self.t("checklist.to_check",
                                                text=localized_uncertain(st.step_id, self.lang)))
                        except KeyError:
                            pass
                if st.note:
                    notes.append(self.t("checklist.note", note=st.note))
                items.append(m.ChecklistItem(
                    text=title, done=done, due=None if done else st.due_date,
                    highlight=not done and st.due_date is not None and st.due_date < today,
                    note="\n".join(n for n in notes if n)))
            out.append(m.Checklist(tuple(items), title=track_title))
        return out

    def contacts(self) -> list[m.Block]:
        f, d, cl = self.data.family, self.data, self.data.checklist
        out: list[m.Block] = [m.Heading(self.t("section.contacts"), 2), m.Heading(self.t("contacts.family"), 3)]
        if f.contacts:
            out.append(m.Table((self.t("contacts.kind"), self.t("contacts.value")),
                               tuple((_safe(self.w, f"contact.{c.kind}", c.kind),
                                      c.value + (f" ({c.label})" if c.label else "")) for c in f.contacts),
                               widths=(0.25, 0.75)))
        else:
            out.append(m.Paragraph(self.t("contacts.none")))
        # referrals: the services of the open steps, and always the CPAS/OCMW and the integration agency
        open_by_service: dict[str, list[str]] = {}
        for st in (cl.steps if cl else ()):
            if st.service and st.status in _OPEN:
                open_by_service.setdefault(st.service, []).append(self.step_text(st)[0])
        services = ["cpas_of_new_dwelling", "integration_agency"]
        services += [s for s in open_by_service if s not in services]
        rows = [(self.t("contacts.current_worker"),
                 ", ".join(p for p in (f.worker_name, (d.centre.name if d.centre else f.centre_name)) if p) or "—",
                 "—")]
        for service in services:
            rows.append((_safe(self.w, f"service.{service}", service), self.who(service),
                         "\n".join(open_by_service.get(service, [])) or "—"))
        out += [m.Heading(self.t("contacts.referrals"), 3),
                m.Table((self.t("contacts.service"), self.t("contacts.who"), self.t("contacts.open_steps")),
                        tuple(rows), widths=(0.26, 0.34, 0.4))]
        return out

    def who(self, service: str) -> str:
        mun, d = self.municipality, self.data
        if service in ("cpas_of_new_dwelling", "municipality", "integration_agency") and mun is None:
            return self.t("contacts.destination_unknown")
        if service == "cpas_of_new_dwelling":
            return mun.cpas_name(self.official())
        if service == "municipality":
            from transition_app.letters.context import municipal_administration

            return municipal_administration(mun, self.official())
        if service == "integration_agency":
            agencies = directory.integration_agencies_for(mun)
            if not agencies:
                return self.t("contacts.to_find")
            return "\n".join(self.t("contacts.website", name=a.name(self.official()), website=a.website)
                             if a.website else a.name(self.official()) for a in agencies)
        if service == "reception_centre":
            return (d.centre.name if d.centre else d.family.centre_name) or "—"
        if service == "immigration_office":
            from transition_app.letters.context import default_recipient

            r = default_recipient("immigration_office", d.family, self.lang if self.lang != "en" else "en")
            return r.name if r else "—"
        if service == "cgrs":
            return self.t("protection.cgrs")
        return self.t("contacts.to_find")

    def documents(self) -> list[m.Block]:
        f, cl = self.data.family, self.data.checklist
        obtained: dict[str, tuple[str, str]] = {}
        for p in f.members:
            if p.card_type:
                card = _safe(self.w, f"card.{p.card_type}", p.card_type)
                if self.numbers and p.card_number:
                    card = f"{card} {p.card_number}"
                text = self.t("documents.card_of", card=card, name=_person_name(p))
                obtained[text] = ("—", _date(p.card_expiry, self.lang) if p.card_expiry else "—")
        missing: dict[str, tuple[str, str]] = {}
        steps = sorted(cl.steps if cl else (), key=lambda s: (s.due_date or dt.date.max, s.position))
        for st in steps:
            title, _expl, docs = self.step_text(st)
            for doc in docs:
                if st.status == "done":
                    obtained.setdefault(doc, (title, _date(st.done_on, self.lang) if st.done_on else "—"))
        for st in steps:
            if st.status not in _OPEN:
                continue
            title, _expl, docs = self.step_text(st)
            for doc in docs:
                if doc not in obtained:
                    missing.setdefault(doc, (title, _date(st.due_date, self.lang) if st.due_date else "—"))
        header = (self.t("documents.document"), self.t("documents.for_step"), self.t("documents.step_date"))
        widths = (0.42, 0.4, 0.18)
        out: list[m.Block] = [m.Heading(self.t("section.documents"), 2), m.Heading(self.t("documents.obtained"), 3)]
        out.append(m.Table(header, tuple((k, *v) for k, v in obtained.items()), widths=widths) if obtained
                   else m.Paragraph(self.t("documents.none_obtained")))
        out.append(m.Heading(self.t("documents.missing"), 3))
        out.append(m.Table(header, tuple((k, *v) for k, v in missing.items()), widths=widths) if missing
                   else m.Paragraph(self.t("documents.none_missing")))
        return out

    def _notes(self, notes: Sequence[NoteView]) -> list[m.Block]:
        out: list[m.Block] = []
        for n in sorted(notes, key=lambda n: n.created_at):
            out.append(m.Paragraph(self.t("notes.by", date=_date(n.created_at.date(), self.lang),
                                          author=n.author or self.t("notes.unknown_author")), bold=True, size=9))
            out.append(m.Paragraph(n.text))
        return out

    def notes(self) -> list[m.Block]:
        notes = [n for n in self.data.family.notes if not n.confidential]
        return [m.Heading(self.t("section.notes"), 2),
                *(self._notes(notes) or [m.Paragraph(self.t("notes.none"))])]

    def confidential_notes(self) -> list[m.Block]:
        notes = [n for n in self.data.family.notes if n.confidential]
        return [m.Heading(self.t("section.confidential_notes"), 2),
                m.Paragraph(self.t("confidential.warning"), bold=True),
                *(self._notes(notes) or [m.Paragraph(self.t("confidential.none"))])]

    def document(self) -> m.Document:
        blocks: list[m.Block] = [] if S.COVER in self.sections else self.title_only()
        builders = {S.COVER: self.cover, S.HOUSEHOLD: self.household, S.PROTECTION: self.protection,
                    S.CHECKLIST: self.checklist, S.CONTACTS: self.contacts, S.DOCUMENTS: self.documents,
                    S.NOTES: self.notes, S.CONFIDENTIAL_NOTES: self.confidential_notes}
        # long parts start on a new page; short ones follow each other
        new_page = {S.CHECKLIST, S.CONTACTS, S.NOTES, S.CONFIDENTIAL_NOTES}  # confidential: can be taken out
        for section in self.sections:
            part = builders[section]()
            if section in new_page and blocks and not isinstance(blocks[-1], m.PageBreak):
                blocks.append(m.PageBreak())
            blocks += part
        while blocks and isinstance(blocks[-1], m.PageBreak):
            blocks.pop()
        f, d = self.data.family, self.data
        head = _head(f)
        centre = (d.centre.name if d.centre else f.centre_name) or ""
        letterhead = centre_letterhead(d.centre, self.lang) if d.centre else (m.Letterhead(centre) if centre else None)
        title = f"{self.t('title')} — {f.case_number}"
        return m.Document(
            title=title, language=self.lang, sections=(m.Section(self.lang, tuple(blocks)),),
            letterhead=letterhead,
            author=d.issuer_name or "", subject=f"{self.t('title')} — {_person_name(head) if head else ''}".strip(),
        )


def _ids_for(cl: ChecklistView, titles: Sequence[str]) -> list[str]:
    """``StepView.waiting_for`` holds English titles; map them back to step ids (for the localised title)."""
    by_title = {s.title: s.step_id for s in cl.steps}
    return [by_title.get(t, t) for t in titles]


def build_dossier(data: DossierData, recipient_kind: str, sections: Iterable[str] | None = None, *,
                  recipient_name: str | None = None, include_confidential: bool = False,
                  language: str = "fr") -> m.Document:
    """The dossier of ``data`` as a document model (pure: no database)."""
    if language not in DOSSIER_LANGUAGES:
        raise ServiceError(UNKNOWN_LANGUAGE)
    kind = _kind(recipient_kind)
    chosen = resolve_sections(kind, sections, include_confidential)
    return _Composer(data, kind, chosen, recipient_name, language).document()


def default_recipient_name(family: FamilyDetail, recipient_kind: str, language: str = "fr") -> str | None:
    """The CPAS/OCMW of the family's new municipality for a ``cpas`` dossier (else ``None``)."""
    if _kind(recipient_kind) is not R.CPAS or not family.destination_nis:
        return None
    mun = directory.municipality(family.destination_nis)
    if mun is None:
        return None
    return mun.cpas_name(language if language in mun.languages else None)


def render(doc: m.Document, file_format: str) -> bytes:
    if file_format == DossierFormat.PDF:
        from transition_app.documents.pdf import render_pdf

        return render_pdf(doc)
    if file_format == DossierFormat.DOCX:
        from transition_app.documents.docx import render_docx

        return render_docx(doc)
    raise ServiceError(UNKNOWN_FORMAT)


def safe_file_stem(text: str) -> str:
    """A file-name-safe version of ``text`` (case numbers: no names in batch file names)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "dossier"


# --------------------------------------------------------------------------- the service


class HandoverService:
    """Compose, issue and list handover dossiers.

    ``actor`` is the signed-in person (``None``: not yet bound, e.g. a test or a maintenance
    command).  When given, issuing needs :attr:`Permission.ISSUE_DOCUMENTS` and confidential
    notes need :attr:`Permission.VIEW_CONFIDENTIAL_NOTES`, and the issue is recorded in their name.
    """

    def __init__(self, db: Database, families: FamilyService, checklists: ChecklistService, *,
                 today: Today | None = None, actor: Actor | None = None) -> None:
        self.db, self.families, self.checklists = db, families, checklists
        self.today = today or (lambda: families.today())
        self.actor = actor if actor is not None else getattr(families, "actor", None)

    def _check(self, include_confidential: bool) -> None:
        if self.actor is not None:
            self.actor.require(Permission.ISSUE_DOCUMENTS)
            if include_confidential:
                self.actor.require(Permission.VIEW_CONFIDENTIAL_NOTES)

    # -- reading
    def load(self, family_id: int, issued_by_id: int | None = None) -> DossierData:
        family = self.families.get_family(family_id)
        checklist = self.checklists.get_checklist(family_id) if family.decision is not None else None
        worker_id = issued_by_id if issued_by_id is not None else (self.actor.worker_id if self.actor else None)
        with self.db.read() as s:
            centre = s.get(ReceptionCentre, family.centre_id) if family.centre_id else None
            centre_view = centre_view_of(centre, with_logo=True) if centre else None
            issuer = s.get(Worker, worker_id) if worker_id else None
            if issuer is None and family.worker_id:
                issuer = s.get(Worker, family.worker_id)
            issuer_view = worker_view(issuer) if issuer else None
        return DossierData(family, checklist, centre_view, issuer_view.full_name if issuer_view else family.worker_name,
                           self.today(), issuer_view)

    def default_recipient_name(self, family_id: int, recipient_kind: str, language: str = "fr") -> str | None:
        """The CPAS/OCMW of the destination for ``cpas``; ``None`` for the others (the worker names them)."""
        if _kind(recipient_kind) is not R.CPAS:
            return None
        return default_recipient_name(self.families.get_family(family_id), recipient_kind, language)

    def compose_dossier(self, family_id: int, recipient_kind: str, sections: Iterable[str] | None = None, *,
                        recipient_name: str | None = None, include_confidential: bool = False,
                        language: str = "fr", issued_by_id: int | None = None) -> m.Document:
        self._check(include_confidential)
        data = self.load(family_id, issued_by_id)
        return build_dossier(data, recipient_kind, sections, recipient_name=recipient_name,
                             include_confidential=include_confidential, language=language)

    def families_leaving_within(self, days: int) -> list[LeavingFamily]:
        """Families still in reception whose last day is within ``days`` days (from today), soonest first."""
        if self.actor is not None:
            self.actor.require(Permission.ISSUE_DOCUMENTS)
        today = self.today()
        stmt = (select(Family.id, Family.case_number, Family.household_name, ChecklistPlan.exit_due)
                .join(ChecklistPlan, ChecklistPlan.family_id == Family.id)
                .where(Family.status == enums.FamilyStatus.TRANSITION, ChecklistPlan.exit_due.is_not(None),
                       ChecklistPlan.exit_due >= today, ChecklistPlan.exit_due <= today + dt.timedelta(days=days))
                .order_by(ChecklistPlan.exit_due, Family.household_name, Family.id))
        if self.actor is not None and (scope := family_scope(self.actor)) is not None:
            stmt = stmt.where(scope)  # a social worker: the families of their own centre
        with self.db.read() as s:
            return [LeavingFamily(*row) for row in s.execute(stmt)]

    def issues(self, family_id: int) -> list[DossierIssueView]:
        """The dossiers issued for a family (for those who may issue them)."""
        if self.actor is not None:
            self.actor.require(Permission.ISSUE_DOCUMENTS)
            with self.db.read() as s:
                family_for(s, self.actor, family_id)
        stmt = (select(DossierIssue, Worker.full_name).outerjoin(Worker, Worker.id == DossierIssue.issued_by_id)
                .where(DossierIssue.family_id == family_id).order_by(DossierIssue.issued_at, DossierIssue.id))
        with self.db.read() as s:
            return [DossierIssueView(i.id, i.family_id, name, i.issued_at, i.recipient_kind, i.recipient_name,
                                     tuple(i.sections or ()), i.include_confidential, i.file_format)
                    for i, name in s.execute(stmt)]

    # -- issuing
    def record_issue(self, family_id: int, recipient_kind: str, sections: Sequence[str], *,
                     recipient_name: str | None, include_confidential: bool, file_format: str,
                     issued_by_id: int | None = None,
                     write: Callable[[], object] | None = None) -> DossierIssueView:
        """Record that a dossier was given (e.g. printed from the preview).

        ``write`` (optional) writes the file; it runs inside the same unit of work, so a failed
        write records nothing and a failed record leaves no new file behind (see :meth:`issue_dossier`).
        """
        self._check(include_confidential)
        kind = _kind(recipient_kind)
        if file_format not in ("pdf", "docx", "print"):
            raise ServiceError(UNKNOWN_FORMAT)
        worker_id = issued_by_id if issued_by_id is not None else (self.actor.worker_id if self.actor else None)
        with self.db.session() as s:
            family_for(s, self.actor or SYSTEM, family_id, Permission.ISSUE_DOCUMENTS)
            row = DossierIssue(family_id=family_id, issued_by_id=worker_id, issued_at=utcnow(),
                               recipient_kind=kind.value, recipient_name=(recipient_name or None),
                               sections=[str(x) for x in sections], include_confidential=include_confidential,
                               file_format=file_format)
            s.add(row)
            s.flush()
            from transition_app.services.audit import AuditAction, record

            record(s, self.actor or SYSTEM, AuditAction.DOSSIER_ISSUE, family_id, issue=row.id,
                   recipient=kind.value, sections=list(row.sections), format=file_format,
                   confidential=include_confidential)
            if write is not None:
                write()
            issuer = s.get(Worker, worker_id) if worker_id else None
            name = issuer.full_name if issuer else None
            return DossierIssueView(row.id, family_id, name, row.issued_at, row.recipient_kind, row.recipient_name,
                                    tuple(row.sections), row.include_confidential, row.file_format)

    def issue_dossier(self, family_id: int, recipient_kind: str, path: str | os.PathLike[str], *,
                      sections: Iterable[str] | None = None, recipient_name: str | None = None,
                      include_confidential: bool = False, language: str = "fr", file_format: str = "pdf",
                      issued_by_id: int | None = None, data: bytes | None = None,
                      document: m.Document | None = None) -> IssuedDossier:
        """Compose, render and write the dossier atomically, and record the issue — all or nothing.

        ``data`` / ``document``: already rendered bytes or composed model (from a preview), used
        instead of composing again.  The file is replaced only when the record can be made; when
        recording fails after the file was written, a file that did not exist before is removed.
        """
        self._check(include_confidential)
        kind = _kind(recipient_kind)
        chosen = resolve_sections(kind, sections, include_confidential)
        if file_format not in tuple(DossierFormat):
            raise ServiceError(UNKNOWN_FORMAT)
        if data is None:
            if document is None:
                loaded = self.load(family_id, issued_by_id)
                if recipient_name is None:
                    recipient_name = default_recipient_name(loaded.family, kind, language)
                document = build_dossier(loaded, kind, chosen, recipient_name=recipient_name,
                                         include_confidential=include_confidential, language=language)
            data = render(document, file_format)
        target = Path(path)
        existed = target.exists()
        written = False

        def write() -> None:
            nonlocal written
            write_atomic(target, data)
            written = True

        try:
            view = self.record_issue(family_id, kind, [s.value for s in chosen], recipient_name=recipient_name,
                                     include_confidential=include_confidential, file_format=file_format,
                                     issued_by_id=issued_by_id, write=write)
        except BaseException:
            if written and not existed:
                with contextlib.suppress(OSError):
                    target.unlink()
            raise
        return IssuedDossier(view.id, family_id, target, kind.value, recipient_name, tuple(s.value for s in chosen),
                             include_confidential, file_format, view.issued_at, len(data))

    def issue_batch(self, days: int, recipient_kind: str, folder: str | os.PathLike[str], *,
                    sections: Iterable[str] | None = None, language: str = "fr", file_format: str = "pdf",
                    issued_by_id: int | None = None,
                    progress: Callable[[int, int], bool | None] | None = None,
                    families: Sequence[LeavingFamily] | None = None,
                    workers: int | None = None) -> BatchResult:
        """One dossier per family leaving within ``days`` days, written to ``folder`` as ``<case>_<kind>.<fmt>``.

        ``progress(done, total)`` is called before the first and after every dossier; returning
        ``False`` cancels (the dossiers already written stay, each complete and recorded).
        Confidential notes are never included in a batch.  Dossiers are composed and recorded
        here and rendered by ``workers`` processes (default: one per CPU, up to 4, for 8 or
        more dossiers; 0: in this process).  The documents travel to and from the workers
        through pipes: no temporary file is written.
        """
        self._check(False)
        kind = _kind(recipient_kind)
        chosen = resolve_sections(kind, sections, False)
        if file_format not in tuple(DossierFormat):
            raise ServiceError(UNKNOWN_FORMAT)
        out = Path(folder)
        if not out.is_dir():
            raise ServiceError(NO_FOLDER, folder=out)
        todo = list(families) if families is not None else self.families_leaving_within(days)
        result = BatchResult(total=len(todo))
        if progress is not None and progress(0, len(todo)) is False:
            result.cancelled = True
            return result
        if workers is None:
            workers = min(os.cpu_count() or 1, 4) if len(todo) >= 8 else 0
        done = 0

        def compose(fam: LeavingFamily) -> tuple[m.Document, str | None]:
            loaded = self.load(fam.family_id, issued_by_id)
            name = default_recipient_name(loaded.family, kind, language)
            return build_dossier(loaded, kind, chosen, recipient_name=name, language=language), name

        def finish(fam: LeavingFamily, name: str | None, data: bytes) -> bool:
            """Write and record one dossier; False when the batch is cancelled."""
            nonlocal done
            target = out / f"{safe_file_stem(fam.case_number)}_{kind.value}.{file_format}"
            try:
                self.issue_dossier(fam.family_id, kind, target, sections=chosen, recipient_name=name,
                                   language=language, file_format=file_format, issued_by_id=issued_by_id,
                                   data=data)
                result.written.append(target)
            except ServiceError as exc:
                result.failed.append((fam.family_id, type(exc).__name__))
            done += 1
            return not (progress is not None and progress(done, len(todo)) is False)

        if workers <= 1:
            for fam in todo:
                try:
                    doc, name = compose(fam)
                except ServiceError as exc:
                    result.failed.append((fam.family_id, type(exc).__name__))
                    done += 1
                    continue
                if not finish(fam, name, render(doc, file_format)):
                    break
        else:
            self._batch_in_processes(todo, compose, finish, result, file_format, workers)
        result.cancelled = len(result.written) + len(result.failed) < len(todo)
        return result

    @staticmethod
    def _batch_in_processes(todo: Sequence[LeavingFamily], compose: Callable, finish: Callable,
                            result: BatchResult, file_format: str, workers: int) -> None:
        import collections
        import multiprocessing
        from concurrent.futures import Future, ProcessPoolExecutor

        # spawn: the GUI runs the batch from a thread, and forking a threaded process is unsafe
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_warm_renderer)
        pending: collections.deque[tuple[LeavingFamily, str | None, Future[bytes]]] = collections.deque()
        try:
            queue = iter(todo)
            exhausted = False
            while True:
                while not exhausted and len(pending) < workers * 3:
                    fam = next(queue, None)
                    if fam is None:
                        exhausted = True
                        break
                    try:
                        doc, name = compose(fam)
                    except ServiceError as exc:
                        result.failed.append((fam.family_id, type(exc).__name__))
                        continue
                    pending.append((fam, name, pool.submit(render, doc, file_format)))
                if not pending:
                    break
                fam, name, future = pending.popleft()
                if not finish(fam, name, future.result()):
                    break
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _warm_renderer() -> None:
    """Worker process start: load the renderer and register the fonts once."""
    from transition_app.documents.fonts import register_pdf_fonts

    register_pdf_fonts()
