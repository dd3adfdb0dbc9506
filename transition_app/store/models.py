"""SQLAlchemy 2 models of the case file.

Portable SQL only (runs on SQLite/SQLCipher and PostgreSQL).  Every row has
``created_at``/``updated_at`` and a ``version`` used for optimistic concurrency
(``version_id_col``): an UPDATE of a row whose version changed since it was read
raises ``StaleDataError``, which services turn into ``ConcurrencyError``.
Closed vocabularies are stored as the string values of ``domain.enums``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from transition_app.clock import Clock

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return Clock.utcnow()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns every table has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.now()
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class ReceptionCentre(Tracked, Base):
    __tablename__ = "reception_centre"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    operator: Mapped[str] = mapped_column(String(32))  # domain.enums.CentreOperator
    municipality_nis: Mapped[str | None] = mapped_column(String(5))
    address: Mapped[str | None] = mapped_column(String(300))  # street and number (the postcode is apart)
    postcode: Mapped[str | None] = mapped_column(String(4))  # schema 0005
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    enterprise_number: Mapped[str | None] = mapped_column(String(10))  # compact, 10 digits (0005)
    # PNG or JPEG for the letterhead (0005); deferred: loaded only when a document asks for it
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_type: Mapped[str | None] = mapped_column(String(16))  # "png" | "jpeg", set with the logo
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # no new families or staff (0005)


class Worker(Tracked, Base):
    """A person who signs in: coordinator, social worker or admin buddy."""

    __tablename__ = "worker"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("reception_centre.id", ondelete="SET NULL"))
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sign_in: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ui_language: Mapped[str | None] = mapped_column(String(8))  # the person's interface language
    # Signatures of letters and dossiers (schema 0005): a job title code of
    # resources/staff/job_titles.yaml (or free text), in the form the person chose.
    job_title: Mapped[str | None] = mapped_column(String(100))
    job_title_form: Mapped[str | None] = mapped_column(String(8))  # "f" | "m" | "n" (neutral)
    phone: Mapped[str | None] = mapped_column(String(50))

    centre: Mapped[ReceptionCentre | None] = relationship()


class Family(Tracked, Base):
    """A household followed through the exit phase."""

    __tablename__ = "family"

    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("reception_centre.id", ondelete="SET NULL"))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    arrival_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_date: Mapped[dt.date | None] = mapped_column(Date)
    destination_nis: Mapped[str | None] = mapped_column(String(5))
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # schema 0005: who recorded the family (they always see it), how it left the centre, and
    # the family's key in the file it was imported from (re-imports find it again)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"), index=True)
    exit_mode: Mapped[str | None] = mapped_column(String(32))  # domain.enums.ExitMode
    external_ref: Mapped[str | None] = mapped_column(String(64), index=True)
    # schema 0006: the Immigration Office (Office des Etrangers / Dienst Vreemdelingenzaken) file number
    oe_number: Mapped[str | None] = mapped_column(String(20))
    # Denormalised for fast listing and search; rebuilt by the service on every save.
    household_name: Mapped[str] = mapped_column(String(300), default="")
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    nationalities: Mapped[str] = mapped_column(String(200), default="")  # " SY ER "
    languages: Mapped[str] = mapped_column(String(200), default="")  # " ar ti "
    search_text: Mapped[str] = mapped_column(Text, default="")

    centre: Mapped[ReceptionCentre | None] = relationship()
    worker: Mapped[Worker | None] = relationship(foreign_keys=[worker_id])
    members: Mapped[list[Person]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="Person.position"
    )
    decision: Mapped[ProtectionDecision | None] = relationship(
        back_populates="family", cascade="all, delete-orphan", uselist=False
    )
    contacts: Mapped[list[ContactDetail]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="ContactDetail.id"
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="Note.created_at"
    )
    # The exit-support checklist (issue 4).  Loaded only when asked for: the checklist
    # service reads and writes these tables with its own queries.
    checklist_plan: Mapped[ChecklistPlan | None] = relationship(
        back_populates="family", cascade="all, delete-orphan", uselist=False, lazy="select"
    )
    checklist_steps: Mapped[list[ChecklistStep]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="ChecklistStep.position",
        lazy="select"
    )
    exit_extensions: Mapped[list[ExitExtension]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="ExitExtension.granted_on",
        lazy="select"
    )
    dwelling: Mapped[Dwelling | None] = relationship(
        back_populates="family", cascade="all, delete-orphan", uselist=False, lazy="select"
    )


class Person(Tracked, Base):
    __tablename__ = "person"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    given_names: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    nationality: Mapped[str | None] = mapped_column(String(2))
    languages: Mapped[str] = mapped_column(String(200), default="")  # space-separated codes
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    relation: Mapped[str] = mapped_column(String(16))
    national_number: Mapped[str | None] = mapped_column(String(11))
    in_belgium: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    family: Mapped[Family] = relationship(back_populates="members")
    residence_card: Mapped[ResidenceCard | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )


class ProtectionDecision(Tracked, Base):
    __tablename__ = "protection_decision"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), unique=True)
    protection_type: Mapped[str] = mapped_column(String(16))
    deciding_body: Mapped[str] = mapped_column(String(8))
    asylum_application_date: Mapped[dt.date | None] = mapped_column(Date)
    decision_date: Mapped[dt.date] = mapped_column(Date, index=True)
    notification_date: Mapped[dt.date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(64))

    family: Mapped[Family] = relationship(back_populates="decision")


class ResidenceCard(Tracked, Base):
    __tablename__ = "residence_card"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    card_type: Mapped[str] = mapped_column(String(16))
    number: Mapped[str | None] = mapped_column(String(32))
    expiry_date: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="residence_card")


class ContactDetail(Tracked, Base):
    __tablename__ = "contact_detail"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(300))
    label: Mapped[str | None] = mapped_column(String(100))

    family: Mapped[Family] = relationship(back_populates="contacts")


class Note(Tracked, Base):
    __tablename__ = "note"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    family: Mapped[Family] = relationship(back_populates="notes")
    author: Mapped[Worker | None] = relationship()


Index("ix_family_household_name", Family.household_name)


class Dwelling(Tracked, Base):
    """The family's new home (schema 0005): entered once, prefilled in every letter."""

    __tablename__ = "dwelling"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")  # street and number, box
    postcode: Mapped[str | None] = mapped_column(String(4))
    municipality_nis: Mapped[str | None] = mapped_column(String(5))
    move_in_date: Mapped[dt.date | None] = mapped_column(Date)
    rent: Mapped[Any | None] = mapped_column(Numeric(10, 2))  # euros a month
    charges: Mapped[Any | None] = mapped_column(Numeric(10, 2))
    guarantee: Mapped[Any | None] = mapped_column(Numeric(10, 2))  # rental guarantee asked
    landlord_name: Mapped[str] = mapped_column(String(200), default="")
    landlord_address: Mapped[str] = mapped_column(String(300), default="")
    landlord_postcode: Mapped[str | None] = mapped_column(String(4))
    landlord_municipality_nis: Mapped[str | None] = mapped_column(String(5))
    landlord_phone: Mapped[str] = mapped_column(String(50), default="")
    landlord_email: Mapped[str] = mapped_column(String(200), default="")

    family: Mapped[Family] = relationship(back_populates="dwelling")


# --------------------------------------------------------------------------- exit-support checklist


class ChecklistPlan(Tracked, Base):
    """Which template and region variant a family's checklist follows, and its key dates.

    ``exit_due`` (last day in reception, or the recorded exit date) and
    ``reunification_due`` (end of the favourable family-reunification window) are
    computed by the checklist service whenever a date of the case changes, so that
    the dashboard sorts and filters 100,000 families with indexed queries.
    """

    __tablename__ = "checklist_plan"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), unique=True)
    template_id: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int] = mapped_column(Integer)
    region: Mapped[str | None] = mapped_column(String(16))  # None: municipality not known yet
    exit_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    reunification_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # Tracks with an open step, as " cpas housing " (the dashboard's track filter: LIKE '% housing %').
    open_tracks: Mapped[str] = mapped_column(String(400), default="")

    family: Mapped[Family] = relationship(back_populates="checklist_plan")


class ChecklistStep(Tracked, Base):
    """One step of one family's checklist (the state of a template step, or a step added by hand)."""

    __tablename__ = "checklist_step"
    __table_args__ = (
        UniqueConstraint("family_id", "step_id", name="uq_checklist_step_family_id_step_id"),
        Index("ix_checklist_step_status_due_date", "status", "due_date"),
    )

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    step_id: Mapped[str] = mapped_column(String(120))
    track: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="todo")
    reason: Mapped[str] = mapped_column(Text, default="")  # why it is blocked
    note: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str | None] = mapped_column(String(16))  # region variant it was planned for
    from_previous_region: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    custom: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # definition of a step added by hand
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)  # computed; see ChecklistPlan
    # schema 0005: a due date moved by hand for this step only (wins over the computed one), and why
    due_override: Mapped[dt.date | None] = mapped_column(Date)
    due_override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    family: Mapped[Family] = relationship(back_populates="checklist_steps")
    changed_by: Mapped[Worker | None] = relationship()


class ChecklistEvent(Tracked, Base):
    """History of a family's checklist: one row per change (kept when a step is re-planned away)."""

    __tablename__ = "checklist_event"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    step_id: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # status | note | added | replanned | planned | postponed | undo
    old_status: Mapped[str | None] = mapped_column(String(16))
    new_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # schema 0005: the step's fields before and after the change (what Undo restores), and the
    # event an "undo" event undid
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    undoes_id: Mapped[int | None] = mapped_column(Integer)

    worker: Mapped[Worker | None] = relationship()


class ExitExtension(Tracked, Base):
    """An extension of the stay in reception (reason and length), feeding ``CaseDates.extensions``."""

    __tablename__ = "exit_extension"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    months: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    granted_on: Mapped[dt.date] = mapped_column(Date)
    # schema 0005: why the stay goes beyond the rule's maximum (required then)
    beyond_maximum_reason: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))

    family: Mapped[Family] = relationship(back_populates="exit_extensions")


# --------------------------------------------------------------------------- access, handover, buddies


class AuditEntry(Base):
    """Append-only, hash-chained record of who saw or did what (see ``access.audit_chain``).

    No ``Tracked`` mixin on purpose: an entry is never updated, so it has no version or
    update time; ``hash`` covers every other column and the previous entry's hash.
    ``details`` never holds personal data (ids, section names, counts).
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor_id: Mapped[int | None] = mapped_column(Integer)  # no FK: the log outlives deleted users
    actor: Mapped[str] = mapped_column(String(64))  # user name at the time
    action: Mapped[str] = mapped_column(String(32), index=True)
    family_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: survives erasure
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class DossierIssue(Tracked, Base):
    """A handover dossier given to someone: who issued it, when, to whom, which sections."""

    __tablename__ = "dossier_issue"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    recipient_kind: Mapped[str] = mapped_column(String(16))  # cpas | loi | ngo | buddy | worker
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    sections: Mapped[list[str]] = mapped_column(JSON, default=list)
    include_confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    file_format: Mapped[str] = mapped_column(String(8))  # pdf | docx | print


class Consent(Tracked, Base):
    """What the family agreed may be shared with whom, given on which date, withdrawn when."""

    __tablename__ = "consent"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(200))  # what is shared (e.g. "handover dossier")
    shared_with: Mapped[str] = mapped_column(String(200))  # with whom (e.g. "CPAS de Liège")
    given_on: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    # schema 0006: what the consent is for, in a form letters and dossiers can check.
    # purpose_code: domain.consent purpose (e.g. "handover_dossier", "referral"), None for old free-text rows;
    # recipient_key: the directory key of the recipient ("cpas:<NIS>", "municipality:<NIS>",
    # "agency:<id>", "entry:<directory_entry id>"), None when only ``shared_with`` names it;
    # covers_confidential: the family agreed that confidential notes may be shared too.
    purpose_code: Mapped[str | None] = mapped_column(String(32))
    recipient_key: Mapped[str | None] = mapped_column(String(64))
    covers_confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class BuddyAssignment(Tracked, Base):
    """An admin buddy accompanying a family (kept after unassignment, for the record)."""

    __tablename__ = "buddy_assignment"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    buddy_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"), index=True)
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    unassigned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Appointment(Tracked, Base):
    __tablename__ = "appointment"

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # local Belgian time
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(300), default="")
    bring: Mapped[list[str]] = mapped_column(JSON, default=list)
    accompanied_by: Mapped[str] = mapped_column(String(200), default="")
    step_id: Mapped[str | None] = mapped_column(String(120))  # the checklist step it serves, if any
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))


class AppSetting(Tracked, Base):
    """Centre-wide settings with declared defaults (retention period, letterhead, ...)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[Any] = mapped_column(JSON)


# --------------------------------------------------------------------------- buddies' changes, directory


class FamilyUpdate(Tracked, Base):
    """A change an admin buddy made to a family (a step marked done or waiting, an appointment, a note
    for the social worker), kept until a social worker or coordinator has seen it (``seen_at``)."""

    __tablename__ = "family_update"
    __table_args__ = (Index("ix_family_update_seen_at_family_id", "seen_at", "family_id"),)

    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # step | appointment | note
    ref: Mapped[str] = mapped_column(String(120))  # step id, appointment id or note id
    detail: Mapped[str] = mapped_column(String(32), default="")  # a step's new status
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    seen_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))


class DirectoryEntry(Tracked, Base):
    """An address the centre works with, edited in the application.

    Either an entry of its own (an NGO, a bank branch, a school...; ``shipped_key`` empty) or the
    local details of a shipped entry (``shipped_key`` = ``cpas:<NIS>``, ``municipality:<NIS>`` or
    ``agency:<id>``): the shipped data stays in ``resources/directory`` and these values win over it.
    """

    __tablename__ = "directory_entry"

    kind: Mapped[str] = mapped_column(String(32), index=True)  # cpas | municipality | integration_agency | ngo | ...
    shipped_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    service: Mapped[str | None] = mapped_column(String(32))  # the checklist service it is the place for
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str | None] = mapped_column(String(4))
    municipality_nis: Mapped[str | None] = mapped_column(String(5), index=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(100), default="")  # " fr nl "
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="SET NULL"))
    # schema 0006: when each detail was last checked (by phone, on the website...), and a mark
    # that the address is uncertain (letters then ask for it instead of printing it)
    address_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    phone_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    email_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    hours_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    uncertain: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
