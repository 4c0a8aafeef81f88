"""The navigation tabs: Contents (tree), Glossary (A–Z with a filter), Law (grouped), Bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.records import Record
from app.render.pages import superseded_since
from app.store.guidebook import Guidebook
from app.ui.history_buttons import HistoryButtons
from app.ui.roles import FILTER_ROLE, TARGET_ROLE
from app.ui.safe_text import literal
from app.userdata.bookmarks import Bookmark

if TYPE_CHECKING:  # the list classes load with the first list shown (app.ui.history_list, #19)
    from PySide6.QtWidgets import QLineEdit, QListWidgetItem

    from app.ui.history_list import HistoryList

JURISDICTION_ORDER = ["DE", "EU", "FR", "CoE", "RU", "UN"]
CONTENTS_TAB, GLOSSARY_TAB, LAW_TAB, BOOKMARKS_TAB = range(4)  # the order of the tabs


class HistoryTree(HistoryButtons, QTreeWidget):
    """A tree whose back and forward mouse buttons go through the pages."""


class NavTabs(QTabWidget):
    """Emits `open_requested(kind, id)` when the user picks an entry in any tab."""

    open_requested = Signal(str, str)
    bookmark_remove_requested = Signal(str, str)
    bookmark_undo_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navTabs")
        self.contents = HistoryTree()
        self.contents.setObjectName("contentsTree")
        self.contents.setHeaderHidden(True)
        # The other tabs' views are made when first needed (`glossary`, `law`, `bookmarks`): the
        # window opens on the contents, and no list class need be made before its first paint (#19).
        self._pages = {GLOSSARY_TAB: QWidget(), LAW_TAB: QWidget(), BOOKMARKS_TAB: QWidget()}
        for page in self._pages.values():
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        for widget in (self.contents, *self._pages.values()):
            self.addTab(widget, "")
        self.contents.itemActivated.connect(self._tree_activated)
        self.contents.itemClicked.connect(self._tree_activated)
        self._glossary_filter: QLineEdit | None = None
        self._glossary: HistoryList | None = None
        self._law: HistoryTree | None = None
        self._bookmarks: HistoryList | None = None
        self._bookmark_rows: tuple[list[Bookmark], set[tuple[str, str]]] = ([], set())  # set_bookmarks's
        self.on_history: Callable[[int], None] | None = None  # the mouse's back and forward buttons
        self._unfilled: dict[int, Callable[[], None]] = {}
        self.currentChanged.connect(self._fill_shown_tab)
        self._hint: QListWidgetItem | None = None  # the empty list's "how to fill it" row
        self._superseded = "superseded since %1"
        self._imported_root = self._imported_tip = self._imported_report_tip = self._bookmark_gone = ""
        self.retranslate()

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Contents"), self.tr("Glossary"), self.tr("Law"), self.tr("Bookmarks"))):
            self.setTabText(i, text)
        self.setTabToolTip(0, self.tr("The report's table of contents (Alt+1)"))
        self.setTabToolTip(1, self.tr("Definitions from A to Z (Alt+2)"))
        self.setTabToolTip(2, self.tr("Legal references by jurisdiction and kind (Alt+3)"))
        self.setTabToolTip(3, self.tr("Pages you bookmarked with Ctrl+D (Alt+4)"))
        self.contents.setAccessibleName(self.tr("Table of contents"))
        self._retranslate_views()
        self._superseded = self.tr("superseded since %1")
        self._imported_root = self.tr("Imported reports (not reviewed)")
        self._bookmark_gone = self.tr("removed in this edition")
        self._imported_tip = self.tr("Imported by you from files; not reviewed by the guidebook's editors.")
        self._imported_report_tip = self.tr("Imported by you from a file; not reviewed by the guidebook's editors.")
        self._kinds = {
            "statute": self.tr("Statutes"), "eu-directive": self.tr("EU directives"),
            "eu-regulation": self.tr("EU regulations"), "court-decision": self.tr("Court decisions"),
            "authority-decision": self.tr("Authority decisions"),
            "government-statement": self.tr("Government statements"), "resolution": self.tr("Resolutions"),
            "decree": self.tr("Decrees"), "treaty": self.tr("Treaties"),
        }
        self._jurisdictions = {
            "DE": self.tr("Germany"), "EU": self.tr("European Union"), "FR": self.tr("France"),
            "CoE": self.tr("Council of Europe"), "RU": self.tr("Russia"), "UN": self.tr("United Nations"),
        }

    def _retranslate_views(self) -> None:
        """The words of the views made so far (each gets them when made)."""
        if self._glossary is not None and self._glossary_filter is not None:
            self._glossary_filter.setPlaceholderText(self.tr("Filter terms…"))
            self._glossary_filter.setAccessibleName(self.tr("Filter the glossary"))
            self._glossary.setAccessibleName(self.tr("Glossary"))
        if self._law is not None:
            self._law.setAccessibleName(self.tr("Legal references"))
        if self._bookmarks is not None:
            self._bookmarks.setAccessibleName(self.tr("Bookmarks"))

    # the views of the other tabs, made when first needed
    def set_history_handler(self, on_history: Callable[[int], None]) -> None:
        """Where the mouse's back and forward buttons go, over every view made now or later."""
        self.on_history = on_history
        for view in (self.contents, self._glossary, self._law, self._bookmarks):
            if view is not None:
                view.on_history = on_history

    def _add_view(self, tab: int, view: QWidget, picked: Callable[..., None], *before: QWidget) -> None:
        """Put a view made now into its tab's page (after `before`, the glossary's filter), with
        what every view has: `picked` for an entry activated or clicked, the mouse's back and
        forward buttons, its place in the Tab order and its words."""
        page = self._pages[tab]
        for widget in (*before, view):
            page.layout().addWidget(widget)
            widget.show()  # now, not at the next turn of the event loop: the tab may be taking the focus
        view.itemActivated.connect(picked)  # type: ignore[attr-defined]
        view.itemClicked.connect(picked)  # type: ignore[attr-defined]
        view.on_history = self.on_history  # type: ignore[attr-defined]
        self._keep_tab_order(*before, view)
        self._retranslate_views()

    def _keep_tab_order(self, first: QWidget, *rest: QWidget) -> None:
        """A widget made after the window comes last in its Tab order, after the reader: a
        view made later is put back right after the tab bar, so Tab goes from the tab bar into
        the tab shown and on to the reader, as when all were made with the tabs. (Hidden tabs'
        views are skipped by Tab; Qt does not place a widget after a hidden one, and the pages
        have no focus proxy: Qt moves a proxied page through the Tab order with its view.)"""
        QWidget.setTabOrder(self.tabBar(), first)
        for before, widget in zip((first, *rest), rest, strict=False):
            QWidget.setTabOrder(before, widget)

    def current_view(self) -> QWidget:
        """What takes the focus when a tab is chosen (View menu, Alt+1..4): the tree or list of
        the tab shown, made now if need be; for the glossary its page, as always (its filter and
        list come next in the Tab order)."""
        index = self.currentIndex()
        if index == LAW_TAB:
            return self.law
        if index == BOOKMARKS_TAB:
            return self.bookmarks
        return self.currentWidget()

    @property
    def glossary(self) -> HistoryList:
        if self._glossary is None:
            self._make_glossary()
        assert self._glossary is not None
        return self._glossary

    @property
    def glossary_filter(self) -> QLineEdit:
        if self._glossary_filter is None:
            self._make_glossary()
        assert self._glossary_filter is not None
        return self._glossary_filter

    def _make_glossary(self) -> None:
        from PySide6.QtWidgets import QLineEdit

        from app.ui.history_list import HistoryList

        field = QLineEdit()
        field.setObjectName("glossaryFilter")
        field.setClearButtonEnabled(True)
        field.textChanged.connect(self._filter_glossary)
        field.returnPressed.connect(self._open_first_glossary)
        lst = HistoryList()
        lst.setObjectName("glossaryList")
        self._glossary_filter, self._glossary = field, lst
        self._add_view(GLOSSARY_TAB, lst, self._list_activated, field)

    @property
    def law(self) -> HistoryTree:
        if self._law is None:
            tree = HistoryTree()
            tree.setObjectName("lawTree")
            tree.setHeaderHidden(True)
            self._law = tree
            self._add_view(LAW_TAB, tree, self._tree_activated)
        return self._law

    @property
    def bookmarks(self) -> HistoryList:
        if self._bookmarks is None:
            self._make_bookmarks()
        assert self._bookmarks is not None
        return self._bookmarks

    def _make_bookmarks(self) -> None:
        """The bookmarks list, filled with what `set_bookmarks` was last given (once)."""
        if self._bookmarks is not None:
            return
        from app.ui.history_list import HistoryList

        lst = HistoryList()
        lst.setObjectName("bookmarksList")
        lst.installEventFilter(self)
        lst.customContextMenuRequested.connect(self._bookmark_menu)  # policy: _finish_bookmarks_tab
        lst.setWordWrap(True)  # long titles wrap instead of scrolling sideways
        self._bookmarks = lst
        self._add_view(BOOKMARKS_TAB, lst, self._list_activated)
        self._fill_bookmarks()

    # filling
    def populate(self, book: Guidebook, lang: str, today: str) -> None:
        """Fill the contents now; the glossary and the law tree when their tab is first shown
        (#19: the first frame shows the contents, and the other two cost a few ms each)."""
        self._fill_contents(book.list("section", lang, bodies=False))
        self._fill_imported(book.imported_sections(lang))
        self._unfilled.update({GLOSSARY_TAB: lambda: self._fill_glossary(book.list("term", lang)),
                               LAW_TAB: lambda: self._fill_law(book.list("law", lang), today)})
        self._fill_shown_tab()

    def _fill_shown_tab(self) -> None:
        fill = self._unfilled.pop(self.currentIndex(), None)
        if fill is not None:
            fill()

    def _fill_contents(self, sections: list[Record]) -> None:
        self.contents.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for rec in sorted(sections, key=lambda r: r.ord):
            parent = items.get(rec.parent) if rec.parent else None
            item = QTreeWidgetItem(parent or self.contents, [rec.title])
            item.setData(0, TARGET_ROLE, f"section/{rec.id}")
            item.setToolTip(0, literal(rec.title))
            items[rec.id] = item
        self.contents.expandAll()

    def _fill_imported(self, sections: list[Record]) -> None:
        """Imported reports below the guidebook's own chapters: one branch per report, under its
        title, so an imported report can be read as a book and never passes for the guidebook."""
        if not sections:
            return
        root = QTreeWidgetItem(self.contents, [self._imported_root])
        root.setToolTip(0, self._imported_tip)
        from PySide6.QtCore import Qt  # only with imported reports (not at import: see app.ui.roles)

        root.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = root.font(0)
        font.setItalic(True)
        root.setFont(0, font)
        reports: dict[str, QTreeWidgetItem] = {}
        items: dict[str, QTreeWidgetItem] = {}
        for rec in sorted(sections, key=lambda r: (str(r.data.get("document_title", "")).casefold(),
                                                   str(r.data.get("document", "")), r.ord)):
            doc = str(rec.data.get("document", ""))
            if doc not in reports:
                title = str(rec.data.get("document_title") or doc)
                reports[doc] = QTreeWidgetItem(root, [title])
                reports[doc].setData(0, TARGET_ROLE, f"section/{rec.id}")  # the report opens at its start
                reports[doc].setToolTip(0, literal(f"{title}\n{self._imported_report_tip}"))
            parent = items.get(rec.parent) if rec.parent else None
            item = QTreeWidgetItem(parent or reports[doc], [rec.title])
            item.setData(0, TARGET_ROLE, f"section/{rec.id}")
            item.setToolTip(0, literal(rec.title))  # an imported heading is text, never HTML
            items[rec.id] = item
        root.setExpanded(True)
        for report in reports.values():
            report.setExpanded(True)

    def _fill_glossary(self, terms: list[Record]) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self.glossary.clear()
        for rec in sorted(terms, key=lambda r: r.title.casefold()):
            item = QListWidgetItem(rec.title)
            item.setData(TARGET_ROLE, f"term/{rec.id}")
            item.setData(FILTER_ROLE, (rec.title + " " + rec.aliases).casefold())
            item.setToolTip(literal(rec.body[:300]))
            self.glossary.addItem(item)
        self._filter_glossary(self.glossary_filter.text())

    def _fill_law(self, laws: list[Record], today: str) -> None:
        self.law.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        juris: dict[str, QTreeWidgetItem] = {}
        order = {j: i for i, j in enumerate(JURISDICTION_ORDER)}
        ordered = sorted(laws, key=lambda r: (order.get(r.data.get("jurisdiction", ""), 99),
                                              r.data.get("kind", ""), r.data.get("date") or "", r.title))
        for rec in ordered:
            j, k = rec.data.get("jurisdiction", ""), rec.data.get("kind", "")
            if j not in juris:
                juris[j] = QTreeWidgetItem(self.law, [self._jurisdictions.get(j, j)])
            if (j, k) not in groups:
                groups[(j, k)] = QTreeWidgetItem(juris[j], [self._kinds.get(k, k)])
            label = rec.title
            if rec.data.get("date"):
                label += f" ({rec.data['date']})"
            until = rec.data.get("valid_until")
            if until and today > until:
                label += " — ⚠ " + self._superseded.replace("%1", superseded_since(until))
            item = QTreeWidgetItem(groups[(j, k)], [label])
            item.setData(0, TARGET_ROLE, f"law/{rec.id}")
            item.setToolTip(0, f"{rec.data.get('citation', '')}\n{label}")
        self.law.expandAll()

    def set_bookmarks(self, bookmarks: list[Bookmark], missing: set[tuple[str, str]] = frozenset()) -> None:
        self._bookmark_rows = (list(bookmarks), set(missing))
        if self._bookmarks is not None:
            self._fill_bookmarks()
        elif self.currentIndex() == BOOKMARKS_TAB:
            self._make_bookmarks()
        else:
            self._unfilled[BOOKMARKS_TAB] = self._make_bookmarks  # made (and filled) when first shown

    def _fill_bookmarks(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        bookmarks, missing = self._bookmark_rows
        self._hint = None
        self.bookmarks.clear()
        for b in bookmarks:
            gone = (b.kind, b.id) in missing
            item = QListWidgetItem(b.title + (" — " + self._bookmark_gone if gone else ""))
            item.setData(TARGET_ROLE, f"{b.kind}/{b.id}")
            item.setToolTip(self.tr("Press Delete to remove this bookmark"))
            if gone:  # kept, so the counsellor sees what went, and greyed out
                item.setForeground(self.palette().color(self.palette().ColorGroup.Disabled,
                                                        self.palette().ColorRole.Text))
                item.setToolTip(self.tr("This page is not in the content in use (a content update removed it). "
                                        "Press Delete to remove this bookmark."))
            self.bookmarks.addItem(item)
        if not bookmarks:  # an empty tab says how to fill it
            self._hint = QListWidgetItem(self.tr("No bookmarks yet. Press Ctrl+D on a page to keep it here."))
            self.bookmarks.addItem(self._hint)
        if self.currentIndex() == BOOKMARKS_TAB:
            self._finish_bookmarks_tab()
        else:
            self._unfilled[BOOKMARKS_TAB] = self._finish_bookmarks_tab

    def _finish_bookmarks_tab(self) -> None:
        """What needs the Qt namespace's enums (~15 ms to build, see app.ui.roles) waits until
        the tab is shown: the greyed, unselectable hint row and the right-click menu, which
        only a shown list can use (#19)."""
        from PySide6.QtCore import Qt

        self.bookmarks.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        if self._hint is not None:
            self._hint.setFlags(Qt.ItemFlag.NoItemFlags)

    def bookmark_count(self) -> int:
        """Rows that are bookmarks (the empty list shows a hint row that is not one)."""
        if self._bookmarks is None:
            return len(self._bookmark_rows[0])
        return sum(1 for i in range(self.bookmarks.count()) if self.bookmarks.item(i).data(TARGET_ROLE))

    def _bookmark_menu(self, pos) -> None:
        """Right-click: open or remove a bookmark (Delete does the same; Ctrl+Z undoes it)."""
        from PySide6.QtWidgets import QMenu

        item = self.bookmarks.itemAt(pos)
        target = item.data(TARGET_ROLE) if item else None
        if not target:
            return
        menu = QMenu(self)
        open_act = menu.addAction(self.tr("Open"))
        remove_act = menu.addAction(self.tr("Remove bookmark"))
        chosen = menu.exec(self.bookmarks.viewport().mapToGlobal(pos))
        if chosen is open_act:
            self.open_requested.emit(*target.split("/", 1))
        elif chosen is remove_act:
            self.bookmark_remove_requested.emit(*target.split("/", 1))

    # interaction
    def _tree_activated(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.open_requested.emit(*target.split("/", 1))

    def _list_activated(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.open_requested.emit(*target.split("/", 1))

    def _filter_glossary(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.glossary.count()):
            item = self.glossary.item(i)
            item.setHidden(bool(needle) and needle not in item.data(FILTER_ROLE))

    def _open_first_glossary(self) -> None:
        for i in range(self.glossary.count()):
            item = self.glossary.item(i)
            if not item.isHidden():
                self._list_activated(item)
                return

    def eventFilter(self, obj, ev) -> bool:
        if obj is not self._bookmarks or ev.type() != ev.Type.KeyPress:
            return super().eventFilter(obj, ev)
        from PySide6.QtGui import QKeySequence  # here, not at start: its type is made at the first key (#19)

        if ev.matches(QKeySequence.StandardKey.Delete):
            item = self.bookmarks.currentItem()
            if item and item.data(TARGET_ROLE):
                self.bookmark_remove_requested.emit(*item.data(TARGET_ROLE).split("/", 1))
            return True
        if ev.matches(QKeySequence.StandardKey.Undo):
            self.bookmark_undo_requested.emit()
            return True
        return super().eventFilter(obj, ev)
