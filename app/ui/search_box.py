"""The search field: as-you-type with a short debounce; arrows and Enter drive the results list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from app.session.debounce import Debouncer
from app.ui.timers import QtTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

DEBOUNCE_MS = 60


class SearchBox(QLineEdit):
    """Emits `query_changed(text)` after typing pauses, `activated()` on Enter, `cleared()` on Esc."""

    query_changed = Signal(str)
    activated = Signal()
    cleared = Signal()

    def __init__(self, results: Callable[[], QListWidget | None], parent=None) -> None:
        """`results`: the results list, or None before the first search made it."""
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self._results = results
        self._debounce = Debouncer(DEBOUNCE_MS, QtTimer(self), lambda: self.query_changed.emit(self.text()))
        self.textChanged.connect(lambda _t: self._debounce.poke())

    def flush(self) -> None:
        """Run the pending query now (Enter pressed before the debounce ran, or a test)."""
        self._debounce.flush()

    def drop_pending(self) -> None:
        """Forget a query still waiting for the pause: the window is closing, and its search must
        not run afterwards on a guidebook that is closed by then."""
        self._debounce.cancel()

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        # imported here: naming `Qt` builds its 95 enums (~15 ms), which the first frame does
        # not need; app.ui.application.after_start builds them before the first keystroke (#19)
        from PySide6.QtCore import Qt

        key = ev.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._debounce.flush_pending()
            results = self._results()
            if results is not None and results.count():
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
                results.setCurrentRow(max(0, min(results.count() - 1, results.currentRow() + step)))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._debounce.flush_pending()
            self.activated.emit()
            return
        if key == Qt.Key.Key_Escape:
            self._debounce.cancel()
            self.clear()
            self.query_changed.emit("")
            self.cleared.emit()
            return
        super().keyPressEvent(ev)
