"""Every form in forms/ is compiled, and the committed ui_*.py match the .ui sources."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_forms  # noqa: E402


def test_generated_forms_are_up_to_date(tmp_path):
    fresh = build_forms.build(tmp_path)
    assert fresh, "no forms found"
    for path in fresh:
        committed = build_forms.GENERATED / path.name
        assert committed.exists(), f"{path.name} missing: run scripts/build_forms.py"
        assert committed.read_text() == path.read_text(), f"{path.name} is stale: run scripts/build_forms.py"


def test_every_dialog_module_has_its_form():
    forms = {p.stem for p in (ROOT / "forms").rglob("*.ui")}
    dialogs = {p.stem for p in (ROOT / "transition_app" / "ui" / "dialogs").glob("*.py") if p.stem != "__init__"}
    assert dialogs <= forms
