"""Say in one sentence why a file could not be written, and where — for every write the app
makes (settings, bookmarks, imports, answers, PDFs).

An errno and a temporary file name (`[Errno 13] … bookmarks.json.nx1kk3zo.tmp`) tell a
counsellor nothing; "the folder … cannot be written" or "the disk is full" tells them what
to do. Plain Python so the CLI, the importer and the window share the words.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def kind(exc: BaseException) -> str:
    """'full', 'denied' or 'other': for the window, which says it in the interface language."""
    reason = why(exc)
    return {"the disk is full": "full",
            "the folder cannot be written (read-only, or no permission)": "denied"}.get(reason, "other")


def why(exc: BaseException) -> str:
    """'the disk is full', 'the folder cannot be written (read-only, or no permission)', or the
    system's own words without file names."""
    code = getattr(exc, "errno", None)
    text = (getattr(exc, "strerror", None) or str(exc)).lower()
    if code in _FULL or "full" in text or "no space" in text:
        return "the disk is full"
    if code in _DENIED or any(w in text for w in ("read-only", "readonly", "permission", "unable to open")):
        return "the folder cannot be written (read-only, or no permission)"
    if code in (errno.EEXIST, errno.ENOTDIR) and getattr(exc, "strerror", None) in (None, os.strerror(code)):
        # making the data folder, or a file in it, where a file stands: "File exists" said nothing
        return "a file stands where its folder should be"
    return getattr(exc, "strerror", None) or exc.__class__.__name__


def is_write_problem(exc: BaseException) -> bool:
    return why(exc) in ("the disk is full", "the folder cannot be written (read-only, or no permission)")


def cannot_save(what: str, folder: Path, exc: BaseException) -> str:
    """'Bookmarks cannot be saved in /x: the disk is full.' (`what` starts the sentence)."""
    return f"{what} cannot be saved in {folder}: {why(exc)}."


def folder_problem(folder: Path) -> str | None:
    """None when the app can write `folder` (created if missing); otherwise the reason. Tried
    for real with a temporary file, since permissions alone do not show a full disk or a
    read-only mount."""
    try:
        from app.userdata.atomic import make_private_dir

        make_private_dir(folder)
        fd, name = tempfile.mkstemp(prefix=".write-test.", dir=folder)
        try:
            os.write(fd, b"x")
            os.fsync(fd)
        finally:
            os.close(fd)
            os.unlink(name)
    except OSError as exc:
        return why(exc)
    return None
