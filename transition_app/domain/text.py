"""Text normalisation shared by search in SQL and in memory."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used for matching.

    ``fold("Ğül  Şahin") == "gul sahin"``; Arabic, Ethiopic and Cyrillic letters stay
    as they are (only combining marks are removed).
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip()


def tokens(query: str) -> list[str]:
    """The folded words of a search query (empty words dropped)."""
    return [t for t in fold(query).split(" ") if t]


def matches(query_tokens: list[str], folded_text: str) -> bool:
    """True when every token occurs somewhere in ``folded_text``."""
    return all(t in folded_text for t in query_tokens)
