"""Use cases on families: create, edit, record the protection decision, list, search, archive.

Everything here is Qt-free.  Input is validated before anything is written, and
each call is one transaction: on any error nothing half-written is committed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import SYSTEM_CLOCK, Today
from transition_app.domain import directory, enums, identifiers
from transition_app.domain.reference import languages, nationality_codes
from transition_app.domain.text import fold, tokens
from transition_app.domain.validation import (
    AMOUNT_RANGE,
    DUPLICATE,
    INVALID_EMAIL,
    NO_MEMBERS,
    ONE_HEAD,
    POSTCODE_ELSEWHERE,
    PREFERRED_NOT_SPOKEN,
    TOO_LONG,
    UNKNOWN_CODE,
    UNKNOWN_POSTCODE,
    Collector,
    ConcurrencyError,
    ErrorCode,
    FieldError,
    ServiceError,
    ValidationError,
)
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.dto import (
    ContactInput,
    DecisionInput,
    DwellingInput,
    FamilyDetail,
    FamilyInput,
    FamilyQuery,
    FamilySummary,
    NoteView,
    PersonInput,
    PersonView,
)
from transition_app.services.scope import (
    check_centre,
    family_for,
    family_scope,
    redact_detail,
    redact_summary,
    redacted,
)
from transition_app.services.staff import CENTRE_RETIRED
from transition_app.store.database import Database
from transition_app.store.models import (
    ContactDetail,
    Dwelling,
    Family,
    Note,
    Person,
    ProtectionDecision,
    ReceptionCentre,
    ResidenceCard,
    Worker,
    utcnow,
)

L_GIVEN = QT_TRANSLATE_NOOP("Validation", "Given names")
L_FAMILY_NAME = QT_TRANSLATE_NOOP("Validation", "Family name")
L_RELATION = QT_TRANSLATE_NOOP("Validation", "Relation to the head of household")
L_BIRTH = QT_TRANSLATE_NOOP("Validation", "Birth date")
L_SEX = QT_TRANSLATE_NOOP("Validation", "Sex")
L_NATIONALITY = QT_TRANSLATE_NOOP("Validation", "Nationality")
L_LANGUAGES = QT_TRANSLATE_NOOP("Validation", "Languages spoken")
L_PREFERRED = QT_TRANSLATE_NOOP("Validation", "Preferred language")
L_NRN = QT_TRANSLATE_NOOP("Validation", "National register number")
L_CARD_TYPE = QT_TRANSLATE_NOOP("Validation", "Residence card type")
L_CARD_NUMBER = QT_TRANSLATE_NOOP("Validation", "Residence card number")
L_STATUS = QT_TRANSLATE_NOOP("Validation", "Case status")
L_CASE = QT_TRANSLATE_NOOP("Validation", "Case number")
L_CENTRE = QT_TRANSLATE_NOOP("Validation", "Reception centre")
L_WORKER = QT_TRANSLATE_NOOP("Validation", "Social worker")
L_ARRIVAL = QT_TRANSLATE_NOOP("Validation", "Arrival date")
L_EXIT = QT_TRANSLATE_NOOP("Validation", "Exit date")
L_DESTINATION = QT_TRANSLATE_NOOP("Validation", "Destination municipality")
L_CONTACT_KIND = QT_TRANSLATE_NOOP("Validation", "Contact type")
L_CONTACT_VALUE = QT_TRANSLATE_NOOP("Validation", "Contact")
L_PROTECTION = QT_TRANSLATE_NOOP("Validation", "Protection status")
L_BODY = QT_TRANSLATE_NOOP("Validation", "Deciding body")
L_DECISION = QT_TRANSLATE_NOOP("Validation", "Decision date")
L_APPLICATION = QT_TRANSLATE_NOOP("Validation", "Asylum application date")
L_NOTIFICATION = QT_TRANSLATE_NOOP("Validation", "Notification date")
L_REFERENCE = QT_TRANSLATE_NOOP("Validation", "Decision reference")
L_OE = QT_TRANSLATE_NOOP("Validation", "Immigration Office (OE/DVZ) number")
L_NOTE = QT_TRANSLATE_NOOP("Validation", "Note")
L_EXIT_MODE = QT_TRANSLATE_NOOP("Validation", "How the family left")
L_DW_ADDRESS = QT_TRANSLATE_NOOP("Validation", "Address of the new dwelling")
L_DW_POSTCODE = QT_TRANSLATE_NOOP("Validation", "Postcode of the new dwelling")
L_DW_MUNICIPALITY = QT_TRANSLATE_NOOP("Validation", "Municipality of the new dwelling")
L_RENT = QT_TRANSLATE_NOOP("Validation", "Monthly rent")
L_CHARGES = QT_TRANSLATE_NOOP("Validation", "Monthly charges")
L_GUARANTEE = QT_TRANSLATE_NOOP("Validation", "Rental guarantee")
L_LANDLORD = QT_TRANSLATE_NOOP("Validation", "Landlord")
L_LANDLORD_ADDRESS = QT_TRANSLATE_NOOP("Validation", "Landlord's address")
L_LANDLORD_POSTCODE = QT_TRANSLATE_NOOP("Validation", "Landlord's postcode")
L_LANDLORD_PHONE = QT_TRANSLATE_NOOP("Validation", "Landlord's phone")
L_LANDLORD_EMAIL = QT_TRANSLATE_NOOP("Validation", "Landlord's e-mail")

CHANGED_ELSEWHERE = ErrorCode("family.changed_elsewhere", QT_TRANSLATE_NOOP(
    "Services", "This family was changed by someone else since you opened it. "
    "Reopen it to see the changes, then make yours again."
))
# the identifiers a CPAS needs (domain.identifiers); {member} is the member's name as the dialog shows it
NRN_LENGTH = ErrorCode("family.nrn_length", QT_TRANSLATE_NOOP(
    "Validation", "{member}: a national register number has 11 digits (YY.MM.DD-XXX.CC); the one entered has "
                  "{count}."), "Validation")
NRN_NOT_DIGITS = ErrorCode("family.nrn_not_digits", QT_TRANSLATE_NOOP(
    "Validation", "{member}: a national register number has only digits, dots and a hyphen "
                  "(YY.MM.DD-XXX.CC)."), "Validation")
NRN_CHECK_DIGITS = ErrorCode("family.nrn_check_digits", QT_TRANSLATE_NOOP(
    "Validation", "{member}: the national register number is not valid: its last two digits do not match the "
                  "others. Copy it again from the residence card."), "Validation")
NRN_BIRTH_DATE = ErrorCode("family.nrn_birth_date", QT_TRANSLATE_NOOP(
    "Validation", "{member}: the national register number is not valid: its first six digits are not a birth "
                  "date (YY.MM.DD)."), "Validation")
NRN_NOT_BIRTH = ErrorCode("family.nrn_other_birth_date", QT_TRANSLATE_NOOP(
    "Validation", "{member}: the national register number is for someone born on {encoded}, but the birth "
                  "date entered is {birth_date}. Correct one of the two."), "Validation")
OE_NOT_DIGITS = ErrorCode("family.oe_not_digits", QT_TRANSLATE_NOOP(
    "Validation", "{label}: only digits, with or without dots (for example 8.123.456)."), "Validation")
OE_LENGTH = ErrorCode("family.oe_length", QT_TRANSLATE_NOOP(
    "Validation", "{label}: it has {count} digits; an Immigration Office number has {min} to {max}."),
    "Validation")
REFERENCE_CONTROL = ErrorCode("family.reference_control", QT_TRANSLATE_NOOP(
    "Validation", "{label}: it contains characters that cannot be printed. Type it again."), "Validation")
_NRN_CODES = {identifiers.LENGTH: NRN_LENGTH, identifiers.NOT_DIGITS: NRN_NOT_DIGITS,
              identifiers.CHECK_DIGITS: NRN_CHECK_DIGITS, identifiers.BIRTH_DATE: NRN_BIRTH_DATE}

ONLY_CLOSED_ARCHIVED = ErrorCode("family.archive_not_closed", QT_TRANSLATE_NOOP(
    "Services", "Only a closed case can be archived."))

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CASE_PREFIX = "TA"



@cache
def _values(enum_cls: type[enums.StrEnum]) -> frozenset[str]:
    return frozenset(e.value for e in enum_cls)  # type: ignore[attr-defined]


def _spaced(codes: Iterable[str]) -> str:
    """Codes stored as ' a b ' so that ``LIKE '% a %'`` finds one exactly, on any database."""
    unique = sorted({c for c in codes if c})
    return f" {' '.join(unique)} " if unique else ""


class FamilyService:
    """Families as ``actor`` may see and change them (see ``services.scope``); every view and
    change is recorded in the audit log in the same transaction."""

    def __init__(self, db: Database, today: Today = SYSTEM_CLOCK, actor: Actor = SYSTEM):
        self.db = db
        self.today = today
        self.actor = actor

    # ----------------------------------------------------------------- validation
    def _validate(self, s: Session, data: FamilyInput, family_id: int | None) -> None:
        col = Collector()
        today = self.today()
        col.choice("status", L_STATUS, data.status, _values(enums.FamilyStatus))
        if data.case_number is not None:
            col.max_length("case_number", L_CASE, data.case_number, 32)
            clash = s.scalar(select(Family.id).where(Family.case_number == data.case_number.strip()))
            if clash is not None and clash != family_id:
                col.add("case_number", DUPLICATE, label=L_CASE, value=data.case_number)
        if data.centre_id is not None and s.get(ReceptionCentre, data.centre_id) is None:
            col.add("centre_id", UNKNOWN_CODE, label=L_CENTRE, value=data.centre_id)
        elif family_id is None and data.centre_id is not None and s.get(ReceptionCentre, data.centre_id).retired_at:
            col.add("centre_id", CENTRE_RETIRED, label=L_CENTRE)  # a retired centre takes no new families
        if data.worker_id is not None and s.get(Worker, data.worker_id) is None:
            col.add("worker_id", UNKNOWN_CODE, label=L_WORKER, value=data.worker_id)
        col.not_future("arrival_date", L_ARRIVAL, data.arrival_date, today)
        col.order("exit_date", L_EXIT, data.exit_date, L_ARRIVAL, data.arrival_date)
        if data.destination_nis is not None and directory.municipality(data.destination_nis) is None:
            col.add("destination_nis", UNKNOWN_CODE, label=L_DESTINATION, value=data.destination_nis)
        check_oe_number(col, "oe_number", data.oe_number)

        if not data.members:
            col.add("members", NO_MEMBERS)
        heads = sum(1 for m in data.members if m.relation == enums.Relation.HEAD)
        if data.members and heads != 1:
            col.add("members", ONE_HEAD, count=heads)
        for i, m in enumerate(data.members):
            self._validate_person(col, f"members[{i}]", m, today)
        for i, c in enumerate(data.contacts):
            p = f"contacts[{i}]"
            col.choice(f"{p}.kind", L_CONTACT_KIND, c.kind, _values(enums.ContactKind))
            if col.required(f"{p}.value", L_CONTACT_VALUE, c.value):
                col.max_length(f"{p}.value", L_CONTACT_VALUE, c.value, 300)
                if c.kind == enums.ContactKind.EMAIL and not _EMAIL.match(c.value.strip()):
                    col.add(f"{p}.value", INVALID_EMAIL, label=L_CONTACT_VALUE, value=c.value)
        if data.decision is not None:
            self._validate_decision(col, data.decision, today)
        col.choice("exit_mode", L_EXIT_MODE, data.exit_mode, _values(enums.ExitMode))
        if data.dwelling is not None:
            validate_dwelling(col, data.dwelling, data.destination_nis)
        col.raise_if_any()

    def check(self, data: FamilyInput, family_id: int | None = None) -> list[FieldError]:
        """Every problem saving ``data`` would meet (a new family, or ``family_id``), without writing
        anything: the family dialog shows them all at once with the ones it finds itself."""
        self.actor.require(Permission.CREATE_FAMILY if family_id is None else Permission.EDIT_FAMILY)
        with self.db.read() as s:
            if family_id is not None:
                family_for(s, self.actor, family_id, Permission.EDIT_FAMILY)
            return self._validation_problems(s, data, family_id)

    def _validation_problems(self, s: Session, data: FamilyInput, family_id: int | None = None) -> list[FieldError]:
        """Every problem of ``data`` by the rules of a family entered by hand (``_validate``), as a
        list (empty: none) rather than an exception, in the caller's transaction: the import
        (``services.importing``) checks thousands of families at once."""
        try:
            self._validate(s, data, family_id)
        except ValidationError as exc:
            return list(exc.errors)
        return []

    def _validate_person(self, col: Collector, p: str, m: PersonInput, today: dt.date) -> None:
        if col.required(f"{p}.given_names", L_GIVEN, m.given_names):
            col.max_length(f"{p}.given_names", L_GIVEN, m.given_names, 200)
        if col.required(f"{p}.family_name", L_FAMILY_NAME, m.family_name):
            col.max_length(f"{p}.family_name", L_FAMILY_NAME, m.family_name, 200)
        col.choice(f"{p}.relation", L_RELATION, m.relation, _values(enums.Relation))
        col.choice(f"{p}.sex", L_SEX, m.sex, _values(enums.Sex))
        col.not_future(f"{p}.birth_date", L_BIRTH, m.birth_date, today)
        if m.nationality is not None and m.nationality not in nationality_codes():
            col.add(f"{p}.nationality", UNKNOWN_CODE, label=L_NATIONALITY, value=m.nationality)
        known = languages()
        for code in m.languages:
            if code not in known:
                col.add(f"{p}.languages", UNKNOWN_CODE, label=L_LANGUAGES, value=code)
        if m.preferred_language is not None and m.preferred_language not in m.languages:
            col.add(f"{p}.preferred_language", PREFERRED_NOT_SPOKEN, label=L_PREFERRED)
        check_member_nrn(col, f"{p}.national_number", m)
        col.choice(f"{p}.card_type", L_CARD_TYPE, m.card_type, _values(enums.CardType))
        col.max_length(f"{p}.card_number", L_CARD_NUMBER, m.card_number, 32)

    def _validate_decision(self, col: Collector, d: DecisionInput, today: dt.date) -> None:
        col.choice("decision.protection_type", L_PROTECTION, d.protection_type, _values(enums.ProtectionType))
        col.choice("decision.deciding_body", L_BODY, d.deciding_body, _values(enums.DecidingBody))
        if col.required("decision.decision_date", L_DECISION, d.decision_date):
            col.not_future("decision.decision_date", L_DECISION, d.decision_date, today)
        col.not_future("decision.asylum_application_date", L_APPLICATION, d.asylum_application_date, today)
        col.not_future("decision.notification_date", L_NOTIFICATION, d.notification_date, today)
        col.order("decision.decision_date", L_DECISION, d.decision_date, L_APPLICATION,
                  d.asylum_application_date)
        col.order("decision.notification_date", L_NOTIFICATION, d.notification_date, L_DECISION,
                  d.decision_date)
        if d.reference:
            try:
                identifiers.check_reference(d.reference)
            except identifiers.IdentifierError as exc:
                if exc.reason == identifiers.CONTROL:
                    col.add("decision.reference", REFERENCE_CONTROL, label=L_REFERENCE)
                else:
                    col.add("decision.reference", TOO_LONG, label=L_REFERENCE, max=identifiers.REFERENCE_MAX)

    # ------------------------------------------------------------------- writing
    def create_family(self, data: FamilyInput) -> FamilyDetail:
        """Record a new family; the person who records it always sees it (``created_by_id``)."""
        self.actor.require(Permission.CREATE_FAMILY)
        data = dataclasses.replace(data, centre_id=check_centre(self.actor, data.centre_id))
        if data.worker_id is None and self.actor.role == enums.Role.SOCIAL_WORKER:  # who follows it, signs its letters
            data = dataclasses.replace(data, worker_id=self.actor.worker_id)
        with self.db.session() as s:
            self._validate(s, data, None)
            family = Family(case_number=(data.case_number or "").strip() or self._next_case_number(s),
                            created_by_id=self.actor.worker_id)
            self._apply(s, family, data)
            s.add(family)
            s.flush()
            _sync_checklist(s, family, self.today())  # a family created with its decision
            record(s, self.actor, AuditAction.CREATE, family.id, members=len(family.members))
            return self._detail(family)

    def update_family(self, family_id: int, data: FamilyInput, expected_version: int) -> FamilyDetail:
        with self.db.session() as s:
            family = self._load_for_write(s, family_id, expected_version)
            if data.centre_id != family.centre_id:
                data = dataclasses.replace(data, centre_id=check_centre(self.actor, data.centre_id))
            self._validate(s, data, family_id)
            if data.case_number:
                family.case_number = data.case_number.strip()
            self._apply(s, family, data)
            detail = self._flush_detail(s, family, sync_checklist=True)
            record(s, self.actor, AuditAction.EDIT, family_id, what="family", status=family.status)
            return detail

    def record_decision(self, family_id: int, decision: DecisionInput, expected_version: int) -> FamilyDetail:
        """Record (or correct) the protection decision; the case enters the transition phase."""
        with self.db.session() as s:
            family = self._load_for_write(s, family_id, expected_version)
            col = Collector()
            self._validate_decision(col, decision, self.today())
            col.raise_if_any()
            self._apply_decision(family, decision)
            if family.status == enums.FamilyStatus.AWAITING_DECISION:
                family.status = enums.FamilyStatus.TRANSITION
            family.updated_at = utcnow()
            detail = self._flush_detail(s, family, sync_checklist=True)
            record(s, self.actor, AuditAction.EDIT, family_id, what="decision")
            return detail

    def set_dwelling(self, family_id: int, dwelling: DwellingInput | None, expected_version: int) -> FamilyDetail:
        """Record (or correct, or with ``None`` / an empty record remove) the family's new dwelling,
        so that every letter is prefilled with it (the letter dialog's "Save to the family file").

        Validated as in the family file (``validate_dwelling``: every problem at once, with paths
        ``dwelling.*``); a family without a destination municipality gets the dwelling's.  Recorded
        as an edit of the dwelling (ids only)."""
        with self.db.session() as s:
            family = self._load_for_write(s, family_id, expected_version)
            if dwelling is not None and not dwelling.is_empty:
                col = Collector()
                validate_dwelling(col, dwelling, family.destination_nis)
                col.raise_if_any()
            destination = family.destination_nis
            with s.no_autoflush:
                _apply_dwelling(family, dwelling)
                if family.destination_nis is None and family.dwelling is not None:
                    family.destination_nis = family.dwelling.municipality_nis
                family.updated_at = utcnow()  # one version step, as for any change of the file
            detail = self._flush_detail(s, family, sync_checklist=family.destination_nis != destination)
            record(s, self.actor, AuditAction.EDIT, family_id, what="dwelling",
                   removed=family.dwelling is None)
            return detail

    def archive_family(self, family_id: int, expected_version: int) -> FamilyDetail:
        with self.db.session() as s:
            family = self._load_for_write(s, family_id, expected_version, Permission.ARCHIVE_FAMILY)
            if family.status != enums.FamilyStatus.CLOSED:
                raise ServiceError(ONLY_CLOSED_ARCHIVED)
            family.status = enums.FamilyStatus.ARCHIVED
            family.archived_at = utcnow()
            detail = self._flush_detail(s, family)
            record(s, self.actor, AuditAction.ARCHIVE, family_id)
            return detail

    def add_note(self, family_id: int, text: str, confidential: bool = False,
                 author_id: int | None = None) -> NoteView:
        col = Collector()
        if col.required("note", L_NOTE, text):
            col.max_length("note", L_NOTE, text, 20_000)
        col.raise_if_any()
        if confidential:
            self.actor.require(Permission.VIEW_CONFIDENTIAL_NOTES)
        if self.actor.worker_id is not None:  # a signed-in person writes in their own name
            author_id = self.actor.worker_id
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, Permission.EDIT_FAMILY)
            note = Note(family=family, text=text.strip(), confidential=confidential, author_id=author_id)
            s.add(note)
            s.flush()
            record(s, self.actor, AuditAction.EDIT, family_id, what="note", confidential=confidential)
            return NoteView(note.id, note.text, note.confidential,
                            note.author.full_name if note.author else None, note.created_at)

    def _load_for_write(self, s: Session, family_id: int, expected_version: int,
                        permission: Permission = Permission.EDIT_FAMILY) -> Family:
        family = family_for(s, self.actor, family_id, permission, options=[selectinload(Family.members)])
        if family.version != expected_version:
            raise ConcurrencyError(CHANGED_ELSEWHERE)
        return family

    def _flush_detail(self, s: Session, family: Family, sync_checklist: bool = False) -> FamilyDetail:
        try:
            s.flush()
        except StaleDataError as exc:
            raise ConcurrencyError(CHANGED_ELSEWHERE) from exc
        if sync_checklist:  # plan it (new decision), re-plan it (new municipality), move its due dates
            _sync_checklist(s, family, self.today())
        return self._detail(family)

    def _next_case_number(self, s: Session) -> str:
        prefix = f"{CASE_PREFIX}-{self.today().year}-"
        last = s.scalar(
            select(Family.case_number).where(Family.case_number.like(f"{prefix}%"))
            .order_by(Family.case_number.desc()).limit(1)
        )
        n = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
        return f"{prefix}{n:05d}"

    def _apply(self, s: Session, family: Family, data: FamilyInput) -> None:
        """Copy ``data`` onto ``family`` (one UPDATE of the family row, so one version step)."""
        worker_name = s.get(Worker, data.worker_id).full_name if data.worker_id else ""
        with s.no_autoflush:
            self._apply_fields(family, data, worker_name)

    def _apply_fields(self, family: Family, data: FamilyInput, worker_name: str) -> None:
        family.status = data.status
        family.centre_id = data.centre_id
        family.worker_id = data.worker_id
        family.arrival_date = data.arrival_date
        family.exit_date = data.exit_date
        family.exit_mode = data.exit_mode
        family.destination_nis = data.destination_nis
        family.oe_number = identifiers.compact_oe(data.oe_number) or None  # digits; validated before
        _apply_dwelling(family, data.dwelling)
        if family.destination_nis is None and family.dwelling is not None:
            family.destination_nis = family.dwelling.municipality_nis  # the new home says where they go
        family.updated_at = utcnow()  # bumps the version even when only members change

        existing = {p.id: p for p in family.members}
        members: list[Person] = []
        for pos, m in enumerate(data.members):
            person = existing.get(m.id) if m.id is not None else None
            if person is None:
                person = Person()
            self._apply_person(person, m, pos)
            members.append(person)
        family.members = members
        family.contacts = [ContactDetail(kind=c.kind, value=c.value.strip(), label=c.label)
                           for c in data.contacts]
        if data.decision is not None:
            self._apply_decision(family, data.decision)
        elif family.decision is not None:
            family.decision = None
        self._denormalise(family, worker_name)

    @staticmethod
    def _apply_person(person: Person, m: PersonInput, pos: int) -> None:
        person.position = pos
        person.given_names = m.given_names.strip()
        person.family_name = m.family_name.strip()
        person.relation = m.relation
        person.birth_date = m.birth_date
        person.sex = m.sex
        person.nationality = m.nationality
        person.languages = " ".join(dict.fromkeys(m.languages))
        person.preferred_language = m.preferred_language
        person.national_number = _compact_nrn(m.national_number)
        person.in_belgium = m.in_belgium
        if m.card_type:
            card = person.residence_card or ResidenceCard()
            card.card_type = m.card_type
            card.number = (m.card_number or "").strip() or None
            card.expiry_date = m.card_expiry
            person.residence_card = card
        elif person.residence_card is not None:
            person.residence_card = None

    @staticmethod
    def _apply_decision(family: Family, d: DecisionInput) -> None:
        dec = family.decision or ProtectionDecision()
        dec.protection_type = d.protection_type
        dec.deciding_body = d.deciding_body
        dec.decision_date = d.decision_date
        dec.asylum_application_date = d.asylum_application_date
        dec.notification_date = d.notification_date
        dec.reference = " ".join((d.reference or "").split()) or None
        family.decision = dec

    @staticmethod
    def _denormalise(family: Family, worker_name: str) -> None:
        fields = household_fields(
            family.case_number,
            [(p.given_names, p.family_name, p.relation, p.nationality, p.languages.split())
             for p in family.members],
            worker_name,
        )
        for key, value in fields.items():
            setattr(family, key, value)

    # ------------------------------------------------------------------- reading
    def get_family(self, family_id: int) -> FamilyDetail:
        """The family file (what the actor's role may see of it); the view is recorded."""
        with self.db.session() as s:
            family = family_for(s, self.actor, family_id, options=[
                selectinload(Family.members).selectinload(Person.residence_card),
                selectinload(Family.contacts), selectinload(Family.notes).selectinload(Note.author),
                selectinload(Family.decision), selectinload(Family.dwelling),
            ])
            detail = redact_detail(self.actor, self._detail(family))
            record(s, self.actor, AuditAction.VIEW, family_id, section="file")
            return detail

    @staticmethod
    def _detail(f: Family) -> FamilyDetail:
        d = f.decision
        return FamilyDetail(
            id=f.id, version=f.version, case_number=f.case_number, status=f.status,
            centre_id=f.centre_id, centre_name=f.centre.name if f.centre else None,
            worker_id=f.worker_id, worker_name=f.worker.full_name if f.worker else None,
            arrival_date=f.arrival_date, exit_date=f.exit_date, destination_nis=f.destination_nis,
            archived_at=f.archived_at,
            members=tuple(_person_view(p) for p in f.members),
            contacts=tuple(ContactInput(c.kind, c.value, c.label) for c in f.contacts),
            decision=DecisionInput(d.protection_type, d.deciding_body, d.decision_date,
                                   d.asylum_application_date, d.notification_date, d.reference)
            if d else None,
            notes=tuple(NoteView(n.id, n.text, n.confidential, n.author.full_name if n.author else None,
                                 n.created_at) for n in f.notes),
            created_at=f.created_at, updated_at=f.updated_at,
            dwelling=dwelling_input(f.dwelling) if f.dwelling is not None else None,
            exit_mode=f.exit_mode, created_by_id=f.created_by_id,
            oe_number=identifiers.format_oe(f.oe_number) if f.oe_number else None,
        )

    def search(self, query: FamilyQuery, limit: int | None = None, ordered: bool = True) -> list[FamilySummary]:
        """Families matching ``query`` (SQL, portable), by household name unless ``ordered`` is False."""
        stmt = _summary_select()
        scope = family_scope(self.actor)
        if scope is not None:
            stmt = stmt.where(scope)
        for tok in tokens(query.text):
            stmt = stmt.where(Family.search_text.contains(tok, autoescape=True))
        if query.status:
            stmt = stmt.where(Family.status == query.status)
        elif not query.include_archived:
            stmt = stmt.where(Family.status != enums.FamilyStatus.ARCHIVED)
        if query.worker_id is not None:
            stmt = stmt.where(Family.worker_id == query.worker_id)
        if query.nationality:
            stmt = stmt.where(Family.nationalities.contains(f" {query.nationality} ", autoescape=True))
        if query.language:
            stmt = stmt.where(Family.languages.contains(f" {query.language} ", autoescape=True))
        if ordered:
            stmt = stmt.order_by(Family.household_name, Family.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.engine.connect() as conn:
            rows = [FamilySummary._make(row) for row in conn.execute(stmt)]
        if redacted(self.actor):
            rows = [redact_summary(self.actor, r) for r in rows]
        return rows

    def list_summaries(self, include_archived: bool = True) -> list[FamilySummary]:
        """Every family, unordered (the main window holds them in memory and sorts itself)."""
        return self.search(FamilyQuery(include_archived=include_archived), ordered=False)

    def count(self) -> int:
        stmt = select(func.count(Family.id))
        scope = family_scope(self.actor)
        if scope is not None:
            stmt = stmt.where(scope)
        with self.db.read() as s:
            return s.scalar(stmt) or 0


MemberKey = tuple[str, str, str, str | None, list[str]]


def household_fields(case_number: str, members: list[MemberKey], worker_name: str) -> dict[str, object]:
    """The denormalised list/search columns of a family, from its members.

    ``members`` holds ``(given_names, family_name, relation, nationality, languages)``.
    One function so that the service and the bulk demo generator agree exactly.
    """
    head = next((m for m in members if m[2] == enums.Relation.HEAD), None)
    names = " ".join(f"{m[0]} {m[1]}" for m in members)
    return {
        "household_name": (f"{head[1].upper()} {head[0]}" if head else "").strip(),
        "member_count": len(members),
        "nationalities": _spaced(m[3] or "" for m in members),
        "languages": _spaced(code for m in members for code in m[4]),
        "search_text": fold(f"{case_number} {names} {worker_name}"),
    }


def member_label(m: PersonInput, index: int) -> str:
    """The member as the family dialog names them (``AHMADI Sara``); ``#2`` without a name."""
    name = f"{m.family_name.strip().upper()} {m.given_names.strip()}".strip()
    return name or f"#{index + 1}"


def check_member_nrn(col: Collector, path: str, m: PersonInput, index: int | None = None) -> str | None:
    """Check the member's national register (or BIS) number; its compact form, or None (none, or
    refused: every problem added to ``col`` with the member's name)."""
    if m.national_number is None or not m.national_number.strip():
        return None
    if index is None:
        found = re.match(r"^members\[(\d+)\]", path)
        index = int(found.group(1)) if found else 0
    who = member_label(m, index)
    try:
        number = identifiers.check_nrn(m.national_number)
    except identifiers.IdentifierError as exc:
        col.add(path, _NRN_CODES[exc.reason], member=who, count=len(identifiers.compact_nrn(m.national_number)))
        return None
    if m.birth_date is not None and number.birth_date is not None and number.birth_date != m.birth_date:
        col.add(path, NRN_NOT_BIRTH, member=who, encoded=number.birth_date.isoformat(),
                birth_date=m.birth_date.isoformat())
    return number.compact


def check_oe_number(col: Collector, path: str, value: str | None) -> str | None:
    """Check an Immigration Office (OE/DVZ) number; its digits, or None."""
    if value is None or not value.strip():
        return None
    try:
        return identifiers.check_oe(value)
    except identifiers.IdentifierError as exc:
        if exc.reason == identifiers.LENGTH:
            col.add(path, OE_LENGTH, label=L_OE, count=len(identifiers.compact_oe(value)),
                    min=identifiers.OE_MIN_DIGITS, max=identifiers.OE_MAX_DIGITS)
        else:
            col.add(path, OE_NOT_DIGITS, label=L_OE)
        return None


def validate_dwelling(col: Collector, d: DwellingInput, destination_nis: str | None, prefix: str = "dwelling") -> None:
    """Every problem of a new-dwelling record, added to ``col``: postcodes that exist and belong to
    the municipality given, amounts from 0 to 100,000 euros, the landlord's e-mail; a dwelling
    in another municipality than the destination (its CPAS is the competent one)."""
    col.max_length(f"{prefix}.address", L_DW_ADDRESS, d.address, 300)
    nis = _postcode_municipality(col, f"{prefix}.postcode", L_DW_POSTCODE, d.postcode, d.municipality_nis)
    if d.municipality_nis is not None and directory.municipality(d.municipality_nis) is None:
        col.add(f"{prefix}.municipality_nis", UNKNOWN_CODE, label=L_DW_MUNICIPALITY, value=d.municipality_nis)
    elif nis is not None and destination_nis is not None and nis != destination_nis:
        m = directory.municipality(destination_nis)
        col.add(f"{prefix}.postcode", POSTCODE_ELSEWHERE, label=L_DW_POSTCODE, value=d.postcode,
                municipality=m.name() if m else destination_nis)
    for name, label, value in (("rent", L_RENT, d.rent), ("charges", L_CHARGES, d.charges),
                               ("guarantee", L_GUARANTEE, d.guarantee)):
        if value is not None and not 0 <= value <= 100_000:
            col.add(f"{prefix}.{name}", AMOUNT_RANGE, label=label, min=0, max="100000")
    col.max_length(f"{prefix}.landlord_name", L_LANDLORD, d.landlord_name, 200)
    col.max_length(f"{prefix}.landlord_address", L_LANDLORD_ADDRESS, d.landlord_address, 300)
    _postcode_municipality(col, f"{prefix}.landlord_postcode", L_LANDLORD_POSTCODE, d.landlord_postcode,
                           d.landlord_municipality_nis)
    col.max_length(f"{prefix}.landlord_phone", L_LANDLORD_PHONE, d.landlord_phone, 50)
    if d.landlord_email.strip() and not _EMAIL.match(d.landlord_email.strip()):
        col.add(f"{prefix}.landlord_email", INVALID_EMAIL, label=L_LANDLORD_EMAIL, value=d.landlord_email)


def _postcode_municipality(col: Collector, path: str, label: str, postcode: str | None,
                           nis: str | None) -> str | None:
    """The municipality of ``postcode`` (``nis`` when given and consistent), or None."""
    if postcode is None or not postcode.strip():
        return nis
    found = directory.by_postcode(postcode.strip())
    if not found:
        col.add(path, UNKNOWN_POSTCODE, label=label, value=postcode)
        return None
    if nis is not None:
        if nis not in {m.nis_code for m in found}:
            m = directory.municipality(nis)
            col.add(path, POSTCODE_ELSEWHERE, label=label, value=postcode, municipality=m.name() if m else nis)
        return nis
    return found[0].nis_code if len(found) == 1 else None


def resolved_dwelling(d: DwellingInput) -> DwellingInput:
    """``d`` with the municipalities its postcodes determine filled in."""
    def nis_of(postcode: str | None, nis: str | None) -> str | None:
        if nis is not None or not postcode:
            return nis
        found = directory.by_postcode(postcode.strip())
        return found[0].nis_code if len(found) == 1 else None

    return dataclasses.replace(d, municipality_nis=nis_of(d.postcode, d.municipality_nis),
                               landlord_municipality_nis=nis_of(d.landlord_postcode, d.landlord_municipality_nis))


def _apply_dwelling(family: Family, d: DwellingInput | None) -> None:
    if d is None or d.is_empty:
        family.dwelling = None
        return
    d = resolved_dwelling(d)
    row = family.dwelling or Dwelling()
    row.address = d.address.strip()
    row.postcode = (d.postcode or "").strip() or None
    row.municipality_nis = d.municipality_nis
    row.move_in_date = d.move_in_date
    row.rent, row.charges, row.guarantee = d.rent, d.charges, d.guarantee
    row.landlord_name = d.landlord_name.strip()
    row.landlord_address = d.landlord_address.strip()
    row.landlord_postcode = (d.landlord_postcode or "").strip() or None
    row.landlord_municipality_nis = d.landlord_municipality_nis
    row.landlord_phone = d.landlord_phone.strip()
    row.landlord_email = d.landlord_email.strip()
    family.dwelling = row


def dwelling_input(row: Dwelling) -> DwellingInput:
    return DwellingInput(
        address=row.address, postcode=row.postcode, municipality_nis=row.municipality_nis,
        move_in_date=row.move_in_date, rent=row.rent, charges=row.charges, guarantee=row.guarantee,
        landlord_name=row.landlord_name, landlord_address=row.landlord_address,
        landlord_postcode=row.landlord_postcode, landlord_municipality_nis=row.landlord_municipality_nis,
        landlord_phone=row.landlord_phone, landlord_email=row.landlord_email)


def _sync_checklist(s: Session, family: Family, today: dt.date) -> None:
    """The family's exit-support checklist follows its case, in the same transaction."""
    from transition_app.services.checklist import sync_family_checklist  # not on the start-up path

    sync_family_checklist(s, family, today)


def _compact_nrn(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    return identifiers.compact_nrn(value)


def _person_view(p: Person) -> PersonView:
    card = p.residence_card
    return PersonView(
        id=p.id, given_names=p.given_names, family_name=p.family_name, relation=p.relation,
        birth_date=p.birth_date, sex=p.sex, nationality=p.nationality,
        languages=tuple(p.languages.split()), preferred_language=p.preferred_language,
        national_number=p.national_number, in_belgium=p.in_belgium,
        card_type=card.card_type if card else None, card_number=card.number if card else None,
        card_expiry=card.expiry_date if card else None,
    )


def _summary_select() -> Select[tuple[object, ...]]:
    """Columns in the order of ``FamilySummary``'s fields."""
    return (
        select(Family.id, Family.case_number, Family.household_name, Family.member_count, Family.status,
               Family.nationalities, Family.languages, Family.worker_id, Worker.full_name,
               ProtectionDecision.decision_date, Family.search_text)
        .outerjoin(Worker, Worker.id == Family.worker_id)
        .outerjoin(ProtectionDecision, ProtectionDecision.family_id == Family.id)
    )
