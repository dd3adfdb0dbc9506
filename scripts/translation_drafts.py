"""List the interface texts a catalog still lacks, and fill in draft translations.

    .venv/bin/python scripts/translation_drafts.py status
    .venv/bin/python scripts/translation_drafts.py missing de > /tmp/de.json
    (write the translations into the "translation" fields of /tmp/de.json)
    .venv/bin/python scripts/translation_drafts.py apply de /tmp/de.json

``missing`` prints, as JSON, every message of ``translations/transition_app_<lang>.ts`` that has
no translation yet (``--all``: every message, with its current translation).  A message with a
plural form (``%n``) has a list of forms in the order Qt Linguist shows them for the language,
e.g. two for French ("one", "other"), six for Arabic (0, 1, 2, 3-10, 11-99, 100-102...).

``apply`` writes the translations of such a file into the catalog, matched by context, source
and comment.  They stay marked ``unfinished`` (drafts) until a qualified translator reviews them
in Qt Linguist, except in the English plural catalog, which the developers write.  It then runs
lupdate and lrelease (scripts/update_translations.py), so the catalog keeps lupdate's layout.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations  # noqa: E402


def _key(message: ET.Element, context: str) -> tuple[str, str, str]:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def _entries(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _translation(message: ET.Element) -> str | list[str]:
    element = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in (element.findall("numerusform") if element is not None else [])]
    return (element.text or "") if element is not None else ""


def _is_empty(value: str | list[str]) -> bool:
    return not value or (isinstance(value, list) and not any(form.strip() for form in value)) or (
        isinstance(value, str) and not value.strip())


def missing(lang: str, everything: bool) -> list[dict]:
    root = ET.parse(update_translations.ts_path(lang)).getroot()
    out = []
    for context, message in _entries(root):
        value = _translation(message)
        if not everything and not _is_empty(value):
            continue
        context_, source, comment = _key(message, context)
        entry = {"context": context_, "source": source}
        if comment:
            entry["comment"] = comment
        element = message.find("translation")
        entry["status"] = (element.get("type") or "finished") if element is not None else "unfinished"
        entry["translation"] = value
        out.append(entry)
    return out


def apply(lang: str, entries: list[dict]) -> list[str]:
    """Write ``entries`` into the catalog; returns what could not be applied."""
    path = update_translations.ts_path(lang)
    tree = ET.parse(path)
    found = {_key(m, c): m for c, m in _entries(tree.getroot())}
    problems = []
    for entry in entries:
        value = entry.get("translation")
        if value is None or _is_empty(value):
            continue
        message = found.get((entry["context"], entry["source"], entry.get("comment", "")))
        if message is None:
            problems.append(f"not in the catalog (changed in the code?): {entry['context']} / {entry['source']!r}")
            continue
        element = message.find("translation")
        if element is None:
            element = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = element.findall("numerusform")
            if not isinstance(value, list) or len(value) != len(forms):
                problems.append(f"{entry['context']} / {entry['source']!r}: needs a list of {len(forms)} forms")
                continue
            for form, text in zip(forms, value, strict=True):
                form.text = text
        else:
            if not isinstance(value, str):
                problems.append(f"{entry['context']} / {entry['source']!r}: needs one text, not a list")
                continue
            element.text = value
        if lang == update_translations.SOURCE_LANGUAGE:
            element.attrib.pop("type", None)  # the developers' own plural forms need no review
        else:
            element.set("type", "unfinished")  # a draft until a qualified translator reviews it
    tree.write(path, encoding="utf-8", xml_declaration=True)
    update_translations.update(lang, path)  # back to lupdate's layout
    update_translations.lrelease(path)
    return problems


def status() -> list[str]:
    lines = []
    for lang in update_translations.CATALOGS:
        root = ET.parse(update_translations.ts_path(lang)).getroot()
        total = empty = unfinished = 0
        for _context, message in _entries(root):
            total += 1
            element = message.find("translation")
            empty += _is_empty(_translation(message))
            unfinished += element is not None and element.get("type") == "unfinished"
        lines.append(f"{lang}: {total} messages, {empty} without a translation, "
                     f"{unfinished} unfinished (drafts not yet reviewed)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="per catalog: messages, missing translations, drafts")
    miss = sub.add_parser("missing", help="JSON of the messages without a translation")
    miss.add_argument("lang", choices=update_translations.CATALOGS)
    miss.add_argument("--all", action="store_true", help="every message, with its current translation")
    app = sub.add_parser("apply", help="write translations from a JSON file made by 'missing'")
    app.add_argument("lang", choices=update_translations.CATALOGS)
    app.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "status":
        print("\n".join(status()))
        return 0
    if args.command == "missing":
        json.dump(missing(args.lang, args.all), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    problems = apply(args.lang, json.loads(args.file.read_text(encoding="utf-8")))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
