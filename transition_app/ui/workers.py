"""Run a plain service call off the GUI thread and deliver its result back to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to on_failure
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_in_background(owner: QObject, fn: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None]) -> _Job:
    """``fn`` must not touch widgets; the callbacks run on the GUI thread."""
    job = _Job(fn)
    job.setAutoDelete(False)
    job.signals.setParent(owner)
    job.signals.done.connect(on_success)
    job.signals.failed.connect(on_failure)
    QThreadPool.globalInstance().start(job)
    return job
