"""The editable directory (issue 4): shipped municipalities/CPAS/agencies, local entries and local
details of shipped entries, who may edit, validation, audit, and "where to go" for a step."""

import pytest

from tests.conftest import centre_input
from transition_app.access.permissions import Actor
from transition_app.domain.validation import ConcurrencyError, PermissionDenied, ServiceError, ValidationError
from transition_app.services.audit import AuditQuery
from transition_app.services.directory_service import DirectoryEntryInput

LIEGE = "62063"


@pytest.fixture
def people(ctx):
    centre = ctx.staff.create_centre(centre_input("Centre de Jodoigne", "fedasil", "25043"))
    out = {}
    for username, role in (("cora", "coordinator"), ("anna", "social_worker"), ("bea", "admin_buddy")):
        w = ctx.staff.create_worker(username, username.title(), role, None if role == "coordinator" else centre.id)
        out[username] = ctx.for_actor(Actor(w.id, username, role, w.centre_id))
    out["centre"] = centre
    return out


def ngo(**kw) -> DirectoryEntryInput:
    values = dict(name="Convivial", kind="ngo", service="ngo", address="Rue du Charroi 33", postcode="1190",
                  phone="+32 2 503 43 46", email="info@example.org", website="https://example.org",
                  opening_hours="Mon-Fri 9:00-17:00", languages=("fr", "nl", "en"), notes="Housing help")
    values.update(kw)
    return DirectoryEntryInput(**values)


def test_shipped_entries_are_listed_and_searchable(ctx):
    found = ctx.directory.search("liege", kind="cpas")
    assert [e.key for e in found][:1] == [f"cpas:{LIEGE}"]
    assert found[0].name == "CPAS de Liège" and found[0].shipped and not found[0].overridden
    assert found[0].version is None and found[0].address == ""
    assert ctx.directory.search("4000", kind="municipality")[0].key == f"municipality:{LIEGE}"
    agencies = ctx.directory.search("", kind="integration_agency")
    assert agencies and all(a.key.startswith("agency:") for a in agencies)


def test_a_social_worker_adds_edits_and_removes_an_entry_recorded_in_the_audit_log(people, ctx):
    anna = people["anna"].directory
    added = anna.add(ngo())
    assert added.key.startswith("entry:") and not added.shipped
    assert added.municipality_nis == "21007"  # from the postcode (Forest / Vorst)
    assert added.languages == ("fr", "nl", "en") and added.updated_by == "Anna"
    assert [e.key for e in anna.search("charroi")] == [added.key]
    changed = anna.update(added.key, ngo(opening_hours="Tue 9:00-12:00"), added.version)
    assert changed.opening_hours == "Tue 9:00-12:00" and changed.version == added.version + 1
    with pytest.raises(ConcurrencyError):
        anna.update(added.key, ngo(), added.version)  # someone else's version
    assert anna.remove(added.key, changed.version) is None
    assert anna.search("charroi") == []
    whats = [e.details.get("what") for e in ctx.audit.browse(AuditQuery(actor="anna"))]
    assert {"directory_entry_added", "directory_entry", "directory_entry_removed"} <= set(whats)


def test_local_details_win_over_the_shipped_entry_and_can_be_removed(people):
    anna = people["anna"].directory
    key = f"cpas:{LIEGE}"
    edited = anna.update(key, DirectoryEntryInput(name="Not used", address="Place Saint-Jacques 13",
                                                  postcode="4000", opening_hours="Mon-Fri 8:30-12:00",
                                                  phone="04 220 58 11"), None)
    assert edited.name == "CPAS de Liège"  # the shipped name stays
    assert (edited.address, edited.opening_hours, edited.overridden) == (
        "Place Saint-Jacques 13", "Mon-Fri 8:30-12:00", True)
    assert edited.languages == ("fr",)  # not edited: the shipped value
    assert people["bea"].directory.get(key).address == "Place Saint-Jacques 13"
    assert anna.search("saint-jacques")[0].key == key
    with pytest.raises(ConcurrencyError):
        anna.update(key, DirectoryEntryInput(address="x"), None)  # already has local details
    with pytest.raises(ValidationError) as err:
        anna.update(key, DirectoryEntryInput(postcode="1000"), edited.version)  # Brussels, not Liège
    assert [e.field for e in err.value.errors] == ["postcode"]
    reverted = anna.remove(key, edited.version)
    assert reverted is not None and reverted.address == "" and not reverted.overridden
    assert anna.get(key).address == ""
    with pytest.raises(ServiceError):
        anna.remove(key, None)  # a shipped entry itself cannot go


def test_buddies_read_the_directory_but_cannot_edit_it(people):
    bea = people["bea"].directory
    assert bea.search("liege", kind="cpas")
    with pytest.raises(PermissionDenied):
        bea.add(ngo())
    with pytest.raises(PermissionDenied):
        bea.update(f"cpas:{LIEGE}", DirectoryEntryInput(address="x"), None)
    added = people["cora"].directory.add(ngo())  # coordinators edit too
    with pytest.raises(PermissionDenied):
        bea.remove(added.key, added.version)


def test_entries_are_validated(people):
    with pytest.raises(ValidationError) as err:
        people["anna"].directory.add(ngo(name=" ", kind="pub", service="spa", postcode="99", email="no-at",
                                         website="example.org", phone="call me", languages=("French",)))
    assert {e.field for e in err.value.errors} == {"name", "kind", "service", "postcode", "email", "website",
                                                   "phone", "languages"}
    with pytest.raises(ValidationError):
        people["anna"].directory.add(ngo(municipality_nis="99999"))


def test_places_for_a_step(people):
    anna = people["anna"].directory
    anna.update(f"cpas:{LIEGE}", DirectoryEntryInput(address="Place Saint-Jacques 13", postcode="4000"), None)
    local_bank = anna.add(ngo(name="Bank office Liège", kind="service", service="bank", postcode="4000",
                              address="Rue X 1"))
    any_bank = anna.add(ngo(name="Bank by phone", kind="service", service="bank", postcode=None, address=""))
    anna.add(ngo(name="Bank in Ghent", kind="service", service="bank", postcode="9000"))
    bea = people["bea"].directory
    cpas = bea.places_for("cpas_of_new_dwelling", LIEGE)
    assert [(p.name, p.address) for p in cpas] == [("CPAS de Liège", "Place Saint-Jacques 13")]
    assert [p.key for p in bea.places_for("bank", LIEGE)] == [local_bank.key, any_bank.key]
    assert [p.key for p in bea.places_for("bank", None)] == [any_bank.key]
    assert [p.name for p in bea.places_for("municipality", LIEGE)] == ["Liège"]
    assert bea.places_for("integration_agency", LIEGE)[0].kind == "integration_agency"
    centre = bea.places_for("reception_centre", None, people["centre"].id)
    assert [p.name for p in centre] == ["Centre de Jodoigne"]
    assert bea.places_for("cpas_of_residence", None) == [] and bea.places_for(None, LIEGE) == []
