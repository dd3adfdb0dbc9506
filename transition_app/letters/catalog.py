"""Letter definitions (``resources/letters/*.yaml``) and their texts (``translations/letters/<lang>.po``).

A *letter definition* declares the letter's typed placeholders, the kind of recipient and
its blocks — the authority letter and the family copy — by catalog key.  A *language
catalog* is a gettext file (:mod:`transition_app.i18n.catalogs`): per key (``msgctxt``) the
English source (``msgid``), the text (``msgstr``) and its review status (the ``fuzzy`` flag:
``draft`` until a qualified translator has reviewed it, then ``reviewed``).  A text with a
count has its plural forms (``msgid_plural``, ``#. plural: <number placeholder>``): the
renderer picks the form for the number (:meth:`Entry.text_for`).

The languages come from the language registry (:mod:`transition_app.domain.languages`):
the authority languages have every key, the family languages the shared and family keys.

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

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from transition_app.assets import resource_path, translation_path
from transition_app.domain import languages as registry
from transition_app.domain.rules import DataFileError, RuleSet, default_rules, line_of, load_yaml_with_lines, validate
from transition_app.domain.validation import ErrorCode
from transition_app.i18n.catalogs import CatalogFileError, PoCatalog, read_catalog
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.letters.context import RECIPIENT_KINDS, STANDARD
from transition_app.letters.engine import CompiledText, LetterError, LetterTemplateError, PlaceholderType, compile_text

# Derived from the language registry (resources/reference/languages.csv) when imported.
AUTHORITY_LANGUAGES: tuple[str, ...] = registry.authority_languages()
FAMILY_ONLY_LANGUAGES: tuple[str, ...] = registry.family_only_languages()
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
    """The languages that must have ``key`` (read from the registry now, not at import)."""
    authority = registry.authority_languages()
    if key_scope(key) != "all":
        return authority
    return authority + tuple(c for c in registry.family_languages() if c not in authority)


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
    text: CompiledText  # the text (the singular form of a text with a count)
    status: str  # draft (fuzzy) | reviewed
    line: int | None
    plural: str | None = None  # the number placeholder that picks the form (ngettext)
    forms: tuple[CompiledText, ...] = ()  # every plural form, in the order of the Plural-Forms header
    po: PoCatalog | None = None

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"

    def text_for(self, value_of: Callable[[str], object]) -> CompiledText:
        """The form for the number of :attr:`plural` (``value_of(name)`` gives a placeholder's raw
        value); :attr:`text` when the text has no count or the number is unknown."""
        if self.plural is None or self.po is None or not self.forms:
            return self.text
        n = value_of(self.plural)
        if not isinstance(n, int) or isinstance(n, bool):
            return self.text
        index = self.po.plural_index(abs(n))
        return self.forms[min(index, len(self.forms) - 1)]


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
                    # the family copy needs labels every language has; the authority letter may also use
                    # its own (common.letter.*: identifiers only an administration reads)
                    if key_scope(label) != "all" and (section == "family" or not label.startswith("common.letter.")):
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


def _load_language(path: Path, language: str) -> LanguageCatalog:
    try:
        po = read_catalog(path)
    except CatalogFileError as exc:
        raise DataFileError(path, exc.line, exc.message) from exc
    entries = {}
    for key, msg in po.messages.items():
        try:
            forms = tuple(compile_text(f, f"{path}:{msg.line}: {key}") for f in msg.forms)
        except LetterTemplateError as exc:
            raise DataFileError(path, msg.line, f"{key}: {exc.args[0].split(': ', 2)[-1]}") from exc
        if not msg.text.strip():
            raise DataFileError(path, msg.line, f"{key}: empty text (msgstr)")
        plural = msg.plural_var if msg.is_plural else None
        entries[key] = Entry(key, forms[0], "draft" if msg.fuzzy else "reviewed", msg.line, plural,
                             forms if plural else (), po)
    return LanguageCatalog(language, path, entries)


def _allowed_placeholders(key: str, letters: Mapping[str, LetterDefinition]) -> Mapping[str, Any] | None:
    owner = key.split(".")[0]
    if owner == "common":
        return STANDARD
    letter = letters.get(owner)
    return letter.placeholders if letter else None


def load_catalog(letters_dir: Path | None = None, translations_dir: Path | None = None,
                 rules: RuleSet | None = None) -> Catalog:
    """Load and check every letter definition and language catalog (raises :class:`DataFileError`);
    the languages are the registry's family and authority languages, one ``<code>.po`` each."""
    letters_dir = letters_dir or resource_path("letters")
    translations_dir = translations_dir or translation_path("letters")
    rules = rules or default_rules()
    defs = [_load_letter(p, rules) for p in sorted(letters_dir.glob("*.yaml"))]
    if not defs:
        raise DataFileError(letters_dir, None, "no letter definitions (*.yaml) found")
    letters = {d.id: d for d in sorted(defs, key=lambda d: (d.order, d.id))}
    catalogs: dict[str, LanguageCatalog] = {}
    authority = registry.authority_languages()
    for lang in authority + tuple(c for c in registry.family_languages() if c not in authority):
        path = translations_dir / f"{lang}.po"
        if not path.is_file():
            raise DataFileError(path, None, f"missing catalog for language {lang!r}")
        catalogs[lang] = _load_language(path, lang)
    reference = catalogs[REFERENCE_LANGUAGE]
    # every key the letters use exists in the reference language
    for d in letters.values():
        for key in sorted(d.keys()):
            if key not in reference.entries:
                raise DataFileError(reference.path, None, f"missing key {key!r} (used by {d.path.name})")
    for lang, cat in catalogs.items():
        for key, entry in cat.entries.items():
            allowed = _allowed_placeholders(key, letters)
            if allowed is None:
                raise DataFileError(cat.path, entry.line, f"{key}: no letter definition named {key.split('.')[0]!r}")
            if entry.plural is not None:
                spec = allowed.get(entry.plural)
                ptype = spec.type if isinstance(spec, PlaceholderSpec) else (spec[0] if spec else None)
                if ptype is not PlaceholderType.NUMBER:
                    raise DataFileError(cat.path, entry.line, f"{key}: the plural placeholder "
                                        f"{{{entry.plural}}} must be a number")
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
                                        f"{', '.join(registry.authority_languages())}")
                if entry.plural != ref.plural:
                    raise DataFileError(cat.path, entry.line, f"{key}: the plural placeholder must be "
                                        f"{ref.plural!r} as in {reference.path.name}, not {entry.plural!r}")
                for form in entry.forms or (entry.text,):
                    if ref.text.placeholders != form.placeholders:
                        missing = sorted(ref.text.placeholders - form.placeholders)
                        extra = sorted(form.placeholders - ref.text.placeholders)
                        raise DataFileError(cat.path, entry.line, f"{key}: placeholders differ from "
                                            f"{reference.path.name} (missing: {missing or 'none'}, "
                                            f"extra: {extra or 'none'})")
            if entry.plural is not None and entry.plural not in entry.text.placeholders:
                raise DataFileError(cat.path, entry.line, f"{key}: plural placeholder {{{entry.plural}}} "
                                    "is not in the text")
        for key in reference.entries:
            if lang in languages_for(key) and key not in cat.entries:
                raise DataFileError(cat.path, None, f"missing key {key!r}")
    return Catalog(letters, catalogs)


@cache
def default_catalog() -> Catalog:
    """The shipped catalog, loaded once."""
    return load_catalog()
