#!/usr/bin/env python3
"""Write or merge the gettext catalogs (``translations/**/*.po``) from the old YAML/JSON text files.

Re-runnable: run it after merging a branch that still adds or changes texts in the old files::

    .venv/bin/python scripts/catalog_from_yaml.py            # every domain
    .venv/bin/python scripts/catalog_from_yaml.py --check    # exit 1 if a .po would change
    .venv/bin/python scripts/catalog_from_yaml.py letters dossier

Domains and the old files they read (each optional: a domain or language whose old file is gone
is left as it is in the .po files):

* ``letters``    translations/letters/<lang>.yaml          → translations/letters/<lang>.po
* ``dossier``    translations/dossier/<lang>.yaml          → translations/dossier/<lang>.po
* ``step_cards`` translations/step_cards/labels.yaml       → translations/step_cards/<lang>.po
* ``documents``  resources/documents/labels.json           → translations/documents/<lang>.po
* ``checklist``  translations/checklist/<tpl>.<lang>.yaml  → translations/checklist/<tpl>.<lang>.po
                 (English source: resources/checklists/<tpl>.yaml)

Merge rules, per key (``msgctxt``):

* a key the .po lacks is added (``msgid`` = the English text, ``msgstr`` = the old file's text,
  fuzzy unless the old file marks it reviewed);
* a key both have: the old file's text wins when it differs (it is the newer edit: the .po was
  made from the same files), with the old file's status; a changed English source makes the
  translation fuzzy (draft) again;
* plural texts (``msgid_plural``) are kept as they are in the .po: when the old file's text of such
  a key changed, the script prints the key so that a person updates its plural forms by hand;
* keys only the .po has (texts added after the conversion, new languages) are kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transition_app.domain.languages import read_registry  # noqa: E402

TRANSLATIONS = ROOT / "translations"
RESOURCES = ROOT / "resources"
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # no timestamps: re-runs must not change the files
DOMAINS = ("letters", "dossier", "step_cards", "documents", "checklist")

# ------------------------------------------------------------------ texts with a count (ngettext)
# key -> (placeholder, {lang: (text in the old file to replace, [form 0, form 1, ...])}); a language
# not listed gets its old text in every form (its wording does not depend on the number).
# Forms are in the order of the language's Plural-Forms (a shorter list repeats its last form).
PLURALS: dict[str, dict[str, tuple[str, dict[str, tuple[str, list[str]]]]]] = {
    "dossier": {
        "household.members": ("count", {
            "en": ("{count} members", ["{count} member", "{count} members"]),
            "fr": ("{count} membres", ["{count} membre", "{count} membres"]),
            "nl": ("{count} gezinsleden", ["{count} gezinslid", "{count} gezinsleden"]),
            "de": ("{count} Mitglieder", ["{count} Mitglied", "{count} Mitglieder"]),
        }),
        "dates.days_left": ("days", {
            "en": ("{days} days", ["{days} day", "{days} days"]),
            "fr": ("{days} jours", ["{days} jour", "{days} jours"]),
            "nl": ("{days} dagen", ["{days} dag", "{days} dagen"]),
            "de": ("{days} Tage", ["{days} Tag", "{days} Tage"]),
        }),
        "dates.days_late": ("days", {
            "en": ("{days} days", ["{days} day", "{days} days"]),
            "fr": ("{days} jours", ["{days} jour", "{days} jours"]),
            "nl": ("{days} dagen", ["{days} dag", "{days} dagen"]),
            "de": ("{days} Tagen", ["{days} Tag", "{days} Tagen"]),
        }),
        "dates.extension_value": ("months", {
            "en": ("{months} months", ["{months} month", "{months} months"]),
            "nl": ("{months} maanden", ["{months} maand", "{months} maanden"]),
            "de": ("{months} Monate", ["{months} Monat", "{months} Monate"]),
        }),
        "checklist.summary": ("done", {
            "en": ("{done} of {total} steps done or not applicable; {open} open, {overdue} overdue.",
                   ["{done} step of {total} done or not applicable; {open} open, {overdue} overdue.",
                    "{done} steps of {total} done or not applicable; {open} open, {overdue} overdue."]),
            "fr": ("{done} démarches sur {total} faites ou sans objet ; {open} ouvertes, dont {overdue} en retard.",
                   ["{done} démarche sur {total} faite ou sans objet ; {open} à faire, dont {overdue} en retard.",
                    "{done} démarches sur {total} faites ou sans objet ; {open} à faire, dont {overdue} en retard."]),
        }),
    },
    "letters": {
        "reception_attestation.extension": ("extension_months", {
            "en": ("{extension_months} month(s)", ["{extension_months} month", "{extension_months} months"]),
            "fr": ("{extension_months} mois", ["{extension_months} mois"]),
            "nl": ("{extension_months} maand(en)", ["{extension_months} maand", "{extension_months} maanden"]),
            "de": ("{extension_months} Monat(e)", ["{extension_months} Monat", "{extension_months} Monate"]),
        }),
        "reception_attestation.family.extension": ("extension_months", {
            "en": ("{extension_months} month(s)", ["{extension_months} month", "{extension_months} months"]),
            "nl": ("{extension_months} maand(en)", ["{extension_months} maand", "{extension_months} maanden"]),
            "de": ("{extension_months} Monat(e)", ["{extension_months} Monat", "{extension_months} Monate"]),
        }),
        "cpas_integration_income.rules": ("cpas_decision_days", {
            "en": ("{cpas_decision_days} days", ["{cpas_decision_days} day", "{cpas_decision_days} days"]),
            "fr": ("{cpas_decision_days} jours", ["{cpas_decision_days} jour", "{cpas_decision_days} jours"]),
            "nl": ("{cpas_decision_days} dagen", ["{cpas_decision_days} dag", "{cpas_decision_days} dagen"]),
            "de": ("{cpas_decision_days} Tagen", ["{cpas_decision_days} Tag", "{cpas_decision_days} Tagen"]),
        }),
        "cpas_integration_income.family.when": ("cpas_decision_days", {
            "en": ("{cpas_decision_days} days", ["{cpas_decision_days} day", "{cpas_decision_days} days"]),
            "fr": ("{cpas_decision_days} jours", ["{cpas_decision_days} jour", "{cpas_decision_days} jours"]),
            "nl": ("{cpas_decision_days} dagen", ["{cpas_decision_days} dag", "{cpas_decision_days} dagen"]),
            "de": ("{cpas_decision_days} Tagen", ["{cpas_decision_days} Tag", "{cpas_decision_days} Tagen"]),
            "ar": ("{cpas_decision_days} يومًا", ["{cpas_decision_days} يوم", "{cpas_decision_days} يوم",
                                                 "{cpas_decision_days} يوم", "{cpas_decision_days} أيام",
                                                 "{cpas_decision_days} يومًا", "{cpas_decision_days} يوم"]),
            "ru": ("{cpas_decision_days} дней", ["{cpas_decision_days} дня", "{cpas_decision_days} дней"]),
            "uk": ("{cpas_decision_days} днів", ["{cpas_decision_days} дня", "{cpas_decision_days} днів"]),
        }),
        "municipality_registration.request": ("address_declaration_days", {
            "en": ("{address_declaration_days} working days", ["{address_declaration_days} working day",
                                                                "{address_declaration_days} working days"]),
            "fr": ("{address_declaration_days} jours ouvrables", ["{address_declaration_days} jour ouvrable",
                                                                   "{address_declaration_days} jours ouvrables"]),
            "nl": ("{address_declaration_days} werkdagen", ["{address_declaration_days} werkdag",
                                                             "{address_declaration_days} werkdagen"]),
            "de": ("{address_declaration_days} Werktagen", ["{address_declaration_days} Werktag",
                                                             "{address_declaration_days} Werktagen"]),
        }),
        "municipality_registration.family.when": ("address_declaration_days", {
            "en": ("{address_declaration_days} working days", ["{address_declaration_days} working day",
                                                                "{address_declaration_days} working days"]),
            "fr": ("{address_declaration_days} jours ouvrables", ["{address_declaration_days} jour ouvrable",
                                                                   "{address_declaration_days} jours ouvrables"]),
            "nl": ("{address_declaration_days} werkdagen", ["{address_declaration_days} werkdag",
                                                             "{address_declaration_days} werkdagen"]),
            "de": ("{address_declaration_days} Werktagen", ["{address_declaration_days} Werktag",
                                                             "{address_declaration_days} Werktagen"]),
            "ar": ("{address_declaration_days} أيام عمل", [
                "{address_declaration_days} يوم عمل", "{address_declaration_days} يوم عمل",
                "{address_declaration_days} يوم عمل", "{address_declaration_days} أيام عمل",
                "{address_declaration_days} يوم عمل", "{address_declaration_days} يوم عمل"]),
            "ru": ("{address_declaration_days} рабочих дней", ["{address_declaration_days} рабочего дня",
                                                               "{address_declaration_days} рабочих дней"]),
            "uk": ("{address_declaration_days} робочих днів", ["{address_declaration_days} робочого дня",
                                                               "{address_declaration_days} робочих днів"]),
        }),
        "landlord_introduction.intro": ("household_size", {
            "en": ("{household_size} persons", ["{household_size} person", "{household_size} persons"]),
            "fr": ("{household_size} personnes", ["{household_size} personne", "{household_size} personnes"]),
            "nl": ("{household_size} personen", ["{household_size} persoon", "{household_size} personen"]),
            "de": ("{household_size} Personen", ["{household_size} Person", "{household_size} Personen"]),
        }),
        **{k: ("reunification_months", {
            "en": ("{reunification_months} months", ["{reunification_months} month", "{reunification_months} months"]),
            "nl": ("{reunification_months} maanden",
                   ["{reunification_months} maand", "{reunification_months} maanden"]),
            "de": ("{reunification_months} Monaten",
                   ["{reunification_months} Monat", "{reunification_months} Monaten"]),
        }) for k in ("family_reunification_cover.rule_refugee_old", "family_reunification_cover.rule_refugee_2025",
                     "family_reunification_cover.rule_subsidiary_old")},
        "family_reunification_cover.rule_subsidiary_2025": ("reunification_waiting_months", {
            "en": ("{reunification_waiting_months} months", ["{reunification_waiting_months} month",
                                                              "{reunification_waiting_months} months"]),
            "nl": ("{reunification_waiting_months} maanden", ["{reunification_waiting_months} maand",
                                                               "{reunification_waiting_months} maanden"]),
            "de": ("{reunification_waiting_months} Monaten", ["{reunification_waiting_months} Monat",
                                                               "{reunification_waiting_months} Monaten"]),
        }),
    },
}


@dataclass
class Text:
    """One text of an old file."""

    key: str
    text: str
    reviewed: bool
    comments: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ readers of the old files


def _entries_file(path: Path) -> list[Text]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for key, e in data["entries"].items():
        comments = [str(e["note"])] if e.get("note") else []
        out.append(Text(str(key), e["text"], e["status"] in ("reviewed", "source"), comments))
    return out


def read_letters() -> dict[str, list[Text]]:
    return {p.stem: _entries_file(p) for p in sorted((TRANSLATIONS / "letters").glob("*.yaml"))}


def read_dossier() -> dict[str, list[Text]]:
    return {p.stem: _entries_file(p) for p in sorted((TRANSLATIONS / "dossier").glob("*.yaml"))}


def read_step_cards() -> dict[str, list[Text]]:
    path = TRANSLATIONS / "step_cards" / "labels.yaml"
    if not path.is_file():
        return {}
    out = {}
    for lang, entries in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        reviewed = entries.get("status") == "reviewed"
        out[lang] = [Text(k, v, reviewed) for k, v in entries.items() if k != "status"]
    return out


def read_documents() -> dict[str, list[Text]]:
    path = RESOURCES / "documents" / "labels.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    # the file said: "Translations other than fr/nl/de/en need review by a native speaker"
    return {lang: [Text(k, v, lang in ("en", "fr", "nl", "de")) for k, v in entries.items()]
            for lang, entries in data.items() if not lang.startswith("_")}


def _fold(text: str) -> str:
    """Line breaks and runs of spaces folded as the template loader does; no-break spaces kept."""
    return re.sub(r"[ \t\r\n]+", " ", str(text)).strip()


def checklist_key_texts(template: dict, overlay: dict | None = None) -> list[Text]:
    """Keys of a checklist template (``template.title``, ``track.<id>.title``, ``step.<id>.<field>``,
    ``step.<id>.documents.<i>``) with the overlay's texts (or the English ones when ``overlay`` is None)."""
    out: list[Text] = []
    if overlay is None:
        out.append(Text("template.title", _fold(template["title"]), True))
        for track in template["tracks"]:
            out.append(Text(f"track.{track['id']}.title", _fold(track["title"]), True))
            for step in track["steps"]:
                sid = step["id"]
                out.append(Text(f"step.{sid}.title", _fold(step["title"]), True))
                out.append(Text(f"step.{sid}.explanation", _fold(step["explanation"]), True))
                for i, d in enumerate(step.get("documents") or ()):
                    out.append(Text(f"step.{sid}.documents.{i}", _fold(str(d)), True))
                if step.get("uncertain"):
                    out.append(Text(f"step.{sid}.uncertain", _fold(step["uncertain"]), True))
        return out
    out.append(Text("template.title", _fold(overlay["template"]["title"]),
                    overlay["template"]["status"] == "reviewed"))
    for track_id, track in overlay["tracks"].items():
        out.append(Text(f"track.{track_id}.title", _fold(track["title"]), track["status"] == "reviewed"))
        for sid, step in track["steps"].items():
            reviewed = step["status"] == "reviewed"
            out.append(Text(f"step.{sid}.title", _fold(step["title"]), reviewed))
            out.append(Text(f"step.{sid}.explanation", _fold(step["explanation"]), reviewed))
            for i, d in enumerate(step.get("documents") or ()):
                out.append(Text(f"step.{sid}.documents.{i}", _fold(str(d)), reviewed))
            if step.get("uncertain"):
                out.append(Text(f"step.{sid}.uncertain", _fold(step["uncertain"]), reviewed))
    return out


def read_checklist() -> dict[str, dict[str, list[Text]]]:
    """template id -> lang -> texts (English from the template itself)."""
    out: dict[str, dict[str, list[Text]]] = {}
    for path in sorted((TRANSLATIONS / "checklist").glob("*.*.yaml")):
        tpl_id, lang = path.name.split(".")[:2]
        if tpl_id not in out:
            template = yaml.safe_load((RESOURCES / "checklists" / f"{tpl_id}.yaml").read_text(encoding="utf-8"))
            out[tpl_id] = {"en": checklist_key_texts(template)}
        out[tpl_id][lang] = checklist_key_texts({}, yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


# ------------------------------------------------------------------ writing / merging


def _locale_of(lang: str) -> str:
    registry = read_registry(RESOURCES / "reference" / "languages.csv")
    row = registry.get(lang)
    return row.babel_locale if row else lang


def _new_catalog(lang: str, domain: str) -> Catalog:
    cat = Catalog(locale=Locale.parse(_locale_of(lang)), domain=domain, project="Transition Assistant",
                  version="1", creation_date=FIXED_DATE, revision_date=FIXED_DATE, fuzzy=False,
                  language_team=f"{lang} <translations/README.md>", last_translator="draft",
                  header_comment=f"# {domain} texts of Transition Assistant documents in {lang} "
                                 "(see translations/README.md).\n"
                                 "# msgctxt = key, msgid = English source, msgstr = translation;\n"
                                 "# fuzzy = draft (not yet reviewed by a qualified translator).")
    return cat


def _forms(domain: str, key: str, lang: str, text: str, nplurals: int) -> tuple[str | None, list[str] | None]:
    rule = PLURALS.get(domain, {}).get(key)
    if rule is None:
        return None, None
    var, per_lang = rule
    if lang in per_lang:
        old, forms = per_lang[lang]
        if old not in text:
            print(f"{domain}/{lang}: {key}: {old!r} not found in the text; forms left as the text", file=sys.stderr)
            forms = [text]
        else:
            forms = [text.replace(old, f, 1) for f in forms]
    else:
        forms = [text]
    forms = (forms + [forms[-1]] * nplurals)[:nplurals]
    return var, forms


def merge(domain: str, lang: str, po_path: Path, texts: list[Text], english: dict[str, Text]) -> bool:
    """Merge ``texts`` into ``po_path``; True when the file changed."""
    old_bytes = po_path.read_bytes() if po_path.is_file() else b""
    if old_bytes:
        cat = read_po(io.BytesIO(old_bytes))
        cat.creation_date = cat.revision_date = FIXED_DATE
        cat.fuzzy = False
    else:
        cat = _new_catalog(lang, domain)
    by_key = {m.context: m for m in cat if m.id}
    nplurals = cat.num_plurals
    en_rule = {k: _forms(domain, k, "en", t.text, 2) for k, t in english.items()}
    for t in texts:
        source = english.get(t.key)
        if source is None:
            print(f"{domain}/{lang}: {t.key}: no English source; skipped", file=sys.stderr)
            continue
        var, forms = _forms(domain, t.key, lang, t.text, nplurals)
        existing = by_key.get(t.key)
        if var is not None:
            en_forms = en_rule[t.key][1]
            assert en_forms is not None
            msgid: str | tuple[str, str] = (en_forms[0], en_forms[1])
            if existing is None:
                cat.add(msgid, tuple(forms), context=t.key, flags=() if t.reviewed else ("fuzzy",),
                        auto_comments=[f"plural: {var}"], user_comments=t.comments)
            elif isinstance(existing.id, tuple | list) and existing.string and \
                    existing.string[0] != forms[0] and lang in PLURALS[domain][t.key][1]:
                print(f"{domain}/{lang}: {t.key}: the old file's text changed; update its plural forms by hand")
            continue
        if existing is None:
            cat.add(source.text, t.text, context=t.key, flags=() if t.reviewed else ("fuzzy",),
                    user_comments=t.comments)
            continue
        if isinstance(existing.id, tuple | list):
            continue  # a plural text written in the .po: kept
        if existing.id != source.text:
            existing.id = source.text
            if lang != "en":
                existing.flags.add("fuzzy")
        if existing.string != t.text:
            existing.string = t.text
            existing.flags.discard("fuzzy") if t.reviewed else existing.flags.add("fuzzy")
    # a new English text that another branch added to the en file but not (yet) to a language
    buf = io.BytesIO()
    write_po(buf, cat, width=0, no_location=True, include_previous=False)
    new_bytes = buf.getvalue()
    if new_bytes != old_bytes:
        po_path.parent.mkdir(parents=True, exist_ok=True)
        po_path.write_bytes(new_bytes)
        return True
    return False


def _english_from_po(po_path: Path) -> dict[str, Text]:
    if not po_path.is_file():
        return {}
    cat = read_po(po_path.open("rb"))
    return {m.context: Text(m.context, m.string[0] if isinstance(m.string, tuple | list) else m.string, True)
            for m in cat if m.id}


def run(domains: tuple[str, ...]) -> list[Path]:
    changed: list[Path] = []
    simple = {"letters": read_letters, "dossier": read_dossier, "step_cards": read_step_cards,
              "documents": read_documents}
    for domain in domains:
        if domain == "checklist":
            for tpl_id, langs in read_checklist().items():
                english = {t.key: t for t in langs["en"]}
                for lang, texts in langs.items():
                    if lang == "en":
                        continue
                    po = TRANSLATIONS / "checklist" / f"{tpl_id}.{lang}.po"
                    if merge(domain, lang, po, texts, english):
                        changed.append(po)
            continue
        per_lang = simple[domain]()
        folder = TRANSLATIONS / domain
        english = {t.key: t for t in per_lang["en"]} if "en" in per_lang else _english_from_po(folder / "en.po")
        for lang, texts in per_lang.items():
            po = folder / f"{lang}.po"
            if merge(domain, lang, po, texts, english):
                changed.append(po)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("domains", nargs="*", help=f"some of {', '.join(DOMAINS)} (default: every domain)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a .po would change")
    args = parser.parse_args(argv)
    domains = tuple(args.domains) or DOMAINS
    if set(domains) - set(DOMAINS):
        parser.error(f"unknown domain(s): {', '.join(sorted(set(domains) - set(DOMAINS)))}")
    if args.check:
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            backup = Path(tmp) / "t"
            shutil.copytree(TRANSLATIONS, backup)
            changed = run(domains)
            shutil.rmtree(TRANSLATIONS)
            shutil.copytree(backup, TRANSLATIONS)
        for p in changed:
            print(f"would change {p.relative_to(ROOT)}")
        return 1 if changed else 0
    for p in run(domains):
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
