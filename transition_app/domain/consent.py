"""What a recorded consent covers, and whether it covers a given sharing (pure rules, no database).

A letter or dossier that goes to a third party (a CPAS, a municipality, an NGO, an integration
agency...) needs a consent the family gave **for that purpose and that recipient**, not withdrawn,
or else an override with a reason (recorded in the audit log as ``consent_override``, as Primero's
``consent_override`` does).  Confidential notes need a consent that names them
(``covers_confidential``).

Recipients are named by a *directory key*: ``cpas:<NIS>``, ``municipality:<NIS>``, ``agency:<id>``
(shipped entries, :mod:`transition_app.domain.directory`), ``entry:<id>`` (an entry the centre added
in the directory).  A consent without a ``recipient_key`` (recorded before schema 0006, or for a
recipient outside the directory) matches only by purpose and by the recipient's name as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from transition_app.i18n.noop import QT_TRANSLATE_NOOP


class ConsentPurpose(StrEnum):
    HANDOVER_DOSSIER = "handover_dossier"  # a handover dossier to the next actor
    REFERRAL = "referral"                  # a referral letter (integration agency, NGO, service)
    LETTERS = "letters"                    # letters about the family to an authority (CPAS, municipality...)
    CONTACT_DETAILS = "contact_details"    # the family's phone/e-mail given to a service


PURPOSE_LABELS: dict[ConsentPurpose, str] = {
    ConsentPurpose.HANDOVER_DOSSIER: QT_TRANSLATE_NOOP("Consent", "Handover dossier"),
    ConsentPurpose.REFERRAL: QT_TRANSLATE_NOOP("Consent", "Referral to a service"),
    ConsentPurpose.LETTERS: QT_TRANSLATE_NOOP("Consent", "Letters to an authority"),
    ConsentPurpose.CONTACT_DETAILS: QT_TRANSLATE_NOOP("Consent", "Sharing contact details"),
}


@dataclass(frozen=True)
class ConsentRecord:
    """The fields of a consent row the rule reads (services build it from ``store.models.Consent``)."""
    id: int
    purpose_code: str | None
    recipient_key: str | None
    shared_with: str
    given_on: dt.date
    withdrawn_on: dt.date | None = None
    covers_confidential: bool = False


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def covers(c: ConsentRecord, purpose: ConsentPurpose | str, recipient_key: str | None, recipient_name: str,
           on: dt.date, confidential: bool = False) -> bool:
    """True when ``c`` allows sharing for ``purpose`` with that recipient on date ``on``."""
    if c.given_on > on or (c.withdrawn_on is not None and c.withdrawn_on <= on):
        return False
    if c.purpose_code != str(purpose):
        return False
    if confidential and not c.covers_confidential:
        return False
    if c.recipient_key and recipient_key:
        return c.recipient_key == recipient_key
    return bool(recipient_name) and _same_name(c.shared_with, recipient_name)


def covering_consent(consents: Iterable[ConsentRecord], purpose: ConsentPurpose | str, recipient_key: str | None,
                     recipient_name: str, on: dt.date, confidential: bool = False) -> ConsentRecord | None:
    """The most recent consent that covers the sharing, or None (then an override with a reason is needed)."""
    found = [c for c in consents if covers(c, purpose, recipient_key, recipient_name, on, confidential)]
    return max(found, key=lambda c: (c.given_on, c.id)) if found else None
