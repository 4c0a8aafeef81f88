"""One build at a time across test processes (`./dev.sh test` runs pytest on every core).

The tests that build the frozen app (tests/e2e/test_frozen.py, the Windows build in
tests/packaging/) write into the same dist/ and build/work/ folders. pytest-xdist could keep
them on one worker with `--dist loadgroup`, but with pytest 9.2 that grouping silently does
nothing (pytest-dev/pytest-xdist#1386), so each build step holds this lock instead: a second
process waits, then finds the build up to date (`--if-stale`) and goes on.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "build" / "work" / ".tests-build.lock"


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    if os.name != "posix":  # one process builds at a time on Windows anyway (no xdist there)
        yield
        return
    import fcntl

    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with open(LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
