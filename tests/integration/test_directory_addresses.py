"""Directory details with the date each was checked, the uncertain mark, and the postal address of a
letter's recipient (issue 10, point 2): the letter asks for an unknown or uncertain address and can
save what was typed back to the directory."""

import datetime as dt

import pytest

from tests.conftest import TODAY, centre_input
from transition_app.access.permissions import Actor
from transition_app.domain.validation import PermissionDenied, ValidationError
from transition_app.services.directory_service import (
    ADDRESS_NO_POSTCODE,
    ADDRESS_UNCERTAIN,
    ADDRESS_UNKNOWN,
    NO_SUCH_RECIPIENT,
    DirectoryEntryInput,
)

LIEGE, IXELLES, RODE = "62063", "21009", "23101"
EARLIER = dt.date(2025, 5, 2)


@pytest.fixture
def people(ctx):
    centre = ctx.staff.create_centre(centre_input("Centre de Jodoigne", "fedasil", "25043"))
    out = {}
    for username, role in (("anna", "social_worker"), ("bea", "admin_buddy")):
        w = ctx.staff.create_worker(username, username.title(), role, centre.id)
        out[username] = ctx.for_actor(Actor(w.id, username, role, w.centre_id))
    return out


def ngo(**kw) -> DirectoryEntryInput:
    values = dict(name="Convivial", kind="ngo", service="ngo", address="Rue du Charroi 33", postcode="1190",
                  phone="+32 2 503 43 46", email="info@example.org", opening_hours="Mon-Fri 9:00-17:00")
    values.update(kw)
    return DirectoryEntryInput(**values)


def test_checked_dates_and_uncertain_round_trip(people):
    anna = people["anna"].directory
    added = anna.add(ngo(address_checked_on=EARLIER, phone_checked_on=EARLIER, uncertain=True))
    # a new detail without a date was checked now; the dates given are kept; no date for no detail
    assert (added.address_checked_on, added.phone_checked_on, added.email_checked_on,
            added.hours_checked_on) == (EARLIER, EARLIER, TODAY, TODAY)
    assert added.uncertain
    again = anna.get(added.key)
    assert (again.address_checked_on, again.phone_checked_on, again.uncertain) == (EARLIER, EARLIER, True)
    no_mail = anna.add(ngo(name="Other", email=""))
    assert no_mail.email_checked_on is None


def test_a_changed_detail_whose_date_was_not_changed_is_dated_today(people):
    anna = people["anna"].directory
    added = anna.add(ngo(address_checked_on=EARLIER, phone_checked_on=EARLIER, email_checked_on=EARLIER,
                         hours_checked_on=EARLIER))
    data = added.to_input()
    edited = anna.update(added.key, DirectoryEntryInput(**{**data.__dict__, "phone": "+32 2 000 00 00",
                                                            "postcode": "1060", "municipality_nis": None,
                                                            "uncertain": True}),
                         added.version)
    assert edited.phone_checked_on == TODAY and edited.address_checked_on == TODAY  # the postcode changed
    assert edited.email_checked_on == EARLIER and edited.hours_checked_on == EARLIER  # unchanged: kept
    # a date changed with the value wins; clearing a detail clears its date
    data = edited.to_input()
    january = dt.date(2026, 1, 5)
    later = anna.update(edited.key, DirectoryEntryInput(**{**data.__dict__, "email": "new@example.org",
                                                           "email_checked_on": january, "opening_hours": ""}),
                        edited.version)
    assert later.email_checked_on == january and later.hours_checked_on is None and later.uncertain


def test_a_checked_date_in_the_future_is_refused(people):
    with pytest.raises(ValidationError) as err:
        people["anna"].directory.add(ngo(phone_checked_on=TODAY + dt.timedelta(days=1)))
    assert [e.field for e in err.value.errors] == ["phone_checked_on"]
    assert err.value.errors[0].message == "Date the phone number was checked cannot be in the future."


def test_shipped_entry_details_carry_their_dates(people):
    anna = people["anna"].directory
    edited = anna.update(f"cpas:{LIEGE}", DirectoryEntryInput(address="Place Saint-Jacques 13", postcode="4000",
                                                              phone="04 220 59 11"), None)
    assert edited.overridden and edited.address_checked_on == TODAY and edited.phone_checked_on == TODAY
    assert edited.email_checked_on is None and not edited.uncertain


def test_postal_address_of_a_recipient(people):
    anna = people["anna"].directory
    unknown = anna.postal_address(f"cpas:{LIEGE}", "fr")
    assert (unknown.status, unknown.reason, unknown.lines) == ("unknown", ADDRESS_UNKNOWN, ())
    assert unknown.name == "CPAS de Liège"
    assert unknown.reason_text == ("The directory has no postal address for CPAS de Liège. Type it for this "
                                   "letter; you can save it to the directory.")
    anna.update(f"cpas:{IXELLES}", DirectoryEntryInput(address="Chaussée de Boondael 92", postcode="1050"), None)
    fr = anna.postal_address(f"cpas:{IXELLES}", "fr")
    assert fr.known and fr.name == "CPAS d'Ixelles" and fr.lines == ("Chaussée de Boondael 92", "1050 Ixelles")
    assert fr.checked_on == TODAY
    nl = anna.postal_address(f"cpas:{IXELLES}", "nl")
    assert nl.name == "OCMW Elsene" and nl.lines[-1] == "1050 Elsene"
    # a facility municipality named in the facility language the family chose
    anna.update(f"cpas:{RODE}", DirectoryEntryInput(address="Wolfsstraat 10", postcode="1640"), None)
    assert anna.postal_address(f"cpas:{RODE}", "fr").name == "CPAS de Rhode-Saint-Genèse"
    assert anna.postal_address(f"cpas:{RODE}", "nl").lines == ("Wolfsstraat 10", "1640 Sint-Genesius-Rode")
    # an own entry without a postcode, an uncertain one, an unknown key
    local = anna.add(ngo(postcode=None))
    assert anna.postal_address(local.key).reason == ADDRESS_NO_POSTCODE
    doubtful = anna.add(ngo(name="Doubtful", address_checked_on=EARLIER, uncertain=True))
    found = anna.postal_address(doubtful.key)
    assert found.status == "uncertain" and found.reason == ADDRESS_UNCERTAIN
    assert found.lines == ("Rue du Charroi 33", "1190 Forest") and found.reason_params["checked"] == "2025-05-02"
    assert anna.postal_address("entry:999999").reason == NO_SUCH_RECIPIENT
    assert anna.postal_address("nonsense").status == "unknown"
    assert people["bea"].directory.postal_address(f"cpas:{IXELLES}").known  # buddies read addresses


def test_an_address_typed_in_a_letter_is_saved_to_the_directory(people):
    anna = people["anna"].directory
    doubtful = anna.add(ngo(address_checked_on=EARLIER, phone_checked_on=EARLIER, uncertain=True))
    saved = anna.save_postal_address(doubtful.key, "Rue de Mérode 60", "1060")
    assert (saved.address, saved.postcode, saved.address_checked_on, saved.uncertain) == (
        "Rue de Mérode 60", "1060", TODAY, False)
    assert saved.phone == doubtful.phone and saved.phone_checked_on == EARLIER  # the rest kept
    assert anna.postal_address(doubtful.key).known
    shipped = anna.save_postal_address(f"cpas:{LIEGE}", "Place Saint-Jacques 13", "4000")
    assert shipped.overridden and shipped.address_checked_on == TODAY
    assert anna.postal_address(f"cpas:{LIEGE}", "fr").lines == ("Place Saint-Jacques 13", "4000 Liège")
    with pytest.raises(ValidationError) as err:
        anna.save_postal_address(f"cpas:{LIEGE}", "Rue X 1", "9999")
    assert [e.field for e in err.value.errors] == ["postcode"]
    with pytest.raises(PermissionDenied):
        people["bea"].directory.save_postal_address(f"cpas:{LIEGE}", "Rue X 1", "4000")
