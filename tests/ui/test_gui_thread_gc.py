"""Garbage the window makes is freed on the GUI thread, even while a worker thread allocates.

A Qt object freed on another thread than its own corrupts Qt's state and crashes the app
later (app.ui.gui_thread_gc). The import dialog reads and imports on a worker thread, and
reading a report allocates enough to start CPython's collector there if it were left on.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer

from app.ui.application import make_app
from app.ui.import_dialog import Job


class Marker:
    """Notes the thread it is freed on."""

    freed_on: list[str] = []

    def __del__(self) -> None:
        Marker.freed_on.append(threading.current_thread().name)


READ: list[dict] = []


def busy_reading(progress) -> int:
    """What reading a report does to the collector's count: many small containers, kept (the
    preview lives on in the dialog)."""
    READ.extend({"line": i, "words": [str(i)]} for i in range(50_000))
    return len(READ)


def test_the_windows_garbage_is_freed_on_the_gui_thread_while_a_worker_allocates(qtbot) -> None:
    make_app()
    gc.collect()
    Marker.freed_on.clear()
    holder = Marker()
    holder.itself = holder  # a reference cycle: only the collector frees it
    holder.timer = QTimer()  # with a Qt object of the GUI thread in it, as a widget's would be
    del holder
    job = Job(busy_reading)
    try:
        job.start()
        assert job.wait(20_000)  # the GUI thread only waits: whatever collects now, collects on the worker
        assert Marker.freed_on == [], "the worker's allocations started a collection on the worker"
        qtbot.waitUntil(lambda: bool(Marker.freed_on), timeout=5000)
        assert Marker.freed_on == [threading.main_thread().name]
    finally:
        READ.clear()


def test_a_session_keeps_no_garbage_while_the_window_runs(qtbot) -> None:
    """Automatic collection is off; the GUI thread's timer still frees cycles, so a long session
    does not grow."""
    make_app()
    gc.collect()

    class Node:
        pass

    refs = []
    for _ in range(5000):
        node = Node()
        node.itself = node
        refs.append(weakref.ref(node))
    del node
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=5000)
