"""The words a handover dossier prints, per language (``translations/dossier/<lang>.po``, gettext).

English is the source; French, Dutch and German are drafts (the ``fuzzy`` flag) until a
qualified translator reviews them.  Every language file must have exactly the English keys
with the same ``{placeholders}`` (:func:`catalog_problems`, checked by the tests).  A text with
a count has plural forms (``msgid_plural``); :meth:`DossierWords.get` picks the form for the
number given for its ``#. plural:`` placeholder (ngettext).  The languages are the registry's
authority languages.  Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from transition_app.assets import translation_path
from transition_app.domain.languages import authority_languages
from transition_app.domain.rules import DataFileError
from transition_app.domain.validation import ErrorCode, ServiceError
from transition_app.i18n.catalogs import CatalogFileError, PoCatalog, catalog
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

SOURCE_LANGUAGE = "en"
DOSSIER_LANGUAGES: tuple[str, ...] = authority_languages()  # from the language registry
STATUSES = ("source", "draft", "reviewed")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

UNKNOWN_LANGUAGE = ErrorCode("dossier.unknown_language", QT_TRANSLATE_NOOP(
    "Services", "The dossier cannot be written in this language."))


class DossierCatalogError(DataFileError):
    """A dossier text file is malformed: for the person editing it, naming the file (``str()``
    reads ``<file>: <message>``), like every configuration-file error."""


@dataclass(frozen=True)
class DossierWords:
    """The entries of one language; ``get(key, **values)`` formats ``{placeholders}``."""

    language: str
    texts: Mapping[str, str]
    statuses: Mapping[str, str]
    po: PoCatalog | None = None

    def get(self, key: str, **values: object) -> str:
        text = self.texts[key]
        msg = self.po.messages.get(key) if self.po is not None else None
        if msg is not None and msg.is_plural and msg.plural_var in values:
            text = self.po.form(msg, values[msg.plural_var])  # type: ignore[union-attr]
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self.texts

    @property
    def draft(self) -> bool:
        return any(s == "draft" for s in self.statuses.values())


def _po(language: str) -> PoCatalog:
    path = translation_path("dossier", f"{language}.po")
    try:
        return catalog(path)
    except FileNotFoundError as exc:
        raise DossierCatalogError(path, None, f"no dossier texts for {language!r}") from exc
    except CatalogFileError as exc:
        raise DossierCatalogError(path, exc.line, exc.message) from exc


def _read(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """key -> text and key -> status (``source`` for English, ``draft`` = fuzzy, ``reviewed``)."""
    po = _po(language)
    texts, statuses = {}, {}
    for key, msg in po.messages.items():
        if not msg.text.strip():
            raise DossierCatalogError(po.path, msg.line, f"entry {key!r} needs a non-empty text")
        texts[key] = msg.text
        statuses[key] = "source" if language == SOURCE_LANGUAGE else ("draft" if msg.fuzzy else "reviewed")
    return texts, statuses


@cache
def dossier_words(language: str) -> DossierWords:
    """The dossier words in ``language`` (one of :data:`DOSSIER_LANGUAGES`); missing keys fall back to English."""
    if language not in DOSSIER_LANGUAGES:
        raise ServiceError(UNKNOWN_LANGUAGE)
    source_texts, source_statuses = _read(SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE:
        return DossierWords(language, source_texts, source_statuses, _po(language))
    texts, statuses = _read(language)
    merged = {**source_texts, **{k: v for k, v in texts.items() if k in source_texts}}
    return DossierWords(language, merged, {k: statuses.get(k, "source") for k in source_texts}, _po(language))


def catalog_problems(language: str) -> list[str]:
    """What is wrong with ``language``'s file compared with English (empty: nothing)."""
    source, _ = _read(SOURCE_LANGUAGE)
    texts, statuses = _read(language)
    problems = [f"{language}: missing {k}" for k in source if k not in texts]
    problems += [f"{language}: unknown key {k}" for k in texts if k not in source]
    po = _po(language)
    for key in texts:
        forms = po.messages[key].forms
        if key in source and any(set(_PLACEHOLDER.findall(f)) != set(_PLACEHOLDER.findall(source[key]))
                                 for f in forms):
            problems.append(f"{language}: {key}: placeholders differ from English")
        if language != SOURCE_LANGUAGE and statuses[key] == "source":
            problems.append(f"{language}: {key}: only English is the source (use draft or reviewed)")
    return problems
