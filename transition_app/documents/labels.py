"""The few words the renderers print themselves ("Page 2 of 8", "Due", …) and dates.

Read from ``translations/documents/<lang>.po`` (gettext, msgctxt = the field name below); an
unknown language, or a word a language lacks, falls back to English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache

from babel.dates import format_date as _babel_format_date

from transition_app.assets import translation_path
from transition_app.documents.scripts import language_info, strip_controls


@dataclass(frozen=True)
class Labels:
    language: str
    page_x_of_y: str
    yes: str
    no: str
    done: str
    open: str
    due: str
    overdue: str
    draft_translation: str
    signature: str
    date: str
    name: str
    enterprise_number: str  # letterheads

    def page(self, page: int | str, pages: int | str) -> str:
        return self.page_x_of_y.format(page=page, pages=pages)

    def page_parts(self) -> tuple[str, str, str]:
        """The text before ``{page}``, between ``{page}`` and ``{pages}``, and after (for DOCX fields)."""
        before, rest = self.page_x_of_y.split("{page}", 1)
        middle, after = rest.split("{pages}", 1)
        return before, middle, after


@cache
def _table() -> dict[str, dict[str, str]]:
    from transition_app.i18n.catalogs import catalog

    out: dict[str, dict[str, str]] = {}
    for path in sorted(translation_path("documents").glob("*.po")):
        out[path.stem] = {k: m.text for k, m in catalog(path).messages.items()}
    english = out.get("en", {})
    return {"en": english, **{k: {**english, **v} for k, v in out.items() if k != "en"}}


@lru_cache(maxsize=64)
def labels(language: str) -> Labels:
    table = _table()
    code = language.replace("_", "-").lower()
    entry = table.get(code) or table.get(language_info(code).code) or table["en"]
    lang = code if code in table else (language_info(code).code if language_info(code).code in table
                                        else "en")
    return Labels(language=lang, **entry)


def known_languages() -> tuple[str, ...]:
    return tuple(_table())


@lru_cache(maxsize=512)
def format_date(value: dt.date, language: str) -> str:
    """``value`` as the document's language writes it ("15 mars 2026", "15.03.2026")."""
    try:
        text = _babel_format_date(value, "medium", locale=language_info(language).babel_locale)
    except Exception:  # unknown locale in babel: ISO is unambiguous
        return value.isoformat()
    # babel puts RLM marks into Arabic dates; the renderers isolate Latin/number runs instead
    return strip_controls(text)
