"""A long service call off the GUI thread, with progress and cancel.

    job = ProgressJob(lambda progress: service.issue_batch(..., progress=progress), parent=self)
    job.progressed.connect(bar_update)      # (done, total), on the GUI thread
    job.finished_with.connect(on_done)      # the result
    job.failed.connect(on_error)            # the exception
    job.start(); ... job.cancel()

``fn`` receives a ``progress(done, total) -> bool`` callable to call from the worker
thread; it returns ``False`` once :meth:`cancel` was called, and ``fn`` stops there.
``fn`` must not touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class ProgressJob(QThread):
    progressed = Signal(int, int)
    finished_with = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Callable[[int, int], bool]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            self.failed.emit(exc)
        else:
            self.finished_with.emit(result)
