"""Where the cache copies go (app.paths.user_cache_dir): a USB stick used on a borrowed computer
must leave nothing on that computer, not even a copy of the page words that shows the app ran."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import env, paths


def test_a_placed_data_folder_holds_the_cache_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(env.DATA_DIR, str(tmp_path / "stick" / "data"))
    assert paths.user_cache_dir() == tmp_path / "stick" / "data" / "cache"


def test_portable_mode_keeps_the_cache_beside_the_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(env.DATA_DIR, raising=False)
    monkeypatch.setenv(env.PORTABLE, "1")
    assert paths.user_cache_dir() == paths.user_data_dir() / "cache"
    assert paths.user_cache_dir().is_relative_to(paths.executable_dir())


def test_otherwise_the_platforms_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(env.DATA_DIR, raising=False)
    monkeypatch.delenv(env.PORTABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert paths.user_cache_dir().is_relative_to(tmp_path / "xdg-cache")


def test_a_new_build_never_reads_a_copy_made_by_the_old_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In a built app the modules have no files: the executable stands for the code in a key."""
    import sys

    from app.userdata import cache

    exe = tmp_path / "objector-guide"
    exe.write_bytes(b"build 1")
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(paths, "is_frozen", lambda: True)
    first = cache.stamps()
    exe.write_bytes(b"build two")  # same version number, new build
    assert cache.stamps() != first
    monkeypatch.setattr(paths, "is_frozen", lambda: False)
    assert cache.stamps() == cache.stamps() and len(cache.stamps()) == 1  # a source run: the version alone
