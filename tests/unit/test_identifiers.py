"""The identifiers a CPAS needs (issue 10, point 4): national register and BIS numbers, the Immigration
Office (OE/DVZ) number, the CGRS decision reference.  Numbers are generated with the published
check-digit rule (97 - n mod 97, with a 2 in front for births from 2000): they belong to nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from transition_app.domain import identifiers as ids


def make(birth: dt.date, serial: int, *, bis_offset: int = 0) -> str:
    first = f"{birth:%y}{birth.month + bis_offset:02d}{birth:%d}{serial:03d}"
    return first + ids.nrn_check_digits(first, birth.year >= 2000)


@pytest.mark.parametrize(("birth", "serial"), [
    (dt.date(1985, 7, 30), 33), (dt.date(1990, 3, 4), 123), (dt.date(1961, 12, 31), 998),
    (dt.date(2003, 1, 9), 2), (dt.date(2017, 7, 30), 33), (dt.date(2024, 2, 29), 511),
])
def test_valid_national_numbers_are_accepted_formatted_and_give_the_birth_date(birth, serial):
    number = make(birth, serial)
    formatted = f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
    for typed in (number, formatted, f" {number[:6]} {number[6:9]} {number[9:]} ", formatted.replace(".", " ")):
        found = ids.check_nrn(typed)
        assert (found.compact, found.kind, found.birth_date, found.formatted) == (number, "nn", birth, formatted)
    assert ids.format_nrn(number) == formatted


def test_the_2000_rule_is_what_makes_a_number_valid():
    birth = dt.date(2005, 6, 15)
    first = f"{birth:%y%m%d}042"
    assert ids.nrn_check_digits(first, True) != ids.nrn_check_digits(first, False)
    assert ids.check_nrn(first + ids.nrn_check_digits(first, True)).birth_date == birth
    assert ids.check_nrn(first + ids.nrn_check_digits(first, False)).birth_date == dt.date(1905, 6, 15)
    future = "400615042"  # 2040 has not come: only the 1940 reading exists
    assert ids.check_nrn(future + ids.nrn_check_digits(future, False)).birth_date == dt.date(1940, 6, 15)
    with pytest.raises(ids.IdentifierError) as err:
        ids.check_nrn(future + ids.nrn_check_digits(future, True))
    assert err.value.reason is ids.CHECK_DIGITS


@pytest.mark.parametrize(("offset", "birth"), [(20, dt.date(1988, 4, 12)), (40, dt.date(1999, 11, 1)),
                                               (20, dt.date(2011, 5, 6))])
def test_bis_numbers(offset, birth):
    number = make(birth, 17, bis_offset=offset)
    found = ids.check_nrn(number)
    assert found.kind == "bis" and found.birth_date == birth


def test_an_unknown_birth_day_is_valid_without_a_birth_date():
    first = "900300123"  # March 1990, day unknown
    found = ids.check_nrn(first + ids.nrn_check_digits(first, False))
    assert found.birth_date is None


@pytest.mark.parametrize(("typed", "reason"), [
    ("1234567890", ids.LENGTH), ("123456789012", ids.LENGTH), ("85.07.30-O33.28", ids.NOT_DIGITS),
    ("85073003329", ids.CHECK_DIGITS),  # one off the valid 85.07.30-033.28
    ("85133003370", ids.BIRTH_DATE),  # month 13 (check digits right)
    ("00000000097", ids.BIRTH_DATE),
])
def test_invalid_national_numbers_say_why(typed, reason):
    with pytest.raises(ids.IdentifierError) as err:
        ids.check_nrn(typed)
    assert err.value.reason is reason
    assert ids.nrn_or_none(typed) is None
    if len(ids.compact_nrn(typed)) != 11 or not ids.compact_nrn(typed).isdigit():
        assert ids.format_nrn(typed) == typed  # not 11 digits: shown as typed


def test_every_wrong_check_digit_pair_is_refused():
    number = make(dt.date(1979, 10, 20), 345)
    wrong = [f"{cc:02d}" for cc in range(100) if f"{cc:02d}" != number[-2:]]
    refused = 0
    for cc in wrong:
        try:
            ids.check_nrn(number[:-2] + cc)
        except ids.IdentifierError:
            refused += 1
    assert refused == len(wrong)  # 2079 has not come: no second reading


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("8123456", "8123456", "8.123.456"), ("8.123.456", "8123456", "8.123.456"),
    ("SP 8.123.456", "8123456", "8.123.456"), ("sp: 12345", "12345", "12.345"),
    ("1 234 567 890", "1234567890", "1.234.567.890"),
])
def test_oe_numbers(typed, stored, shown):
    assert ids.check_oe(typed) == stored
    assert ids.format_oe(typed) == shown == ids.format_oe(stored)


@pytest.mark.parametrize(("typed", "reason"), [("1234", ids.LENGTH), ("12345678901", ids.LENGTH),
                                               ("8.12x.456", ids.NOT_DIGITS), ("OE-8123456", ids.NOT_DIGITS)])
def test_bad_oe_numbers(typed, reason):
    with pytest.raises(ids.IdentifierError) as err:
        ids.check_oe(typed)
    assert err.value.reason is reason


def test_cgrs_reference_is_free_text_with_a_limit():
    assert ids.check_reference("  CG 12/34567   B ") == "CG 12/34567 B"
    with pytest.raises(ids.IdentifierError) as err:
        ids.check_reference("x" * (ids.REFERENCE_MAX + 1))
    assert err.value.reason is ids.LENGTH
    with pytest.raises(ids.IdentifierError) as err:
        ids.check_reference("CG\x0712")
    assert err.value.reason is ids.CONTROL
