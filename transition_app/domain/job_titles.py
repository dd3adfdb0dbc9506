"""Job titles for signatures: ``resources/staff/job_titles.yaml``, loaded and checked.  Qt-free.

A staff account stores a title *code* of that file (``social_worker``) or a title typed freely,
and the form the person chose (``domain.enums.TitleForm``: f, m, n).  :func:`title_text` gives
the text to print in a language: a known code in that language and form, free text as typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from transition_app.assets import resource_path
from transition_app.domain.enums import TitleForm
from transition_app.domain.rules import load_yaml_with_lines, validate
from transition_app.domain.text import fold

#: Languages every title must have: the letters' authority languages, and Arabic for the interface.
LANGUAGES = ("fr", "nl", "de", "en", "ar")
FORMS = tuple(f.value for f in TitleForm)
_FORMS_SCHEMA = {
    "type": "object", "additionalProperties": False, "required": list(FORMS),
    "properties": {f: {"type": "string", "minLength": 1, "maxLength": 100} for f in FORMS},
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["titles"],
    "properties": {
        "titles": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": r"^[a-z][a-z0-9_]{1,48}$"},
            "additionalProperties": {
                "type": "object", "additionalProperties": False, "required": list(LANGUAGES),
                "properties": {lang: _FORMS_SCHEMA for lang in LANGUAGES},
            },
        }
    },
}


@dataclass(frozen=True)
class JobTitle:
    code: str
    texts: Mapping[str, Mapping[str, str]]  # language -> form -> text

    def text(self, language: str | None, form: str | None = None) -> str:
        """The title in ``language`` (English when the file has not that language) and ``form``
        (neutral when none was chosen)."""
        forms = self.texts.get(language or "en") or self.texts["en"]
        return forms.get(form or TitleForm.NEUTRAL.value) or forms[TitleForm.NEUTRAL.value]


@cache
def _load(path: Path) -> dict[str, JobTitle]:
    data, lines = load_yaml_with_lines(path)
    validate(data, SCHEMA, path, lines)
    return {code: JobTitle(code, {lang: dict(forms) for lang, forms in raw.items()})
            for code, raw in data["titles"].items()}


def job_titles(path: Path | None = None) -> tuple[JobTitle, ...]:
    """Every title of the file, in the file's order (raises ``DataFileError`` naming the line)."""
    return tuple(_load(path or resource_path("staff", "job_titles.yaml")).values())


def job_title(code: str | None) -> JobTitle | None:
    if not code:
        return None
    return _load(resource_path("staff", "job_titles.yaml")).get(code)


def title_text(value: str | None, language: str | None, form: str | None = None) -> str:
    """What to print for a stored job title: a known code in ``language`` and ``form`` (neutral when
    none was chosen), else the free text as typed ("" when there is none).  A free text that writes
    both forms of one known title ("assistant social / assistante sociale", "Sozialarbeiter(in)")
    is printed as that title in the person's form: a letter is signed by one person."""
    if not value:
        return ""
    known = job_title(value) or job_title(_doublet_code(value))
    return known.text(language, form) if known else value


# "x / y", "x ou y", "x or y", "x of y", "x oder y", "Sozialarbeiter(in)", "Sozialarbeiter/-in"
_DOUBLET = re.compile(r"\s*(?:/|\bou\b|\bor\b|\bof\b|\boder\b|\ben\b|\bet\b|\bund\b)\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"^(.*?)\s*(?:\((?:in|e|ne|se|rice|euse|ère)\)|/-?(?:in|e|ne|se|rice|euse|ère))$",
                     re.IGNORECASE)


def _doublet_code(text: str) -> str | None:
    """The code of a known title written as two forms (or a form with its feminine ending in
    brackets or after a slash), when every part names the same title; else ``None``."""
    if "/" not in text and "(" not in text and not re.search(r"\b(?:ou|or|of|oder|en|et|und)\b", text, re.I):
        return None
    suffix = _SUFFIX.match(text.strip())
    if suffix:
        return _find_exact(suffix.group(1))
    parts = [p for p in _DOUBLET.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    codes = {_find_exact(p) for p in parts}
    return codes.pop() if len(codes) == 1 else None


def find_code(text: str) -> str | None:
    """The code of a title written in any language and form ("Assistante sociale" -> social_worker),
    or the code itself, or both forms of one title ("Assistant social / Assistante sociale");
    ``None`` for a title that is not in the file."""
    return _find_exact(text) or _doublet_code(text)


def _find_exact(text: str) -> str | None:
    wanted = fold(" ".join(text.split()))
    if not wanted:
        return None
    for title in job_titles():
        if wanted == title.code:
            return title.code
        for forms in title.texts.values():
            if any(fold(t) == wanted for t in forms.values()):
                return title.code
    return None
