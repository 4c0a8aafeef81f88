"""The search results list: kind, title and a snippet with the matched words highlighted."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate

from app.render.html import escape
from app.session.search_controller import ROWS_LAID_OUT_FIRST
from app.store.marks import MARK_CLOSE, MARK_OPEN
from app.ui.history_buttons import HistoryButtons
from app.ui.roles import RICH_ROLE
from app.ui.safe_text import literal

if TYPE_CHECKING:  # the classes themselves, with their enums, are made on the first result (#19)
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

    Index = QModelIndex | QPersistentModelIndex  # what Qt passes a delegate

    from app.store.hit import Hit  # loads with the search engine, after the first paint


def snippet_html(hit: Hit) -> str:
    """Escape the snippet, then turn the index's match markers (control characters) into bold."""
    text = escape(hit.snippet.replace("\n", " "))
    return text.replace(MARK_OPEN, "<b><u>").replace(MARK_CLOSE, "</u></b>")


class ResultDelegate(QStyledItemDelegate):
    """Paints each hit as rich text (title line + snippet) in the list's palette.

    Laying out rich text is the costly part of a keystroke, and Qt asks for each row's size
    and then paints it: one laid-out document per (text, width) is kept and reused.
    """

    _CACHE_SIZE = 256

    def __init__(self, parent=None, row_html: Callable[[int], str | None] = lambda row: None) -> None:
        super().__init__(parent)
        self._docs: dict[tuple[str, int, str], QTextDocument] = {}
        self._row_html = row_html  # a hit row's HTML, made when Qt first measures or paints the row
        self.on_first_paint: Callable[[], None] | None = None  # the start-up benchmark's hook
        # called once from the next row's paint, so it may only schedule work (ResultsList's rest)
        self.after_paint: Callable[[], None] | None = None

    def _doc(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        html = index.data(RICH_ROLE) or self._row_html(index.row()) or escape(index.data() or "")
        # the same width when Qt asks for the size (option.rect is often empty then) and when it
        # paints: otherwise a row is laid out at one height and painted at another, and the
        # highlight of one row spills over the next
        # The width leaves room for the scroll bar whether or not it shows: when the bar appears
        # (a long result list) the rows keep their width, so no row is laid out twice (#19).
        view = option.widget
        width = max(100, (self._text_width(view) if view is not None else option.rect.width()) - 8)
        key = (html, width, option.font.key())
        doc = self._docs.get(key)
        if doc is None:
            from PySide6.QtGui import QTextDocument  # QtGui's text types come with the first result (#19)

            if len(self._docs) >= self._CACHE_SIZE:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setHtml(html)
            doc.setTextWidth(width)
            self._docs[key] = doc
        return doc

    @staticmethod
    def _text_width(view) -> int:
        # the scroll bar's own width, not QStyle.pixelMetric: touching QStyle in Python builds
        # its ~20 enums (~3% of the start to a first result, #19)
        return view.maximumViewportSize().width() - view.verticalScrollBar().sizeHint().width()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt API)
        """The style draws the row's background, selection and focus; the text is ours."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        # No QStyle in Python here (its enums cost ~3% of the start to a first result, #19): the
        # base class draws the row through the style, with the text left out by initStyleOption,
        # and selection is read from the view.
        super().paint(painter, option, index)
        doc = self._doc(option, index)
        if self.on_first_paint is not None:
            hook, self.on_first_paint = self.on_first_paint, None
            hook()
        if self.after_paint is not None:
            after, self.after_paint = self.after_paint, None
            after()
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette

        ctx = QAbstractTextDocumentLayout.PaintContext()
        view = cast("QAbstractItemView | None", option.widget)  # the list this delegate draws for
        selected = view is not None and view.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 4, option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)



# the rows of the fill laid out whole that its first frame does not show are listed once that
# frame is painted, or after this long whatever happens (a minimised window paints nothing)
_REST_AT_THE_LATEST_MS = 250


class ResultsList(HistoryButtons, QListWidget):
    """Rows show hits or suggestions. The Python objects behind the rows live in `_entries`,
    never inside the items: PySide can mis-count references to Python objects stored in item
    data, which crashed the app after a few hundred keystrokes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Hit | str | None] = []
        self._heads: list[str] = []  # per hit row: the HTML of its kind and title lines
        self._html: dict[int, str] = {}  # per hit row: its whole HTML, once made
        self.setObjectName("resultsList")
        self._delegate = ResultDelegate(self, self.row_html)  # typed: its after_paint is ours
        self.setItemDelegate(self._delegate)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-measured when the width changes
        # rows laid out eight at a time, the rest while the event loop goes on: a keystroke waits
        # for the rows it shows, not for thirty rich-text layouts (#19: one- and two-letter
        # prefixes p99 14 ms -> 5-7 ms; first search result -2.7% instructions)
        self.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.setBatchSize(ROWS_LAID_OUT_FIRST)
        self._next_fill_whole = False  # set by lay_out_next_fill_whole, cleared by that fill
        self._rest: Callable[[], None] | None = None  # adds that fill's rows its first frame does not show

    def lay_out_next_fill_whole(self) -> None:
        """Lay out the next fill of the list in one pass, the fills after it in batches again.

        For the results of `objector-guide --search`, shown with the window's first frames: in
        batches, the first row was drawn 25-34 ms after the window's first paint (a batch per
        pass of the event loop, and a frame after each), in one pass 12-20 ms (#19). A keystroke's
        fill stays batched: it waits for the rows it shows, not for thirty.

        That fill lists the rows the window's first frame shows (ROWS_LAID_OUT_FIRST) and the
        rest once the first row is drawn: laying out all 27 rows of `--search "draft evader"`
        first cost 2% more instructions to the first row drawn (#19; wall clock inside the
        noise)."""
        self.setLayoutMode(QListWidget.LayoutMode.SinglePass)
        self._next_fill_whole = True

    def hit_at(self, row: int) -> Hit | None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        return None if entry is None or isinstance(entry, str) else entry  # a suggestion is a str

    def suggestion_at(self, row: int) -> str | None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        return entry if isinstance(entry, str) else None

    def row_html(self, row: int) -> str | None:
        """A hit row's HTML: its kind and title, and the snippet, cut now if not yet.

        Rows are made with their titles only; the delegate asks for this when Qt first lays
        out or paints a row. A keystroke so waits for the snippets of the rows the list lays
        out first (ROWS_LAID_OUT_FIRST), not for all of them, and the rows of a result list
        that the next keystroke replaces are never cut (#19)."""
        html = self._html.get(row)
        if html is None:
            hit = self.hit_at(row)
            if hit is None:
                return None
            html = self._html[row] = f"{self._heads[row]}<br><span>{snippet_html(hit)}</span>"
        return html

    def clear(self) -> None:
        super().clear()
        self._entries, self._heads, self._html = [], [], {}
        # a rest not yet listed belongs to the rows just cleared: a late timer or paint finds nothing
        self._rest = self._delegate.after_paint = None

    def show_hits(self, hits: list[Hit], kind_labels: dict[str, str], imported_label: str,
                  superseded: frozenset[tuple[str, str]] = frozenset(), superseded_label: str = "") -> None:
        whole = self._next_fill_whole
        self._count_fill()
        self.clear()
        first = hits[:ROWS_LAID_OUT_FIRST] if whole and self.isVisible() else hits
        self._add_hits(first, kind_labels, imported_label, superseded, superseded_label)
        if first:
            self.setCurrentRow(0)
        if len(first) < len(hits):
            self._rest = partial(self._add_hits, hits[len(first):], kind_labels, imported_label,
                                 superseded, superseded_label)
            # the rest at the turn of the event loop after the first row is drawn, or after
            # _REST_AT_THE_LATEST_MS for a window that paints nothing; not once the list is gone
            QTimer.singleShot(_REST_AT_THE_LATEST_MS, self, self._add_rest)
            self._delegate.after_paint = partial(QTimer.singleShot, 0, self, self._add_rest)

    def _add_rest(self) -> None:
        """Whichever of the two timers comes first adds the rest; the other finds none. `clear()`
        drops a rest, so a timer outliving its fill never adds rows to a newer one."""
        if self._rest is None:
            return
        add, self._rest = self._rest, None
        self._delegate.after_paint = None
        self.setLayoutMode(QListWidget.LayoutMode.Batched)  # as a keystroke's rows (for speed only: untested)
        add()

    def _add_hits(self, hits: list[Hit], kind_labels: dict[str, str], imported_label: str,
                  superseded: frozenset[tuple[str, str]], superseded_label: str) -> None:
        for hit in hits:
            label = kind_labels.get(hit.kind, hit.kind)
            origin = f" · <i>{escape(imported_label)}</i>" if hit.imported else ""
            if (hit.kind, hit.id) in superseded:  # old law flagged wherever it appears
                origin += f" · <b>⚠ {escape(superseded_label)}</b>"
            item = QListWidgetItem(f"{label}: {hit.title}")  # what a screen reader and type-ahead read
            item.setToolTip(literal(f"{label}: {hit.title}"))  # an imported title is text, never HTML
            self._heads.append(f"<span style='font-size:small'>{escape(label)}{origin}</span> "
                               f"<b>{escape(hit.title)}</b>")
            self._entries.append(hit)
            self.addItem(item)

    def _count_fill(self) -> None:
        """A fill after the one laid out whole is laid out in batches again."""
        if self._next_fill_whole:
            self._next_fill_whole = False
        elif self.layoutMode() != QListWidget.LayoutMode.Batched:
            self.setLayoutMode(QListWidget.LayoutMode.Batched)

    def show_nothing(self, message: str, suggestions: list[str], suggestion_prefix: str) -> None:
        self._count_fill()
        self.clear()
        item = QListWidgetItem(message)
        item.setData(RICH_ROLE, f"<i>{escape(message)}</i>")
        from PySide6.QtCore import Qt

        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._entries.append(None)
        self.addItem(item)
        for word in suggestions:
            s = QListWidgetItem(f"{suggestion_prefix} {word}")
            s.setData(RICH_ROLE, f"{escape(suggestion_prefix)} <b>{escape(word)}</b>")
            self._entries.append(word)
            self.addItem(s)
        if suggestions:
            self.setCurrentRow(1)
