"""Which Qt platform a headless command uses, and how Qt paints: decided here, before any
QApplication exists.

No Qt import: the command line calls this before it loads Qt. A platform the user chose
always wins: QT_QPA_PLATFORM is left alone, and Qt prefers `-platform` on the command line
to the variable anyway.
"""

from __future__ import annotations

import os
import sys

from app import env


def has_display() -> bool:
    """False on Linux with neither an X11 nor a Wayland display (ssh, CI, a container);
    Windows and macOS always have a screen to draw on."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def use_offscreen_unless_shown(shows_window: bool) -> None:
    """Draw offscreen when nothing will be seen: the self-test's window on a machine with no
    display (instead of failing to start), and a PDF (`sheet`) always, which needs no screen
    and so never talks to a window system."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not shows_window or not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def paint_on_one_thread() -> None:
    """Keep Qt's fills on the thread that paints (env.NO_GUI_THREADPOOL; app.ui.application.make_app
    calls this).

    The first paint's toolbar alone started two pool threads, and handing them fills smaller
    than the hand-off cost ~200 context switches: the first paint pass took 12.0 ms with the
    pool and 5.7 ms without (median of 25 starts each), and a whole keystroke in the window
    (query and results list) p50 5.2-6.5 ms with it, 2.4-2.6 ms without (three runs each; 2
    cores, offscreen; on an X11 display, Xvfb, 5.4-7.1 ms and 2.6-3.7 ms; #19). Child processes
    would inherit the variable; the app starts none."""
    os.environ.setdefault(env.NO_GUI_THREADPOOL, "1")
