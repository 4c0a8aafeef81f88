"""Cyclic garbage is collected on the GUI thread, never on a worker thread.

CPython runs a collection in whichever thread crosses its allocation threshold. The import
dialog's reading and importing and the imports search run on worker threads and allocate a
lot, so a collection could start there and free a Qt object the GUI thread made (a widget, a
timer, a document caught in a reference cycle). Qt objects must be deleted on the thread they
live on: freed on another one, they corrupt Qt's state while the GUI thread is using it, and
the app crashes later, somewhere else. CI saw this once (stop 33: a segmentation fault while
collecting garbage, during the import dialog's tests). Made on purpose, 30 such cycles per
round collected by a worker took the GUI thread down within 200 rounds; collected on the GUI
thread, none did.

So for as long as the QApplication lives, CPython's automatic collection stays off and a timer
on the GUI thread runs the passes it would have run, by its own thresholds. pyqtgraph's
GarbageCollector and calibre do the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

# Often enough that a session holds no more garbage than with CPython's own timing (the memory
# benchmark's scripted session; app.ui.bench_session), rarely enough to cost nothing measurable
# when the app is idle.
INTERVAL_MS = 100

_timer: QTimer | None = None


def collect_due() -> int:
    """Collect the oldest generation whose count is over its threshold, as CPython would at
    this allocation: generation 0 counts the objects made since its last pass, each older one
    the passes of the one below. Returns the number of objects found unreachable."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[0] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


def collect_on_gui_thread(app: QCoreApplication, *, start: bool = True) -> None:
    """Turn CPython's automatic collection off and collect from a timer on `app`'s thread.

    Called where the app makes its QApplication (app.ui.application.make_app); a second call
    changes nothing. With `start=False` (the window's start, which runs no pass until it has
    painted, #19) the timer waits for `start_collecting`."""
    global _timer
    if _timer is None:
        gc.disable()
        _timer = QTimer(app)
        _timer.setObjectName("guiThreadGarbageCollector")
        _timer.timeout.connect(collect_due)
    if start:
        start_collecting()


def start_collecting() -> None:
    if _timer is not None and not _timer.isActive():
        _timer.start(INTERVAL_MS)


def collecting_on_gui_thread() -> bool:
    """Whether automatic collection is off because the GUI thread collects (or will, once the
    window has painted)."""
    return _timer is not None
