"""Know when a window has first been painted: for the self-test and for the startup benchmark.

- `PaintWatcher` notes the moment a window (or any child) is painted for the first time;
- `exit_after_first_paint_if_asked(window)` is the OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1 hook the
  app calls once its window is shown: print "first-paint <seconds>" on stdout when the window
  has painted once, then quit. tests/perf/startup.py measures the real cold start (process
  spawn to that line) from outside.

Its own module so that app.ui.application (which calls the hook) and app.ui.smoke (which
builds the window through app.ui.application) do not import each other.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.env import EXIT_AFTER_PAINT as EXIT_AFTER_PAINT_ENV


class PaintWatcher(QObject):
    """Notes when the watched window (or any child) is painted for the first time."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted_at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self.painted_at is None and event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


class _ExitAfterPaint(PaintWatcher):
    def __init__(self, window: QWidget, stream: Any, label: str = "first-paint") -> None:
        super().__init__(window)
        self.stream = stream
        self.label = label
        self.started = time.perf_counter()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self.painted_at is None and event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
            QTimer.singleShot(0, self._done)  # after this paint has reached the screen
        return False

    def _done(self) -> None:
        assert self.painted_at is not None
        self.stream.write(f"{self.label} {self.painted_at - self.started:.4f}\n")
        self.stream.flush()
        QApplication.exit(0)


def exit_after_first_paint(window: QWidget, stream: Any = None, label: str = "first-paint") -> None:
    """After `window`'s first paint, print '<label> <seconds since this call>' and quit."""
    window.installEventFilter(_ExitAfterPaint(window, stream or sys.stdout, label))


def exit_after_first_result_if_asked(results: Any) -> None:
    """With OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1: print "first-result <seconds>" once the results
    list's delegate draws its first row, then quit. The delegate says so itself: a filter on the
    list's viewport would put every viewport event through Python, and asking for the viewport
    makes PySide name its private class (~10 ms), a cost of the measurement, not of the app."""
    if os.environ.get(EXIT_AFTER_PAINT_ENV) != "1":
        return
    started = time.perf_counter()

    def painted() -> None:
        drawn = time.perf_counter()

        def done() -> None:
            sys.stdout.write(f"first-result {drawn - started:.4f}\n")
            sys.stdout.flush()
            QApplication.exit(0)

        QTimer.singleShot(0, done)  # after this paint has reached the screen

    results.itemDelegate().on_first_paint = painted


def exit_after_first_paint_if_asked(window: QWidget) -> None:
    """Call once the main window is shown: does nothing unless OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1.
    (With --search the first result counts instead: exit_after_first_result_if_asked.) With
    OBJECTOR_GUIDE_EXIT_AFTER_PAINT=session, the scripted session of app.ui.bench_session runs
    after the first paint, then "session-done" is printed and the app quits."""
    asked = os.environ.get(EXIT_AFTER_PAINT_ENV)
    if asked == "1":
        exit_after_first_paint(window)
    elif asked == "session":
        def session() -> None:
            from app.ui.bench_session import run_session

            run_session(window)
            sys.stdout.write("session-done\n")
            sys.stdout.flush()
            QApplication.exit(0)

        QTimer.singleShot(0, session)
