"""One writer at a time for a file two open copies of the app share (settings, bookmarks, an
edition install): a lock file beside it, held with the operating system's own lock.

The lock is the system's (flock on Linux and macOS, msvcrt's byte lock on Windows), so it is
released when the process ends, however it ends: a crash never leaves a stale lock behind. The
lock file is never followed through a symbolic link (O_NOFOLLOW; on Windows a reparse point is
refused), so a link planted at its place cannot make the app create or truncate another file.

filelock did this before; since its 3.15 importing it also imports asyncio, ssl, sockets and
subprocess, ~9 MB and ~40 ms at the first save of a setting (#19), and the versions without
that carry CVE-2025-68146. The lock file itself is left in place (empty): removing it while
another process waits on it would let two writers in.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_POLL = 0.05  # seconds between tries while another process holds the lock


class LockBusy(OSError):
    """Another process held the lock for the whole timeout."""


@contextmanager
def locked(path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock at `path` (created if missing) for the `with` block; LockBusy when another
    process holds it for `timeout` seconds; OSError when the lock file cannot be opened."""
    fd = _open(Path(path))
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockBusy(errno.EBUSY, f"{Path(path).name} is held by another process")
            time.sleep(_POLL)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _open(path: Path) -> int:
    if sys.platform == "win32":
        try:
            attributes = os.lstat(path).st_file_attributes  # type: ignore[attr-defined]
        except FileNotFoundError:
            attributes = 0
        if attributes & stat.FILE_ATTRIBUTE_REPARSE_POINT:  # type: ignore[attr-defined]
            raise OSError(errno.ELOOP, f"{path.name} is a link; the lock is not taken through it")
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)
