"""A dialog's button row that breaks into two rows when the window is too narrow for one.

The assessment has seven buttons; on a 640-pixel screen one row of them would force the
window wider than the screen. The session buttons stay on the left, the way on (Back,
Next, Close) on the right; when they do not fit side by side, the way on moves below.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class ButtonRows(QWidget):
    def __init__(self, left: list[QPushButton], right: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonRows")
        self._left, self._right = left, right
        self._top, self._bottom = QHBoxLayout(), QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top)
        layout.addLayout(self._bottom)
        for b in left:
            self._top.addWidget(b)
        self._top.addStretch(1)
        self._bottom.addStretch(1)
        self._two_rows = True
        self._place(two_rows=False)

    @property
    def two_rows(self) -> bool:
        return self._two_rows

    def _needed(self) -> int:
        spacing = max(0, self._top.spacing())
        buttons = self._left + self._right
        return sum(b.sizeHint().width() for b in buttons) + spacing * (len(buttons) + 1) + 24

    def _place(self, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        for b in self._right:
            (self._bottom if self._two_rows else self._top).removeWidget(b)
        target = self._bottom if two_rows else self._top
        for b in self._right:
            target.addWidget(b)
        self._two_rows = two_rows

    def minimumSizeHint(self):  # noqa: N802 (Qt override): one row of whichever group is wider
        hint = super().minimumSizeHint()
        spacing = max(0, self._top.spacing())
        widest = max(sum(b.sizeHint().width() + spacing for b in group) for group in (self._left, self._right))
        hint.setWidth(widest)
        return hint

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(ev)
        self._place(two_rows=ev.size().width() < self._needed())

    def changeEvent(self, ev) -> None:  # noqa: N802 (Qt override): translated labels change the widths
        super().changeEvent(ev)
        if ev.type() in (ev.Type.LanguageChange, ev.Type.FontChange):
            self._place(two_rows=self.width() < self._needed())
