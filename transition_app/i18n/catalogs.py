"""Gettext catalogs of the document texts, read with Babel.  Qt-free.

Every document text (letters, dossiers, step cards, document labels, checklist overlays) is in
a ``.po`` file under ``translations/`` (layout in translations/README.md):

* ``msgctxt`` is the text's key (``common.label.rent``), ``msgid`` the English source,
  ``msgstr`` the translation;
* the ``fuzzy`` flag means *draft* (not yet reviewed by a qualified translator); an entry without
  it is reviewed;
* a text with a count has ``msgid_plural`` and one ``msgstr[i]`` per plural form of the
  language (the ``Plural-Forms`` header, from CLDR through Babel), and an extracted comment
  ``#. plural: <placeholder>`` naming the placeholder whose number picks the form.

The files are parsed directly with :func:`babel.messages.pofile.read_po` (no ``.mo`` step:
``.mo`` files drop the fuzzy flag, which is the draft status) and cached per file.
"""

from __future__ import annotations

import bisect
import gettext
import io
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from transition_app.domain.rules import DataFileError

PLURAL_COMMENT = re.compile(r"^plural:\s*([a-z][a-z0-9_]*)\s*$")


class CatalogFileError(DataFileError):
    """A ``.po`` file is malformed (for the person editing it: names the file and line)."""


@dataclass(frozen=True)
class PoMessage:
    key: str                  # msgctxt
    source: str               # msgid (English singular)
    source_plural: str        # msgid_plural ("" when the text has no count)
    forms: tuple[str, ...]    # msgstr, or msgstr[0..n-1] for a plural text
    fuzzy: bool               # draft
    plural_var: str | None    # the placeholder whose number picks the plural form
    line: int
    comments: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The translation (the singular form of a plural text)."""
        return self.forms[0]

    @property
    def reviewed(self) -> bool:
        return not self.fuzzy

    @property
    def is_plural(self) -> bool:
        return bool(self.source_plural)


@dataclass(frozen=True)
class PoCatalog:
    path: Path
    language: str
    nplurals: int
    plural_expr: str
    messages: Mapping[str, PoMessage]
    plural_index: Callable[[int], int]

    def text(self, key: str, n: int | None = None) -> str:
        """``key``'s text; for a plural text the form for ``n`` (ngettext)."""
        msg = self.messages[key]
        return self.form(msg, n)

    def form(self, msg: PoMessage, n: object) -> str:
        if not msg.is_plural or not isinstance(n, int) or isinstance(n, bool):
            return msg.forms[0]
        index = self.plural_index(abs(n))
        return msg.forms[index] if index < len(msg.forms) else msg.forms[-1]


_lock = threading.Lock()


def read_catalog(path: Path) -> PoCatalog:
    """Parse one ``.po`` file (not cached)."""
    from babel.messages.pofile import PoFileError, read_po

    try:
        raw = path.read_bytes()
        cat = read_po(io.BytesIO(raw), abort_invalid=True)
    except FileNotFoundError:
        raise
    except (PoFileError, ValueError) as exc:
        raise CatalogFileError(path, getattr(exc, "lineno", None), str(exc)) from exc
    language = str(cat.locale) if cat.locale else path.stem
    expr = cat.plural_expr
    nplurals = cat.num_plurals
    # the line of each entry's msgstr (Babel gives the msgid's): errors point at the translation
    msgstr_lines = [i for i, ln in enumerate(raw.split(b"\n"), start=1) if ln.startswith(b"msgstr")]
    messages: dict[str, PoMessage] = {}
    for m in cat:
        if not m.id:
            continue  # the header
        if not m.context:
            raise CatalogFileError(path, m.lineno, "every entry needs a msgctxt (its key)")
        if m.context in messages:
            raise CatalogFileError(path, m.lineno, f"key {m.context!r} appears twice")
        plural_var = None
        for c in m.auto_comments:
            hit = PLURAL_COMMENT.match(c.strip())
            if hit:
                plural_var = hit.group(1)
        if isinstance(m.id, tuple | list):
            source, source_plural = m.id[0], m.id[1]
            forms = tuple(m.string)
            if len(forms) != nplurals:
                raise CatalogFileError(path, m.lineno,
                                       f"{m.context}: {len(forms)} plural forms, the header says {nplurals}")
            if plural_var is None:
                raise CatalogFileError(path, m.lineno, f"{m.context}: a plural text needs '#. plural: <placeholder>'")
        else:
            source, source_plural, forms = m.id, "", (m.string,)
        at = bisect.bisect_left(msgstr_lines, m.lineno)
        line = msgstr_lines[at] if at < len(msgstr_lines) else m.lineno
        messages[m.context] = PoMessage(m.context, source, source_plural, forms, m.fuzzy, plural_var,
                                        line, tuple(m.user_comments))
    try:
        index = gettext.c2py(expr)
    except ValueError as exc:
        raise CatalogFileError(path, None, f"Plural-Forms: {exc}") from exc
    return PoCatalog(path, language, nplurals, expr, messages, index)


@lru_cache(maxsize=256)
def _cached(path: Path, mtime_ns: int) -> PoCatalog:
    return read_catalog(path)


def catalog(path: Path) -> PoCatalog:
    """One ``.po`` file, parsed once per process (again when the file changes)."""
    with _lock:
        return _cached(path, path.stat().st_mtime_ns)


def clear_cache() -> None:
    _cached.cache_clear()


def plural_forms_header(locale: str) -> tuple[int, str]:
    """``(nplurals, expression)`` for a Babel locale (CLDR through Babel's gettext table)."""
    from babel import Locale
    from babel.messages.plurals import get_plural

    p = get_plural(Locale.parse(locale))
    return p.num_plurals, p.plural_expr
