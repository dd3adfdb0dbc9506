import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import datetime as dt  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from transition_app.paths import AppPaths  # noqa: E402
from transition_app.services.context import AppContext, open_context  # noqa: E402
from transition_app.services.dto import DecisionInput, FamilyInput, PersonInput  # noqa: E402

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path / "data").ensure()


@pytest.fixture
def ctx(app_paths) -> Iterator[AppContext]:
    context = open_context(app_paths)
    context.families.today = lambda: TODAY
    yield context
    context.close()


@pytest.fixture
def staff(ctx):
    centre = ctx.staff.create_centre("Centre de test Jodoigne", "fedasil", "25043")
    anna = ctx.staff.create_worker("anna", "Anna Peeters", "social_worker", centre.id)
    bram = ctx.staff.create_worker("bram", "Bram Claes", "social_worker", centre.id)
    return {"centre": centre, "anna": anna, "bram": bram}


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
