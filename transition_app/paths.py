"""Where the application keeps its data, settings, logs and backups.  Qt-free.

Override order: ``--data-dir`` on the command line, then ``TRANSITION_APP_HOME``,
then the platform's user data folder (platformdirs).  Nothing happens at import
time: ``init()`` is called from ``main()`` (or by tests with a temporary folder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_HOME = "TRANSITION_APP_HOME"


class AppPaths:
    """The application's folders under one root.  (A plain class, not a dataclass: this
    module is on the start-up path and ``dataclasses`` costs a few milliseconds to import.)"""

    __slots__ = ("root",)

    def __init__(self, root: Path):
        self.root = root

    def __repr__(self) -> str:
        return f"AppPaths({str(self.root)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AppPaths) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    @property
    def database(self) -> Path:
        return self.root / "transition.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def config(self) -> Path:
        return self.root / "config"

    @property
    def ui_state(self) -> Path:
        return self.config / "ui-state.ini"

    def ensure(self) -> AppPaths:
        old = os.umask(0o077)
        try:
            for p in (self.root, self.backups, self.logs, self.config):
                p.mkdir(parents=True, exist_ok=True, mode=0o700)
        finally:
            os.umask(old)
        return self


def _under_pytest() -> bool:
    return "pytest" in sys.modules or "PYTEST_CURRENT_TEST" in os.environ


def resolve_root(data_dir: str | os.PathLike[str] | None = None) -> Path:
    if data_dir:
        return Path(data_dir).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("transition-app", appauthor=False)).resolve()


def init(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve and create the data folders (mode 0700)."""
    root = resolve_root(data_dir)
    if _under_pytest() and os.environ.get("TRANSITION_APP_ALLOW_REAL_HOME") != "1":
        import tempfile

        tmp = Path(tempfile.gettempdir()).resolve()
        if tmp not in root.parents and root != tmp:
            raise RuntimeError(f"refusing to use {root} under pytest: pass a temporary --data-dir")
    return AppPaths(root).ensure()
