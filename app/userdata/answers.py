"""Save an assessment's answers to a file the counsellor chose (and only then).

Nothing about a client is saved on its own: this is the explicit "Save answers…" of the
assessment window, like exporting a PDF. Only the answers are written — never the name
or the note — whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import UserError
from app.userdata.atomic import write_json


def write_answers(path: str | Path, answers: dict[str, Any]) -> Path:
    file = Path(path)
    if file.suffix.lower() != ".json":
        file = file.with_suffix(".json")
    try:
        write_json(file, answers)
    except OSError as exc:
        raise UserError(f"The answers could not be saved to {file}: {exc.strerror or exc}") from None
    return file
