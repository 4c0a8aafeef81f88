"""Every environment variable the project reads, and the one it sets for Qt, named once.

The app reads the first group; tests, dev.sh and the build scripts read the second (they
are listed so that one file answers "what does OBJECTOR_GUIDE_… do?"); the third is Qt's, which
the app sets for itself. Code in app/ uses these constants, never the literal names:
tests/unit/test_one_home.py fails on a literal and on a name used anywhere in the repository
that is not listed here.
"""

from __future__ import annotations

# --- read by the app
DATA_DIR = "OBJECTOR_GUIDE_DATA_DIR"  # user data (settings, bookmarks, imports) in this folder; --data-dir sets it
PORTABLE = "OBJECTOR_GUIDE_PORTABLE"  # "1": user data beside the executable (a USB stick); --portable sets it
DEBUG = "OBJECTOR_GUIDE_DEBUG"  # set: an internal error prints its traceback, not only one line
# "1": print "first-paint <s>" once the window is painted, quit; "session": run the memory
# benchmark's scripted session (app/ui/bench_session.py) first
EXIT_AFTER_PAINT = "OBJECTOR_GUIDE_EXIT_AFTER_PAINT"

# --- read by tests, dev.sh and build scripts, never by the app
FUZZ_EXAMPLES = "OBJECTOR_GUIDE_FUZZ_EXAMPLES"  # inputs per fuzz target (tests/fuzz; dev.sh fuzz --short: 300)
FUZZ_RANDOM = "OBJECTOR_GUIDE_FUZZ_RANDOM"  # "1": fresh random fuzz inputs instead of the fixed seed
LONG = "OBJECTOR_GUIDE_LONG"  # "1": the long fault-injection runs (tests/adversarial: 20 kill rounds, not 3)
SCREENSHOTS = "OBJECTOR_GUIDE_SCREENSHOTS"  # folder the screenshot tests save into (docs/screenshots)
WINEPREFIX = "OBJECTOR_GUIDE_WINEPREFIX"  # the Wine prefix build/windows.py builds and tests the Windows release in

# --- set by the app for Qt (app.ui.qt_platform.paint_on_one_thread), before anything is painted
# Qt's raster engine hands every fill of 96 spans or more (and large image scaling and
# conversions) to a pool of GUI threads and waits for them (QGuiApplicationPrivate::
# qtGuiThreadPool). Qt reads this variable once, at its first use of that pool, and only checks
# that it is there: any value, even "0", turns the pool off.
NO_GUI_THREADPOOL = "QT_NO_GUI_THREADPOOL"

APP_NAMES: tuple[str, ...] = (DATA_DIR, PORTABLE, DEBUG, EXIT_AFTER_PAINT)
ALL_NAMES: tuple[str, ...] = (*APP_NAMES, FUZZ_EXAMPLES, FUZZ_RANDOM, LONG, SCREENSHOTS, WINEPREFIX)
