"""Reception centres and the people who work with the families.  Qt-free.

* Centres: created, edited, retired and reactivated by coordinators
  (``Permission.MANAGE_CENTRES``), each change in the audit log (``CENTRE_CREATE`` /
  ``CENTRE_CHANGE``, ids and codes only).  Every problem with a centre's fields is reported at
  once (a :class:`~transition_app.domain.validation.Collector`): name (required, unique),
  operator, street, postcode and municipality checked against the shipped directory (a
  postcode shared by two municipalities needs the municipality), a plausible Belgian phone
  number (``domain.phone``), an e-mail address, an optional enterprise number (python-stdnum,
  stored as its 10 digits) and an optional logo (PNG or JPEG, checked by its content, at most
  :data:`MAX_LOGO_BYTES`).
* A retired centre keeps its families and staff but gets no new ones (``FamilyService`` and
  ``AuthService`` refuse it); it is listed on request only where new work is assigned.
* Workers without a password (demo data, tests) are created here; accounts people sign in
  with are managed by ``services.auth``.
"""

from __future__ import annotations

import dataclasses
import io
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer
from sqlalchemy.orm.exc import StaleDataError

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.domain import directory, enums, phone
from transition_app.domain.text import fold
from transition_app.domain.validation import (
    INVALID_EMAIL,
    POSTCODE_ELSEWHERE,
    TOO_LONG,
    UNKNOWN_POSTCODE,
    Collector,
    ConcurrencyError,
    ErrorCode,
    NotFoundError,
)
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.dto import CentreInput, CentreView, WorkerView
from transition_app.store.database import Database
from transition_app.store.models import Family, ReceptionCentre, Worker, utcnow

L_NAME = QT_TRANSLATE_NOOP("Validation", "Name")
L_CENTRE_NAME = QT_TRANSLATE_NOOP("Validation", "Name of the centre")
L_USERNAME = QT_TRANSLATE_NOOP("Validation", "User name")
L_ROLE = QT_TRANSLATE_NOOP("Validation", "Role")
L_OPERATOR = QT_TRANSLATE_NOOP("Validation", "Operator")
L_STREET = QT_TRANSLATE_NOOP("Validation", "Street and number")
L_POSTCODE = QT_TRANSLATE_NOOP("Validation", "Postcode")
L_MUNICIPALITY = QT_TRANSLATE_NOOP("Validation", "Municipality")
L_PHONE = QT_TRANSLATE_NOOP("Validation", "Phone")
L_EMAIL = QT_TRANSLATE_NOOP("Validation", "E-mail")
L_ENTERPRISE = QT_TRANSLATE_NOOP("Validation", "Enterprise number")
L_LOGO = QT_TRANSLATE_NOOP("Validation", "Logo")
L_CENTRE = QT_TRANSLATE_NOOP("Validation", "Reception centre")

CENTRE_NAME_TAKEN = ErrorCode("centre.name_taken", QT_TRANSLATE_NOOP(
    "Services", "{label}: another reception centre is already called '{value}'."), "Services")
MUNICIPALITY_AMBIGUOUS = ErrorCode("centre.municipality_ambiguous", QT_TRANSLATE_NOOP(
    "Services", "{label}: the postcode {postcode} belongs to {choices}; choose one."), "Services")
UNKNOWN_MUNICIPALITY = ErrorCode("centre.unknown_municipality", QT_TRANSLATE_NOOP(
    "Services", "{label}: no Belgian municipality is called '{value}'."), "Services")
BAD_PHONE = ErrorCode("phone.invalid", QT_TRANSLATE_NOOP(
    "Services", "{label}: '{value}' is not a Belgian telephone number (for example 02 123 45 67 or "
                "0470 12 34 56)."), "Services")
ENTERPRISE_LENGTH = ErrorCode("enterprise_number.length", QT_TRANSLATE_NOOP(
    "Services", "{label}: an enterprise number has 10 digits, for example 0403.019.261."), "Services")
ENTERPRISE_CHECKSUM = ErrorCode("enterprise_number.checksum", QT_TRANSLATE_NOOP(
    "Services", "{label}: {value} is not a valid enterprise number (its check digits do not match)."), "Services")
LOGO_NOT_IMAGE = ErrorCode("logo.not_image", QT_TRANSLATE_NOOP(
    "Services", "{label}: the file is not a PNG or JPEG image."), "Services")
LOGO_UNREADABLE = ErrorCode("logo.unreadable", QT_TRANSLATE_NOOP(
    "Services", "{label}: the image cannot be read (the file may be damaged)."), "Services")
LOGO_TOO_LARGE = ErrorCode("logo.too_large", QT_TRANSLATE_NOOP(
    "Services", "{label}: the image is too large ({size} KB; at most {max} KB)."), "Services")
CENTRE_RETIRED = ErrorCode("centre.retired", QT_TRANSLATE_NOOP(
    "Services", "{label}: this reception centre is retired; choose an active one."), "Services")
UNKNOWN_CENTRE = ErrorCode("centre.unknown", QT_TRANSLATE_NOOP(
    "Services", "{label}: this reception centre does not exist."), "Services")
CENTRE_REQUIRED = ErrorCode("centre.required", QT_TRANSLATE_NOOP(
    "Services", "{label}: social workers and admin buddies belong to a reception centre; choose one."), "Services")
NO_SUCH_CENTRE = ErrorCode("centre.not_found", QT_TRANSLATE_NOOP(
    "Services", "This reception centre does not exist (any more)."), "Services")
CENTRE_CHANGED_ELSEWHERE = ErrorCode("centre.changed_elsewhere", QT_TRANSLATE_NOOP(
    "Services", "This reception centre was changed by someone else since you opened it. Open it again to see "
                "the changes, then make yours again."), "Services")
USERNAME_TAKEN = ErrorCode("user.username_taken", QT_TRANSLATE_NOOP(
    "Services", "{label}: the user name '{value}' is already taken."), "Services")

MAX_LOGO_BYTES = 1024 * 1024
MAX_LOGO_PIXELS = 4000  # per side: a letterhead logo is printed about 4 cm wide
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LOGO_TYPES = {"PNG": "png", "JPEG": "jpeg"}


def _operators() -> frozenset[str]:
    return frozenset(e.value for e in enums.CentreOperator)


# --------------------------------------------------------------------------- checks shared with auth


def check_phone(col: Collector, field_path: str, label: str, value: str | None, required: bool = False) -> str | None:
    """The number in Belgian grouping, or ``None`` (empty, or a problem added to ``col``)."""
    if not (value or "").strip():
        if required:
            col.required(field_path, label, value)
        return None
    normal = phone.normalise(value or "")
    if normal is None:
        col.add(field_path, BAD_PHONE, label=label, value=(value or "").strip())
    return normal


def check_email(col: Collector, field_path: str, label: str, value: str | None, required: bool = False) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            col.required(field_path, label, value)
        return None
    if len(text) > 200:
        col.add(field_path, TOO_LONG, label=label, max=200)
    elif not _EMAIL.match(text):
        col.add(field_path, INVALID_EMAIL, label=label, value=text)
    return text


def check_enterprise_number(col: Collector, field_path: str, value: str | None) -> str | None:
    """The compact 10 digits (python-stdnum ``be.vat``), or ``None``."""
    text = (value or "").strip()
    if not text:
        return None
    from stdnum.be import vat
    from stdnum.exceptions import InvalidChecksum, ValidationError

    try:
        return str(vat.validate(text))
    except InvalidChecksum:
        col.add(field_path, ENTERPRISE_CHECKSUM, label=L_ENTERPRISE, value=text)
    except ValidationError:
        col.add(field_path, ENTERPRISE_LENGTH, label=L_ENTERPRISE)
    return None


def logo_type(data: bytes) -> str | None:
    """``png`` / ``jpeg`` from the file's first bytes (its content, not its name)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def check_logo(col: Collector, field_path: str, data: bytes) -> str | None:
    """The logo's type when it is a readable PNG or JPEG of a sensible size, else ``None``."""
    kind = logo_type(data)
    if kind is None:
        col.add(field_path, LOGO_NOT_IMAGE, label=L_LOGO)
        return None
    if len(data) > MAX_LOGO_BYTES:
        col.add(field_path, LOGO_TOO_LARGE, label=L_LOGO, size=-(-len(data) // 1024), max=MAX_LOGO_BYTES // 1024)
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt, (width, height) = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        col.add(field_path, LOGO_UNREADABLE, label=L_LOGO)
        return None
    if _LOGO_TYPES.get(fmt or "") != kind:
        col.add(field_path, LOGO_UNREADABLE, label=L_LOGO)
        return None
    if width > MAX_LOGO_PIXELS or height > MAX_LOGO_PIXELS or width < 1 or height < 1:
        col.add(field_path, LOGO_TOO_LARGE, label=L_LOGO, size=-(-len(data) // 1024), max=MAX_LOGO_BYTES // 1024)
        return None
    return kind


def resolve_municipality(col: Collector, postcode_field: str, municipality_field: str, postcode: str | None,
                         municipality: str | None, label_postcode: str = L_POSTCODE,
                         label_municipality: str = L_MUNICIPALITY) -> directory.Municipality | None:
    """The municipality of an address from its postcode and (when the postcode is shared, or to
    check it) a NIS code or a name in Dutch, French or German (a postal locality's name too)."""
    code = (postcode or "").strip()
    wanted = (municipality or "").strip()
    if not col.required(postcode_field, label_postcode, code):
        return None
    candidates = directory.by_postcode(code) if code.isdigit() and len(code) == 4 else ()
    if not candidates:
        col.add(postcode_field, UNKNOWN_POSTCODE, label=label_postcode, value=code)
        return None
    if not wanted:
        if len(candidates) == 1:
            return candidates[0]
        col.add(municipality_field, MUNICIPALITY_AMBIGUOUS, label=label_municipality, postcode=code,
                choices=" / ".join(m.name() for m in candidates))
        return None
    found: directory.Municipality | None = None
    if wanted.isdigit() and len(wanted) == 5:
        found = directory.municipality(wanted)
    else:
        key = fold(wanted)
        for m in candidates:  # a name of the municipality, or of a locality of this postcode
            names = list(m.all_names) + [n for loc in directory.localities(code) if loc.nis_code == m.nis_code
                                         for n in loc.names]
            if any(fold(n) == key for n in names):
                found = m
                break
        if found is None:
            exact = [m for m in directory.search(wanted, limit=None) if any(fold(n) == key for n in m.all_names)]
            found = exact[0] if exact else None
    if found is None:
        col.add(municipality_field, UNKNOWN_MUNICIPALITY, label=label_municipality, value=wanted)
        return None
    if found.nis_code not in {m.nis_code for m in candidates}:
        col.add(postcode_field, POSTCODE_ELSEWHERE, label=label_postcode, value=code, municipality=found.name())
        return None
    return found


def check_centre_for_new_work(s: Session, col: Collector, field_path: str, centre_id: int | None,
                              label: str = L_CENTRE) -> ReceptionCentre | None:
    """The centre new families or staff go to: it must exist and not be retired."""
    if centre_id is None:
        return None
    centre = s.get(ReceptionCentre, centre_id)
    if centre is None:
        col.add(field_path, UNKNOWN_CENTRE, label=label)
    elif centre.retired_at is not None:
        col.add(field_path, CENTRE_RETIRED, label=label)
    return centre


# --------------------------------------------------------------------------- the service


@dataclasses.dataclass(frozen=True)
class CentreUsage:
    families: int  # not archived
    staff: int  # active accounts


class StaffService:
    """Centres and workers.  Changing centres is for coordinators; anyone signed in may list them."""

    def __init__(self, db: Database, actor: Actor = SYSTEM):
        self.db = db
        self.actor = actor

    # ----------------------------------------------------------------- centres
    def create_centre(self, data: CentreInput) -> CentreView:
        """A new reception centre (every problem with ``data`` reported at once)."""
        self.actor.require(Permission.MANAGE_CENTRES)
        with self.db.session() as s:
            values = self._validate_centre(s, data, None)
            centre = ReceptionCentre(**values)
            s.add(centre)
            s.flush()
            record(s, self.actor, AuditAction.CENTRE_CREATE, centre_id=centre.id, operator=centre.operator,
                   municipality=centre.municipality_nis, logo=centre.logo_type is not None)
            return centre_view(centre, with_logo=True)

    def update_centre(self, centre_id: int, data: CentreInput, expected_version: int | None = None) -> CentreView:
        """Change a centre; ``expected_version`` (from its view) refuses a change made meanwhile."""
        self.actor.require(Permission.MANAGE_CENTRES)
        with self.db.session() as s:
            centre = self._centre(s, centre_id)
            if expected_version is not None and centre.version != expected_version:
                raise ConcurrencyError(CENTRE_CHANGED_ELSEWHERE)
            values = self._validate_centre(s, data, centre_id)
            if data.logo is None and not data.remove_logo:
                values.pop("logo"), values.pop("logo_type")
            changed = [k for k, v in values.items() if getattr(centre, k) != v]
            for key in changed:
                setattr(centre, key, values[key])
            if changed:
                self._flush(s)
                record(s, self.actor, AuditAction.CENTRE_CHANGE, centre_id=centre.id,
                       changed=",".join(sorted("logo" if k == "logo_type" else k for k in changed)))
            return centre_view(centre, with_logo=True)

    def retire_centre(self, centre_id: int, expected_version: int | None = None) -> CentreView:
        """No new families or staff for this centre; its families and accounts stay as they are."""
        return self._set_retired(centre_id, True, expected_version)

    def reactivate_centre(self, centre_id: int, expected_version: int | None = None) -> CentreView:
        return self._set_retired(centre_id, False, expected_version)

    def _set_retired(self, centre_id: int, retired: bool, expected_version: int | None) -> CentreView:
        self.actor.require(Permission.MANAGE_CENTRES)
        with self.db.session() as s:
            centre = self._centre(s, centre_id)
            if expected_version is not None and centre.version != expected_version:
                raise ConcurrencyError(CENTRE_CHANGED_ELSEWHERE)
            if (centre.retired_at is not None) != retired:
                centre.retired_at = utcnow() if retired else None
                self._flush(s)
                record(s, self.actor, AuditAction.CENTRE_CHANGE, centre_id=centre.id, retired=retired)
            return centre_view(centre)

    def list_centres(self, include_retired: bool = True) -> list[CentreView]:
        """The centres by name (with their logos: a handful of small images).

        Retired ones are included unless ``include_retired=False`` (pickers for new families
        and staff): a family's or an account's centre must stay visible when it retires.
        """
        self.actor.require(Permission.VIEW_FAMILY)  # anyone signed in
        stmt = select(ReceptionCentre).options(undefer(ReceptionCentre.logo)).order_by(ReceptionCentre.name)
        if not include_retired:
            stmt = stmt.where(ReceptionCentre.retired_at.is_(None))
        with self.db.read() as s:
            return [centre_view(c, with_logo=True) for c in s.scalars(stmt)]

    def get_centre(self, centre_id: int) -> CentreView:
        self.actor.require(Permission.VIEW_FAMILY)
        with self.db.read() as s:
            return centre_view(self._centre(s, centre_id), with_logo=True)

    def centre_logo(self, centre_id: int) -> tuple[bytes, str] | None:
        """The logo's bytes and type (``png`` / ``jpeg``), or ``None``."""
        view = self.get_centre(centre_id)
        return (view.logo, view.logo_type) if view.logo and view.logo_type else None

    def centre_usage(self, centre_id: int) -> CentreUsage:
        """What stays attached to a centre when it retires (for the confirmation)."""
        self.actor.require(Permission.MANAGE_CENTRES)
        with self.db.read() as s:
            self._centre(s, centre_id)
            families = s.scalar(select(func.count(Family.id)).where(
                Family.centre_id == centre_id, Family.status != enums.FamilyStatus.ARCHIVED)) or 0
            staff = s.scalar(select(func.count(Worker.id)).where(
                Worker.centre_id == centre_id, Worker.active.is_(True))) or 0
            return CentreUsage(families, staff)

    def _validate_centre(self, s: Session, data: CentreInput, centre_id: int | None) -> dict[str, object]:
        col = Collector()
        name = " ".join((data.name or "").split())
        if col.required("name", L_CENTRE_NAME, name):
            col.max_length("name", L_CENTRE_NAME, name, 200)
            clash = s.scalar(select(ReceptionCentre.id).where(func.lower(ReceptionCentre.name) == name.lower()))
            if clash is not None and clash != centre_id:
                col.add("name", CENTRE_NAME_TAKEN, label=L_CENTRE_NAME, value=name)
        if col.required("operator", L_OPERATOR, data.operator):
            col.choice("operator", L_OPERATOR, data.operator, _operators())
        street = " ".join((data.street or "").split())
        if col.required("street", L_STREET, street):
            col.max_length("street", L_STREET, street, 300)
        town = resolve_municipality(col, "postcode", "municipality", data.postcode, data.municipality)
        tel = check_phone(col, "phone", L_PHONE, data.phone, required=True)
        email = check_email(col, "email", L_EMAIL, data.email, required=True)
        enterprise = check_enterprise_number(col, "enterprise_number", data.enterprise_number)
        kind = check_logo(col, "logo", data.logo) if data.logo is not None else None
        col.raise_if_any()
        return {"name": name, "operator": data.operator, "address": street, "postcode": (data.postcode or "").strip(),
                "municipality_nis": town.nis_code if town else None, "phone": tel, "email": email,
                "enterprise_number": enterprise, "logo": data.logo if kind else None, "logo_type": kind}

    @staticmethod
    def _centre(s: Session, centre_id: int) -> ReceptionCentre:
        centre = s.get(ReceptionCentre, centre_id)
        if centre is None:
            raise NotFoundError(NO_SUCH_CENTRE)
        return centre

    @staticmethod
    def _flush(s: Session) -> None:
        try:
            s.flush()
        except StaleDataError as exc:
            raise ConcurrencyError(CENTRE_CHANGED_ELSEWHERE) from exc

    # ----------------------------------------------------------------- workers
    def create_worker(self, username: str, full_name: str, role: str,
                      centre_id: int | None = None) -> WorkerView:
        """A worker without a password (demo data, tests); accounts are made by ``services.auth``."""
        self.actor.require(Permission.MANAGE_USERS)
        col = Collector()
        col.required("username", L_USERNAME, username)
        col.required("full_name", L_NAME, full_name)
        col.choice("role", L_ROLE, role, frozenset(e.value for e in enums.Role))
        with self.db.session() as s:
            if s.scalar(select(Worker.id).where(Worker.username == username.strip())):
                col.add("username", USERNAME_TAKEN, label=L_USERNAME, value=username)
            check_centre_for_new_work(s, col, "centre_id", centre_id)
            col.raise_if_any()
            worker = Worker(username=username.strip(), full_name=full_name.strip(), role=role,
                            centre_id=centre_id, active=True)
            s.add(worker)
            s.flush()
            record(s, self.actor, AuditAction.USER_CREATE, user_id=worker.id, role=role)
            return _worker(worker)

    def list_workers(self, role: str | None = None) -> list[WorkerView]:
        self.actor.require(Permission.VIEW_FAMILY)  # anyone signed in
        stmt = select(Worker).where(Worker.active.is_(True)).order_by(Worker.full_name)
        if role:
            stmt = stmt.where(Worker.role == role)
        with self.db.read() as s:
            return [_worker(w) for w in s.scalars(stmt)]


def centre_view(c: ReceptionCentre, with_logo: bool = False) -> CentreView:
    """The plain view of a centre row (``with_logo``: its image too; loads it if it is deferred)."""
    return CentreView(c.id, c.name, c.operator, c.municipality_nis, c.address, c.postcode, c.phone, c.email,
                      c.enterprise_number, c.logo_type is not None, c.retired_at is not None, c.version or 1,
                      c.logo if with_logo and c.logo_type else None, c.logo_type)


_centre = centre_view


def worker_view(w: Worker) -> WorkerView:
    return WorkerView(w.id, w.username, w.full_name, w.role, w.centre_id, w.active, w.job_title, w.job_title_form,
                      w.phone, w.email)


_worker = worker_view
