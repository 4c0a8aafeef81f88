"""Opening the store: missing, corrupt and stale stores get a sentence, and are rebuilt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.errors import StoreError
from app.store import connection
from app.store.connection import connect_readonly, ensure_store


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="missing"):
        connect_readonly(tmp_path / "nope.sqlite")


@pytest.mark.parametrize("payload", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_corrupt_store_is_a_clear_error(tmp_path: Path, payload: bytes) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(payload)
    with pytest.raises(StoreError):
        connect_readonly(bad)


def test_truncated_store_is_rebuilt(tmp_path: Path, fixture_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import FIXTURE_CONTENT

    target = tmp_path / "guidebook.sqlite"
    data = fixture_store.read_bytes()
    target.write_bytes(data[: len(data) // 3])
    monkeypatch.setattr(connection.paths, "content_dir", lambda: FIXTURE_CONTENT)
    status = ensure_store(target)
    assert status.rebuilt and status.reason
    conn = connect_readonly(status.path)
    assert conn.execute("SELECT count(*) FROM records").fetchone()[0] > 0


def test_stale_store_is_rebuilt_and_fresh_one_kept(tmp_path: Path, fixture_store: Path,
                                                    monkeypatch: pytest.MonkeyPatch, content_copy: Path) -> None:
    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    target = tmp_path / "guidebook.sqlite"
    shutil.copy(fixture_store, target)
    first = ensure_store(target)  # same content, copied dir -> same version
    assert not first.rebuilt and first.path == target
    (content_copy / "sections" / "ru" / "dublin.md").write_text(
        (content_copy / "sections" / "ru" / "dublin.md").read_text(encoding="utf-8") + "\nЕщё.\n", encoding="utf-8")
    second = ensure_store(target)
    assert second.rebuilt and "older" in second.reason


def test_a_built_app_trusts_its_shipped_store_without_hashing_the_content(
        tmp_path: Path, fixture_store: Path, monkeypatch: pytest.MonkeyPatch, content_copy: Path) -> None:
    """#19: a frozen app's store and content ship together; a start reads the store's stamp
    and never hashes the content. A damaged shipped store is still noticed and rebuilt."""
    shipped = tmp_path / "guidebook.sqlite"
    shutil.copy(fixture_store, shipped)
    hashed: list[Path] = []
    import app.content.version as version

    real = version.content_version
    monkeypatch.setattr(version, "content_version", lambda root: hashed.append(root) or real(root))
    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    monkeypatch.setattr(connection.paths, "bundled_store_path", lambda: shipped)
    monkeypatch.setattr(connection.paths, "edition_store_path", lambda: None)
    monkeypatch.setattr(connection.paths, "is_frozen", lambda: True)
    monkeypatch.setattr(connection.paths, "bundle_root", lambda: Path(__file__).resolve().parents[3])  # the bundle
    status = ensure_store()
    assert status.path == shipped and not status.rebuilt and hashed == []

    monkeypatch.setattr(connection, "_cache_store_path", lambda: tmp_path / "cache" / "guidebook.sqlite")
    shipped.write_bytes(shipped.read_bytes()[:2048])  # damaged: the stamp cannot be read
    status = ensure_store()
    assert status.rebuilt and hashed, status


def test_a_start_with_unchanged_content_does_not_hash_it_and_an_edit_is_still_noticed(
        monkeypatch: pytest.MonkeyPatch, content_copy: Path) -> None:
    """#19: the content's version is kept with its files' names, sizes and times; a start
    whose files are unchanged reads it, and one changed file makes the next start hash again."""
    from app.content import version

    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    hashed: list[Path] = []
    real = version.content_version
    monkeypatch.setattr(version, "content_version", lambda root: hashed.append(root) or real(root))
    first = connection._content_version()
    assert first == real(content_copy) and len(hashed) == 1
    assert connection._content_version() == first and len(hashed) == 1  # the second start reads the copy
    page = content_copy / "sections" / "en" / "dublin.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    edited = connection._content_version()
    assert len(hashed) == 2 and edited != first and edited == real(content_copy)
    (content_copy / "sections" / "en" / "new-page.md").write_text("# New\n", encoding="utf-8")
    assert connection._content_version() != edited and len(hashed) == 3  # a new file counts too


def damage_a_table_page(path: Path) -> None:
    """Break a leaf page of the records table (its last one): a store that opens, whose stamp
    reads and whose search index answers, but one of whose pages is damaged."""
    import sqlite3

    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    number = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'records'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    while data[(number - 1) * page_size] == 0x05:  # an interior page: follow its right-most child
        at = (number - 1) * page_size + 8
        number = int.from_bytes(data[at:at + 4], "big")
    at = (number - 1) * page_size
    assert data[at] == 0x0D, "not a table leaf page"
    data[at + 3:at + 5] = b"\xff\xff"  # its cell count
    path.write_bytes(bytes(data))


def test_a_store_damaged_deep_inside_is_found_rebuilt_and_remembered(
        tmp_path: Path, fixture_store: Path, monkeypatch: pytest.MonkeyPatch, content_copy: Path) -> None:
    """The start's checks read a few pages only, so a store damaged deep inside (a bad sector, a
    copy to a failing USB stick) passed them and failed later (adversarial trial, 1 Dec 2026).
    quick_check finds it; a built app rebuilds it into the cache folder and its next start uses
    that copy without reading the damaged one again."""
    shipped = tmp_path / "bundle" / "guidebook.sqlite"
    shipped.parent.mkdir()
    shutil.copy(fixture_store, shipped)
    assert connection.quick_check(shipped) == ""
    damage_a_table_page(shipped)
    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    monkeypatch.setattr(connection.paths, "bundled_store_path", lambda: shipped)
    monkeypatch.setattr(connection.paths, "edition_store_path", lambda: None)
    monkeypatch.setattr(connection.paths, "is_frozen", lambda: True)
    monkeypatch.setattr(connection.paths, "bundle_root", lambda: Path(__file__).resolve().parents[3])  # the bundle
    monkeypatch.setattr(connection.paths, "user_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(connection, "_cache_store_path", lambda: tmp_path / "cache" / "guidebook.sqlite")
    assert ensure_store().path == shipped  # the start's own check does not see it
    reason = connection.quick_check(shipped)
    assert "damaged" in reason
    status = ensure_store(damaged=connection.Damage(shipped, reason))
    assert status.rebuilt and status.path == tmp_path / "cache" / "guidebook.sqlite" and status.reason == reason
    assert connection.quick_check(status.path) == ""
    again = ensure_store()  # the next start
    assert again.path == status.path and not again.rebuilt

    # the copy in the cache folder is damaged in its turn: it is rebuilt, and the damaged bundled
    # store stays set aside (one remembered stamp made the two take turns at each start)
    damage_a_table_page(status.path)
    reason = connection.quick_check(status.path)
    for start in range(3):
        status = ensure_store(damaged=connection.Damage(status.path, reason)) if reason else ensure_store()
        assert status.path == tmp_path / "cache" / "guidebook.sqlite", start
        assert status.rebuilt == bool(reason) and connection.quick_check(status.path) == "", start
        reason = connection.quick_check(status.path)


def test_a_rebuild_with_the_damaged_files_size_and_time_is_not_taken_for_it(
        tmp_path: Path, fixture_store: Path, monkeypatch: pytest.MonkeyPatch, content_copy: Path) -> None:
    """A rebuild has the same size, and on a FAT stick (2 s times) may have the same time: the
    marker took the sound rebuild for the damaged file, and rebuilt it at every start (code review)."""
    import os

    shipped = tmp_path / "bundle" / "guidebook.sqlite"
    shipped.parent.mkdir()
    shutil.copy(fixture_store, shipped)
    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    monkeypatch.setattr(connection.paths, "bundled_store_path", lambda: shipped)
    monkeypatch.setattr(connection.paths, "edition_store_path", lambda: None)
    monkeypatch.setattr(connection.paths, "is_frozen", lambda: True)
    monkeypatch.setattr(connection.paths, "bundle_root", lambda: Path(__file__).resolve().parents[3])
    monkeypatch.setattr(connection.paths, "user_cache_dir", lambda: tmp_path / "cache")
    cache = tmp_path / "cache" / "guidebook.sqlite"
    monkeypatch.setattr(connection, "_cache_store_path", lambda: cache)
    damage_a_table_page(shipped)
    status = ensure_store(damaged=connection.Damage(shipped, connection.quick_check(shipped)))
    assert status.path == cache
    damage_a_table_page(cache)
    damaged_stamp = connection._stamp(cache)
    status = ensure_store(damaged=connection.Damage(cache, connection.quick_check(cache)))
    assert status.path == cache and status.rebuilt
    os.utime(cache, ns=(damaged_stamp["mtime_ns"], damaged_stamp["mtime_ns"]))  # a coarse clock
    assert connection._stamp(cache) == damaged_stamp  # the same size and time: only the marker can tell
    again = ensure_store()
    assert again.path == cache and not again.rebuilt


def test_a_damaged_store_is_not_used_again_when_its_damage_cannot_be_remembered(
        tmp_path: Path, fixture_store: Path, monkeypatch: pytest.MonkeyPatch, content_copy: Path) -> None:
    """A full or read-only cache folder: the marker cannot be written, and the store found damaged
    was handed back as if sound (code review, 1 Dec 2026)."""
    shipped = tmp_path / "bundle" / "guidebook.sqlite"
    shipped.parent.mkdir()
    shutil.copy(fixture_store, shipped)
    damage_a_table_page(shipped)
    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    monkeypatch.setattr(connection.paths, "bundled_store_path", lambda: shipped)
    monkeypatch.setattr(connection.paths, "edition_store_path", lambda: None)
    monkeypatch.setattr(connection.paths, "is_frozen", lambda: True)
    monkeypatch.setattr(connection.paths, "bundle_root", lambda: Path(__file__).resolve().parents[3])
    monkeypatch.setattr(connection.paths, "user_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(connection, "_cache_store_path", lambda: tmp_path / "cache" / "guidebook.sqlite")
    monkeypatch.setattr(connection, "_mark_damaged", lambda path: None)  # nothing can be written there
    reason = connection.quick_check(shipped)
    status = ensure_store(damaged=connection.Damage(shipped, reason))
    assert status.path == tmp_path / "cache" / "guidebook.sqlite" and status.rebuilt
    assert connection.quick_check(status.path) == ""


def test_a_command_that_meets_a_damaged_store_says_so_and_rebuilds_it(
        tmp_path: Path, fixture_store: Path, monkeypatch: pytest.MonkeyPatch, content_copy: Path) -> None:
    """No "internal error (DatabaseError …)": a sentence, and the next command works."""
    import argparse
    import sqlite3

    from app.cli.output import terminal_safe
    from app.errors import UserError

    shipped = tmp_path / "guidebook.sqlite"
    shutil.copy(fixture_store, shipped)
    damage_a_table_page(shipped)
    monkeypatch.setattr(connection.paths, "content_dir", lambda: content_copy)
    monkeypatch.setattr(connection.paths, "bundled_store_path", lambda: shipped)
    monkeypatch.setattr(connection.paths, "edition_store_path", lambda: None)
    monkeypatch.setattr(connection.paths, "user_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(connection, "_cache_store_path", lambda: tmp_path / "cache" / "guidebook.sqlite")

    def read_everything(_args: argparse.Namespace) -> int:
        conn = connect_readonly(ensure_store().path)
        conn.execute("SELECT count(*), sum(length(body)) FROM records").fetchone()
        return 0

    with pytest.raises(UserError, match="damaged.*rebuilt from the bundled content"):
        terminal_safe(read_everything)(argparse.Namespace())
    assert terminal_safe(read_everything)(argparse.Namespace()) == 0  # the next command
    with pytest.raises(sqlite3.OperationalError):  # an error that is not damage is not hidden
        terminal_safe(lambda _a: connect_readonly(ensure_store().path).execute("SELECT nope")
                      )(argparse.Namespace())
