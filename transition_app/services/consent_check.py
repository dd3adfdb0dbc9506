"""Whether the family's recorded consents allow a letter or dossier to go to a third party.  Qt-free.

The rule itself is pure (:func:`transition_app.domain.consent.covering_consent`); this module maps the
family's ``Consent`` rows to :class:`~transition_app.domain.consent.ConsentRecord` and turns the answer
into what a service does *before anything is written*:

    decision = require_consent(s, family_id, ConsentPurpose.REFERRAL, "agency:bapa_bxl", "BAPA BXL",
                               today, override_reason=reason)          # raises ServiceError
    ...write the document...
    record_override(s, actor, family_id, decision, document="letter", document_id="integration_referral")

* a consent covers the sharing: ``decision.consent`` is it (its date may be printed);
* none does and no reason is given: :data:`CONSENT_REQUIRED` (a ServiceError in plain words);
* none does and a reason of at least :data:`OVERRIDE_MIN_CHARS` characters is given: ``decision.override``
  holds it; :func:`record_override` writes the ``consent_override`` audit entry (purpose, recipient key,
  document, reason) in the transaction that writes or prints the document (as Primero's
  ``consent_override``);
* ``confidential=True`` (confidential notes go too) needs a consent with ``covers_confidential``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from transition_app.domain.consent import PURPOSE_LABELS, ConsentPurpose, ConsentRecord, covering_consent
from transition_app.domain.validation import ErrorCode, ServiceError, Term
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from transition_app.access.permissions import Actor

#: the shortest reason accepted for sharing without a recorded consent
OVERRIDE_MIN_CHARS = 20

CONSENT_REQUIRED = ErrorCode("consent.required", QT_TRANSLATE_NOOP(
    "Services", "No consent of the family is recorded for “{purpose}” with {recipient}. Record the family’s "
                "consent first (family file ▸ Consents), or give the reason why it must be sent without one."))
CONFIDENTIAL_NOT_COVERED = ErrorCode("consent.confidential_not_covered", QT_TRANSLATE_NOOP(
    "Services", "The family’s consent for {recipient} does not cover the confidential notes. Leave them out, "
                "or record a consent that names them (family file ▸ Consents)."))
REASON_TOO_SHORT = ErrorCode("consent.override_reason_too_short", QT_TRANSLATE_NOOP(
    "Services", "Say in at least {min} characters why this must be sent without the family’s consent "
                "(no names or health details: the reason is kept in the audit log)."))


@dataclass(frozen=True)
class ConsentOverride:
    """Sent without a covering consent, for this reason (recorded as ``consent_override``)."""
    purpose: str
    recipient_key: str | None
    reason: str
    confidential: bool = False


@dataclass(frozen=True)
class ConsentDecision:
    purpose: str
    recipient_key: str | None
    recipient_name: str
    consent: ConsentRecord | None = None  # the consent that covers the sharing
    override: ConsentOverride | None = None  # or the reason it goes without one

    @property
    def given_on(self) -> dt.date | None:
        return self.consent.given_on if self.consent is not None else None


def to_record(row: object) -> ConsentRecord:
    """A ``store.models.Consent`` row as the rule reads it."""
    return ConsentRecord(id=row.id, purpose_code=row.purpose_code, recipient_key=row.recipient_key,  # type: ignore[attr-defined]
                         shared_with=row.shared_with or "", given_on=row.given_on,  # type: ignore[attr-defined]
                         withdrawn_on=row.withdrawn_on,  # type: ignore[attr-defined]
                         covers_confidential=bool(row.covers_confidential))  # type: ignore[attr-defined]


def family_consents(s: Session, family_id: int) -> list[ConsentRecord]:
    """Every consent row of the family (withdrawn ones too: the rule reads the dates)."""
    from transition_app.store.models import Consent

    return [to_record(c) for c in s.scalars(select(Consent).where(Consent.family_id == family_id))]


def purpose_term(purpose: ConsentPurpose | str) -> Term | str:
    try:
        return Term(PURPOSE_LABELS[ConsentPurpose(purpose)], "Consent")
    except ValueError:
        return str(purpose)


def decide(consents: list[ConsentRecord], purpose: ConsentPurpose | str, recipient_key: str | None,
           recipient_name: str, on: dt.date, *, confidential: bool = False,
           override_reason: str | None = None) -> ConsentDecision:
    """The consent that covers the sharing, or the override; raises :class:`ServiceError` otherwise."""
    purpose = str(purpose)
    found = covering_consent(consents, purpose, recipient_key, recipient_name, on, confidential)
    base = ConsentDecision(purpose, recipient_key, recipient_name)
    if found is not None:
        return ConsentDecision(purpose, recipient_key, recipient_name, consent=found)
    reason = " ".join((override_reason or "").split())
    if not reason:
        if confidential and covering_consent(consents, purpose, recipient_key, recipient_name, on) is not None:
            raise ServiceError(CONFIDENTIAL_NOT_COVERED, recipient=recipient_name or recipient_key or "")
        raise ServiceError(CONSENT_REQUIRED, purpose=purpose_term(purpose),
                           recipient=recipient_name or recipient_key or "")
    if len(reason) < OVERRIDE_MIN_CHARS:
        raise ServiceError(REASON_TOO_SHORT, min=OVERRIDE_MIN_CHARS)
    return ConsentDecision(base.purpose, recipient_key, recipient_name,
                           override=ConsentOverride(purpose, recipient_key, reason, confidential))


def require_consent(s: Session, family_id: int, purpose: ConsentPurpose | str, recipient_key: str | None,
                    recipient_name: str, on: dt.date, *, confidential: bool = False,
                    override_reason: str | None = None) -> ConsentDecision:
    """:func:`decide` on the family's consent rows read in ``s``."""
    return decide(family_consents(s, family_id), purpose, recipient_key, recipient_name, on,
                  confidential=confidential, override_reason=override_reason)


def record_override(s: Session, actor: Actor, family_id: int, override: ConsentOverride | None, *,
                    document: str, document_id: str | int | None = None) -> None:
    """The ``consent_override`` audit entry (nothing when there is no override), in ``s``'s transaction."""
    if override is None:
        return
    from transition_app.services.audit import AuditAction, record

    record(s, actor, AuditAction.CONSENT_OVERRIDE, family_id, purpose=override.purpose,
           recipient_key=override.recipient_key, document=document, document_id=document_id,
           reason=override.reason, confidential=override.confidential or None)


__all__ = ["CONFIDENTIAL_NOT_COVERED", "CONSENT_REQUIRED", "OVERRIDE_MIN_CHARS", "REASON_TOO_SHORT",
           "ConsentDecision", "ConsentOverride", "decide", "family_consents", "purpose_term", "record_override",
           "require_consent", "to_record"]
