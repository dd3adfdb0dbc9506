"""Make a letter for one family from the case file (the use case behind the letter dialog and ``letter``).

    service = LetterService(ctx.families, ctx.checklists, ctx.staff)
    doc = service.compose(family_id, "cpas_rental_guarantee", authority_language="fr", family_language="ar",
                          inputs={"dwelling_address": "Rue Haute 5|4000 Liège", "rent": "650", ...})

Inputs may be given typed or as text (command line, form fields): :func:`parse_input`
turns text into the placeholder's type.  An input not given comes from the new dwelling recorded
in the family file (:meth:`LetterService.prefilled_inputs`).  Qt-free.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.documents import model as m
from transition_app.domain import directory as dirdata
from transition_app.domain.validation import CTX, Collector, ErrorCode, FieldError, ServiceError, ValidationError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters import (
    ALL_LANGUAGES,
    AUTHORITY_LANGUAGES,
    LetterError,
    LetterIncompleteError,
    Recipient,
    compose_letter,
    default_authority_language,
    list_templates,
)
from transition_app.letters.catalog import UNKNOWN_TEMPLATE
from transition_app.letters.checks import check_letter
from transition_app.letters.compose import UNKNOWN_AUTHORITY_LANGUAGE, UNKNOWN_INPUT, UNKNOWN_LANGUAGE
from transition_app.letters.context import (
    default_recipient,
    dwelling_address_lines,
    dwelling_inputs,
    dwelling_recipient,
    official_language,
    split_address_lines,
)
from transition_app.letters.engine import PlaceholderType
from transition_app.letters.missing import input_label
from transition_app.services.consent_check import ConsentDecision, decide, family_consents, record_override

if TYPE_CHECKING:
    from transition_app.services.checklist import ChecklistService
    from transition_app.services.directory_service import DirectoryService
    from transition_app.services.dto import FamilyDetail
    from transition_app.services.families import FamilyService
    from transition_app.services.staff import StaffService

T = PlaceholderType
_SPLIT = re.compile(r"\s*[|\n;]\s*")
_POSTAL_LINE = re.compile(r"^(?:B-?)?\d{4}\b")

NOT_A_DATE = ErrorCode("letter.input_not_a_date", QT_TRANSLATE_NOOP(
    "Validation", "{label}: '{value}' is not a date; write it as YYYY-MM-DD."), CTX)
NOT_AN_AMOUNT = ErrorCode("letter.input_not_an_amount", QT_TRANSLATE_NOOP(
    "Validation", "{label}: '{value}' is not an amount in euros."), CTX)
NOT_A_NUMBER = ErrorCode("letter.input_not_a_number", QT_TRANSLATE_NOOP(
    "Validation", "{label}: '{value}' is not a whole number."), CTX)
_NOT_PARSED = {T.DATE: NOT_A_DATE, T.MONEY: NOT_AN_AMOUNT, T.NUMBER: NOT_A_NUMBER}
RECIPIENT_ADDRESS_NEEDED = ErrorCode("letter.recipient_address_needed", QT_TRANSLATE_NOOP(
    "Validation", "The postal address of {name} is not known (or marked uncertain) in the directory: "
                  "give it for this letter (street and number, then postcode and municipality)."), CTX)
RECIPIENT_ADDRESS_INCOMPLETE = ErrorCode("letter.recipient_address_incomplete", QT_TRANSLATE_NOOP(
    "Validation", "{label}: give the street and number, then the postcode and municipality on the last line."),
    CTX)
L_RECIPIENT_ADDRESS = QT_TRANSLATE_NOOP("Validation", "Postal address of the addressee")
#: the field of the addressee's postal address (asked when the directory does not know it)
RECIPIENT_ADDRESS = "recipient_address"

#: letters that share the family's data with a third party on the centre's initiative need the
#: family's consent for that purpose and recipient (by the letter's kind of recipient).  Letters by
#: which the family itself applies to the competent authority (CPAS, municipality, Immigration
#: Office) and the attestation handed to the family need none.
CONSENT_PURPOSES: dict[str, str] = {
    "integration_agency": "referral",
    "ngo": "referral",
    "landlord": "letters",
    "school": "letters",
}
#: recipient kinds whose addressee is an entry of the directory (its postal address comes from there)
DIRECTORY_KINDS = {"cpas": "cpas", "cpas_dwelling": "cpas", "municipality": "municipality",
                   "integration_agency": "agency"}


@dataclass(frozen=True)
class LetterCheck:
    """What is known before a letter is made: the warnings to show, the consent that covers it (or
    the override), the directory key and name of its addressee."""

    warnings: tuple[FieldError, ...] = ()
    consent: ConsentDecision | None = None
    recipient_key: str | None = None
    recipient: Recipient | None = None
    address_from_directory: bool = False


@dataclass(frozen=True)
class ComposedLetter:
    document: m.Document
    check: LetterCheck


class InputParseError(ValueError):
    """Raised by :func:`parse_input` on text that is not of the input's type (the service turns it
    into a field error with the input's label)."""

    def __init__(self, code: ErrorCode) -> None:
        self.code = code
        super().__init__(code.id)


def parse_input(name: str, ptype: PlaceholderType, text: str) -> Any:
    """``text`` as a value of ``ptype`` (dates ISO ``2026-12-01``; lines of an address split by ``|`` or ``;``)."""
    text = text.strip()
    if not text:
        return None
    try:
        if ptype is T.DATE:
            return dt.date.fromisoformat(text)
        if ptype is T.MONEY:
            return Decimal(text.replace("€", "").replace(" ", "").replace(",", "."))
        if ptype is T.NUMBER:
            return int(text)
    except (ValueError, InvalidOperation):
        raise InputParseError(_NOT_PARSED[ptype]) from None
    if ptype in (T.ADDRESS, T.LIST, T.LANGUAGES):
        return tuple(p for p in _SPLIT.split(text) if p)
    if ptype is T.FLAG:
        return text.lower() in ("1", "yes", "true", "oui", "ja")
    return text


def resolve_languages(lang: str, authority_language: str | None,
                      destination_nis: str | None) -> tuple[str, str | None]:
    """``(authority language, family-copy language or None)`` from the command line's ``--lang``.

    ``--lang`` is the family-copy language, or an authority language (fr/nl/de/en) for a letter
    without a family copy; ``--authority-lang`` picks the authority language explicitly (default:
    the language of the family's new municipality).
    """
    if lang not in ALL_LANGUAGES and lang not in AUTHORITY_LANGUAGES:
        raise LetterError(UNKNOWN_LANGUAGE, language=lang, languages=", ".join(ALL_LANGUAGES))
    if authority_language is not None:
        if authority_language not in AUTHORITY_LANGUAGES:
            raise LetterError(UNKNOWN_AUTHORITY_LANGUAGE, languages=", ".join(AUTHORITY_LANGUAGES))
        return authority_language, (None if lang == authority_language else lang)
    if lang in AUTHORITY_LANGUAGES:
        return lang, None
    return default_authority_language(destination_nis), lang


def _address_update(data: Any, street: str, postcode: str, today: dt.date) -> Any:
    """``data`` (a ``DirectoryEntryInput``) with this postal address, checked today and no longer
    uncertain (the fields the directory has)."""
    names = {f.name for f in dataclasses.fields(data)}
    changes: dict[str, Any] = {"address": street, "postcode": postcode}
    if "address_checked_on" in names:
        changes["address_checked_on"] = today
    if "uncertain" in names:
        changes["uncertain"] = False
    return dataclasses.replace(data, **changes)


class LetterService:
    """Letters for the families the actor may see; composing needs :attr:`Permission.ISSUE_DOCUMENTS`.

    Saving or printing a letter is the moment personal data leaves the database: it is recorded
    in the audit log (:meth:`save` writes and records together, :meth:`record_output` records a
    print or a file written elsewhere).
    """

    def __init__(self, families: FamilyService, checklists: ChecklistService, staff: StaffService,
                 directory: DirectoryService | None = None) -> None:
        self.families, self.checklists, self.staff = families, checklists, staff
        #: the directory gives the addressee's postal address (without it, the letter's own lines)
        self.directory = directory

    @property
    def actor(self) -> Actor:
        return getattr(self.families, "actor", None) or SYSTEM

    def record_output(self, family_id: int, template_id: str, file_format: str, *,
                      languages: tuple[str, ...] = (), write: Callable[[], object] | None = None,
                      consent: ConsentDecision | None = None) -> None:
        """Record that a letter left the application (``pdf``/``docx`` file or ``print``).

        ``write`` runs inside the recording transaction, so a failed (atomic) write records nothing.
        ``consent``: the consent decision of :meth:`compose_checked`; a letter sent without a
        covering consent records its override (``consent_override``: purpose, recipient, reason).
        """
        from transition_app.services.audit import AuditAction, record

        self.actor.require(Permission.ISSUE_DOCUMENTS)
        action = AuditAction.PRINT if file_format == "print" else AuditAction.EXPORT
        with self.families.db.session() as s:
            record_override(s, self.actor, family_id, consent.override if consent else None, document="letter",
                            document_id=template_id)
            record(s, self.actor, action, family_id, document="letter", template=template_id,
                   format=file_format, languages=list(languages),
                   consent_id=consent.consent.id if consent and consent.consent else None)
            if write is not None:
                write()

    def save(self, family_id: int, template_id: str, path: str | os.PathLike[str], data: bytes, file_format: str,
             *, languages: tuple[str, ...] = (), consent: ConsentDecision | None = None) -> None:
        """Write a rendered letter atomically and record it, all or nothing."""
        from transition_app.documents.output import write_atomic

        self.record_output(family_id, template_id, file_format, languages=languages,
                           write=lambda: write_atomic(path, data), consent=consent)

    def save_parts(self, family_id: int, template_id: str, path: str | os.PathLike[str], document: Any,
                   file_format: str, *, languages: tuple[str, ...] = (),
                   consent: ConsentDecision | None = None) -> list[Path]:
        """The letter to the authority and the family copy as two files (``letter.pdf`` and
        ``letter-family.pdf``), written atomically and recorded once, all or nothing."""
        from transition_app.documents.output import part_path, write_atomic

        self.actor.require(Permission.ISSUE_DOCUMENTS)  # before any rendering
        if file_format == "docx":
            from transition_app.documents.docx import render_docx_parts as render_parts
        else:
            from transition_app.documents.pdf import render_pdf_parts as render_parts
        names = document.part_names()
        parts = render_parts(document)
        written: list[Path] = []

        def write() -> None:
            written.extend(write_atomic(part_path(path, i, names[i]), data) for i, data in enumerate(parts))

        self.record_output(family_id, template_id, file_format, languages=languages, write=write, consent=consent)
        return written

    def input_specs(self, template_id: str) -> tuple[Any, ...]:
        for info in list_templates():
            if info.id == template_id:
                return info.inputs
        raise LetterError(UNKNOWN_TEMPLATE)

    def parse_inputs(self, template_id: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        """``raw`` with its texts turned into the inputs' types; every text that is not of its
        input's type is reported at once (a ``ValidationError``, one field error per input)."""
        from transition_app.letters import default_catalog

        specs = {s.name: s for s in self.input_specs(template_id)}
        letter = default_catalog().letter(template_id)
        out: dict[str, Any] = {}
        col = Collector()
        for name, value in raw.items():
            spec = specs.get(name)
            if spec is None:
                raise LetterError(UNKNOWN_INPUT, name=name, known=", ".join(specs) or "—")
            if not isinstance(value, str):
                out[name] = value
                continue
            try:
                out[name] = parse_input(name, spec.type, value)
            except InputParseError as exc:
                col.add(name, exc.code, label=input_label(letter, name), value=value.strip())
        col.raise_if_any()
        return out

    def prefilled_inputs(self, template_id: str, family: FamilyDetail, language: str = "fr") -> dict[str, Any]:
        """The inputs of ``template_id`` the family file gives (its new dwelling), typed: what the
        letter dialog shows as "from the family file" and the command line uses unless
        ``--input`` gives another value."""
        return dwelling_inputs(family, self.input_specs(template_id), language)

    @staticmethod
    def prefilled_recipient(template_id: str, family: FamilyDetail, language: str = "fr") -> Recipient | None:
        """The addressee the family file gives for ``template_id`` (the landlord of the new dwelling,
        the CPAS/OCMW of its municipality), or None."""
        from transition_app.letters import default_catalog

        return dwelling_recipient(default_catalog().letter(template_id).recipient_kind, family, language)

    # ------------------------------------------------------------------ checks before the letter
    def _typed_inputs(self, template_id: str, family: FamilyDetail, inputs: Mapping[str, Any] | None,
                      language: str) -> dict[str, Any]:
        typed = self.parse_inputs(template_id, inputs or {})
        for name, value in self.prefilled_inputs(template_id, family, language).items():
            typed.setdefault(name, value)
        return typed

    def _addressee(self, kind: str, family: FamilyDetail, language: str, recipient_key: str | None,
                   recipient: Recipient | None, typed: Mapping[str, Any]) -> tuple[str | None, Recipient | None]:
        """The directory key and the addressee of a letter of ``kind`` (a given one wins)."""
        key = recipient_key
        if kind in DIRECTORY_KINDS and key is None:
            if kind == "cpas_dwelling" and family.dwelling is not None and family.dwelling.municipality_nis:
                key = f"cpas:{family.dwelling.municipality_nis}"
            elif kind in ("cpas", "cpas_dwelling") and family.destination_nis:
                key = f"cpas:{family.destination_nis}"
            elif kind == "municipality" and family.destination_nis:
                key = f"municipality:{family.destination_nis}"
            elif kind == "integration_agency" and family.destination_nis:
                m = dirdata.municipality(family.destination_nis)
                agencies = dirdata.integration_agencies_for(m) if m is not None else ()
                key = f"agency:{agencies[0].id}" if agencies else None
        if recipient is not None:
            return key, recipient
        if key is not None and key.startswith("cpas:"):
            m = dirdata.municipality(key.split(":", 1)[1])
            if m is not None:
                return key, Recipient(kind, m.cpas_name(official_language(m, language)))
        base = (dwelling_recipient(kind, family, language) or default_recipient(kind, family, language))
        return key, base

    def _with_address(self, key: str | None, addressee: Recipient | None, language: str,
                      recipient_address: Any, errors: list[FieldError]) -> tuple[Recipient | None, bool]:
        """The addressee with its postal address: from the directory when it knows it and it is not
        marked uncertain, else the one given for this letter, else a field error (never a placeholder)."""
        if addressee is None or key is None or self.directory is None or any(
                _POSTAL_LINE.match(line) for line in addressee.address_lines):
            return addressee, False  # no directory entry, or the address is there already
        given = parse_input(RECIPIENT_ADDRESS, T.ADDRESS, recipient_address) if isinstance(
            recipient_address, str) else tuple(recipient_address or ())
        if given:
            street, postcode, _nis = split_address_lines(given)
            if not street or not postcode:
                errors.append(FieldError(RECIPIENT_ADDRESS, RECIPIENT_ADDRESS_INCOMPLETE,
                                         {"label": L_RECIPIENT_ADDRESS}))
                return addressee, False
            return dataclasses.replace(addressee, address_lines=(*addressee.address_lines, *given)), False
        from transition_app.domain.validation import NotFoundError

        try:
            entry = self.directory.get(key)
        except NotFoundError:
            entry = None
        if entry is not None and entry.has_address and entry.postcode and not getattr(entry, "uncertain", False):
            lines = dwelling_address_lines(entry.address, entry.postcode, entry.municipality_nis, language)
            return dataclasses.replace(addressee, address_lines=(*addressee.address_lines, *lines)), True
        errors.append(FieldError(RECIPIENT_ADDRESS, RECIPIENT_ADDRESS_NEEDED,
                                 {"label": L_RECIPIENT_ADDRESS, "name": addressee.name}))
        return addressee, False

    def check(self, family_id: int, template_id: str, *, authority_language: str = "fr",
              inputs: Mapping[str, Any] | None = None, recipient: Recipient | None = None,
              recipient_key: str | None = None, recipient_address: Any = None,
              consent_override: str | None = None) -> LetterCheck:
        """Every check of the letter, before anything is made or written: raises a
        :class:`ValidationError` (every problem, by its field: a wrong CPAS, no child of school age,
        an absurd amount, an unknown address...) or a ``ServiceError`` (no consent); returns the
        warnings and the consent decision otherwise."""
        from transition_app.letters import default_catalog

        self.actor.require(Permission.ISSUE_DOCUMENTS)
        family = self.families.get_family(family_id)
        d = default_catalog().letter(template_id)
        typed = self._typed_inputs(template_id, family, inputs, authority_language)
        today = self.families.today()
        errors, warnings = check_letter(d, family, typed, today, language=authority_language,
                                        recipient_key=recipient_key)
        key, addressee = self._addressee(d.recipient_kind, family, authority_language, recipient_key, recipient,
                                         typed)
        from_directory = False
        if not any(e.params.get("competent_key") for e in errors):  # the address of the right addressee only
            addressee, from_directory = self._with_address(key, addressee, authority_language, recipient_address,
                                                           errors)
        if errors:
            raise ValidationError(errors)
        decision = None
        purpose = CONSENT_PURPOSES.get(d.recipient_kind)
        name = addressee.name if addressee is not None else ""
        if purpose is not None and (name or key):  # no addressee named: the letter itself asks for one
            with self.families.db.read() as s:
                consents = family_consents(s, family_id)
            decision = decide(consents, purpose, key, name, today, override_reason=consent_override)
        return LetterCheck(tuple(warnings), decision, key, addressee, from_directory)

    def save_recipient_address(self, key: str, lines: tuple[str, ...] | str) -> Any:
        """Record the addressee's postal address in the directory (letters to it are then addressed
        without asking), through the directory service (its checks, its audit entry)."""
        if self.directory is None:
            raise ValueError("no directory service")
        given = parse_input(RECIPIENT_ADDRESS, T.ADDRESS, lines) if isinstance(lines, str) else tuple(lines)
        street, postcode, _nis = split_address_lines(given or ())
        if not street or not postcode:
            raise ValidationError([FieldError(RECIPIENT_ADDRESS, RECIPIENT_ADDRESS_INCOMPLETE,
                                              {"label": L_RECIPIENT_ADDRESS})])
        entry = self.directory.get(key)
        data = _address_update(entry.to_input(), street, postcode, self.families.today())
        return self.directory.update(key, data, entry.version)

    def compose(self, family_id: int, template_id: str, *, authority_language: str,
                family_language: str | None = None, layout: m.BilingualLayout = m.BilingualLayout.NEW_PAGE,
                inputs: Mapping[str, Any] | None = None, recipient: Recipient | None = None,
                worker_id: int | None = None, recipient_key: str | None = None, recipient_address: Any = None,
                consent_override: str | None = None) -> m.Document:
        """The letter (see :meth:`compose_checked`, which also says its warnings and consent)."""
        return self.compose_checked(
            family_id, template_id, authority_language=authority_language, family_language=family_language,
            layout=layout, inputs=inputs, recipient=recipient, worker_id=worker_id, recipient_key=recipient_key,
            recipient_address=recipient_address, consent_override=consent_override).document

    def compose_checked(self, family_id: int, template_id: str, *, authority_language: str,
                        family_language: str | None = None,
                        layout: m.BilingualLayout = m.BilingualLayout.NEW_PAGE,
                        inputs: Mapping[str, Any] | None = None, recipient: Recipient | None = None,
                        worker_id: int | None = None, recipient_key: str | None = None,
                        recipient_address: Any = None, consent_override: str | None = None) -> ComposedLetter:
        """:meth:`check`, then the letter; the consent decision goes to :meth:`save` / :meth:`record_output`."""
        try:
            checked = self.check(family_id, template_id, authority_language=authority_language, inputs=inputs,
                                 recipient=recipient, recipient_key=recipient_key,
                                 recipient_address=recipient_address, consent_override=consent_override)
        except ValidationError as refused:
            # every problem at once: what the letter still lacks, then what the checks refuse
            try:
                self._compose(family_id, template_id, authority_language, family_language, layout, inputs,
                              recipient, worker_id, LetterCheck(recipient=recipient))
            except LetterIncompleteError as incomplete:
                refused_fields = {e.field for e in refused.errors}
                still = [e for e in incomplete.errors if e.field not in refused_fields
                         and not (e.field in ("members", "family") and "members" in refused_fields)]
                if still:
                    raise LetterIncompleteError([*still, *refused.errors], incomplete.inputs,
                                                incomplete.missing) from None
            except ServiceError:
                pass
            raise
        return ComposedLetter(self._compose(family_id, template_id, authority_language, family_language, layout,
                                            inputs, recipient, worker_id, checked), checked)

    def _compose(self, family_id: int, template_id: str, authority_language: str, family_language: str | None,
                 layout: m.BilingualLayout, inputs: Mapping[str, Any] | None, recipient: Recipient | None,
                 worker_id: int | None, checked: LetterCheck) -> m.Document:
        family = self.families.get_family(family_id)
        key = checked.recipient_key or ""
        if key.startswith("cpas:") and key != f"cpas:{family.destination_nis}":
            # addressed to the CPAS of the new home (switched to the competent one): the letter speaks
            # of the municipality of that home
            family = dataclasses.replace(family, destination_nis=key.split(":", 1)[1])
        typed = self.parse_inputs(template_id, inputs or {})
        centre = next((c for c in self.staff.list_centres() if c.id == family.centre_id), None)
        wanted = worker_id or family.worker_id
        worker = next((w for w in self.staff.list_workers() if w.id == wanted), None) if wanted else None
        extensions = self.checklists.get_checklist(family_id).extensions if family.decision is not None else ()
        consent_on = checked.consent.given_on if checked.consent is not None else None
        doc = compose_letter(template_id, family, authority_language=authority_language,
                             family_language=family_language, layout=layout, centre=centre, worker=worker,
                             recipient=checked.recipient, today=self.families.today(), inputs=typed,
                             extensions=extensions, consent_given_on=consent_on)
        return doc
