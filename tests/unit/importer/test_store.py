"""store: one transaction per change, duplicates, replace, remove, rename, damaged files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import NotFound, UserError
from app.importer import store as st
from app.importer.api import commit, preview_bytes

REPORT = ("Small report\n\nby Test Publisher e.V.\n\n(01.03.2024) Opening words of the report.\n\n"
          "First chapter\n\nFirst section\n\nThe zanzibarite paragraph is here.\n\n"
          "Second section\n\nAnother paragraph about quokkas.\n\n"
          "Second chapter\n\nThird section\n\nText with the word xylophonic.\n\n"
          "Fourth section\n\nClosing text of the report.\n")


def _snapshot(path: Path) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT * FROM imports ORDER BY doc_id").fetchall(),
                conn.execute("SELECT kind, id, lang, title, body, origin FROM records ORDER BY rowid").fetchall(),
                conn.execute("SELECT rowid FROM records_fts WHERE records_fts MATCH 'zanzibarite OR xylophonic'")
                .fetchall())
    finally:
        conn.close()


def _fts_ok(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO records_fts (records_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def _hits(path: Path, word: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT r.id FROM records_fts JOIN records r ON r.rowid = records_fts.rowid "
            "WHERE records_fts MATCH ? AND r.lang IN ('en', '*')", (word,))]
    finally:
        conn.close()


@pytest.fixture
def first(tmp_path: Path):
    """The store with one report already imported; returns (path, result)."""
    path = st.imports_path()
    result = commit(preview_bytes(b"Earlier report\n\nSome zanzibarite words here.\n\nEnd.", "earlier.txt"))
    return path, result


def test_import_writes_each_section_once_for_every_language(first) -> None:
    """Stored once (lang '*'), not once per interface language (the review: a 49 MB report made
    a 675 MB store); the page HTML is made when a section is read."""
    path, _ = first
    result = commit(preview_bytes(REPORT.encode(), "small.txt"))
    doc = result.doc
    assert (doc.title, doc.publisher, doc.date, doc.encoding, doc.lang, doc.sections) == (
        "Small report", "Test Publisher e.V.", "2024-03-01", "utf-8", "en", 7)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, lang, parent, ord, origin, data, html FROM records WHERE origin = ? "
                        "ORDER BY ord, lang", (doc.origin,)).fetchall()
    assert len(rows) == 7 and {r[1] for r in rows} == {"*"} and {r[6] for r in rows} == {""}
    ids = [r[0] for r in rows]
    assert ids == [f"imp-{doc.doc_id}-{n}" for n in range(1, 8)]
    parents = {r[0]: r[2] for r in rows}
    assert parents[f"imp-{doc.doc_id}-3"] == f"imp-{doc.doc_id}-2"
    data = json.loads(rows[0][5])
    assert data["reviewed"] is False and data["document"] == doc.doc_id and data["encoding"] == "utf-8"
    assert data["document_title"] == "Small report" and data["date"] == "2024-03-01"
    _fts_ok(path)
    assert _hits(path, "quokkas") == [f"imp-{doc.doc_id}-4"]


def test_failure_mid_insert_leaves_the_store_unchanged(first) -> None:
    path, _ = first
    before = _snapshot(path)

    def explode(done: int, total: int) -> None:
        if done == 4:
            raise RuntimeError("injected failure")

    with pytest.raises(RuntimeError, match="injected"):
        commit(preview_bytes(REPORT.encode(), "small.txt"), progress=explode)
    assert _snapshot(path) == before
    _fts_ok(path)
    assert _hits(path, "xylophonic") == []


def test_database_error_mid_insert_is_a_sentence_and_rolls_back(first, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = first
    before = _snapshot(path)
    real_rows = st._rows

    def rows_then_fail(doc, sections):
        for i, rows in enumerate(real_rows(doc, sections)):
            if i == 3:
                rows = [{**rows[0], "kind": "not-a-kind"}]  # violates the CHECK constraint
            yield rows

    monkeypatch.setattr(st, "_rows", rows_then_fail)
    with pytest.raises(UserError, match="could not be saved"):
        commit(preview_bytes(REPORT.encode(), "small.txt"))
    assert _snapshot(path) == before


def test_a_crash_mid_import_leaves_nothing_half_written(first, tmp_path: Path) -> None:
    """A process killed inside the transaction: SQLite's journal rolls it back on next open."""
    path, _ = first
    before = _snapshot(path)
    report = tmp_path / "small.txt"
    report.write_text(REPORT, encoding="utf-8")
    script = textwrap.dedent(f"""
        import os
        from app.importer.api import commit, preview
        def die(done, total):
            if done == 5:
                os._exit(9)
        commit(preview({str(report)!r}), progress=die)
    """)
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert _snapshot(path) == before
    with st.ImportsStore() as store:
        assert store.notice == ""
        assert [d.file_name for d in store.list()] == ["earlier.txt"]


def test_the_same_bytes_twice_are_refused_unless_replace(first) -> None:
    path, earlier = first
    p = preview_bytes(b"Earlier report\n\nSome zanzibarite words here.\n\nEnd.", "renamed-copy.txt")
    assert p.previous is not None and p.same_bytes and p.previous.doc_id == earlier.doc.doc_id
    with pytest.raises(st.DuplicateImport) as info:
        commit(p)
    assert earlier.doc.doc_id in str(info.value)
    result = commit(p, replace=True)
    assert result.replaced is not None and result.replaced.doc_id == earlier.doc.doc_id
    assert result.doc.doc_id == earlier.doc.doc_id and result.doc.file_name == "renamed-copy.txt"
    with st.ImportsStore() as store:
        assert len(store.list()) == 1
        assert store.record_count() == result.doc.sections
    _fts_ok(path)


def test_a_new_version_of_the_same_file_name_can_replace_the_old_one(first) -> None:
    path, earlier = first
    p = preview_bytes(b"Earlier report, revised\n\nNew words about quokkas.\n\nEnd.", "earlier.txt")
    assert p.previous is not None and not p.same_bytes
    kept = commit(p)  # without replace both stay
    with st.ImportsStore() as store:
        assert len(store.list()) == 2
        store.remove(kept.doc.doc_id)
    result = commit(p, replace=True)
    assert result.replaced is not None and result.replaced.doc_id == earlier.doc.doc_id
    assert _hits(path, "zanzibarite") == [] and len(_hits(path, "quokkas")) == 1


def test_remove_takes_out_rows_and_search_entries(first) -> None:
    path, earlier = first
    assert _hits(path, "zanzibarite")
    with st.ImportsStore() as store:
        store.remove(earlier.doc.doc_id)
        assert store.list() == [] and store.record_count() == 0
        with pytest.raises(NotFound):
            store.remove(earlier.doc.doc_id)
    assert _hits(path, "zanzibarite") == []
    _fts_ok(path)


def test_rename(first) -> None:
    path, earlier = first
    with st.ImportsStore() as store:
        doc = store.rename(earlier.doc.doc_id, "  A  better   title ")
        assert doc.title == "A better title"
        with pytest.raises(UserError):
            store.rename(earlier.doc.doc_id, "   ")
        with pytest.raises(NotFound):
            store.rename("nope", "Title")
    conn = sqlite3.connect(path)
    data = [json.loads(d) for (d,) in conn.execute("SELECT data FROM records")]
    assert {d["document_title"] for d in data} == {"A better title"}


@pytest.mark.parametrize("garbage", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_damaged_store_is_moved_aside_and_a_new_one_started(garbage: bytes) -> None:
    path = st.imports_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    with st.ImportsStore() as store:
        assert "could not be read" in store.notice and "corrupt" in store.notice
        assert store.list() == []
    kept = list(path.parent.glob("imports.corrupt-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    commit(preview_bytes(REPORT.encode(), "small.txt"))


def test_another_sqlite_file_in_its_place_is_moved_aside() -> None:
    path = st.imports_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    conn, notice = st.open_for_search()
    assert conn is None and "kept as imports.corrupt-" in notice
    assert not path.exists() and list(path.parent.glob("imports.corrupt-*.sqlite"))


def test_reading_never_creates_the_store() -> None:
    assert st.open_for_search() == (None, "")
    assert st.lookup("0" * 64, "x.txt") == (None, False)
    preview_bytes(REPORT.encode(), "small.txt")
    assert not st.imports_path().exists()


def test_a_store_locked_by_another_import_is_never_moved_aside(first) -> None:
    path, _ = first
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        conn, notice = st.open_for_search(timeout=0.1)
        assert conn is None and "in use" in notice
        with pytest.raises(st.Busy):
            st.ImportsStore(timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert path.exists() and not list(path.parent.glob("imports.corrupt-*"))
    conn, notice = st.open_for_search()
    assert conn is not None and notice == ""
    conn.close()


def test_a_data_folder_that_cannot_be_written_is_one_clear_sentence(tmp_path, monkeypatch) -> None:
    """As root a read-only folder is still writable, so sqlite's own refusal is simulated."""
    import sqlite3

    import pytest

    from app.errors import StoreError
    from app.importer import store as store_mod

    def refuse(*_a, **_k):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_mod.sqlite3, "connect", refuse)
    with pytest.raises(StoreError) as info:
        store_mod.ImportsStore(tmp_path / "ro" / "imports.sqlite")
    message = str(info.value)
    assert str(tmp_path / "ro") in message and "cannot be written" in message and "Traceback" not in message
    assert "OperationalError" not in message


def test_two_first_imports_at_once_both_keep_their_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two first imports into an empty data folder (the window and the command line at once):
    both found no store; the later one's fresh store replaced the one the other had just
    written its report into, which was reported as stored and then gone. Here the second
    creation is held back until the first import is written, as the race had it."""
    import contextlib
    import threading

    real_create = st._create
    both_checked = threading.Barrier(2)
    first_written = threading.Event()
    creators: list[str] = []

    def create_in_step(path: Path) -> None:
        creators.append(threading.current_thread().name)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_checked.wait(timeout=0.3)  # without the lock, both got here: neither saw a store
        if len(creators) == 2 and threading.current_thread().name == creators[1]:
            first_written.wait(timeout=5)
        real_create(path)

    monkeypatch.setattr(st, "_create", create_in_step)
    results: dict[str, str] = {}

    def import_one(word: str) -> None:
        result = commit(preview_bytes(f"Report {word}\n\nThe {word} words are here.\n\nEnd.".encode(), f"{word}.txt"))
        results[word] = result.doc.doc_id
        first_written.set()

    threads = [threading.Thread(target=import_one, args=(w,), name=w) for w in ("zanzibarite", "xylophonic")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert len(results) == 2
    with st.ImportsStore() as s:
        assert sorted(d.doc_id for d in s.list()) == sorted(results.values())


def test_a_lock_file_that_cannot_be_opened_is_named_not_ignored(first, tmp_path: Path) -> None:
    """A lock file left by another user (a sudo run) or a link in its place made the store run
    without its lock and without a word, or say the folder could not be written (code review)."""
    from app.errors import StoreError

    path = st.imports_path()
    lock = path.with_name(path.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(StoreError) as info:
        st.ImportsStore()
    assert f"The lock file {lock} cannot be opened" in str(info.value) and "nothing was changed" in str(info.value)
    assert not (tmp_path / "elsewhere").exists()


def test_a_full_disk_under_a_first_import_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentence came from a made-up 'read-only' error: a full disk lost its 'free some space'
    advice (code review, 1 Dec 2026)."""
    import errno

    from app.errors import StoreError

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(st, "locked", full)
    with pytest.raises(StoreError) as info:
        st.ImportsStore(tmp_path / "data" / "imports.sqlite")
    assert "free some space" in str(info.value) and str(tmp_path / "data") in str(info.value)
