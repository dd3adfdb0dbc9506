"""Versioned legal/practice rules loaded from ``resources/rules/*.yaml``.

Every rule version has an ``id``, a ``topic``, the period it is in force
(``valid_from`` .. ``valid_until``, both inclusive; no end = still in force), its
``parameters`` (months, working days, …), the ``source`` it comes from and a short
English ``explanation`` template.  :func:`rule_for` picks the version in force on
the *relevant* date of a case (usually the decision date), so a case decided under
old rules keeps them.

The files are validated against a JSON Schema when loaded; errors name the file
and the line (:class:`DataFileError`).  The line-tracking YAML reader used here is
shared with the checklist loader.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from transition_app.assets import resource_path

# --------------------------------------------------------------------------- YAML with line numbers

Path_ = tuple[str | int, ...]


class DataFileError(ValueError):
    """A data file is malformed.  ``str()`` reads ``<file>:<line>: <message>``."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {message}")


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings (the schema checks their form)."""


_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _record_lines(node: yaml.Node, where: Path_, lines: dict[Path_, int], path: Path) -> None:
    lines.setdefault(where, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key == "<<":
                raise DataFileError(path, line, "YAML merge keys ('<<') are not supported here")
            if key in seen:
                raise DataFileError(path, line, f"duplicate key {key!r} (first on line {seen[key]})")
            seen[key] = line
            lines[where + (key,)] = line
            _record_lines(value_node, where + (key,), lines, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, where + (index,), lines, path)


def load_yaml_with_lines(path: Path) -> tuple[Any, dict[Path_, int]]:
    """Parse a YAML file; return the data and a map ``path-in-document -> line`` (1-based)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(path, None, f"not valid UTF-8 ({exc.reason})") from exc
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataFileError(path, line, f"YAML syntax error: {exc.problem or exc.context}") from exc
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    if node is not None:
        _record_lines(node, (), lines, path)
    return data, lines


def line_of(lines: Mapping[Path_, int], where: Iterable[str | int]) -> int | None:
    """Line of ``where`` or of its nearest ancestor that has one."""
    parts = tuple(where)
    while True:
        if parts in lines:
            return lines[parts]
        if not parts:
            return None
        parts = parts[:-1]


def validate(data: Any, schema: Mapping[str, Any], path: Path, lines: Mapping[Path_, int]) -> None:
    """Raise :class:`DataFileError` for the first (deepest-path) schema violation."""
    import jsonschema  # imported on first use: keeps application start-up fast

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: line_of(lines, e.absolute_path) or 0)
    if errors:
        err = jsonschema.exceptions.best_match(errors)
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise DataFileError(path, line_of(lines, err.absolute_path), f"{where}: {err.message}")


# --------------------------------------------------------------------------- rules

_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_ID = {"type": "string", "pattern": r"^[a-z0-9_]+(\.[a-z0-9_]+)*$"}

RULES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["rules"],
    "properties": {
        "rules": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "topic", "valid_from", "parameters", "source", "explanation"],
                "properties": {
                    "id": _ID,
                    "topic": _ID,
                    "valid_from": _DATE,
                    "valid_until": {"oneOf": [_DATE, {"type": "null"}]},
                    "parameters": {
                        "type": "object",
                        "additionalProperties": {"type": ["integer", "string", "boolean", "null"]},
                    },
                    "uncertain": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
                    "source": {"type": "string", "minLength": 1},
                    "explanation": {"type": "string", "minLength": 1},
                    "note": {"type": "string"},
                },
            },
        }
    },
}


class _KeepMissing(dict[str, Any]):
    """Leaves unknown ``{fields}`` visible instead of failing (a test checks none are left)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class NoRuleError(LookupError):
    """No version of a topic is in force on the requested date."""


@dataclass(frozen=True)
class Rule:
    """One version of a rule."""

    id: str
    topic: str
    valid_from: date
    valid_until: date | None
    parameters: Mapping[str, Any]
    source: str
    explanation: str
    uncertain: frozenset[str] = frozenset()
    note: str = ""
    file: str = ""
    line: int = 0

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def param(self, name: str) -> Any:
        """A parameter value; ``KeyError`` names the rule and its file when it is missing."""
        try:
            return self.parameters[name]
        except KeyError:
            raise KeyError(f"rule {self.id} ({self.file}:{self.line}) has no parameter {name!r}") from None

    def int_param(self, name: str) -> int:
        value = self.param(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"rule {self.id} ({self.file}:{self.line}): {name!r} must be a whole number")
        return value

    def explain(self, **values: Any) -> str:
        """Fill the explanation template with the parameters, rule fields and ``values``."""
        mapping: dict[str, Any] = {
            "rule_id": self.id,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            **self.parameters,
            **values,
        }
        return self.explanation.format_map(_KeepMissing(mapping)).strip()

    def is_uncertain(self, name: str) -> bool:
        return name in self.uncertain


@dataclass(frozen=True)
class RuleSet:
    """All rule versions, indexed by topic."""

    rules: tuple[Rule, ...]
    _by_topic: Mapping[str, tuple[Rule, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[Rule]] = {}
        for rule in self.rules:
            grouped.setdefault(rule.topic, []).append(rule)
        index = {t: tuple(sorted(rs, key=lambda r: r.valid_from)) for t, rs in grouped.items()}
        object.__setattr__(self, "_by_topic", MappingProxyType(index))

    @property
    def topics(self) -> frozenset[str]:
        return frozenset(self._by_topic)

    def versions(self, topic: str) -> tuple[Rule, ...]:
        return self._by_topic.get(topic, ())

    def rule_for(self, topic: str, on_date: date) -> Rule:
        """The version of ``topic`` in force on ``on_date``; :class:`NoRuleError` if none."""
        versions = self.versions(topic)
        if not versions:
            raise NoRuleError(f"no rule with topic {topic!r}")
        for rule in versions:
            if rule.in_force_on(on_date):
                return rule
        raise NoRuleError(f"no version of rule {topic!r} was in force on {on_date.isoformat()}")

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise NoRuleError(f"no rule with id {rule_id!r}")


def _check_template(text: str, path: Path, line: int) -> None:
    try:
        list(string.Formatter().parse(text))
    except ValueError as exc:
        raise DataFileError(path, line, f"explanation is not a valid template: {exc}") from exc


def _rules_from_file(path: Path) -> list[Rule]:
    data, lines = load_yaml_with_lines(path)
    validate(data, RULES_SCHEMA, path, lines)
    out: list[Rule] = []
    for i, raw in enumerate(data["rules"]):
        line = lines.get(("rules", i), 0)
        try:
            valid_from = date.fromisoformat(raw["valid_from"])
            until_raw = raw.get("valid_until")
            valid_until = date.fromisoformat(until_raw) if until_raw else None
        except ValueError as exc:
            raise DataFileError(path, line, f"rule {raw['id']}: invalid date ({exc})") from exc
        if valid_until is not None and valid_until < valid_from:
            raise DataFileError(
                path,
                lines.get(("rules", i, "valid_until"), line),
                f"rule {raw['id']}: valid_until is before valid_from",
            )
        unknown = set(raw.get("uncertain", ())) - set(raw["parameters"]) - {"valid_from", "valid_until"}
        if unknown:
            raise DataFileError(
                path,
                lines.get(("rules", i, "uncertain"), line),
                f"rule {raw['id']}: 'uncertain' names unknown parameters {sorted(unknown)}",
            )
        _check_template(raw["explanation"], path, lines.get(("rules", i, "explanation"), line))
        out.append(
            Rule(
                id=raw["id"],
                topic=raw["topic"],
                valid_from=valid_from,
                valid_until=valid_until,
                parameters=MappingProxyType(dict(raw["parameters"])),
                source=raw["source"].strip(),
                explanation=" ".join(raw["explanation"].split()),
                uncertain=frozenset(raw.get("uncertain", ())),
                note=raw.get("note", "").strip(),
                file=str(path),
                line=line,
            )
        )
    return out


def _check_consistency(rules: list[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            raise DataFileError(
                rule.file,
                rule.line,
                f"rule id {rule.id!r} already used at {seen[rule.id].file}:{seen[rule.id].line}",
            )
        seen[rule.id] = rule
    by_topic: dict[str, list[Rule]] = {}
    for rule in rules:
        by_topic.setdefault(rule.topic, []).append(rule)
    for versions in by_topic.values():
        versions.sort(key=lambda r: r.valid_from)
        for earlier, later in zip(versions, versions[1:], strict=False):
            if earlier.valid_until is None or earlier.valid_until >= later.valid_from:
                raise DataFileError(
                    later.file,
                    later.line,
                    f"rule {later.id} overlaps {earlier.id} ({earlier.file}:{earlier.line}) "
                    f"for topic {later.topic!r}: set valid_until on the older version",
                )


def load_rules(directory: Path | None = None) -> RuleSet:
    """Load and validate every ``*.yaml`` file of ``directory`` (default ``resources/rules``)."""
    folder = directory if directory is not None else resource_path("rules")
    rules: list[Rule] = []
    for path in sorted(folder.glob("*.yaml")):
        rules.extend(_rules_from_file(path))
    _check_consistency(rules)
    return RuleSet(tuple(rules))


@cache
def default_rules() -> RuleSet:
    """The shipped rule set, loaded once."""
    return load_rules()


def rule_for(topic: str, on_date: date, rules: RuleSet | None = None) -> Rule:
    """The version of ``topic`` in force on ``on_date`` (shipped rules unless ``rules`` is given)."""
    return (rules or default_rules()).rule_for(topic, on_date)
