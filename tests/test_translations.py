"""The interface catalogs (translations/*.ts, *.qm) and the checklist text overlays are complete.

* the catalogs are what ``scripts/update_translations.py`` makes of the code and forms
  (a new or changed text in the code fails CI until the catalogs are updated);
* every message of every interface language has a translation, still marked
  ``unfinished`` (drafts until a qualified translator reviews them), with the same
  ``{placeholders}``, HTML tags, ``&`` accelerator and keyboard shortcuts as its source,
  and, for ``%n`` texts, every plural form of the language (Arabic has six);
* a translation equal to its English source is allowed only when listed in ``IDENTICAL``;
* the English catalog holds the plural forms of the source texts ("1 family", "%n families");
* the committed ``.qm`` files are what ``pyside6-lrelease`` makes of the ``.ts`` files,
  and Qt loads them, drafts included;
* every step of every shipped checklist template has its text in every interface language.

Each check is a function returning the problems it finds, and each is also run on a
deliberately broken sample, so a check that can never fail would be noticed.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from transition_app.domain import checklist_i18n  # noqa: E402
from transition_app.domain.checklist import load_template, shipped_templates  # noqa: E402
from transition_app.domain.rules import DataFileError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402

LANGUAGES = update_translations.LANGUAGES  # every interface language but English
TRANSLATIONS = ROOT / "translations"
NUMERUS_FORMS = {"en": 2, "fr": 2, "nl": 2, "de": 2, "ar": 6}  # Qt Linguist's plural rules
# Languages whose catalog a qualified translator is reviewing (or has reviewed) in Qt Linguist:
# only there may a translation lose its "unfinished" mark.  Every other text is a draft.
REVIEWING: set[str] = set()

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
COUNT = re.compile(r"%L?n")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:[A-Z0-9]|F\d{1,2}|Delete|Del|Esc|Return|Enter)$")
FRENCH_SPACE_BEFORE = re.compile(r" [:;?!»]|« ")  # French takes a no-break space there

# Texts that are deliberately the same as the English source in a language (compared without
# the "&" accelerator and a trailing "…"). Everything else must read differently: a copy of the
# English text is an untranslated string.  tests/ui/test_ui_languages.py uses the same lists.
IDENTICAL_EVERYWHERE = {"Transition Assistant", "XXXX-XXXX-XXXX-…", "dd/MM/yyyy", "https://…",  # name, masks
                        "Fedasil", "Croix-Rouge", "Rode Kruis"}  # operators: their official names
IDENTICAL = {
    "fr": {"Administration", "Centre", "Contact", "Contacts", "Documents", "Dari", "E-mail", "Note", "Notes",
           "Notification", "Page", "Parent", "Type", "Logo", "Images (*.png *.jpg *.jpeg)",
           "mm"},  # mm: the month in a date's hint (jj/mm/aaaa)
    "nl": {"Bank", "Checklist", "Contact", "Dari", "E-mail", "Help", "Partner", "Postcode", "School", "Status",
           "Website", "week", "Logo", "dd", "mm"},  # dd, mm: the day and month in a date's hint (dd/mm/jjjj)
    "de": {"Bank", "Dari", "Name", "Passphrase", "Person", "Region", "Status", "Logo", "Neutral"},
    "ar": {"YY.MM.DD-XXX.CC"},  # the national register number's pattern, as printed on the card
}


def plain(text: str) -> str:
    """A text as it reads: without accelerators and a trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().removesuffix("…")


def may_stay_english(text: str, language: str) -> bool:
    """True for texts that read the same in ``language``: no letters (once {placeholders} and HTML
    tags are left out), shortcuts, and the listed words (alone or as "Word: {value}")."""
    shown = plain(text)
    words = " ".join(re.findall(r"[^\W\d_][\w'’-]*", HTML_TAG.sub("", PLACEHOLDER.sub("", shown))))
    listed = {plain(word) for word in IDENTICAL_EVERYWHERE | IDENTICAL.get(language, set())}
    return not words or bool(SHORTCUT.match(shown)) or shown in listed or words in listed


# --------------------------------------------------------------------------- .ts checks


def accelerators(text: str) -> int:
    """Number of ``&`` accelerators (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    """``(context, source, <translation> element)`` for every message of a catalog."""
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out.append((name, message.findtext("source", ""), message.find("translation")))
    return out


def text_problems(where: str, source: str, text: str, language: str) -> list[str]:
    """What is wrong with one translated text (a message, or one plural form of it)."""
    if not text.strip():
        return [f"{where}: empty translation"]
    problems = []
    if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
        problems.append(f"{where}: placeholders {sorted(set(PLACEHOLDER.findall(source)))} "
                        f"became {sorted(set(PLACEHOLDER.findall(text)))} in {text!r}")
    src_acc, tr_acc = accelerators(source), accelerators(text)
    if src_acc and tr_acc != 1:
        problems.append(f"{where}: {tr_acc} '&' accelerators in {text!r}, expected exactly one")
    if not src_acc and tr_acc:
        problems.append(f"{where}: an '&' accelerator in {text!r} although the source has none")
    if sorted(HTML_TAG.findall(source)) != sorted(HTML_TAG.findall(text)):
        problems.append(f"{where}: HTML tags {sorted(HTML_TAG.findall(source))} "
                        f"became {sorted(HTML_TAG.findall(text))}")
    if SHORTCUT.match(source) and text != source:
        problems.append(f"{where}: keyboard shortcut translated as {text!r}; keep it as it is")
    if source.endswith("…") != text.endswith("…"):
        problems.append(f"{where}: the trailing '…' of the source is not kept in {text!r}")
    if source.endswith(" ") != text.endswith(" ") or source.startswith(" ") != text.startswith(" "):
        problems.append(f"{where}: the leading or trailing space of the source is not kept in {text!r}")
    if language == "fr" and FRENCH_SPACE_BEFORE.search(text):
        problems.append(f"{where}: use a no-break space (U+00A0) before : ; ? ! » and after « in {text!r}")
    if language != update_translations.SOURCE_LANGUAGE and text == source and not may_stay_english(source, language):
        problems.append(f"{where}: the translation is the English text; translate it, or add it to "
                        f"IDENTICAL[{language!r}] if it really reads the same")
    return problems


def message_problems(context: str, source: str, element: ET.Element | None, language: str,
                     numerus: bool = False) -> list[str]:
    """What is wrong with one translated message (empty list: nothing)."""
    where = f"{context} / {source!r}"
    if element is None:
        return [f"{where}: no <translation> element"]
    problems = []
    if language == update_translations.SOURCE_LANGUAGE:
        if element.get("type") is not None:
            problems.append(f"{where}: the English plural forms are written by the developers: "
                            f"no type={element.get('type')!r} marker")
    elif element.get("type") != "unfinished" and not (language in REVIEWING and element.get("type") is None):
        problems.append(f"{where}: the draft lost its type=\"unfinished\" marker "
                        f"(type={element.get('type')!r}); only a qualified translator's review removes it "
                        "(then list the language in REVIEWING)")
    forms = element.findall("numerusform")
    if not numerus:
        if forms:
            problems.append(f"{where}: plural forms although the source has no %n")
        return problems + text_problems(where, source, element.text or "", language)
    if len(forms) != NUMERUS_FORMS[language]:
        problems.append(f"{where}: {len(forms)} plural forms, {language} has {NUMERUS_FORMS[language]}")
    texts = [form.text or "" for form in forms]
    for number, text in enumerate(texts):
        problems += text_problems(f"{where} [plural form {number}]", source, text, language)
    if texts and not COUNT.search(texts[-1]):
        problems.append(f"{where}: the last plural form {texts[-1]!r} does not show the number (%n or %Ln)")
    return problems


def ts_problems(ts: Path, language: str) -> list[str]:
    problems = []
    root = ET.parse(ts).getroot()
    expected = update_translations.CATALOG_LOCALE[language]
    if root.get("language") != expected:
        problems.append(f"{ts.name}: language is {root.get('language')!r}, expected {expected!r}")
    found = list(root.iter("context"))
    if not found:
        problems.append(f"{ts.name}: no messages")
    for context in found:
        name = context.findtext("name", "")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            if language == update_translations.SOURCE_LANGUAGE and not numerus:
                problems.append(f"{ts.name}: {name} / {message.findtext('source')!r}: the English catalog "
                                "holds only plural forms (lupdate -pluralonly)")
            problems += [f"{ts.name}: {p}" for p in message_problems(
                name, message.findtext("source", ""), message.find("translation"), language, numerus)]
    return problems


def test_catalogs_are_up_to_date_with_the_code():
    """CI fails when a text in the code or a form is not in the catalogs (or one was removed):
    run scripts/update_translations.py, then translate the new texts."""
    assert update_translations.check() == []


@pytest.mark.parametrize("language", update_translations.CATALOGS)
def test_every_message_has_a_draft_translation(language):
    ts = update_translations.ts_path(language)
    problems = ts_problems(ts, language)
    assert problems == [], (f"{len(problems)} problems; list the missing texts with "
                            f"scripts/translation_drafts.py missing {language}:\n" + "\n".join(problems[:40]))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_holds_the_same_messages(language):
    first = {(c, s) for c, s, _ in messages(update_translations.ts_path(LANGUAGES[0]))}
    assert {(c, s) for c, s, _ in messages(update_translations.ts_path(language))} == first


def test_the_english_catalog_has_every_plural_text():
    root = ET.parse(update_translations.ts_path(LANGUAGES[0])).getroot()
    plural = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
              if m.get("numerus") == "yes"}
    assert plural, "no text uses %n yet: the plural checks would test nothing"
    assert {(c, s) for c, s, _ in messages(update_translations.ts_path("en"))} == plural


def test_the_validation_templates_read_with_every_label():
    """Validation messages are built from a template and a label (both translated): all fit."""
    for language in LANGUAGES:
        found = [(s, e.text) for c, s, e in messages(update_translations.ts_path(language))
                 if c == "Validation" and e is not None and e.text]  # missing ones: the test above
        templates = [t for s, t in found if "{label}" in s]
        labels = [t for s, t in found if "{" not in s]
        assert templates and labels
        names = {n for t in templates for n in PLACEHOLDER.findall(t)} - {"label", "other"}
        values = {name: "x" for name in names} | {"other": labels[0]}
        for template in templates:
            for label in labels:
                assert label in template.format(label=label, **values)


BROKEN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Sample</name>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished">Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;A&amp;ide</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;{name}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished">Ctrl+A</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation type="unfinished">Membre : {name}</translation>
    </message>
    <message>
        <source>Loading families…</source>
        <translation type="unfinished">Chargement des familles</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished">Loading</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln families</source>
        <translation type="unfinished">
            <numerusform>{shown} sur %Ln famille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation type="unfinished">
            <numerusform>une étape</numerusform>
            <numerusform>plusieurs étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished">Bien</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n steps</source>
        <translation type="unfinished">
            <numerusform>{done} sur %n étape</numerusform>
            <numerusform>{done} sur %n étapes</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_the_catalog_check_catches_broken_translations(tmp_path):
    ts = tmp_path / "broken_fr.ts"
    ts.write_text(BROKEN_TS, encoding="utf-8")
    problems = "\n".join(ts_problems(ts, "fr"))
    expected = [
        "'{label} is required.': placeholders ['label'] became []",
        "'&File': 0 '&' accelerators",
        "'&Help': 2 '&' accelerators",
        "HTML tags",
        "'Notes': the draft lost its type=\"unfinished\" marker",
        "'Name': empty translation",
        "'Ctrl+Q': keyboard shortcut translated",
        "'Member: {name}': use a no-break space",
        "'Loading families…': the trailing '…'",
        "'Loading': the translation is the English text",
        "'{shown} of %Ln families': 1 plural forms, fr has 2",
        "'%n steps': the last plural form 'plusieurs étapes' does not show the number",
    ]
    for fragment in expected:
        assert fragment in problems
    assert "'Fine'" not in problems and "{done} of %n steps" not in problems
    assert len(ts_problems(ts, "fr")) == len(expected)


# --------------------------------------------------------------------------- .qm files


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([update_translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def qm_is_current(ts: Path, qm: Path, scratch: Path) -> bool:
    fresh = scratch / qm.name
    compile_qm(ts, fresh)
    return qm.exists() and fresh.read_bytes() == qm.read_bytes()


@pytest.mark.parametrize("language", update_translations.CATALOGS)
def test_committed_qm_files_are_up_to_date(language, tmp_path):
    ts = update_translations.ts_path(language)
    assert qm_is_current(ts, ts.with_suffix(".qm"), tmp_path), (
        f"{ts.with_suffix('.qm').name} is stale: run .venv/bin/pyside6-lrelease {ts.relative_to(ROOT)} "
        f"-qm {ts.with_suffix('.qm').relative_to(ROOT)}")


def test_the_qm_check_notices_a_changed_catalog(tmp_path):
    ts = update_translations.ts_path("fr")
    changed = tmp_path / ts.name
    text = ts.read_text(encoding="utf-8")
    changed.write_text(text.replace(">&amp;Fichier<", ">&amp;Fichier (modifié)<"), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != text
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    assert not qm_is_current(changed, ts.with_suffix(".qm"), scratch)


@pytest.mark.parametrize(("language", "expected"),
                         [("fr", "&Fichier"), ("nl", "&Bestand"), ("de", "&Datei"), ("ar", "&ملف")])
def test_qm_files_load_and_translate(qapp, language, expected):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(update_translations.ts_path(language).with_suffix(".qm")))
    assert translator.translate("MainWindow", "&File") == expected
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == expected
        assert "{label}" in QCoreApplication.translate("Validation", "{label} is required.")
        assert QCoreApplication.translate("MainWindow", "not a message") == "not a message"
    finally:
        QCoreApplication.removeTranslator(translator)


COUNT_TEXT = ("MainWindow", "{shown} of %Ln families")


@pytest.mark.parametrize(("language", "count", "expected"), [
    ("en", 1, "{shown} of %Ln family"), ("en", 61, "{shown} of %Ln families"),
    ("fr", 0, "{shown} sur %Ln famille"), ("fr", 2, "{shown} sur %Ln familles"),
    ("nl", 1, "{shown} van %Ln gezin"), ("de", 7, "{shown} von %Ln Familien"),
    ("ar", 0, "{shown} من أصل %Ln عائلة"), ("ar", 1, "{shown} من أصل عائلة واحدة"),
    ("ar", 2, "{shown} من أصل عائلتين"), ("ar", 5, "{shown} من أصل %Ln عائلات"),
    ("ar", 11, "{shown} من أصل %Ln عائلة"), ("ar", 102, "{shown} من أصل %Ln عائلة"),
])
def test_qm_files_choose_the_plural_form_of_the_number(qapp, language, count, expected):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(update_translations.ts_path(language).with_suffix(".qm")))
    assert translator.translate(*COUNT_TEXT, None, count) == expected


def test_unfinished_drafts_are_compiled_into_the_qm(qapp):
    """lrelease leaves out only what -nounfinished asks it to: every draft reaches the interface."""
    from PySide6.QtCore import QTranslator

    for language in LANGUAGES:
        translator = QTranslator()
        assert translator.load(str(update_translations.ts_path(language).with_suffix(".qm")))
        for context, source, element in messages(update_translations.ts_path(language)):
            if element is not None and element.text and not element.findall("numerusform"):
                assert translator.translate(context, source) == element.text, (language, context, source)


# --------------------------------------------------------------------------- checklist overlays


TEMPLATES = sorted(shipped_templates())


def test_every_interface_language_has_its_checklist_text():
    from transition_app.ui.i18n import UI_LANGUAGES

    needed = tuple(sorted(lang for lang in UI_LANGUAGES if lang != checklist_i18n.SOURCE_LANGUAGE))
    assert needed == tuple(sorted(LANGUAGES))
    for template_id in TEMPLATES:
        assert set(needed) <= set(checklist_i18n.overlay_languages(template_id)), template_id


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_overlay_is_complete_for_its_template(template_id, language):
    found = checklist_i18n.overlay(language, template_id)
    assert found.language == language
    assert checklist_i18n.overlay_problems(found, shipped_templates()[template_id]) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_step_reads_in_the_language(template_id, language):
    template = shipped_templates()[template_id]
    found = checklist_i18n.overlay(language, template_id)
    for step in template.steps:
        hit = found.step(step.id)
        assert hit is not None and hit[0] == step.track, step.id
        entry = hit[1]
        assert entry["title"].strip() and entry["explanation"].strip(), step.id
        assert len(entry["documents"]) == len(step.documents), step.id
        assert entry["status"] in checklist_i18n.STATUSES
        title, explanation, documents = checklist_i18n.localized_step_text(step, language, template)
        assert title and explanation and len(documents) == len(step.documents)
        assert title != step.title, f"{step.id}: title not translated"
        if language == "fr":
            for text in (title, explanation, *documents, checklist_i18n.localized_uncertain(step, language, template)):
                assert not FRENCH_SPACE_BEFORE.search(text), f"{step.id}: {text!r}"
    for track in template.tracks:
        same_in_both = track.title in ("Bank",)  # the Dutch word is the English one
        assert same_in_both or checklist_i18n.localized_track_title(track.id, language, template) != track.title


def test_localized_text_falls_back_to_english():
    template = shipped_templates()["exit_support"]
    step = template.step("housing.lease")
    assert checklist_i18n.localized_step_text(step, "en") == (step.title, step.explanation, step.documents)
    assert checklist_i18n.localized_step_text(step, None)[0] == step.title
    assert checklist_i18n.localized_step_text(step, "ln")[0] == step.title  # no Lingala overlay
    assert checklist_i18n.localized_step_text("housing.lease", "fr_BE")[0] == "Signez le bail"
    assert checklist_i18n.localized_step_text(step, "nl")[0] == "Onderteken het huurcontract"
    assert checklist_i18n.localized_track_title("housing", "ln") == "Finding a home"
    with pytest.raises(checklist_i18n.NoOverlayError):
        checklist_i18n.load_overlay("ln")


def test_load_overlay_returns_a_copy():
    data = checklist_i18n.load_overlay("fr")
    data["tracks"].clear()
    assert checklist_i18n.load_overlay("fr")["tracks"]


BROKEN_OVERLAY = """\
msgid ""
msgstr ""
"Language: fr_BE\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
"Content-Type: text/plain; charset=utf-8\\n"

#, fuzzy
msgctxt "template.title"
msgid "Sample"
msgstr "Exemple"

#, fuzzy
msgctxt "track.one.title"
msgid "One"
msgstr "Un"

#, fuzzy
msgctxt "step.one.first.title"
msgid "First"
msgstr "Premier"

#, fuzzy
msgctxt "step.one.first.explanation"
msgid "Do this."
msgstr "Faites ceci."

#, fuzzy
msgctxt "step.one.first.documents.0"
msgid "A"
msgstr "A"

#, fuzzy
msgctxt "step.one.gone.title"
msgid "Old"
msgstr "Ancien"

#, fuzzy
msgctxt "step.one.gone.explanation"
msgid "This step is gone."
msgstr "Cette étape n'existe plus."

#, fuzzy
msgctxt "track.old_track.title"
msgid "Old track"
msgstr "Ancienne piste"
"""

SAMPLE_TEMPLATE = """\
id: sample
version: 1
title: Sample
regions: [flanders]
tracks:
  - id: one
    title: One
    steps:
      - id: one.first
        title: First
        explanation: Do this.
        documents: [A, B]
        actors: [family]
        service: municipality
      - id: one.second
        title: Second
        explanation: Then that.
        actors: [family]
        service: municipality
        uncertain: Not verified.
"""


def test_the_overlay_check_catches_incomplete_and_stale_text(tmp_path):
    (tmp_path / "sample.yaml").write_text(SAMPLE_TEMPLATE, encoding="utf-8")
    template = load_template(tmp_path / "sample.yaml")
    path = tmp_path / "sample.fr.po"
    path.write_text(BROKEN_OVERLAY, encoding="utf-8")
    problems = checklist_i18n.overlay_problems(checklist_i18n.read_overlay(path), template)
    text = "\n".join(problems)
    assert f"{path}:20: step 'one.first' has 1 documents, the English text has 2" in text
    assert "step 'one.second' is missing" in text
    assert f"{path}:35: step 'one.gone' is not in the template (stale)" in text
    assert f"{path}:45: track 'old_track' is not in the template (stale)" in text
    assert len(problems) == 4


@pytest.mark.parametrize(("change", "message"), [
    (('msgstr "Premier"', 'msgstr ""'), ":20: step.one.first.title: empty text"),
    (('msgctxt "track.one.title"', 'msgctxt "tracks.one"'), ":15: tracks.one: not a checklist key"),
    (('msgctxt "step.one.first.explanation"', 'msgctxt "step.one.first.note"'),
     ":25: step.one.first.note: unknown field"),
    (('msgctxt "template.title"', 'msgctxt "track.x.title"'), "missing template.title"),
    (('msgctxt "track.one.title"', 'msgctxt "step.one.first.title"'), "appears twice"),
])
def test_malformed_overlays_are_refused_naming_file_and_line(tmp_path, change, message):
    path = tmp_path / "sample.fr.po"
    path.write_text(BROKEN_OVERLAY.replace(*change), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        checklist_i18n.read_overlay(path)
    assert str(caught.value).startswith(f"{path}:") or str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_a_fuzzy_overlay_text_is_a_draft_and_a_reviewed_one_is_not(tmp_path):
    path = tmp_path / "sample.fr.po"
    path.write_text(BROKEN_OVERLAY.replace('#, fuzzy\nmsgctxt "step.one.gone.title"', 'msgctxt "step.one.gone.title"')
                    .replace('#, fuzzy\nmsgctxt "step.one.gone.explanation"', 'msgctxt "step.one.gone.explanation"'),
                    encoding="utf-8")
    steps = checklist_i18n.read_overlay(path).data["tracks"]["one"]["steps"]
    assert steps["one.gone"]["status"] == "reviewed"
    assert steps["one.first"]["status"] == "draft"


def test_shipped_overlays_are_clean():
    checklist_i18n.clear_cache()
    assert checklist_i18n.shipped_overlay_problems() == []
