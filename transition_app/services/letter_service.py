"""Make a letter for one family from the case file (the use case behind the letter dialog and ``letter``).

    service = LetterService(ctx.families, ctx.checklists, ctx.staff)
    doc = service.compose(family_id, "cpas_rental_guarantee", authority_language="fr", family_language="ar",
                          inputs={"dwelling_address": "Rue Haute 5|4000 Liège", "rent": "650", ...})

Inputs may be given typed or as text (command line, form fields): :func:`parse_input`
turns text into the placeholder's type.  An input not given comes from the new dwelling recorded
in the family file (:meth:`LetterService.prefilled_inputs`).  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.documents import model as m
from transition_app.domain.validation import CTX, Collector, ErrorCode
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters import (
    ALL_LANGUAGES,
    AUTHORITY_LANGUAGES,
    LetterError,
    Recipient,
    compose_letter,
    default_authority_language,
    list_templates,
)
from transition_app.letters.catalog import UNKNOWN_TEMPLATE
from transition_app.letters.compose import UNKNOWN_AUTHORITY_LANGUAGE, UNKNOWN_INPUT, UNKNOWN_LANGUAGE
from transition_app.letters.context import dwelling_inputs, dwelling_recipient
from transition_app.letters.engine import PlaceholderType
from transition_app.letters.missing import input_label

if TYPE_CHECKING:
    from transition_app.services.checklist import ChecklistService
    from transition_app.services.dto import FamilyDetail
    from transition_app.services.families import FamilyService
    from transition_app.services.staff import StaffService

T = PlaceholderType
_SPLIT = re.compile(r"\s*[|\n;]\s*")

NOT_A_DATE = ErrorCode("letter.input_not_a_date", QT_TRANSLATE_NOOP(
    "Validation", "{label}: '{value}' is not a date; write it as YYYY-MM-DD."), CTX)
NOT_AN_AMOUNT = ErrorCode("letter.input_not_an_amount", QT_TRANSLATE_NOOP(
    "Validation", "{label}: '{value}' is not an amount in euros."), CTX)
NOT_A_NUMBER = ErrorCode("letter.input_not_a_number", QT_TRANSLATE_NOOP(
    "Validation", "{label}: '{value}' is not a whole number."), CTX)
_NOT_PARSED = {T.DATE: NOT_A_DATE, T.MONEY: NOT_AN_AMOUNT, T.NUMBER: NOT_A_NUMBER}


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


class LetterService:
    """Letters for the families the actor may see; composing needs :attr:`Permission.ISSUE_DOCUMENTS`.

    Saving or printing a letter is the moment personal data leaves the database: it is recorded
    in the audit log (:meth:`save` writes and records together, :meth:`record_output` records a
    print or a file written elsewhere).
    """

    def __init__(self, families: FamilyService, checklists: ChecklistService, staff: StaffService) -> None:
        self.families, self.checklists, self.staff = families, checklists, staff

    @property
    def actor(self) -> Actor:
        return getattr(self.families, "actor", None) or SYSTEM

    def record_output(self, family_id: int, template_id: str, file_format: str, *,
                      languages: tuple[str, ...] = (), write: Callable[[], object] | None = None) -> None:
        """Record that a letter left the application (``pdf``/``docx`` file or ``print``).

        ``write`` runs inside the recording transaction, so a failed (atomic) write records nothing.
        """
        from transition_app.services.audit import AuditAction, record

        self.actor.require(Permission.ISSUE_DOCUMENTS)
        action = AuditAction.PRINT if file_format == "print" else AuditAction.EXPORT
        with self.families.db.session() as s:
            record(s, self.actor, action, family_id, document="letter", template=template_id,
                   format=file_format, languages=list(languages))
            if write is not None:
                write()

    def save(self, family_id: int, template_id: str, path: str | os.PathLike[str], data: bytes, file_format: str,
             *, languages: tuple[str, ...] = ()) -> None:
        """Write a rendered letter atomically and record it, all or nothing."""
        from transition_app.documents.output import write_atomic

        self.record_output(family_id, template_id, file_format, languages=languages,
                           write=lambda: write_atomic(path, data))

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

    def compose(self, family_id: int, template_id: str, *, authority_language: str,
                family_language: str | None = None, layout: m.BilingualLayout = m.BilingualLayout.NEW_PAGE,
                inputs: Mapping[str, Any] | None = None, recipient: Recipient | None = None,
                worker_id: int | None = None) -> m.Document:
        self.actor.require(Permission.ISSUE_DOCUMENTS)
        family = self.families.get_family(family_id)
        typed = self.parse_inputs(template_id, inputs or {})
        centre = next((c for c in self.staff.list_centres() if c.id == family.centre_id), None)
        wanted = worker_id or family.worker_id
        worker = next((w for w in self.staff.list_workers() if w.id == wanted), None) if wanted else None
        extensions = self.checklists.get_checklist(family_id).extensions if family.decision is not None else ()
        return compose_letter(template_id, family, authority_language=authority_language,
                              family_language=family_language, layout=layout, centre=centre, worker=worker,
                              recipient=recipient, today=self.families.today(), inputs=typed,
                              extensions=extensions)
