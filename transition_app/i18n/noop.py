"""Marking strings for translation without importing Qt.

``pyside6-lupdate`` extracts ``QT_TRANSLATE_NOOP("Context", "text")`` calls by name,
so the Qt-free core marks its user-facing messages with this identity function and
the UI translates them with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    return text
