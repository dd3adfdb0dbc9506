"""Refresh the Qt Linguist catalogs from the code and forms, then compile them.

    .venv/bin/python scripts/update_translations.py          # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --check  # fail if a .ts is out of date

Sources: every transition_app/**/*.py except the generated forms, and forms/**/*.ui
(the docs say to pass the .ui files, not the generated Python).  Drafts stay marked
"unfinished" in the .ts until a qualified translator reviews them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "nl")
TRANSLATIONS = ROOT / "translations"


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    py = [p for p in (ROOT / "transition_app").rglob("*.py") if "generated" not in p.parts]
    ui = list((ROOT / "forms").rglob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in sorted(py + ui)]


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"transition_app_{lang}.ts"


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(),
                    "-ts", *map(str, ts_files)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)


def check() -> list[str]:
    """Names of catalogs that lupdate would change."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            copy = ts_path(lang, Path(tmp))
            shutil.copy(ts_path(lang), copy)
            lupdate([copy])
            if copy.read_text(encoding="utf-8") != ts_path(lang).read_text(encoding="utf-8"):
                stale.append(ts_path(lang).name)
    return stale


def main() -> int:
    if "--check" in sys.argv:
        stale = check()
        for name in stale:
            print(f"{name} is out of date: run scripts/update_translations.py", file=sys.stderr)
        return 1 if stale else 0
    TRANSLATIONS.mkdir(exist_ok=True)
    files = [ts_path(lang) for lang in LANGUAGES]
    for lang, ts in zip(LANGUAGES, files, strict=True):
        if not ts.exists():
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{lang}_BE"></TS>\n', encoding="utf-8")
    lupdate(files)
    for ts in files:
        lrelease(ts)
        print(ts.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
