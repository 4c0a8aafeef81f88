"""Garbage the window makes is freed on the GUI thread, even while a worker thread allocates.

A Qt object freed on another thread than its own corrupts Qt's state and crashes the app
later (app.ui.gui_thread_gc). The import dialog reads and imports on a worker thread, and
reading a report allocates enough to start CPython's collector there if it were left on.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QTimer

from app.ui.application import make_app
from app.ui.import_dialog import Job

ROOT = Path(__file__).resolve().parents[2]


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


CRASH_SCRIPT = """
import sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget
from app.ui.application import make_app
from app.ui.import_dialog import Job

app = make_app()
kept = []

def reading(progress):  # allocates as reading a report does
    kept.append([{"line": i} for i in range(20_000)])

class Box:
    pass

for _ in range(int(sys.argv[1])):
    for _ in range(30):  # garbage of the GUI thread: cycles holding a timer, a document, a widget
        box = Box()
        box.itself = box
        box.timer = QTimer()
        box.timer.start(1)
        box.document = QTextDocument()
        box.document.setHtml("<b>x</b>" * 20)
        box.widget = QWidget()
        box.label = QLabel("y", box.widget)
        box.widget.show()
        box.timer.timeout.connect(box.widget.update)
    del box
    job = Job(reading)
    job.start()
    until = time.monotonic() + 0.05
    while time.monotonic() < until:  # the window keeps drawing meanwhile
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    job.wait()
    kept.clear()
print("survived")
"""


def test_a_worker_reading_while_the_window_has_garbage_does_not_take_the_app_down(tmp_path) -> None:
    """The crash itself, in a child process: before app.ui.gui_thread_gc, the worker's allocations
    collected these cycles on the worker and the app died with a segmentation fault in the first
    round (4 of 4 runs); collected on the GUI thread, 200 rounds ran through (4 of 4)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OBJECTOR_GUIDE_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", CRASH_SCRIPT, "20"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]
