"""The interface catalogs (translations/*.ts, *.qm) and the checklist text overlays are complete.

* every message of the French and Dutch catalogs has a translation, still marked
  ``unfinished`` (drafts until a qualified translator reviews them), with the same
  ``{placeholders}``, HTML tags, ``&`` accelerator and keyboard shortcuts as its source;
* the committed ``.qm`` files are what ``pyside6-lrelease`` makes of the ``.ts`` files,
  and Qt loads them;
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

LANGUAGES = update_translations.LANGUAGES  # ("fr", "nl"): every interface language but English
TRANSLATIONS = ROOT / "translations"

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:[A-Z0-9]|F\d{1,2}|Delete|Del|Esc|Return|Enter)$")
FRENCH_SPACE_BEFORE = re.compile(r" [:;?!»]|« ")  # French takes a no-break space there


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


def message_problems(context: str, source: str, element: ET.Element | None, language: str) -> list[str]:
    """What is wrong with one translated message (empty list: nothing)."""
    where = f"{context} / {source!r}"
    if element is None:
        return [f"{where}: no <translation> element"]
    problems = []
    if element.get("type") != "unfinished":
        problems.append(f"{where}: the draft lost its type=\"unfinished\" marker "
                        f"(type={element.get('type')!r}); only a qualified translator's review removes it")
    if element.findall("numerusform"):
        problems.append(f"{where}: numerus forms are not used in this catalog")
    text = element.text or ""
    if not text.strip():
        return [*problems, f"{where}: empty translation"]
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
    if source.endswith(" ") != text.endswith(" "):
        problems.append(f"{where}: the trailing space of the source is not kept in {text!r}")
    if language == "fr" and FRENCH_SPACE_BEFORE.search(text):
        problems.append(f"{where}: use a no-break space (U+00A0) before : ; ? ! » and after « in {text!r}")
    return problems


def ts_problems(ts: Path, language: str) -> list[str]:
    problems = []
    root = ET.parse(ts).getroot()
    if root.get("language") != f"{language}_BE":
        problems.append(f"{ts.name}: language is {root.get('language')!r}, expected '{language}_BE'")
    found = messages(ts)
    if not found:
        problems.append(f"{ts.name}: no messages")
    for context, source, element in found:
        problems += [f"{ts.name}: {p}" for p in message_problems(context, source, element, language)]
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_draft_translation(language):
    ts = update_translations.ts_path(language)
    assert ts_problems(ts, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_catalogs_hold_the_same_messages(language):
    english = {(c, s) for c, s, _ in messages(update_translations.ts_path("fr"))}
    assert {(c, s) for c, s, _ in messages(update_translations.ts_path(language))} == english


def test_the_validation_templates_read_with_every_label():
    """Validation messages are built from a template and a label (both translated): all fit."""
    for language in LANGUAGES:
        found = [(s, e.text or "") for c, s, e in messages(update_translations.ts_path(language))
                 if c == "Validation" and e is not None]
        templates = [t for s, t in found if "{label}" in s]
        labels = [t for s, t in found if "{" not in s]
        assert templates and labels
        values = {"max": 80, "value": "x", "other": labels[0], "reason": "r", "birth_date": "2020-01-01",
                  "count": 2, "min": 1}
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
        <source>Fine</source>
        <translation type="unfinished">Bien</translation>
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
    ]
    for fragment in expected:
        assert fragment in problems
    assert "'Fine'" not in problems
    assert len(ts_problems(ts, "fr")) == len(expected)


# --------------------------------------------------------------------------- .qm files


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([update_translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def qm_is_current(ts: Path, qm: Path, scratch: Path) -> bool:
    fresh = scratch / qm.name
    compile_qm(ts, fresh)
    return qm.exists() and fresh.read_bytes() == qm.read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
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


@pytest.mark.parametrize(("language", "expected"), [("fr", "&Fichier"), ("nl", "&Bestand")])
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
language: fr
source_file: resources/checklists/sample.yaml
template: {status: draft, title: Exemple}
tracks:
  one:
    status: draft
    title: Un
    steps:
      one.first:
        status: draft
        title: Premier
        explanation: Faites ceci.
        documents: [A]
      one.gone:
        status: draft
        title: Ancien
        explanation: Cette étape n'existe plus.
        documents: []
  old_track:
    status: draft
    title: Ancienne piste
    steps: {}
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
    path = tmp_path / "sample.fr.yaml"
    path.write_text(BROKEN_OVERLAY, encoding="utf-8")
    problems = checklist_i18n.overlay_problems(checklist_i18n.read_overlay(path), template)
    text = "\n".join(problems)
    assert f"{path}:13: step 'one.first' has 1 documents, the English text has 2" in text
    assert "step 'one.second' is missing" in text
    assert f"{path}:14: step 'one.gone' is not in the template (stale)" in text
    assert f"{path}:19: track 'old_track' is not in the template (stale)" in text
    assert len(problems) == 4


@pytest.mark.parametrize(("change", "message"), [
    (("documents: [A]", "documents: A"), ":13: tracks/one/steps/one.first/documents: 'A' is not of type 'array'"),
    (("status: draft\n        title: Premier", "status: final\n        title: Premier"), ":10: "),
    (("title: Premier", "title: ''"), ":11: "),
    (("language: fr", "language: nl"), ":1: language 'nl' does not match the file name ('fr')"),
    (("sample.yaml", "other.yaml"), ":2: source_file"),
    (("explanation: Faites ceci.", "explanation: Faites ceci.\n        note: x"), ":9: "),
])
def test_malformed_overlays_are_refused_naming_file_and_line(tmp_path, change, message):
    path = tmp_path / "sample.fr.yaml"
    path.write_text(BROKEN_OVERLAY.replace(*change), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        checklist_i18n.read_overlay(path)
    assert str(caught.value).startswith(f"{path}:")
    assert message in str(caught.value)


def test_shipped_overlays_are_clean():
    checklist_i18n.clear_cache()
    assert checklist_i18n.shipped_overlay_problems() == []
