"""Translatable labels for the closed vocabularies of ``domain.enums``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from transition_app.domain.reference import languages, nationality_name
from transition_app.ui.i18n import tr_dynamic, translate, ui_language

CTX = "Labels"

STATUS = {
    "awaiting_decision": QT_TRANSLATE_NOOP("Labels", "Awaiting decision"),
    "transition": QT_TRANSLATE_NOOP("Labels", "In transition"),
    "left": QT_TRANSLATE_NOOP("Labels", "Left the centre"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
}
RELATION = {
    "head": QT_TRANSLATE_NOOP("Labels", "Head of household"),
    "spouse": QT_TRANSLATE_NOOP("Labels", "Spouse"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
    "child": QT_TRANSLATE_NOOP("Labels", "Child"),
    "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
    "sibling": QT_TRANSLATE_NOOP("Labels", "Brother or sister"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
SEX = {
    "F": QT_TRANSLATE_NOOP("Labels", "Female"),
    "M": QT_TRANSLATE_NOOP("Labels", "Male"),
    "X": QT_TRANSLATE_NOOP("Labels", "Other / not stated"),
}
PROTECTION = {
    "refugee": QT_TRANSLATE_NOOP("Labels", "Refugee status"),
    "subsidiary": QT_TRANSLATE_NOOP("Labels", "Subsidiary protection"),
}
BODY = {
    "cgrs": QT_TRANSLATE_NOOP("Labels", "CGRS (Commissioner General)"),
    "call": QT_TRANSLATE_NOOP("Labels", "CALL (Council for Alien Law Litigation)"),
}
CARD = {
    "A": QT_TRANSLATE_NOOP("Labels", "A card (limited stay)"),
    "B": QT_TRANSLATE_NOOP("Labels", "B card (unlimited stay)"),
    "annex15": QT_TRANSLATE_NOOP("Labels", "Annex 15 (temporary proof)"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other document"),
}
CONTACT = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

OPERATOR = {
    "fedasil": QT_TRANSLATE_NOOP("Labels", "Fedasil"),
    "croix_rouge": QT_TRANSLATE_NOOP("Labels", "Croix-Rouge"),
    "rode_kruis": QT_TRANSLATE_NOOP("Labels", "Rode Kruis"),
    "loi": QT_TRANSLATE_NOOP("Labels", "Local reception initiative (LOI/ILA)"),
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
TITLE_FORM = {
    "n": QT_TRANSLATE_NOOP("Labels", "Neutral"),
    "f": QT_TRANSLATE_NOOP("Labels", "Feminine"),
    "m": QT_TRANSLATE_NOOP("Labels", "Masculine"),
}


def label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return tr_dynamic(CTX, table[code]) if code in table else code


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(translated label, code) pairs for a combo box, in the table's order."""
    return [(tr_dynamic(CTX, text), code) for code, text in table.items()]


def language_name(code: str) -> str:
    """A language's name in the interface language (CLDR via Babel), falling back to English."""
    from babel import Locale, UnknownLocaleError

    lang = languages().get(code)
    if lang is None:
        return code
    ui = ui_language()
    if ui == "en":
        return lang.name_en
    try:
        name = Locale.parse(lang.babel_locale).get_display_name(ui)
    except (UnknownLocaleError, ValueError):
        name = None
    if code == "prs":  # CLDR names Dari "Persian (Afghanistan)"
        name = translate("Labels", "Dari")
    return (name or lang.name_en)[:1].upper() + (name or lang.name_en)[1:]


def country_name(code: str) -> str:
    try:
        return nationality_name(code, ui_language())
    except ValueError:
        return code
