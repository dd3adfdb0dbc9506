"""Where secrets live: the operating system's keyring, through ``keyring``.  Qt-free.

``SecretStore`` is the protocol the rest of the application uses; ``KeyringSecretStore``
wraps ``keyring`` (Secret Service on Linux, macOS Keychain, Windows Credential Locker).

Policy (style guide 7.7):

* The ``fail`` backend (headless, no keyring found), the ``null`` backend and any error while
  choosing a backend mean **no system keyring**: ``is_system`` is False and nothing is stored.
  The caller then asks for a passphrase instead (see ``security.keys``).
* ``keyrings.alt`` backends are *not* a system keyring either: its ``PlaintextKeyring`` keeps
  secrets base64-encoded in a file, which would put the database key on disk in plaintext.
* Every ``keyring.errors.KeyringError`` (locked keyring, missing entry on delete, D-Bus failure)
  is caught here, logged by its class name only (never the secret, never the message), and
  turned into a return value: these methods never raise.
* Calls are serialised with a lock: the GUI may touch the keyring from a worker thread.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Protocol, runtime_checkable

log = logging.getLogger(__name__)

#: One lock for every keyring call in the process (D-Bus backends are not thread-safe).
keyring_lock = threading.RLock()

#: Backends that exist but are not a safe place for a database key.
_NOT_SYSTEM_CLASSES = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
}
_NOT_SYSTEM_MODULE_PREFIXES = ("keyrings.alt",)


@runtime_checkable
class SecretStore(Protocol):
    """A place for small secrets, addressed by (service, account)."""

    @property
    def is_system(self) -> bool:
        """True when secrets are kept by the operating system's keyring."""
        ...

    @property
    def backend_name(self) -> str:
        """A short, non-secret description of where secrets go (for the user and logs)."""
        ...

    def get(self, service: str, account: str) -> str | None:
        """The secret, or None when it is missing or the store cannot be read."""
        ...

    def set(self, service: str, account: str, secret: str) -> bool:
        """Store the secret; False when it could not be stored."""
        ...

    def delete(self, service: str, account: str) -> bool:
        """Remove the secret; a missing entry is not an error.  False when the store failed."""
        ...


def _qualname(obj: object) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_usable_backend(backend: Any) -> bool:
    name = _qualname(backend)
    if name in _NOT_SYSTEM_CLASSES or name.startswith(_NOT_SYSTEM_MODULE_PREFIXES):
        return False
    inner = getattr(backend, "backends", None)  # keyring.backends.chainer.ChainerBackend
    if inner is not None and name.startswith("keyring.backends.chainer"):
        return any(_is_usable_backend(b) for b in inner)
    return True


class KeyringSecretStore:
    """``SecretStore`` over the ``keyring`` package.

    ``use_system_keyring=False`` (a user setting) turns the keyring off entirely.
    ``backend`` is for tests; by default the backend keyring chose is looked up once.
    """

    def __init__(self, use_system_keyring: bool = True, backend: Any | None = None):
        self._enabled = use_system_keyring
        self._backend: Any | None = backend
        self._resolved = backend is not None
        #: Class name of the last keyring error (e.g. "KeyringLocked"), None after a success.
        self.last_error: str | None = None

    def _keyring(self) -> Any | None:
        if not self._enabled:
            return None
        with keyring_lock:
            if not self._resolved:
                self._resolved = True
                try:
                    import keyring

                    self._backend = keyring.get_keyring()
                except Exception as exc:  # InitError, broken D-Bus, import problems: no keyring
                    self._note(exc, "choosing a keyring backend")
                    self._backend = None
            return self._backend if self._backend is not None and _is_usable_backend(self._backend) else None

    def _note(self, exc: BaseException, doing: str) -> None:
        self.last_error = type(exc).__name__
        log.warning("keyring: %s failed (%s)", doing, type(exc).__name__)

    @property
    def is_system(self) -> bool:
        return self._keyring() is not None

    @property
    def backend_name(self) -> str:
        if not self._enabled:
            return "disabled"
        kr = self._keyring()
        if kr is None:
            return "none" if self._backend is None else f"none ({_qualname(self._backend)})"
        return _qualname(kr)

    def get(self, service: str, account: str) -> str | None:
        kr = self._keyring()
        if kr is None:
            return None
        with keyring_lock:
            try:
                value = kr.get_password(service, account)
            except Exception as exc:  # KeyringError (KeyringLocked, ...) or a backend bug
                self._note(exc, "reading a secret")
                return None
        self.last_error = None
        return value

    def set(self, service: str, account: str, secret: str) -> bool:
        kr = self._keyring()
        if kr is None:
            return False
        with keyring_lock:
            try:
                kr.set_password(service, account, secret)
            except Exception as exc:  # PasswordSetError, KeyringLocked, ...
                self._note(exc, "storing a secret")
                return False
        self.last_error = None
        return True

    def delete(self, service: str, account: str) -> bool:
        kr = self._keyring()
        if kr is None:
            return False
        from keyring.errors import PasswordDeleteError

        with keyring_lock:
            try:
                kr.delete_password(service, account)
            except PasswordDeleteError:
                pass  # missing entry: the contract says this is fine
            except Exception as exc:
                self._note(exc, "deleting a secret")
                return False
        self.last_error = None
        return True


class MemorySecretStore:
    """A dictionary: for tests, and for a session that must not touch the keyring."""

    def __init__(self, is_system: bool = True, name: str = "memory"):
        self._data: dict[tuple[str, str], str] = {}
        self._is_system = is_system
        self._name = name
        self.last_error: str | None = None

    @property
    def is_system(self) -> bool:
        return self._is_system

    @property
    def backend_name(self) -> str:
        return self._name

    def get(self, service: str, account: str) -> str | None:
        return self._data.get((service, account)) if self._is_system else None

    def set(self, service: str, account: str, secret: str) -> bool:
        if not self._is_system:
            return False
        self._data[(service, account)] = secret
        return True

    def delete(self, service: str, account: str) -> bool:
        self._data.pop((service, account), None)
        return True


def default_store(use_system_keyring: bool = True) -> SecretStore:
    return KeyringSecretStore(use_system_keyring)
