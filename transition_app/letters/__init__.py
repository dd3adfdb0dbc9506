"""Letters to Belgian authorities with a plain-language family copy (Qt-free).

Letter definitions are data (``resources/letters/*.yaml``), texts are per-language catalogs
(``translations/letters/<lang>.po``, gettext; fuzzy = draft) with a review status per entry, and the template
engine (:mod:`.engine`) only substitutes typed placeholders: a text cannot run code or read
files, and a letter with missing values is refused with every one of them named by its label
and the field to fill in (never by the placeholder's name).
"""

from __future__ import annotations

from transition_app.letters.catalog import (
    ALL_LANGUAGES,
    AUTHORITY_LANGUAGES,
    FAMILY_LANGUAGES,
    Catalog,
    default_catalog,
    load_catalog,
)
from transition_app.letters.compose import (
    CONTINUOUS,
    NEW_PAGE,
    LetterTemplateInfo,
    authority_languages_for,
    compose_letter,
    default_authority_language,
    list_templates,
    review_status,
)
from transition_app.letters.context import Recipient
from transition_app.letters.engine import (
    LetterError,
    LetterIncompleteError,
    LetterTemplateError,
    MissingPlaceholderError,
    PlaceholderTypeError,
    TemplateSyntaxError,
    UnknownPlaceholderError,
)

__all__ = [
    "ALL_LANGUAGES", "AUTHORITY_LANGUAGES", "FAMILY_LANGUAGES", "CONTINUOUS", "NEW_PAGE", "Catalog",
    "LetterError", "LetterIncompleteError", "LetterTemplateError", "LetterTemplateInfo", "MissingPlaceholderError",
    "PlaceholderTypeError", "Recipient",
    "TemplateSyntaxError", "UnknownPlaceholderError", "authority_languages_for", "compose_letter",
    "default_authority_language", "default_catalog", "list_templates", "load_catalog", "review_status",
]
