"""Handover dossier: one family's file for the next professional (CPAS/OCMW, LOI, NGO, buddy, next worker).

    service = HandoverService(ctx.db, ctx.families, ctx.checklists, actor=actor)
    doc = service.compose_dossier(family_id, "cpas")              # a preview (not issued)
    issued = service.issue_dossier(family_id, "cpas", "dossier.pdf")

A dossier is written for the professional who takes over, not for the family: a one-to-two
page **summary** first (the household with ages; status and key dates; steps done; open steps
with their due dates; who to call; the consents the family gave), then **annexes** in the
third person (the checklist as "step — status — date", never ticked for a step that does not
apply; no internal remarks: neither the checklist's "to check" notes nor the workers' step
notes and reasons).  Every page carries the confidentiality mark and the issue number
(``Document.running_mark``).  The language is the recipient's by default (the language area of
the new municipality, :func:`recipient_language`), whatever the interface language.

The worker chooses the sections; :func:`default_sections` gives the minimum each kind of
recipient needs (a buddy gets no protection details and no national register numbers).
A dossier for a third party (CPAS, LOI, NGO, buddy: :data:`CONSENT_RECIPIENTS`) needs a
recorded consent for :attr:`ConsentPurpose.HANDOVER_DOSSIER` and that recipient, or an
override with a reason (audited as ``consent_override``); confidential notes go only with a
consent that names them (never by override).  Issuing writes the file atomically and records
who issued it, when, to whom and with which sections (``dossier_issue``) in the same unit of
work.  The words come from ``translations/dossier/<lang>.po`` (:mod:`.dossier_catalog`).  Qt-free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import Today
from transition_app.documents import model as m
from transition_app.documents.labels import format_date
from transition_app.documents.output import write_atomic
from transition_app.documents.typography import bind, polish
from transition_app.domain import directory, enums
from transition_app.domain.consent import ConsentPurpose, ConsentRecord, covering_consent
from transition_app.domain.job_titles import title_text
from transition_app.domain.validation import ErrorCode, ServiceError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters.letterhead import centre_letterhead
from transition_app.services.consent_check import to_record
from transition_app.services.dossier_catalog import (
    DOSSIER_LANGUAGES,
    UNKNOWN_LANGUAGE,
    DossierWords,
    dossier_words,
)
from transition_app.services.dto import CentreView, FamilyDetail, NoteView, PersonView, WorkerView
from transition_app.services.scope import family_for, family_scope, redact_detail
from transition_app.services.staff import centre_view as centre_view_of
from transition_app.services.staff import worker_view
from transition_app.store.database import Database
from transition_app.store.models import (
    BuddyAssignment,
    ChecklistPlan,
    Consent,
    DossierIssue,
    Family,
    Note,
    Person,
    ReceptionCentre,
    Worker,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from transition_app.services.checklist import ChecklistService, ChecklistView, StepView
    from transition_app.services.families import FamilyService


class DossierSection(StrEnum):
    """In dossier order."""
    COVER = "cover"  # the summary (1-2 pages), always first and always included
    HOUSEHOLD = "household"
    DOCUMENTS = "documents"  # identity and residence documents, right after the household
    PROTECTION = "protection"
    CHECKLIST = "checklist"
    CONTACTS = "contacts"
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

CONSENT_MISSING = ErrorCode("dossier.consent_missing", QT_TRANSLATE_NOOP(
    "Services", "The family has not given its consent to share a handover dossier with this recipient. "
                "Record the consent first, or give the reason why the dossier must be shared anyway."))
CONFIDENTIAL_CONSENT_MISSING = ErrorCode("dossier.confidential_consent_missing", QT_TRANSLATE_NOOP(
    "Services", "Confidential notes may be shared only when the family's consent for this recipient names them."))

_OPEN = ("todo", "in_progress", "waiting", "blocked")
#: Recipients outside the reception network: a dossier to them needs the family's consent.
CONSENT_RECIPIENTS = frozenset({RecipientKind.CPAS, RecipientKind.LOI, RecipientKind.NGO, RecipientKind.BUDDY})


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
    chosen.add(S.COVER)  # the summary comes first in every dossier
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
    issuer: WorkerView | None = None  # job title, direct phone and e-mail
    consents: tuple[ConsentRecord, ...] = ()  # the family's consents (withdrawn ones too)
    consent_purposes: dict[int, str] = field(default_factory=dict)  # consent id -> free-text purpose
    buddy: WorkerView | None = None  # the admin buddy assigned now
    issue_number: int | None = None  # the dossier_issue id printed on every page (None: a preview)


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
    skipped: list[str] = field(default_factory=list)  # case numbers of families without a consent


# --------------------------------------------------------------------------- composing


def _date(value: dt.date | None, lang: str) -> str:
    return bind(format_date(value, lang)) if value else "—"


def _person_name(p: PersonView) -> str:
    return f"{p.family_name.upper()} {p.given_names}".strip()


def _head(family: FamilyDetail) -> PersonView | None:
    return next((p for p in family.members if p.relation == "head"), family.members[0] if family.members else None)


def _safe(words: DossierWords, key: str, fallback: str) -> str:
    return words.get(key) if words.has(key) else fallback


def _age(birth: dt.date, today: dt.date) -> tuple[int, int]:
    """(full years, full months) on ``today``."""
    months = (today.year - birth.year) * 12 + today.month - birth.month - (today.day < birth.day)
    return months // 12, months


def recipient_language(family: FamilyDetail) -> str:
    """The dossier language by default: that of the recipient, i.e. of the language area of the
    family's new municipality (French, Dutch or German; Brussels and unknown: French)."""
    from transition_app.letters.compose import default_authority_language

    lang = default_authority_language(family.destination_nis)
    return lang if lang in DOSSIER_LANGUAGES else "fr"


def recipient_key(family: FamilyDetail, recipient_kind: str) -> str | None:
    """The directory key of the recipient (``cpas:<NIS>`` of the new municipality), else None."""
    if _kind(recipient_kind) is R.CPAS and family.destination_nis:
        return f"cpas:{family.destination_nis}"
    return None


def needs_consent(recipient_kind: str) -> bool:
    return _kind(recipient_kind) in CONSENT_RECIPIENTS


def dossier_consent(data: DossierData, recipient_kind: str, recipient_name: str | None,
                    confidential: bool = False) -> ConsentRecord | None:
    """The recorded consent that covers a dossier for that recipient (None: none)."""
    return covering_consent(data.consents, ConsentPurpose.HANDOVER_DOSSIER,
                            recipient_key(data.family, recipient_kind), recipient_name or "", data.today,
                            confidential)


SUMMARY_OPEN_ROWS = 10  # open steps with a due date listed in the summary (all are in the annex)


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
        self._labels: dict[str, str] = {}

    # -- helpers
    def t(self, key: str, **values: object) -> str:
        return polish(self.w.get(key, **values), self.lang)

    def step_label(self, st: StepView) -> str:
        """The step as a professional names it ("Registration at the municipality"), never the
        family's instruction ("Register at the municipality"); a step added by hand keeps its title."""
        label = self._labels.get(st.step_id)
        if label is None:
            label = _safe(self.w, f"step.{st.step_id}", st.title) if not st.custom else st.title
            self._labels[st.step_id] = label
        return label

    def track_label(self, track_id: str, fallback: str) -> str:
        return _safe(self.w, f"track.{track_id}", fallback)

    def official(self) -> str:
        mun = self.municipality
        return self.lang if mun is not None and self.lang in mun.languages else (mun.languages[0] if mun else "fr")

    def centre_name(self) -> str:
        d = self.data
        return (d.centre.name if d.centre else d.family.centre_name) or "—"

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

    def step_status(self, st: StepView) -> str:
        """"Done", "Not applicable", "To do — overdue", "Waiting for an answer — first: …"."""
        if st.status == "done":
            return self.t("status.done")
        if st.status == "not_applicable":
            return self.t("status.not_applicable")
        if st.moot:
            return self.t("status.moot")
        text = self.t(f"status.{st.status}") if self.w.has(f"status.{st.status}") else st.status
        if st.due_date is not None and st.due_date < self.data.today:
            text = self.t("status.overdue", status=text)
        return text

    def step_date(self, st: StepView) -> str:
        if st.status == "done":
            return _date(st.done_on, self.lang)
        if st.status == "not_applicable" or st.moot:
            return "—"
        return _date(st.due_date, self.lang)

    def step_state(self, st: StepView) -> str:
        """Status and date in one cell: "Done — 5 Nov 2026", "To do — due 1 Dec 2026", "Not applicable"."""
        status, day = self.step_status(st), self.step_date(st)
        if day == "—":
            return status
        key = "checklist.state_done" if st.status == "done" else "checklist.state_due"
        return self.t(key, status=status, date=day)

    # -- the summary (always first)
    def summary(self) -> list[m.Block]:
        f, d, cl, today = self.data.family, self.data, self.data.checklist, self.data.today
        head = _head(f)
        rows = [(self.t("cover.family"), _person_name(head) if head else "—"),
                (self.t("cover.case_number"), f.case_number),
                (self.t("cover.recipient"), self.recipient_name or self.t(f"recipient.{self.kind}")),
                (self.t("cover.issued_by"), self.issued_by()),
                (self.t("cover.date"), _date(today, self.lang))]
        out: list[m.Block] = [
            m.Heading(f"{self.t('title')} — {self.t('summary.heading')}", 1),
            m.Paragraph(self.t("summary.lead"), size=9),
            m.KeyValueTable(tuple(rows), key_width=0.25),
        ]
        # who: the household, with ages
        members = []
        for p in f.members:
            if p.birth_date is None:
                age = "—"
            else:
                years, months = _age(p.birth_date, today)
                age = str(years) if years >= 2 else self.t("summary.age_months", months=months)
            where = self.t("household.in_belgium") if p.in_belgium else self.t("household.abroad")
            members.append((_person_name(p), _safe(self.w, f"relation.{p.relation}", p.relation), age, where))
        out += [m.Heading(self.t("summary.who"), 3),
                m.Table((self.t("household.name"), self.t("household.relation"), self.t("summary.age"),
                         self.t("household.where")), tuple(members), widths=(0.38, 0.2, 0.1, 0.32))]
        # status and key dates
        out += [m.Heading(self.t("summary.status"), 3), m.KeyValueTable(tuple(self.key_dates()), key_width=0.35)]
        # steps: done, open (with due dates), not applicable (named as such)
        steps = sorted(cl.steps if cl else (), key=lambda s: (s.due_date or dt.date.max, s.position))
        done = sorted((s for s in steps if s.status == "done"), key=lambda s: (s.done_on or dt.date.min, s.position))
        open_ = [s for s in steps if s.status in _OPEN and not s.moot]
        not_applicable = [s for s in steps if s.status == "not_applicable" or (s.status in _OPEN and s.moot)]
        # open: those with a due date, soonest first (at most SUMMARY_OPEN_ROWS); the others are counted
        dated = [s for s in open_ if s.due_date is not None]
        shown = dated[:SUMMARY_OPEN_ROWS]
        out.append(m.Heading(self.t("summary.open"), 3))
        if shown:
            out.append(m.Table((self.t("checklist.step"), self.t("checklist.status"), self.t("dates.due")),
                               tuple((self.step_label(s), self.step_status(s), _date(s.due_date, self.lang))
                                     for s in shown), widths=(0.55, 0.27, 0.18)))
        if len(open_) > len(shown):
            out.append(m.Paragraph(self.t("summary.more_open", count=len(open_) - len(shown)), size=9))
        if not open_:
            out.append(m.Paragraph(self.t("summary.none_open")))
        out.append(m.Heading(self.t("summary.done"), 3))
        out.append(m.Table((self.t("checklist.step"), self.t("checklist.date")),
                           tuple((self.step_label(s), _date(s.done_on, self.lang)) for s in done),
                           widths=(0.75, 0.25))
                   if done else m.Paragraph(self.t("summary.none_done")))
        if not_applicable:
            out.append(m.Paragraph(self.t("summary.not_applicable",
                                          steps="; ".join(self.step_label(s) for s in not_applicable)), size=9))
        # who to call
        calls = []
        w = d.issuer
        if d.issuer_name:
            role = title_text(w.job_title, self.lang, w.job_title_form) if w is not None and w.job_title else ""
            calls.append((self.t("summary.worker"), ", ".join(p for p in (d.issuer_name, role) if p),
                          " · ".join(p for p in ((w.phone, w.email) if w else ()) if p) or "—"))
        c = d.centre
        centre_reach = " · ".join(p for p in ((c.phone, c.email) if c else ()) if p) or "—"
        address = ", ".join(p for p in ((c.address, c.postcode) if c else ()) if p)
        calls.append((self.t("summary.centre"), self.centre_name() + (f"\n{address}" if address else ""),
                      centre_reach))
        if d.buddy is not None:
            calls.append((self.t("summary.buddy"), d.buddy.full_name,
                          " · ".join(p for p in (d.buddy.phone, d.buddy.email) if p) or "—"))
        out += [m.Heading(self.t("summary.contacts"), 3),
                m.Table((self.t("summary.role"), self.t("summary.name"), self.t("summary.reach")), tuple(calls),
                        widths=(0.3, 0.38, 0.32))]
        # consents the family gave (in force today)
        given = sorted((c for c in d.consents if c.given_on <= today
                        and (c.withdrawn_on is None or c.withdrawn_on > today)), key=lambda c: (c.given_on, c.id))
        out.append(m.Heading(self.t("summary.consents"), 3))
        if given:
            rows_c = []
            for c in given:
                purpose = (_safe(self.w, f"consent.purpose.{c.purpose_code}", c.purpose_code) if c.purpose_code
                           else d.consent_purposes.get(c.id, "—"))
                if c.covers_confidential:
                    purpose = self.t("consent.with_confidential", purpose=purpose)
                rows_c.append((purpose, c.shared_with, _date(c.given_on, self.lang)))
            out.append(m.Table((self.t("consent.purpose"), self.t("consent.recipient"), self.t("consent.given_on")),
                               tuple(rows_c), widths=(0.4, 0.42, 0.18)))
        else:
            out.append(m.Paragraph(self.t("consent.none")))
        out.append(m.Paragraph(self.t("cover.notice"), size=8))
        if S.CONFIDENTIAL_NOTES in self.sections:
            out.append(m.Paragraph(self.t("cover.confidential_warning"), bold=True, size=9))
        return out

    def key_dates(self, decision: bool = True) -> list[tuple[str, str]]:
        f, cl, today = self.data.family, self.data.checklist, self.data.today
        rows: list[tuple[str, str]] = []
        dec = f.decision
        if decision and dec is not None and S.PROTECTION in self.sections:  # a buddy does not get the decision
            rows += [(self.t("summary.protection_type"),
                      _safe(self.w, f"protection.{dec.protection_type}", dec.protection_type)),
                     (self.t("protection.decision_date"), _date(dec.decision_date, self.lang)),
                     (self.t("protection.notification_date"), _date(dec.notification_date, self.lang))]
        exit_due = cl.exit_due if cl else None
        if exit_due is not None:
            days = (exit_due - today).days
            value = (self.t("dates.days_left", date=_date(exit_due, self.lang), days=days) if days >= 0
                     else self.t("dates.days_late", date=_date(exit_due, self.lang), days=-days))
        else:
            value = self.t("dates.unknown")
        rows.append((self.t("dates.exit_due"), value))
        for e in (cl.extensions if cl else ()):
            rows.append((self.t("dates.extension"),
                         self.t("dates.extension_value", months=e.months, date=_date(e.granted_on, self.lang))))
        if f.exit_date is not None:
            rows.append((self.t("dates.exit_date"), _date(f.exit_date, self.lang)))
        rows.append((self.t("dates.destination"),
                     self.municipality.name(self.lang) if self.municipality else self.t("dates.unknown")))
        return rows

    # -- annexes (third person)
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
            m.Table(header, tuple(rows), widths=(0.21, 0.16, 0.13, 0.15, 0.17, 0.18)),
        ]
        if self.numbers:
            ids = [(_person_name(p), p.national_number or "—") for p in f.members]
            out += [m.Heading(self.t("household.national_number"), 3),
                    m.Table((self.t("household.name"), self.t("household.national_number")), tuple(ids),
                            widths=(0.5, 0.5))]
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
        rows = [(self.t("dates.arrival"), _date(f.arrival_date, self.lang)), *self.key_dates(decision=False)]
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
        done = sum(1 for s in cl.steps if s.status == "done")
        na = sum(1 for s in cl.steps if s.status == "not_applicable" or (s.status in _OPEN and s.moot))
        open_steps = [s for s in cl.steps if s.status in _OPEN and not s.moot]
        overdue = [s for s in open_steps if s.due_date is not None and s.due_date < today]
        out.append(m.Paragraph(self.t("checklist.count", done=done, not_applicable=na, open=len(open_steps),
                                      overdue=len(overdue), total=len(cl.steps))))
        header: tuple[str, ...] = (self.t("checklist.step"), self.t("checklist.state"))
        for track in cl.tracks:  # one table per track, the column names once (above the first)
            rows = tuple((self.step_label(st), self.step_state(st)) for st in cl.steps_of(track.id))
            out += [m.Heading(self.track_label(track.id, track.title), 3),
                    m.Table(header, rows, widths=(0.56, 0.44))]
            header = ()
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
            if st.service and st.status in _OPEN and not st.moot:
                open_by_service.setdefault(st.service, []).append(self.step_label(st))
        services = ["cpas_of_new_dwelling", "integration_agency"]
        services += [s for s in open_by_service if s not in services]
        rows = [(self.t("contacts.current_worker"),
                 ", ".join(p for p in (f.worker_name, (d.centre.name if d.centre else f.centre_name)) if p) or "—",
                 "—")]
        to_find = []  # services still to be found with the family: named in one line, not a row each
        for service in services:
            who = self.who(service)
            name = _safe(self.w, f"service.{service}", service)
            if who == self.t("contacts.to_find"):
                to_find.append(name)
                continue
            rows.append((name, who, "\n".join(open_by_service.get(service, [])) or "—"))
        out += [m.Heading(self.t("contacts.referrals"), 3),
                m.Table((self.t("contacts.service"), self.t("contacts.who"), self.t("contacts.open_steps")),
                        tuple(rows), widths=(0.26, 0.34, 0.4))]
        if to_find:
            out.append(m.Paragraph(self.t("contacts.still_to_find", services=", ".join(to_find)), size=9))
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
        """The identity and residence documents the family holds (numbers only for who registers it)."""
        f, today = self.data.family, self.data.today
        rows = []
        for p in f.members:
            if not p.card_type:
                continue
            card = _safe(self.w, f"card.{p.card_type}", p.card_type)
            valid = "—"
            if p.card_expiry is not None:
                valid = _date(p.card_expiry, self.lang)
                if p.card_expiry < today:
                    valid = self.t("documents.expired", date=valid)
            rows.append((_person_name(p), card, (p.card_number or "—") if self.numbers else "—", valid))
        out: list[m.Block] = [m.Heading(self.t("section.documents"), 2), m.Heading(self.t("documents.residence"), 3)]
        if rows:
            out.append(m.Table((self.t("documents.holder"), self.t("household.card"), self.t("household.card_number"),
                                self.t("household.valid_until")), tuple(rows), widths=(0.32, 0.26, 0.2, 0.22)))
        else:
            out.append(m.Paragraph(self.t("documents.none_recorded")))
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

    def running_mark(self) -> str:
        case = self.data.family.case_number
        if self.data.issue_number is None:
            return self.t("mark.preview", case=case)
        return self.t("mark.issued", issue=self.data.issue_number, case=case)

    def document(self) -> m.Document:
        blocks: list[m.Block] = self.summary()
        builders = {S.HOUSEHOLD: self.household, S.PROTECTION: self.protection,
                    S.CHECKLIST: self.checklist, S.CONTACTS: self.contacts, S.DOCUMENTS: self.documents,
                    S.NOTES: self.notes, S.CONFIDENTIAL_NOTES: self.confidential_notes}
        annexes = [s for s in self.sections if s is not S.COVER]
        if annexes:
            blocks += [m.PageBreak(), m.Heading(self.t("annex.heading"), 1)]
        # the annexes follow each other; the confidential notes start on a new page (they can be taken out)
        new_page = {S.CONFIDENTIAL_NOTES}
        for i, section in enumerate(annexes):
            if section in new_page and i > 0:
                blocks.append(m.PageBreak())
            blocks += builders[section]()
        f, d = self.data.family, self.data
        head = _head(f)
        centre = (d.centre.name if d.centre else f.centre_name) or ""
        letterhead = centre_letterhead(d.centre, self.lang) if d.centre else (m.Letterhead(centre) if centre else None)
        title = f"{self.t('title')} — {f.case_number}"
        return m.Document(
            title=title, language=self.lang, sections=(m.Section(self.lang, tuple(blocks)),),
            letterhead=letterhead, running_mark=self.running_mark(),
            author=d.issuer_name or "", subject=f"{self.t('title')} — {_person_name(head) if head else ''}".strip(),
        )


def build_dossier(data: DossierData, recipient_kind: str, sections: Iterable[str] | None = None, *,
                  recipient_name: str | None = None, include_confidential: bool = False,
                  language: str | None = None) -> m.Document:
    """The dossier of ``data`` as a document model (pure: no database); ``language`` None: the recipient's."""
    language = language or recipient_language(data.family)
    if language not in DOSSIER_LANGUAGES:
        raise ServiceError(UNKNOWN_LANGUAGE)
    kind = _kind(recipient_kind)
    chosen = resolve_sections(kind, sections, include_confidential)
    return _Composer(data, kind, chosen, recipient_name, language).document()


def default_recipient_name(family: FamilyDetail, recipient_kind: str, language: str | None = None,
                           buddy: WorkerView | None = None) -> str | None:
    """The CPAS/OCMW of the family's new municipality for ``cpas``, the assigned buddy's name for
    ``buddy`` (when known), else ``None`` (the worker names the recipient)."""
    kind = _kind(recipient_kind)
    if kind is R.BUDDY:
        return buddy.full_name if buddy is not None else None
    if kind is not R.CPAS or not family.destination_nis:
        return None
    mun = directory.municipality(family.destination_nis)
    if mun is None:
        return None
    language = language or recipient_language(family)
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


def _consent_records(rows: Iterable[Consent]) -> tuple[tuple[ConsentRecord, ...], dict[int, str]]:
    """``store.models.Consent`` rows as the consent rule's records (and the free-text purposes)."""
    records, purposes = [], {}
    for c in rows:
        records.append(to_record(c))
        purposes[c.id] = c.purpose
    return tuple(records), purposes


# --------------------------------------------------------------------------- the service

_FAMILY_OPTIONS = (
    selectinload(Family.members).selectinload(Person.residence_card), selectinload(Family.contacts),
    selectinload(Family.notes).selectinload(Note.author), selectinload(Family.decision),
    selectinload(Family.dwelling), selectinload(Family.centre), selectinload(Family.worker),
)
_CHUNK = 25  # dossiers recorded in one unit of work by a batch


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
    def _load_many(self, s: Session, families: Sequence[Family], issued_by_id: int | None) -> dict[int, DossierData]:
        """Everything the dossiers of ``families`` need, with one query per kind of row for all of them."""
        actor = self.actor or SYSTEM
        today = self.today()
        ids = [f.id for f in families]
        worker_id = issued_by_id if issued_by_id is not None else (self.actor.worker_id if self.actor else None)
        centre_ids = {f.centre_id for f in families if f.centre_id}
        centres = {c.id: centre_view_of(c, with_logo=True) for c in
                   s.scalars(select(ReceptionCentre).where(ReceptionCentre.id.in_(centre_ids)))} if centre_ids else {}
        worker_ids = {worker_id} if worker_id else {f.worker_id for f in families if f.worker_id}
        workers = {w.id: worker_view(w) for w in
                   s.scalars(select(Worker).where(Worker.id.in_(worker_ids)))} if worker_ids else {}
        consents: dict[int, list[Consent]] = {}
        for c in s.scalars(select(Consent).where(Consent.family_id.in_(ids)).order_by(Consent.id)):
            consents.setdefault(c.family_id, []).append(c)
        buddies: dict[int, WorkerView] = {}
        for fid, w in s.execute(select(BuddyAssignment.family_id, Worker)
                                .join(Worker, Worker.id == BuddyAssignment.buddy_id)
                                .where(BuddyAssignment.family_id.in_(ids), BuddyAssignment.unassigned_at.is_(None))
                                .order_by(BuddyAssignment.assigned_at)):
            buddies[fid] = worker_view(w)
        from transition_app.services.families import FamilyService

        out = {}
        for f in families:
            detail = redact_detail(actor, FamilyService._detail(f))
            checklist = (self.checklists._out(self.checklists._view(s, f))  # noqa: SLF001 - same session
                         if f.decision is not None else None)
            issuer = workers.get(worker_id) if worker_id else workers.get(f.worker_id or 0)
            records, purposes = _consent_records(consents.get(f.id, ()))
            out[f.id] = DossierData(detail, checklist, centres.get(f.centre_id or 0),
                                    issuer.full_name if issuer else detail.worker_name, today, issuer,
                                    records, purposes, buddies.get(f.id))
        return out

    def load(self, family_id: int, issued_by_id: int | None = None) -> DossierData:
        with self.db.read() as s:
            family = family_for(s, self.actor or SYSTEM, family_id, options=list(_FAMILY_OPTIONS))
            return self._load_many(s, [family], issued_by_id)[family.id]

    def _load_batch(self, family_ids: Sequence[int], issued_by_id: int | None = None) -> dict[int, DossierData]:
        """The dossier data of many families in one read (families outside the actor's scope are left out)."""
        unique = list(dict.fromkeys(family_ids))
        out: dict[int, DossierData] = {}
        with self.db.read() as s:
            for start in range(0, len(unique), 500):
                stmt = select(Family).where(Family.id.in_(unique[start:start + 500])).options(*_FAMILY_OPTIONS)
                if self.actor is not None and (scope := family_scope(self.actor)) is not None:
                    stmt = stmt.where(scope)
                out.update(self._load_many(s, list(s.scalars(stmt)), issued_by_id))
        return out

    def default_recipient_name(self, family_id: int, recipient_kind: str, language: str | None = None) -> str | None:
        """The CPAS/OCMW of the destination for ``cpas``, the buddy for ``buddy``; ``None`` for the others."""
        kind = _kind(recipient_kind)
        if kind not in (R.CPAS, R.BUDDY):
            return None
        data = self.load(family_id)
        return default_recipient_name(data.family, kind, language, data.buddy)

    def default_language(self, family_id: int) -> str:
        """The dossier language by default: the recipient's (see :func:`recipient_language`)."""
        return recipient_language(self.load(family_id).family)

    def compose_dossier(self, family_id: int, recipient_kind: str, sections: Iterable[str] | None = None, *,
                        recipient_name: str | None = None, include_confidential: bool = False,
                        language: str | None = None, issued_by_id: int | None = None) -> m.Document:
        """A preview: the dossier without issue number (its pages say "preview, not issued")."""
        self._check(include_confidential)
        data = self.load(family_id, issued_by_id)
        with self.db.session() as s:
            from transition_app.services.audit import AuditAction, record

            record(s, self.actor or SYSTEM, AuditAction.VIEW, family_id, section="dossier")
        return build_dossier(data, recipient_kind, sections, recipient_name=recipient_name,
                             include_confidential=include_confidential, language=language)

    def families_leaving_within(self, days: int) -> list[LeavingFamily]:
        """Families still in reception whose last day is within ``days`` days from today, or already
        past (still present), soonest first."""
        if self.actor is not None:
            self.actor.require(Permission.ISSUE_DOCUMENTS)
        today = self.today()
        stmt = (select(Family.id, Family.case_number, Family.household_name, ChecklistPlan.exit_due)
                .join(ChecklistPlan, ChecklistPlan.family_id == Family.id)
                .where(Family.status == enums.FamilyStatus.TRANSITION, ChecklistPlan.exit_due.is_not(None),
                       ChecklistPlan.exit_due <= today + dt.timedelta(days=days))
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

    # -- consent
    @staticmethod
    def _consent_override(data: DossierData, kind: RecipientKind, recipient_name: str | None, confidential: bool,
                          override_reason: str | None) -> str | None:
        """None when no consent is needed or one covers the dossier; the override reason otherwise
        (refused without one).  Confidential notes need a consent that names them: no override."""
        if kind not in CONSENT_RECIPIENTS:
            return None
        if confidential and dossier_consent(data, kind, recipient_name, True) is None:
            raise ServiceError(CONFIDENTIAL_CONSENT_MISSING)
        if dossier_consent(data, kind, recipient_name) is not None:
            return None
        reason = " ".join((override_reason or "").split())
        if not reason:
            raise ServiceError(CONSENT_MISSING)
        return reason

    def _add_issue(self, s: Session, family_id: int, kind: RecipientKind, sections: Sequence[str],
                   recipient_name: str | None, include_confidential: bool, file_format: str,
                   worker_id: int | None) -> DossierIssue:
        row = DossierIssue(family_id=family_id, issued_by_id=worker_id, issued_at=utcnow(),
                           recipient_kind=kind.value, recipient_name=(recipient_name or None),
                           sections=[str(x) for x in sections], include_confidential=include_confidential,
                           file_format=file_format)
        s.add(row)
        s.flush()
        return row

    def _audit_issue(self, s: Session, row: DossierIssue, recipient: str | None, override: str | None) -> None:
        from transition_app.services.audit import AuditAction, record

        actor = self.actor or SYSTEM
        record(s, actor, AuditAction.DOSSIER_ISSUE, row.family_id, issue=row.id, recipient=row.recipient_kind,
               sections=list(row.sections), format=row.file_format, confidential=row.include_confidential)
        if override is not None:
            record(s, actor, AuditAction.CONSENT_OVERRIDE, row.family_id, purpose=ConsentPurpose.HANDOVER_DOSSIER.value,
                   recipient=row.recipient_kind, recipient_key=recipient, document="dossier", issue=row.id,
                   reason=override)

    # -- issuing
    def record_issue(self, family_id: int, recipient_kind: str, sections: Sequence[str], *,
                     recipient_name: str | None, include_confidential: bool, file_format: str,
                     issued_by_id: int | None = None, consent_override_reason: str | None = None,
                     write: Callable[[int], object] | None = None,
                     data: DossierData | None = None) -> DossierIssueView:
        """Record that a dossier was given (e.g. printed from the preview).

        A third party needs the family's consent or ``consent_override_reason`` (audited).
        ``write(issue_id)`` (optional) writes the file; it runs inside the same unit of work, so a
        failed write records nothing and a failed record leaves no new file behind (see :meth:`issue_dossier`).
        """
        self._check(include_confidential)
        kind = _kind(recipient_kind)
        if file_format not in ("pdf", "docx", "print"):
            raise ServiceError(UNKNOWN_FORMAT)
        data = data or self.load(family_id, issued_by_id)
        override = self._consent_override(data, kind, recipient_name, include_confidential, consent_override_reason)
        worker_id = issued_by_id if issued_by_id is not None else (self.actor.worker_id if self.actor else None)
        with self.db.session() as s:
            family_for(s, self.actor or SYSTEM, family_id, Permission.ISSUE_DOCUMENTS)
            row = self._add_issue(s, family_id, kind, sections, recipient_name, include_confidential, file_format,
                                  worker_id)
            self._audit_issue(s, row, recipient_key(data.family, kind), override)
            if write is not None:
                write(row.id)
            issuer = s.get(Worker, worker_id) if worker_id else None
            name = issuer.full_name if issuer else None
            return DossierIssueView(row.id, family_id, name, row.issued_at, row.recipient_kind, row.recipient_name,
                                    tuple(row.sections), row.include_confidential, row.file_format)

    def issue_dossier(self, family_id: int, recipient_kind: str, path: str | os.PathLike[str], *,
                      sections: Iterable[str] | None = None, recipient_name: str | None = None,
                      include_confidential: bool = False, language: str | None = None, file_format: str = "pdf",
                      issued_by_id: int | None = None, consent_override_reason: str | None = None,
                      data: bytes | None = None, document: m.Document | None = None) -> IssuedDossier:
        """Compose (with its issue number), render and write the dossier atomically, and record the
        issue — all or nothing.  ``language`` None: the recipient's.

        ``data`` / ``document``: already rendered bytes or a composed model, used as they are
        (they carry no issue number: prefer letting this compose).  The file is replaced only when
        the record can be made; when recording fails after the file was written, a file that did
        not exist before is removed.
        """
        self._check(include_confidential)
        kind = _kind(recipient_kind)
        chosen = resolve_sections(kind, sections, include_confidential)
        if file_format not in tuple(DossierFormat):
            raise ServiceError(UNKNOWN_FORMAT)
        loaded = self.load(family_id, issued_by_id)
        language = language or recipient_language(loaded.family)
        if recipient_name is None:
            recipient_name = default_recipient_name(loaded.family, kind, language, loaded.buddy)
        self._consent_override(loaded, kind, recipient_name, include_confidential, consent_override_reason)
        target = Path(path)
        existed = target.exists()
        written = False
        size = 0

        def write(issue_id: int) -> None:
            nonlocal written, size
            content = data
            if content is None:
                doc = document or build_dossier(replace(loaded, issue_number=issue_id), kind, chosen,
                                                recipient_name=recipient_name,
                                                include_confidential=include_confidential, language=language)
                content = render(doc, file_format)
            write_atomic(target, content)
            written, size = True, len(content)

        try:
            view = self.record_issue(family_id, kind, [s.value for s in chosen], recipient_name=recipient_name,
                                     include_confidential=include_confidential, file_format=file_format,
                                     issued_by_id=issued_by_id, consent_override_reason=consent_override_reason,
                                     write=write, data=loaded)
        except BaseException:
            if written and not existed:
                with contextlib.suppress(OSError):
                    target.unlink()
            raise
        return IssuedDossier(view.id, family_id, target, kind.value, recipient_name, tuple(s.value for s in chosen),
                             include_confidential, file_format, view.issued_at, size)

    def issue_batch(self, days: int, recipient_kind: str, folder: str | os.PathLike[str], *,
                    sections: Iterable[str] | None = None, language: str | None = None, file_format: str = "pdf",
                    issued_by_id: int | None = None, recipient_name: str | None = None,
                    progress: Callable[[int, int], bool | None] | None = None,
                    families: Sequence[LeavingFamily] | None = None,
                    workers: int | None = None) -> BatchResult:
        """One dossier per family leaving within ``days`` days (or past its exit date and still
        there), written to ``folder`` as ``<case>_<kind>.<fmt>``, each in its recipient's language
        (``language`` None) or in ``language``.  ``recipient_name``: the one recipient of every
        dossier (an NGO, an LOI); by default the CPAS/OCMW of each family's new municipality, the
        family's buddy.

        A family without the consent a third party needs is skipped (``BatchResult.skipped``: case
        numbers); a batch never overrides a missing consent and never includes confidential notes.
        ``progress(done, total)`` is called before the first and after every family; returning
        ``False`` cancels (the dossiers already written stay, each complete and recorded).
        The families are read in one go; dossiers are composed and recorded here, rendered by
        ``workers`` processes (default: one per CPU, up to 4, for 8 or more dossiers; 0: in this
        process), written atomically and recorded ``_CHUNK`` at a time, each chunk all or nothing.
        The documents travel to and from the workers through pipes: no temporary file is written.
        """
        self._check(False)
        kind = _kind(recipient_kind)
        chosen = resolve_sections(kind, sections, False)
        if file_format not in tuple(DossierFormat):
            raise ServiceError(UNKNOWN_FORMAT)
        if language is not None and language not in DOSSIER_LANGUAGES:
            raise ServiceError(UNKNOWN_LANGUAGE)
        out = Path(folder)
        if not out.is_dir():
            raise ServiceError(NO_FOLDER, folder=out)
        todo = list(families) if families is not None else self.families_leaving_within(days)
        result = BatchResult(total=len(todo))
        if progress is not None and progress(0, len(todo)) is False:
            result.cancelled = True
            return result
        loaded = self._load_batch([f.family_id for f in todo], issued_by_id)
        worker_id = issued_by_id if issued_by_id is not None else (self.actor.worker_id if self.actor else None)
        section_values = [s.value for s in chosen]
        done = 0
        stop = False

        def step() -> None:
            nonlocal done, stop
            done += 1
            if progress is not None and progress(done, len(todo)) is False:
                stop = True

        plan: list[tuple[LeavingFamily, DossierData, str, str | None]] = []
        for fam in todo:
            data = loaded.get(fam.family_id)
            if data is None:
                result.failed.append((fam.family_id, "ServiceError"))
                continue
            lang = language or recipient_language(data.family)
            name = recipient_name or default_recipient_name(data.family, kind, lang, data.buddy)
            if kind in CONSENT_RECIPIENTS and dossier_consent(data, kind, name) is None:
                result.skipped.append(fam.case_number)
                continue
            plan.append((fam, data, lang, name))

        if workers is None:
            workers = min(os.cpu_count() or 1, 4) if len(plan) >= 8 else 0
        pool = None
        if workers > 1 and plan and not stop:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn: the GUI runs the batch from a thread, and forking a threaded process is unsafe
            pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_warm_renderer)
        try:
            for start in range(0, len(plan), _CHUNK):
                if stop:
                    break
                new_files: list[Path] = []
                try:
                    with self.db.session() as s:
                        jobs = []
                        for fam, data, lang, name in plan[start:start + _CHUNK]:
                            row = self._add_issue(s, fam.family_id, kind, section_values, name, False,
                                                  file_format, worker_id)
                            doc = build_dossier(replace(data, issue_number=row.id), kind, chosen,
                                                recipient_name=name, language=lang)
                            jobs.append((fam, data, row, pool.submit(render, doc, file_format) if pool else doc))
                        chunk_written = []
                        for fam, data, row, job in jobs:
                            if stop:
                                s.delete(row)  # composed but not written: no record
                                continue
                            content = job.result() if pool else render(job, file_format)
                            target = out / f"{safe_file_stem(fam.case_number)}_{kind.value}.{file_format}"
                            existed = target.exists()
                            write_atomic(target, content)
                            if not existed:
                                new_files.append(target)
                            chunk_written.append(target)
                            self._audit_issue(s, row, recipient_key(data.family, kind), None)
                            step()
                        s.flush()
                except BaseException:
                    for p in new_files:
                        with contextlib.suppress(OSError):
                            p.unlink()
                    raise
                result.written += chunk_written
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        if not stop:
            for _ in range(len(todo) - len(plan)):  # the skipped and the failed count as handled, at the end
                step()
        result.cancelled = stop and len(result.written) + len(result.failed) + len(result.skipped) < len(todo)
        return result


def _warm_renderer() -> None:
    """Worker process start: load the renderer and register the fonts once."""
    from transition_app.documents.fonts import register_pdf_fonts

    register_pdf_fonts()
