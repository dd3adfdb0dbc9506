"""Checklist step text in the interface languages.  Pure, Qt-free.

The checklist templates (``resources/checklists/<template>.yaml``) are written in English.
Their text in another language lives in an *overlay* file,
``translations/checklist/<template>.<language>.po`` (gettext: msgctxt ``step.<id>.title`` …, msgid =
the English text, fuzzy = draft).  It is read into this mapping, keyed by track id and step id::

    language: fr
    source_file: resources/checklists/exit_support.yaml
    template: {status: draft, title: ...}
    tracks:
      reception:
        status: draft
        title: ...
        steps:
          reception.transition_interview:
            status: draft            # draft | reviewed (by a qualified translator)
            title: ...
            explanation: ...
            documents: [...]         # same number and order as the English list
            uncertain: ...           # only where the English step has one

Overlays are loaded once (cached) and checked against a JSON Schema; errors name the
file and the line (:class:`~transition_app.domain.rules.DataFileError`).  Whether an
overlay is *complete* for its template (every step, same number of documents, no stale
keys) is reported by :func:`overlay_problems` — the tests require it for the shipped
overlays, while the application falls back to English, field by field, for anything an
overlay lacks.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from transition_app.assets import translation_path
from transition_app.domain.checklist import StepTemplate, Template, default_template, shipped_templates
from transition_app.domain.rules import DataFileError, Path_, line_of

SOURCE_LANGUAGE = "en"
DEFAULT_TEMPLATE = "exit_support"
OVERLAY_FOLDER = "checklist"
STATUSES = ("draft", "reviewed")

_LANGUAGE = r"^[a-z]{2,3}$"
_STEP_ID = r"^[a-z0-9_]+(\.[a-z0-9_]+)*$"
_STATUS = {"enum": list(STATUSES)}
_TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}

OVERLAY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["language", "source_file", "template", "tracks"],
    "properties": {
        "language": {"type": "string", "pattern": _LANGUAGE},
        "source_file": {"type": "string", "pattern": r"^resources/checklists/[a-z0-9_]+\.yaml$"},
        "template": {
            "type": "object",
            "additionalProperties": False,
            "required": ["status", "title"],
            "properties": {"status": _STATUS, "title": _TEXT},
        },
        "tracks": {
            "type": "object",
            "propertyNames": {"pattern": r"^[a-z0-9_]+$"},
            "additionalProperties": {"$ref": "#/$defs/track"},
        },
    },
    "$defs": {
        "track": {
            "type": "object",
            "additionalProperties": False,
            "required": ["status", "title", "steps"],
            "properties": {
                "status": _STATUS,
                "title": _TEXT,
                "steps": {
                    "type": "object",
                    "propertyNames": {"pattern": _STEP_ID},
                    "additionalProperties": {"$ref": "#/$defs/step"},
                },
            },
        },
        "step": {
            "type": "object",
            "additionalProperties": False,
            "required": ["status", "title", "explanation", "documents"],
            "properties": {
                "status": _STATUS,
                "title": _TEXT,
                "explanation": _TEXT,
                "documents": {"type": "array", "items": _TEXT},
                "uncertain": _TEXT,
            },
        },
    },
}


class NoOverlayError(LookupError):
    """There is no overlay file for this template and language."""


@dataclass(frozen=True)
class Overlay:
    """One validated overlay file (``data`` is the parsed YAML; do not modify it)."""

    language: str
    template_id: str
    path: Path
    data: Mapping[str, Any]
    lines: Mapping[Path_, int]

    def step(self, step_id: str) -> tuple[str, Mapping[str, Any]] | None:
        """``(track id, entry)`` of a step, or ``None`` when the overlay does not have it."""
        for track_id, track in self.data["tracks"].items():
            entry = track["steps"].get(step_id)
            if entry is not None:
                return track_id, entry
        return None

    def where(self, *parts: str | int) -> str:
        """``file:line`` of a place in the file (its nearest ancestor's line if needed)."""
        line = line_of(self.lines, parts)
        return f"{self.path}:{line}" if line else str(self.path)


# --------------------------------------------------------------------------- files


def normalize_language(language: str | None) -> str:
    """``"fr_BE"``, ``"fr-BE"``, ``"FR"`` -> ``"fr"``; ``None`` or ``""`` -> English."""
    code = (language or SOURCE_LANGUAGE).replace("-", "_").split("_")[0].lower()
    if not re.match(_LANGUAGE, code):
        raise ValueError(f"not a language code: {language!r}")
    return code


def overlay_path(language: str, template_id: str = DEFAULT_TEMPLATE, folder: Path | None = None) -> Path:
    """Where the overlay of ``template_id`` in ``language`` is (it may not exist)."""
    if not re.match(r"^[a-z0-9_]+$", template_id):
        raise ValueError(f"not a template id: {template_id!r}")
    name = f"{template_id}.{normalize_language(language)}.po"
    return (folder / name) if folder is not None else translation_path(OVERLAY_FOLDER, name)


def overlay_languages(template_id: str = DEFAULT_TEMPLATE, folder: Path | None = None) -> tuple[str, ...]:
    """Languages that have an overlay file for ``template_id``, sorted."""
    base = folder if folder is not None else translation_path(OVERLAY_FOLDER)
    found = []
    for path in base.glob(f"{template_id}.*.po"):
        code = path.name[len(template_id) + 1 : -len(".po")]
        if re.match(_LANGUAGE, code):
            found.append(code)
    return tuple(sorted(found))


def read_overlay(path: Path) -> Overlay:
    """Load and check one overlay file, ``<template id>.<language>.po`` (not cached);
    :class:`DataFileError` names the file and line.

    The gettext entries (msgctxt ``template.title``, ``track.<id>.title``,
    ``step.<id>.title|explanation|uncertain``, ``step.<id>.documents.<i>``; fuzzy = draft) are
    rebuilt into the mapping the rest of this module reads (tracks → steps, as in the template);
    a step or track is ``reviewed`` only when none of its texts is fuzzy.
    """
    from transition_app.i18n.catalogs import CatalogFileError, read_catalog

    parts = path.name.split(".")
    if len(parts) != 3 or parts[2] != "po":
        raise DataFileError(path, None, "an overlay file is named <template id>.<language>.po")
    template_id, language = parts[0], parts[1]
    try:
        po = read_catalog(path)
    except CatalogFileError as exc:
        raise DataFileError(path, exc.line, exc.message) from exc
    template = shipped_templates().get(template_id)
    track_of = {s.id: t.id for t in template.tracks for s in t.steps} if template is not None else {}
    data: dict[str, Any] = {"language": language, "source_file": f"resources/checklists/{template_id}.yaml",
                            "template": {"status": "reviewed", "title": ""}, "tracks": {}}
    lines: dict[Path_, int] = {}

    def status(entry: dict[str, Any], fuzzy: bool) -> None:
        if fuzzy or entry.get("status") == "draft":
            entry["status"] = "draft"
        else:
            entry["status"] = "reviewed"

    def track(track_id: str) -> dict[str, Any]:
        return data["tracks"].setdefault(track_id, {"status": "reviewed", "title": "", "steps": {}})

    docs: dict[str, dict[int, str]] = {}
    for key, msg in po.messages.items():
        text = msg.text
        if not text.strip():
            raise DataFileError(path, msg.line, f"{key}: empty text")
        if key == "template.title":
            data["template"]["title"] = text
            status(data["template"], msg.fuzzy)
            lines[("template",)] = msg.line
        elif key.startswith("track.") and key.endswith(".title"):
            track_id = key[len("track."):-len(".title")]
            entry = track(track_id)
            entry["title"] = text
            status(entry, msg.fuzzy)
            lines[("tracks", track_id)] = msg.line
        elif key.startswith("step."):
            rest = key[len("step."):]
            m = re.match(r"^(.+)\.documents\.(\d+)$", rest)
            step_id, field = (m.group(1), "documents") if m else rest.rsplit(".", 1)
            if field not in ("title", "explanation", "uncertain", "documents"):
                raise DataFileError(path, msg.line, f"{key}: unknown field {field!r}")
            track_id = track_of.get(step_id, step_id.split(".")[0])
            steps = track(track_id)["steps"]
            entry = steps.setdefault(step_id, {"status": "reviewed", "title": "", "explanation": "",
                                               "documents": []})
            status(entry, msg.fuzzy)
            lines.setdefault(("tracks", track_id, "steps", step_id), msg.line)
            if m:
                docs.setdefault(step_id, {})[int(m.group(2))] = text
            else:
                entry[field] = text
        else:
            raise DataFileError(path, msg.line, f"{key}: not a checklist key (template.title, track.<id>.title, "
                                "step.<id>.<field>)")
    for step_id, by_index in docs.items():
        entry = data["tracks"][track_of.get(step_id, step_id.split(".")[0])]["steps"][step_id]
        entry["documents"] = [by_index[i] for i in sorted(by_index)]
    if not data["template"]["title"]:
        raise DataFileError(path, None, "missing template.title")
    return Overlay(language, template_id, path, data, lines)


@cache
def _cached_overlay(language: str, template_id: str) -> Overlay:
    path = overlay_path(language, template_id)
    if not path.is_file():
        raise NoOverlayError(f"no {language!r} text for checklist template {template_id!r} ({path})")
    return read_overlay(path)


def overlay(language: str, template_id: str = DEFAULT_TEMPLATE) -> Overlay:
    """The shipped overlay (loaded once); :class:`NoOverlayError` when there is none."""
    return _cached_overlay(normalize_language(language), template_id)


def load_overlay(language: str, template_id: str = DEFAULT_TEMPLATE) -> dict[str, Any]:
    """The shipped overlay's content as a new ``dict`` (a copy: the cached data stays intact).

    Raises :class:`NoOverlayError` when the language has no overlay and
    :class:`DataFileError` (file and line) when the file is malformed.
    """
    return copy.deepcopy(dict(overlay(language, template_id).data))


def clear_cache() -> None:
    """Forget the loaded overlays (for tests and after editing the files)."""
    _cached_overlay.cache_clear()


# --------------------------------------------------------------------------- localized text


def _clean(text: str) -> str:
    """Fold line breaks and runs of spaces like the template loader, keeping no-break spaces."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _overlay_or_none(language: str | None, template_id: str) -> Overlay | None:
    code = normalize_language(language)
    if code == SOURCE_LANGUAGE:
        return None
    try:
        return overlay(code, template_id)
    except NoOverlayError:
        return None


def _template(template: Template | None) -> Template:
    return template if template is not None else default_template()


def localized_step_text(
    step: StepTemplate | str, language: str | None, template: Template | None = None
) -> tuple[str, str, tuple[str, ...]]:
    """``(title, explanation, documents)`` of a step in ``language``, falling back to English.

    ``step`` is a :class:`StepTemplate` or a step id of ``template`` (default: the shipped
    exit-support template).  Each field falls back to the English text on its own when
    the overlay lacks it; the documents fall back as a whole when the overlay's list does
    not have as many items as the English one.  Steps added by hand (``custom:``) keep
    their own text.
    """
    tpl = _template(template)
    source = tpl.step(step) if isinstance(step, str) else step
    english = (source.title, source.explanation, tuple(source.documents))
    if source.is_custom:
        return english
    found = _overlay_or_none(language, tpl.id)
    hit = found.step(source.id) if found is not None else None
    if hit is None:
        return english
    entry = hit[1]
    title = _clean(entry.get("title", "")) or source.title
    explanation = _clean(entry.get("explanation", "")) or source.explanation
    docs = tuple(_clean(d) for d in entry.get("documents", ()))
    if len(docs) != len(source.documents) or not all(docs):
        docs = tuple(source.documents)
    return title, explanation, docs


def localized_uncertain(step: StepTemplate | str, language: str | None, template: Template | None = None) -> str:
    """The step's "to check" note in ``language`` ("" when the English step has none)."""
    tpl = _template(template)
    source = tpl.step(step) if isinstance(step, str) else step
    if not source.uncertain or source.is_custom:
        return source.uncertain
    found = _overlay_or_none(language, tpl.id)
    hit = found.step(source.id) if found is not None else None
    return (_clean(hit[1].get("uncertain", "")) if hit else "") or source.uncertain


def localized_track_title(track_id: str, language: str | None, template: Template | None = None) -> str:
    """A track's title in ``language``, falling back to English (``KeyError`` for an unknown track)."""
    tpl = _template(template)
    english = {t.id: t.title for t in tpl.tracks}
    if track_id not in english:
        raise KeyError(f"template {tpl.id} has no track {track_id!r}")
    found = _overlay_or_none(language, tpl.id)
    entry = found.data["tracks"].get(track_id) if found is not None else None
    return (_clean(entry["title"]) if entry else "") or english[track_id]


def localized_template_title(language: str | None, template: Template | None = None) -> str:
    """The template's title in ``language``, falling back to English."""
    tpl = _template(template)
    found = _overlay_or_none(language, tpl.id)
    return (_clean(found.data["template"]["title"]) if found is not None else "") or tpl.title


# --------------------------------------------------------------------------- completeness


def overlay_problems(found: Overlay, template: Template) -> list[str]:
    """What an overlay lacks or has too much for ``template``; each message names file and line.

    Checked: the overlay is for this template; every track and step of the template is
    there, under its own track, with a title and an explanation; the documents list has
    as many items as the English one; ``uncertain`` is there exactly when the English step
    has one; no track or step key is unknown to the template (stale keys).
    """
    out: list[str] = []
    if found.template_id != template.id:
        out.append(f"{found.where('source_file')}: overlay for {found.template_id!r}, "
                   f"checked against template {template.id!r}")
        return out
    tracks = found.data["tracks"]
    template_steps = {s.id: s for s in template.steps}
    for track in template.tracks:
        entry = tracks.get(track.id)
        if entry is None:
            out.append(f"{found.where('tracks')}: track {track.id!r} is missing")
            continue
        for step in track.steps:
            hit = found.step(step.id)
            if hit is None:
                out.append(f"{found.where('tracks', track.id, 'steps')}: step {step.id!r} is missing")
                continue
            track_id, text = hit
            here = found.where("tracks", track_id, "steps", step.id)
            if track_id != track.id:
                out.append(f"{here}: step {step.id!r} is under track {track_id!r}, "
                           f"the template has it under {track.id!r}")
            for name in ("title", "explanation"):
                if not _clean(text.get(name, "")):
                    out.append(f"{here}: step {step.id!r} has no {name}")
            docs = text.get("documents", [])
            if len(docs) != len(step.documents):
                out.append(f"{found.where('tracks', track_id, 'steps', step.id, 'documents')}: step "
                           f"{step.id!r} has {len(docs)} documents, the English text has {len(step.documents)}")
            if bool(step.uncertain) != bool(text.get("uncertain")):
                what = "has no 'uncertain' note" if step.uncertain else "has an 'uncertain' note the English lacks"
                out.append(f"{here}: step {step.id!r} {what}")
    known_tracks = {t.id for t in template.tracks}
    for track_id, entry in tracks.items():
        if track_id not in known_tracks:
            out.append(f"{found.where('tracks', track_id)}: track {track_id!r} is not in the template (stale)")
        for step_id in entry["steps"]:
            if step_id not in template_steps:
                out.append(f"{found.where('tracks', track_id, 'steps', step_id)}: step {step_id!r} "
                           "is not in the template (stale)")
    return out


def shipped_overlay_problems() -> list[str]:
    """:func:`overlay_problems` of every shipped overlay of every shipped template."""
    out: list[str] = []
    for template_id, template in shipped_templates().items():
        for language in overlay_languages(template_id):
            out.extend(overlay_problems(overlay(language, template_id), template))
    return out
