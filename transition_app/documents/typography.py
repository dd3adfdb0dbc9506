"""The typography of document texts, per language: one :func:`polish` for letters and dossiers.  Qt-free.

The letter engine formats each value for its language (dates and amounts come out with no-break
spaces, see ``letters.engine``); :func:`polish` then applies the rules that concern the whole
text, once, where the final text of a letter or dossier is made, so that the PDF and the DOCX
print the same characters:

* one period where a value ending in "." ("2 декабря 2026 г.", "etc.") meets the period of the
  sentence ("г.." → "г."); an ellipsis "..." is left alone;
* French only: a no-break space (U+00A0) before ":" and a narrow no-break space (U+202F) before
  ";", "?", "!" and inside « » (the rules of the Belgian and French typographic guides).  A space
  typed before these signs becomes the no-break one; where none was typed, one is added after a
  letter or a digit ("Question?" → "Question ?") but never inside a time, a web or e-mail address
  ("14:30", "https://…").

The PDF line breaker never breaks at U+00A0 or U+202F (``documents.shaping`` breaks at ASCII
spaces only; reportlab's Latin paragraphs get U+202F as U+00A0, see ``documents.pdf``).
"""

from __future__ import annotations

import re
from functools import lru_cache

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space
NO_BREAK = NBSP + NNBSP

# two periods and no third on either side: "г.." but not "..."
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
# spaces (any kind but a line break) before a French high sign
_SPACE_BEFORE = re.compile(r"[ \t\u00a0\u202f\u2009]+([:;?!»])")
_SPACE_AFTER_GUILLEMET = re.compile(r"«[ \t\u00a0\u202f\u2009]*")
# a sign glued to a word: only when the sign ends the word (followed by a space, a closing
# sign or the end), so "14:30", "https://x" and "?q=" are untouched
_GLUED = re.compile(r"(?<=[\w)\]’'\"»])([:;?!]+)(?=\s|$|[)\]»\"”])")


def _french(text: str) -> str:
    text = _SPACE_BEFORE.sub(lambda m: (NBSP if m.group(1) == ":" else NNBSP) + m.group(1), text)
    text = _SPACE_AFTER_GUILLEMET.sub("«" + NNBSP, text)
    text = re.sub(r"(?<=[^\s\u00a0\u202f])»", NNBSP + "»", text)

    def glue(m: re.Match[str]) -> str:
        signs = m.group(1)
        return (NBSP if signs[0] == ":" else NNBSP) + signs

    return _GLUED.sub(glue, text)


def one_period(text: str) -> str:
    """``text`` with "xx.." made "xx." (an ellipsis "..." kept)."""
    return _DOUBLE_PERIOD.sub(".", text) if ".." in text else text


@lru_cache(maxsize=8192)
def polish(text: str, language: str) -> str:
    """The final ``text`` of a document in ``language`` with that language's typography (see the
    module's description).  Idempotent: polishing twice gives the same text."""
    if not text:
        return text
    text = one_period(text)
    if language.replace("-", "_").split("_")[0].lower() == "fr":
        text = _french(text)
    return text


def bind(text: str) -> str:
    """``text`` (a date, an amount) with its spaces made no-break: it is never split across lines."""
    return text.replace(" ", NBSP)
