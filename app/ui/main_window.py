"""The main window: search at the top, navigation tabs on the left, the reader on the right."""

from __future__ import annotations

import binascii
import datetime as _dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent  # `Qt` itself only in handlers: see app.ui.roles
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

# QMessageBox is imported where a message is shown: its Python enums would cost the first paint (#19)
from app import links, paths
from app.errors import UserError
from app.langs import local_date
from app.records import is_imported_id
from app.render.pages import PageLabels, render_page, render_start_page
from app.session.history import History, Page
from app.store.guidebook import Guidebook
from app.store.marks import MARK_CLOSE, MARK_OPEN
from app.ui import i18n
from app.ui.actions import Actions
from app.ui.navigation import NavTabs
from app.ui.reader import Reader
from app.ui.safe_text import literal
from app.ui.search_box import SearchBox
from app.ui.side_by_side import LanguagePane, ScrollSync, SecondReader, default_partner
from app.userdata.bookmarks import Bookmarks
from app.userdata.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument  # its five enums: made when a page is printed or searched (#19)

    from app.session.search_controller import Results, SearchController
    from app.ui.background_search import BackgroundRunner
    from app.ui.results import ResultsList  # with the list classes, made by the first search (#19)


class MainWindow(QMainWindow):
    _starting = False  # True while the page the window opens on is drawn (see _page_html)

    def __init__(self, book: Guidebook, settings: Settings | None = None, bookmarks: Bookmarks | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.book = book
        if settings is None:
            settings, problem = load_settings()
            self._startup_problems = [problem] if problem else []
        else:
            self._startup_problems = []
        self.settings = settings
        self.bookmarks = bookmarks or Bookmarks()
        if self.bookmarks.problem:
            self._startup_problems.append(self.bookmarks.problem)
        if book.imports_notice:
            self._startup_problems.append(book.imports_notice)
        self.lang = settings.content_lang if settings.content_lang in i18n.LANGUAGES else "en"
        self._startup_problems.extend(self._stale_notice())
        self.today = _dt.date.today().isoformat()
        self.history = History()
        self.wizard = None
        self._background: BackgroundRunner | None = None  # both made by the first search or
        self._search_controller: SearchController | None = None  # once the window is on screen (#19)

        self.actions_ = Actions(self)
        self._results: ResultsList | None = None  # made by the first search (`results`, #19)
        self.search = SearchBox(lambda: self._results)
        self.nav = NavTabs()
        self.reader = Reader(self._tooltip_for)
        self._second: SecondReader | None = None  # built when first shown (`second`, #19)
        self._build_layout()
        self._build_menus()
        self._connect()
        self._keys_asked = self._keys_bound = False  # bound after the first paint (`bind_keys`)
        self._watch_mouse_buttons()
        self.reader.set_zoom(settings.zoom)
        self._zoom_panes()
        self.side_lang = settings.side_lang if settings.side_lang in i18n.LANGUAGES else "ru"
        if self.side_lang == self.lang:
            self.side_lang = default_partner(self.lang)
        if not self._restore_geometry(settings.geometry):
            self.resize(1200, 760)
        self._fit_to_screen()
        self.retranslate()
        self._reload_content()
        self._open_start_page()
        if settings.side_by_side:
            self.set_side_by_side(True)
        if self._startup_problems:  # all of them at once: one message would hide the one before
            self.statusBar().showMessage("  ".join(self._startup_problems), 20000)
        status = book.status
        if status and status.rebuilt:
            self.statusBar().showMessage(
                self.tr("The guidebook database was rebuilt from the bundled content: %1").replace("%1", status.reason),
                15000)
        elif status and status.reason:
            self.banner.setText("⚠ " + status.reason)
            self.banner.show()

    def _restore_geometry(self, saved: str) -> bool:
        """The window's size and place as it was closed; False when none was saved or the saved
        value is damaged (a hand-edited settings file), and the default size is used. Decoded
        with binascii, not QByteArray.fromBase64: naming QByteArray built its type and enums
        before the first paint (#19)."""
        try:
            return bool(saved) and self.restoreGeometry(binascii.a2b_base64(saved))
        except (binascii.Error, ValueError):
            return False

    def settle(self) -> None:
        """What the first frame does not need, done once the window is on screen (#19; the app
        calls it with app.ui.application.after_start): the app's icon (app.ui.app_icon) and the
        data folder's write test (a real file written and synced), so a slow disk delays the
        notice by a moment, not the window. Done at the first paint, they delayed the first
        results of `--search`, which the list draws a few frames later, by 5 ms."""
        from app.ui import app_icon
        from app.ui.file_dialogs import keep_qt_settings_in_data_dir

        app_icon.install()
        self.bind_keys()  # bound at the first paint already, unless the window has not painted
        keep_qt_settings_in_data_dir()  # before any dialog (each dialog also sets it itself)
        self.search_controller  # noqa: B018  (made now: the first keystroke does not wait for it)
        self._check_store()
        notices = self._data_folder_notice()
        if notices:
            self._startup_problems.extend(notices)
            self.statusBar().showMessage("  ".join(self._startup_problems), 20000)

    def paintEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(ev)
        if not self._keys_asked:  # the first paint: bind the keys as soon as it is on screen
            self._keys_asked = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self.bind_keys)  # dropped if the window is gone by then

    def bind_keys(self) -> None:
        """Every action's shortcuts (app.ui.actions), and "/" to search (when the focus is not in
        a text field: a text field takes the "/" as text); Esc in the find field is bound when
        the find bar is made (`find_bar`). Right after the first paint, not before: binding them
        was 0.8% of the first paint (#19); a shortcut typed ahead before that paint is missed
        (app.ui.actions). Shortcuts, and the views' own mouse-press handlers (_watch_mouse_buttons), never
        a Python event filter: an application-wide one saw every event of every object, and
        the first time it was handed a private Qt object (an animation's timer) PySide loaded
        every Qt class to name its type, ~20-30 ms at the first paint or the first keystroke;
        filters on the views' viewports did the same at the first keystroke."""
        if self._keys_bound:
            return
        from PySide6.QtGui import QKeySequence, QShortcut

        self._keys_bound = True
        self.actions_.bind_keys()
        QShortcut(QKeySequence("/"), self, self.focus_search)

    def _watch_mouse_buttons(self) -> None:
        """The mouse's back and forward buttons over the lists, trees and results (the reader
        has them from QTextBrowser, see Reader.backward)."""
        self.nav.set_history_handler(self._go_history)  # the results list gets it when made (`results`)

    def _data_folder_notice(self) -> list[str]:
        """Said once at start: a data folder the app cannot write means nothing will be kept."""
        from app.userdata.write_problems import folder_problem

        folder = paths.user_data_dir()
        problem = folder_problem(folder)
        if problem is None:
            return []
        reason = {"the disk is full": self.tr("the disk is full"),
                  "the folder cannot be written (read-only, or no permission)": self.tr("read-only, or no permission"),
                  }.get(problem, problem)
        return [self.tr("Your data folder %1 cannot be written to (%2): bookmarks, settings and imported reports "
                        "will not be saved in this session.").replace("%1", str(folder)).replace("%2", reason)]

    def _fit_to_screen(self) -> None:
        """A 1366×768 laptop with a title bar and a taskbar must show the whole window: never
        open larger than the screen's free area (the frame is counted too)."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame_w = max(0, self.frameGeometry().width() - self.geometry().width()) or 8
        frame_h = max(0, self.frameGeometry().height() - self.geometry().height()) or 40
        width = min(self.width(), area.width() - frame_w)
        height = min(self.height(), area.height() - frame_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not area.contains(self.frameGeometry().topLeft()):
            self.move(area.topLeft())

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(ev)
        if hasattr(self, "splitter") and ev.oldSize().width() > 0 and ev.size().width() != ev.oldSize().width():
            self._balance_panes()

    def showEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        super().showEvent(ev)
        if not getattr(self, "_balanced", False):  # the first show: the window may have opened small
            self._balanced = True
            self._balance_panes()

    def _balance_panes(self) -> None:
        """The sidebar takes about a third of the width, never the reader's place."""
        total = sum(self.splitter.sizes()) or self.width()
        left = max(200, min(420, int(total * 0.32)))
        self.splitter.setSizes([left, max(1, total - left)])

    # construction
    def _build_layout(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)  # at the top
        self.toolbar.addAction(self.actions_.back)
        self.toolbar.addAction(self.actions_.forward)
        self.toolbar.addWidget(self.search)
        self.toolbar.addAction(self.actions_.bookmark)
        self.toolbar.addAction(self.actions_.wizard)
        # flexible, so the field never drops into the toolbar's overflow (a line edit already
        # expands sideways: setting that again built QSizePolicy's type and enums at start, #19)
        self.search.setMinimumWidth(180)
        self.setMinimumSize(640, 480)

        self.left = QStackedWidget()
        self.left.setObjectName("leftPane")
        self.left.addWidget(self.nav)

        self._find_bar: QWidget | None = None  # made at the first Ctrl+F (`find_bar`, #19)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }")
        self.banner.hide()

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(0)
        rl.addWidget(self.banner)
        self.main_pane = LanguagePane(self.reader, "mainPane")
        self.pages = QSplitter()  # side by side: the reader, and the page in a second language
        self.pages.setObjectName("pagesSplitter")
        self.pages.addWidget(self.main_pane)
        self.pages.setChildrenCollapsible(False)
        rl.addWidget(self.pages, 1)
        self._right_layout = rl  # the find bar goes below the pages when made

        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.left.setMinimumWidth(200)
        self.setCentralWidget(self.splitter)
        QWidget.setTabOrder(self.search, self.nav)  # the results list goes in between when made
        QWidget.setTabOrder(self.nav, self.reader)

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(a.wizard)
        self.menu_file.addSeparator()
        self.menu_file.addAction(a.import_report)
        self.menu_file.addAction(a.manage_imports)
        self.menu_file.addAction(a.install_update)
        self.menu_file.addSeparator()
        for act in (a.print_page, a.print_preview, a.export_pdf):
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(a.clear_session)
        self.menu_file.addAction(a.quit)
        self.menu_edit = bar.addMenu("")
        for act in (a.focus_search, a.find_in_page, a.find_next, a.find_previous):
            self.menu_edit.addAction(act)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(a.preferences)
        self.menu_view = bar.addMenu("")
        for act in (a.zoom_in, a.zoom_out, a.zoom_reset):
            self.menu_view.addAction(act)
        self.menu_view.addSeparator()
        self.menu_view.addAction(a.side_by_side)
        self.menu_side_lang = self.menu_view.addMenu("")
        for act in a.side_lang_actions.values():
            self.menu_side_lang.addAction(act)
        self.menu_view.addSeparator()
        for act in (a.show_contents, a.show_glossary, a.show_law, a.show_bookmarks):
            self.menu_view.addAction(act)
        self.menu_go = bar.addMenu("")
        self.menu_go.addAction(a.back)
        self.menu_go.addAction(a.forward)
        self.menu_go.addAction(a.bookmark)
        self.menu_language = bar.addMenu("")
        for act in a.lang_actions.values():
            self.menu_language.addAction(act)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(a.shortcuts)
        self.menu_help.addAction(a.what_changed)
        self.menu_help.addAction(a.about)

    def _connect(self) -> None:
        a = self.actions_
        a.back.triggered.connect(lambda: self._go_history(-1))
        a.forward.triggered.connect(lambda: self._go_history(1))
        a.focus_search.triggered.connect(self.focus_search)
        a.find_in_page.triggered.connect(self._show_find)
        a.find_next.triggered.connect(lambda: self._find(False))
        a.find_previous.triggered.connect(lambda: self._find(True))
        a.zoom_in.triggered.connect(lambda: self._zoom(self.reader.zoom + 1))
        a.zoom_out.triggered.connect(lambda: self._zoom(self.reader.zoom - 1))
        a.zoom_reset.triggered.connect(lambda: self._zoom(0))
        a.print_page.triggered.connect(lambda: self._print("print_with_dialog"))
        a.print_preview.triggered.connect(lambda: self._print("preview"))
        a.export_pdf.triggered.connect(lambda: self._print("export_pdf"))
        a.bookmark.triggered.connect(self._toggle_bookmark)
        a.quit.triggered.connect(self.close)
        a.wizard.triggered.connect(self.open_wizard)
        a.import_report.triggered.connect(self._import_report)
        a.manage_imports.triggered.connect(self._manage_imports)
        a.install_update.triggered.connect(lambda: self.install_update())
        a.what_changed.triggered.connect(self._what_changed)
        a.clear_session.triggered.connect(self.clear_session)
        a.about.triggered.connect(self._about)
        a.preferences.triggered.connect(self.edit_preferences)
        a.shortcuts.triggered.connect(self._shortcuts)
        for i, act in enumerate((a.show_contents, a.show_glossary, a.show_law, a.show_bookmarks)):
            act.triggered.connect(lambda _c=False, i=i: self._show_tab(i))
        a.languages.triggered.connect(lambda act: self.set_language(act.data()))
        a.side_by_side.toggled.connect(self.set_side_by_side)
        a.side_languages.triggered.connect(lambda act: self.set_side_language(act.data()))
        self.search.query_changed.connect(self.run_search)
        self.search.activated.connect(self._open_current_result)
        self.search.cleared.connect(lambda: self.left.setCurrentWidget(self.nav))
        self.nav.open_requested.connect(self.open_record)
        self.nav.bookmark_remove_requested.connect(self._remove_bookmark)
        self.nav.bookmark_undo_requested.connect(self._undo_remove_bookmark)
        self.reader.linkActivated.connect(self.open_url)
        self.reader.historyRequested.connect(self._go_history)

    # language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Objector Guide"))
        self.actions_.retranslate()
        self.nav.retranslate()
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_side_lang.setTitle(self.tr("&Second Language"))
        self.search.setPlaceholderText(self.tr("Search terms, facts, laws… (Ctrl+F, Ctrl+K or /)"))
        self.search.setAccessibleName(self.tr("Search the guidebook"))
        self.search.setToolTip(self.tr("Type to search; Up/Down to choose; Enter to open; Esc to clear"))
        if self._results is not None:
            self._results.setAccessibleName(self.tr("Search results"))
        self.reader.setAccessibleName(self.tr("Page"))
        if self._find_bar is not None:
            self._retranslate_find_bar()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self._kind_labels = {"section": self.tr("Section"), "term": self.tr("Term"), "law": self.tr("Law")}
        self.actions_.lang_actions[self.lang].setChecked(True)
        self.actions_.side_lang_actions[self.side_lang].setChecked(True)
        if self._second is not None:
            self._second.reader.setAccessibleName(self.tr("Page in the second language"))

    def changeEvent(self, ev: QEvent) -> None:
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif ev.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and hasattr(self, "bookmarks"):
            # back in this window: show bookmarks another copy of the app may have changed
            before = self.bookmarks.items()
            self.bookmarks.reload()
            if self.bookmarks.items() != before:
                self._show_bookmarks()
        super().changeEvent(ev)

    def set_language(self, lang: str) -> None:
        if lang not in i18n.LANGUAGES:
            return
        if not i18n.install(lang):
            self.statusBar().showMessage(self.tr("The interface translation is missing; menus stay in English."), 8000)
        self.lang = lang
        self.settings.ui_lang = self.settings.content_lang = lang
        if self.side_lang == lang:  # two panes in one language explain nothing
            self._set_side_lang(default_partner(lang))
            self.settings.side_lang = self.side_lang
        if self._side_by_side_shown():
            self.main_pane.show_caption(lang)
        self._save_settings("ui_lang", "content_lang", "side_lang")
        self.retranslate()
        self._reload_content()
        if self.wizard is not None:
            self.wizard.set_language(lang)  # the assessment follows at once, answers kept
        if self.search.text().strip():
            self.run_search(self.search.text())
        if self.current:
            self._render(*self.current)

    def _reload_content(self) -> None:
        self.nav.populate(self.book, self.lang, self.today)
        self._show_bookmarks()

    # search
    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def search_for(self, text: str) -> None:
        """Show `text` in the search field and its results at once (`objector-guide --search`)."""
        self.results.lay_out_next_fill_whole()
        self.search.setText(text)
        self.search.flush()

    def run_search(self, text: str) -> None:
        """The bundled guidebook answers at once; imported reports follow from a background search."""
        self.search_controller.search(text, self.lang)

    def _show_results(self, found: Results) -> None:
        """What the search controller found, in the list (or the navigation, for no query)."""
        if found.empty_query:
            if self._results is not None:
                self._results.clear()
            self.left.setCurrentWidget(self.nav)
            return
        self.left.setCurrentWidget(self.results)
        self._show_hits(list(found.hits), found.text, found.final)
        if found.select is not None:  # keep the counsellor's place in the list
            self.results.setCurrentRow(found.select)

    def _selected_hit(self) -> Page | None:
        if self._results is None:
            return None
        hit = self._results.hit_at(self._results.currentRow())
        return (hit.kind, hit.id) if hit is not None else None

    def _show_hits(self, hits, text: str, final: bool) -> None:
        if hits:
            self.results.show_hits(hits, self._kind_labels, self.tr("imported, not reviewed"),
                                   self._superseded(), self.tr("no longer in force"))
            self._count_said = self.tr("%n result(s)", "", len(hits))
            self.statusBar().showMessage(self._count_said, 4000)
            return
        if self._count_said and self.statusBar().currentMessage() == self._count_said:
            self.statusBar().clearMessage()  # the last query's count beside "No results" (another message stays)
        if final:
            self.results.show_nothing(self.tr("No results for “%1”.").replace("%1", text.strip()[:80]),
                                      self.book.suggest(text, self.lang), self.tr("Did you mean:"))
        else:
            self.results.clear()

    _count_said = ""

    def _superseded(self) -> frozenset[tuple[str, str]]:
        """Legal references, and terms naming them, no longer in force today (cached per language)."""
        from app.render.pages import is_superseded

        key = (self.lang, self.today)
        if getattr(self, "_superseded_key", None) != key:
            found = {(kind, rec.id) for kind in ("law", "term")  # their facts only: no bodies (#19)
                     for rec in self.book.list(kind, self.lang, bodies=False) if is_superseded(rec, self.today)}
            self._superseded_cache, self._superseded_key = frozenset(found), key
        return self._superseded_cache

    def _open_current_result(self) -> None:
        if self._results is None:  # Enter before any search
            return
        row = self.results.currentRow()
        word = self.results.suggestion_at(row)
        if word:
            self.search.setText(word)
            self.search.flush()
            return
        hit = self.results.hit_at(row)
        if hit is not None:
            self.open_record(hit.kind, hit.id, lang=hit.lang)
            # the words the search matched (as they stand in the text), marked on the page
            matched = re.findall(re.escape(MARK_OPEN) + "(.*?)" + re.escape(MARK_CLOSE), hit.snippet)
            # the content words only: "from" in "deportation from Armenia" is not a search word
            from app.store.query import parse

            words = parse(self.search_controller.text or "").without_stop_words(hit.lang or self.lang).tokens
            self.reader.highlight_words(matched + list(words))

    # navigation and pages
    @property
    def current(self) -> Page | None:
        return self.history.current

    def open_url(self, url: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        target = links.parse(url)
        if target is None:
            QMessageBox.information(
                self, self.tr("External link"),
                self.tr("This guidebook works offline and does not open web pages. The address is:\n\n%1")
                .replace("%1", url))
            return
        self.open_record(target.kind, target.id)

    def open_record(self, kind: str, rid: str, lang: str | None = None) -> bool:
        if not self._render(kind, rid, lang):
            return False
        self.history.visit((kind, rid))
        self._update_nav_actions()
        self._unmark_stale_result(kind, rid)
        return True

    def _unmark_stale_result(self, kind: str, rid: str) -> None:
        """A link followed away from a result leaves no result marked as if it were the page shown."""
        if self._results is None:
            return
        hit = self._results.hit_at(self._results.currentRow())
        if hit is not None and (hit.kind, hit.id) != (kind, rid):
            self._results.setCurrentRow(-1)
            self._results.clearSelection()

    def _render(self, kind: str, rid: str, lang: str | None = None) -> bool:
        lang = lang or self.lang
        self.reader.setExtraSelections([])  # marks belong to the page they were made on
        try:
            rec = self.book.get(kind, rid, lang)
        except UserError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        self.reader.show_html(self._page_html(rec, lang, start=self._starting))
        self._page_title = rec.title
        self.setWindowTitle(f"{rec.title} — {self.tr('Objector Guide')}")
        self._render_second(kind, rid)
        return True

    def _page_html(self, rec, lang: str, labels_lang: str | None = None, start: bool = False) -> str:
        """The page's HTML; the page the window opens on comes from the cache folder when nothing
        it is made from has changed (no Jinja2 before the first paint, #19)."""
        crumbs = self.book.breadcrumb(rec.id, lang) if rec.kind == "section" else None
        title_of = lambda k, i: self.book.title(k, i, lang)  # noqa: E731
        if start:
            meta = self.book.meta
            stamp = f"{meta.get('content_version')}|{meta.get('edition')}|{meta.get('as_of')}"
            return render_start_page(rec, title_of, self.page_labels(labels_lang), crumbs, self.book.sources, stamp)
        return render_page(rec, title_of, self.page_labels(labels_lang), breadcrumb=crumbs, sources=self.book.sources())

    @property
    def search_controller(self) -> SearchController:
        """Search as the counsellor types, with its background runner for the imported reports:
        made once the window is on screen (`settle`) or by a search given at start, not before
        the first paint (#19)."""
        if self._search_controller is None:
            from app.session.search_controller import SearchController
            from app.ui.background_search import BackgroundRunner

            self._background = BackgroundRunner(self)
            self._search_controller = SearchController(self.book, self._show_results, self._background,
                                                       self._selected_hit)
        return self._search_controller

    @property
    def results(self) -> ResultsList:
        """The search results list, made by the first search: the window opens on the contents,
        and a list class made at start built QListView's enums before the first paint (#19)."""
        if self._results is None:
            from app.ui.results import ResultsList

            results = ResultsList()
            results.on_history = self._go_history
            results.itemActivated.connect(lambda _i: self._open_current_result())
            results.itemClicked.connect(lambda _i: self._open_current_result())
            results.setAccessibleName(self.tr("Search results"))
            self.left.addWidget(results)
            QWidget.setTabOrder(self.search, results)
            QWidget.setTabOrder(results, self.nav)
            self._results = results
            self._zoom_panes()
        return self._results

    # two languages side by side
    @property
    def second(self) -> SecondReader:
        """The pane in the second language, built the first time it is needed: most sessions
        never open it, and a second reader at start cost the first paint its widgets and its
        scroll bar's type (#19)."""
        if self._second is None:
            second = SecondReader(self._tooltip_for)
            second.set_lang(self.side_lang)
            second.reader.linkActivated.connect(self.open_url)
            second.reader.historyRequested.connect(self._go_history)
            second.reader.setAccessibleName(self.tr("Page in the second language"))
            self.pages.addWidget(second)
            self._scroll_sync = ScrollSync(self.reader.verticalScrollBar(), second.reader.verticalScrollBar())
            self._second = second
        return self._second

    def _side_by_side_shown(self) -> bool:
        return self._second is not None and self._second.isVisible()

    def _set_side_lang(self, lang: str) -> None:
        self.side_lang = lang
        if self._second is not None:
            self._second.set_lang(lang)

    def set_side_by_side(self, on: bool) -> None:
        """Show the page in the second language beside the reader (View menu, Ctrl+Shift+2)."""
        if self.actions_.side_by_side.isChecked() != on:
            self.actions_.side_by_side.setChecked(on)  # comes back here through `toggled`
            return
        if on or self._second is not None:
            self.second.setVisible(on)
            self._scroll_sync.enabled = on
        self.main_pane.show_caption(self.lang if on else None)
        if on:
            half = max(1, sum(self.pages.sizes()) // 2)
            self.pages.setSizes([half, half])
            self._render_second(*(self.current or ("", "")))
        if self.settings.side_by_side != on:
            self.settings.side_by_side = on
            self._save_settings("side_by_side")

    def set_side_language(self, lang: str) -> None:
        if lang == self.lang:  # the counsellor picked their own language: offer the other way round
            lang = default_partner(lang)
        self._set_side_lang(lang)
        self.actions_.side_lang_actions[self.side_lang].setChecked(True)
        self.settings.side_lang = self.side_lang
        self._save_settings("side_lang")
        if not self._side_by_side_shown():
            self.set_side_by_side(True)
        else:
            self._render_second(*(self.current or ("", "")))

    def _render_second(self, kind: str, rid: str) -> None:
        if not self._side_by_side_shown() or not rid:
            return
        try:
            rec = self.book.get(kind, rid, self.second.lang)
        except UserError:
            self.second.reader.show_html("")
            return
        self.second.reader.show_html(self._page_html(rec, self.second.lang, self.second.lang))
        self.second.reader.set_zoom(self.reader.zoom)

    def _show_bookmarks(self) -> None:
        """Bookmarks to pages a content update removed stay in the list, marked as such."""
        items = self.bookmarks.items()
        self.nav.set_bookmarks(items, {(b.kind, b.id) for b in items if not self._exists(b.kind, b.id)})

    def _exists(self, kind: str, rid: str) -> bool:
        try:
            self.book.get(kind, rid, self.lang)
        except UserError:
            return False
        return True

    def _go_history(self, step: int) -> None:
        page = self.history.go(step)
        if page is not None:
            self._render(*page)
            self._update_nav_actions()
            self._unmark_stale_result(*page)

    def _update_nav_actions(self) -> None:
        self.actions_.back.setEnabled(self.history.can_go_back)
        self.actions_.forward.setEnabled(self.history.can_go_forward)
        cur = self.current
        self.actions_.bookmark.setChecked(bool(cur and self.bookmarks.has(*cur)))

    def _open_start_page(self) -> None:
        sections = self.book.list("section", self.lang, bodies=False)
        if sections:
            self._starting = True
            try:
                self.open_record("section", sections[0].id)
            finally:
                self._starting = False
        self._update_nav_actions()

    def page_labels(self, lang: str | None = None) -> PageLabels:
        """Page words in the interface language, or in `lang` for the side-by-side pane."""
        lang = lang or self.lang
        return PageLabels.in_language(lang, today=self.today, edition=self._edition_label(lang))

    def _tooltip_for(self, target: links.Target) -> str | None:
        try:
            rec = self.book.get(target.kind, target.id, self.lang)
        except UserError:
            return None
        text = rec.body if len(rec.body) <= 400 else rec.body[:400].rsplit(" ", 1)[0] + " …"
        return literal(f"{rec.title}\n\n{text}")

    def _show_tab(self, index: int) -> None:
        self.search.clear()
        self.left.setCurrentWidget(self.nav)
        self.nav.setCurrentIndex(index)
        self.nav.current_view().setFocus()

    # bookmarks
    def _toggle_bookmark(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        cur = self.current
        if not cur:
            return
        try:
            if self.bookmarks.has(*cur):
                self.bookmarks.remove(*cur)
                self.statusBar().showMessage(self.tr("Bookmark removed."), 4000)
            else:
                self.bookmarks.add(cur[0], cur[1], self._page_title)
                self.statusBar().showMessage(self.tr("Bookmarked."), 4000)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"),
                                self._write_failed("bookmark", exc))
        self._show_bookmarks()
        self._update_nav_actions()

    def _remove_bookmark(self, kind: str, rid: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        removed = next((b for b in self.bookmarks.items() if b.kind == kind and b.id == rid), None)
        try:
            self.bookmarks.remove(kind, rid)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
        else:
            if removed is not None:
                self._removed_bookmarks = getattr(self, "_removed_bookmarks", []) + [removed]
                self.statusBar().showMessage(
                    self.tr("Bookmark removed: %1. Ctrl+Z in the list brings it back.").replace("%1", removed.title), 8000)
        self._show_bookmarks()
        self._update_nav_actions()

    def _undo_remove_bookmark(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        removed = getattr(self, "_removed_bookmarks", [])
        if not removed:
            return
        b = removed.pop()
        try:
            self.bookmarks.add(b.kind, b.id, b.title)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
        self._show_bookmarks()
        self._update_nav_actions()

    # find in page
    @property
    def find_bar(self) -> QWidget:
        """The find bar below the page (a field, "3 of 7", a close button), made at the first
        Ctrl+F: most sessions never search inside a page, and its close button's class built
        QToolButton's enum before the first paint (#19)."""
        if self._find_bar is None:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeySequence, QShortcut
            from PySide6.QtWidgets import QHBoxLayout, QToolButton

            bar = QWidget()
            field = QLineEdit()
            field.setObjectName("findField")
            field.setClearButtonEnabled(True)
            field.textChanged.connect(lambda _t: self._find(False, fresh=True))
            field.returnPressed.connect(lambda: self._find(False))
            QShortcut(QKeySequence(Qt.Key.Key_Escape), field, self._hide_find, context=Qt.ShortcutContext.WidgetShortcut)
            status = QLabel()
            close = QToolButton()
            close.setText("✕")
            close.clicked.connect(self._hide_find)
            fl = QHBoxLayout(bar)
            fl.setContentsMargins(4, 2, 4, 2)
            fl.addWidget(field, 1)
            fl.addWidget(status)
            fl.addWidget(close)
            bar.hide()
            self._right_layout.addWidget(bar)
            self.find_field, self.find_status, self._close_find = field, status, close
            self._find_bar = bar
            self._retranslate_find_bar()
        return self._find_bar

    def _retranslate_find_bar(self) -> None:
        self.find_field.setPlaceholderText(self.tr("Find in page (Enter: next, Shift+F3: previous)"))
        self.find_field.setAccessibleName(self.tr("Find in page"))
        self._close_find.setToolTip(self.tr("Close the find bar (Esc)"))
        self._close_find.setAccessibleName(self.tr("Close the find bar"))

    def _show_find(self) -> None:
        self.find_bar.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _hide_find(self) -> None:
        if self._find_bar is not None:  # else never shown
            self._find_bar.hide()
        self.reader.highlight_all("")
        self.reader.setFocus()

    def _find(self, backward: bool, fresh: bool = False) -> None:
        if not self.find_bar.isVisible():
            self._show_find()
            return
        if fresh:
            cursor = self.reader.textCursor()
            cursor.clearSelection()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.reader.setTextCursor(cursor)
        found = self.reader.find_text(self.find_field.text(), backward)
        index, total = self.reader.highlight_all(self.find_field.text())
        if not self.find_field.text():
            self.find_status.setText("")
        elif not found:
            self.find_status.setText(self.tr("Not found"))
        else:  # "3 of 7": where the counsellor is among all the matches, which are all marked
            self.find_status.setText(self.tr("%1 of %2").replace("%1", str(index)).replace("%2", str(total)))

    # zoom and print
    def _zoom(self, steps: int) -> None:
        self.reader.set_zoom(steps)
        if self._second is not None:
            self._second.reader.set_zoom(self.reader.zoom)
        self._zoom_panes()
        self.settings.zoom = self.reader.zoom
        self._save_settings("zoom")

    def _zoom_panes(self) -> None:
        """Larger text means the result list and the sidebar too, not only the page."""
        base = getattr(self, "_pane_base_size", None)
        if base is None:
            base = self._pane_base_size = self.nav.font().pointSizeF()  # the results list's, when made
        for pane in (self._results, self.nav):
            if pane is None:
                continue
            font = pane.font()
            font.setPointSizeF(max(6.0, base + self.reader.zoom))
            pane.setFont(font)

    def _print(self, how: str) -> None:
        from app.ui import printing  # QtPrintSupport loads only when someone prints

        if how == "preview":
            printing.preview(self, self._page_document, self.settings.page_size)
        elif how == "export_pdf":
            printing.export_pdf(self, self._page_document, self.settings.page_size, self._pdf_name())
        else:
            printing.print_with_dialog(self, self._page_document, self.settings.page_size, self._pdf_name())

    def _page_document(self) -> QTextDocument:
        """The page shown, for printing and PDF: typeset with the font's kerning, which the
        window's text does without (app.ui.application: PreferNoShaping)."""
        from PySide6.QtGui import QFont

        doc = self.reader.document().clone()  # the page's formats, styles already applied
        font = QFont(doc.defaultFont())
        font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
        doc.setDefaultFont(font)
        return doc

    def _pdf_name(self) -> str:
        cur = self.current
        return f"objector-guide-{cur[1]}.pdf" if cur else "objector-guide.pdf"

    # imported reports
    def _import_report(self) -> None:
        from app.ui.import_dialog import import_report_interactively  # lazy: no start-up cost

        said = import_report_interactively(self, self.book)
        if said:
            self.statusBar().showMessage(said, 10000)
            self._reload_content()  # the new report appears in Contents
            self.run_search(self.search.text())

    def _manage_imports(self) -> None:
        from app.ui.imports_manager import manage_imports

        if manage_imports(self, self.book, lambda rid: self.open_record("section", rid)):
            self._reload_content()
            self.run_search(self.search.text())
            if self.current and is_imported_id(self.current[1]):
                if self._exists(*self.current):
                    self._render(*self.current)  # a renamed report shows its new title
                else:
                    self.history.clear()
                    self._open_start_page()

    # content editions
    def install_update(self, path: str | None = None, confirm=None) -> bool:
        from app.ui.edition_dialogs import install_update

        if not install_update(self, self.lang, path, confirm):
            return False
        self._reopen_book()
        self.statusBar().showMessage(self.tr("The content update is installed: edition %1.")
                                     .replace("%1", self._edition_label()), 10000)
        return True

    def _what_changed(self) -> None:
        from app.ui.edition_dialogs import show_what_changed

        show_what_changed(self, self.lang)

    def _check_store(self) -> None:
        """Once the window is on screen: every page of the guidebook's store read once
        (app.store.connection.quick_check, ~1 ms). One damaged deep inside passed the start's
        checks and failed later, at a list or a Russian search; found here, it is rebuilt from
        the bundled content and the window carries on with the new one."""
        import sqlite3

        from app.errors import StoreError
        from app.store.connection import Damage, quick_check

        status = self.book.status
        reason = quick_check(status.path) if status is not None else ""
        if not reason or status is None:
            return
        try:
            self._reopen_book(damaged=Damage(status.path, reason))
        except (StoreError, sqlite3.Error, OSError) as exc:
            said = str(exc) if isinstance(exc, StoreError) else f"{reason} It could not be rebuilt ({exc})."
            self.banner.setText("⚠ " + said)
            self.banner.show()
            return
        now = self.book.status
        if now is None or not now.rebuilt or quick_check(now.path):  # "rebuilt" only when it was, and is sound
            self.banner.setText("⚠ " + (now.reason if now is not None and now.reason else reason))
            self.banner.show()
            return
        self.statusBar().showMessage(
            self.tr("The guidebook database was damaged; it has been rebuilt from the bundled content."), 20000)

    def _reopen_book(self, damaged=None) -> None:
        """After an install, or when the store in use was found `damaged`: the guidebook, the
        lists and the page come from the new store; an assessment not on screen is started
        afresh from the new questions. A damaged store that cannot be rebuilt is read again as
        it is, and the error raised for the banner."""
        import sqlite3

        from app.edition.active import forget
        from app.errors import StoreError
        from app.store.guidebook import Guidebook

        forget()
        old = self.book
        if self._search_controller is not None:
            self._search_controller.cancel()  # an imports query still running reads the old guidebook
        if damaged is None:
            # the new book attaches imported reports as the old one did (the opener the app gave it)
            self._use_book(Guidebook.open(imports_opener=old.imports_opener), old)
            return
        old.close()  # rebuilt where it lies: Windows cannot replace a file SQLite holds open
        try:
            new = Guidebook.open(imports_opener=old.imports_opener, damaged=damaged)
        except (StoreError, sqlite3.Error, OSError):
            try:
                new = old.reopened()  # not rebuilt: the window reads what it still can, under a banner
            except (StoreError, sqlite3.Error, OSError):
                self._cannot_read_any_store()
                raise
            self._use_book(new, old)
            raise
        self._use_book(new, old)

    def _use_book(self, new, old) -> None:
        """Every part of the window that reads the guidebook reads `new` from now on."""
        self.book = new
        if self._search_controller is not None:
            self._search_controller.book = new
        if self.wizard is not None and not self.wizard.isVisible():
            self.wizard.deleteLater()
            self.wizard = None
        elif self.wizard is not None:
            self.wizard.book = new
        old.close()
        self._superseded_key = None
        self._reload_content()
        if self.current and self._exists(*self.current):
            self._render(*self.current)
        else:
            self.history.clear()
            self._open_start_page()
        if self.search.text().strip():
            self.run_search(self.search.text())

    def _cannot_read_any_store(self) -> None:
        """Neither a rebuilt store nor the damaged one: nothing is left to read, so nothing that
        reads is left to click; the banner says why and the app can still be closed."""
        for part in (self.search, self.nav, self.reader):
            part.setEnabled(False)

    def _edition_label(self, lang: str | None = None) -> str:
        meta = self.book.meta
        edition, as_of = meta.get("edition", ""), meta.get("as_of", "")
        return f"{edition} ({local_date(as_of, lang or self.lang)})" if as_of else edition

    def _stale_notice(self) -> list[str]:
        """Said politely at start when the content is older than the threshold (default 12 months)."""
        from app.edition.staleness import is_older_than

        try:
            made = _dt.date.fromisoformat(self.book.meta.get("as_of", ""))
        except ValueError:
            return []
        if not is_older_than(made, self.settings.stale_after_months, _dt.date.today()):
            return []
        return [self.tr("This guidebook's content dates from %1; the law and practice may have changed since. "
                        "Ask your publisher for a content update (File → Install Content Update).")
                .replace("%1", local_date(made.isoformat(), self.lang))]

    # guided assessment
    def open_wizard(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.ui.wizard_window import WizardWindow
        from app.wizard.definition import load_definition

        if self.wizard is None:
            try:
                definition = load_definition(cached=True)  # no YAML parse when the cache matches
            except (OSError, ValueError) as exc:
                QMessageBox.critical(self, self.tr("Guided assessment"),
                                     self.tr("The assessment questions could not be loaded: %1").replace("%1", str(exc)))
                return
            self.wizard = WizardWindow(self.book, definition, self.lang, self.settings.sheet_lang,
                                       self.settings.page_size, self)
            self.wizard.open_requested.connect(self._open_from_wizard)
            self.wizard.sheet_settings_changed.connect(self._keep_sheet_settings)
            self.wizard.organisation = dict(self.settings.organisation)
        self.wizard.show()
        self.wizard.raise_()
        self.wizard.activateWindow()

    def _keep_sheet_settings(self, sheet_lang: str, page_size: str) -> None:
        self.settings.sheet_lang, self.settings.page_size = sheet_lang, page_size
        self._save_settings("sheet_lang", "page_size")

    def edit_preferences(self) -> None:
        from app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings.organisation, self)
        if dialog.exec():
            self.settings.organisation = dialog.values()
            self._save_settings("organisation")
            if self.wizard is not None:
                self.wizard.organisation = dict(self.settings.organisation)

    def _open_from_wizard(self, kind: str, rid: str) -> None:
        """A definition opened from the assessment shows in the main window beside it; the
        assessment stays in front, so the counsellor does not lose the client's questions."""
        self.open_record(kind, rid)
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()

    def clear_session(self) -> None:
        """Forget what this session saw of a client: search, pages read, answers, notes, clipboard.
        Asks first when an assessment holds answers, a name or a note (its own Clear session
        does the same); a search and the pages read are forgotten without asking."""
        if self.wizard is not None and self.wizard.has_client_data() and not self.wizard.confirm(
                self.tr("Clear the session?"),
                self.tr("The search, the pages read, the answers, the client's name and the note will be "
                        "forgotten. Clear the session?")):
            return
        if self.wizard is not None:
            self.wizard.clear_session()
            self.wizard.close()
        self.search.clear()
        self.run_search("")
        if self._find_bar is not None:
            self.find_field.clear()
        self._hide_find()
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard() or clipboard.ownsSelection():
            clipboard.clear()
        self.history.clear()
        self._open_start_page()
        self.statusBar().showMessage(self.tr("Session cleared: search, pages read and assessment forgotten."), 6000)

    # dialogs
    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.ui.dialogs import about_html

        QMessageBox.about(self, self.tr("About Objector Guide"), about_html(self, self.book))

    def _shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.ui.dialogs import shortcuts_html

        QMessageBox.information(self, self.tr("Keyboard Shortcuts"), shortcuts_html(self, self.actions_))

    # events
    def _save_settings(self, *changed: str) -> None:
        """Write only what this window changed, merged with what another window may have saved."""
        try:
            on_disk = save_settings(self.settings, changed)
            self.settings.organisation = on_disk.organisation  # another window's newer details
        except OSError as exc:
            self.statusBar().showMessage(self._write_failed("settings", exc), 8000)

    def _write_failed(self, what: str, exc: OSError) -> str:
        """What could not be saved, where and why, in the interface language (no errno, no temp file)."""
        from app.userdata.write_problems import kind

        # one whole sentence per thing saved: a noun put into a shared sentence breaks case and
        # agreement in Russian and German
        sentences = {
            "bookmark": {"full": self.tr("The bookmark could not be saved: the disk holding %1 is full."),
                         "denied": self.tr("The bookmark could not be saved: the folder %1 cannot be written to "
                                           "(read-only, or no permission)."),
                         "other": self.tr("The bookmark could not be saved in the folder %1: %2")},
            "settings": {"full": self.tr("Settings could not be saved: the disk holding %1 is full."),
                         "denied": self.tr("Settings could not be saved: the folder %1 cannot be written to "
                                           "(read-only, or no permission)."),
                         "other": self.tr("Settings could not be saved in the folder %1: %2")},
        }
        text = sentences[what][kind(exc)]
        return text.replace("%1", str(paths.user_data_dir())).replace("%2", exc.strerror or exc.__class__.__name__)

    def closeEvent(self, ev: QCloseEvent) -> None:
        # quitting (Ctrl+Q) with an assessment under way asks first, as closing it does
        if self.wizard is not None and self.wizard.isVisible():
            if not self.wizard.confirm_discard():
                ev.ignore()
                return
            self.wizard._closing_confirmed = True
            self.wizard.close()
        self.search.drop_pending()
        self.settings.geometry = bytes(self.saveGeometry().toBase64()).decode()
        self._save_settings("geometry")
        if self._search_controller is not None:
            self._search_controller.cancel()
        if self._background is not None:
            self._background.shutdown()
        super().closeEvent(ev)
