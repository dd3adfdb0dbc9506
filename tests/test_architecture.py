"""The Qt-free core (everything but transition_app.ui) never imports PySide6 or the UI layer.

``cli.py`` is the entry point: it may start the GUI from inside its ``gui`` command, but
importing it must load no Qt (checked in a subprocess below).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "transition_app"
FORBIDDEN = ("PySide6", "shiboken6", "transition_app.ui")


def core_modules() -> list[Path]:
    entry_points = {"cli.py"}
    return [p for p in PACKAGE.rglob("*.py")
            if p.relative_to(PACKAGE).parts[0] not in {"ui", *entry_points}]


def imported_names(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def offending(path: Path) -> list[str]:
    return [n for n in imported_names(path) if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)]


def test_there_is_a_core_to_check():
    assert len(core_modules()) > 10


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_does_not_import_qt(path):
    assert offending(path) == []


def test_the_check_catches_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport transition_app.ui.app\n")
    assert offending(bad) == ["PySide6.QtWidgets", "PySide6.QtWidgets.QWidget", "transition_app.ui.app"]


def test_importing_the_core_loads_no_qt():
    import subprocess
    import sys

    code = ("import sys, transition_app.cli, transition_app.services.context, transition_app.services.demo;"
            "print([m for m in sys.modules if m.startswith('PySide6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    assert out.stdout.strip() == "[]"
