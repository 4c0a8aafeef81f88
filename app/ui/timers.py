"""A QTimer behind the plain `Timer` protocol of app.session.debounce."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class QtTimer:
    """Single-shot: `start(ms, callback)` replaces whatever was scheduled; runs in the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._callback: Callable[[], None] | None = None
        self._timer.timeout.connect(self._timeout)

    def start(self, ms: int, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._timer.start(ms)

    def stop(self) -> None:
        self._timer.stop()

    def _timeout(self) -> None:
        if self._callback is not None:
            self._callback()
