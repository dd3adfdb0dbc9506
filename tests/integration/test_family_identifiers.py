"""The identifiers a CPAS needs, in the family service (issue 10, point 4): a bad national register
number or OE/DVZ number is refused with a plain message naming the member, nothing is written, and
``check`` reports them with the other field problems; the numbers reach letters formatted."""

import dataclasses
import datetime as dt

import pytest

from tests.conftest import decision, family_input, person
from tests.integration.test_families_service import count, make_nrn
from transition_app.access.permissions import Actor
from transition_app.domain.validation import ValidationError
from transition_app.store.models import Family, Person

OMAR_BIRTH = dt.date(2015, 6, 1)


def test_a_bad_national_number_is_refused_naming_the_member_and_nothing_is_saved(ctx):
    good = make_nrn(OMAR_BIRTH, 7)
    bad = good[:-2] + f"{(int(good[-2:]) + 1) % 97:02d}"
    data = family_input(person(), person("Omar", "Haddad", "child", birth_date=OMAR_BIRTH, sex="M",
                                         national_number=bad), oe_number="8.123.456")
    with pytest.raises(ValidationError) as err:
        ctx.families.create_family(data)
    assert [(e.field, e.code.id) for e in err.value.errors] == [("members[1].national_number",
                                                                 "family.nrn_check_digits")]
    assert err.value.errors[0].message.startswith("HADDAD Omar: the national register number is not valid")
    assert count(ctx, Family) == 0 and count(ctx, Person) == 0
    # an existing family: the update is refused, the stored family is unchanged
    created = ctx.families.create_family(dataclasses.replace(data, members=data.members[:1]))
    with pytest.raises(ValidationError):
        ctx.families.update_family(created.id, data, created.version)
    again = ctx.families.get_family(created.id)
    assert again.version == created.version and len(again.members) == 1


def test_check_reports_identifiers_with_the_other_problems(ctx):
    data = family_input(person(given="", national_number="12345"), oe_number="81x",
                        decision=decision(reference="CG\x0712"))
    found = {e.field: e for e in ctx.families.check(data)}
    assert {"members[0].given_names", "members[0].national_number", "oe_number", "decision.reference"} <= set(found)
    assert found["members[0].national_number"].message == (
        "HADDAD: a national register number has 11 digits (YY.MM.DD-XXX.CC); the one entered has 5.")
    assert found["oe_number"].message == (
        "Immigration Office (OE/DVZ) number: only digits, with or without dots (for example 8.123.456).")
    short = {e.field: e for e in ctx.families.check(family_input(oe_number="1.234"))}
    assert short["oe_number"].message == (
        "Immigration Office (OE/DVZ) number: it has 4 digits; an Immigration Office number has 5 to 10.")
    assert ctx.families.check(family_input(oe_number="SP 8 123 456")) == []


def test_identifiers_stored_compact_and_given_formatted_to_letters(ctx, staff):
    nrn = make_nrn(dt.date(1990, 3, 4), 123)
    created = ctx.families.create_family(family_input(person(national_number=nrn), oe_number="SP 8123456",
                                                      decision=decision(reference="  CG 26/12345  ")))
    with ctx.db.read() as s:
        assert s.get(Family, created.id).oe_number == "8123456"
    detail = ctx.families.get_family(created.id)
    assert detail.oe_number == "8.123.456" and detail.decision.reference == "CG 26/12345"
    assert detail.members[0].national_number == nrn
    assert detail.members[0].national_number_formatted == f"{nrn[:2]}.{nrn[2:4]}.{nrn[4:6]}-{nrn[6:9]}.{nrn[9:]}"
    assert detail.to_input().oe_number == "8.123.456"  # round trip through the dialog keeps it
    again = ctx.families.update_family(created.id, detail.to_input(), detail.version)
    assert again.oe_number == "8.123.456"
    # an admin buddy does not see it (like the national register numbers)
    bea = ctx.staff.create_worker("bea", "Bea", "admin_buddy", staff["centre"].id)
    ctx.families.update_family(created.id, dataclasses.replace(again.to_input(), centre_id=staff["centre"].id,
                                                               worker_id=staff["anna"].id), again.version)
    ctx.buddies.assign(created.id, bea.id)
    seen = ctx.for_actor(Actor(bea.id, "bea", "admin_buddy", staff["centre"].id)).families.get_family(created.id)
    assert seen.restricted and seen.oe_number is None and seen.members[0].national_number is None
