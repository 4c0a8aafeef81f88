"""The printed sheet's fixed decisions, kept out of the Qt printer so they read (and test) alone.

How long a sheet may be, what its PDF is titled, which stylesheet lays it out, and in which
order tighter layouts are tried until it fits: app.ui.sheet_printer measures each try with
Qt's layout engine, this module decides what the tries are.
"""

from __future__ import annotations

from typing import NamedTuple

from app import paths

PDF_TITLE = "Objector Guide"
SAFE_PDF_TITLE = "Notes"  # a safe sheet's PDF must not name the app either: it is carried through checks
MAX_SHEET_PAGES = 2  # the sheet itself; a long counsellor's note may run on to a continuation page

# Page margins (left, top, right, bottom) in millimetres. Every sheet and page is printed
# inside SHEET_MARGINS_MM; only the tight layout, the last try, uses TIGHT_MARGINS_MM: still
# clear of what office printers cannot reach (about 4-5 mm), with 4-5 mm a side more paper for text.
SHEET_MARGINS_MM: tuple[float, float, float, float] = (11, 10, 11, 10)
TIGHT_MARGINS_MM: tuple[float, float, float, float] = (6, 6, 6, 6)
INDENT_PT = 14.0        # a list's indent; Qt's default 40 wastes a column on paper
TIGHT_INDENT_PT = 10.0

# The tight layout: after sheet.css and sheet-compact.css, for the few answer sets that do not
# fit two pages even in compact type (many circumstances at once, in Russian or German, on
# Letter paper). The body type stays at compact's 7 pt and nothing is left out; the room comes
# from lines set closer (DejaVu Sans's own line gap is generous: at 85% a descender and the
# next line's capitals and accents still do not touch; 86% until the no-break spaces of
# app.render.typography cost the very longest Russian Letter sheet its last line), from
# headings and small print nearer the body size, and from the page margins above. Qt's rich
# text takes no margin in pt (sheet.css's paragraph and heading margins are already none on
# paper), so spacing gives nothing more.
TIGHT_CSS = """
p, li, td { line-height: 85%; }
h1 { font-size: 11pt; }
h2 { font-size: 8.5pt; }
p.sub { font-size: 8pt; }
p.category { font-size: 9pt; }
p.small, p.meta { font-size: 7pt; }
"""


class SheetLayout(NamedTuple):
    """One way of laying out a sheet; sheet_document tries them in layouts_to_try's order."""

    note_on_continuation: bool  # the counsellor's note on a page of its own
    compact: bool               # sheet-compact.css, and no key-terms table
    tight: bool = False         # compact plus TIGHT_CSS and TIGHT_MARGINS_MM: the last resort


def sheet_css(compact: bool = False, tight: bool = False) -> str:
    """The sheet's stylesheet; `compact` adds slightly tighter type for the longest answer sets,
    `tight` (which implies compact) closer lines and smaller headings for the very longest."""
    css = paths.resource("sheet", "sheet.css").read_text(encoding="utf-8")
    if compact or tight:
        css += "\n" + paths.resource("sheet", "sheet-compact.css").read_text(encoding="utf-8")
    if tight:
        css += "\n" + TIGHT_CSS
    return css


def margins_mm(layout: SheetLayout) -> tuple[float, float, float, float]:
    return TIGHT_MARGINS_MM if layout.tight else SHEET_MARGINS_MM


def indent_pt(layout: SheetLayout) -> float:
    return TIGHT_INDENT_PT if layout.tight else INDENT_PT


def layouts_to_try(note: str) -> list[SheetLayout]:
    """Loosest first: slightly tighter type comes before a page of its own for the note, the
    tight layout comes after every other (with a note: inline first, then the note on its
    own page), and a sheet with no note never gets a continuation page."""
    tries = [SheetLayout(False, False), SheetLayout(False, True), SheetLayout(True, False), SheetLayout(True, True),
             SheetLayout(False, True, tight=True), SheetLayout(True, True, tight=True)]
    return [t for t in tries if note.strip() or not t.note_on_continuation]
