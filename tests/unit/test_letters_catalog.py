"""Letter catalogs: every language has every key with the same placeholders, review status, the
sandboxed engine, errors that name file/line or the placeholder, and rendering in every language."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from transition_app.assets import resource_path, translation_path
from transition_app.domain.rules import DataFileError, default_rules
from transition_app.letters import (
    ALL_LANGUAGES,
    AUTHORITY_LANGUAGES,
    MissingPlaceholderError,
    TemplateSyntaxError,
    compose_letter,
    default_authority_language,
    default_catalog,
    list_templates,
    load_catalog,
)
from transition_app.letters.catalog import FAMILY_ONLY_LANGUAGES, key_scope
from transition_app.letters.compose import authority_languages_for, review_status, template_renderer
from transition_app.letters.context import STANDARD
from transition_app.letters.engine import Person, PlaceholderType, compile_text, format_date_long
from transition_app.services.dto import CentreView, DecisionInput, FamilyDetail, PersonView, WorkerView

TEMPLATE_IDS = ("cpas_integration_income", "cpas_rental_guarantee", "municipality_registration",
                "landlord_introduction", "reception_attestation", "family_reunification_cover",
                "school_enrolment", "integration_referral")
FIELD = re.compile(r"\{([a-z][a-z0-9_]*)\}")
LETTERS_DIR = resource_path("letters")
TRANSLATIONS_DIR = translation_path("letters")


def _raw(lang: str) -> dict[str, dict[str, str]]:
    """The .po file read with Babel directly (not through the loader): key -> text (every plural
    form joined) and status (fuzzy = draft)."""
    with (TRANSLATIONS_DIR / f"{lang}.po").open("rb") as fh:
        cat = read_po(fh)
    return {m.context: {"text": " ".join(m.string) if isinstance(m.string, tuple | list) else m.string,
                        "status": "draft" if m.fuzzy else "reviewed"} for m in cat if m.id}


# --------------------------------------------------------------------------- the catalog files


def test_every_required_letter_is_defined() -> None:
    assert tuple(t.id for t in list_templates()) == TEMPLATE_IDS
    for info in list_templates():
        assert info.authority_languages == ("fr", "nl", "de", "en")
        assert set(FAMILY_ONLY_LANGUAGES) <= set(info.family_languages)
        assert {"ar", "prs", "ps", "fa", "ti", "so", "tr", "uk", "ru"} <= set(info.family_languages)
        assert info.titles and all(info.titles[lang] for lang in AUTHORITY_LANGUAGES)


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_every_key_with_the_same_placeholders(lang: str) -> None:
    """Read the .po directly (not through the loader): keys and {fields} equal English's."""
    reference, entries = _raw("en"), _raw(lang)
    expected = {k for k in reference if lang in AUTHORITY_LANGUAGES or key_scope(k) == "all"}
    assert set(entries) == expected, (sorted(expected - set(entries)), sorted(set(entries) - expected))
    for key in expected:
        assert set(FIELD.findall(entries[key]["text"])) == set(FIELD.findall(reference[key]["text"])), (lang, key)


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_entry_records_its_review_status(lang: str) -> None:
    for key, entry in _raw(lang).items():
        assert entry.get("status") in ("draft", "reviewed"), key
        assert entry["text"].strip(), key


def test_family_copies_use_the_right_scripts() -> None:
    cat = default_catalog()
    ranges = {"ar": "\u0600-\u06ff", "prs": "\u0600-\u06ff", "fa": "\u0600-\u06ff", "ps": "\u0600-\u06ff",
              "ti": "\u1200-\u137f", "uk": "\u0400-\u04ff", "ru": "\u0400-\u04ff"}
    for lang, rng in ranges.items():
        text = cat.entry("cpas_rental_guarantee.family.what", lang).text.source
        assert re.search(f"[{rng}]{{5}}", text), lang
    pashto = "".join(e.text.source for e in cat.languages["ps"].entries.values())
    assert set("ټډړږښګڼېۍ") <= set(pashto)  # Pashto's own letters, not Persian spellings
    assert "ї" in "".join(e.text.source for e in cat.languages["uk"].entries.values())
    assert "ё" in "".join(e.text.source for e in cat.languages["ru"].entries.values())


def test_authority_texts_use_the_official_belgian_terms() -> None:
    cat = default_catalog()

    def all_text(lang: str) -> str:
        return " ".join(e.text.source for e in cat.languages[lang].entries.values())

    fr, nl, de = all_text("fr"), all_text("nl"), all_text("de")
    for word in ("revenu d’intégration", "garantie locative", "prime d’installation", "regroupement familial",
                 "loi du 2 avril 1965", "article 2, §8", "CGRA", "registre des étrangers"):
        assert word in fr, word
    for word in ("leefloon", "huurwaarborg", "installatiepremie", "gezinshereniging", "CGVS", "wet van 2 april 1965",
                 "vreemdelingenregister", "OKAN"):
        assert word in nl, word
    for word in ("Eingliederungseinkommen", "Mietkaution", "Familienzusammenführung", "ÖSHZ",
                 "Gesetzes vom 2. April 1965"):
        assert word in de, word


def test_every_family_reunification_rule_version_has_a_paragraph() -> None:
    letter = default_catalog().letter("family_reunification_cover")
    for section in (letter.authority, letter.family):
        conditions = {b.when for b in section if b.when and b.when.startswith("rule:")}
        rule_ids = {r.id for r in default_rules().rules if r.topic.startswith("family_reunification.")}
        assert {f"rule:{r}" for r in rule_ids} == conditions


# --------------------------------------------------------------------------- the engine


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{% include '/etc/passwd' %}",
    "{{ config }}",
    "Bonjour {head.__class__}",
    "{head!r}",
    "{0}",
    "{ head }",
    "{Head}",
    "unclosed {head",
    "stray } brace",
    "{{head}}",
])
def test_anything_but_text_and_placeholders_is_refused(source: str) -> None:
    with pytest.raises(TemplateSyntaxError) as exc:
        compile_text(source, "fr.yaml:12: x.y")
    assert "fr.yaml:12: x.y" in str(exc.value)


def test_text_is_split_into_literals_and_fields() -> None:
    text = compile_text("Dossier {case_number} – {head}.", "t")
    assert text.placeholders == {"case_number", "head"}
    assert text.render({"case_number": "TA-1", "head": "Amal HADDAD"}.__getitem__) == "Dossier TA-1 – Amal HADDAD."


def test_a_missing_value_is_an_error_naming_the_placeholder() -> None:
    types = {"head": PlaceholderType.PERSON, "case_number": PlaceholderType.TEXT}
    render = template_renderer("cpas_integration_income", "fr", {"head": Person("Amal", "Haddad"),
                                                                 "case_number": None}, types)
    with pytest.raises(MissingPlaceholderError) as exc:
        render("subject")
    assert exc.value.name == "case_number" and exc.value.language == "fr"
    assert "{case_number}" in str(exc.value) and "cpas_integration_income" in str(exc.value)


@pytest.mark.parametrize("lang,expected", [("fr", "15 mars 2026"), ("nl", "15 maart 2026"),
                                           ("de", "15. März 2026"), ("en", "15 March 2026"),
                                           ("uk", "15 березня 2026"), ("ru", "15 марта 2026")])
def test_dates_are_written_in_the_letter_language(lang: str, expected: str) -> None:
    # no-break spaces: the day, month and year stay on one line (documents/typography.py)
    assert format_date_long(dt.date(2026, 3, 15), lang).startswith(expected.replace(" ", "\u00a0"))


def test_french_writes_the_first_of_the_month_as_an_ordinal() -> None:
    assert format_date_long(dt.date(2026, 12, 1), "fr") == "1er\u00a0décembre\u00a02026"


# --------------------------------------------------------------------------- loader errors


@pytest.fixture
def data_copy(tmp_path: Path) -> tuple[Path, Path]:
    letters, translations = tmp_path / "letters", tmp_path / "translations"
    shutil.copytree(LETTERS_DIR, letters)
    shutil.copytree(TRANSLATIONS_DIR, translations)
    return letters, translations


def _replace(path: Path, old: str, new: str) -> int:
    """Replace ``old`` in the first translation (msgstr line) that has it; its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith("msgstr") and old in ln or (old not in "".join(x for x in lines if x.startswith("msgstr"))
                                                        and old in ln):
            lines[i] = ln.replace(old, new, 1)
            path.write_text("\n".join(lines), encoding="utf-8")
            return i + 1
    raise AssertionError(f"{old!r} not in {path}")


def test_copied_catalog_loads(data_copy: tuple[Path, Path]) -> None:
    assert len(load_catalog(*data_copy).letters) == len(TEMPLATE_IDS)


def test_a_code_injection_in_a_catalog_is_refused_with_file_and_line(data_copy: tuple[Path, Path]) -> None:
    letters, translations = data_copy
    line = _replace(translations / "ar.po", "نسخة للعائلة", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(DataFileError) as exc:
        load_catalog(letters, translations)
    assert exc.value.path.name == "ar.po" and exc.value.line == line
    assert "common.family.copy_heading" in str(exc.value)


def test_an_include_in_a_catalog_is_refused(data_copy: tuple[Path, Path]) -> None:
    letters, translations = data_copy
    _replace(translations / "fr.po", "Madame, Monsieur,\"", "{% include '/etc/passwd' %}\"")
    with pytest.raises(DataFileError, match="fr.po:.*common.letter.salutation"):
        load_catalog(letters, translations)


def test_a_missing_key_names_the_language_file(data_copy: tuple[Path, Path]) -> None:
    letters, translations = data_copy
    path = translations / "ti.po"
    entries = path.read_text(encoding="utf-8").split("\n\n")
    kept = [e for e in entries if 'msgctxt "school_enrolment.family.todo"' not in e]
    assert len(kept) == len(entries) - 1
    path.write_text("\n\n".join(kept), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"ti\.po: missing key 'school_enrolment.family.todo'"):
        load_catalog(letters, translations)


def test_a_dropped_placeholder_is_an_error(data_copy: tuple[Path, Path]) -> None:
    letters, translations = data_copy
    line = _replace(translations / "uk.po", "не пізніше {rental_guarantee_before}. Таке",
                    "не пізніше. Таке")
    with pytest.raises(DataFileError) as exc:
        load_catalog(letters, translations)
    assert exc.value.path.name == "uk.po" and exc.value.line == line
    assert "rental_guarantee_before" in str(exc.value)


def test_an_undeclared_placeholder_is_an_error(data_copy: tuple[Path, Path]) -> None:
    letters, translations = data_copy
    for lang in ("en", "fr"):
        _replace(translations / f"{lang}.po", "{dwelling_address}.\"", "{dwelling_address} {secret_file}.\"")
    with pytest.raises(DataFileError, match=r"(en|fr)\.po:\d+: .*unknown placeholder \{secret_file\}"):
        load_catalog(letters, translations)


def test_a_letter_file_error_names_file_and_line(data_copy: tuple[Path, Path]) -> None:
    letters, translations = data_copy
    line = _replace(letters / "school_enrolment.yaml", "  - {paragraph: request}",
                    "  - {paragraph: request, when: no_such_flag}")
    with pytest.raises(DataFileError) as exc:
        load_catalog(letters, translations)
    assert exc.value.path.name == "school_enrolment.yaml" and exc.value.line == line
    assert "no_such_flag" in str(exc.value)


def test_a_standard_placeholder_with_the_wrong_type_is_refused(data_copy: tuple[Path, Path]) -> None:
    letters, translations = data_copy
    _replace(letters / "reception_attestation.yaml", "  arrival_date: {type: date}", "  arrival_date: {type: text}")
    with pytest.raises(DataFileError, match="reception_attestation.yaml:.*has type date, not text"):
        load_catalog(letters, translations)


# --------------------------------------------------------------------------- rendering everywhere


def _sample(ptype: PlaceholderType) -> object:
    return {
        PlaceholderType.TEXT: "Liège", PlaceholderType.DATE: dt.date(2026, 3, 15),
        PlaceholderType.PERSON: Person("Amal", "Haddad"),
        PlaceholderType.PEOPLE: (Person("Amal", "Haddad"), Person("Omar", "Haddad")),
        PlaceholderType.ADDRESS: ("Rue Haute 5", "4000 Liège"), PlaceholderType.MONEY: Decimal("650"),
        PlaceholderType.NUMBER: 6, PlaceholderType.LIST: ("a", "b"), PlaceholderType.TERM: "common.term.refugee",
        PlaceholderType.COUNTRY: "SY", PlaceholderType.LANGUAGES: ("ar", "fr"), PlaceholderType.LANGUAGE: "fr",
        PlaceholderType.FLAG: True,
    }[ptype]


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_text_renders_in_every_language(lang: str) -> None:
    cat = default_catalog()
    for letter in cat.letters.values():
        types = {name: t for name, (t, _) in STANDARD.items()}
        types.update({p.name: p.type for p in letter.placeholders.values()})
        values = {name: _sample(t) for name, t in types.items()}
        render = template_renderer(letter.id, lang, values, types)
        for key in sorted(cat.languages[lang].entries):
            if key.startswith((letter.id + ".", "common.")):
                out = render(key)
                assert out and "{" not in out and "}" not in out, (lang, key, out)


def _family(**kw: object) -> FamilyDetail:
    now = dt.datetime(2026, 11, 1, 12, 0)
    members = (
        PersonView(1, "Amal", "Haddad", "head", dt.date(1990, 3, 4), "F", "SY", ("ar",), "ar", None, True,
                   None, None, None),
        PersonView(2, "Omar", "Haddad", "child", dt.date(2015, 6, 1), "M", "SY", ("ar",), "ar", None, True,
                   None, None, None),
        PersonView(3, "Karim", "Haddad", "spouse", dt.date(1988, 1, 2), "M", "SY", ("ar",), "ar", None, False,
                   None, None, None),
    )
    fields: dict[str, object] = dict(
        id=1, version=1, case_number="TA-2026-00042", status="transition", centre_id=1, centre_name="Centre",
        worker_id=1, worker_name="Anna Peeters", arrival_date=dt.date(2025, 3, 1), exit_date=None,
        destination_nis="62063", archived_at=None, members=members, contacts=(),
        decision=DecisionInput("refugee", "cgrs", dt.date(2026, 10, 1), dt.date(2025, 2, 1), dt.date(2026, 10, 3),
                               "26/12345"),
        notes=(), created_at=now, updated_at=now)
    fields.update(kw)
    return FamilyDetail(**fields)  # type: ignore[arg-type]


CENTRE = CentreView(1, "Centre Croix-Rouge de Jette", "croix_rouge", "21010")
WORKER = WorkerView(1, "anna", "Anna Peeters", "social_worker", 1, True)
INPUTS = {
    "cpas_integration_income": {"dwelling_address": ("Rue Haute 5", "4000 Liège")},
    "cpas_rental_guarantee": {"dwelling_address": "Rue Haute 5\n4000 Liège", "lease_start": dt.date(2026, 12, 1),
                              "rent": Decimal("650")},
    "municipality_registration": {"dwelling_address": ("Rue Haute 5", "4000 Liège"),
                                  "move_in_date": dt.date(2026, 12, 1)},
    "landlord_introduction": {"dwelling_address": ("Rue Haute 5", "4000 Liège")},
    "school_enrolment": {"school_start": dt.date(2027, 1, 4)},
}


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_letter_composes_in_every_language(template_id: str) -> None:
    from transition_app.letters import Recipient

    recipient = Recipient("school", "École communale", ("Rue de l'École 1", "4000 Liège")) \
        if template_id == "school_enrolment" else None
    family = _family(exit_date=dt.date(2026, 12, 20))
    for authority in AUTHORITY_LANGUAGES:
        for family_lang in ALL_LANGUAGES:
            doc = compose_letter(template_id, family, authority_language=authority, family_language=family_lang,
                                 centre=CENTRE, worker=WORKER, recipient=recipient, today=dt.date(2026, 11, 23),
                                 inputs=INPUTS.get(template_id))
            assert [s.language for s in doc.sections] == [authority, family_lang]
            assert doc.sections[1].draft  # every text is a draft for now


def test_default_authority_language_follows_the_language_area() -> None:
    assert default_authority_language("62063") == "fr"  # Liège
    assert default_authority_language("44021") == "nl"  # Gent
    assert default_authority_language("63023") == "de"  # Eupen
    assert default_authority_language("21009") == "fr"  # Ixelles/Elsene: French by default …
    assert authority_languages_for("21009") == ("fr", "nl", "en")  # … Dutch allowed
    assert default_authority_language(None) == "fr"


def test_review_status_is_draft_until_every_text_is_reviewed() -> None:
    assert review_status("cpas_rental_guarantee", "ar") == "draft"
