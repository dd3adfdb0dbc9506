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

**Parts.**  A section with ``new_part`` begins a new *part*: a document of its own that shares
the file (or goes to a file of its own, :meth:`Document.parts`).  A part starts on a new page,
numbers its pages from 1 ("1/2" counts that part only) and has its own footer; a draft mark
is printed only on the pages of a draft section.  A letter has two parts: the letter to the
authority, and the family copy.

**Envelope window.**  An :class:`AddressBlock` with ``window`` is the recipient's postal
address: on the first page of its part it is placed in the window of a DL/C5 envelope (window
on the right, see ``documents.pdf.WINDOW``), next to the writer's :class:`ContactBlock`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
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
    keep_with_next: bool = False  # never at the foot of a page without the next block (closing, signature)
    small: bool = False  # a smaller line after the signature ("Copie : la famille")


@dataclass(frozen=True)
class AddressBlock:
    lines: tuple[str, ...]
    language: str | None = None
    align: Align = Align.START  # END puts a recipient's address on the far side
    window: bool = False  # the recipient's postal address: in the envelope window on the part's first page


@dataclass(frozen=True)
class ContactBlock:
    """Who to contact about the letter: a heading ("Contact") and lines (name, job title, phone, e-mail).

    Beside the window address on the first page of a part that has one, else where it stands."""
    heading: str
    lines: tuple[str, ...]
    language: str | None = None


@dataclass(frozen=True)
class Annexes:
    """The list of enclosed documents: "Annexes :" then one item a line."""
    heading: str
    items: tuple[str, ...]
    language: str | None = None


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


@dataclass(frozen=True)
class QRCode:
    """A QR code of ``data`` (e.g. a postal address a phone's map opens), ``size`` points wide, with
    an optional caption.  Printed in PDF; a DOCX shows the caption and the data as text."""
    data: str
    size: float = 72.0
    caption: str = ""
    language: str | None = None


class Sheet(StrEnum):
    A4 = "a4"            # one A4 page per card or part
    A5_TWO_UP = "a5x2"   # two A5 cards side by side on an A4 sheet (landscape), with a cut line


Block = (Heading | Paragraph | AddressBlock | ContactBlock | Annexes | KeyValueTable | Table | Checklist
         | SignatureBlock | PageBreak | Spacer | QRCode)


@dataclass(frozen=True)
class Section:
    """One language's part of a document."""
    language: str
    blocks: tuple[Block, ...]
    draft: bool = False  # machine/unchecked translation: show "draft translation — not yet reviewed"
    new_page: bool = False  # start this section on a new page whatever the layout
    new_part: bool = False  # begin a new part (new page, own page numbers and footer; see the module doc)
    part_name: str = ""  # a part's name for its own file ("authority", "family"): letter-family.pdf


@dataclass(frozen=True)
class Letterhead:
    name: str
    address_lines: tuple[str, ...] = ()
    contact_lines: tuple[str, ...] = ()  # phone, e-mail, web
    operator: str = ""  # the organisation running the centre ("Fedasil", "Croix-Rouge de Belgique")
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
    # the paper: A4, or two A5 cards per A4 sheet (step cards; every section with ``new_page`` starts
    # a card; a card is shrunk to its half sheet if it is longer; DOCX: A5 pages)
    sheet: Sheet = Sheet.A4

    def starts_new_page(self, index: int) -> bool:
        """True when section ``index`` must begin on a new page."""
        if index == 0:
            return False
        section = self.sections[index]
        return section.new_page or section.new_part or self.layout is BilingualLayout.NEW_PAGE

    def part_index(self, index: int) -> int:
        """The part (0, 1, …) section ``index`` belongs to."""
        return sum(1 for s in self.sections[1:index + 1] if s.new_part)

    def part_count(self) -> int:
        return 1 + sum(1 for s in self.sections[1:] if s.new_part)

    def parts(self) -> tuple[Document, ...]:
        """One document per part, each with the letterhead and settings of this one (for one file
        per part: ``documents.render_pdf_parts`` / ``render_docx_parts``)."""
        groups: list[list[Section]] = []
        for i, section in enumerate(self.sections):
            if i == 0 or section.new_part:
                groups.append([])
            groups[-1].append(replace(section, new_part=False) if not groups[-1] else section)
        return tuple(replace(self, sections=tuple(g)) for g in groups) or (self,)

    def part_names(self) -> tuple[str, ...]:
        """Each part's name (``part_name`` of its first section, else its number from 1)."""
        names: list[str] = []
        for i, section in enumerate(self.sections):
            if i == 0 or section.new_part:
                names.append(section.part_name or str(len(names) + 1))
        return tuple(names) or ("1",)

    def languages(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for s in self.sections:
            seen.setdefault(s.language, None)
        return tuple(seen)


def block_language(block: Block, section: Section) -> str:
    return block.language or section.language
