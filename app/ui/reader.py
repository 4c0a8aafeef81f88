"""The reader: a QTextBrowser showing one record, with history, term tooltips, zoom and find."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTextBrowser, QToolTip

from app import links
from app.ui.history_buttons import HistoryButtons
from app.ui.style import FONT_FAMILY, styled_page

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QRegularExpression

ZOOM_MIN, ZOOM_MAX = -4, 12


class Reader(HistoryButtons, QTextBrowser):
    """Shows HTML pages; every internal link goes through `linkActivated` to one resolver."""

    linkActivated = Signal(str)
    historyRequested = Signal(int)  # -1 back, +1 forward

    def __init__(self, tooltip_for: Callable[[links.Target], str | None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._tooltip_for = tooltip_for
        self._zoom = 0
        self._base_size = self.font().pointSizeF()
        self.anchorClicked.connect(lambda url: self.linkActivated.emit(url.toString()))
        self.on_history = self.historyRequested.emit  # the mouse's back and forward buttons
        font = self.font()
        font.setFamily(FONT_FAMILY)
        self.setFont(font)

    def show_html(self, html: str) -> None:
        self.setHtml(styled_page(html, self.palette()))

    # QTextBrowser calls these for Alt+Left/Right (the mouse's buttons: HistoryButtons);
    # the main window owns the history (pages are HTML, not URLs QTextBrowser could reload).
    def backward(self) -> None:
        self.historyRequested.emit(-1)

    def forward(self) -> None:
        self.historyRequested.emit(1)

    # zoom: remembered by the main window between runs
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        steps = max(ZOOM_MIN, min(ZOOM_MAX, int(steps)))
        font = self.font()
        font.setPointSizeF(max(6.0, self._base_size + steps))
        self.setFont(font)
        self._zoom = steps

    # find in page
    @staticmethod
    def _pattern(text: str) -> QRegularExpression:
        """What find-in-page looks for: the typed text, case-insensitive, where a typed hyphen
        also matches the no-break hyphen the page keeps "17-летнего" and "C-238/19" with
        (app.render.typography); Qt's find already matches a space with a no-break space."""
        from PySide6.QtCore import QRegularExpression

        from app.render.typography import NO_BREAK_HYPHEN

        escaped = QRegularExpression.escape(text).replace("\\-", f"[-{NO_BREAK_HYPHEN}]")
        return QRegularExpression(escaped, QRegularExpression.PatternOption.CaseInsensitiveOption)

    def _mark(self, needles: list[str], whole_words: bool, colour: tuple[int, int, int], limit: int = 500) -> list[int]:
        """Mark every match of each needle (find-in-page, search words): one extra selection
        each, capped so a one-letter query cannot flood the page; returns the match starts."""
        from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument
        from PySide6.QtWidgets import QTextEdit

        fmt = QTextCharFormat()
        fmt.setBackground(QColor(*colour))
        fmt.setForeground(QColor(0, 0, 0))
        flags = QTextDocument.FindFlag.FindWholeWords if whole_words else QTextDocument.FindFlag(0)
        selections, starts = [], []
        for needle in map(self._pattern, dict.fromkeys(n for n in needles if n)):
            cursor = self.document().find(needle, 0, flags)
            while not cursor.isNull() and len(selections) < limit:
                sel = QTextEdit.ExtraSelection()
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
                starts.append(cursor.selectionStart())
                cursor = self.document().find(needle, cursor, flags)
        self.setExtraSelections(selections)
        return starts

    def highlight_all(self, text: str) -> tuple[int, int]:
        """Mark every match of `text`; (number of the current match, total) for "n of m"."""
        starts = self._mark([text], whole_words=False, colour=(255, 235, 120))
        current = self.textCursor().selectionStart() if self.textCursor().hasSelection() else -1
        return (starts.index(current) + 1 if current in starts else 0), len(starts)

    def highlight_words(self, words: list[str]) -> int:
        """Mark the words a search matched, wherever they stand on the page; how many marks."""
        return len(self._mark([w for w in words if len(w) >= 2], whole_words=True, colour=(255, 245, 170)))

    def find_text(self, text: str, backward: bool = False) -> bool:
        if not text:
            return False
        from PySide6.QtGui import QTextDocument  # its five enums: not at start (#19)

        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        pattern = self._pattern(text)
        if self.find(pattern, flags):
            return True
        cursor = self.textCursor()  # wrap around once
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(pattern, flags)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        """Copied text has ordinary hyphens: a case number ("C-238/19") pasted into a court's
        search or an e-mail must be the characters people type (Qt already turns the page's
        no-break spaces into spaces; the no-break hyphens of app.render.typography it keeps)."""
        from app.render.typography import plain

        data = super().createMimeDataFromSelection()
        data.setText(plain(data.text()))
        return data

    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ToolTip:
            anchor = self.anchorAt(ev.pos())
            target = links.parse(anchor) if anchor else None
            tip = self._tooltip_for(target) if target else None
            if tip:
                QToolTip.showText(ev.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                if anchor and not target:
                    from PySide6.QtCore import QUrl  # (its enums are not needed before a tooltip, #19)

                    QToolTip.showText(ev.globalPos(), QUrl(anchor).toDisplayString(), self)
            return True
        return super().event(ev)
