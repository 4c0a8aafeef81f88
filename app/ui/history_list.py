"""A list whose mouse back and forward buttons go through the pages (the glossary, the
bookmarks, the search results).

Its own module, loaded with the first list shown: the window opens on the contents tree, and
making a list class at start built QListView's and QListWidgetItem's Python enums (#19).
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from app.ui.history_buttons import HistoryButtons


class HistoryList(HistoryButtons, QListWidget):
    """A list whose back and forward mouse buttons go through the pages."""
