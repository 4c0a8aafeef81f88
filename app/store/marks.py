"""The control characters that mark a matched word inside a snippet, in one place.

The search writes them around each match (app.store.snippet); the results list, the page
marking and the terminal turn them into bold, highlight or brackets. They live apart from
the snippet code, whose regular expressions the first frame does not need (#19).
"""

from __future__ import annotations

MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
