"""What the window's start leaves out or puts off (#19) is still right.

The start runs without cyclic garbage collection (a timer on the GUI thread collects from then
on), and makes no Qt class the first frame does
not need (PySide builds each class's Python enums when it is first used, ~0.7 M instructions
per enum), and the app's icon is set only once the
window is on screen; both must come back, or a long session would grow without bound and the
title bar would show no icon. The start page comes from the cache
folder once it has been drawn, so Jinja2 loads after the first paint.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.env import NO_GUI_THREADPOOL

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import gc, os, sys
from PySide6.QtWidgets import QApplication
import app.ui.application as application

seen = {}
PUT_OFF = ("QTextDocument", "QScrollBar", "QSizePolicy", "QListWidget", "QListWidgetItem", "QStyledItemDelegate",
           "QToolButton", "QSettings", "QByteArray", "QKeySequence", "QShortcut")
real_after_start = application.after_start
real_make_app = application.make_app

def passes():
    return sum(generation["collections"] for generation in gc.get_stats())

def make_app(*args, **kwargs):
    made = real_make_app(*args, **kwargs)
    seen["gc passes at make_app"] = passes()
    return made

application.make_app = make_app

def after_start(*args):
    seen["jinja2 before paint"] = "jinja2" in sys.modules
    seen["gc during start"] = gc.isenabled()
    seen["gc passes from make_app to settle"] = passes() - seen.pop("gc passes at make_app")
    real_after_start(*args)
    from app.ui.gui_thread_gc import timer_running
    seen["gc after start"] = "automatic" if gc.isenabled() else "gui thread" if timer_running() else "off"
    window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
    seen["window icon"] = not window.windowIcon().isNull()  # set once the window is on screen
    print(seen, flush=True)
    QApplication.exit(0)

application.after_start = after_start

from app.ui.main_window import MainWindow
real_settle = MainWindow.settle

real_paint = MainWindow.paintEvent

def paint(self, ev):  # the first paint: what the start made until then
    if "put off" not in seen:
        # PySide makes a class (and its enums) when first used
        import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets
        seen["put off"] = sorted(name for name in PUT_OFF if any(name in vars(m) for m in (core, gui, widgets)))
    real_paint(self, ev)

MainWindow.paintEvent = paint

def settle(self):
    seen["keys bound before settle"] = self.actions_.keys_bound
    if sys.platform.startswith("linux"):  # Qt names the threads of its pools "Thread (pooled)"
        seen["pool threads before settle"] = sum(comm(t) == "Thread (pooled)" for t in os.listdir("/proc/self/task"))
    seen["search machinery before settle"] = "app.session.search_controller" in sys.modules
    real_settle(self)
    seen["search machinery after settle"] = "app.session.search_controller" in sys.modules
    with open("/proc/self/maps", encoding="utf-8") as maps:  # the icon is set by now (app.ui.app_icon)
        seen["svg library loaded"] = "Qt6Svg" in maps.read()

def comm(task):  # a thread's name; "" for one that has ended since the folder was listed
    try:
        with open(f"/proc/self/task/{task}/comm", encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return ""

MainWindow.settle = settle
from app.cli import main
sys.exit(main([]))
"""


def start(before: str = "") -> str:
    """The app's start, with the code `before` run first (the script's own hooks come after it)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # the test's own cache and data folders
    env.pop("OBJECTOR_GUIDE_EXIT_AFTER_PAINT", None)
    env.pop(NO_GUI_THREADPOOL, None)  # what the app sets itself (app.ui.qt_platform.paint_on_one_thread)
    proc = subprocess.run([sys.executable, "-c", before + SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_the_window_collects_garbage_on_its_own_thread_after_its_start() -> None:
    """Not CPython's automatic collection, which a worker thread could start (app.ui.gui_thread_gc);
    and no pass over the start's objects before they are frozen out of the passes (#19)."""
    out = start()
    assert "'gc during start': False, 'gc passes from make_app to settle': 0, 'gc after start': 'gui thread'" in out


def test_the_window_has_the_app_icon_once_it_is_on_screen() -> None:
    assert "'window icon': True}" in start()


def test_from_the_second_start_on_the_start_page_comes_without_jinja2() -> None:
    """Drawing the start page means loading Jinja2 (~35 ms); a start whose page is unchanged
    reads the copy kept in the cache folder instead (app.render.pages.render_start_page)."""
    assert "'jinja2 before paint': True" in start()
    assert "'jinja2 before paint': False" in start()


def test_the_start_makes_no_qt_class_the_first_frame_does_not_need() -> None:
    """A page's document (find, print), the second pane's scroll bar, size policies, the list
    views (results, glossary, bookmarks), Qt's settings and the key sequences are used later or
    not at all: touching them before the first paint cost it 1.9%, then 0.5% and 0.8% (#19)."""
    assert "'put off': []" in start()


def test_the_keys_are_bound_as_soon_as_the_window_has_painted() -> None:
    """The shortcuts come right after the first paint, not with the window's settling later."""
    assert "'keys bound before settle': True" in start()


def test_the_search_machinery_is_made_once_the_window_is_on_screen() -> None:
    """The search controller and its background worker wait for the window to settle (#19),
    and are there before the first keystroke can need them."""
    out = start()
    assert "'search machinery before settle': False" in out and "'search machinery after settle': True" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_window_icon_loads_no_svg_library() -> None:
    """The icon is the PNG (app.paths.app_icon): the SVG loaded Qt's SVG plugin and library
    for the title bar alone, 0.9 MB of a session (#19)."""
    assert "'svg library loaded': False" in start()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/task")
def test_the_first_paint_starts_no_thread_to_fill_the_window() -> None:
    """Qt's raster engine handed the toolbar's fills to a pool of threads and waited for them:
    two threads started at the first paint, which took twice as long (app.ui.application).
    Counts the threads of every Qt pool ("Thread (pooled)"); the variable that turns the GUI
    pool off is dropped from the test's environment (`start`), so only the app sets it."""
    assert "'pool threads before settle': 0" in start()
    # the control: without the app's setting the same start does hand fills to the pool, so the
    # window still has fills worth the test
    left_on = "import app.ui.qt_platform as qp\nqp.paint_on_one_thread = lambda: None\n"
    assert "'pool threads before settle': 0" not in start(left_on)


def test_the_start_to_a_first_result_imports_no_dataclasses() -> None:
    """`objector-guide --search`: the hit and the parsed query are plain classes, since importing
    dataclasses and making the two classes cost 1% of the start to the first result (#19)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "1"}
    for _first_then_as_every_start_after_it in range(2):  # the first start also draws the start page
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "app", "--search", "draft evader"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("first-result"), proc.stderr[-3000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "app.store.search" in imported  # the search ran
    assert "dataclasses" not in imported
