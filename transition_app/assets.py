"""The one place that knows where ``resources/`` and ``translations/`` live.

In a checkout they sit next to the package; in an installed wheel they are copied
into ``transition_app/_data/`` (see ``pyproject.toml``).  Qt-free.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """Folder holding ``resources/`` and ``translations/``."""
    installed = _PACKAGE_DIR / "_data"
    if (installed / "resources").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def _safe_join(base: Path, parts: tuple[str, ...]) -> Path:
    rel = PurePosixPath(*parts) if parts else PurePosixPath()
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"asset path must be relative and inside the data folder: {rel}")
    return base.joinpath(*rel.parts)


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under ``resources/``."""
    return _safe_join(data_root() / "resources", parts)


def translation_path(*parts: str) -> Path:
    """Path of a file or folder under ``translations/``."""
    return _safe_join(data_root() / "translations", parts)
