"""Logging to a rotating file in the data folder.

The application logs events (what happened, ids, counts), never names or other
personal data; SQLAlchemy's parameter values are hidden at the engine.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup_logging(log_dir: Path, verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_transition_app", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "transition-app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler._transition_app = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
