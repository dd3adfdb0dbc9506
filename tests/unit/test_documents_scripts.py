"""Languages, bidi, font fallback and shaping (no PDF needed)."""

from __future__ import annotations

import pytest

from tests.unit.document_samples import TEXTS
from transition_app.documents.fonts import font_chain
from transition_app.documents.scripts import (
    LRI,
    PDI,
    Direction,
    Script,
    bidi_levels,
    has_rtl,
    isolate_ltr,
    language_info,
    strip_controls,
    visual_runs,
)
from transition_app.documents.shaping import TextSpec, layout, shape


@pytest.mark.parametrize("code", ["ar", "fa", "prs", "ps", "ckb", "ar-SY", "PS"])
def test_arabic_script_languages_are_rtl(code: str) -> None:
    info = language_info(code)
    assert info.script is Script.ARABIC
    assert info.direction is Direction.RTL and info.rtl


@pytest.mark.parametrize("code", ["ti", "am", "ti-ER"])
def test_tigrinya_and_amharic_are_ethiopic_ltr(code: str) -> None:
    info = language_info(code)
    assert info.script is Script.ETHIOPIC and not info.rtl


@pytest.mark.parametrize("code", ["fr", "nl", "de", "en", "uk", "ru", "tr", "so"])
def test_latin_and_cyrillic_languages(code: str) -> None:
    info = language_info(code)
    assert info.script is Script.LATIN and info.direction is Direction.LTR


def test_dari_formats_dates_with_the_afghan_locale() -> None:
    assert language_info("prs").babel_locale == "fa_AF"


def test_isolate_wraps_case_numbers_names_and_phone_numbers() -> None:
    text = "اتصل بـ CPAS de Liège بخصوص ملفك رقم TA-2026-00042 أو +32 4 123 45 67."
    isolated = isolate_ltr(text)
    assert f"{LRI}CPAS de Liège{PDI}" in isolated
    assert f"{LRI}TA-2026-00042{PDI}" in isolated
    assert f"{LRI}+32 4 123 45 67{PDI}" in isolated
    assert isolated.endswith(f"{PDI}.")  # the full stop stays outside, in the Arabic sentence
    assert isolate_ltr(isolated) == isolated
    assert strip_controls(isolated) == text


def test_isolate_leaves_lone_numbers_and_pure_arabic_alone() -> None:
    assert isolate_ltr("خلال 8 أيام عمل") == "خلال 8 أيام عمل"
    assert has_rtl("خلال") and not has_rtl("CPAS de Liège 2026")


def test_levels_of_arabic_with_isolated_latin_run() -> None:
    text = isolate_ltr("ملف TA-2026-00042 هنا")
    levels = bidi_levels(text, True)
    start = text.index("TA")
    assert all(lv == 1 for lv in levels[:3])
    assert all(lv % 2 == 0 for lv in levels[start:start + len("TA-2026-00042")])
    assert levels[-1] == 1


def _visual_text(text: str, rtl: bool) -> list[str]:
    """The runs of a one-line text in visual order, each as logical characters."""
    levels = bidi_levels(text, rtl)
    keys = font_chain(Script.ARABIC).font_keys(text)
    return [strip_controls(text[a:b]).strip() for a, b, _ in visual_runs(levels, keys, 0, len(text))
            if strip_controls(text[a:b]).strip()]


def test_visual_order_puts_the_first_arabic_word_rightmost() -> None:
    text = isolate_ltr("مرحبا TA-2026-00042 شكرا")
    runs = _visual_text(text, True)
    assert runs == ["شكرا", "TA-2026-00042", "مرحبا"]


def test_phone_number_keeps_its_order_inside_arabic() -> None:
    text = isolate_ltr("اتصل على +32 4 123 45 67 اليوم")
    runs = _visual_text(text, True)
    assert "+32 4 123 45 67" in runs
    assert runs[0] == "اليوم" and runs[-1].startswith("اتصل")


def test_without_isolation_the_phone_number_would_be_scrambled() -> None:
    """Guards the reason for isolate_ltr: plain UBA reorders "32 4 123" inside Arabic."""
    text = "اتصل على 32 4 123 اليوم"
    runs = _visual_text(text, True)
    assert " ".join(r for r in runs if r[0].isdigit()) != "32 4 123"


@pytest.mark.parametrize("lang", list(TEXTS))
def test_every_sample_character_has_a_glyph_in_the_font_chain(lang: str) -> None:
    chain = font_chain(language_info(lang).script)
    from transition_app.documents.fonts import _cmap

    for text in TEXTS[lang]:
        keys = chain.font_keys(text)
        missing = [c for c, k in zip(text, keys, strict=True)
                   if not c.isspace() and ord(c) not in _cmap(chain.faces[k])]
        assert not missing, missing


def test_latin_name_in_tigrinya_uses_the_latin_font() -> None:
    chain = font_chain(Script.ETHIOPIC)
    text = "ምስ CPAS de Liège ተራኸቡ 8"
    keys = chain.font_keys(text)
    assert chain.faces[keys[0]].family == "Noto Sans Ethiopic"
    assert chain.faces[keys[text.index("C")]].family == "Noto Sans"
    assert chain.faces[keys[text.index("8")]].family == "Noto Sans"


PASHTO_LETTERS = "ټډړږښګڼېۍ"


@pytest.mark.parametrize("letter", list(PASHTO_LETTERS))
def test_pashto_letters_have_glyphs(letter: str) -> None:
    run = shape(letter, "TA-NotoSansArabic", True)
    assert run.width > 0
    assert ord(run.text[0]) < 0xE000 or ord(run.text[0]) > 0xF8FF  # a mapped glyph, not .notdef


@pytest.mark.parametrize("word,letter", [("غوښتنه", "ښ"), ("ګټه", "ګ"), ("پاڼې", "ڼ"), ("کورنۍ", "ۍ"),
                                         ("ډېر", "ې")])
def test_pashto_letters_join_inside_words(word: str, letter: str) -> None:
    """HarfBuzz picks the contextual form; arabic-reshaper would leave the isolated letter."""
    isolated = shape(letter, "TA-NotoSansArabic", True).text
    in_word = shape(word, "TA-NotoSansArabic", True).text
    assert isolated not in in_word


def test_shaping_lays_an_rtl_run_out_right_to_left() -> None:
    assert len(shape("لا", "TA-NotoSansArabic", True).text) == 1  # lam-alef ligature
    # "با": visually alef (final form) on the left, then beh (initial form)
    assert shape("با", "TA-NotoSansArabic", True).text == "\ufe8e\ufe91"


def test_layout_breaks_lines_in_logical_order() -> None:
    spec = TextSpec(font_chain(Script.ARABIC), 11, False, True)
    text = " ".join([TEXTS["ar"][1]] * 4)
    lines = layout(text, spec, 200)
    assert len(lines) > 2
    assert all(line.width <= 200 + 1e-6 for line in lines)
    # the rightmost run of the first line is the first word of the paragraph
    first_word = shape("يجب", "TA-NotoSansArabic", True).text
    assert lines[0].runs[-1].run.text.endswith(first_word)
