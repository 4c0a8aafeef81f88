"""One writer at a time for a file two open copies of the app share (settings, bookmarks, an
edition install): a lock file beside it, held with the operating system's own lock.

The lock is the system's (flock on Linux and macOS, LockFileEx on Windows), so it is
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
from contextlib import ExitStack, contextmanager
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


@contextmanager
def writing(path: Path, what: str) -> Iterator[None]:
    """`path` (the settings, the bookmarks) held for one window's read, merge and write: the
    lock beside it, given up after 5 s with an OSError whose words the window shows."""
    with ExitStack() as held:
        try:
            held.enter_context(locked(path.with_name(path.name + ".lock"), timeout=5))
        except LockBusy:
            raise OSError(errno.EBUSY, f"the {what} file is busy in another window; try again") from None
        yield


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    # LockFileEx, not msvcrt.locking: the C runtime's errno for a held lock is not reliable
    # (Wine leaves it 0) and older runtimes sleep a second after each failed try; the kernel's
    # own error is. ctypes is in the Windows bundle anyway (app.paths asks the shell for folders).
    _KERNEL32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _EXCLUSIVE_NOW = 0x2 | 0x1  # LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY
    _ERROR_LOCK_VIOLATION = 33

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _KERNEL32.LockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                                     wintypes.DWORD, ctypes.POINTER(_Overlapped)]
    _KERNEL32.LockFileEx.restype = wintypes.BOOL
    _KERNEL32.UnlockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                                       ctypes.POINTER(_Overlapped)]
    _KERNEL32.UnlockFileEx.restype = wintypes.BOOL

    def _open(path: Path) -> int:
        try:
            attributes = os.lstat(path).st_file_attributes
        except FileNotFoundError:
            attributes = 0
        if attributes & stat.FILE_ATTRIBUTE_REPARSE_POINT:
            raise OSError(errno.ELOOP, f"{path.name} is a link; the lock is not taken through it")
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_BINARY, 0o600)

    def _try_lock(fd: int) -> bool:
        """Byte 0 of the lock file, exclusively, without waiting (locking past the end is allowed)."""
        handle = msvcrt.get_osfhandle(fd)
        if _KERNEL32.LockFileEx(handle, _EXCLUSIVE_NOW, 0, 1, 0, ctypes.byref(_Overlapped())):
            return True
        error = ctypes.get_last_error()
        if error == _ERROR_LOCK_VIOLATION:
            return False
        raise ctypes.WinError(error)

    def _unlock(fd: int) -> None:
        if not _KERNEL32.UnlockFileEx(msvcrt.get_osfhandle(fd), 0, 1, 0, ctypes.byref(_Overlapped())):
            raise ctypes.WinError(ctypes.get_last_error())

else:
    import fcntl

    def _open(path: Path) -> int:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
