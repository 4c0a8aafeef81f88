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
on the GUI thread runs the passes it would have run, by its own thresholds, as pyqtgraph's
GarbageCollector does. The reverse holds too: a worker thread must not make Qt objects that can
end up in a cycle, since those are now freed on the GUI thread.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer

# Often enough that a session holds no more garbage than with CPython's own timing (the memory
# benchmark's scripted session, app.ui.bench_session: 87.6 against 87.7 MB), rarely enough to
# cost nothing measurable when the app is idle.
INTERVAL_MS = 100

_timer: QTimer | None = None


def collect_due() -> int:
    """Run the pass CPython's allocator would start now: the oldest generation whose count is
    over its threshold (generation 0 counts the objects made since its last pass, each older one
    the passes of the one below). Unlike CPython 3.8-3.13, a full pass is not put off while few
    long-lived objects are new (Python code cannot read that count): at one tick per 100 ms that
    is at most one full pass per ~13 s of steady allocation, over what was not frozen. Written
    for the generational collector of 3.10-3.13 (the app ships 3.11); 3.14's incremental one
    counts differently. Returns the number of objects found unreachable."""
    if gc.isenabled():  # should anything have turned automatic collection back on
        gc.disable()
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[0] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


def collect_on_gui_thread(app: QCoreApplication, *, start: bool = True) -> None:
    """Turn CPython's automatic collection off and collect from a timer on `app`'s thread.

    Called where the app makes its QApplication (app.ui.application.make_app); a second call
    with the same QApplication makes no second timer. With `start=False` (the window's start,
    which runs no pass until it has painted, #19) the timer waits for `start_collecting`."""
    global _timer
    gc.disable()
    if _timer is None or not shiboken6.isValid(_timer):  # none yet, or its QApplication was deleted
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


def timer_running() -> bool:
    """Whether the GUI thread's timer collects now (not merely made, waiting for the window to paint)."""
    return _timer is not None and _timer.isActive()
