"""Password hashing (Argon2id, memory-hard) and sign-in lock-out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from transition_app.domain.validation import ErrorCode
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
PASSWORD_TOO_SHORT = ErrorCode("password.too_short", QT_TRANSLATE_NOOP(
    "Validation", "The password needs at least 10 characters."), "Validation")
PASSWORD_HAS_USERNAME = ErrorCode("password.has_username", QT_TRANSLATE_NOOP(
    "Validation", "The password must not contain the user name."), "Validation")


@dataclass(frozen=True)
class LockoutPolicy:
    """After ``max_failures`` wrong passwords in a row the account is locked for ``lock_minutes``."""

    max_failures: int = 5
    lock_minutes: int = 15

    def locked_until(self, failures: int, now: dt.datetime) -> dt.datetime | None:
        if failures >= self.max_failures:
            return now + dt.timedelta(minutes=self.lock_minutes)
        return None


@cache
def _hasher(time_cost: int = 3, memory_kib: int = 64 * 1024) -> PasswordHasher:
    # OWASP's Argon2id recommendation (m=64 MiB... 19 MiB minimum); parameters are stored in
    # each hash, so raising them later re-hashes passwords at their next sign-in.
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    if not stored_hash:
        return False
    try:
        return _hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher().check_needs_rehash(stored_hash)


def password_problems(password: str, username: str = "") -> list[ErrorCode]:
    """What is wrong with a weak password, as error codes (context "Validation")."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(PASSWORD_TOO_SHORT)
    if username and username.casefold() in password.casefold():
        problems.append(PASSWORD_HAS_USERNAME)
    return problems
