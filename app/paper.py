"""The paper sizes a sheet or a page is laid out for, defined once.

A ground-floor fact like app.langs: the settings remember one of them, the command line
and the assessment window offer them, and the Qt printer (app.ui.sheet_printer) maps each
name to its page size.
"""

from __future__ import annotations

PAGE_SIZE_NAMES: tuple[str, ...] = ("A4", "Letter")
