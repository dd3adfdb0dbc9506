"""Closed vocabularies of the case file.  Values are stored as these strings."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COORDINATOR = "coordinator"
    SOCIAL_WORKER = "social_worker"
    ADMIN_BUDDY = "admin_buddy"


class CentreOperator(StrEnum):
    FEDASIL = "fedasil"
    RED_CROSS = "croix_rouge"
    RODE_KRUIS = "rode_kruis"
    LOCAL_INITIATIVE = "loi"  # local reception initiative (LOI / ILA)
    NGO = "ngo"
    OTHER = "other"


class FamilyStatus(StrEnum):
    """Where the case stands in the exit phase."""

    AWAITING_DECISION = "awaiting_decision"
    TRANSITION = "transition"  # protection granted, preparing to leave
    LEFT = "left"  # has left the centre, follow-up continues
    CLOSED = "closed"
    ARCHIVED = "archived"


class ExitMode(StrEnum):
    """How a family left the reception centre (recorded with the leave step)."""

    OWN_HOUSING = "own_housing"
    FAMILY_FRIENDS = "family_friends"  # with family or friends
    LOCAL_INITIATIVE = "loi"  # to a local reception initiative (LOI / ILA)
    TRANSIT = "transit"  # transit housing
    EMERGENCY_SHELTER = "emergency_shelter"
    UNKNOWN = "unknown"


class TitleForm(StrEnum):
    """The form of a job title a person chose for their signature."""

    FEMININE = "f"
    MASCULINE = "m"
    NEUTRAL = "n"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class Relation(StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class ProtectionType(StrEnum):
    REFUGEE = "refugee"
    SUBSIDIARY = "subsidiary"


class DecidingBody(StrEnum):
    CGRS = "cgrs"  # CGRS / CGRA / CGVS
    CALL = "call"  # CALL / CCE / RvV


class CardType(StrEnum):
    A_CARD = "A"
    B_CARD = "B"
    ANNEX_15 = "annex15"
    OTHER = "other"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    OTHER = "other"
