"""Interface language: Qt Linguist catalogs for our strings and Qt's own (qtbase).

Each person chooses their language in Settings; it is kept with their account and installed once
they have signed in (``ui.language_switch``, which also switches it while the application runs).
``config/ui-state.ini`` keeps the computer's last language, which the sign-in window shows;
``gui --lang`` overrides both; before anyone chose, the system's preferred languages, else English.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from transition_app.assets import resource_path, translation_path
from transition_app.domain.languages import registry
from transition_app.i18n import INTERFACE_LANGUAGES

UI_LANGUAGES = INTERFACE_LANGUAGES
# Each language by its own name (endonym): someone who cannot read the current language finds theirs.
LANGUAGE_NAMES = {c: registry()[c].name_native for c in INTERFACE_LANGUAGES}
LANGUAGE_KEY = "interface/language"  # in the UiState INI file: the sign-in window's language
_LOCALES = {c: registry()[c].ui_locale for c in INTERFACE_LANGUAGES}
_installed: list[QTranslator] = []  # keep references: Qt does not own them
_fonts_added: list[int] = []


class LiveText(str):
    """A translated text that remembers what it was translated (and formatted) from, so that it can
    be translated again when the person switches the interface language without restarting
    (``ui.language_switch``).  It is a ``str`` in every other respect."""

    __slots__ = ("origin",)
    origin: tuple[object, ...]

    def format(self, *args: object, **kwargs: object) -> LiveText:  # type: ignore[override]
        return _remember(LiveText(str.format(self, *args, **kwargs)), ("format", self, args, kwargs))


_MEMORY_SIZE = 20_000  # texts remembered (the oldest go first): menus, labels, recent messages
_memory: dict[str, LiveText] = {}


def _remember(text: LiveText, origin: tuple[object, ...]) -> LiveText:
    text.origin = origin
    _memory[text] = text  # one atomic step (worker threads translate too); the same text keeps its place
    if len(_memory) > _MEMORY_SIZE:
        try:
            _memory.pop(next(iter(_memory)), None)
        except (RuntimeError, StopIteration):  # another thread changed it meanwhile: next time
            pass
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> LiveText:
    """``QCoreApplication.translate`` for literals (lupdate extracts ``translate("Context", "text")``),
    remembered so that a language switch can translate the text again where it is shown."""
    translated = (QCoreApplication.translate(context, text) if disambiguation is None and n == -1
                  else QCoreApplication.translate(context, text, disambiguation, n))
    return _remember(LiveText(translated), ("tr", context, text, disambiguation, n))


def tr_dynamic(context: str, text: str) -> LiveText:
    """Translate a string marked elsewhere with QT_TRANSLATE_NOOP (context and text are variables)."""
    return translate(context, text)


def retranslated(text: str) -> str | None:
    """``text`` (as shown) in the current language, if it came from ``translate``; else None."""
    live = _memory.get(text)
    return None if live is None else _again(live)


def _again(live: LiveText) -> LiveText:
    origin = live.origin
    if origin[0] == "tr":
        _kind, context, source, disambiguation, n = origin
        return translate(context, source, disambiguation, n)  # type: ignore[arg-type]
    _kind, base, args, kwargs = origin

    def value(v: object) -> object:
        return _again(v) if isinstance(v, LiveText) else v

    return _again(base).format(*(value(a) for a in args),  # type: ignore[arg-type,union-attr]
                               **{k: value(v) for k, v in kwargs.items()})  # type: ignore[union-attr]


def ui_language() -> str:
    """Two-letter code of the interface language ("en" for Qt's C locale)."""
    code = QLocale().name().split("_")[0]
    return "en" if code in ("C", "c", "") else code


def saved_language(settings: QSettings) -> str | None:
    """The language chosen in Settings, if any (and still offered)."""
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in UI_LANGUAGES else None


def save_language(settings: QSettings, language: str) -> None:
    if language not in UI_LANGUAGES:
        raise ValueError(f"not an interface language: {language!r}")
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def system_language(preferred: Iterable[str] | None = None) -> str:
    """The first of the system's preferred languages that the interface has, else English."""
    for name in QLocale.system().uiLanguages() if preferred is None else preferred:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


def pick_language(requested: str | None, saved: str | None = None,
                  preferred: Iterable[str] | None = None) -> str:
    """``--lang`` if given, else the saved choice, else the system's language (first run)."""
    if requested:
        return requested if requested in UI_LANGUAGES else "en"
    return saved if saved in UI_LANGUAGES else system_language(preferred)


@cache
def is_draft(language: str) -> bool:
    """True when the language's catalog still holds translations not reviewed by a translator
    (Qt Linguist's "unfinished" mark; the compiled .qm does not keep it, the .ts does)."""
    if language == "en":
        return False
    try:
        text = translation_path(f"transition_app_{language}.ts").read_text(encoding="utf-8")
    except OSError:
        return False
    return 'type="unfinished"' in text


def _arabic_font(app: QApplication) -> None:
    """Arabic text needs a font with Arabic glyphs: Noto Sans Arabic, from resources/fonts
    when the system lacks it; Latin text keeps the usual font (per-character fallback)."""
    from PySide6.QtGui import QFontDatabase

    if "Noto Sans Arabic" not in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic) and not _fonts_added:
        for name in ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"):
            _fonts_added.append(QFontDatabase.addApplicationFont(str(resource_path("fonts", name))))
    font = app.font()
    if "Noto Sans Arabic" not in font.families():
        font.setFamilies([*font.families(), "Noto Sans Arabic"])
        app.setFont(font)


def install(app: QApplication, language: str) -> str:
    """Load the catalogs for ``language`` and set the locale and the layout direction."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language if language in UI_LANGUAGES else "en"
    # English has a catalog too: the plural forms of the source texts ("1 family", "%n families")
    ours = QTranslator(app)
    if ours.load(str(translation_path(f"transition_app_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)  # Qt's own texts: standard buttons, file dialogs, context menus
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    locale = QLocale(_LOCALES[language])
    QLocale.setDefault(locale)
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        _arabic_font(app)
    app.setLayoutDirection(locale.textDirection())  # Arabic: the whole interface right to left
    return language


def draft_note(window: QMainWindow) -> QLabel | None:
    """A small permanent note in the status bar when the interface language is a draft."""
    language = ui_language()
    if not is_draft(language):
        return None
    label = QLabel(translate("I18n", "Translation: draft, not yet reviewed"), window)
    label.setObjectName("draftTranslationNote")
    label.setToolTip(translate(
        "I18n", "The texts of this interface in {language} are draft translations that a qualified "
        "translator has not reviewed yet. Tell your coordinator about any text that is unclear or wrong."
    ).format(language=LANGUAGE_NAMES.get(language, language)))
    window.statusBar().addPermanentWidget(label)
    return label
