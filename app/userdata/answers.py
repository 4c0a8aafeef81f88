"""Answers files ({question id: option id or [option ids]}): read for the CLI and the
assessment window, and saved to a file the counsellor chose (and only then).

Nothing about a client is saved on its own: saving is the explicit "Save answers…" of the
assessment window, like exporting a PDF. Only the answers are written — never the name
or the note — whole or not at all, owner-only (0600).

Reading takes anything a counsellor may hand over and answers in one sentence: a missing
file, a folder, a pipe or a device (which would block or never end), a file over 1 MB
(an answers file is a few hundred bytes), text that is not UTF-8, JSON that is broken or
nested thousands deep. A UTF-8 byte-order mark, as Windows Notepad writes one, is fine.
Values the engine cannot use (unknown ids, numbers) are left for the engine to ignore:
a stale answers file must not stop a counsellor.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.userdata.atomic import write_json

MAX_ANSWERS_BYTES = 1_000_000
_SHAPE = '{"question-id": "option-id" or ["option-id", ...]}'


def _read_limited(file: Path) -> bytes:
    """The file's bytes; refuses what is not a regular file without blocking on it."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(file, flags)
    except FileNotFoundError:
        raise UserError(f"answers file not found: {file}") from None
    except IsADirectoryError:
        raise UserError(f"answers file is a folder, not a file: {file}") from None
    except OSError as exc:
        raise UserError(f"cannot read the answers file {file}: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UserError(f"answers file is a folder, not a file: {file}")
        if not stat.S_ISREG(st.st_mode):
            raise UserError(f"the answers file {file} is not a regular file (a pipe or a device); "
                            "save the answers to a .json file first")
        if st.st_size > MAX_ANSWERS_BYTES:
            raise UserError(f"the answers file {file} is {st.st_size:,} bytes; "
                            f"an answers file is at most {MAX_ANSWERS_BYTES:,} bytes (1 MB)")
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_ANSWERS_BYTES:  # a file that grows while read is still bounded
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UserError(f"cannot read the answers file {file}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > MAX_ANSWERS_BYTES:
        raise UserError(f"the answers file {file} is larger than {MAX_ANSWERS_BYTES // 1_000_000} MB; "
                        "an answers file is a few hundred bytes")
    return b"".join(chunks)


def read_answers(path: str | Path) -> dict[str, Any]:
    """The answers in `path`, or a UserError whose text is the one sentence to show."""
    file = Path(path)
    raw = _read_limited(file)
    try:
        text = raw.decode("utf-8-sig")  # a BOM from Notepad is not an error
    except UnicodeDecodeError as exc:
        raise UserError(f"the answers file {file} is not UTF-8 text "
                        f"(byte 0x{raw[exc.start]:02x} at position {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"the answers file {file} is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise UserError(f"the answers file {file} is nested too deeply to be answers: {_SHAPE}") from None
    if not isinstance(data, dict):
        raise UserError(f"the answers file {file} must hold a JSON object: {_SHAPE}")
    return data


def write_answers(path: str | Path, answers: dict[str, Any]) -> Path:
    file = Path(path)
    if file.suffix.lower() != ".json":
        file = file.with_suffix(".json")
    try:
        return write_json(file, answers)
    except OSError as exc:
        from app.userdata.write_problems import why

        raise UserError(f"The answers could not be saved to {file}: {why(exc)}; nothing was changed.") from None
