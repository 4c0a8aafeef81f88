"""The printed sheet's fixed decisions, kept out of the Qt printer so they read (and test) alone.

How long a sheet may be, what its PDF is titled, which stylesheet lays it out, and in which
order tighter layouts are tried until it fits: app.ui.sheet_printer measures each try with
Qt's layout engine, this module decides what the tries are.
"""

from __future__ import annotations

from app import paths

PDF_TITLE = "Objector Guide"
SAFE_PDF_TITLE = "Notes"  # a safe sheet's PDF must not name the app either: it is carried through checks
MAX_SHEET_PAGES = 2  # the sheet itself; a long counsellor's note may run on to a continuation page


def sheet_css(compact: bool = False) -> str:
    """The sheet's stylesheet; `compact` adds slightly tighter type for the longest answer sets."""
    css = paths.resource("sheet", "sheet.css").read_text(encoding="utf-8")
    if compact:
        css += "\n" + paths.resource("sheet", "sheet-compact.css").read_text(encoding="utf-8")
    return css


def layouts_to_try(note: str) -> list[tuple[bool, bool]]:
    """(note on a continuation page, compact type), loosest first: slightly tighter type
    comes before a page of its own for the note, and a sheet with no note never gets one."""
    tries = [(False, False), (False, True), (True, False), (True, True)]
    return [t for t in tries if note.strip() or not t[0]]
