"""One build at a time across test processes (`./dev.sh test` runs pytest on every core).

The tests that build the frozen app (tests/e2e/test_frozen.py, the Windows build in
tests/packaging/) write into the same dist/ and build/work/ folders. pytest-xdist could keep
them on one worker with `--dist loadgroup`, but with pytest 9.2 that grouping silently does
nothing (pytest-dev/pytest-xdist#1386), so each build step holds this lock instead (filelock,
as the app's settings and bookmarks do): a second process waits, then finds the build up to
date (`--if-stale`) and goes on.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "build" / "work" / ".tests-build.lock"


def build_lock() -> FileLock:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(LOCK))
