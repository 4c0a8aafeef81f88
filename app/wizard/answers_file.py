"""Read a file of wizard answers ({question id: option id or [option ids]}) for the CLI and
the assessment window.

The reader lives with the writer in app.userdata.answers (one place decides what an answers
file may be: size, type of file, encoding, shape); this name stays for its callers.
"""

from __future__ import annotations

from app.userdata.answers import MAX_ANSWERS_BYTES, read_answers

__all__ = ["MAX_ANSWERS_BYTES", "read_answers"]
