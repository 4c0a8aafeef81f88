"""Start the Qt application: fonts, icon, translations, the store, the main window."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import paths
from app.ui.first_paint import exit_after_first_paint_if_asked, exit_after_first_result_if_asked
from app.ui.gui_thread_gc import collect_on_gui_thread, start_collecting
from app.ui.qt_platform import paint_on_one_thread
from app.ui.style import FONT_FAMILY

_fonts_registered = False


def register_fonts() -> None:
    """Register the bundled fonts (FONT_FAMILY, with Cyrillic) once per process, so the window,
    the reader and every printed sheet look the same on every machine."""
    global _fonts_registered
    if not _fonts_registered:
        # iterdir, not glob("*.ttf"): a glob compiles a regular expression at every start (#19)
        for font in sorted(f for f in paths.resource("fonts").iterdir() if f.suffix == ".ttf"):
            QFontDatabase.addApplicationFont(str(font))
        _fonts_registered = True


def application() -> QApplication:
    """The running QApplication, or a new one made by `make_app`: the window, the self-test and
    the `sheet` command all get theirs here."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = make_app()
    return app


def _qt_safe(argv: list[str]) -> list[str]:
    """The command line with bytes that are not UTF-8 (Python keeps them as surrogates) shown as
    U+FFFD: PySide6 crashes the whole process on such a string (`sheet --note $'\\xff'` died
    with a segmentation fault). Qt only looks for its own options here; the app's own
    arguments were read, and checked, by app.cli."""
    return [a.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for a in argv]


def make_app(argv: list[str] | None = None, *, start_collector: bool = True) -> QApplication:
    """The QApplication with bundled fonts (Cyrillic everywhere). Cyclic garbage is collected on
    its thread only (app.ui.gui_thread_gc), from now on or, with `start_collector=False` (the
    window's start), once `after_start` begins it."""
    # The whole command line: Qt takes its own options from it (`-platform offscreen`, `-style`)
    # and ignores the rest (app.cli hides those options from argparse).
    paint_on_one_thread()  # before anything is painted, also when a QApplication exists already (tests)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(_qt_safe(argv or sys.argv or ["objector-guide"]))
    app.setApplicationName("Objector Guide")
    app.setOrganizationName("ObjectorGuide")
    app.setApplicationDisplayName("Objector Guide")
    collect_on_gui_thread(app, start=start_collector)  # the import dialog and the imports search use worker threads
    register_fonts()
    if FONT_FAMILY in QFontDatabase.families():
        base = QFont(FONT_FAMILY)
        base.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    else:
        base = app.font()
    # Latin and Cyrillic need no shaping to be legible (Qt then skips HarfBuzz for them, and
    # kerning with it); scripts that do need it are still shaped. Shaping the start page and
    # the contents was 1.6% of the first paint, and it is part of every result row (#19).
    # Printed sheets set their own font and keep their kerning (app.ui.sheet_printer).
    base.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    app.setFont(base)
    return app  # the icon comes once the window is on screen (MainWindow.settle, app.ui.app_icon)


def create_main_window(book=None):
    """Open the store and build the main window (used by `run`, the self-test and tests)."""
    from app.importer.for_search import open_imports
    from app.store.guidebook import Guidebook
    from app.ui import i18n
    from app.ui.main_window import MainWindow
    from app.userdata.settings import load_settings

    settings, problem = load_settings()
    i18n.install(settings.ui_lang if settings.ui_lang in i18n.LANGUAGES else "en")
    opened = book or Guidebook.open(imports_opener=open_imports)
    try:
        window = MainWindow(opened, settings)
    except sqlite3.DatabaseError:
        if book is None:  # `run` rebuilds the file next, and Windows cannot replace one SQLite holds open
            opened.close()
        raise
    if problem:
        window.statusBar().showMessage(problem, 15000)
    return window


def after_start(book: Any = None) -> None:
    """Once the window is on screen, before anyone types or clicks: everything made so far is
    frozen out of the garbage collector's passes, since it lives as long as the window (the
    collector itself runs on a timer from now on, app.ui.gui_thread_gc); then what the first
    keystroke and the first page would otherwise wait for: the search engine, its stemmers and
    the store's names and spans (`book`), the Qt namespace's enums, Jinja2 and the page
    template (the start page may have come from the cache folder)."""
    import gc

    gc.freeze()
    start_collecting()
    from PySide6.QtCore import Qt

    import app.store.search  # noqa: F401  (the window's start shows no results)
    from app.render.templates import environment
    from app.store.stem import preload

    Qt.Key  # noqa: B018  (all 95 of the namespace's enums, ~15 ms; a key press in the search field needs them)
    preload()
    if book is not None:
        book.searcher.warm()
    environment().get_template("page.html")


def _rebuilt_book(exc: sqlite3.DatabaseError):
    """The guidebook opened again after the window could not be built from it: a store damaged
    deep inside passes the start's checks, and failing on it left no window and no message
    (the error went to a console a double-click does not show). Rebuilt when SQLite finds it
    damaged; an error that came from elsewhere is raised again, and said in a message box."""
    from app.importer.for_search import open_imports
    from app.store.connection import Damage, ensure_store, quick_check
    from app.store.guidebook import Guidebook

    path = ensure_store().path
    reason = quick_check(path)
    if not reason:
        raise exc
    return Guidebook.open(imports_opener=open_imports, damaged=Damage(path, reason))


def run(args: argparse.Namespace | None = None) -> int:
    from app.errors import UserError
    from app.ui import crash

    app = make_app(start_collector=False)  # no pass over the start's objects before they are frozen
    crash.install()
    try:
        try:
            window = create_main_window()
        except sqlite3.DatabaseError as exc:
            window = create_main_window(_rebuilt_book(exc))
    except (UserError, sqlite3.DatabaseError) as exc:
        from PySide6.QtWidgets import QMessageBox

        said = str(exc) if isinstance(exc, UserError) else f"The guidebook's data cannot be read ({exc})."
        QMessageBox.critical(None, "Objector Guide", said)
        return 1
    query = getattr(args, "search", None)
    window.show()
    if query:  # after show: each result row is laid out once, at the list's real width
        window.search_for(query)
    # the startup benchmark's hook (tests/perf/startup.py): the first paint, or with --search the
    # moment the first result row is drawn
    if query:
        exit_after_first_result_if_asked(window.results)
    else:
        exit_after_first_paint_if_asked(window)
    from PySide6.QtCore import QTimer

    def settle() -> None:  # once the window is on screen, before anyone types or clicks
        try:
            window.settle()
        finally:  # the garbage collector starts even if settling failed
            after_start(window.book)

    QTimer.singleShot(250, settle)
    code = app.exec()
    jobs = sys.modules.get("app.ui.import_dialog")  # only loaded once an import was started
    if jobs is not None:
        jobs.wait_for_jobs()
    return code
