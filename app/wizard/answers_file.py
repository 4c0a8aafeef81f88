"""Read a file of wizard answers ({question id: option id or [option ids]}) for the CLI.

A missing, unreadable or malformed file is the user's to fix, so it becomes one sentence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.errors import UserError


def read_answers(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"The answers file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"The answers file {path} cannot be read ({exc.__class__.__name__}).") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"The answers file {path} is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and (isinstance(v, str) or (isinstance(v, list) and all(isinstance(i, str) for i in v)))
            for k, v in data.items()):
        raise UserError(f"The answers file {path} must map question ids to an option id or a list of option ids.")
    return data
