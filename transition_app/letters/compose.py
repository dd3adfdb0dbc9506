"""Make a letter: the authority letter in French, Dutch, German or English, then the family copy.

    from transition_app.letters import compose_letter, list_templates
    doc = compose_letter("cpas_rental_guarantee", family, authority_language="fr",
                         family_language="ar", centre=centre, worker=worker, today=date.today(),
                         inputs={"dwelling_address": ("Rue Haute 5", "4000 Liège"), ...})
    pdf = documents.render_pdf(doc)

The family copy says the same thing plainly in the family's language; it is marked as a
draft translation (``Section.draft``) while any of its texts is not reviewed.

Structure: with the default layout (``NEW_PAGE``) the letter to the authority and the family
copy are two *parts* (``Section.new_part``): each starts on a page of its own and counts its
own pages, and ``documents.render_pdf_parts`` / ``render_docx_parts`` make one file of each.
The authority part opens with the recipient's postal address in the envelope window
(``AddressBlock(window=True)``) beside the worker's contact block; its last paragraph, the
closing and the signature are kept on one page (``Paragraph.keep_with_next``); the annexes the
letter definition lists and "Copie : la famille" follow the signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from transition_app.documents import model as m
from transition_app.documents.typography import polish
from transition_app.domain import directory
from transition_app.domain.validation import ErrorCode
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters.catalog import (
    AUTHORITY_LANGUAGES,
    FAMILY_LANGUAGES,
    MEMBER_LABELS,
    BlockSpec,
    Catalog,
    LetterDefinition,
    PlaceholderSpec,
    default_catalog,
)
from transition_app.letters.context import (
    ExtensionLike,
    LetterContext,
    Recipient,
    build_context,
    default_recipient,
    dwelling_inputs,
    dwelling_recipient,
)
from transition_app.letters.engine import (
    LetterError,
    LetterIncompleteError,
    MissingPlaceholderError,
    PlaceholderType,
    UnknownPlaceholderError,
    check_type,
    country_name,
    format_date_long,
    format_value,
    is_empty,
)
from transition_app.letters.letterhead import centre_letterhead
from transition_app.letters.missing import RECIPIENT, missing_value_errors
from transition_app.services.dto import CentreView, FamilyDetail, PersonView, WorkerView

CONTINUOUS = m.BilingualLayout.CONTINUOUS
NEW_PAGE = m.BilingualLayout.NEW_PAGE

UNKNOWN_INPUT = ErrorCode("letter.unknown_input", QT_TRANSLATE_NOOP(
    "Services", "This letter has no input '{name}' (its inputs: {known})."))
UNKNOWN_AUTHORITY_LANGUAGE = ErrorCode("letter.unknown_authority_language", QT_TRANSLATE_NOOP(
    "Services", "A letter to an authority is written in one of these languages: {languages}."))
UNKNOWN_LANGUAGE = ErrorCode("letter.unknown_language", QT_TRANSLATE_NOOP(
    "Services", "There are no letter texts in the language '{language}' (languages: {languages})."))


@dataclass(frozen=True)
class LetterTemplateInfo:
    id: str
    title: str  # English
    authority_languages: tuple[str, ...]
    family_languages: tuple[str, ...]
    recipient_kind: str
    description: str = ""
    titles: Mapping[str, str] | None = None  # authority language -> title
    inputs: tuple[PlaceholderSpec, ...] = ()  # what the worker types (name, type, required, label)


def list_templates(catalog: Catalog | None = None) -> list[LetterTemplateInfo]:
    cat = catalog or default_catalog()
    out = []
    for d in cat.letters.values():
        titles = {lang: cat.entry(f"{d.id}.title", lang).text.source for lang in AUTHORITY_LANGUAGES}
        out.append(LetterTemplateInfo(d.id, titles["en"], AUTHORITY_LANGUAGES, FAMILY_LANGUAGES, d.recipient_kind,
                                      d.description, titles, d.inputs))
    return out


def default_authority_language(municipality: directory.Municipality | str | None) -> str:
    """French, Dutch or German from the municipality's language area; Brussels: French (Dutch allowed)."""
    if isinstance(municipality, str):
        municipality = directory.municipality(municipality)
    if municipality is None:
        return "fr"
    return municipality.languages[0]


def authority_languages_for(municipality: directory.Municipality | str | None) -> tuple[str, ...]:
    """Languages the authority of ``municipality`` works in (English always offered last)."""
    if isinstance(municipality, str):
        municipality = directory.municipality(municipality)
    langs = municipality.languages if municipality is not None else ("fr", "nl", "de")
    return (*langs, "en")


def review_status(template_id: str, language: str, catalog: Catalog | None = None,
                  section: str = "family") -> str:
    """``reviewed`` when every text of that part of the letter is reviewed in ``language``, else ``draft``."""
    cat = catalog or default_catalog()
    d = cat.letter(template_id)
    keys = _section_keys(d, section)
    return "reviewed" if all(cat.entry(k, language).reviewed for k in keys) else "draft"


_FAMILY_PREFIX = ("common.family.copy_heading", "common.family.copy_intro")
_FAMILY_SUFFIX = ("common.family.questions",)
_AUTHORITY_EXTRA = ("common.letter.contact", "common.letter.phone_label", "common.letter.email_label",
                    "common.letter.copy_family")


def _section_keys(d: LetterDefinition, section: str) -> set[str]:
    blocks = d.family if section == "family" else d.authority
    keys: set[str] = set(_FAMILY_PREFIX + _FAMILY_SUFFIX) if section == "family" else {
        "common.letter.place_date", "common.letter.signature_role", *_AUTHORITY_EXTRA}
    for b in blocks:
        if b.key:
            keys.add(b.key)
        keys.update(b.items)
        if b.kind == "annexes":
            keys.add("common.letter.annexes")
        keys.update(r.label for r in b.rows)
        if b.kind == "members":
            keys.update(MEMBER_LABELS)
    return keys


class _Renderer:
    """Renders the blocks of one section in one language, noting which entries it used and which
    placeholders had no value (``missing``: the whole section is rendered, so every one is found;
    ``strict``: the first raises :class:`MissingPlaceholderError`, for single keys)."""

    def __init__(self, cat: Catalog, d: LetterDefinition, ctx: LetterContext, language: str,
                 strict: bool = False) -> None:
        self.cat, self.d, self.ctx, self.lang = cat, d, ctx, language
        self.used: set[str] = set()
        self.missing: list[str] = []
        self.strict = strict

    def _missing(self, name: str, key: str) -> str:
        if self.strict:
            raise MissingPlaceholderError(name, self.d.id, self.lang, key)
        if name not in self.missing:
            self.missing.append(name)
        return ""

    def entry_text(self, key: str) -> str:
        self.used.add(key)
        entry = self.cat.entry(key, self.lang)
        text = entry.text_for(self.ctx.values.get)  # the plural form for the count (ngettext)
        return polish(text.render(lambda name: self.value(name, key)), self.lang)

    def term(self, key: str) -> str:
        return self.entry_text(key)

    def value(self, name: str, key: str = "") -> str:
        ptype = self.ctx.types.get(name)
        if ptype is None:
            raise UnknownPlaceholderError(f"letter {self.d.id!r} ({self.lang}) {key}", name, list(self.ctx.types))
        raw = self.ctx.values.get(name)
        if is_empty(raw):
            return self._missing(name, key)
        return format_value(name, ptype, raw, self.lang, self.term)

    def signature_role(self) -> str:
        """The worker's job title (in the letter's language and their form) and centre, else the
        catalog's role (their phone and e-mail are in the contact block)."""
        values = self.ctx.values
        title = values.get("worker_title")
        return (", ".join(p for p in (title, values.get("centre_name")) if p) if title
                else self.entry_text("common.letter.signature_role"))

    def contact_block(self) -> m.ContactBlock | None:
        """"Personne de contact": the worker's name, job title, direct phone and e-mail (the lines known)."""
        values = self.ctx.values
        name = values.get("worker_name")
        if not name:
            return None
        lines = [str(name)]
        if values.get("worker_title"):
            lines.append(str(values["worker_title"]))
        if values.get("worker_phone"):
            lines.append(f"{self.entry_text('common.letter.phone_label')} {values['worker_phone']}")
        if values.get("worker_email"):
            lines.append(f"{self.entry_text('common.letter.email_label')} {values['worker_email']}")
        return m.ContactBlock(self.entry_text("common.letter.contact"), tuple(lines))

    def holds(self, when: str | None) -> bool:
        if when is None:
            return True
        if when.startswith("rule:"):
            return when[5:] in self.ctx.applied_rules
        negate = when.startswith("not ")
        flag = bool(self.ctx.values.get(when.removeprefix("not ")))
        return flag != negate

    def members_table(self, group: str) -> m.Table:
        people: tuple[PersonView, ...] = self.ctx.groups[group]
        name = {"abroad": "members_abroad"}.get(group, group)
        if not people:
            self._missing(name, f"members: {group}")
            return m.Table((), ())
        header = tuple(self.entry_text(k) for k in MEMBER_LABELS)
        rows = []
        for p in people:
            rows.append((
                f"{p.given_names} {p.family_name.upper()}".strip(),
                self.entry_text(f"common.relation.{p.relation}"),
                format_date_long(p.birth_date, self.lang) if p.birth_date else "—",
                country_name(p.nationality, self.lang) if p.nationality else "—",
            ))
        return m.Table(header, tuple(rows), widths=(0.34, 0.2, 0.24, 0.22))

    def blocks(self, specs: Sequence[BlockSpec], contact: bool = False) -> list[m.Block]:
        """The blocks of ``specs``; ``contact``: the worker's contact block after the recipient's
        address (or first when the letter has none)."""
        out: list[m.Block] = []
        contact_block = self.contact_block() if contact else None
        if contact_block is not None and not any(b.kind == "recipient" for b in specs):
            out.append(contact_block)
        for b in specs:
            if not self.holds(b.when):
                continue
            if b.kind == "recipient":
                r = self.ctx.recipient
                if contact_block is not None:
                    out.append(contact_block)
                if r is None or not r.lines:
                    if b.required:
                        self._missing(RECIPIENT, "recipient")
                    continue
                out.append(m.AddressBlock(r.lines, align=m.Align.END, window=True))
                out.append(m.Spacer(6))
            elif b.kind == "place_date":
                out.append(m.Paragraph(self.entry_text("common.letter.place_date"), align=m.Align.END))
            elif b.kind == "subject":
                out.append(m.Paragraph(self.entry_text(b.key or ""), bold=True))
            elif b.kind == "heading":
                out.append(m.Heading(self.entry_text(b.key or ""), level=2))
            elif b.kind == "paragraph":
                out.append(m.Paragraph(self.entry_text(b.key or "")))
            elif b.kind == "facts":
                rows = []
                for r in b.rows:
                    if not self.holds(r.when):
                        continue
                    if r.optional and is_empty(self.ctx.values.get(r.value)):
                        continue
                    rows.append((self.entry_text(r.label), self.value(r.value, r.label)))
                if rows:
                    out.append(m.KeyValueTable(tuple(rows)))
            elif b.kind == "members":
                out.append(self.members_table(b.group or "household"))
            elif b.kind == "signature":
                _keep_with_signature(out)
                out.append(m.SignatureBlock((m.Signatory(self.value("worker_name", "signature"),
                                                         self.signature_role()),)))
            elif b.kind == "annexes":
                out.append(m.Annexes(self.entry_text("common.letter.annexes"),
                                     tuple(self.entry_text(k) for k in b.items)))
        return out


def _keep_with_signature(blocks: list[m.Block]) -> None:
    """The closing and the paragraph before it go to the page of the signature (never a signature
    alone at the top of a page): the up to two paragraphs just before it keep with the next block."""
    marked = 0
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not isinstance(block, m.Paragraph) or marked == 2:
            break
        blocks[i] = replace(block, keep_with_next=True)
        marked += 1


def _check_inputs(d: LetterDefinition, inputs: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in inputs.items():
        spec = d.placeholders.get(name)
        if spec is None or not spec.input:
            raise LetterError(UNKNOWN_INPUT, name=name, known=", ".join(p.name for p in d.inputs) or "—")
        if isinstance(value, list):
            value = tuple(value)
        if spec.type is PlaceholderType.ADDRESS and isinstance(value, str):
            value = tuple(line.strip() for line in value.splitlines() if line.strip())
        if not is_empty(value):
            check_type(name, spec.type, value)
        clean[name] = value
    for spec in d.inputs:
        clean.setdefault(spec.name, None)
    return clean


def compose_letter(
    template_id: str,
    family: FamilyDetail,
    *,
    authority_language: str,
    family_language: str | None = None,
    layout: m.BilingualLayout = NEW_PAGE,
    centre: CentreView | None,
    worker: WorkerView | None,
    recipient: Recipient | None = None,
    today: dt.date,
    inputs: Mapping[str, Any] | None = None,
    extensions: Sequence[ExtensionLike] = (),
    letterhead: m.Letterhead | None = None,
    catalog: Catalog | None = None,
    copy_to_family: bool = True,
    consent_given_on: dt.date | None = None,
) -> m.Document:
    """The letter as a :class:`~transition_app.documents.model.Document` (render with render_pdf/render_docx,
    or render_pdf_parts/render_docx_parts for one file per part).

    ``layout``: ``NEW_PAGE`` (default) makes the letter to the authority and the family copy two
    parts, each on pages of its own with its own page numbers; ``CONTINUOUS`` lets the family copy
    follow the letter.  ``copy_to_family`` ends the authority letter with "Copie : la famille".

    ``recipient`` defaults to the usual addressee of the letter (the CPAS/OCMW or municipality
    of the destination or of the new dwelling, the Immigration Office, the integration agency,
    the landlord of the new dwelling); a school must be given.  ``inputs`` are the letter's own
    values (see ``LetterTemplateInfo.inputs``); an input not given is taken from the new dwelling
    recorded in the family file when it has one (:func:`~.context.dwelling_inputs`; give it as
    ``None`` to leave it out).  ``extensions`` are the extensions of the stay in reception
    (``ExtensionView`` or ``domain.deadlines.Extension``).  Raises
    :class:`~.engine.LetterIncompleteError` naming every missing value at once (by label and
    field) when the letter cannot be made completely, :class:`~.engine.LetterError` for an
    unknown letter, language or input.
    """
    cat = catalog or default_catalog()
    d = cat.letter(template_id)
    if authority_language not in AUTHORITY_LANGUAGES:
        raise LetterError(UNKNOWN_AUTHORITY_LANGUAGE, languages=", ".join(AUTHORITY_LANGUAGES))
    if family_language is not None and family_language not in cat.languages:  # the registry's languages
        raise LetterError(UNKNOWN_LANGUAGE, language=family_language, languages=", ".join(cat.languages))
    given = dict(inputs or {})
    for name, value in dwelling_inputs(family, d.inputs, authority_language).items():
        given.setdefault(name, value)
    clean = _check_inputs(d, given)
    if recipient is None:
        recipient = (dwelling_recipient(d.recipient_kind, family, authority_language)
                     or default_recipient(d.recipient_kind, family, authority_language))
    ctx = build_context(family, authority_language=authority_language, centre=centre, worker=worker,
                        recipient=recipient, today=today, inputs=clean,
                        input_types={p.name: p.type for p in d.inputs}, extensions=extensions,
                        consent_given_on=consent_given_on)
    authority = _Renderer(cat, d, ctx, authority_language)
    title = authority.entry_text(f"{d.id}.title")
    authority_blocks = authority.blocks(d.authority, contact=True)
    if copy_to_family:
        authority_blocks.append(m.Paragraph(authority.entry_text("common.letter.copy_family"), small=True))
    sections = [m.Section(authority_language, (m.Heading(title), *authority_blocks), part_name="authority")]
    missing = list(authority.missing)
    if family_language is not None:
        fam = _Renderer(cat, d, ctx, family_language)
        blocks: list[m.Block] = [m.Heading(fam.entry_text("common.family.copy_heading")),
                                 m.Paragraph(fam.entry_text("common.family.copy_intro"))]
        blocks += fam.blocks(d.family)
        blocks.append(m.Paragraph(fam.entry_text("common.family.questions")))
        draft = not all(cat.entry(k, family_language).reviewed for k in fam.used)
        sections.append(m.Section(family_language, tuple(blocks), draft=draft,
                                  new_part=layout is NEW_PAGE, part_name="family"))
        missing += [n for n in fam.missing if n not in missing]
    if missing:
        errors, missing_inputs = missing_value_errors(missing, d, family, exit_known=family.exit_date is not None)
        raise LetterIncompleteError(errors, missing_inputs, missing)
    if letterhead is None and centre is not None:
        letterhead = centre_letterhead(centre, authority_language)
    elif letterhead is None:
        letterhead = m.Letterhead(family.centre_name or "")
    author = str(ctx.values.get("worker_name") or "")
    return m.Document(title=title, language=authority_language, sections=tuple(sections),
                      letterhead=letterhead, layout=layout, author=author, subject=title)


def template_renderer(template_id: str, language: str, values: Mapping[str, Any],
                      types: Mapping[str, PlaceholderType], catalog: Catalog | None = None
                      ) -> Callable[[str], str]:
    """Render single catalog keys of a letter (for previews and tests)."""
    cat = catalog or default_catalog()
    d = cat.letter(template_id)
    ctx = LetterContext(values=values, hints={}, applied_rules=frozenset(), groups={}, recipient=None,
                        authority_language=language, types=types)
    r = _Renderer(cat, d, ctx, language, strict=True)
    prefixes = ("common.", f"{template_id}.")
    return lambda key: r.entry_text(key if key.startswith(prefixes) else f"{template_id}.{key}")
