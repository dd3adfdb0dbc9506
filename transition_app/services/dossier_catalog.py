"""The words a handover dossier prints, per language (``translations/dossier/<lang>.yaml``).

English is the source; French, Dutch and German are drafts until a qualified translator
reviews them (``status: draft`` per entry).  Every language file must have exactly the
English keys with the same ``{placeholders}`` (:func:`catalog_problems`, checked by the
tests).  Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import yaml

from transition_app.assets import translation_path
from transition_app.domain.rules import DataFileError
from transition_app.domain.validation import ErrorCode, ServiceError
from transition_app.i18n.noop import QT_TRANSLATE_NOOP

SOURCE_LANGUAGE = "en"
DOSSIER_LANGUAGES: tuple[str, ...] = ("fr", "nl", "de", "en")
STATUSES = ("source", "draft", "reviewed")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster to read a catalog

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

    def get(self, key: str, **values: object) -> str:
        text = self.texts[key]
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self.texts

    @property
    def draft(self) -> bool:
        return any(s == "draft" for s in self.statuses.values())


def _read(language: str) -> tuple[dict[str, str], dict[str, str]]:
    path = translation_path("dossier", f"{language}.yaml")
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader (the C one when built)
    except FileNotFoundError as exc:
        raise DossierCatalogError(path, None, f"no dossier texts for {language!r}") from exc
    if not isinstance(data, dict) or data.get("language") != language or not isinstance(data.get("entries"), dict):
        raise DossierCatalogError(path, None, f"expected 'language: {language}' and an 'entries' mapping")
    texts, statuses = {}, {}
    for key, entry in data["entries"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) or not entry["text"].strip():
            raise DossierCatalogError(path, None, f"entry {key!r} needs a non-empty 'text'")
        if entry.get("status") not in STATUSES:
            raise DossierCatalogError(path, None, f"entry {key!r}: status must be one of {', '.join(STATUSES)}")
        texts[str(key)], statuses[str(key)] = entry["text"], entry["status"]
    return texts, statuses


@cache
def dossier_words(language: str) -> DossierWords:
    """The dossier words in ``language`` (one of :data:`DOSSIER_LANGUAGES`); missing keys fall back to English."""
    if language not in DOSSIER_LANGUAGES:
        raise ServiceError(UNKNOWN_LANGUAGE)
    source_texts, source_statuses = _read(SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE:
        return DossierWords(language, source_texts, source_statuses)
    texts, statuses = _read(language)
    merged = {**source_texts, **{k: v for k, v in texts.items() if k in source_texts}}
    return DossierWords(language, merged, {k: statuses.get(k, "source") for k in source_texts})


def catalog_problems(language: str) -> list[str]:
    """What is wrong with ``language``'s file compared with English (empty: nothing)."""
    source, _ = _read(SOURCE_LANGUAGE)
    texts, statuses = _read(language)
    problems = [f"{language}: missing {k}" for k in source if k not in texts]
    problems += [f"{language}: unknown key {k}" for k in texts if k not in source]
    for key, text in texts.items():
        if key in source and set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(source[key])):
            problems.append(f"{language}: {key}: placeholders differ from English")
        if language != SOURCE_LANGUAGE and statuses[key] == "source":
            problems.append(f"{language}: {key}: only English is the source (use draft or reviewed)")
    return problems
