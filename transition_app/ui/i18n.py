"""Interface language: Qt Linguist catalogs for our strings and Qt's own (qtbase)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from transition_app.assets import translation_path

UI_LANGUAGES = ("en", "fr", "nl")
_installed: list[QTranslator] = []  # keep references: Qt does not own them


def tr_dynamic(context: str, text: str) -> str:
    """Translate a string marked elsewhere with QT_TRANSLATE_NOOP (context and text are variables)."""
    return QCoreApplication.translate(context, text)


translate = QCoreApplication.translate  # for literals: lupdate extracts translate("Context", "text")


def ui_language() -> str:
    """Two-letter code of the interface language ("en" for Qt's C locale)."""
    code = QLocale().name().split("_")[0]
    return "en" if code in ("C", "c", "") else code


def pick_language(requested: str | None) -> str:
    if requested:
        return requested if requested in UI_LANGUAGES else "en"
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install(app: QApplication, language: str) -> str:
    """Load the catalogs for ``language`` (English needs none) and set the layout direction."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(translation_path(f"transition_app_{language}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    locale = QLocale(f"{language}_BE") if language in ("fr", "nl", "de", "en") else QLocale(language)
    QLocale.setDefault(locale)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    return language
