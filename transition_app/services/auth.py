"""Signing in, the first coordinator, passwords and user accounts.  Qt-free.

* :meth:`AuthService.sign_in` checks an Argon2id hash (``access.passwords``); after
  ``LockoutPolicy.max_failures`` wrong passwords in a row the account is locked for
  ``lock_minutes``.  Unknown user names cost the same time as known ones (a dummy hash is
  verified) and get the same message, so the screen does not tell which user names exist.
  Every attempt is in the audit log; a failed attempt with an unknown name is recorded as
  ``(unknown)``, never with the text typed (it may be a password typed in the wrong field).
* :meth:`AuthService.create_coordinator` is the first run: allowed only while nobody can
  sign in yet.
* User management (create, change role/centre, disable, unlock, reset password) needs
  ``Permission.MANAGE_USERS`` (coordinators).  The last active coordinator cannot be
  disabled or demoted.  Every account belongs to a reception centre (coordinators may have
  none: they work for every centre); a retired centre gets no new accounts.  The job title
  (with the feminine, masculine or neutral form the person chose), direct phone and e-mail
  are printed in the signature of their letters.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from transition_app.access.passwords import (
    LockoutPolicy,
    hash_password,
    needs_rehash,
    password_problems,
    verify_password,
)
from transition_app.access.permissions import Actor, Permission
from transition_app.domain import enums, job_titles
from transition_app.domain.validation import (
    Collector,
    ErrorCode,
    NotFoundError,
    PermissionDenied,
    ServiceError,
)
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.staff import (
    CENTRE_REQUIRED,
    USERNAME_TAKEN,
    check_centre_for_new_work,
    check_email,
    check_phone,
)
from transition_app.store.database import Database
from transition_app.store.models import ReceptionCentre, Worker, utcnow

L_USERNAME = QT_TRANSLATE_NOOP("Validation", "User name")
L_FULL_NAME = QT_TRANSLATE_NOOP("Validation", "Full name")
L_ROLE = QT_TRANSLATE_NOOP("Validation", "Role")
L_PASSWORD = QT_TRANSLATE_NOOP("Validation", "Password")
L_CENTRE = QT_TRANSLATE_NOOP("Validation", "Reception centre")
L_JOB_TITLE = QT_TRANSLATE_NOOP("Validation", "Job title")
L_TITLE_FORM = QT_TRANSLATE_NOOP("Validation", "Form of the job title")
L_PHONE = QT_TRANSLATE_NOOP("Validation", "Direct phone")
L_EMAIL = QT_TRANSLATE_NOOP("Validation", "E-mail")
BAD_USERNAME = ErrorCode("user.bad_username", QT_TRANSLATE_NOOP(
    "Validation", "{label}: use 3 to 64 lower-case letters, digits, dots, hyphens or underscores."), "Validation")
PASSWORDS_DIFFER = ErrorCode("user.passwords_differ", QT_TRANSLATE_NOOP(
    "Validation", "The two passwords are not the same."), "Validation")

WRONG_CREDENTIALS = ErrorCode("auth.wrong_credentials", QT_TRANSLATE_NOOP(
    "Services", "The user name or the password is not correct."))
ACCOUNT_LOCKED = ErrorCode("auth.locked", QT_TRANSLATE_NOOP(
    "Services", "This account is locked after too many wrong passwords. Try again in {minutes} minutes, "
    "or ask a coordinator to unlock it."))
WRONG_PASSWORD = ErrorCode("auth.wrong_password", QT_TRANSLATE_NOOP("Services", "The current password is not correct."))
ALREADY_SET_UP = ErrorCode("auth.already_set_up", QT_TRANSLATE_NOOP(
    "Services", "A coordinator account already exists: sign in, or ask the coordinator for an account."))
LAST_COORDINATOR = ErrorCode("user.last_coordinator", QT_TRANSLATE_NOOP(
    "Services", "This is the last active coordinator account: create another coordinator first."))
NO_SUCH_USER = ErrorCode("user.not_found", QT_TRANSLATE_NOOP("Services", "This user does not exist (any more)."))
NOT_SIGNED_IN = ErrorCode("auth.not_signed_in", QT_TRANSLATE_NOOP("Services", "Sign in first."))
NOT_YOURSELF = ErrorCode("user.not_yourself", QT_TRANSLATE_NOOP("Services", "You cannot disable your own account."))

UNKNOWN_USER = "(unknown)"
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
_PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class SignInFailed(ServiceError):
    """Wrong user name or password (the message does not say which)."""


class AccountLocked(SignInFailed):
    """``minutes`` left; the UI formats ``ACCOUNT_LOCKED`` with it (translated)."""

    def __init__(self, minutes: int):
        self.minutes = minutes
        super().__init__(ACCOUNT_LOCKED, minutes=minutes)


class NotSignedIn(PermissionDenied):
    pass


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    centre_id: int | None
    centre_name: str | None
    active: bool
    can_sign_in: bool  # has a password
    locked_until: dt.datetime | None  # UTC
    failed_sign_ins: int
    last_sign_in: dt.datetime | None  # UTC
    job_title: str | None = None  # a code of resources/staff/job_titles.yaml, or free text
    job_title_form: str | None = None  # domain.enums.TitleForm: f | m | n
    phone: str | None = None  # direct line, Belgian grouping
    email: str | None = None
    centre_retired: bool = False


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    full_name: str
    ui_language: str | None


def actor_of(w: Worker) -> Actor:
    return Actor(worker_id=w.id, username=w.username, role=w.role, centre_id=w.centre_id)


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def generate_password(length: int = 16) -> str:
    """A random password (printed once by ``demo`` and ``user add`` without a terminal)."""
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(length))


@cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


DEFAULT_POLICY = LockoutPolicy()
_NEEDS_CENTRE = frozenset({enums.Role.SOCIAL_WORKER.value, enums.Role.ADMIN_BUDDY.value})


class AuthService:
    def __init__(self, db: Database, actor: Actor | None = None, policy: LockoutPolicy = DEFAULT_POLICY,
                 now: Callable[[], dt.datetime] = utcnow):
        self.db = db
        self.actor = actor
        self.policy = policy
        self.now = now

    def _caller(self, permission: Permission | None = None) -> Actor:
        if self.actor is None:
            raise NotSignedIn(NOT_SIGNED_IN)
        if permission is not None:
            self.actor.require(permission)
        return self.actor

    # ----------------------------------------------------------------- first run
    def needs_first_run(self) -> bool:
        """True while nobody can sign in (no active account with a password)."""
        with self.db.read() as s:
            return not s.scalar(select(Worker.id).where(Worker.active.is_(True), Worker.password_hash.is_not(None))
                                .limit(1))

    def create_coordinator(self, username: str, full_name: str, password: str, confirm: str | None = None,
                           centre_id: int | None = None, *, job_title: str | None = None,
                           job_title_form: str | None = None, phone: str | None = None,
                           email: str | None = None) -> SignedIn:
        """The first account (first run); signs it in.  A coordinator needs no centre (they see every one)."""
        username = normalise_username(username)
        col = Collector()
        self._check_account(col, username, full_name, password, confirm)
        signature = self._check_signature(col, job_title, job_title_form, phone, email)
        col.raise_if_any()
        password_hash = hash_password(password)
        with self.db.session() as s:
            if s.scalar(select(Worker.id).where(Worker.active.is_(True), Worker.password_hash.is_not(None)).limit(1)):
                raise ServiceError(ALREADY_SET_UP)
            self._check_unique(s, col, username, None)
            check_centre_for_new_work(s, col, "centre_id", centre_id, L_CENTRE)
            col.raise_if_any()
            worker = Worker(username=username, full_name=full_name.strip(), role=enums.Role.COORDINATOR,
                            centre_id=centre_id, active=True, password_hash=password_hash, failed_sign_ins=0,
                            last_sign_in=self.now(), **signature)
            s.add(worker)
            s.flush()
            actor = actor_of(worker)
            record(s, actor, AuditAction.FIRST_RUN, role=worker.role)
            record(s, actor, AuditAction.SIGN_IN)
            return SignedIn(actor, worker.full_name, worker.ui_language)

    # ----------------------------------------------------------------- signing in
    def sign_in(self, username: str, password: str) -> SignedIn:
        """The signed-in person, or ``SignInFailed`` / ``AccountLocked`` (the attempt is recorded)."""
        name = normalise_username(username)
        now = self.now()
        failure: SignInFailed | None = None
        with self.db.session() as s:
            worker = s.scalar(select(Worker).where(Worker.username == name)) if name else None
            if worker is None or not worker.active or not worker.password_hash:
                verify_password(_dummy_hash(), password)  # the same time as for a real account
                who = Actor(worker.id, worker.username, worker.role, worker.centre_id) if worker else Actor(
                    None, UNKNOWN_USER, "")
                record(s, who, AuditAction.SIGN_IN_FAILED, reason="inactive" if worker else "unknown_user")
                failure = SignInFailed(WRONG_CREDENTIALS)
            else:
                actor = actor_of(worker)
                if worker.locked_until is not None and worker.locked_until <= now:  # the lock expired
                    worker.locked_until, worker.failed_sign_ins = None, 0
                if worker.locked_until is not None:
                    record(s, actor, AuditAction.SIGN_IN_LOCKED)
                    failure = AccountLocked(max(1, -(-int((worker.locked_until - now).total_seconds()) // 60)))
                elif not verify_password(worker.password_hash, password):
                    worker.failed_sign_ins = (worker.failed_sign_ins or 0) + 1
                    worker.locked_until = self.policy.locked_until(worker.failed_sign_ins, now)
                    record(s, actor, AuditAction.SIGN_IN_FAILED, reason="password",
                           failures=worker.failed_sign_ins, locked=worker.locked_until is not None)
                    failure = (AccountLocked(self.policy.lock_minutes) if worker.locked_until is not None
                               else SignInFailed(WRONG_CREDENTIALS))
                else:
                    worker.failed_sign_ins, worker.locked_until, worker.last_sign_in = 0, None, now
                    if needs_rehash(worker.password_hash):
                        worker.password_hash = hash_password(password)
                    record(s, actor, AuditAction.SIGN_IN)
                    return SignedIn(actor, worker.full_name, worker.ui_language)
        raise failure  # after the commit: the failed attempt and the counter are kept

    def change_password(self, current: str, new: str, confirm: str | None = None) -> None:
        actor = self._caller()
        col = Collector()
        self._check_password(col, new, confirm, actor.username)
        col.raise_if_any()
        with self.db.session() as s:
            worker = self._worker(s, actor.worker_id)
            if not verify_password(worker.password_hash, current):
                raise ServiceError(WRONG_PASSWORD)
            worker.password_hash = hash_password(new)
            record(s, actor, AuditAction.PASSWORD_CHANGE, user_id=worker.id)

    # ----------------------------------------------------------------- user management
    def list_users(self, include_inactive: bool = True) -> list[UserView]:
        self._caller(Permission.MANAGE_USERS)
        stmt = (select(Worker, ReceptionCentre.name, ReceptionCentre.retired_at)
                .outerjoin(ReceptionCentre, ReceptionCentre.id == Worker.centre_id)
                .order_by(Worker.full_name, Worker.id))
        if not include_inactive:
            stmt = stmt.where(Worker.active.is_(True))
        with self.db.read() as s:
            return [_user(w, centre, retired is not None) for w, centre, retired in s.execute(stmt)]

    def create_user(self, username: str, full_name: str, role: str, password: str, confirm: str | None = None,
                    centre_id: int | None = None, *, job_title: str | None = None,
                    job_title_form: str | None = None, phone: str | None = None,
                    email: str | None = None) -> UserView:
        """A new account.  Social workers and admin buddies belong to an active centre; the job
        title (a code of ``resources/staff/job_titles.yaml`` or free text) and its form, the direct
        phone and e-mail are printed in the signature of their letters."""
        actor = self._caller(Permission.MANAGE_USERS)
        username = normalise_username(username)
        col = Collector()
        self._check_account(col, username, full_name, password, confirm)
        col.choice("role", L_ROLE, role, frozenset(r.value for r in enums.Role))
        signature = self._check_signature(col, job_title, job_title_form, phone, email)
        if centre_id is None and role in _NEEDS_CENTRE:
            col.add("centre_id", CENTRE_REQUIRED, label=L_CENTRE)
        col.raise_if_any()
        password_hash = hash_password(password)
        with self.db.session() as s:
            self._check_unique(s, col, username, None)
            check_centre_for_new_work(s, col, "centre_id", centre_id, L_CENTRE)
            col.raise_if_any()
            worker = Worker(username=username, full_name=full_name.strip(), role=role, centre_id=centre_id,
                            active=True, password_hash=password_hash, failed_sign_ins=0, **signature)
            s.add(worker)
            s.flush()
            record(s, actor, AuditAction.USER_CREATE, user_id=worker.id, role=role, centre_id=centre_id)
            return self._view(s, worker)

    def update_user(self, user_id: int, *, full_name: str | None = None, role: str | None = None,
                    centre_id: int | None | type[...] = ..., active: bool | None = None,
                    job_title: str | None | type[...] = ..., job_title_form: str | None | type[...] = ...,
                    phone: str | None | type[...] = ..., email: str | None | type[...] = ...) -> UserView:
        """Change what is given (``centre_id=None`` removes the centre, ``phone=""`` the phone; leave a
        field out to keep it).  A social worker or admin buddy keeps a centre; moving an account to a
        retired centre is refused."""
        actor = self._caller(Permission.MANAGE_USERS)
        col = Collector()
        if full_name is not None and col.required("full_name", L_FULL_NAME, full_name):
            col.max_length("full_name", L_FULL_NAME, full_name, 200)
        col.choice("role", L_ROLE, role, frozenset(r.value for r in enums.Role))
        given = {k: v for k, v in (("job_title", job_title), ("job_title_form", job_title_form), ("phone", phone),
                                   ("email", email)) if v is not ...}
        signature = self._check_signature(col, *(given.get(k) for k in ("job_title", "job_title_form", "phone",
                                                                          "email")))
        signature = {k: v for k, v in signature.items() if k in given}
        with self.db.session() as s:
            worker = self._worker(s, user_id)
            new_role = role if role is not None else worker.role
            new_centre = worker.centre_id if centre_id is ... else centre_id
            if new_centre is None and new_role in _NEEDS_CENTRE and (centre_id is not ... or role is not None):
                col.add("centre_id", CENTRE_REQUIRED, label=L_CENTRE)
            if centre_id is not ... and centre_id != worker.centre_id:
                check_centre_for_new_work(s, col, "centre_id", centre_id, L_CENTRE)  # type: ignore[arg-type]
            col.raise_if_any()
            demoted = role is not None and role != enums.Role.COORDINATOR
            disabled = active is False
            if worker.role == enums.Role.COORDINATOR and worker.active and (demoted or disabled):
                if disabled and worker.id == actor.worker_id:
                    raise ServiceError(NOT_YOURSELF)
                others = s.scalar(select(func.count(Worker.id)).where(
                    Worker.role == enums.Role.COORDINATOR, Worker.active.is_(True), Worker.id != worker.id))
                if not others:
                    raise ServiceError(LAST_COORDINATOR)
            changed = []
            if full_name is not None and full_name.strip() != worker.full_name:
                worker.full_name = full_name.strip()
                changed.append("full_name")
            if role is not None and role != worker.role:
                worker.role = role
                changed.append("role")
            if centre_id is not ... and centre_id != worker.centre_id:
                worker.centre_id = centre_id  # type: ignore[assignment]
                changed.append("centre")
            if active is not None and active != worker.active:
                worker.active = active
                changed.append("active")
            for key, value in signature.items():
                if getattr(worker, key) != value:
                    setattr(worker, key, value)
                    changed.append(key)
            if changed:
                record(s, actor, AuditAction.USER_CHANGE, user_id=worker.id, changed=",".join(changed),
                       role=worker.role, active=worker.active)
            s.flush()
            return self._view(s, worker)

    def reset_password(self, user_id: int, password: str, confirm: str | None = None) -> None:
        """A coordinator sets a new password (and unlocks the account)."""
        actor = self._caller(Permission.MANAGE_USERS)
        with self.db.read() as s:
            username = self._worker(s, user_id).username
        col = Collector()
        self._check_password(col, password, confirm, username)
        col.raise_if_any()
        password_hash = hash_password(password)
        with self.db.session() as s:
            worker = self._worker(s, user_id)
            worker.password_hash = password_hash
            worker.failed_sign_ins, worker.locked_until = 0, None
            record(s, actor, AuditAction.PASSWORD_CHANGE, user_id=worker.id, reset=True)

    def unlock(self, user_id: int) -> UserView:
        actor = self._caller(Permission.MANAGE_USERS)
        with self.db.session() as s:
            worker = self._worker(s, user_id)
            worker.failed_sign_ins, worker.locked_until = 0, None
            record(s, actor, AuditAction.USER_CHANGE, user_id=worker.id, changed="unlocked")
            s.flush()
            return self._view(s, worker)

    def find_user(self, username: str) -> UserView:
        self._caller(Permission.MANAGE_USERS)
        with self.db.read() as s:
            worker = s.scalar(select(Worker).where(Worker.username == normalise_username(username)))
            if worker is None:
                raise NotFoundError(NO_SUCH_USER)
            return self._view(s, worker)

    # ----------------------------------------------------------------- helpers
    def _check_account(self, col: Collector, username: str, full_name: str, password: str,
                       confirm: str | None) -> None:
        if col.required("username", L_USERNAME, username) and not _USERNAME.match(username):
            col.add("username", BAD_USERNAME, label=L_USERNAME)
        if col.required("full_name", L_FULL_NAME, full_name):
            col.max_length("full_name", L_FULL_NAME, full_name, 200)
        self._check_password(col, password, confirm, username)

    @staticmethod
    def _check_password(col: Collector, password: str, confirm: str | None, username: str) -> None:
        if not col.required("password", L_PASSWORD, password):
            return
        for problem in password_problems(password, username):
            col.add("password", problem)
        if confirm is not None and confirm != password:
            col.add("confirm", PASSWORDS_DIFFER)

    @staticmethod
    def _check_signature(col: Collector, job_title: str | None, job_title_form: str | None, phone: str | None,
                         email: str | None) -> dict[str, str | None]:
        """The signature fields as stored: a known title as its code, the phone in Belgian grouping."""
        title = " ".join((job_title or "").split()) or None
        if title is not None:
            col.max_length("job_title", L_JOB_TITLE, title, 100)
            title = job_titles.find_code(title) or title
        form = job_title_form or None
        col.choice("job_title_form", L_TITLE_FORM, form, frozenset(f.value for f in enums.TitleForm))
        return {"job_title": title, "job_title_form": form,
                "phone": check_phone(col, "phone", L_PHONE, phone),
                "email": check_email(col, "email", L_EMAIL, email)}

    @staticmethod
    def _check_unique(s: Session, col: Collector, username: str, user_id: int | None) -> None:
        clash = s.scalar(select(Worker.id).where(Worker.username == username))
        if clash is not None and clash != user_id:
            col.add("username", USERNAME_TAKEN, label=L_USERNAME, value=username)

    @staticmethod
    def _view(s: Session, worker: Worker) -> UserView:
        centre = s.get(ReceptionCentre, worker.centre_id) if worker.centre_id else None
        return _user(worker, centre.name if centre else None, centre is not None and centre.retired_at is not None)

    @staticmethod
    def _worker(s: Session, user_id: int | None) -> Worker:
        worker = s.get(Worker, user_id) if user_id is not None else None
        if worker is None:
            raise NotFoundError(NO_SUCH_USER)
        return worker


def _user(w: Worker, centre_name: str | None, centre_retired: bool = False) -> UserView:
    return UserView(w.id, w.username, w.full_name, w.role, w.centre_id, centre_name, bool(w.active),
                    bool(w.password_hash), w.locked_until, w.failed_sign_ins or 0, w.last_sign_in, w.job_title,
                    w.job_title_form, w.phone, w.email, centre_retired)
