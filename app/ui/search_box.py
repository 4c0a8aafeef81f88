"""The search field: as-you-type with a short debounce; arrows and Enter drive the results list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget

DEBOUNCE_MS = 60


class SearchBox(QLineEdit):
    """Emits `query_changed(text)` after typing pauses, `activated()` on Enter, `cleared()` on Esc."""

    query_changed = Signal(str)
    activated = Signal()
    cleared = Signal()

    def __init__(self, results: QListWidget, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self._results = results
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _t: self._timer.start())

    def flush(self) -> None:
        """Run the pending query now (Enter pressed before the debounce ran, or a test)."""
        self._timer.stop()
        self.query_changed.emit(self.text())

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        key = ev.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if self._timer.isActive():
                self.flush()
            count = self._results.count()
            if count:
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
                row = max(0, min(count - 1, self._results.currentRow() + step))
                self._results.setCurrentRow(row)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.flush()
            self.activated.emit()
            return
        if key == Qt.Key.Key_Escape:
            self._timer.stop()
            self.clear()
            self.query_changed.emit("")
            self.cleared.emit()
            return
        super().keyPressEvent(ev)
