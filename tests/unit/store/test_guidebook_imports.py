"""Guidebook + the user's imports: opened when present, never created to read, one ranked list."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import NotFound
from app.importer import store as st
from app.importer.api import commit, preview_bytes
from app.importer.for_search import open_imports
from app.store import guidebook as gb
from app.store.connection import StoreStatus

REPORT = b"Imported report\n\nIntro about the quokkaland summons.\n\nChapter\n\nPart\n\nMore about quokkaland.\n"


@pytest.fixture
def open_book(fixture_store: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(gb, "ensure_store", lambda path=None, damaged=None: StoreStatus(fixture_store, False, ""))
    books = []

    def _open():
        book = gb.Guidebook.open(imports_opener=open_imports)
        books.append(book)
        return book

    yield _open
    for book in books:
        book.close()


def test_open_without_imports_creates_nothing(open_book) -> None:
    book = open_book()
    assert book.imports is None and book.imports_notice == ""
    assert not st.imports_path().exists()


def test_open_attaches_imports_and_search_merges_them(open_book) -> None:
    result = commit(preview_bytes(REPORT, "r.txt"))
    book = open_book()
    assert book.imports is not None
    hits = book.search("quokkaland", lang="en")
    assert hits and all(h.origin == f"import:{result.doc.doc_id}" for h in hits)
    assert book.get("section", hits[0].id, "de").title in ("Imported report", "Part")
    assert book.search("deserter", lang="en")[0].origin == "bundled"  # the bundled store still answers
    with pytest.raises(NotFound):
        book.get("section", f"imp-{result.doc.doc_id}-99", "en")


def test_reload_after_import_and_after_removal(open_book) -> None:
    book = open_book()
    assert not book.search("quokkaland", lang="en")
    result = commit(preview_bytes(REPORT, "r.txt"))
    book.reload_imports()
    assert book.search("quokkaland", lang="en")
    st.ImportsStore().remove(result.doc.doc_id)
    book.reload_imports()
    assert not book.search("quokkaland", lang="en")


def test_a_damaged_imports_file_does_not_stop_the_guidebook(open_book) -> None:
    path = st.imports_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 100)
    book = open_book()
    assert book.imports is None and "kept as imports.corrupt-" in book.imports_notice
    assert book.search("deserter", lang="en")
