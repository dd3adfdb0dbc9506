"""The directory of services the centre works with: CPAS/OCMW, municipalities, integration agencies,
NGOs and other offices, with addresses and opening hours.  Qt-free.

Two sources, merged here:

* **shipped** (``domain.directory``, from ``resources/directory``): every municipality and its
  CPAS (names, postcodes, languages) and the regional integration agencies.  They are listed
  with keys ``municipality:<NIS>``, ``cpas:<NIS>`` and ``agency:<id>``; that data is never
  changed by the application;
* **local** (``directory_entry`` rows): entries of the centre's own (an NGO, a bank branch, a
  school...; key ``entry:<id>``) and *local details of a shipped entry* (a row whose
  ``shipped_key`` names it: address, postcode, phone, e-mail, website, opening hours, languages,
  notes).  A local value wins over the shipped one; removing the local details brings back the
  shipped entry as it was.

Everybody who signs in may read the directory (an admin buddy needs the addresses); coordinators
and social workers edit it (``Permission.EDIT_DIRECTORY``).  Every change is in the audit log
(keys only).  :meth:`DirectoryService.places_for` answers "where do we go for this step?".

**When each detail was checked** (schema 0006).  Every entry carries ``address_checked_on`` (street
and postcode), ``phone_checked_on``, ``email_checked_on`` and ``hours_checked_on`` (opening hours),
and ``uncertain`` (the worker doubts the address).  On :meth:`~DirectoryService.add` and
:meth:`~DirectoryService.update` the date given is kept, except that a detail whose value changed
while its date did not is dated today (``today``, the injected clock): typing a new phone number
means it was checked now.  An empty detail has no date; a date in the future is refused.

**Postal addresses for letters** (the letter service and dialog call these):

* :meth:`DirectoryService.postal_address` ``(key, language=None) -> PostalAddress`` for a recipient
  key ``cpas:<NIS>``, ``municipality:<NIS>``, ``agency:<id>`` or ``entry:<id>``.  ``status`` is
  ``"known"`` (``lines``: the street line(s), then ``"<postcode> <municipality>"`` with the
  municipality named in ``language``), ``"unknown"`` (no street or no postcode recorded, or no such
  entry) or ``"uncertain"`` (marked uncertain: ``lines`` holds what is recorded, to prefill the
  question).  ``reason`` (an :class:`ErrorCode`, with ``reason_params``) says why in plain words when
  the status is not ``"known"``; ``name`` is the recipient's name in ``language``; ``checked_on`` the
  date the address was checked.  Never raises for an unknown key (status ``"unknown"``).
* :meth:`DirectoryService.save_postal_address` ``(key, street, postcode) -> DirectoryEntryView``:
  the address typed in the letter dialog, saved to the entry (the local details of a shipped one),
  dated today and no longer uncertain; the other details are kept.  Needs
  ``Permission.EDIT_DIRECTORY``; validation as for any edit (``ValidationError`` with the fields
  ``address`` / ``postcode``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import SYSTEM_CLOCK, Today
from transition_app.domain import directory
from transition_app.domain.checklist import SERVICES
from transition_app.domain.text import fold, tokens
from transition_app.domain.validation import (
    INVALID_EMAIL,
    NOT_IN_LIST,
    Collector,
    ConcurrencyError,
    ErrorCode,
    NotFoundError,
    ServiceError,
)
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.store.database import Database
from transition_app.store.models import DirectoryEntry, ReceptionCentre, Worker, utcnow

CPAS, MUNICIPALITY, AGENCY, NGO, OFFICE = "cpas", "municipality", "integration_agency", "ngo", "service"
KINDS = (CPAS, MUNICIPALITY, AGENCY, NGO, OFFICE)
CENTRE = "reception_centre"  # places_for: the family's reception centre (not a directory entry)
_SHIPPED_PREFIX = {CPAS: "cpas", MUNICIPALITY: "municipality", AGENCY: "agency"}
_ENTRY = "entry"
_CPAS_SERVICES = ("cpas_of_residence", "cpas_of_new_dwelling")
#: detail -> the field holding the date it was checked (the address date covers the postcode too)
CHECKED = {"address": "address_checked_on", "phone": "phone_checked_on", "email": "email_checked_on",
           "opening_hours": "hours_checked_on"}
#: Fields a local edit of a shipped entry may set (the name, kind and municipality stay shipped).
OVERRIDABLE = ("address", "postcode", "phone", "email", "website", "opening_hours", "languages", "notes",
               *CHECKED.values(), "uncertain")
KNOWN, UNKNOWN, UNCERTAIN = "known", "unknown", "uncertain"

L_NAME = QT_TRANSLATE_NOOP("Validation", "Name")
L_KIND = QT_TRANSLATE_NOOP("Validation", "Kind of entry")
L_SERVICE = QT_TRANSLATE_NOOP("Validation", "Place for")
L_ADDRESS = QT_TRANSLATE_NOOP("Validation", "Address")
L_POSTCODE = QT_TRANSLATE_NOOP("Validation", "Postcode")
L_MUNICIPALITY = QT_TRANSLATE_NOOP("Validation", "Municipality")
L_PHONE = QT_TRANSLATE_NOOP("Validation", "Phone")
L_EMAIL = QT_TRANSLATE_NOOP("Validation", "E-mail")
L_WEBSITE = QT_TRANSLATE_NOOP("Validation", "Website")
L_HOURS = QT_TRANSLATE_NOOP("Validation", "Opening hours")
L_LANGUAGES = QT_TRANSLATE_NOOP("Validation", "Languages spoken")
L_NOTES = QT_TRANSLATE_NOOP("Validation", "Notes")
L_CHECKED = {"address_checked_on": QT_TRANSLATE_NOOP("Validation", "Date the address was checked"),
             "phone_checked_on": QT_TRANSLATE_NOOP("Validation", "Date the phone number was checked"),
             "email_checked_on": QT_TRANSLATE_NOOP("Validation", "Date the e-mail address was checked"),
             "hours_checked_on": QT_TRANSLATE_NOOP("Validation", "Date the opening hours were checked")}
BAD_VALUE = ErrorCode("directory.bad_value", QT_TRANSLATE_NOOP("Validation", "{label}: '{value}' is not valid."),
                      "Validation")
POSTCODE_ELSEWHERE = ErrorCode("directory.postcode_elsewhere", QT_TRANSLATE_NOOP(
    "Validation", "{label}: '{value}' is not a postcode of this municipality."), "Validation")

NO_SUCH_ENTRY = ErrorCode("directory.not_found", QT_TRANSLATE_NOOP(
    "Services", "This directory entry does not exist (any more)."))
ENTRY_CHANGED_ELSEWHERE = ErrorCode("directory.changed_elsewhere", QT_TRANSLATE_NOOP(
    "Services", "This directory entry was changed by someone else since you opened it. "
    "Reopen it to see the changes, then make yours again."))
SHIPPED_CANNOT_GO = ErrorCode("directory.shipped_cannot_go", QT_TRANSLATE_NOOP(
    "Services", "This entry comes with the application and cannot be removed; only local changes to it can be."))

ADDRESS_UNKNOWN = ErrorCode("directory.address_unknown", QT_TRANSLATE_NOOP(
    "Services", "The directory has no postal address for {name}. Type it for this letter; you can save it "
                "to the directory."))
ADDRESS_NO_POSTCODE = ErrorCode("directory.address_no_postcode", QT_TRANSLATE_NOOP(
    "Services", "The address of {name} in the directory has no postcode. Type the full address for this "
                "letter; you can save it to the directory."))
ADDRESS_UNCERTAIN = ErrorCode("directory.address_uncertain", QT_TRANSLATE_NOOP(
    "Services", "The address of {name} is marked as uncertain in the directory (checked on {checked}). "
                "Check it before the letter is sent."))
ADDRESS_UNCERTAIN_UNCHECKED = ErrorCode("directory.address_uncertain_unchecked", QT_TRANSLATE_NOOP(
    "Services", "The address of {name} is marked as uncertain in the directory and was never checked. "
                "Check it before the letter is sent."))
NO_SUCH_RECIPIENT = ErrorCode("directory.recipient_unknown", QT_TRANSLATE_NOOP(
    "Services", "This recipient is not in the directory. Type the address for this letter."))

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()./ -]+$")
_WEBSITE = re.compile(r"^https?://\S+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class DirectoryEntryInput:
    """What the editor enters.  For a shipped entry only the ``OVERRIDABLE`` fields are used."""

    name: str = ""
    kind: str = NGO
    service: str | None = None  # the checklist service (``domain.checklist.SERVICES``) it is the place for
    address: str = ""
    postcode: str | None = None
    municipality_nis: str | None = None
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""
    address_checked_on: dt.date | None = None
    phone_checked_on: dt.date | None = None
    email_checked_on: dt.date | None = None
    hours_checked_on: dt.date | None = None
    uncertain: bool = False  # the address may be wrong: letters ask for it


@dataclass(frozen=True)
class DirectoryEntryView:
    key: str  # entry:<id> | cpas:<NIS> | municipality:<NIS> | agency:<id> | centre:<id>
    kind: str
    name: str
    service: str | None
    address: str
    postcode: str | None
    municipality_nis: str | None
    municipality_name: str
    phone: str
    email: str
    website: str
    opening_hours: str
    languages: tuple[str, ...]
    notes: str
    shipped: bool  # comes with the application (resources/directory)
    overridden: bool  # a shipped entry with local details
    version: int | None  # of the database row (None: nothing stored locally)
    updated_by: str | None = None
    updated_at: dt.datetime | None = None
    address_checked_on: dt.date | None = None
    phone_checked_on: dt.date | None = None
    email_checked_on: dt.date | None = None
    hours_checked_on: dt.date | None = None
    uncertain: bool = False

    @property
    def has_address(self) -> bool:
        return bool(self.address.strip())

    def to_input(self) -> DirectoryEntryInput:
        return DirectoryEntryInput(self.name, self.kind, self.service, self.address, self.postcode,
                                   self.municipality_nis, self.phone, self.email, self.website, self.opening_hours,
                                   self.languages, self.notes, self.address_checked_on, self.phone_checked_on,
                                   self.email_checked_on, self.hours_checked_on, self.uncertain)


@dataclass(frozen=True)
class PostalAddress:
    """A letter recipient's postal address (see the module docstring)."""

    key: str
    name: str  # in the letter's language
    status: str  # known | unknown | uncertain
    lines: tuple[str, ...] = ()  # street line(s), then "<postcode> <municipality>"
    street: str = ""
    postcode: str | None = None
    municipality_nis: str | None = None
    checked_on: dt.date | None = None
    reason: ErrorCode | None = None  # why it is not "known"
    reason_params: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def known(self) -> bool:
        return self.status == KNOWN

    @property
    def reason_text(self) -> str:
        """The reason in English (the command line; the interface translates ``reason``)."""
        return self.reason.format(**self.reason_params) if self.reason is not None else ""


# --------------------------------------------------------------------------- shipped entries


def _official_name(m: directory.Municipality) -> str:
    return " / ".join(dict.fromkeys(m.name(lang) for lang in m.official_languages))


def _muni_name(nis: str | None) -> str:
    m = directory.municipality(nis) if nis else None
    return _official_name(m) if m is not None else ""


def _blank(key: str, kind: str, name: str, **fields: object) -> DirectoryEntryView:
    base: dict[str, object] = dict(service=None, address="", postcode=None, municipality_nis=None,
                                   municipality_name="", phone="", email="", website="", opening_hours="",
                                   languages=(), notes="", shipped=True, overridden=False, version=None)
    base.update(fields)
    return DirectoryEntryView(key=key, kind=kind, name=name, **base)  # type: ignore[arg-type]


@cache
def shipped_entries() -> dict[str, DirectoryEntryView]:
    """Every shipped entry by key (municipalities, their CPAS, integration agencies)."""
    out: dict[str, DirectoryEntryView] = {}
    for m in directory.municipalities():
        postcodes = directory.postcodes_of(m.nis_code)
        common = dict(postcode=postcodes[0] if postcodes else None, municipality_nis=m.nis_code,
                      municipality_name=_official_name(m), languages=m.languages)
        out[f"municipality:{m.nis_code}"] = _blank(f"municipality:{m.nis_code}", MUNICIPALITY, _official_name(m),
                                                   service="municipality", **common)
        out[f"cpas:{m.nis_code}"] = _blank(f"cpas:{m.nis_code}", CPAS, m.cpas_name(), service="cpas_of_residence",
                                           **common)
    for a in directory.integration_agencies_all():
        names = [a.names[lang] for lang in ("nl", "fr", "de", "en") if a.names.get(lang)]
        nis = a.municipalities[0] if len(a.municipalities) == 1 else None
        out[f"agency:{a.id}"] = _blank(f"agency:{a.id}", AGENCY, " / ".join(dict.fromkeys(names)),
                                       service="integration_agency", website=a.website, notes=a.note,
                                       municipality_nis=nis, municipality_name=_muni_name(nis))
    return out


def _search_text(v: DirectoryEntryView) -> str:
    return fold(" ".join((v.key, v.name, v.address, v.postcode or "", v.municipality_name, v.notes, v.phone,
                          v.email, v.service or "")))


# --------------------------------------------------------------------------- the service


class DirectoryService:
    def __init__(self, db: Database, actor: Actor = SYSTEM, today: Today = SYSTEM_CLOCK):
        self.db = db
        self.actor = actor
        self.today = today

    def _require_read(self) -> None:
        self.actor.require(Permission.VIEW_FAMILY)  # anybody signed in: every role has it

    # ----------------------------------------------------------------- reading
    def search(self, text: str = "", kind: str | None = None, *, include_shipped: bool = True,
               limit: int | None = None) -> list[DirectoryEntryView]:
        """Entries matching every word of ``text`` (name, address, postcode, municipality, notes...).

        Local entries and edited shipped entries first, then by name.
        """
        self._require_read()
        with self.db.read() as s:
            merged = self._merged(s, include_shipped)
        words = tokens(text)
        out = [v for v in merged if (kind is None or v.kind == kind)
               and (not words or all(w in _search_text(v) for w in words))]
        out.sort(key=lambda v: (v.shipped and not v.overridden, fold(v.name), v.key))
        return out[:limit] if limit is not None else out

    def get(self, key: str) -> DirectoryEntryView:
        self._require_read()
        with self.db.read() as s:
            return self._get(s, key)

    def places_for(self, service: str | None, municipality_nis: str | None,
                   centre_id: int | None = None) -> list[DirectoryEntryView]:
        """Where to go for a checklist step's ``service`` when the family lives in ``municipality_nis``.

        CPAS steps: the municipality's CPAS (with its local details) and local CPAS entries there;
        municipality and police: the municipality's administration (and local entries for the
        service); integration: the agencies serving the municipality; the reception centre: the
        family's centre; anything else: local entries for that service in the municipality, then
        those without a municipality.  Empty when nothing is known.
        """
        self._require_read()
        if service is None:
            return []
        with self.db.read() as s:
            if service == CENTRE:
                centre = s.get(ReceptionCentre, centre_id) if centre_id is not None else None
                if centre is None:
                    return []
                return [_blank(f"centre:{centre.id}", OFFICE, centre.name, service=CENTRE, address=centre.address or "",
                               phone=centre.phone or "", email=centre.email or "",
                               postcode=centre.postcode, municipality_nis=centre.municipality_nis,
                               municipality_name=_muni_name(centre.municipality_nis), shipped=False)]
            rows = self._rows(s)
            local = [self._own(r, s) for r in rows if r.shipped_key is None]
            overrides = {r.shipped_key: r for r in rows if r.shipped_key is not None}
            shipped: list[str] = []
            m = directory.municipality(municipality_nis) if municipality_nis else None
            if service in _CPAS_SERVICES:
                shipped = [f"cpas:{municipality_nis}"] if m else []
                mine = [v for v in local if v.kind == CPAS and v.municipality_nis == municipality_nis]
            elif service in ("municipality", "police"):
                mine = [v for v in local if v.service == service and v.municipality_nis == municipality_nis]
                shipped = [f"municipality:{municipality_nis}"] if m and (service == "municipality" or not mine) else []
            elif service == "integration_agency":
                shipped = [f"agency:{a.id}" for a in directory.integration_agencies_for(m)] if m else []
                mine = [v for v in local if v.kind == AGENCY and v.municipality_nis == municipality_nis]
            else:
                mine = sorted((v for v in local if v.service == service
                               and v.municipality_nis in (municipality_nis, None)),
                              key=lambda v: (v.municipality_nis is None, fold(v.name)))
                if municipality_nis is None:
                    mine = [v for v in mine if v.municipality_nis is None]
            base = shipped_entries()
            merged = [self._merge(base[k], overrides.get(k), s) for k in shipped if k in base]
            return merged + list(mine)

    # ----------------------------------------------------------------- writing
    def add(self, data: DirectoryEntryInput) -> DirectoryEntryView:
        """A new local entry (an NGO, an office...)."""
        self.actor.require(Permission.EDIT_DIRECTORY)
        clean = self._stamped(self._validate(data, full=True), None)
        with self.db.session() as s:
            row = DirectoryEntry(kind=clean.kind, shipped_key=None, updated_by_id=self.actor.worker_id)
            _apply(row, clean, OVERRIDABLE + ("name", "kind", "service", "municipality_nis"))
            s.add(row)
            s.flush()
            record(s, self.actor, AuditAction.EDIT, None, what="directory_entry_added", entry=row.id)
            return self._own(row, s)

    def update(self, key: str, data: DirectoryEntryInput, expected_version: int | None) -> DirectoryEntryView:
        """Change a local entry, or set the local details of a shipped one (``expected_version``:
        the version read, ``None`` for a shipped entry without local details yet)."""
        self.actor.require(Permission.EDIT_DIRECTORY)
        with self.db.session() as s:
            base = shipped_entries().get(key)
            if base is not None:
                clean = self._validate(dataclasses.replace(data, municipality_nis=base.municipality_nis), full=False)
                row = s.scalar(select(DirectoryEntry).where(DirectoryEntry.shipped_key == key))
                clean = self._stamped(clean, self._merge(base, row, s))
                if row is None:
                    if expected_version is not None:
                        raise ConcurrencyError(ENTRY_CHANGED_ELSEWHERE)
                    row = DirectoryEntry(kind=base.kind, shipped_key=key, name="", service=base.service,
                                         municipality_nis=base.municipality_nis)
                    s.add(row)
                elif row.version != expected_version:
                    raise ConcurrencyError(ENTRY_CHANGED_ELSEWHERE)
                _apply(row, clean, OVERRIDABLE)
            else:
                row = self._row_for(s, key)
                if row.version != expected_version:
                    raise ConcurrencyError(ENTRY_CHANGED_ELSEWHERE)
                clean = self._stamped(self._validate(data, full=True), self._own(row, s))
                _apply(row, clean, OVERRIDABLE + ("name", "kind", "service", "municipality_nis"))
            row.updated_by_id = self.actor.worker_id
            row.updated_at = utcnow()
            _flush(s)
            record(s, self.actor, AuditAction.EDIT, None, what="directory_entry", entry=row.id,
                   shipped=row.shipped_key)
            return self._get(s, key)

    def postal_address(self, key: str, language: str | None = None) -> PostalAddress:
        """The postal address of a letter's recipient (see the module docstring)."""
        self._require_read()
        try:
            entry = self.get(key)
        except NotFoundError:
            return PostalAddress(key, "", UNKNOWN, reason=NO_SUCH_RECIPIENT)
        name = _name_in(entry, language)
        street_lines = tuple(line.strip() for line in entry.address.splitlines() if line.strip())
        m = directory.municipality(entry.municipality_nis) if entry.municipality_nis else None
        if m is None and entry.postcode:
            found = directory.by_postcode(entry.postcode)
            m = found[0] if len(found) == 1 else None
        lines = street_lines
        if entry.postcode:
            place = m.name(language if m is not None and language in m.languages else None) if m else ""
            lines += (f"{entry.postcode} {place}".strip(),)
        common = dict(key=key, name=name, lines=lines, street=entry.address, postcode=entry.postcode,
                      municipality_nis=m.nis_code if m else entry.municipality_nis,
                      checked_on=entry.address_checked_on)
        if not street_lines or not entry.postcode:  # nothing to print: what there is prefills the question
            common["lines"] = ()
            return PostalAddress(status=UNKNOWN, reason=ADDRESS_UNKNOWN if not street_lines else ADDRESS_NO_POSTCODE,
                                 reason_params={"name": name}, **common)  # type: ignore[arg-type]
        if entry.uncertain:
            if entry.address_checked_on is None:
                return PostalAddress(status=UNCERTAIN, reason=ADDRESS_UNCERTAIN_UNCHECKED,
                                     reason_params={"name": name}, **common)  # type: ignore[arg-type]
            return PostalAddress(status=UNCERTAIN, reason=ADDRESS_UNCERTAIN,
                                 reason_params={"name": name, "checked": entry.address_checked_on.isoformat()},
                                 **common)  # type: ignore[arg-type]
        return PostalAddress(status=KNOWN, **common)  # type: ignore[arg-type]

    def save_postal_address(self, key: str, street: str, postcode: str | None) -> DirectoryEntryView:
        """Save the address typed in the letter dialog to the directory entry ``key``: checked
        today, no longer uncertain, the entry's other details unchanged."""
        self.actor.require(Permission.EDIT_DIRECTORY)
        current = self.get(key)
        data = dataclasses.replace(current.to_input(), address=street, postcode=postcode,
                                   address_checked_on=self.today(), uncertain=False)
        if not current.shipped:  # an own entry's municipality follows the postcode typed
            data = dataclasses.replace(data, municipality_nis=None)
        saved = self.update(key, data, current.version)
        return saved

    def remove(self, key: str, expected_version: int | None) -> DirectoryEntryView | None:
        """Remove a local entry (returns None), or the local details of a shipped entry (returns the
        shipped entry as it comes with the application)."""
        self.actor.require(Permission.EDIT_DIRECTORY)
        with self.db.session() as s:
            base = shipped_entries().get(key)
            if base is not None:
                row = s.scalar(select(DirectoryEntry).where(DirectoryEntry.shipped_key == key))
                if row is None:
                    raise ServiceError(SHIPPED_CANNOT_GO)
            else:
                row = self._row_for(s, key)
            if row.version != expected_version:
                raise ConcurrencyError(ENTRY_CHANGED_ELSEWHERE)
            row_id = row.id
            s.delete(row)
            _flush(s)
            record(s, self.actor, AuditAction.EDIT, None, what="directory_entry_removed", entry=row_id,
                   shipped=key if base is not None else None)
            return base

    # ----------------------------------------------------------------- internals
    def _validate(self, data: DirectoryEntryInput, full: bool) -> DirectoryEntryInput:
        col = Collector()
        v = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
        for name in ("name", "address", "phone", "email", "website", "opening_hours", "notes"):
            v[name] = (v[name] or "").strip()
        v["postcode"] = (data.postcode or "").strip() or None
        v["municipality_nis"] = (data.municipality_nis or "").strip() or None
        v["service"] = (data.service or "").strip() or None
        v["languages"] = tuple(dict.fromkeys(code.strip().lower() for code in data.languages if code.strip()))
        if full:
            if col.required("name", L_NAME, v["name"]):
                col.max_length("name", L_NAME, v["name"], 200)
            col.choice("kind", L_KIND, v["kind"], frozenset(KINDS))
            col.choice("service", L_SERVICE, v["service"], frozenset(SERVICES))
            if v["municipality_nis"] and directory.municipality(v["municipality_nis"]) is None:
                col.add("municipality_nis", NOT_IN_LIST, label=L_MUNICIPALITY, value=v["municipality_nis"])
        col.max_length("address", L_ADDRESS, v["address"], 300)
        if v["postcode"]:
            found = directory.by_postcode(v["postcode"]) if re.fullmatch(r"\d{4}", v["postcode"]) else ()
            if not found:
                col.add("postcode", BAD_VALUE, label=L_POSTCODE, value=v["postcode"])
            elif v["municipality_nis"] is None and len(found) == 1 and full:
                v["municipality_nis"] = found[0].nis_code
            elif v["municipality_nis"] and v["municipality_nis"] not in {m.nis_code for m in found}:
                col.add("postcode", POSTCODE_ELSEWHERE, label=L_POSTCODE, value=v["postcode"])
        if v["phone"]:
            col.max_length("phone", L_PHONE, v["phone"], 50)
            if not _PHONE.match(v["phone"]):
                col.add("phone", BAD_VALUE, label=L_PHONE, value=v["phone"])
        if v["email"]:
            col.max_length("email", L_EMAIL, v["email"], 200)
            if not _EMAIL.match(v["email"]):
                col.add("email", INVALID_EMAIL, label=L_EMAIL, value=v["email"])
        if v["website"]:
            col.max_length("website", L_WEBSITE, v["website"], 300)
            if not _WEBSITE.match(v["website"]):
                col.add("website", BAD_VALUE, label=L_WEBSITE, value=v["website"])
        col.max_length("opening_hours", L_HOURS, v["opening_hours"], 1_000)
        col.max_length("notes", L_NOTES, v["notes"], 2_000)
        for code in v["languages"]:
            if not _LANGUAGE.match(code):
                col.add("languages", BAD_VALUE, label=L_LANGUAGES, value=code)
        for name in CHECKED.values():
            col.not_future(name, L_CHECKED[name], v[name], self.today())
        v["uncertain"] = bool(data.uncertain)
        col.raise_if_any()
        return DirectoryEntryInput(**v)

    def _stamped(self, clean: DirectoryEntryInput, before: DirectoryEntryView | None) -> DirectoryEntryInput:
        """The checked dates to store: none for an empty detail; today for a detail whose value
        changed while its date was left as it was (``before``: the entry as stored, None: new)."""
        today = self.today()
        dates: dict[str, dt.date | None] = {}
        for detail, name in CHECKED.items():
            value = (clean.address, clean.postcode) if detail == "address" else getattr(clean, detail)
            given = getattr(clean, name)
            if not (value[0] if detail == "address" else value):
                dates[name] = None
                continue
            if before is None:
                changed, old_date = True, None
            else:
                old = (before.address, before.postcode) if detail == "address" else getattr(before, detail)
                changed, old_date = value != old, getattr(before, name)
            dates[name] = today if changed and given == old_date else given
        return dataclasses.replace(clean, **dates)

    @staticmethod
    def _rows(s: Session) -> list[DirectoryEntry]:
        return list(s.scalars(select(DirectoryEntry).order_by(DirectoryEntry.id)))

    def _merged(self, s: Session, include_shipped: bool) -> list[DirectoryEntryView]:
        rows = self._rows(s)
        overrides = {r.shipped_key: r for r in rows if r.shipped_key is not None}
        out = [self._own(r, s) for r in rows if r.shipped_key is None]
        if include_shipped:
            out += [self._merge(v, overrides.get(k), s) for k, v in shipped_entries().items()]
        else:
            base = shipped_entries()
            out += [self._merge(base[k], r, s) for k, r in overrides.items() if k in base]
        return out

    def _get(self, s: Session, key: str) -> DirectoryEntryView:
        base = shipped_entries().get(key)
        if base is not None:
            return self._merge(base, s.scalar(select(DirectoryEntry).where(DirectoryEntry.shipped_key == key)), s)
        return self._own(self._row_for(s, key), s)

    @staticmethod
    def _row_for(s: Session, key: str) -> DirectoryEntry:
        prefix, _, number = key.partition(":")
        row = s.get(DirectoryEntry, int(number)) if prefix == _ENTRY and number.isdigit() else None
        if row is None or row.shipped_key is not None:
            raise NotFoundError(NO_SUCH_ENTRY)
        return row

    @staticmethod
    def _editor(s: Session, row: DirectoryEntry) -> str | None:
        """Who changed the entry last (one small query per stored row: there are few)."""
        if row.updated_by_id is None:
            return None
        return s.scalar(select(Worker.full_name).where(Worker.id == row.updated_by_id))

    def _own(self, row: DirectoryEntry, s: Session) -> DirectoryEntryView:
        return DirectoryEntryView(
            key=f"{_ENTRY}:{row.id}", kind=row.kind, name=row.name, service=row.service, address=row.address or "",
            postcode=row.postcode, municipality_nis=row.municipality_nis,
            municipality_name=_muni_name(row.municipality_nis), phone=row.phone or "", email=row.email or "",
            website=row.website or "", opening_hours=row.opening_hours or "",
            languages=tuple(row.languages.split()), notes=row.notes or "", shipped=False, overridden=False,
            version=row.version, updated_by=self._editor(s, row), updated_at=row.updated_at,
            **{name: getattr(row, name) for name in CHECKED.values()}, uncertain=bool(row.uncertain))

    def _merge(self, base: DirectoryEntryView, row: DirectoryEntry | None, s: Session) -> DirectoryEntryView:
        if row is None:
            return base
        local = {name: getattr(row, name) for name in OVERRIDABLE}
        local["languages"] = tuple((row.languages or "").split())
        local["uncertain"] = bool(row.uncertain)
        values = {name: value for name, value in local.items() if value}
        return dataclasses.replace(base, **values, overridden=True, version=row.version,
                                   updated_by=self._editor(s, row), updated_at=row.updated_at)


def _name_in(entry: DirectoryEntryView, language: str | None) -> str:
    """The recipient's name in the letter's language (shipped entries; local ones as entered)."""
    prefix, _, ident = entry.key.partition(":")
    if prefix in ("cpas", "municipality"):
        m = directory.municipality(ident)
        if m is not None:
            if prefix == "cpas":
                return m.cpas_name(language if language in m.languages else None)
            return m.name(language) if language in m.languages else entry.name
    if prefix == "agency":
        agency = next((a for a in directory.integration_agencies_all() if a.id == ident), None)
        if agency is not None and language and agency.names.get(language):
            return agency.names[language]
    return entry.name


def _apply(row: DirectoryEntry, data: DirectoryEntryInput, names: Iterable[str]) -> None:
    for name in names:
        value = getattr(data, name)
        if name == "languages":
            value = f" {' '.join(value)} " if value else ""
        setattr(row, name, value)


def _flush(s: Session) -> None:
    try:
        s.flush()
    except StaleDataError as exc:
        raise ConcurrencyError(ENTRY_CHANGED_ELSEWHERE) from exc
