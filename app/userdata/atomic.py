"""Every file the app writes is written whole or not at all.

A temporary file in the same folder is written, flushed to disk (fsync) and renamed over
the old one; the folder is synced after the rename. A failure at any step (a full disk, a
read-only folder, a vanished USB stick) removes the temporary file and leaves the old file
exactly as it was, and the caller says so. Used for settings, bookmarks, answers files,
guidance-sheet PDFs, HTML sheets and PDF exports.

The files are created owner-only (0600; a folder the app creates for them is 0700): a sheet
or an answers file can name a client.

Only regular files are replaced, and a file marked read-only is not (a rename would get
past the mark). A folder, a device (/dev/full), a pipe or a socket given as
the target is refused with `NotAFile` before anything is written, so a rename can never
turn a device node into a file. A symbolic link is replaced by the new file; the file it
pointed to is never written through.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_MAX_TEMP_PREFIX = 100  # a 250-character target name must still leave room for the temp file's
_SYSTEM_ROOTS = ("/proc", "/sys", "/dev")  # their "regular files" are the kernel's, never a document


class NotAFile(OSError):
    """The target is a folder, a device, a pipe or a socket: nothing is written to it.
    `strerror` is the reason in words, as for any OSError."""


def _json_kind(value: object) -> str:
    """What a JSON value is, in words ("an object", "a number"), not Python's type names."""
    if value is None:
        return "JSON null"
    return {dict: "a JSON object", list: "a JSON list", str: "a JSON string", bool: "true or false",
            int: "a number", float: "a number"}.get(type(value), "a JSON value")


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and missing parents) if needed; the folder itself owner-only. An
    existing folder keeps its permissions: it may be the user's own choice."""
    folder = Path(folder)
    if not folder.is_dir():
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return folder


def check_target(path: Path) -> Path:
    """`path` if a file may be (re)placed there, or NotAFile / FileNotFoundError with a reason.

    A missing file is fine when its folder exists. A symbolic link is judged by what it points
    to, but it is the link that gets replaced: the file it pointed to is never written through
    (a settings.json linked elsewhere cannot be used to overwrite another file). Checked by
    the writers themselves, and by callers that want to refuse before any work."""
    path = Path(path)
    if str(path) in ("", "."):
        raise NotAFile(errno.EISDIR, "no file name was given", str(path))
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):  # a dangling link: the new file takes its place
            return path
        if not path.parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, "its folder does not exist", str(path)) from None
        return path
    if stat.S_ISDIR(st.st_mode):
        raise NotAFile(errno.EISDIR, "it is a folder, not a file", str(path))
    if not stat.S_ISREG(st.st_mode):
        raise NotAFile(errno.EINVAL, "it is not a regular file (a device, a pipe or a socket)", str(path))
    real = os.path.realpath(path)
    if os.name == "posix" and any(real == root or real.startswith(root + "/") for root in _SYSTEM_ROOTS):
        raise NotAFile(errno.EINVAL, "it is a file of the operating system, not a document", str(path))
    if not os.access(path, os.W_OK):  # a rename would get past a file's read-only mark: respect it
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    return path


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, and need not."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes, *, make_folder: bool = False,
                check: Callable[[Path], None] | None = None) -> Path:
    """Write `data` to `path` atomically (temp file, flush, fsync, rename) and return the path
    written. `make_folder` creates a missing folder (0700).
    `check(temp_path)` may inspect the flushed temporary file and raise OSError to refuse it.

    Raises OSError (NotAFile for a folder or device) and leaves any old file untouched."""
    path = Path(path)
    if make_folder and str(path.parent) not in ("", "."):
        make_private_dir(path.parent)
    target = check_target(path)
    folder = target.parent
    try:
        import tempfile  # (loads with the first write, not with the start that reads settings)

        fd, tmp_name = tempfile.mkstemp(prefix=target.name[:_MAX_TEMP_PREFIX] + ".", suffix=".tmp", dir=folder)
    except FileNotFoundError as exc:  # a folder that takes no new files (/proc) says "No such file"
        raise OSError(exc.errno, "no file can be created in that folder", str(target)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            view = memoryview(data)
            while view:  # a short write is retried; a full disk raises ENOSPC
                written = fh.write(view)
                view = view[written:]
            fh.flush()
            os.fsync(fh.fileno())
        if tmp.stat().st_size != len(data):
            raise OSError(errno.EIO, "the file was not written whole", str(target))
        if check is not None:
            check(tmp)
        if os.name == "posix":
            os.chmod(tmp, FILE_MODE)  # as mkstemp creates it; stated here, where the promise is kept
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return target


def _utf8(text: str) -> bytes:
    """UTF-8; lone surrogates (bytes of an undecodable argument or file name) become U+FFFD
    instead of failing half-way."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text).encode("utf-8")


def write_text(path: Path, text: str, *, make_folder: bool = False) -> Path:
    """`write_bytes` for text, as UTF-8."""
    return write_bytes(path, _utf8(text), make_folder=make_folder)


def write_json(path: Path, data: Any) -> Path:
    """JSON (UTF-8, readable Cyrillic) written atomically; the folder is created 0700 if missing."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return write_bytes(path, _utf8(text), make_folder=True)


def move_aside(path: Path) -> Path:
    """Rename `path` to `<name>.corrupt-<stamp>` beside it (never deleted); the new path, or
    `path` itself when even the rename fails (read-only folder)."""
    path = Path(path)
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while aside.exists():  # two in one second must not overwrite the first copy
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
    try:
        os.replace(path, aside)
    except OSError:
        return path
    return aside


def read_json(path: Path, default: Any, expect: type | tuple[type, ...] | None = None) -> tuple[Any, str | None]:
    """(data, problem). Never raises for the file's content: a file that is not JSON, or (with
    `expect`) holds JSON of another shape, is moved aside (never deleted, never overwritten
    later) and `default` returned."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default, None
    except (OSError, ValueError, RecursionError) as exc:
        from app.userdata.write_problems import why

        if isinstance(exc, NotADirectoryError):  # nothing to set aside: the data folder is a file
            return default, (f"The data folder {path.parent} is a file, not a folder: nothing can be kept there; "
                             "choose another data folder.")
        unreadable = isinstance(exc, (ValueError, RecursionError))
        what = "is not readable JSON" if unreadable else f"could not be read ({why(exc)})"
        aside = move_aside(path)
        kept = f"it was kept as {aside.name}" if aside != path else "it was left as it is"
        return default, f"{path.name} {what}; {kept}."
    if expect is not None and not isinstance(data, expect):
        aside = move_aside(path)
        return default, (f"{path.name} did not hold what the app expected (it held {_json_kind(data)}); "
                         f"it was kept as {aside.name}.")
    return data, None
