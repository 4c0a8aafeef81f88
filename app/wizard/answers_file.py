"""Read a file of wizard answers ({question id: option id or [option ids]}) for the CLI.

A missing, unreadable or malformed file is the user's to fix, so it becomes one sentence.
Values the engine cannot use (unknown ids, numbers) are left for the engine to ignore:
a stale answers file must not stop a counsellor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.errors import UserError


def read_answers(path: str | Path) -> dict[str, Any]:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"answers file not found: {file}") from None
    except IsADirectoryError:
        raise UserError(f"answers file is a folder, not a file: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read the answers file {file}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"the answers file {file} is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(data, dict):
        raise UserError(f"the answers file {file} must hold a JSON object: "
                        '{"question-id": "option-id" or ["option-id", ...]}')
    return data

