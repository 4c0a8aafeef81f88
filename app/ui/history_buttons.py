"""The mouse's back and forward buttons over a list or a tree: back and forward through the pages.

The reader gets them from QTextBrowser itself (app/ui/reader.py: backward/forward). Lists and
trees get this mixin's `mousePressEvent`, which Qt calls for a mouse press and nothing else.
An event filter would do the same job, but every event of the view would pass through Python,
and the first private Qt object such a filter is handed makes PySide load every Qt class, ~20 ms
(#19).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class HistoryButtons:
    """Mix into a QAbstractItemView subclass, before it: `on_history(step)` gets -1 or +1."""

    on_history: Callable[[int], None] | None = None

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt  # not at import: see app.ui.roles (#19)

        step = {Qt.MouseButton.BackButton: -1, Qt.MouseButton.ForwardButton: 1}.get(event.button(), 0)
        if step and self.on_history is not None:
            event.accept()
            self.on_history(step)
            return
        super().mousePressEvent(event)  # type: ignore[misc]
