"""SecretStore over keyring, and the recovery-key / key-information formats (no database)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError

from transition_app.security import InvalidRecoveryKey, KeyInfoError, KeyUnavailable, WeakPassphrase, WrongKey, keys
from transition_app.security.secrets import KeyringSecretStore, MemorySecretStore, SecretStore

CHEAP = keys.KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend (the tests' stand-in for the OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.data:
            raise PasswordDeleteError("missing")
        del self.data[(service, username)]


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


@pytest.fixture
def use_backend() -> Iterator:
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_memory_keyring_is_a_system_store(use_backend):
    backend = use_backend(MemoryKeyring())
    store = KeyringSecretStore()
    assert isinstance(store, SecretStore)
    assert store.is_system and store.backend_name.endswith("MemoryKeyring")
    assert store.get("svc", "acct") is None
    assert store.set("svc", "acct", "s3cret")
    assert backend.data == {("svc", "acct"): "s3cret"}
    assert store.get("svc", "acct") == "s3cret"
    assert store.delete("svc", "acct") and store.delete("svc", "acct")  # missing: still fine
    assert store.get("svc", "acct") is None


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],
                         ids=["fail", "null"])
def test_fail_and_null_backends_mean_no_system_keyring(use_backend, backend):
    use_backend(backend)
    store = KeyringSecretStore()
    assert not store.is_system
    assert store.backend_name.startswith("none")
    assert store.get("svc", "acct") is None
    assert store.set("svc", "acct", "x") is False
    assert store.delete("svc", "acct") is False


def test_locked_keyring_never_raises(use_backend, caplog):
    use_backend(LockedKeyring())
    store = KeyringSecretStore()
    assert store.is_system
    assert store.get("svc", "acct") is None and store.last_error == "KeyringLocked"
    assert store.set("svc", "acct", "top-secret-value") is False
    assert "top-secret-value" not in caplog.text and "KeyringLocked" in caplog.text


def test_init_error_means_no_keyring(monkeypatch):
    def boom():
        raise InitError("no D-Bus")

    monkeypatch.setattr(keyring, "get_keyring", boom)
    store = KeyringSecretStore()
    assert not store.is_system and store.last_error == "InitError"
    assert store.get("svc", "acct") is None


def test_keyrings_alt_plaintext_backend_is_not_a_system_keyring():
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    assert not KeyringSecretStore(backend=plaintext).is_system


def test_chainer_of_unusable_backends_is_not_a_system_keyring():
    from keyring.backends.chainer import ChainerBackend

    def chain_of(*backends: KeyringBackend) -> KeyringBackend:
        cls = type("ChainerBackend", (ChainerBackend,), {"__module__": "keyring.backends.chainer",
                                                         "backends": property(lambda self: list(backends))})
        return cls.__new__(cls)

    assert not KeyringSecretStore(backend=chain_of(keyring.backends.null.Keyring())).is_system
    assert KeyringSecretStore(backend=chain_of(keyring.backends.null.Keyring(), MemoryKeyring())).is_system


def test_system_keyring_can_be_turned_off(use_backend):
    use_backend(MemoryKeyring())
    store = KeyringSecretStore(use_system_keyring=False)
    assert not store.is_system and store.backend_name == "disabled" and store.set("s", "a", "x") is False


def test_keyring_calls_are_serialised_across_threads(use_backend):
    use_backend(MemoryKeyring())
    store = KeyringSecretStore()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(50):
                assert store.set("svc", f"{n}-{i}", str(i)) and store.get("svc", f"{n}-{i}") == str(i)
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


# --- recovery key ---------------------------------------------------------------------------

def test_recovery_key_round_trip_and_tolerance():
    key = bytes(range(32))
    text = keys.format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == keys.RECOVERY_GROUPS and all(len(g) == 4 for g in groups)
    assert keys.parse_recovery_key(text) == key
    sloppy = " " + text.lower().replace("-", "  ").replace("0", "o").replace("1", "l") + "\n"
    assert keys.parse_recovery_key(sloppy) == key


@pytest.mark.parametrize("mangle", [
    lambda t: ("B" if t[0] != "B" else "C") + t[1:],      # one typo
    lambda t: t[:10] + t[11] + t[10] + t[12:],             # two characters swapped
    lambda t: t[:-1],                                      # one character missing
    lambda t: t + "A",                                     # one too many
    lambda t: "U" + t[1:],                                 # not in the alphabet
    lambda t: "",
])
def test_recovery_key_typos_are_caught(mangle):
    text = keys.format_recovery_key(b"\x42" * 32)
    mangled = mangle(text)
    if mangled.replace("-", "") == text.replace("-", ""):
        pytest.skip("the swap produced the same text")
    with pytest.raises(InvalidRecoveryKey):
        keys.parse_recovery_key(mangled)


# --- key information (sidecar) and the key logic, without a database ------------------------

def test_keyring_path_keeps_the_key_out_of_the_sidecar(tmp_path, use_backend):
    backend = use_backend(MemoryKeyring())
    store = KeyringSecretStore()
    db = tmp_path / "transition.db"
    new = keys.create_key(db, store)
    sidecar = keys.keyinfo_path(db).read_text()
    assert new.key.hex() not in sidecar and new.key.hex().upper() not in sidecar
    assert keys.format_recovery_key(new.key).replace("-", "") not in sidecar
    assert list(backend.data) == [("transition-app", f"database/{new.info.database_id}")]
    assert keys.unlock(db, store) == new.key
    assert oct(keys.keyinfo_path(db).stat().st_mode & 0o777) == "0o600"


def test_no_keyring_asks_for_a_new_passphrase(tmp_path, use_backend):
    use_backend(keyring.backends.fail.Keyring())
    store = KeyringSecretStore()
    db = tmp_path / "transition.db"
    with pytest.raises(KeyUnavailable) as err:
        keys.create_key(db, store)
    assert err.value.needs == "new_passphrase"
    assert not keys.keyinfo_path(db).exists()
    with pytest.raises(WeakPassphrase):
        keys.create_key(db, store, "short", kdf=CHEAP)
    new = keys.create_key(db, store, "a long enough passphrase", kdf=CHEAP)
    with pytest.raises(KeyUnavailable) as err:
        keys.unlock(db, store)
    assert err.value.needs == "passphrase"
    with pytest.raises(WrongKey):
        keys.unlock(db, store, "a long enough passphrasE")
    assert keys.unlock(db, store, "a long enough passphrase") == new.key
    # Unicode normalisation: the same passphrase typed in composed or decomposed form.
    db2 = tmp_path / "other.db"
    new2 = keys.create_key(db2, store, "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e", kdf=CHEAP)
    assert keys.unlock(db2, store, "cafe\u0301 cre\u0300me bru\u0302le\u0301e") == new2.key


def test_kdf_parameters_are_recorded_and_used(tmp_path):
    store = MemorySecretStore(is_system=False)
    db = tmp_path / "transition.db"
    custom = keys.KdfParams(time_cost=2, memory_cost_kib=16384, parallelism=2)
    keys.create_key(db, store, "a long enough passphrase", kdf=custom)
    info = keys.read_keyinfo(db)
    assert info is not None and info.kdf == custom and info.salt and len(info.salt) == 16
    import json

    raw = json.loads(keys.keyinfo_path(db).read_text())
    assert raw["kdf"]["name"] == "argon2id" and raw["kdf"]["memory_cost_kib"] == 16384
    assert raw["wrapped_key"]["alg"] == "AES-256-GCM"


def test_default_kdf_is_memory_hard():
    assert keys.DEFAULT_KDF.name == "argon2id"
    assert keys.DEFAULT_KDF.memory_cost_kib >= 64 * 1024 and keys.DEFAULT_KDF.time_cost >= 2


def test_keyring_losing_the_key_asks_for_the_recovery_key(tmp_path, use_backend):
    backend = use_backend(MemoryKeyring())
    store = KeyringSecretStore()
    db = tmp_path / "transition.db"
    new = keys.create_key(db, store)
    backend.data.clear()
    with pytest.raises(KeyUnavailable) as err:
        keys.unlock(db, store)
    assert err.value.needs == "recovery_key"
    key = keys.restore_with_recovery_key(db, store, new.recovery_key)
    assert key == new.key and keys.unlock(db, store) == new.key
    # a locked keyring: the same question, no crash
    use_backend(LockedKeyring())
    with pytest.raises(KeyUnavailable) as err:
        keys.unlock(db, KeyringSecretStore())
    assert err.value.needs == "recovery_key" and "KeyringLocked" in str(err.value)


def test_damaged_sidecar_is_a_clear_error(tmp_path):
    db = tmp_path / "transition.db"
    keys.keyinfo_path(db).write_text("{not json")
    with pytest.raises(KeyInfoError):
        keys.unlock(db, MemorySecretStore())
    keys.keyinfo_path(db).write_text('{"format": 99}')
    with pytest.raises(KeyInfoError, match="unknown format"):
        keys.read_keyinfo(db)


def test_passphrase_from_env():
    assert keys.passphrase_from_env({"TRANSITION_APP_PASSPHRASE": "abc"}) == "abc"
    assert keys.passphrase_from_env({"TRANSITION_APP_PASSPHRASE": ""}) is None
    assert keys.passphrase_from_env({}) is None
