"""Refresh the Qt Linguist catalogs from the code and forms, then compile them.

    .venv/bin/python scripts/update_translations.py          # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --check  # fail if a .ts is out of date

Sources: every transition_app/**/*.py except the generated forms, and forms/**/*.ui
(the docs say to pass the .ui files, not the generated Python).

Catalogs: one per interface language but English (``LANGUAGES``), plus an English catalog
holding only the plural forms (``%n``) of the source texts (``lupdate -pluralonly``, as Qt
recommends: "1 family", "%n families").  Drafts stay marked "unfinished" in the .ts until a
qualified translator reviews them; ``lrelease`` compiles unfinished translations too (only
``-nounfinished`` would leave them out), so drafts show in the interface.
Missing texts are listed and filled in with scripts/translation_drafts.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_LANGUAGE = "en"
LANGUAGES = ("fr", "nl", "de", "ar")  # every interface language but English
CATALOGS = (SOURCE_LANGUAGE, *LANGUAGES)
# the language attribute of each catalog: Belgian variants where the language has one
CATALOG_LOCALE = {"en": "en", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE", "ar": "ar"}
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


def lupdate(ts_files: list[Path], plural_only: bool = False) -> None:
    options = ["-locations", "none", "-no-obsolete", *(["-pluralonly"] if plural_only else [])]
    subprocess.run([tool("pyside6-lupdate"), *options, *sources(), "-ts", *map(str, ts_files)],
                   cwd=ROOT, check=True, capture_output=True)


def update(lang: str, ts: Path) -> None:
    lupdate([ts], plural_only=lang == SOURCE_LANGUAGE)


def lrelease(ts: Path) -> None:
    # no -nounfinished: the drafts (type="unfinished") are compiled and shown
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)


def check() -> list[str]:
    """Names of catalogs that are missing or that lupdate would change."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in CATALOGS:
            if not ts_path(lang).exists():
                stale.append(ts_path(lang).name)
                continue
            copy = ts_path(lang, Path(tmp))
            shutil.copy(ts_path(lang), copy)
            update(lang, copy)
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
    for lang in CATALOGS:
        ts = ts_path(lang)
        if not ts.exists():
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{CATALOG_LOCALE[lang]}"></TS>\n', encoding="utf-8")
        update(lang, ts)
        lrelease(ts)
        print(ts.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
