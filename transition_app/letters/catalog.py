"""Letter definitions (``resources/letters/*.yaml``) and their texts (``translations/letters/<lang>.yaml``).

A *letter definition* declares the letter's typed placeholders, the kind of recipient and
its blocks — the authority letter and the family copy — by catalog key.  A *language
catalog* holds, per key, the text and its review status (``draft`` until a qualified
translator has reviewed it, then ``reviewed``).

Keys:

* ``common.letter.*`` — shared by the authority letters (salutation, closing, …);
* ``common.family.*``, ``common.label.*``, ``common.relation.*``, ``common.term.*`` — shared by
  every section, so present in every language;
* ``<letter id>.<key>`` — one letter's authority text (French, Dutch, German, English);
* ``<letter id>.family.<key>`` — one letter's family copy (every language).

Everything is checked when loaded, and every error names the file and line: YAML and
schema errors, unknown or refused placeholders, a key missing in a language, a key whose
placeholders differ from the English reference, an unknown flag or rule in a condition.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from transition_app.assets import resource_path, translation_path
from transition_app.domain.rules import DataFileError, RuleSet, default_rules, line_of, load_yaml_with_lines, validate
from transition_app.domain.validation import ErrorCode
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters.context import RECIPIENT_KINDS, STANDARD
from transition_app.letters.engine import CompiledText, LetterError, LetterTemplateError, PlaceholderType, compile_text

AUTHORITY_LANGUAGES: tuple[str, ...] = ("fr", "nl", "de", "en")
FAMILY_ONLY_LANGUAGES: tuple[str, ...] = ("ar", "prs", "ps", "fa", "ti", "so", "tr", "uk", "ru")
FAMILY_LANGUAGES: tuple[str, ...] = FAMILY_ONLY_LANGUAGES + AUTHORITY_LANGUAGES
ALL_LANGUAGES: tuple[str, ...] = AUTHORITY_LANGUAGES + FAMILY_ONLY_LANGUAGES
REFERENCE_LANGUAGE = "en"
STATUSES = ("draft", "reviewed")
SHARED_SCOPES = frozenset({"family", "label", "relation", "term"})
MEMBER_GROUPS = ("household", "children", "abroad", "school_children", "adults")
MEMBER_LABELS = ("common.label.name", "common.label.relation", "common.label.birth_date",
                 "common.label.nationality")

UNKNOWN_TEMPLATE = ErrorCode("letter.unknown_template", QT_TRANSLATE_NOOP(
    "Services", "There is no such letter; the command 'letter --list' lists them."))


def key_scope(key: str) -> str:
    """``"all"`` for keys every language must have, ``"authority"`` for the authority languages only."""
    parts = key.split(".")
    return "all" if len(parts) > 1 and parts[1] in SHARED_SCOPES else "authority"


def languages_for(key: str) -> tuple[str, ...]:
    return ALL_LANGUAGES if key_scope(key) == "all" else AUTHORITY_LANGUAGES


# --------------------------------------------------------------------------- schemas

_KEY = {"type": "string", "pattern": r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"}
_NAME = {"type": "string", "pattern": r"^[a-z][a-z0-9_]*$"}
_WHEN = {"type": "string", "pattern": r"^((not )?[a-z][a-z0-9_]*|rule:[a-z0-9_]+)$"}
_FACT = {
    "type": "object", "additionalProperties": False, "required": ["label", "value"],
    "properties": {"label": _KEY, "value": _NAME, "optional": {"type": "boolean"}, "when": _WHEN},
}


def _block(kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": [kind],
            "properties": {kind: value, "when": _WHEN}}


_BLOCK = {"oneOf": [
    _block("recipient", {"enum": ["required", "optional"]}),
    _block("place_date", {"const": True}),
    _block("subject", _KEY),
    _block("heading", _KEY),
    _block("paragraph", _KEY),
    _block("facts", {"type": "array", "minItems": 1, "items": _FACT}),
    _block("members", {"enum": list(MEMBER_GROUPS)}),
    _block("signature", {"const": True}),
    _block("annexes", {"type": "array", "minItems": 1, "items": _KEY}),  # authority letter: enclosed documents
]}

LETTER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "order", "description", "recipient", "placeholders", "authority", "family"],
    "properties": {
        "id": _NAME,
        "order": {"type": "integer"},
        "description": {"type": "string", "minLength": 1},
        "recipient": {"enum": list(RECIPIENT_KINDS)},
        "placeholders": {
            "type": "object",
            "propertyNames": _NAME,
            "additionalProperties": {
                "type": "object", "additionalProperties": False, "required": ["type"],
                "properties": {
                    "type": {"enum": [t.value for t in PlaceholderType]},
                    "input": {"type": "boolean"},
                    "required": {"type": "boolean"},
                    "label": {"type": "string", "minLength": 1},
                },
            },
        },
        "authority": {"type": "array", "minItems": 1, "items": _BLOCK},
        "family": {"type": "array", "minItems": 1, "items": _BLOCK},
        "note": {"type": "string"},
    },
}

CATALOG_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["language", "entries"],
    "properties": {
        "language": {"type": "string"},
        "note": {"type": "string"},
        "entries": {
            "type": "object",
            "propertyNames": _KEY,
            "additionalProperties": {
                "type": "object", "additionalProperties": False, "required": ["status", "text"],
                "properties": {
                    "status": {"enum": list(STATUSES)},
                    "text": {"type": "string", "minLength": 1},
                    "note": {"type": "string"},
                },
            },
        },
    },
}


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class PlaceholderSpec:
    name: str
    type: PlaceholderType
    input: bool = False  # typed by the worker when making the letter
    required: bool = True  # inputs only: False = the letter can be made without it (rows marked optional)
    label: str = ""  # inputs: English label for the form (the UI translates it)


@dataclass(frozen=True)
class FactRow:
    label: str  # full catalog key
    value: str  # placeholder
    optional: bool = False
    when: str | None = None


@dataclass(frozen=True)
class BlockSpec:
    kind: str  # recipient | place_date | subject | heading | paragraph | facts | members | signature
    key: str | None = None  # full catalog key (subject, heading, paragraph)
    when: str | None = None
    rows: tuple[FactRow, ...] = ()
    group: str | None = None  # members
    items: tuple[str, ...] = ()  # annexes: full catalog keys of the enclosed documents
    required: bool = True  # recipient
    line: int | None = None


@dataclass(frozen=True)
class LetterDefinition:
    id: str
    order: int
    description: str
    recipient_kind: str
    placeholders: Mapping[str, PlaceholderSpec]
    authority: tuple[BlockSpec, ...]
    family: tuple[BlockSpec, ...]
    path: Path

    @property
    def inputs(self) -> tuple[PlaceholderSpec, ...]:
        return tuple(p for p in self.placeholders.values() if p.input)

    def keys(self) -> frozenset[str]:
        """Every catalog key the letter's blocks use (facts labels included)."""
        out: set[str] = {f"{self.id}.title"}
        for b in self.authority + self.family:
            if b.key:
                out.add(b.key)
            out.update(r.label for r in b.rows)
            if b.kind == "members":
                out.update(MEMBER_LABELS)
            if b.kind == "annexes":
                out.update(("common.letter.annexes", *b.items))
        return frozenset(out)


@dataclass(frozen=True)
class Entry:
    key: str
    text: CompiledText
    status: str
    line: int | None

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"


@dataclass(frozen=True)
class LanguageCatalog:
    language: str
    path: Path
    entries: Mapping[str, Entry]


@dataclass(frozen=True)
class Catalog:
    letters: Mapping[str, LetterDefinition]  # in display order
    languages: Mapping[str, LanguageCatalog]

    def entry(self, key: str, language: str) -> Entry:
        try:
            return self.languages[language].entries[key]
        except KeyError:  # load_catalog checks every key in every language: a programming error
            raise LetterTemplateError(f"no text for {key!r} in language {language!r}") from None

    def letter(self, letter_id: str) -> LetterDefinition:
        try:
            return self.letters[letter_id]
        except KeyError:
            raise LetterError(UNKNOWN_TEMPLATE) from None


# --------------------------------------------------------------------------- loading


def _full_key(letter_id: str, ref: str) -> str:
    return ref if ref.startswith("common.") else f"{letter_id}.{ref}"


def _load_letter(path: Path, rules: RuleSet) -> LetterDefinition:
    data, lines = load_yaml_with_lines(path)
    validate(data, LETTER_SCHEMA, path, lines)
    letter_id = data["id"]
    if letter_id != path.stem:
        raise DataFileError(path, line_of(lines, ("id",)), f"id {letter_id!r} must equal the file name {path.stem!r}")
    specs: dict[str, PlaceholderSpec] = {}
    for name, raw in data["placeholders"].items():
        ptype = PlaceholderType(raw["type"])
        is_input = bool(raw.get("input", False))
        where = line_of(lines, ("placeholders", name))
        if is_input and name in STANDARD:
            raise DataFileError(path, where, f"input {name!r} has the name of a standard placeholder; rename it")
        if not is_input:
            if name not in STANDARD:
                raise DataFileError(path, where, f"{name!r} is not a standard placeholder (known: "
                                    f"{', '.join(sorted(STANDARD))}); add 'input: true' if the worker gives it")
            if STANDARD[name][0] is not ptype:
                raise DataFileError(path, where, f"{name!r} has type {STANDARD[name][0].value}, not {ptype.value}")
            if "required" in raw or "label" in raw:
                raise DataFileError(path, where, f"'required' and 'label' are for inputs only ({name!r})")
        elif "label" not in raw:
            raise DataFileError(path, where, f"input {name!r} needs a 'label'")
        specs[name] = PlaceholderSpec(name, ptype, is_input, bool(raw.get("required", True)), raw.get("label", ""))

    def check_when(when: str | None, where: tuple[str | int, ...]) -> None:
        if when is None:
            return
        if when.startswith("rule:"):
            try:
                rules.by_id(when[5:])
            except (KeyError, LookupError):
                raise DataFileError(path, line_of(lines, where), f"unknown rule id {when[5:]!r}") from None
            return
        flag = when.removeprefix("not ")
        spec = specs.get(flag)
        if spec is None or spec.type is not PlaceholderType.FLAG:
            raise DataFileError(path, line_of(lines, where), f"condition {when!r}: {flag!r} is not a declared "
                                "placeholder of type flag")

    def blocks(section: str) -> tuple[BlockSpec, ...]:
        out = []
        for i, raw in enumerate(data[section]):
            where = (section, i)
            kind = next(k for k in raw if k != "when")
            when = raw.get("when")
            check_when(when, where + ("when",))
            line = line_of(lines, where)
            value = raw[kind]
            if kind in ("subject", "heading", "paragraph"):
                key = _full_key(letter_id, value)
                if section == "family" and key_scope(key) != "all":
                    raise DataFileError(path, line, f"the family copy may only use keys every language has "
                                        f"(common.family/label/relation/term.* or {letter_id}.family.*), not {key!r}")
                out.append(BlockSpec(kind, key=key, when=when, line=line))
            elif kind == "facts":
                rows = []
                for j, row in enumerate(value):
                    check_when(row.get("when"), where + ("facts", j, "when"))
                    label = _full_key(letter_id, row["label"])
                    if key_scope(label) != "all":
                        raise DataFileError(path, line_of(lines, where + ("facts", j)),
                                            f"fact labels must be shared keys (common.label.*), not {label!r}")
                    if row["value"] not in specs:
                        raise DataFileError(path, line_of(lines, where + ("facts", j, "value")),
                                            f"{row['value']!r} is not declared under 'placeholders'")
                    rows.append(FactRow(label, row["value"], bool(row.get("optional", False)), row.get("when")))
                out.append(BlockSpec(kind, when=when, rows=tuple(rows), line=line))
            elif kind == "members":
                out.append(BlockSpec(kind, when=when, group=value, line=line))
            elif kind == "recipient":
                out.append(BlockSpec(kind, when=when, required=value == "required", line=line))
            elif kind == "annexes":
                if section == "family":
                    raise DataFileError(path, line, "annexes are listed in the letter to the authority only")
                out.append(BlockSpec(kind, when=when, items=tuple(_full_key(letter_id, k) for k in value),
                                     line=line))
            else:
                out.append(BlockSpec(kind, when=when, line=line))
        return tuple(out)

    return LetterDefinition(
        id=letter_id, order=data["order"], description=" ".join(data["description"].split()),
        recipient_kind=data["recipient"], placeholders=specs, authority=blocks("authority"),
        family=blocks("family"), path=path,
    )


def _load_language(path: Path) -> tuple[LanguageCatalog, Mapping[tuple[str | int, ...], int]]:
    data, lines = load_yaml_with_lines(path)
    validate(data, CATALOG_SCHEMA, path, lines)
    if data["language"] != path.stem:
        raise DataFileError(path, line_of(lines, ("language",)),
                            f"language {data['language']!r} must equal the file name {path.stem!r}")
    entries = {}
    for key, raw in data["entries"].items():
        line = line_of(lines, ("entries", key))
        try:
            text = compile_text(raw["text"], f"{path}:{line}: {key}")
        except LetterTemplateError as exc:
            raise DataFileError(path, line, f"{key}: {exc.args[0].split(': ', 2)[-1]}") from exc
        entries[key] = Entry(key, text, raw["status"], line)
    return LanguageCatalog(path.stem, path, entries), lines


def _allowed_placeholders(key: str, letters: Mapping[str, LetterDefinition]) -> Mapping[str, Any] | None:
    owner = key.split(".")[0]
    if owner == "common":
        return STANDARD
    letter = letters.get(owner)
    return letter.placeholders if letter else None


def load_catalog(letters_dir: Path | None = None, translations_dir: Path | None = None,
                 rules: RuleSet | None = None) -> Catalog:
    """Load and check every letter definition and language catalog (raises :class:`DataFileError`)."""
    letters_dir = letters_dir or resource_path("letters")
    translations_dir = translations_dir or translation_path("letters")
    rules = rules or default_rules()
    defs = [_load_letter(p, rules) for p in sorted(letters_dir.glob("*.yaml"))]
    if not defs:
        raise DataFileError(letters_dir, None, "no letter definitions (*.yaml) found")
    letters = {d.id: d for d in sorted(defs, key=lambda d: (d.order, d.id))}
    catalogs: dict[str, LanguageCatalog] = {}
    line_maps: dict[str, Mapping[tuple[str | int, ...], int]] = {}
    for lang in ALL_LANGUAGES:
        path = translations_dir / f"{lang}.yaml"
        if not path.is_file():
            raise DataFileError(path, None, f"missing catalog for language {lang!r}")
        catalogs[lang], line_maps[lang] = _load_language(path)
    reference = catalogs[REFERENCE_LANGUAGE]
    # every key the letters use exists in the reference language
    for d in letters.values():
        for key in sorted(d.keys()):
            if key not in reference.entries:
                raise DataFileError(reference.path, None, f"missing key {key!r} (used by {d.path.name})")
    for lang, cat in catalogs.items():
        lines = line_maps[lang]
        for key, entry in cat.entries.items():
            allowed = _allowed_placeholders(key, letters)
            if allowed is None:
                raise DataFileError(cat.path, entry.line, f"{key}: no letter definition named {key.split('.')[0]!r}")
            for name in sorted(entry.text.placeholders):
                if name not in allowed:
                    raise DataFileError(cat.path, entry.line, f"{key}: unknown placeholder {{{name}}} (declared: "
                                        f"{', '.join('{' + n + '}' for n in sorted(allowed))})")
            if lang != REFERENCE_LANGUAGE:
                ref = reference.entries.get(key)
                if ref is None:
                    raise DataFileError(cat.path, entry.line, f"{key}: not in the reference catalog "
                                        f"{reference.path.name} (misspelt or obsolete key?)")
                if lang not in languages_for(key):
                    raise DataFileError(cat.path, entry.line, f"{key}: authority text, only for "
                                        f"{', '.join(AUTHORITY_LANGUAGES)}")
                if ref.text.placeholders != entry.text.placeholders:
                    missing = sorted(ref.text.placeholders - entry.text.placeholders)
                    extra = sorted(entry.text.placeholders - ref.text.placeholders)
                    raise DataFileError(cat.path, entry.line, f"{key}: placeholders differ from "
                                        f"{reference.path.name} (missing: {missing or 'none'}, "
                                        f"extra: {extra or 'none'})")
        for key in reference.entries:
            if lang in languages_for(key) and key not in cat.entries:
                raise DataFileError(cat.path, line_of(lines, ("entries",)), f"missing key {key!r}")
    return Catalog(letters, catalogs)


@cache
def default_catalog() -> Catalog:
    """The shipped catalog, loaded once."""
    return load_catalog()
