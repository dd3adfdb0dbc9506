"""Languages, writing directions and the bidirectional algorithm (Qt-free, reportlab-free).

Which script and direction a language uses, where Latin names and numbers sit inside
right-to-left text, and the Unicode bidi levels the PDF line layout needs.

Levels come from python-bidi's pure-Python UBA (``bidi.algorithm``), which exposes the
resolved levels; its compiled ``get_display`` only returns a reordered string, which
cannot be shaped afterwards.  Reordering is done *per line* by :func:`visual_runs`
after the lines are broken (UBA rule L2) — reordering a whole paragraph before
breaking it reverses the order of the lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from bidi import algorithm as _uba


class Direction(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


class Script(StrEnum):
    LATIN = "latin"  # also Cyrillic and Greek: one Noto Sans font covers them
    ARABIC = "arabic"
    ETHIOPIC = "ethiopic"


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    script: Script
    direction: Direction
    babel_locale: str

    @property
    def rtl(self) -> bool:
        return self.direction is Direction.RTL


_FONT_SCRIPT = {"NotoSans": Script.LATIN, "NotoSansArabic": Script.ARABIC, "NotoSansEthiopic": Script.ETHIOPIC}


@lru_cache(maxsize=64)
def language_info(code: str) -> LanguageInfo:
    """Script (font), direction and babel locale of a language code ("fr", "prs", "ti-ER", …), from the
    language registry (resources/reference/languages.csv); an unknown code is Latin, left to right."""
    from transition_app.domain.languages import registry

    base = code.replace("_", "-").split("-")[0].lower()
    row = registry().get(base)
    if row is None:
        return LanguageInfo(base, Script.LATIN, Direction.LTR, base or "en")
    return LanguageInfo(row.code, _FONT_SCRIPT[row.pdf_font], Direction(row.direction), row.babel_locale)


def _forget() -> None:
    language_info.cache_clear()


def _register_hook() -> None:
    from transition_app.domain.languages import on_registry_change

    on_registry_change(_forget)


_register_hook()


def is_rtl(code: str) -> bool:
    return language_info(code).rtl


# --- isolation of left-to-right runs -------------------------------------------------

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRE, RLE, PDF_ = "\u202a", "\u202b", "\u202c"
_CONTROLS = frozenset("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f")

# A run that starts and ends with a Latin/Cyrillic letter or an ASCII digit and may contain
# spaces and the punctuation of names, phone numbers, e-mails, dates and case numbers.
_LTR_CH = r"0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF"
_LTR_RUN = re.compile(rf"\+?[{_LTR_CH}](?:[{_LTR_CH}\-‐–/.:,+@_&'’() ]*[{_LTR_CH})])?")
_ISOLATED = re.compile(f"({LRI}[^{LRI}{PDI}]*{PDI})")
_RTL_LETTER = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


def has_rtl(text: str) -> bool:
    """True when ``text`` holds Hebrew or Arabic-script letters."""
    return _RTL_LETTER.search(text) is not None


def isolate_ltr(text: str) -> str:
    """Wrap each Latin/number run of a right-to-left text in LRI … PDI.

    Without it the bidi algorithm may swap the parts of "+32 4 123 45 67" or move the
    punctuation of "CPAS de Liège (TA-2026-00042)".  Runs made only of digits are left
    alone: a lone number is already displayed correctly.  Idempotent: runs already isolated
    (an address the letter engine isolated) are kept as they are, the rest is isolated.
    """
    if LRI in text:
        return "".join(part if part.startswith(LRI) else isolate_ltr(part)
                       for part in _ISOLATED.split(text) if part)

    def wrap(m: re.Match[str]) -> str:
        run = m.group(0)
        if run.isdigit():
            return run
        # keep a closing bracket that has no opening one inside the run outside of it
        if run.endswith(")") and "(" not in run:
            run = run[:-1].rstrip()
            return f"{LRI}{run}{PDI}" + m.group(0)[len(run):]
        return f"{LRI}{run}{PDI}"

    return _LTR_RUN.sub(wrap, text)


def strip_controls(text: str) -> str:
    """``text`` without bidi control characters (for comparisons and plain-text output)."""
    return "".join(c for c in text if c not in _CONTROLS)


# --- bidi levels ----------------------------------------------------------------------

_STRONG_OR_NUMBER = frozenset({"L", "EN", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI",
                               "FSI", "PDI"})
# python-bidi's pure-Python algorithm predates isolates: use embeddings instead (for a
# run wrapped by isolate_ltr the result is the same).
_ISOLATE_TO_EMBEDDING = str.maketrans({LRI: LRE, RLI: RLE, FSI: LRE, PDI: PDF_})


@lru_cache(maxsize=4096)
def bidi_levels(text: str, rtl: bool) -> tuple[int, ...]:
    """Resolved embedding level of every character of one paragraph (rules P–I).

    Characters removed by rule X9 (bidi controls, ZWNJ, …) get the level of the
    character before them so they stay inside their run.
    """
    base = 1 if rtl else 0
    classes = [unicodedata.bidirectional(c) for c in text]
    if rtl and not _STRONG_OR_NUMBER.intersection(classes):
        return (1,) * len(text)  # only right-to-left letters and neutrals
    if not rtl and "R" not in classes and "AL" not in classes and "AN" not in classes \
            and "RLE" not in classes and "RLO" not in classes and "RLI" not in classes:
        return (0,) * len(text)
    storage = _uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    _uba.get_embedding_levels(text.translate(_ISOLATE_TO_EMBEDDING), storage)
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    resolved = iter(ch["level"] for ch in storage["chars"])
    removed = _uba.X9_REMOVED
    levels: list[int] = []
    previous = base
    for cls in classes:
        if cls in removed or cls in ("LRI", "RLI", "FSI", "PDI"):
            levels.append(previous)
        else:
            previous = next(resolved)
            levels.append(previous)
    return tuple(levels)


def visual_runs(levels: tuple[int, ...] | list[int], keys: list[object] | tuple[object, ...],
                start: int, end: int) -> list[tuple[int, int, int]]:
    """The runs of one line ``[start, end)`` in visual (left-to-right) order.

    A run is ``(run_start, run_end, level)`` over characters sharing a level and a key
    (the key is the font).  The caller leaves trailing spaces out of the line (rule L1);
    runs are reversed from the highest level down to the lowest odd one (rule L2).
    An odd-level run is itself displayed right to left (the shaper does that).
    """
    if start >= end:
        return []
    lv = levels[start:end]
    runs: list[tuple[int, int, int]] = []
    run_start = start
    for pos in range(start + 1, end + 1):
        if pos == end or lv[pos - start] != lv[pos - 1 - start] or keys[pos] != keys[pos - 1]:
            runs.append((run_start, pos, lv[pos - 1 - start]))
            run_start = pos
    highest = max(r[2] for r in runs)
    lowest_odd = min(r[2] for r in runs) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][2] >= level:
                j = i
                while j < len(runs) and runs[j][2] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return runs

