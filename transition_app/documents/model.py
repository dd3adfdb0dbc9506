"""The document model shared by the PDF and DOCX renderers (Qt-free, renderer-free).

A :class:`Document` is a letterhead plus :class:`Section` s; every section is written in
one language (the authority's or the family's) and holds blocks.  A block may carry its
own ``language``; ``None`` means "the section's language".

Example::

    Document(
        title="Attestation",
        language="fr",
        letterhead=Letterhead("Centre Croix-Rouge de Jette", ("Rue ...", "1090 Jette"), ("02 ...",)),
        sections=(
            Section("fr", (Heading("Attestation"), Paragraph("Madame, Monsieur, ..."))),
            Section("ar", (Heading("شهادة"), Paragraph("...")), draft=True),
        ),
        layout=BilingualLayout.NEW_PAGE,
    )
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Align(StrEnum):
    """Alignment *relative to the reading direction*: START is right in Arabic."""
    START = "start"
    CENTER = "center"
    END = "end"
    JUSTIFY = "justify"  # LTR text only; right-to-left text is set ragged-left (START)


class BilingualLayout(StrEnum):
    CONTINUOUS = "continuous"  # sections follow each other
    NEW_PAGE = "new_page"      # every section after the first starts on a new page


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 (title) … 3
    language: str | None = None


@dataclass(frozen=True)
class Paragraph:
    text: str  # plain text; "\n" forces a line break
    language: str | None = None
    bold: bool = False
    align: Align = Align.START
    size: float | None = None  # points; None = body size


@dataclass(frozen=True)
class AddressBlock:
    lines: tuple[str, ...]
    language: str | None = None
    align: Align = Align.START  # END puts a recipient's address on the far side


@dataclass(frozen=True)
class KeyValueTable:
    rows: tuple[tuple[str, str], ...]
    language: str | None = None
    key_width: float = 0.35  # share of the text width taken by the key column
    bold_keys: bool = True


@dataclass(frozen=True)
class Table:
    """A grid with an optional header row; ``widths`` are relative (normalised)."""
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None
    language: str | None = None


@dataclass(frozen=True)
class ChecklistItem:
    text: str
    done: bool = False
    due: dt.date | None = None
    highlight: bool = False  # overdue or otherwise urgent: printed marked
    note: str = ""


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItem, ...]
    title: str = ""
    language: str | None = None


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str = ""


@dataclass(frozen=True)
class SignatureBlock:
    signatories: tuple[Signatory, ...]
    place: str = ""
    date: dt.date | None = None
    language: str | None = None


@dataclass(frozen=True)
class PageBreak:
    language: str | None = None  # unused; keeps every block uniform


@dataclass(frozen=True)
class Spacer:
    height: float = 12.0  # points
    language: str | None = None


Block = (Heading | Paragraph | AddressBlock | KeyValueTable | Table | Checklist | SignatureBlock
         | PageBreak | Spacer)


@dataclass(frozen=True)
class Section:
    """One language's part of a document."""
    language: str
    blocks: tuple[Block, ...]
    draft: bool = False  # machine/unchecked translation: show "draft translation — not yet reviewed"
    new_page: bool = False  # start this section on a new page whatever the layout


@dataclass(frozen=True)
class Letterhead:
    name: str
    address_lines: tuple[str, ...] = ()
    contact_lines: tuple[str, ...] = ()  # phone, e-mail, web
    logo: bytes | None = field(default=None, repr=False)  # PNG or JPEG, printed at the start of the letterhead


@dataclass(frozen=True)
class Document:
    title: str
    language: str  # the authority language: document metadata and first section
    sections: tuple[Section, ...]
    letterhead: Letterhead | None = None
    layout: BilingualLayout = BilingualLayout.CONTINUOUS
    page_numbers: bool = True
    author: str = ""
    subject: str = ""
    # one line printed in the footer of every page (e.g. a dossier's confidentiality mark and
    # issue number), in ``language``; empty: none
    running_mark: str = ""

    def starts_new_page(self, index: int) -> bool:
        """True when section ``index`` must begin on a new page."""
        if index == 0:
            return False
        section = self.sections[index]
        return section.new_page or self.layout is BilingualLayout.NEW_PAGE

    def languages(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for s in self.sections:
            seen.setdefault(s.language, None)
        return tuple(seen)


def block_language(block: Block, section: Section) -> str:
    return block.language or section.language
