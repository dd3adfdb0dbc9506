"""Step cards for one family (the use case behind ``stepcards`` and File ▸ Step cards…).  Qt-free.

    service = StepCardService(ctx.families, ctx.checklists)
    doc = service.compose(family_id)                      # booklet of the open steps
    doc = service.compose(family_id, step_id="cpas.first_interview", family_language="ar")

Languages: the family's (default: the first preferred language of the household the cards
have words for, else English) with the authority's underneath (default: the language of the
new municipality, else French).  Whoever may see the family's checklist may make its cards
(admin buddies included); a written or printed copy is recorded in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from transition_app.documents import model as m
from transition_app.domain.languages import authority_languages
from transition_app.domain.validation import ErrorCode, NotFoundError, ServiceError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.step_cards import Helper, Place, card_labels, child_ages, compose_step_cards

if TYPE_CHECKING:
    from transition_app.services.checklist import ChecklistService, StepView
    from transition_app.services.directory_service import DirectoryService
    from transition_app.services.dto import FamilyDetail
    from transition_app.services.families import FamilyService

AUTHORITY_LANGUAGES = authority_languages()  # from the language registry

NO_OPEN_STEPS = ErrorCode("step_cards.no_open_steps", QT_TRANSLATE_NOOP(
    "Services", "This family has no open checklist step, so there is no step card to make."))
NO_SUCH_STEP = ErrorCode("step_cards.no_such_step", QT_TRANSLATE_NOOP(
    "Services", "This step is not in the family's checklist."))
NO_CARD_LANGUAGE = ErrorCode("step_cards.unknown_language", QT_TRANSLATE_NOOP(
    "Services", "There are no step card texts in this language."))


@dataclass(frozen=True)
class StepCardLanguages:
    family: str
    authority: str


def card_languages() -> tuple[str, ...]:
    """Languages the cards have their words in (English first)."""
    return tuple(dict.fromkeys(("en", *card_labels())))


class StepCardService:
    def __init__(self, families: FamilyService, checklists: ChecklistService,
                 directory: DirectoryService | None = None) -> None:
        self.families, self.checklists, self.directory = families, checklists, directory

    def _place(self, step: StepView, family: FamilyDetail, language: str) -> Place | None:
        """The place of a step from the directory (local details win), or None when not known."""
        if self.directory is None or step.service is None:
            return None
        from transition_app.domain.validation import PermissionDenied
        from transition_app.letters.context import dwelling_address_lines

        try:
            places = self.directory.places_for(step.service, family.destination_nis, family.centre_id)
        except PermissionDenied:
            return None
        if not places:
            return None
        p = places[0]
        lines = (dwelling_address_lines(p.address, p.postcode, p.municipality_nis, language)
                 if p.has_address and not p.uncertain else ())
        return Place(p.name, tuple(lines), p.opening_hours.strip(), p.phone.strip())

    def _helper(self, family: FamilyDetail) -> Helper | None:
        """The admin buddy making the cards, else the family's social worker, with their phone."""
        from transition_app.store.models import Worker

        actor = self.families.actor
        buddy = actor.role == "admin_buddy" and actor.worker_id is not None
        worker_id = actor.worker_id if buddy else family.worker_id
        if worker_id is None:
            return None
        with self.families.db.read() as s:
            w = s.get(Worker, worker_id)
            if w is None:
                return None
            return Helper(w.full_name, (w.phone or "").strip(), "buddy" if buddy else "worker")

    @staticmethod
    def default_languages(family: FamilyDetail) -> StepCardLanguages:
        from transition_app.letters import default_authority_language

        known = set(card_labels())
        preferred = [p.preferred_language for p in family.members if p.preferred_language in known]
        spoken = [c for p in family.members for c in p.languages if c in known]
        family_language = (preferred or spoken or ["en"])[0]
        return StepCardLanguages(family_language, default_authority_language(family.destination_nis))

    def compose(self, family_id: int, *, step_id: str | None = None, family_language: str | None = None,
                authority_language: str | None = None, qr: bool = False,
                sheet: m.Sheet = m.Sheet.A4) -> m.Document:
        """One card (``step_id``) or the booklet of the family's open steps that apply to it (no
        children's step without children); ``qr``: a QR code of the place's address on each card;
        ``sheet``: A4, or two A5 cards per A4 sheet."""
        family = self.families.get_family(family_id)
        defaults = self.default_languages(family)
        family_language = family_language or defaults.family
        authority_language = authority_language or defaults.authority
        if family_language not in card_labels() or authority_language not in AUTHORITY_LANGUAGES:
            raise ServiceError(NO_CARD_LANGUAGE)
        checklist = self.checklists.get_checklist(family_id)
        if step_id is not None:
            if step_id not in {s.step_id for s in checklist.steps}:
                raise NotFoundError(NO_SUCH_STEP)
            step_ids: list[str] | None = [step_id]
        else:
            step_ids = None
            if not any(s.is_open for s in checklist.steps):
                raise ServiceError(NO_OPEN_STEPS)
        letterhead = m.Letterhead(family.centre_name) if family.centre_name else None
        return compose_step_cards(checklist, family_language=family_language, authority_language=authority_language,
                                  step_ids=step_ids, destination_nis=family.destination_nis,
                                  centre_name=family.centre_name, letterhead=letterhead,
                                  children_ages=child_ages(family.members, self.families.today()),
                                  place_for=lambda step: self._place(step, family, authority_language),
                                  helper=self._helper(family), qr=qr, sheet=sheet)

    def record_output(self, family_id: int, how: str, file_format: str, *, step_id: str | None = None,
                      pages: int | None = None) -> None:
        """Record that step cards left the application: ``how`` is ``print`` or ``file``."""
        from transition_app.services.scope import family_for

        actor = self.families.actor
        with self.families.db.session() as s:
            family_for(s, actor, family_id)
            details: dict[str, object] = {"kind": "step_cards", "format": file_format,
                                          "step": step_id or "open_steps"}
            if pages is not None:
                details["pages"] = pages
            record(s, actor, AuditAction.PRINT if how == "print" else AuditAction.EXPORT, family_id, **details)
