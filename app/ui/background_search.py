"""Run the imports search off the GUI thread and hand its answer back in the GUI thread.

The rules (which query is current, which answer is outdated, how hits merge) live in
`app.session.search_controller`; this is only the Qt half: one worker thread, one job at
a time (a newer job waits for the running one, which the controller has interrupted), and
a queued signal that brings the result back to the thread that owns the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

T = TypeVar("T")


class BackgroundRunner(QObject):
    """`runner(job, deliver)`: `job()` runs in a worker thread, `deliver(result)` in the GUI thread."""

    _finished = Signal(object, object)  # deliver, result

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None  # made with the first job: not a cost of the start (#19)
        self._closed = False
        # a slot of this object, which lives in the GUI thread: the signal emitted from the
        # worker is queued and delivered there
        self._finished.connect(self._deliver)

    def __call__(self, job: Callable[[], T], deliver: Callable[[T], None]) -> None:
        if not self._closed:
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="imports-search")
            self._pool.submit(self._run, job, deliver)

    def _run(self, job: Callable[[], Any], deliver: Callable[[Any], None]) -> None:
        result = job()
        if not self._closed:
            self._finished.emit(deliver, result)

    @Slot(object, object)
    def _deliver(self, deliver: Callable[[Any], None], result: Any) -> None:
        if not self._closed:
            deliver(result)

    def shutdown(self) -> None:
        """At quit: jobs not started are dropped, the running one is waited for."""
        self._closed = True
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
