"""The lock two open copies of the app take before rewriting a shared file (app.userdata.file_lock)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.userdata.file_lock import LockBusy, locked

HOLD = ("import sys, time\n"
        "from app.userdata.file_lock import locked\n"
        "with locked(sys.argv[1], timeout=5):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(float(sys.argv[2]))\n")


@contextmanager
def holder(lock: Path, seconds: float) -> Iterator[subprocess.Popen]:
    """Another process holding `lock` for `seconds` (killed at the end of the block)."""
    with subprocess.Popen([sys.executable, "-c", HOLD, str(lock), str(seconds)], stdout=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        try:
            yield proc
        finally:
            proc.kill()
            proc.wait()


def test_a_second_process_waits_then_gives_up_with_lock_busy(tmp_path: Path) -> None:
    lock = tmp_path / "settings.json.lock"
    with holder(lock, 30):
        started = time.monotonic()
        with pytest.raises(LockBusy), locked(lock, timeout=0.3):
            pass
        assert 0.3 <= time.monotonic() - started < 5


def test_the_lock_is_taken_once_the_other_process_lets_go(tmp_path: Path) -> None:
    lock = tmp_path / "bookmarks.json.lock"
    with holder(lock, 0.5) as other, locked(lock, timeout=10):
        assert other.wait(timeout=10) == 0  # it had let go (and ended) before the lock came


def test_a_crashed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    lock = tmp_path / "settings.json.lock"
    with holder(lock, 30) as other:
        other.kill()  # SIGKILL, TerminateProcess on Windows: no finally runs
        other.wait()
        with locked(lock, timeout=1):
            pass


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_link_planted_at_the_lock_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "client-notes.txt"
    victim.write_text("keep me", encoding="utf-8")
    lock = tmp_path / "settings.json.lock"
    lock.symlink_to(victim)
    with pytest.raises(OSError), locked(lock, timeout=1):
        pass
    assert victim.read_text(encoding="utf-8") == "keep me"
    missing = tmp_path / "would-be-created.txt"
    (tmp_path / "bookmarks.json.lock").symlink_to(missing)
    with pytest.raises(OSError), locked(tmp_path / "bookmarks.json.lock", timeout=1):
        pass
    assert not missing.exists()


def test_saving_a_setting_while_another_window_holds_the_file_says_so(tmp_path: Path, monkeypatch) -> None:
    from app.userdata import file_lock
    from app.userdata.settings import load_settings, save_settings, settings_path

    settings, _ = load_settings()
    save_settings(settings)
    real = file_lock.locked
    monkeypatch.setattr(file_lock, "locked", lambda path, timeout: real(path, timeout=0.2))
    settings.zoom = 2
    with holder(settings_path().with_name("settings.json.lock"), 30), \
            pytest.raises(OSError, match="busy in another window"):
        save_settings(settings, ["zoom"])
    assert save_settings(settings, ["zoom"]).zoom == 2


def test_saving_a_setting_loads_no_asyncio(tmp_path: Path) -> None:
    """The first save of a setting (a zoom, the window's size at closing) takes the lock:
    with filelock (3.15 and later) that imported asyncio, ssl, sockets and subprocess, 9 MB
    and ~40 ms (#19)."""
    script = ("import sys\n"
              "from app.userdata.settings import load_settings, save_settings\n"
              "settings, _ = load_settings()\n"
              "settings.zoom = 3\n"
              "save_settings(settings, ['zoom'])\n"
              "assert load_settings()[0].zoom == 3\n"
              "print(sorted(m for m in ('asyncio', 'ssl', 'socket', 'subprocess') if m in sys.modules))\n")
    env = {**os.environ, "OBJECTOR_GUIDE_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
