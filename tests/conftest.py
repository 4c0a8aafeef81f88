"""Shared fixtures: a small valid content tree and a store built from it.

Tests run with a temporary user data dir and cache dir so nothing a test does touches
the real user's files, and with Qt offscreen so they run on a machine with no screen.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = Path(__file__).parent / "fixtures" / "content"
SHARED_SOURCE = ROOT.parent / "shared" / "sources" / "connection-ev-2024-02-20-russians-refusing-war.txt"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Fuzz tests run only when asked for by marker (`-m fuzz`, `./dev.sh fuzz`): the default
    run, and one that selects by another marker (`-m "not windows"`), leaves them out."""
    if "fuzz" in (config.option.markexpr or ""):
        return
    fuzz = [item for item in items if item.get_closest_marker("fuzz")]
    if fuzz:
        config.hook.pytest_deselected(items=fuzz)
        items[:] = [item for item in items if not item.get_closest_marker("fuzz")]


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Once a test has made the QApplication, garbage is collected by the app's timer on the main
    thread (app.ui.gui_thread_gc), which fires only while an event loop runs, and so for every
    later test in the same worker, Qt or not: a test that makes many cycles without an event
    loop keeps them until its teardown, where they are collected, on the main thread as in the
    app."""
    collector = sys.modules.get("app.ui.gui_thread_gc")
    if collector is not None and collector.collecting_on_gui_thread():
        collector.collect_due()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("userhome")
    monkeypatch.setenv("OBJECTOR_GUIDE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("OBJECTOR_GUIDE_PORTABLE", raising=False)
    return home


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way out to the network refused and recorded: a test asserts the list stays empty."""
    attempts: list[str] = []

    def refuse(name: str):
        def _refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:2]}")
            raise OSError("network disabled in this test")
        return _refuse

    class NoSocket(socket.socket):  # a subclass, so isinstance checks elsewhere still work
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            refuse("socket.socket")(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the fixture content, for tests that break it on purpose."""
    dest = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, dest)
    return dest


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.content.loader import load_content
    from app.store.build import build_store

    out = tmp_path_factory.mktemp("store") / "fixture.sqlite"
    build_store(load_content(FIXTURE_CONTENT), out, (ROOT / "db" / "schema.sql").read_text(encoding="utf-8"))
    return out


@pytest.fixture(scope="session")
def shipped_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real store built from resources/content (the content a counsellor gets)."""
    from app.content.loader import load_content
    from app.store.build import build_store

    out = tmp_path_factory.mktemp("shipped") / "guidebook.sqlite"
    build_store(load_content(ROOT / "resources" / "content"), out,
                (ROOT / "db" / "schema.sql").read_text(encoding="utf-8"))
    return out


@pytest.fixture
def fixture_book(fixture_store: Path):
    from app.importer.for_search import open_imports
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    book = Guidebook(connect_readonly(fixture_store), imports_opener=open_imports)
    yield book
    book.close()


@pytest.fixture(scope="session")
def shipped_book(shipped_store: Path):
    from app.importer.for_search import open_imports
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    book = Guidebook(connect_readonly(shipped_store), imports_opener=open_imports)
    yield book
    book.close()
