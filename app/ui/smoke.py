"""The Qt half of the self-test: the window, the icon and the Qt warnings, checked headless.

- `capture_messages()` collects Qt warnings while the self-test runs (any unexpected one fails it);
- `show_and_close_main_window(book)` shows the main window, waits for its first paint, closes it;
- `render_icon(path)` proves the icon's image plugin made it into the bundle;
- `file_dialog_leaves_no_trace(folder)` closes a real Qt file dialog and checks its history is gone.

The startup benchmark hook (OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1) is app.ui.first_paint: the
app calls it, and this module builds the window through the app (app.ui.application).
"""

from __future__ import annotations

import contextlib
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QtMsgType, qInstallMessageHandler

from app.ui.application import application, create_main_window
from app.ui.first_paint import PaintWatcher

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


def show_and_close_main_window(book: Any, timeout_ms: int = 10_000) -> str:
    app = application()
    started = time.perf_counter()
    window = create_main_window(book)  # the window `objector-guide` opens, built the same way
    what = type(window).__name__
    watcher = PaintWatcher(window)
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


def render_icon(path: Any) -> str:
    from PySide6.QtGui import QIcon

    application()
    icon = QIcon(str(path))
    pixmap = icon.pixmap(64, 64)
    if icon.isNull() or pixmap.isNull():
        raise RuntimeError(f"cannot render {path} (image format plugin missing?)")
    return f"{pixmap.width()}×{pixmap.height()} px from {path.name if hasattr(path, 'name') else path}"


def file_dialog_leaves_no_trace(folder: Any) -> str:
    """A real Qt file dialog made and closed as the app does (app.ui.file_dialogs), after going
    to `folder`: Qt must have saved a history (else this proves nothing), that history must not
    name `folder`, and after the wipe nothing of it may be left; on Windows no key of Qt's may
    stay in the registry unless it was there before."""
    from PySide6.QtCore import QSettings, QUrl

    from app.ui.file_dialogs import forget_dialog_history, forget_where_it_was, make_dialog
    from app.userdata.registry_traces import QT_KEYS, key_exists

    application()
    had = {key: key_exists(key) for key in QT_KEYS}
    dialog = make_dialog(None, "self-test", str(folder), "", save=True)
    dialog.setDirectory(str(folder))  # as a counsellor who went to a client's folder
    dialog.setSidebarUrls([*dialog.sidebarUrls(), QUrl.fromLocalFile(str(folder))])  # and dragged it to the side bar
    forget_where_it_was(dialog)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    written = " ".join(str(settings.value(f"FileDialog/{key}")) for key in ("lastVisited", "history", "shortcuts"))
    where = settings.fileName()
    del settings
    if written == "None None None":
        raise RuntimeError(f"Qt's file dialog saved no history in {where}: this check would prove nothing")
    if Path(folder).name in written:
        raise RuntimeError(f"the folder the dialog went to reached {where}")
    forget_dialog_history()
    if sys.platform == "win32":  # read the registry itself: reading through QSettings makes the keys again
        left = key_exists(QT_KEYS[0])
    else:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        left = settings.value("FileDialog/lastVisited")
        del settings
    if left:
        raise RuntimeError(f"the file dialog's history is still in {where}")
    stayed = [key for key in QT_KEYS if key_exists(key) and not had[key]]
    if stayed:
        raise RuntimeError("Qt's registry keys stayed: " + ", ".join(stayed))
    return (f"only the root folder reached {where}, then wiped"
            + ("; no Qt registry key left" if sys.platform == "win32" else ""))
