"""The shipped Noto fonts: files, reportlab registration (once per process), fallback.

Each script has a chain of fonts: its own font first, then the others, so that a
Latin name inside Arabic or Tigrinya text (Noto Sans Arabic and Noto Sans Ethiopic have
no Latin letters) still finds a glyph.  ``FontChain.font_keys`` picks a font for every
character of a text.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from transition_app.assets import resource_path
from transition_app.documents.scripts import Script


@dataclass(frozen=True)
class FontFace:
    family: str          # family name as written into DOCX ("Noto Sans Arabic")
    regular_file: str
    bold_file: str

    def file(self, bold: bool = False) -> Path:
        return resource_path("fonts", self.bold_file if bold else self.regular_file)

    def pdf_name(self, bold: bool = False) -> str:
        """The name the font is registered under in reportlab."""
        return f"TA-{self.family.replace(' ', '')}{'-Bold' if bold else ''}"


LATIN = FontFace("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC = FontFace("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
ETHIOPIC = FontFace("Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf")

SCRIPT_FACE: dict[Script, FontFace] = {Script.LATIN: LATIN, Script.ARABIC: ARABIC,
                                       Script.ETHIOPIC: ETHIOPIC}
ALL_FACES: tuple[FontFace, ...] = (LATIN, ARABIC, ETHIOPIC)

_lock = threading.Lock()


def _font_class() -> type:
    from reportlab.pdfbase.ttfonts import TTFont

    class CachedTTFont(TTFont):
        """reportlab's TrueType font that maps a string to subset codes once per document.

        ``splitString`` walks every character of every string drawn (a tenth of a dossier's
        rendering time); once a string's characters have their codes in a document's subsets
        the mapping never changes, so the result is kept with the document's font state.
        """

        def splitString(self, text, doc, encoding="utf-8"):  # noqa: ANN001, ANN201, N802 - reportlab API
            state = self.state.get(doc)
            done = getattr(state, "_ta_split", None) if state is not None else None
            if done is not None:
                found = done.get(text)
                if found is not None:
                    return list(found)
            result = super().splitString(text, doc, encoding)
            state = self.state[doc]
            if not hasattr(state, "_ta_split"):
                state._ta_split = {}
            state._ta_split[text] = tuple(result)  # a shaped string maps like its plain characters
            return result

    return CachedTTFont


@cache
def register_pdf_fonts() -> None:
    """Register every shipped font (regular and bold) with reportlab; later calls do nothing."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    TTFont = _font_class()  # noqa: N806

    with _lock:
        for face in ALL_FACES:
            for bold in (False, True):
                name = face.pdf_name(bold)
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(face.file(bold))))
            regular, bold_name = face.pdf_name(False), face.pdf_name(True)
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold_name)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold_name)


@cache
def _cmap(face: FontFace) -> frozenset[int]:
    register_pdf_fonts()
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(face.pdf_name()).face.charToGlyph)


def _inherits(ch: str) -> bool:
    """Spaces, digits, punctuation and marks take the font of the character before."""
    return unicodedata.category(ch)[0] in "ZNPMSC"


@dataclass(frozen=True)
class FontChain:
    faces: tuple[FontFace, ...]

    @property
    def primary(self) -> FontFace:
        return self.faces[0]

    def font_keys(self, text: str) -> tuple[int, ...]:
        """Index into ``faces`` of the font that draws each character of ``text``."""
        return _font_keys(self, text)


@lru_cache(maxsize=8192)
def _font_keys(chain: FontChain, text: str) -> tuple[int, ...]:
    cmaps = [_cmap(f) for f in chain.faces]
    keys: list[int] = []
    previous = 0
    for ch in text:
        code = ord(ch)
        if _inherits(ch) and code in cmaps[previous]:
            keys.append(previous)
            continue
        if code in cmaps[0]:
            previous = 0
        else:
            for i in range(1, len(cmaps)):
                if code in cmaps[i]:
                    previous = i
                    break
            else:
                # invisible controls (LRI, ZWNJ …) and unknown characters: stay in the run
                previous = previous if _inherits(ch) else 0
        keys.append(previous)
    # leading neutrals take the font of the first letter, so a line never starts with a
    # one-character run in another font
    first_letter = next((k for ch, k in zip(text, keys, strict=True) if not _inherits(ch)), None)
    if first_letter is not None:
        for i, ch in enumerate(text):
            if not _inherits(ch):
                break
            if ord(ch) in cmaps[first_letter]:
                keys[i] = first_letter
    return tuple(keys)


@cache
def font_chain(script: Script) -> FontChain:
    primary = SCRIPT_FACE[script]
    return FontChain((primary,) + tuple(f for f in ALL_FACES if f is not primary))
