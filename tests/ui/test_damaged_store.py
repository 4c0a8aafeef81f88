"""A guidebook store damaged deep inside (a bad sector, a copy to a failing USB stick): the
start's checks read a few pages only, so it opened, and failed later, at a list or a Russian
search; a window that could not be built from it left no window and no message
(adversarial trial, 1 Dec 2026)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.store import connection
from app.store.connection import StoreStatus, connect_readonly
from tests.unit.store.test_connection import damage_a_table_page


@pytest.fixture
def damaged_bundle(tmp_path: Path, fixture_store: Path, content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled store (a source checkout's db/guidebook.sqlite) with one page damaged."""
    store = tmp_path / "db" / "guidebook.sqlite"
    store.parent.mkdir()
    shutil.copy(fixture_store, store)
    damage_a_table_page(store)
    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    monkeypatch.setattr(connection.paths, "bundled_store_path", lambda: store)
    monkeypatch.setattr(connection.paths, "edition_store_path", lambda: None)
    monkeypatch.setattr(connection, "_cache_store_path", lambda: tmp_path / "cache" / "guidebook.sqlite")
    return store


def test_once_the_window_is_on_screen_a_damaged_store_is_rebuilt_and_used(make_window, damaged_bundle: Path) -> None:
    from app.store.guidebook import Guidebook

    assert connection.ensure_store().path == damaged_bundle  # the start's own checks pass it
    w = make_window(Guidebook(connect_readonly(damaged_bundle), StoreStatus(damaged_bundle, False, "")))
    w.settle()
    assert "rebuilt from the bundled content" in w.statusBar().currentMessage()
    assert "was damaged" in w.statusBar().currentMessage()
    assert connection.quick_check(w.book.status.path) == ""
    w.run_search("dublin")
    assert w.results.count() > 0


@pytest.mark.parametrize("failure", ["store", "sqlite"])
def test_the_damaged_store_is_let_go_before_its_rebuild_and_kept_when_none_is_possible(
        qtbot, make_window, damaged_bundle: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    """Windows cannot replace a file SQLite holds open: the damaged store was rebuilt in place while
    the window still had it open (code review, 1 Dec 2026). When no rebuild is possible (a sentence,
    or SQLite's own 'unable to open database file' in a read-only folder) the window says why and
    keeps reading the store it had, in its lists too, instead of 'rebuilt' or a closed database."""
    from app.errors import StoreError
    from app.store import guidebook
    from app.store.guidebook import Guidebook
    from app.ui.navigation import GLOSSARY_TAB, LAW_TAB

    w = make_window(Guidebook(connect_readonly(damaged_bundle), StoreStatus(damaged_bundle, False, "")))
    old = w.book
    held_open = []

    def cannot_rebuild(*_a, **_k):
        try:
            old.conn.execute("SELECT 1")
            held_open.append(True)
        except sqlite3.ProgrammingError:  # closed
            held_open.append(False)
        if failure == "sqlite":
            raise sqlite3.OperationalError("unable to open database file")
        raise StoreError("The guidebook database is damaged. It could not be rebuilt: no writable folder was found.")

    monkeypatch.setattr(guidebook, "ensure_store", cannot_rebuild)
    w.settle()
    assert held_open == [False]
    assert w.banner.isVisibleTo(w) and "could not be rebuilt" in w.banner.text()
    assert "rebuilt from the bundled content" not in w.statusBar().currentMessage()
    w.run_search("dublin")  # the store it had is read where it can be
    assert w.results.count() > 0
    for tab in (GLOSSARY_TAB, LAW_TAB):  # lists filled when first shown, from the book read again
        w.nav.setCurrentIndex(tab)
        qtbot.wait(10)
    assert w.book.conn.execute("SELECT count(*) FROM names").fetchone()[0] > 0


def test_a_window_that_cannot_be_built_from_a_damaged_store_is_built_from_a_rebuilt_one(
        qtbot, monkeypatch: pytest.MonkeyPatch, damaged_bundle: Path, no_dialogs) -> None:
    from app.ui import application

    made = []
    real = application.create_main_window

    def create(book=None):
        if book is None:  # as the damaged page fails a list the window fills at its start
            raise sqlite3.DatabaseError("database disk image is malformed")
        window = real(book)
        qtbot.addWidget(window)
        made.append(window)
        return window

    monkeypatch.setattr(application, "create_main_window", create)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    monkeypatch.setattr("app.ui.crash.install", lambda: None)
    assert application.run() == 0
    # the window's settling, 250 ms after the start, runs while it is open
    qtbot.waitUntil(lambda: made and "rebuilt" in made[0].statusBar().currentMessage(), timeout=5000)
    assert made and connection.quick_check(made[0].book.status.path) == ""
    assert made[0].book.status.rebuilt and not no_dialogs
    assert "rebuilt from the bundled content" in made[0].statusBar().currentMessage()


def test_a_window_that_cannot_be_built_for_another_reason_says_so(
        qtbot, monkeypatch: pytest.MonkeyPatch, no_dialogs, fixture_store: Path) -> None:
    """An error that is not a damaged store: a message box, not a silent exit."""
    from app.ui import application

    def create(book=None):
        raise sqlite3.OperationalError("no such table: names")

    monkeypatch.setattr(application, "create_main_window", create)
    monkeypatch.setattr(connection, "ensure_store", lambda *a, **k: StoreStatus(fixture_store, False, ""))
    monkeypatch.setattr("app.ui.crash.install", lambda: None)
    assert application.run() == 1
    assert [kind for kind, _ in no_dialogs] == ["critical"] and "no such table: names" in no_dialogs[0][1]


def test_a_window_that_fails_on_its_store_lets_the_store_go(
        qtbot, monkeypatch: pytest.MonkeyPatch, damaged_bundle: Path) -> None:
    """The start rebuilds the store next (`run`), which Windows refuses while the failed window's
    book still holds the file open (code review, 1 Dec 2026)."""
    from app.store.guidebook import Guidebook
    from app.ui import application, main_window

    opened = []
    real_open = Guidebook.open.__func__
    monkeypatch.setattr(Guidebook, "open", classmethod(lambda cls, *a, **k: opened.append(real_open(cls, *a, **k))
                                                       or opened[-1]))

    def fails(*_a, **_k):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(main_window, "MainWindow", fails)
    with pytest.raises(sqlite3.DatabaseError):
        application.create_main_window()
    assert len(opened) == 1
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        opened[0].conn.execute("SELECT 1")
