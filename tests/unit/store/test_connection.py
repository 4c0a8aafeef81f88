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
