"""The one sentence a failed write gets: what, where, why — never an errno or a temp file name."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.userdata.write_problems import cannot_save, folder_problem, kind


@pytest.mark.parametrize(("exc", "expected"), [
    (OSError(errno.ENOSPC, "No space left on device", "/d/x.json.ab12.tmp"), "full"),
    (OSError(errno.EROFS, "Read-only file system", "/d/x.json.ab12.tmp"), "denied"),
    (PermissionError(errno.EACCES, "Permission denied", "/d/x.json.ab12.tmp"), "denied"),
    (OSError(errno.EIO, "Input/output error"), "other"),
])
def test_kinds(exc: OSError, expected: str) -> None:
    assert kind(exc) == expected


def test_sentence_names_folder_and_reason_only(tmp_path: Path) -> None:
    text = cannot_save("Bookmarks", tmp_path, OSError(errno.ENOSPC, "No space left on device", "/d/b.json.x1.tmp"))
    assert text == f"Bookmarks cannot be saved in {tmp_path}: the disk is full."


def test_folder_problem_tries_a_real_write(tmp_path: Path) -> None:
    assert folder_problem(tmp_path / "new") is None and (tmp_path / "new").is_dir()
    assert list((tmp_path / "new").iterdir()) == []  # the probe leaves nothing behind
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert folder_problem(blocker / "data") is not None
