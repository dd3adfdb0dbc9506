import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import datetime as dt  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from transition_app.paths import AppPaths  # noqa: E402
from transition_app.services.context import AppContext, open_context  # noqa: E402
from transition_app.services.dto import CentreInput, DecisionInput, FamilyInput, PersonInput  # noqa: E402

TODAY = dt.date(2026, 11, 23)


class MemoryKeyring:
    """An in-memory OS keyring for tests (never the real one)."""

    priority = 1

    def __init__(self):
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every test gets an empty in-memory keyring, so the encrypted store's key never
    reaches a real keyring and no passphrase prompt or slow KDF is needed."""
    import keyring
    from keyring.backend import KeyringBackend

    store = MemoryKeyring()
    backend = type("TestMemoryKeyring", (KeyringBackend,), {
        "priority": 1, "get_password": lambda self, s, u: store.get_password(s, u),
        "set_password": lambda self, s, u, p: store.set_password(s, u, p),
        "delete_password": lambda self, s, u: store.delete_password(s, u)})()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path / "data").ensure()


TEST_USER, TEST_PASSWORD = "coordinator", "long enough test password"


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch):
    """Argon2id with tiny parameters (the real ones take ~0.1 s per hash, many tests hash)."""
    from argon2 import PasswordHasher

    from transition_app.access import passwords

    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda *a, **k: hasher)


@pytest.fixture(autouse=True)
def cli_credentials(monkeypatch):
    """The command line signs in with these (``demo`` creates this coordinator on a new database)."""
    monkeypatch.setenv("TRANSITION_APP_USER", TEST_USER)
    monkeypatch.setenv("TRANSITION_APP_PASSWORD", TEST_PASSWORD)


@pytest.fixture
def ctx(app_paths) -> Iterator[AppContext]:
    """The services of a fresh database, acting as ``SYSTEM`` (a coordinator without a person)."""
    from transition_app.access.permissions import SYSTEM

    context = open_context(app_paths).for_actor(SYSTEM)
    context.clock.freeze(TODAY)
    yield context
    context.close()


@pytest.fixture
def staff(ctx):
    centre = ctx.staff.create_centre(centre_input("Centre de test Jodoigne", "fedasil", "25043"))
    anna = ctx.staff.create_worker("anna", "Anna Peeters", "social_worker", centre.id)
    bram = ctx.staff.create_worker("bram", "Bram Claes", "social_worker", centre.id)
    return {"centre": centre, "anna": anna, "bram": bram}


def centre_input(name: str = "Centre de test Jodoigne", operator: str = "fedasil", nis: str = "25043",
                 **kw) -> CentreInput:
    """A complete, valid centre in the municipality ``nis`` (its first postcode)."""
    from transition_app.domain import directory

    defaults = dict(street="Rue de la Station 12", postcode=directory.postcodes_of(nis)[0], municipality=nis,
                    phone="010 81 23 45", email="accueil@example.org")
    defaults.update(kw)
    return CentreInput(name=name, operator=operator, **defaults)


def person(given: str = "Amal", family: str = "Haddad", relation: str = "head", **kw) -> PersonInput:
    defaults = dict(birth_date=dt.date(1990, 3, 4), sex="F", nationality="SY", languages=("ar",),
                    preferred_language="ar")
    defaults.update(kw)
    return PersonInput(given_names=given, family_name=family, relation=relation, **defaults)


def family_input(*members: PersonInput, **kw) -> FamilyInput:
    if not members:
        members = (person(), person("Omar", "Haddad", "child", birth_date=dt.date(2015, 6, 1), sex="M"))
    return FamilyInput(members=tuple(members), **kw)


def decision(**kw) -> DecisionInput:
    defaults = dict(protection_type="refugee", deciding_body="cgrs", decision_date=dt.date(2026, 10, 1),
                    asylum_application_date=dt.date(2025, 2, 1), notification_date=dt.date(2026, 10, 3),
                    reference="26/12345")
    defaults.update(kw)
    return DecisionInput(**defaults)
