"""The Qt half of the self-test and the startup benchmark hook.

- `capture_messages()` collects Qt warnings while the self-test runs (any unexpected one fails it);
- `show_and_close_main_window(book)` shows the main window, waits for its first paint, closes it;
- `render_icon(path)` proves the SVG icon engine/image plugins made it into the bundle;
- `exit_after_first_paint(window)` is the OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1 hook: print
  "first-paint <seconds>" on stdout when the window has painted once, then quit.
"""

from __future__ import annotations

import contextlib
import re
import sys
import time
from typing import Any, Iterator

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

EXIT_AFTER_PAINT_ENV = "OBJECTOR_GUIDE_EXIT_AFTER_PAINT"

# Qt messages that are expected and harmless, each with the reason it is allowed.
ALLOWED_MESSAGES: tuple[tuple[str, str], ...] = (
    # No window manager to pass size hints to (offscreen platform in CI, bare Xvfb).
    (r"^This plugin does not support propagateSizeHints\(\)", "no window manager"),
    (r"^This plugin does not support (raise|grabbing the keyboard)\(\)", "no window manager"),
)

_collected: list[str] = []


def _handler(mode: QtMsgType, context: Any, message: str) -> None:
    if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        return
    if any(re.search(pattern, message) for pattern, _ in ALLOWED_MESSAGES):
        return
    _collected.append(f"{mode.name}: {message}")


@contextlib.contextmanager
def capture_messages() -> Iterator[list[str]]:
    """Collect Qt warnings (instead of printing them) until the block ends."""
    _collected.clear()
    previous = qInstallMessageHandler(_handler)
    try:
        yield _collected
    finally:
        qInstallMessageHandler(previous)


def collected_messages() -> list[str]:
    return list(_collected)


def application() -> QApplication:
    """The running QApplication, or a new one set up exactly as the app sets it up (fonts, icon)."""
    app = QApplication.instance()
    if app is None:
        from app.ui.application import make_app

        app = make_app()  # with the command line: `-platform offscreen` reaches Qt
    assert isinstance(app, QApplication)
    return app


class _PaintWatcher(QObject):
    """Notes when the watched window (or any child) is painted for the first time."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted_at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self.painted_at is None and event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def _main_window(book: Any) -> QWidget:
    """The window `objector-guide` opens, built the same way (settings, translations)."""
    from app.ui.application import create_main_window

    return create_main_window(book)


def show_and_close_main_window(book: Any, timeout_ms: int = 10_000) -> str:
    app = application()
    started = time.perf_counter()
    window = _main_window(book)
    what = type(window).__name__
    watcher = _PaintWatcher(window)
    window.installEventFilter(watcher)
    window.show()
    clock = QElapsedTimer()
    clock.start()
    while watcher.painted_at is None and clock.elapsed() < timeout_ms:
        app.processEvents()
        time.sleep(0.002)
    painted = watcher.painted_at
    window.removeEventFilter(watcher)
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    if painted is None:
        raise RuntimeError(f"{what} was not painted within {timeout_ms / 1000:.0f} s")
    return f"{what} painted after {(painted - started) * 1000:.0f} ms on '{app.platformName()}'"


def render_icon(svg_path: Any) -> str:
    from PySide6.QtGui import QIcon

    application()
    icon = QIcon(str(svg_path))
    pixmap = icon.pixmap(64, 64)
    if icon.isNull() or pixmap.isNull():
        raise RuntimeError(f"cannot render {svg_path} (SVG icon plugin missing?)")
    return f"{pixmap.width()}×{pixmap.height()} px from {svg_path.name if hasattr(svg_path, 'name') else svg_path}"


class _ExitAfterPaint(_PaintWatcher):
    def __init__(self, window: QWidget, stream: Any) -> None:
        super().__init__(window)
        self.stream = stream
        self.started = time.perf_counter()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self.painted_at is None and event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
            QTimer.singleShot(0, self._done)  # after this paint has reached the screen
        return False

    def _done(self) -> None:
        self.stream.write(f"first-paint {self.painted_at - self.started:.4f}\n")
        self.stream.flush()
        QApplication.exit(0)


def exit_after_first_paint(window: QWidget, stream: Any = None) -> None:
    """Benchmark hook: after the first paint, print 'first-paint <seconds since this call>' and quit.

    tests/perf/startup.py measures the real cold start (process spawn to this line) from outside.
    """
    window.installEventFilter(_ExitAfterPaint(window, stream or sys.stdout))


def maybe_exit_after_first_paint(window: QWidget) -> None:
    """Call once the main window is shown: does nothing unless OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1."""
    import os

    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        exit_after_first_paint(window)
