"""Errors are codes with parameters, never English sentences (issue 9, point 8).

What a person is told comes from an :class:`~transition_app.domain.validation.ErrorCode`: its
text is translated by the interface (``ui.errors``) and printed in English by the command line.
This test reads the package's source (AST) and fails, listing every offender with its file and
line, on:

* ``raise <X>Error(...)`` with a sentence as an argument (a string literal, an f-string,
  ``str(...)``, ``"..." + ...``, ``"...".format(...)`` or ``"..." % ...``), unless ``X`` is

  - a built-in exception (``ValueError``, ``KeyError``...): a programming error; its message is never
    shown to a person (the interface shows a generic sentence, the command line the exception's
    type and "details are in the log file");
  - a configuration-file error (``CONFIGURATION_ERRORS``): for the coordinator who edits the YAML
    files under ``resources/`` and ``translations/``; in English, naming the file and line on purpose;
  - ``cli_common.CliError``: a problem of the command line itself (no terminal, a missing ``--yes``),
    which only the English command line says;

* a ``ServiceError`` (or any subclass: ``NotFoundError``, ``BackupError``, ``LetterError``...)
  constructed from anything that is not an ``ErrorCode`` (a ``str`` constant, ``str(exc)``, a
  literal), and ``Collector.add(path, <a sentence or a str constant>)``.

Then every ``ErrorCode`` (and every ``Term``) defined at module level is checked: one id means one
message, ids look like ``family.changed_elsewhere``, and every text is in every interface catalog
under its context (``update_translations --check`` keeps the catalogs complete).
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import pkgutil
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import transition_app
from transition_app.cli_common import CliError
from transition_app.domain.checklist_i18n import NoOverlayError
from transition_app.domain.rules import DataFileError, NoRuleError
from transition_app.domain.validation import ErrorCode, ServiceError, Term, ValidationError
from transition_app.letters.engine import LetterTemplateError

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "transition_app"
TRANSLATIONS = ROOT / "translations"

#: Files allowed to raise errors without a code: none.
ALLOWED_FILES: set[str] = set()
#: For the person editing the data files: English, with the file and line (see the module docstring).
CONFIGURATION_ERRORS: tuple[type[BaseException], ...] = (DataFileError, LetterTemplateError, NoRuleError,
                                                         NoOverlayError, CliError)
ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if "generated" not in p.parts and "migrations" not in p.parts)


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> list[ModuleType]:
    found = [transition_app]
    for info in pkgutil.walk_packages(transition_app.__path__, "transition_app."):
        if ".generated" in info.name or ".migrations" in info.name:
            continue
        found.append(importlib.import_module(info.name))
    return found


def project_exceptions() -> dict[str, list[type[BaseException]]]:
    """Exception classes defined in the package, by name."""
    out: dict[str, list[type[BaseException]]] = {}
    for module in all_modules():
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, BaseException)
                    and obj.__module__.startswith("transition_app")):
                if obj not in out.setdefault(name, []):
                    out[name].append(obj)
    return out


def is_sentence(node: ast.expr, module: ModuleType | None) -> bool:
    """A text written here (literal, f-string, str(...), concatenation, .format, %) or a str constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
            "str", "QT_TRANSLATE_NOOP", "translate", "tr_dynamic"):  # a text, even one marked for translation
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return is_sentence(node.left, module) or is_sentence(node.right, module)
    if isinstance(node, ast.Name) and module is not None:
        return isinstance(getattr(module, node.id, None), str)  # a module-level text, not a code
    return False


def is_collector(node: ast.expr) -> bool:
    """``col``, ``collector``, ``self.col``...: the name the package gives its ``Collector`` s."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name in ("col", "collector") or name.endswith(("_col", "_collector"))


def callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def classes_of(call: ast.Call, module: ModuleType | None, project: dict[str, list[type]]) -> list[type]:
    """What the callee of ``call`` may be: a class of the module (``X`` or ``mod.X``), a built-in, or the
    package's exception classes of that name."""
    name = callee(call) or ""
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) and module is not None:
        owner = getattr(module, call.func.value.id, None)
        if isinstance(owner, ModuleType):
            obj = getattr(owner, name, None)
            return [obj] if inspect.isclass(obj) else []
    obj = getattr(module, name, None) if module is not None else None
    if inspect.isclass(obj):
        return [obj]
    if isinstance(getattr(builtins, name, None), type):
        return [getattr(builtins, name)]
    return project.get(name, [])


def offenders(files: list[Path], modules: dict[str, ModuleType | None]) -> list[str]:
    project = project_exceptions()
    found: list[str] = []
    for path in files:
        if rel(path) in ALLOWED_FILES:
            continue
        module = modules.get(rel(path))
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                name = callee(call)
                if name is None:
                    continue
                classes = classes_of(call, module, project)
                exempt = classes and all(
                    c.__module__ == "builtins" or not c.__module__.startswith("transition_app")
                    or issubclass(c, CONFIGURATION_ERRORS) for c in classes)
                if not exempt and any(is_sentence(a, module) for a in call.args):
                    found.append(f"{rel(path)}:{node.lineno}: raise {name}(<a sentence>)")
            if isinstance(node, ast.Call):
                name = callee(node)
                if name is None:
                    continue
                classes = classes_of(node, module, project)
                if classes and all(inspect.isclass(c) and issubclass(c, ServiceError)
                                   and not issubclass(c, ValidationError) for c in classes):
                    first = node.args[0] if node.args else None
                    if first is None or is_sentence(first, module):
                        found.append(f"{rel(path)}:{node.lineno}: {name}(...) without an ErrorCode")
                    elif isinstance(first, ast.Name) and module is not None and hasattr(module, first.id) \
                            and not isinstance(getattr(module, first.id), ErrorCode):
                        found.append(f"{rel(path)}:{node.lineno}: {name}({first.id}): not an ErrorCode")
                if (isinstance(node.func, ast.Attribute) and node.func.attr == "add" and len(node.args) >= 2
                        and is_collector(node.func.value) and is_sentence(node.args[1], module)):
                    found.append(f"{rel(path)}:{node.lineno}: Collector.add(path, <a sentence>)")
    return found


def loaded_modules() -> dict[str, ModuleType | None]:
    by_file: dict[str, ModuleType | None] = {}
    for module in all_modules():
        file = getattr(module, "__file__", None)
        if file:
            by_file[rel(Path(file))] = module
    return by_file


def test_services_raise_codes_not_sentences():
    found = offenders(source_files(), loaded_modules())
    assert not found, "errors written as English sentences (use an ErrorCode):\n" + "\n".join(found)


def test_the_check_finds_sentences(tmp_path):
    """The check itself fails on each kind of offence (so it cannot silently pass everything)."""
    sample = tmp_path / "_sample_offences.py"
    sample.write_text(
        "from transition_app.domain.validation import Collector, NotFoundError, ServiceError\n"
        "from transition_app.services.backup import BackupError\n"
        "from transition_app.i18n.noop import QT_TRANSLATE_NOOP\n"
        "TEXT = 'A bare sentence.'\n"
        "def f(exc, name):\n"
        "    col = Collector()\n"
        "    col.add('field', 'Field is wrong.')\n"
        "    col.add('field', TEXT)\n"
        "    if name:\n"
        "        raise ServiceError(TEXT)\n"
        "    if exc:\n"
        "        raise ServiceError(str(exc))\n"
        "    raise NotFoundError(f'no family {name}')\n"
        "def g():\n"
        "    raise BackupError('damaged')\n"
        "class MyError(Exception):\n"
        "    pass\n"
        "def h():\n"
        "    raise MyError('shown to someone')\n"
        "def fine(code):\n"
        "    raise ValueError(f'a programming error {code}')\n"
        "def marked():\n"
        "    raise ServiceError(QT_TRANSLATE_NOOP('Services', 'Marked, but no code.'))\n", encoding="utf-8")
    module = ModuleType("transition_app.services._sample_offences")
    exec(compile(sample.read_text(), str(sample), "exec"), module.__dict__)  # noqa: S102
    found = offenders([sample], {rel(sample): module})
    lines = sorted({int(f.split(":")[1]) for f in found})
    assert lines == [7, 8, 10, 12, 13, 15, 19, 23], found  # not line 21: a programming error


def error_codes() -> list[tuple[str, ErrorCode]]:
    found = []
    for module in all_modules():
        for name, obj in vars(module).items():
            if isinstance(obj, ErrorCode):
                found.append((f"{module.__name__}.{name}", obj))
    return found


def terms() -> list[tuple[str, Term]]:
    return [(f"{m.__name__}.{n}", o) for m in all_modules() for n, o in vars(m).items() if isinstance(o, Term)]


def test_every_error_code_id_names_one_message():
    by_id: dict[str, set[tuple[str, str]]] = {}
    where: dict[str, list[str]] = {}
    for name, code in error_codes():
        by_id.setdefault(code.id, set()).add((code.context, code.text))
        where.setdefault(code.id, []).append(name)
    bad_ids = sorted(i for i in by_id if not ID.match(i))
    assert not bad_ids, f"error code ids must look like 'family.changed_elsewhere': {bad_ids}"
    clashes = {i: where[i] for i, texts in by_id.items() if len(texts) > 1}
    assert not clashes, f"one id, several messages: {clashes}"
    assert len(by_id) > 80  # the whole package, not a few modules


def catalog_messages(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(TRANSLATIONS / f"transition_app_{lang}.ts").getroot()
    return {(ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context")
            for msg in ctx.iter("message")}


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "ar"])
def test_every_error_code_and_term_is_in_the_catalogs(lang):
    messages = catalog_messages(lang)
    missing = sorted(f"{name}: ({item.context}) {item.text!r}" for name, item in [*error_codes(), *terms()]
                     if (item.context, item.text) not in messages)
    assert not missing, f"not in transition_app_{lang}.ts (mark the text with QT_TRANSLATE_NOOP in the same " \
                        "context and run scripts/update_translations.py):\n" + "\n".join(missing)


def test_every_letter_input_label_is_translatable():
    """The labels of the letters' inputs (resources/letters/*.yaml) are texts of the interface too."""
    from transition_app.letters import default_catalog
    from transition_app.letters.missing import INPUT_LABELS

    labels = {p.label for d in default_catalog().letters.values() for p in d.inputs}
    assert labels <= set(INPUT_LABELS), sorted(labels - set(INPUT_LABELS))
    messages = catalog_messages("fr")
    assert all(("Validation", label) in messages for label in INPUT_LABELS)
