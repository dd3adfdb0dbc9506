"""GDPR: consent records, subject access exports, erasure (anonymisation) and retention.  Qt-free.

* **Consents**: what is shared with whom, given on which date, withdrawn when.  Kept per
  family (optionally per person); withdrawing keeps the record with its date.
* **Subject access** (:meth:`GdprService.export_family`): everything held about a family as
  machine-readable JSON, plus a readable PDF (``transition_app.documents``), including who
  accessed the file (the audit entries about it).
* **Erasure** (:meth:`GdprService.anonymise_family`): names replaced, dates coarsened (birth
  dates to the year, other dates to the month), national register and card numbers removed,
  notes, contacts, consents and appointments deleted, free text of the checklist emptied.
  The family row stays, archived, with its counts (members, nationalities, languages,
  municipality, status, checklist steps done) for statistics.  Audit entries stay (they
  hold ids, never names).
* **Retention**: closed (or archived) cases are anonymised ``retention months`` after they
  were closed (default 12, the ``retention.closed_case_months`` setting).  A case counts as
  closed since its last change (``updated_at``) and its exit date, whichever is later, so the
  rule never comes early.  :meth:`retention_preview` lists what would go;
  :meth:`apply_retention` does it (command ``retention --apply`` and at every start-up,
  where it is a single indexed query when nothing is due).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import SYSTEM_CLOCK, Today
from transition_app.domain import enums
from transition_app.domain.consent import PURPOSE_LABELS, ConsentPurpose
from transition_app.domain.text import fold
from transition_app.domain.validation import (
    DATE_ORDER,
    NOT_IN_LIST,
    Collector,
    ConcurrencyError,
    ErrorCode,
    NotFoundError,
    ServiceError,
)
from transition_app.domain.workdays import add_months
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.scope import family_for, family_scope
from transition_app.store.database import Database
from transition_app.store.models import (
    Appointment,
    AppSetting,
    AuditEntry,
    BuddyAssignment,
    ChecklistEvent,
    ChecklistPlan,
    ChecklistStep,
    Consent,
    ContactDetail,
    DossierIssue,
    ExitExtension,
    Family,
    FamilyUpdate,
    Note,
    Person,
    Worker,
    utcnow,
)

RETENTION_KEY = "retention.closed_case_months"
DEFAULT_RETENTION_MONTHS = 12
ANONYMISED = "(anonymised)"
CLOSED_STATUSES = (enums.FamilyStatus.CLOSED, enums.FamilyStatus.ARCHIVED)
EXPORT_FORMAT = "transition-app/subject-access"
EXPORT_VERSION = 1

L_PURPOSE = QT_TRANSLATE_NOOP("Validation", "What is shared")
L_SHARED_WITH = QT_TRANSLATE_NOOP("Validation", "Shared with")
L_GIVEN_ON = QT_TRANSLATE_NOOP("Validation", "Consent given on")
L_WITHDRAWN_ON = QT_TRANSLATE_NOOP("Validation", "Consent withdrawn on")
L_PERSON = QT_TRANSLATE_NOOP("Validation", "Person")
L_MONTHS = QT_TRANSLATE_NOOP("Validation", "Retention period (months)")
NOT_A_MEMBER = ErrorCode("consent.not_a_member", QT_TRANSLATE_NOOP(
    "Validation", "{label}: this person is not a member of this family."), "Validation")
OUT_OF_RANGE = ErrorCode("out_of_range", QT_TRANSLATE_NOOP("Validation", "{label} must be between {min} and {max}."),
                         "Validation")
NO_SUCH_CONSENT = ErrorCode("consent.not_found", QT_TRANSLATE_NOOP(
    "Services", "This consent record does not exist (any more)."))
ALREADY_WITHDRAWN = ErrorCode("consent.already_withdrawn", QT_TRANSLATE_NOOP(
    "Services", "This consent was already withdrawn."))
ALREADY_ANONYMISED = ErrorCode("family.already_erased", QT_TRANSLATE_NOOP(
    "Services", "This family's data was already erased."))


# ----------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class ConsentInput:
    purpose: str  # what is shared, in the worker's words (may be empty when purpose_code says it)
    shared_with: str  # with whom, as typed (or the directory entry's name)
    given_on: dt.date
    person_id: int | None = None  # None: the whole family
    purpose_code: str | None = None  # a domain.consent.ConsentPurpose value, what letters and dossiers check
    recipient_key: str | None = None  # the directory key of the recipient (cpas:<NIS>, agency:<id>, entry:<id>...)
    covers_confidential: bool = False  # the family agreed that confidential notes may be shared too


@dataclass(frozen=True)
class ConsentView:
    id: int
    family_id: int
    person_id: int | None
    person_name: str | None
    purpose: str
    shared_with: str
    given_on: dt.date
    withdrawn_on: dt.date | None
    recorded_by: str | None
    version: int
    purpose_code: str | None = None
    recipient_key: str | None = None
    covers_confidential: bool = False

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class ExportResult:
    family_id: int
    json_path: Path
    pdf_path: Path | None


@dataclass(frozen=True)
class RetentionCandidate:
    family_id: int
    case_number: str
    household_name: str
    status: str
    closed_since: dt.date


@dataclass(frozen=True)
class RetentionResult:
    months: int
    cutoff: dt.date
    anonymised: tuple[int, ...]


# ----------------------------------------------------------------------------- the service


class GdprService:
    def __init__(self, db: Database, today: Today = SYSTEM_CLOCK, actor: Actor = SYSTEM):
        self.db = db
        self.today = today
        self.actor = actor

    # ----------------------------------------------------------------- consents
    def list_consents(self, family_id: int, include_withdrawn: bool = True) -> list[ConsentView]:
        stmt = (select(Consent, Person, Worker.full_name).outerjoin(Person, Person.id == Consent.person_id)
                .outerjoin(Worker, Worker.id == Consent.recorded_by_id)
                .where(Consent.family_id == family_id).order_by(Consent.given_on.desc(), Consent.id.desc()))
        if not include_withdrawn:
            stmt = stmt.where(Consent.withdrawn_on.is_(None))
        with self.db.read() as s:
            family_for(s, self.actor, family_id, Permission.EDIT_FAMILY)
            return [_consent(c, p, who) for c, p, who in s.execute(stmt)]

    def add_consent(self, family_id: int, data: ConsentInput) -> ConsentView:
        col = Collector()
        purpose_text = data.purpose.strip() or _purpose_text(data.purpose_code)
        for field, label, value in (("purpose", L_PURPOSE, purpose_text), ("shared_with", L_SHARED_WITH,
                                                                          data.shared_with)):
            if col.required(field, label, value):
                col.max_length(field, label, value, 200)
        if data.purpose_code is not None and data.purpose_code not in {p.value for p in ConsentPurpose}:
            col.add("purpose_code", NOT_IN_LIST, label=L_PURPOSE, value=data.purpose_code)
        if data.recipient_key is not None and not _RECIPIENT_KEY.match(data.recipient_key):
            col.add("recipient_key", NOT_IN_LIST, label=L_SHARED_WITH, value=data.recipient_key)
        if col.required("given_on", L_GIVEN_ON, data.given_on):
            col.not_future("given_on", L_GIVEN_ON, data.given_on, self.today())
        with self.db.session() as s:
            family_for(s, self.actor, family_id, Permission.EDIT_FAMILY)
            person = None
            if data.person_id is not None:
                person = s.get(Person, data.person_id)
                if person is None or person.family_id != family_id:
                    col.add("person_id", NOT_A_MEMBER, label=L_PERSON)
            col.raise_if_any()
            consent = Consent(family_id=family_id, person_id=data.person_id, purpose=purpose_text,
                              shared_with=data.shared_with.strip(), given_on=data.given_on,
                              recorded_by_id=self.actor.worker_id, purpose_code=data.purpose_code,
                              recipient_key=data.recipient_key or None,
                              covers_confidential=bool(data.covers_confidential))
            s.add(consent)
            s.flush()
            record(s, self.actor, AuditAction.EDIT, family_id, what="consent", consent_id=consent.id)
            return _consent(consent, person, self._name(s))

    def withdraw_consent(self, consent_id: int, withdrawn_on: dt.date | None = None) -> ConsentView:
        withdrawn_on = withdrawn_on or self.today()
        with self.db.session() as s:
            consent = s.get(Consent, consent_id)
            if consent is None:
                raise NotFoundError(NO_SUCH_CONSENT)
            family_for(s, self.actor, consent.family_id, Permission.EDIT_FAMILY)
            if consent.withdrawn_on is not None:
                raise ServiceError(ALREADY_WITHDRAWN)
            col = Collector()
            col.not_future("withdrawn_on", L_WITHDRAWN_ON, withdrawn_on, self.today())
            if withdrawn_on < consent.given_on:
                col.add("withdrawn_on", DATE_ORDER, label=L_WITHDRAWN_ON, other=L_GIVEN_ON)
            col.raise_if_any()
            consent.withdrawn_on = withdrawn_on
            s.flush()
            record(s, self.actor, AuditAction.EDIT, consent.family_id, what="consent_withdrawn",
                   consent_id=consent.id)
            person = s.get(Person, consent.person_id) if consent.person_id else None
            who = s.scalar(select(Worker.full_name).where(Worker.id == consent.recorded_by_id)) \
                if consent.recorded_by_id else None
            return _consent(consent, person, who)

    def _name(self, s: Session) -> str | None:
        if self.actor.worker_id is None:
            return None
        return s.scalar(select(Worker.full_name).where(Worker.id == self.actor.worker_id))

    # ----------------------------------------------------------------- subject access
    def subject_access_data(self, family_id: int) -> dict[str, Any]:
        """Everything held about the family, as JSON-ready data (the export is recorded)."""
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EXPORT_DATA)
            data = _collect(s, family)
            data["exported_at"] = utcnow().isoformat(timespec="seconds") + "Z"
            data["exported_by"] = self.actor.username
            record(s, self.actor, AuditAction.EXPORT, family_id, kind="subject_access")
            return data

    def export_family(self, family_id: int, json_path: str | Path, pdf_path: str | Path | None = None,
                      language: str = "en") -> ExportResult:
        """Write the subject access export: JSON (complete) and, if asked, a readable PDF."""
        from transition_app.documents.output import write_atomic

        data = self.subject_access_data(family_id)
        json_out = write_atomic(json_path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())
        pdf_out = None
        if pdf_path is not None:
            from transition_app.documents.pdf import write_pdf

            pdf_out = write_pdf(subject_access_document(data, language), pdf_path)
        return ExportResult(family_id, Path(json_out), Path(pdf_out) if pdf_out else None)

    # ----------------------------------------------------------------- erasure
    def anonymise_family(self, family_id: int, expected_version: int | None = None) -> None:
        """Erase the family's personal data on request (see the module documentation)."""
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.ERASE_DATA)
            if family.household_name == ANONYMISED:
                raise ServiceError(ALREADY_ANONYMISED)
            if expected_version is not None and family.version != expected_version:
                from transition_app.services.families import CHANGED_ELSEWHERE

                raise ConcurrencyError(CHANGED_ELSEWHERE)
            members = _anonymise(s, family)
            record(s, self.actor, AuditAction.ERASE, family_id, reason="request", members=members)

    # ----------------------------------------------------------------- retention
    def retention_months(self) -> int:
        with self.db.read() as s:
            value = s.scalar(select(AppSetting.value).where(AppSetting.key == RETENTION_KEY))
        return int(value) if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> None:
        self.actor.require(Permission.MANAGE_RETENTION)
        col = Collector()
        if not 1 <= months <= 240:
            col.add("months", OUT_OF_RANGE, label=L_MONTHS, min=1, max=240)
        col.raise_if_any()
        with self.db.session() as s:
            row = s.scalar(select(AppSetting).where(AppSetting.key == RETENTION_KEY))
            if row is None:
                s.add(AppSetting(key=RETENTION_KEY, value=months))
            else:
                row.value = months
            record(s, self.actor, AuditAction.SETTING_CHANGE, setting=RETENTION_KEY, value=months)

    def retention_cutoff(self, months: int | None = None) -> dt.date:
        return add_months(self.today(), -(months or self.retention_months()))

    def _due(self, cutoff: dt.date) -> Any:
        cutoff_at = dt.datetime.combine(cutoff, dt.time())
        stmt = select(Family.id).where(
            Family.status.in_(CLOSED_STATUSES), Family.household_name != ANONYMISED,
            Family.updated_at < cutoff_at, (Family.exit_date.is_(None)) | (Family.exit_date < cutoff))
        scope = family_scope(self.actor)
        return stmt.where(scope) if scope is not None else stmt

    def retention_preview(self) -> list[RetentionCandidate]:
        """The cases the retention rule would anonymise now (oldest first)."""
        self.actor.require(Permission.MANAGE_RETENTION)
        cutoff = self.retention_cutoff()
        ids = self._due(cutoff).subquery()
        stmt = (select(Family.id, Family.case_number, Family.household_name, Family.status, Family.updated_at,
                       Family.exit_date).where(Family.id.in_(select(ids.c.id))).order_by(Family.updated_at))
        with self.db.read() as s:
            return [RetentionCandidate(fid, case, name, status,
                                       max(updated.date(), exit_date) if exit_date else updated.date())
                    for fid, case, name, status, updated, exit_date in s.execute(stmt)]

    def apply_retention(self, batch: int = 200) -> RetentionResult:
        """Anonymise every case due under the retention rule (recorded per family and overall)."""
        self.actor.require(Permission.MANAGE_RETENTION)
        months = self.retention_months()
        cutoff = self.retention_cutoff(months)
        with self.db.read() as s:
            ids = list(s.scalars(self._due(cutoff).order_by(Family.id)))
        for start in range(0, len(ids), batch):
            with self.db.session() as s:
                for fid in ids[start:start + batch]:
                    family = s.get(Family, fid)
                    if family is None or family.household_name == ANONYMISED:
                        continue
                    members = _anonymise(s, family)
                    record(s, self.actor, AuditAction.ERASE, fid, reason="retention", members=members)
        if ids:
            with self.db.session() as s:
                record(s, self.actor, AuditAction.RETENTION, months=months, cutoff=cutoff.isoformat(),
                       families=len(ids))
        return RetentionResult(months, cutoff, tuple(ids))


def apply_retention_on_start(db: Database, today: Today = SYSTEM_CLOCK) -> RetentionResult:
    """The retention rule at start-up (as ``SYSTEM``): one indexed query when nothing is due."""
    return GdprService(db, today, SYSTEM).apply_retention()


# ----------------------------------------------------------------------------- internals


def _consent(c: Consent, person: Person | None, recorded_by: str | None) -> ConsentView:
    name = f"{person.family_name.upper()} {person.given_names}".strip() if person is not None else None
    return ConsentView(c.id, c.family_id, c.person_id, name, c.purpose, c.shared_with, c.given_on, c.withdrawn_on,
                       recorded_by, c.version, c.purpose_code, c.recipient_key, bool(c.covers_confidential))


#: a directory key: cpas:<NIS>, municipality:<NIS>, agency:<id>, entry:<id>
_RECIPIENT_KEY = re.compile(r"^(cpas|municipality):\d{5}$|^agency:[\w-]+$|^entry:\d+$")


def _purpose_text(code: str | None) -> str:
    """The English label of a purpose code (what the ``purpose`` column keeps when no text is typed)."""
    try:
        return PURPOSE_LABELS[ConsentPurpose(code)] if code else ""
    except ValueError:
        return ""


def _month(day: dt.date | None) -> dt.date | None:
    return day.replace(day=1) if day is not None else None


def _anonymise(s: Session, family: Family) -> int:
    """Remove the personal data of one family, in ``s``'s transaction; returns the member count."""
    fid = family.id
    members = list(s.scalars(select(Person).where(Person.family_id == fid).options(
        selectinload(Person.residence_card))))
    for i, p in enumerate(sorted(members, key=lambda m: m.position)):
        p.given_names = str(i + 1)
        p.family_name = ANONYMISED
        p.birth_date = p.birth_date.replace(month=1, day=1) if p.birth_date else None
        p.national_number = None
        card = p.residence_card
        if card is not None:
            card.number = None
            card.expiry_date = _month(card.expiry_date)
    decision = family.decision
    if decision is not None:
        decision.reference = None
        decision.asylum_application_date = _month(decision.asylum_application_date)
        decision.decision_date = _month(decision.decision_date) or decision.decision_date
        decision.notification_date = _month(decision.notification_date)
    for model in (ContactDetail, Note, Consent, Appointment, FamilyUpdate):
        s.execute(delete(model).where(model.family_id == fid))  # type: ignore[attr-defined]
    s.execute(update(ChecklistStep).where(ChecklistStep.family_id == fid, ChecklistStep.custom.is_not(None))
              .values(custom={"title": ANONYMISED}))
    s.execute(update(ChecklistStep).where(ChecklistStep.family_id == fid).values(note="", reason=""))
    s.execute(update(ChecklistEvent).where(ChecklistEvent.family_id == fid).values(note=""))
    s.execute(update(ExitExtension).where(ExitExtension.family_id == fid).values(reason=""))
    s.execute(update(DossierIssue).where(DossierIssue.family_id == fid).values(recipient_name=None))
    s.execute(update(BuddyAssignment).where(BuddyAssignment.family_id == fid, BuddyAssignment.unassigned_at.is_(None))
              .values(unassigned_at=utcnow()))
    family.household_name = ANONYMISED
    family.search_text = fold(f"{family.case_number} {ANONYMISED}")
    family.arrival_date = _month(family.arrival_date)
    family.exit_date = _month(family.exit_date)
    if family.status != enums.FamilyStatus.ARCHIVED:
        family.status = enums.FamilyStatus.ARCHIVED
    family.archived_at = family.archived_at or utcnow()
    s.flush()
    s.expire(family)
    return len(members)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _collect(s: Session, f: Family) -> dict[str, Any]:
    """The subject access data of one family (every table that refers to it)."""
    from transition_app.domain import directory

    fid = f.id
    names = dict(s.execute(select(Worker.id, Worker.full_name)).all())
    municipality = directory.municipality(f.destination_nis) if f.destination_nis else None
    members = list(s.scalars(select(Person).where(Person.family_id == fid).order_by(Person.position)
                             .options(selectinload(Person.residence_card))))
    d = f.decision
    plan = s.scalar(select(ChecklistPlan).where(ChecklistPlan.family_id == fid))
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "family": {
            "id": fid, "case_number": f.case_number, "status": f.status,
            "centre": f.centre.name if f.centre else None, "social_worker": names.get(f.worker_id),
            "arrival_date": _iso(f.arrival_date), "exit_date": _iso(f.exit_date),
            "destination_municipality": municipality.name() if municipality else f.destination_nis,
            "destination_nis": f.destination_nis, "archived_at": _iso(f.archived_at),
            "created_at": _iso(f.created_at), "updated_at": _iso(f.updated_at),
        },
        "members": [{
            "given_names": p.given_names, "family_name": p.family_name, "relation": p.relation,
            "birth_date": _iso(p.birth_date), "sex": p.sex, "nationality": p.nationality,
            "languages": p.languages.split(), "preferred_language": p.preferred_language,
            "national_number": p.national_number, "in_belgium": p.in_belgium,
            "residence_card": {"type": p.residence_card.card_type, "number": p.residence_card.number,
                               "expiry_date": _iso(p.residence_card.expiry_date)} if p.residence_card else None,
        } for p in members],
        "contacts": [{"kind": c.kind, "value": c.value, "label": c.label} for c in s.scalars(
            select(ContactDetail).where(ContactDetail.family_id == fid).order_by(ContactDetail.id))],
        "protection_decision": {
            "protection_type": d.protection_type, "deciding_body": d.deciding_body,
            "asylum_application_date": _iso(d.asylum_application_date), "decision_date": _iso(d.decision_date),
            "notification_date": _iso(d.notification_date), "reference": d.reference,
        } if d else None,
        "notes": [{"text": n.text, "confidential": n.confidential, "author": names.get(n.author_id),
                   "created_at": _iso(n.created_at)} for n in s.scalars(
            select(Note).where(Note.family_id == fid).order_by(Note.created_at, Note.id))],
        "checklist": {
            "region": plan.region if plan else None,
            "exit_due": _iso(plan.exit_due) if plan else None,
            "steps": [{"step": st.step_id, "track": st.track, "status": st.status, "reason": st.reason,
                       "note": st.note, "done_on": _iso(st.done_on), "due_date": _iso(st.due_date),
                       "title": (st.custom or {}).get("title"), "changed_by": names.get(st.changed_by_id),
                       "changed_at": _iso(st.changed_at)} for st in s.scalars(
                select(ChecklistStep).where(ChecklistStep.family_id == fid).order_by(ChecklistStep.position))],
            "history": [{"step": e.step_id, "kind": e.kind, "old_status": e.old_status, "new_status": e.new_status,
                         "note": e.note, "by": names.get(e.worker_id), "at": _iso(e.at)} for e in s.scalars(
                select(ChecklistEvent).where(ChecklistEvent.family_id == fid).order_by(ChecklistEvent.at,
                                                                                       ChecklistEvent.id))],
            "extensions": [{"months": x.months, "reason": x.reason, "granted_on": _iso(x.granted_on)}
                           for x in s.scalars(select(ExitExtension).where(ExitExtension.family_id == fid)
                                              .order_by(ExitExtension.granted_on))],
        },
        "appointments": [{"title": a.title, "starts_at": _iso(a.starts_at), "ends_at": _iso(a.ends_at),
                          "place": a.place, "bring": list(a.bring or []), "accompanied_by": a.accompanied_by}
                         for a in s.scalars(select(Appointment).where(Appointment.family_id == fid)
                                            .order_by(Appointment.starts_at))],
        "consents": [{"purpose": c.purpose, "shared_with": c.shared_with, "given_on": _iso(c.given_on),
                      "withdrawn_on": _iso(c.withdrawn_on), "person": _member_name(members, c.person_id)}
                     for c in s.scalars(select(Consent).where(Consent.family_id == fid).order_by(Consent.given_on))],
        "admin_buddies": [{"buddy": names.get(b.buddy_id), "assigned_at": _iso(b.assigned_at),
                           "unassigned_at": _iso(b.unassigned_at)} for b in s.scalars(
            select(BuddyAssignment).where(BuddyAssignment.family_id == fid).order_by(BuddyAssignment.assigned_at))],
        "dossiers_issued": [{"issued_at": _iso(i.issued_at), "issued_by": names.get(i.issued_by_id),
                             "recipient_kind": i.recipient_kind, "recipient": i.recipient_name,
                             "sections": list(i.sections or []), "format": i.file_format} for i in s.scalars(
            select(DossierIssue).where(DossierIssue.family_id == fid).order_by(DossierIssue.issued_at))],
        "access_log": [{"at": _iso(a.at), "by": a.actor, "action": a.action, "details": a.details}
                       for a in s.scalars(select(AuditEntry).where(AuditEntry.family_id == fid)
                                          .order_by(AuditEntry.id))],
        "counts": {"members": len(members), "audit_entries": s.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.family_id == fid)) or 0},
    }


def _member_name(members: list[Person], person_id: int | None) -> str | None:
    for p in members:
        if p.id == person_id:
            return f"{p.given_names} {p.family_name}"
    return None


# ----------------------------------------------------------------------------- the readable PDF


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items() if v not in (None, "", []))
    return str(value)


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def subject_access_document(data: dict[str, Any], language: str = "en") -> Any:
    """A readable rendering of :meth:`GdprService.subject_access_data` (English labels)."""
    from transition_app.documents import model as m

    fam = data["family"]
    blocks: list[Any] = [
        m.Heading(f"Personal data held about case {fam['case_number']}"),
        m.Paragraph(f"Subject access export made on {data['exported_at'][:10]} by {data['exported_by']}. "
                    "The attached JSON file holds the same data in machine-readable form."),
        m.Heading("Case", 2),
        m.KeyValueTable(tuple((_label(k), _text(v)) for k, v in fam.items() if k != "id")),
        m.Heading("Household members", 2),
    ]
    for person in data["members"]:
        blocks.append(m.Heading(f"{person['given_names']} {person['family_name']}", 3))
        blocks.append(m.KeyValueTable(tuple((_label(k), _text(v)) for k, v in person.items()
                                            if k not in ("given_names", "family_name"))))
    if data["protection_decision"]:
        blocks += [m.Heading("Protection decision", 2),
                   m.KeyValueTable(tuple((_label(k), _text(v)) for k, v in data["protection_decision"].items()))]
    for title, key, columns in (
        ("Contact details", "contacts", ("kind", "value", "label")),
        ("Notes", "notes", ("created_at", "author", "confidential", "text")),
        ("Consents", "consents", ("purpose", "shared_with", "given_on", "withdrawn_on", "person")),
        ("Appointments", "appointments", ("starts_at", "title", "place", "accompanied_by")),
        ("Admin buddies", "admin_buddies", ("buddy", "assigned_at", "unassigned_at")),
        ("Handover dossiers issued", "dossiers_issued", ("issued_at", "issued_by", "recipient_kind", "recipient")),
    ):
        rows = data[key]
        blocks.append(m.Heading(title, 2))
        if not rows:
            blocks.append(m.Paragraph("None recorded."))
            continue
        blocks.append(m.Table(tuple(_label(c) for c in columns),
                              tuple(tuple(_text(r.get(c)) for c in columns) for r in rows)))
    steps = data["checklist"]["steps"]
    blocks.append(m.Heading("Exit-support checklist", 2))
    if steps:
        blocks.append(m.Table(("Step", "Status", "Due", "Done", "Note"),
                              tuple((s["title"] or s["step"], s["status"], _text(s["due_date"]), _text(s["done_on"]),
                                     s["note"] or "") for s in steps), widths=(4, 1.3, 1.3, 1.3, 2.5)))
    else:
        blocks.append(m.Paragraph("No checklist."))
    log = data["access_log"]
    blocks.append(m.Heading("Who accessed or changed the file", 2))
    blocks.append(m.Table(("When (UTC)", "Who", "What"),
                          tuple((str(a["at"])[:16].replace("T", " "), a["by"], a["action"]) for a in log))
                  if log else m.Paragraph("No access recorded."))
    return m.Document(title=f"Subject access export {fam['case_number']}", language=language,
                      sections=(m.Section(language, tuple(blocks)),), subject="Subject access export")


__all__ = ["GdprService", "ConsentInput", "ConsentView", "ExportResult", "RetentionCandidate", "RetentionResult",
           "apply_retention_on_start", "subject_access_document", "ANONYMISED"]
