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
