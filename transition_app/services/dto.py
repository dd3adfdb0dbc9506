"""Plain data passed between services and their callers (UI, command line).

Services never hand out live ORM objects: these frozen dataclasses are what
views, item models and the command line work with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple


@dataclass(frozen=True)
class PersonInput:
    given_names: str
    family_name: str
    relation: str
    birth_date: dt.date | None = None
    sex: str | None = None
    nationality: str | None = None
    languages: tuple[str, ...] = ()
    preferred_language: str | None = None
    national_number: str | None = None
    in_belgium: bool = True
    card_type: str | None = None
    card_number: str | None = None
    card_expiry: dt.date | None = None
    id: int | None = None  # set when editing an existing member


@dataclass(frozen=True)
class ContactInput:
    kind: str
    value: str
    label: str | None = None


@dataclass(frozen=True)
class DecisionInput:
    protection_type: str
    deciding_body: str
    decision_date: dt.date
    asylum_application_date: dt.date | None = None
    notification_date: dt.date | None = None
    reference: str | None = None


@dataclass(frozen=True)
class DwellingInput:
    """The family's new home: entered once, prefilled in every letter (schema 0005).

    ``municipality_nis`` may be left out when the postcode belongs to one municipality only.
    Amounts are euros (a month for rent and charges).
    """

    address: str = ""  # street, number, box
    postcode: str | None = None
    municipality_nis: str | None = None
    move_in_date: dt.date | None = None
    rent: Decimal | None = None
    charges: Decimal | None = None
    guarantee: Decimal | None = None
    landlord_name: str = ""
    landlord_address: str = ""
    landlord_postcode: str | None = None
    landlord_municipality_nis: str | None = None
    landlord_phone: str = ""
    landlord_email: str = ""

    @property
    def is_empty(self) -> bool:
        return self == DwellingInput()


@dataclass(frozen=True)
class FamilyInput:
    members: tuple[PersonInput, ...]
    status: str = "transition"
    case_number: str | None = None  # generated when empty
    centre_id: int | None = None
    worker_id: int | None = None
    arrival_date: dt.date | None = None
    exit_date: dt.date | None = None
    destination_nis: str | None = None
    contacts: tuple[ContactInput, ...] = ()
    decision: DecisionInput | None = None
    dwelling: DwellingInput | None = None  # None (or empty): no new home recorded
    exit_mode: str | None = None  # domain.enums.ExitMode, set when the family left
    oe_number: str | None = None  # Immigration Office (OE/DVZ) file number, dots optional (schema 0006)


@dataclass(frozen=True)
class PersonView:
    id: int
    given_names: str
    family_name: str
    relation: str
    birth_date: dt.date | None
    sex: str | None
    nationality: str | None
    languages: tuple[str, ...]
    preferred_language: str | None
    national_number: str | None
    in_belgium: bool
    card_type: str | None
    card_number: str | None
    card_expiry: dt.date | None

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()} {self.given_names}".strip()

    @property
    def national_number_formatted(self) -> str:
        """``YY.MM.DD-XXX.CC`` (as on the residence card); "" without a number."""
        from transition_app.domain.identifiers import format_nrn

        return format_nrn(self.national_number)

    def to_input(self) -> PersonInput:
        return PersonInput(
            id=self.id, given_names=self.given_names, family_name=self.family_name,
            relation=self.relation, birth_date=self.birth_date, sex=self.sex,
            nationality=self.nationality, languages=self.languages,
            preferred_language=self.preferred_language, national_number=self.national_number,
            in_belgium=self.in_belgium, card_type=self.card_type, card_number=self.card_number,
            card_expiry=self.card_expiry,
        )


@dataclass(frozen=True)
class NoteView:
    id: int
    text: str
    confidential: bool
    author: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class FamilyDetail:
    id: int
    version: int
    case_number: str
    status: str
    centre_id: int | None
    centre_name: str | None
    worker_id: int | None
    worker_name: str | None
    arrival_date: dt.date | None
    exit_date: dt.date | None
    destination_nis: str | None
    archived_at: dt.datetime | None
    members: tuple[PersonView, ...]
    contacts: tuple[ContactInput, ...]
    decision: DecisionInput | None
    notes: tuple[NoteView, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    dwelling: DwellingInput | None = None
    exit_mode: str | None = None
    created_by_id: int | None = None
    #: Immigration Office (OE/DVZ) file number, formatted ``8.123.456`` (None: not recorded)
    oe_number: str | None = None
    #: True when fields were left out for the reader's role (an admin buddy: no national
    #: register or card numbers, no decision, no confidential notes; see ``services.scope``).
    restricted: bool = False

    def to_input(self) -> FamilyInput:
        return FamilyInput(
            members=tuple(m.to_input() for m in self.members), status=self.status,
            case_number=self.case_number, centre_id=self.centre_id, worker_id=self.worker_id,
            arrival_date=self.arrival_date, exit_date=self.exit_date,
            destination_nis=self.destination_nis, contacts=self.contacts, decision=self.decision,
            dwelling=self.dwelling, exit_mode=self.exit_mode, oe_number=self.oe_number,
        )


class FamilySummary(NamedTuple):
    """One row of the family list.

    A named tuple rather than a dataclass: the main window holds one per family
    (100,000 in the benchmark), and tuples are built and stored far more cheaply.
    ``nationalities`` and ``languages`` are space-separated codes.
    """

    id: int
    case_number: str
    household_name: str
    member_count: int
    status: str
    nationalities: str
    languages: str
    worker_id: int | None
    worker_name: str | None
    decision_date: dt.date | None
    search_text: str

    @property
    def nationality_codes(self) -> tuple[str, ...]:
        return tuple(self.nationalities.split())

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(self.languages.split())


@dataclass(frozen=True)
class FamilyQuery:
    """Filters of the family list; every field is optional and they combine with AND."""

    text: str = ""
    status: str | None = None
    worker_id: int | None = None
    nationality: str | None = None
    language: str | None = None
    include_archived: bool = False


@dataclass(frozen=True)
class WorkerView:
    id: int
    username: str
    full_name: str
    role: str
    centre_id: int | None
    active: bool
    job_title: str | None = None
    job_title_form: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class CentreView:
    id: int
    name: str
    operator: str
    municipality_nis: str | None
    address: str | None = None  # street and number
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    enterprise_number: str | None = None  # compact: 10 digits
    has_logo: bool = False
    retired: bool = False
    version: int = 1
    logo: bytes | None = field(default=None, repr=False)  # PNG or JPEG, for letterheads
    logo_type: str | None = None  # "png" | "jpeg"

    @property
    def enterprise_number_display(self) -> str:
        """``0403.019.261`` (as the Crossroads Bank for Enterprises writes it)."""
        n = self.enterprise_number or ""
        return f"{n[:4]}.{n[4:7]}.{n[7:]}" if len(n) == 10 else n


@dataclass(frozen=True)
class CentreInput:
    """A reception centre as typed in the first-run wizard, Administration > Centres or ``centre add``.

    ``municipality`` is a NIS code or a name (Dutch, French or German; a postal locality's name
    too); it may be left out when the postcode belongs to one municipality only.  ``logo``:
    PNG or JPEG bytes; ``None`` keeps the current logo when editing, unless ``remove_logo``.
    """

    name: str
    operator: str
    street: str
    postcode: str
    municipality: str | None = None
    phone: str = ""
    email: str = ""
    enterprise_number: str | None = None
    logo: bytes | None = field(default=None, repr=False)
    remove_logo: bool = False
