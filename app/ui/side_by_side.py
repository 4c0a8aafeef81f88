"""The page in a second language beside the reader, for explaining a point across the table.

The counsellor reads in the interface language; the client follows the same page in their
own language next to it. Both panes show one record; a link followed in either opens the
new page in both, and scrolling one scrolls the other to the same place in proportion (the
translations are not line for line, so proportion is the honest alignment).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import links
from app.langs import LANGUAGES, NAMES
from app.ui.reader import Reader

if TYPE_CHECKING:  # its type, with its enums, is made when side by side is first shown (#19)
    from PySide6.QtWidgets import QScrollBar


def default_partner(lang: str) -> str:
    """The language most clients read: Russian, unless the counsellor already reads Russian."""
    return "ru" if lang != "ru" else "en"


class LanguagePane(QWidget):
    """A language caption over a reader: which language a pane shows is never left to guess."""

    def __init__(self, reader: Reader, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.reader = reader
        self.caption = QLabel()
        self.caption.setObjectName(object_name + "Caption")
        self.caption.setStyleSheet("QLabel { font-weight: bold; padding: 3px 6px; }")
        self.caption.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(reader, 1)

    def show_caption(self, lang: str | None) -> None:
        self.caption.setVisible(bool(lang))
        if lang:
            self.caption.setText(NAMES.get(lang, lang))
            self.caption.setAccessibleName(NAMES.get(lang, lang))


class SecondReader(LanguagePane):
    """The second pane: hidden until asked for; remembers its language."""

    def __init__(self, tooltip_for: Callable[[links.Target], str | None], parent: QWidget | None = None) -> None:
        super().__init__(Reader(tooltip_for), "secondPane", parent)
        self.reader.setObjectName("secondReader")
        self.lang = "ru"
        self.hide()

    def set_lang(self, lang: str) -> None:
        if lang in LANGUAGES:
            self.lang = lang
            self.show_caption(lang)


class ScrollSync:
    """Keep two scroll bars at the same proportion of their range, in both directions."""

    def __init__(self, first: QScrollBar, second: QScrollBar) -> None:
        self._busy = False
        self.enabled = False
        first.valueChanged.connect(lambda _v: self._follow(first, second))
        second.valueChanged.connect(lambda _v: self._follow(second, first))
        first.rangeChanged.connect(lambda *_: self._follow(first, second))

    def _follow(self, source: QScrollBar, target: QScrollBar) -> None:
        if self._busy or not self.enabled:
            return
        self._busy = True
        try:
            span = source.maximum() - source.minimum()
            share = (source.value() - source.minimum()) / span if span > 0 else 0.0
            target.setValue(target.minimum() + round(share * (target.maximum() - target.minimum())))
        finally:
            self._busy = False

