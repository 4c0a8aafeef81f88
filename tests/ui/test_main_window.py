"""The main window as a counsellor uses it: type, pick, read, follow links, go back, bookmark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl


def type_query(qtbot, w, text: str) -> None:
    w.search.setFocus()
    w.search.clear()
    qtbot.keyClicks(w.search, text)
    qtbot.waitUntil(lambda: w.results.count() > 0 or not text.strip(), timeout=2000)


def test_results_update_as_you_type(qtbot, make_window) -> None:
    w = make_window()
    type_query(qtbot, w, "Dubl")
    first = w.results.hit_at(0)
    assert (first.kind, first.id) == ("term", "dublin-iii")
    assert w.left.currentWidget() is w.results


def test_enter_opens_top_result_and_back_returns(qtbot, make_window) -> None:
    w = make_window()
    start = w.current
    type_query(qtbot, w, "church asylum")
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    assert w.current == ("term", "church-asylum")
    assert "A parish shelters a person" in w.reader.toPlainText()
    w.actions_.back.trigger()
    assert w.current == start


def test_arrow_keys_choose_result_from_search_field(qtbot, make_window) -> None:
    w = make_window()
    type_query(qtbot, w, "Dublin")
    second = w.results.hit_at(1)
    qtbot.keyClick(w.search, Qt.Key.Key_Down)
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    assert w.current == (second.kind, second.id)


def test_clicking_a_term_link_shows_the_term_and_back_works(qtbot, make_window) -> None:
    w = make_window()
    w.open_record("section", "dublin")
    html = w.reader.toHtml()
    assert "guide://term/church-asylum" in html
    w.reader.anchorClicked.emit(QUrl("guide://term/church-asylum"))
    assert w.current == ("term", "church-asylum")
    assert w.reader.toPlainText().startswith("church asylum")
    qtbot.keyClick(w.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.current == ("section", "dublin")
    w.actions_.forward.trigger()
    assert w.current == ("term", "church-asylum")


def test_external_link_is_not_followed(qtbot, make_window, no_dialogs) -> None:
    w = make_window()
    before = w.current
    w.reader.anchorClicked.emit(QUrl("https://example.org/"))
    assert w.current == before
    assert any("https://example.org/" in text for _k, text in no_dialogs)


def test_escape_clears_search_and_returns_to_tabs(qtbot, make_window) -> None:
    w = make_window()
    type_query(qtbot, w, "Dublin")
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)
    assert w.search.text() == "" and w.left.currentWidget() is w.nav


def test_hostile_query_shows_no_error_dialog(qtbot, make_window, no_dialogs) -> None:
    w = make_window()
    for text in ['"AND(', "NEAR(", "*", "'", "-"]:
        w.search.clear()
        qtbot.keyClicks(w.search, text)
        w.search.flush()
    assert no_dialogs == []


def test_no_results_offers_suggestions(qtbot, make_window) -> None:
    w = make_window()
    w.search.setText("Dubln ")
    w.search.flush()
    texts = [w.results.item(i).text() for i in range(w.results.count())]
    assert texts[0].startswith("No results") and any("dublin" in t for t in texts[1:])
    w.results.setCurrentRow(1)
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    assert w.search.text() == "dublin"
    assert w.results.hit_at(0) is not None


def test_a_query_that_finds_nothing_does_not_keep_the_last_count(qtbot, make_window) -> None:
    w = make_window()
    w.run_search("dublin")
    assert "result" in w.statusBar().currentMessage()  # "3 results"
    w.run_search("zzqxv")
    assert w.results.item(0).text().startswith("No results")
    assert "result" not in w.statusBar().currentMessage()  # not "3 results" beside "No results"


def test_shortcuts_focus_search(qtbot, make_window) -> None:
    w = make_window()
    for keys in (("F", Qt.KeyboardModifier.ControlModifier), ("K", Qt.KeyboardModifier.ControlModifier)):
        w.reader.setFocus()
        qtbot.keyClick(w.reader, keys[0], keys[1])
        assert w.search.hasFocus()
    w.reader.setFocus()
    qtbot.keyClick(w.reader, "/")
    assert w.search.hasFocus() and w.search.text() == ""


def test_bookmark_survives_restart(qtbot, make_window) -> None:
    w = make_window()
    w.open_record("term", "deserter")
    w.actions_.bookmark.trigger()
    assert w.nav.bookmarks.count() == 1
    w.close()
    w2 = make_window()
    assert w2.nav.bookmarks.count() == 1
    assert w2.nav.bookmarks.item(0).text() == "deserter"
    w2.nav.bookmarks.setCurrentRow(0)
    w2.nav.bookmarks.setFocus()
    qtbot.keyClick(w2.nav.bookmarks, Qt.Key.Key_Delete)
    assert w2.nav.bookmark_count() == 0


def test_zoom_is_remembered(qtbot, make_window) -> None:
    w = make_window()
    w.actions_.zoom_in.trigger()
    w.actions_.zoom_in.trigger()
    assert w.reader.zoom == 2
    w.close()
    assert make_window().reader.zoom == 2


def test_find_in_page(qtbot, make_window) -> None:
    w = make_window()
    w.open_record("section", "dublin")
    w.actions_.find_in_page.trigger()
    qtbot.keyClicks(w.find_field, "Croatia")
    assert w.reader.textCursor().selectedText() == "Croatia"
    w.find_field.setText("zzzz-not-here")
    assert w.find_status.text() == "Not found"


def test_find_in_page_finds_what_typography_keeps_together(qtbot, make_window) -> None:
    """The page keeps "17-year-old" and "C-238/19" with a no-break hyphen and "26 June" with a
    no-break space (app.render.typography); typed with an ordinary hyphen and space, Find still
    finds and marks them, and copied text has the ordinary characters."""
    from app.render.markdown import to_html

    w = make_window()
    w.reader.setHtml(to_html("A 17-year-old, on 26 June 2025 (EZ, C-238/19)."))
    w.actions_.find_in_page.trigger()
    for typed, shown in (("17-year-old", "17\u2011year-old"), ("26 june", "26\u00a0June"), ("c-238/19", "C\u2011238/19")):
        w.find_field.setText(typed)
        assert w.reader.textCursor().selectedText().replace("\u2029", "") == shown, typed
        assert w.find_status.text() != "Not found"
    w.reader.selectAll()
    assert w.reader.createMimeDataFromSelection().text().strip() == "A 17-year-old, on 26 June 2025 (EZ, C-238/19)."


def test_glossary_filter_and_law_tab_marks_superseded(qtbot, make_window) -> None:
    w = make_window()
    w.actions_.show_glossary.trigger()
    qtbot.keyClicks(w.nav.glossary_filter, "kirchen")
    visible = [w.nav.glossary.item(i).text() for i in range(w.nav.glossary.count())
               if not w.nav.glossary.item(i).isHidden()]
    assert visible == ["church asylum"]
    w.actions_.show_law.trigger()
    labels = []
    it = [w.nav.law.topLevelItem(i) for i in range(w.nav.law.topLevelItemCount())]
    while it:
        item = it.pop()
        labels.append(item.text(0))
        it.extend(item.child(i) for i in range(item.childCount()))
    assert any("Dublin III Regulation" in t and "superseded since 2026-07-01" in t for t in labels)


def test_law_page_warns_when_superseded(qtbot, make_window) -> None:
    w = make_window()
    w.open_record("law", "dublin-iii-regulation")
    text = w.reader.toPlainText()
    assert "No longer in force" in text and "Regulation (EU) 2024/1351" in text


def test_untranslated_page_shows_marker(qtbot, make_window) -> None:
    w = make_window()
    w.set_language("de")
    w.open_record("section", "dublin")
    text = w.reader.toPlainText()
    assert text.splitlines()[:2] == ["Who refuses", "Formelle Erledigungen und Dublin"]  # breadcrumb, title
    assert "Most formal completions" in text  # English body stands in …
    assert w.page_labels().not_translated in text  # … and says so


def book_with_import(store, tmp_path, markdown: str):
    """The fixture guidebook with one Markdown report imported into the user's store."""
    from app.importer.api import commit, preview
    from app.importer.for_search import open_imports
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    report = tmp_path / "report.md"
    report.write_text(markdown, encoding="utf-8")
    commit(preview(report))
    book = Guidebook(connect_readonly(store), imports_opener=open_imports)
    book.reload_imports()
    return book


def test_imported_report_is_searched_beside_the_guidebook_and_marked(qtbot, make_window, fixture_store, tmp_path) -> None:
    w = make_window(book_with_import(
        fixture_store, tmp_path, "# Belarus refusers 2026\n\n## Border crossings\n\nZubrovka checkpoint closed in spring.\n"))
    type_query(qtbot, w, "Zubrovka")
    hit = w.results.hit_at(0)
    assert hit.imported
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    text = w.reader.toPlainText()
    assert "Zubrovka checkpoint closed in spring." in text
    assert w.page_labels().imported in text


def test_keyboard_alone_reaches_search_navigation_and_reader(qtbot, make_window) -> None:
    from PySide6.QtWidgets import QApplication

    w = make_window()
    w.focus_search()
    seen = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    reached = {x.objectName() for x in seen if x is not None}
    assert "reader" in reached and reached & {"contentsTree", "navTabs", "glossaryFilter"}
    qtbot.keyClick(w.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert w.search.hasFocus()


def test_old_law_is_flagged_in_search_results_and_on_the_term_page(qtbot, make_window, shipped_book) -> None:
    w = make_window(shipped_book)
    w.search.setText("Dublin III")
    w.search.flush()
    rows = [w.results.row_html(r) for r in range(w.results.count())]
    flagged = [r for r in rows if "⚠" in r]
    assert flagged and any("Dublin" in r for r in flagged)
    assert any(ch.isdigit() for ch in w.statusBar().currentMessage())  # "n results", in the UI's language
    w.open_record("term", "dublin-iii")
    page = w.reader.toPlainText()
    assert "⚠" in page and "2026-06-30" in page  # the banner, in whichever interface language is set


def test_preferences_keep_the_organisation_for_the_sheet(qtbot, make_window, shipped_book, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from app.ui.preferences import PreferencesDialog

    w = make_window(shipped_book)

    def fill_and_accept(self) -> int:
        self.edits["name"].setText("  Beratung   Ost ")
        self.edits["phone"].setText("+49 30 123")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", fill_and_accept)
    w.actions_.preferences.trigger()
    assert w.settings.organisation == {"name": "Beratung Ost", "phone": "+49 30 123"}
    w.open_wizard()
    assert w.wizard.organisation == {"name": "Beratung Ost", "phone": "+49 30 123"}
    from app.userdata.settings import load_settings

    assert load_settings()[0].organisation["name"] == "Beratung Ost"  # kept for the next start


def test_the_shortcuts_dialog_names_keys_a_person_can_press(qtbot, make_window, shipped_book) -> None:
    import re

    from app.ui.dialogs import shortcuts_html

    w = make_window(shipped_book)
    text = re.sub(r"<[^>]+>", "|", shortcuts_html(w, w.actions_))
    cells = [c.strip() for c in text.split("|") if c.strip()]
    assert not {"Back", "Find", "Zoom In", "Open", "Exit"} & {k.strip() for c in cells for k in c.split(",")
                                                               if c[0].isupper() and "+" not in c}
    assert any("Ctrl+W" in c or "Strg+W" in c for c in cells)  # the assessment's keys are listed too


def test_two_windows_on_one_data_folder_keep_each_others_bookmarks(qtbot, make_window, shipped_book) -> None:
    from app.userdata.bookmarks import Bookmarks

    first, second = make_window(shipped_book), make_window(shipped_book)
    second.open_record("section", "introduction")
    second.actions_.bookmark.trigger()
    first.open_record("term", "draft-evader")
    first.actions_.bookmark.trigger()  # first never saw the introduction bookmark
    ids = {b.id for b in Bookmarks(second.bookmarks.path).items()}
    assert ids == {"introduction", "draft-evader"}
    second.bookmarks.reload()  # what the window does when it becomes active again
    assert {b.id for b in second.bookmarks.items()} == ids


def test_find_in_page_says_n_of_m_and_marks_every_match(qtbot, make_window, shipped_book) -> None:
    w = make_window(shipped_book)
    w.open_record("section", "dublin")
    w.actions_.find_in_page.trigger()
    w.find_field.setText("Dublin")
    w._find(backward=False, fresh=True)
    first = w.find_status.text()
    total = int(first.split()[-1])
    assert first.startswith("1 ") and total > 2 and len(w.reader.extraSelections()) == total
    w.actions_.find_next.trigger()
    assert w.find_status.text().startswith("2 ")
    w._hide_find()
    assert w.reader.extraSelections() == []


def test_zoom_scales_the_result_list_and_the_sidebar_too(qtbot, make_window, shipped_book) -> None:
    w = make_window(shipped_book)
    before = (w.results.font().pointSizeF(), w.nav.font().pointSizeF())
    w.actions_.zoom_in.trigger()
    w.actions_.zoom_in.trigger()
    after = (w.results.font().pointSizeF(), w.nav.font().pointSizeF())
    assert after[0] > before[0] and after[1] > before[1]
    w.actions_.zoom_reset.trigger()
    assert (w.results.font().pointSizeF(), w.nav.font().pointSizeF()) == before


def test_a_removed_bookmark_comes_back_with_undo_and_an_empty_list_says_how_to_fill_it(qtbot, make_window,
                                                                                        shipped_book) -> None:
    from PySide6.QtCore import Qt

    w = make_window(shipped_book)
    for b in w.bookmarks.items():
        w._remove_bookmark(b.kind, b.id)
    assert w.nav.bookmark_count() == 0 and "+D" in w.nav.bookmarks.item(0).text()  # the hint, in any UI language
    w.open_record("term", "deserter")
    w.actions_.bookmark.trigger()
    w.nav.bookmarks.setCurrentRow(0)
    qtbot.keyClick(w.nav.bookmarks, Qt.Key.Key_Delete)
    assert w.bookmarks.items() == []
    qtbot.keyClick(w.nav.bookmarks, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.id for b in w.bookmarks.items()] == ["deserter"]


def test_the_page_opened_from_a_result_marks_the_search_words(qtbot, make_window, shipped_book) -> None:
    w = make_window(shipped_book)
    w.search.setText("draft evaders")
    w.search.flush()
    w.results.setCurrentRow(0)
    w._open_current_result()
    marks = w.reader.extraSelections()
    assert marks and all(m.cursor.selectedText().lower().startswith(("draft", "evader")) for m in marks)
    w.open_record("section", "dublin")  # another page: the marks do not follow
    assert w.reader.extraSelections() == []


def test_two_languages_side_by_side(qtbot, make_window) -> None:
    """View → Two Languages Side by Side: the same page in the client's language beside the
    reader, each pane captioned with its language; links and zoom act on both; it is remembered."""
    from app.userdata.settings import load_settings

    w = make_window()
    assert not w.second.isVisible()
    w.actions_.side_by_side.trigger()
    assert w.second.isVisible() and w.second.lang == "ru"
    assert w.main_pane.caption.text() == "English" and w.second.caption.text() == "Русский"
    first = w.book.list("section", "ru")[0]
    assert first.title in w.second.reader.toPlainText()
    assert w.book.list("section", "en")[0].title in w.reader.toPlainText()

    term = w.book.list("term", "en")[0]
    w.open_record("term", term.id)
    assert w.book.get("term", term.id, "ru").title in w.second.reader.toPlainText()
    assert "In other languages" in w.reader.toPlainText()  # each pane's own words in its own language
    assert "На других языках" in w.second.reader.toPlainText()
    w._zoom(2)
    assert w.second.reader.zoom == 2

    w.actions_.side_lang_actions["de"].trigger()
    assert w.second.caption.text() == "Deutsch"
    assert w.book.get("term", term.id, "de").title in w.second.reader.toPlainText()
    saved, _ = load_settings()
    assert saved.side_by_side and saved.side_lang == "de"

    w.set_language("de")  # the counsellor switches to German: the second pane must not show German too
    assert w.second.lang == "ru" and w.second.caption.text() == "Русский"
    assert w.main_pane.caption.text() == "Deutsch"
    assert w.book.get("term", term.id, "ru").title in w.second.reader.toPlainText()

    w.actions_.side_by_side.trigger()
    assert not w.second.isVisible() and not w.main_pane.caption.isVisible()


def test_the_second_pane_comes_with_the_zoom_and_partner_chosen_before_it_existed(qtbot, make_window) -> None:
    """Most sessions never show two languages, so the second pane is built the first time it
    is shown (#19); it must then take the zoom and the partner language chosen before that."""
    w = make_window()
    assert w._second is None  # nothing of it at start
    w._zoom(3)
    w.set_language("ru")  # a Russian-speaking counsellor: the partner language becomes English
    assert w._second is None
    w.actions_.side_by_side.trigger()
    assert w.second.isVisible() and w.second.lang == "en" and w.second.caption.text() == "English"
    assert w.actions_.side_lang_actions["en"].isChecked()
    assert w.second.reader.zoom == 3
    assert w.second.reader.accessibleName() == "Страница на втором языке"  # in the interface language
    assert w.book.list("section", "en")[0].title in w.second.reader.toPlainText()


def test_side_by_side_scrolls_together(qtbot, make_window, shipped_book) -> None:
    w = make_window(shipped_book)
    w.resize(900, 500)
    w.set_side_by_side(True)
    longest = max(w.book.list("section", "en"), key=lambda r: len(r.body))
    w.open_record("section", longest.id)
    qtbot.wait(50)
    bar, other = w.reader.verticalScrollBar(), w.second.reader.verticalScrollBar()
    assert bar.maximum() > 0 and other.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    assert abs(other.value() / other.maximum() - 0.5) < 0.05


def test_following_a_link_unmarks_the_result_opened_before(qtbot, make_window, shipped_book) -> None:
    """The results list must not keep a result marked as if it were the page now shown."""
    w = make_window(shipped_book)
    w.search.setText("draft evader")
    w.search.flush()
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    assert w.current == ("term", "draft-evader") and w.results.currentRow() == 0
    w.open_url("guide://term/deserter")
    assert w.current == ("term", "deserter")
    assert w.results.currentRow() == -1 and not w.results.selectedItems()


@pytest.mark.parametrize("query", ["desreter", "deserter"])
def test_result_rows_are_painted_where_they_are_laid_out(qtbot, make_window, shipped_book, query) -> None:
    """Each row's painted area (and so its highlight) ends where the next row begins."""
    w = make_window(shipped_book)
    w.resize(1000, 600)
    w.search.setText(query)
    w.search.flush()
    # rows are laid out in batches while the event loop runs (ResultsList): wait for the last one
    qtbot.waitUntil(lambda: w.results.visualItemRect(w.results.item(w.results.count() - 1)).top() > 0, timeout=5000)
    rects = [w.results.visualItemRect(w.results.item(r)) for r in range(w.results.count())]
    assert len(rects) >= 3
    for upper, lower in zip(rects, rects[1:]):
        assert upper.bottom() < lower.top(), (upper, lower)


def test_a_window_opened_small_gives_the_reader_the_room(qtbot, fixture_book, no_dialogs) -> None:
    """Opened at 800 px (a small laptop, or a saved small window), the sidebar takes about a
    third, not its default 380 px."""
    from app.ui.application import make_app
    from app.ui.main_window import MainWindow

    make_app()
    w = MainWindow(fixture_book)
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    qtbot.waitExposed(w)
    left, right = w.splitter.sizes()
    assert left <= 0.35 * (left + right) and right > 2 * left - 50


def test_multi_word_search_puts_the_page_with_all_words_first_and_marks_no_stop_word(
        qtbot, make_window, shipped_book) -> None:
    """The walkthrough's case: "deportation from Armenia" led with a page matching only "Armenia"."""
    w = make_window(shipped_book)
    w.search.setText("deportation from Armenia")
    w.search.flush()
    assert w.results.hit_at(0).id == "humanitarian-visa"
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    marked = {m.cursor.selectedText().lower() for m in w.reader.extraSelections()}
    assert "armenia" in marked and "from" not in marked


def test_glossary_and_law_tabs_are_filled_when_shown_in_the_language_in_use(qtbot, make_window) -> None:
    """They are filled when first shown (#19), so a language switch made before must show there."""
    w = make_window()
    w.set_language("ru")
    w.actions_.show_glossary.trigger()
    titles = [w.nav.glossary.item(i).text() for i in range(w.nav.glossary.count())]
    assert "дезертир" in titles and "deserter" not in titles
    w.actions_.show_law.trigger()
    w.set_language("de")  # switched while the law tab shows: filled again at once
    tops = [w.nav.law.topLevelItem(i).text(0) for i in range(w.nav.law.topLevelItemCount())]
    assert tops == ["Europäische Union"], tops
    w.actions_.show_glossary.trigger()
    assert "Deserteur" in [w.nav.glossary.item(i).text() for i in range(w.nav.glossary.count())]


def test_slash_goes_to_search_but_is_text_in_a_text_field_and_escape_closes_find(qtbot, make_window) -> None:
    """"/" and Esc are window shortcuts (no application-wide event filter, #19): they must still
    leave text fields their characters."""
    w = make_window()
    w.nav.contents.setFocus()
    qtbot.keyClick(w.nav.contents, "/")
    assert w.search.hasFocus()
    qtbot.keyClicks(w.search, "a/b")
    assert w.search.text() == "a/b"  # typed, not swallowed by the shortcut
    w.open_record("section", "dublin")
    w.actions_.find_in_page.trigger()
    qtbot.keyClicks(w.find_field, "x/y")
    assert w.find_field.text() == "x/y"
    qtbot.keyClick(w.find_field, Qt.Key.Key_Escape)
    assert w.find_bar.isHidden()


def test_a_query_still_waiting_when_the_window_closes_is_not_run(qtbot, make_window) -> None:
    """CI, 1 Dec 2026: letters typed just before closing ran their search after the window had
    closed, on a guidebook closed by then ('Cannot operate on a closed database')."""
    from app.ui.search_box import DEBOUNCE_MS

    w = make_window()
    asked: list[str] = []
    w.search.query_changed.connect(asked.append)
    qtbot.keyClicks(w.search, "dub")
    w.close()
    qtbot.wait(DEBOUNCE_MS * 3)
    assert asked == []


def test_the_mouse_back_and_forward_buttons_move_through_the_pages(qtbot, make_window) -> None:
    w = make_window()
    w.open_record("section", "dublin")
    w.open_record("term", "deserter")
    for view in (w.reader.viewport(), w.nav.contents.viewport()):
        qtbot.mouseClick(view, Qt.MouseButton.BackButton)
        assert w.windowTitle().startswith("Formal completions and Dublin"), w.windowTitle()
        qtbot.mouseClick(view, Qt.MouseButton.ForwardButton)
        assert w.windowTitle().startswith("deserter"), w.windowTitle()


def test_the_lists_made_after_the_start_take_what_was_set_before_them(qtbot, make_window, shipped_book) -> None:
    """The results list and the glossary, law and bookmarks tabs' views are made when first
    needed, not before the first paint (#19). Made later, each must still get the zoom, the
    bookmarks, the keyboard order and the mouse's back and forward buttons set before."""
    from app.ui.navigation import BOOKMARKS_TAB, GLOSSARY_TAB, LAW_TAB

    w = make_window(shipped_book)
    assert (w._results, w.nav._glossary, w.nav._law, w.nav._bookmarks) == (None, None, None, None)
    for b in w.bookmarks.items():
        w._remove_bookmark(b.kind, b.id)
    w.open_record("term", "deserter")
    w._toggle_bookmark()  # bookmarked before the bookmarks tab was ever shown
    assert w.nav._bookmarks is None and w.nav.bookmark_count() == 1
    w._zoom(2)
    qtbot.keyClick(w.search, Qt.Key.Key_Down)  # arrows before any search: nothing to move through

    w._show_tab(BOOKMARKS_TAB)
    assert w.nav.bookmarks.count() == 1 and w.nav.bookmarks.item(0).text().startswith("deserter")
    assert w.nav.bookmarks.hasFocus()  # the tab's view takes the focus, as before
    w._show_tab(LAW_TAB)
    assert w.nav.law.topLevelItemCount() > 0 and w.nav.law.hasFocus()
    w._show_tab(GLOSSARY_TAB)
    assert w.nav.glossary.count() > 0
    w.open_record("section", "dublin")
    qtbot.mouseClick(w.nav.glossary.viewport(), Qt.MouseButton.BackButton)
    assert w.windowTitle().startswith("deserter"), w.windowTitle()

    w.search.setFocus()
    w.search.setText("draft evader")
    w.search.flush()
    assert w.results.count() > 0 and w.results.isVisible()
    assert w.results.font().pointSizeF() == w.nav.font().pointSizeF()  # zoomed with the sidebar
    row = w.results.currentRow()
    qtbot.keyClick(w.search, Qt.Key.Key_Down)
    assert w.results.currentRow() == row + 1
    w.search.setFocus()
    qtbot.keyClick(w.search, Qt.Key.Key_Tab)
    assert w.results.hasFocus()  # search field, results, then the sidebar
    qtbot.mouseClick(w.results.viewport(), Qt.MouseButton.BackButton)  # from the term, back to the start page
    assert w.windowTitle().startswith("Introduction"), w.windowTitle()


def test_tab_goes_from_the_tab_bar_into_the_tab_shown_then_to_the_page(qtbot, make_window) -> None:
    """The views of the glossary, law and bookmarks tabs are made when first shown (#19); Tab
    must still go from the tab bar into the tab shown and on to the reader, and Shift+Tab
    back, as when every view was made with the window."""
    from PySide6.QtWidgets import QApplication, QWidget

    w = make_window()
    w.set_side_by_side(True)  # one more pane, made later too, after the reader in the Tab order

    def tab_walk(start, steps: int, backward: bool = False) -> list[str]:
        start.setFocus()
        names = []
        for _ in range(steps):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab if backward else Qt.Key.Key_Tab)
            names.append(QApplication.focusWidget().objectName())
        return names

    views = {0: ["contentsTree"], 1: ["glossaryFilter", "glossaryList"], 2: ["lawTree"], 3: ["bookmarksList"]}
    for tab, names in views.items():
        w._show_tab(tab)
        assert QApplication.focusWidget().objectName() in (names[0], "")  # Alt+1..4: the tab's view (the glossary: its page)
        assert tab_walk(w.nav.tabBar(), len(names) + 1) == [*names, "reader"], tab  # (in the page Tab goes to its links)
        last = w.findChild(QWidget, names[-1])
        assert tab_walk(last, len(names), backward=True) == [*reversed(names[:-1]), "qt_tabwidget_tabbar"], tab


def test_the_find_bar_made_at_the_first_ctrl_f_speaks_the_language_chosen_before(qtbot, make_window) -> None:
    """The find bar is made at the first Ctrl+F (#19), in the interface language of that moment,
    and follows a later switch; clearing the session before it ever existed does no harm."""
    w = make_window()
    assert w._find_bar is None
    w.clear_session()
    w.set_language("ru")
    w.actions_.find_in_page.trigger()
    assert w.find_bar.isVisible() and w.find_field.hasFocus()
    assert w.find_field.placeholderText().startswith("Найти на странице")
    w.set_language("de")
    assert w.find_field.placeholderText().startswith("Auf der Seite suchen")
    qtbot.keyClick(w.find_field, Qt.Key.Key_Escape)
    assert w.find_bar.isHidden()


def test_the_empty_bookmarks_list_greys_its_hint_and_offers_the_menu_once_its_tab_is_shown(qtbot, make_window,
                                                                                         shipped_book) -> None:
    """The hint row and the right-click menu are finished when the tab is first shown (#19: the
    first frame does without the Qt namespace's enums); shown, the hint is greyed and cannot be
    selected, and a bookmark gets its menu."""
    from PySide6.QtCore import Qt

    from app.ui.navigation import BOOKMARKS_TAB

    w = make_window(shipped_book)
    for b in w.bookmarks.items():
        w._remove_bookmark(b.kind, b.id)
    w.nav.setCurrentIndex(0)
    w._show_bookmarks()
    w.nav.setCurrentIndex(BOOKMARKS_TAB)
    hint = w.nav.bookmarks.item(0)
    assert "+D" in hint.text() and hint.flags() == Qt.ItemFlag.NoItemFlags
    assert w.nav.bookmarks.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    w._show_bookmarks()  # refilled while shown: finished at once
    assert w.nav.bookmarks.item(0).flags() == Qt.ItemFlag.NoItemFlags


def test_the_item_roles_are_above_qts_user_role() -> None:
    """app.ui.roles writes Qt.ItemDataRole.UserRole as a number (#19); below it, a role would
    overwrite one of Qt's own (the text, the tooltip)."""
    from PySide6.QtCore import Qt

    from app.ui import roles

    assert Qt.ItemDataRole.UserRole.value == roles.USER_ROLE
    assert min(roles.TARGET_ROLE, roles.FILTER_ROLE, roles.RICH_ROLE) > roles.USER_ROLE


def test_a_keystroke_cuts_the_snippets_of_the_rows_laid_out_first_and_every_row_gets_one(qtbot, make_window,
                                                                                       shipped_book) -> None:
    """#19: typing waits for the snippets of the rows on screen, not for thirty; the others
    are cut as the list lays them out, and a row the counsellor scrolls to shows its snippet."""
    from app.session.search_controller import ROWS_LAID_OUT_FIRST
    from app.store.marks import MARK_OPEN

    w = make_window(shipped_book)
    w.run_search("d")
    rows = w.results.count()
    assert rows == 30
    cut = [r for r in range(rows) if "snippet" in vars(w.results.hit_at(r))]
    assert 0 < len(cut) <= ROWS_LAID_OUT_FIRST
    w.results.scrollToBottom()
    qtbot.waitUntil(lambda: all("snippet" in vars(w.results.hit_at(r)) for r in range(rows)), timeout=5000)
    last = w.results.hit_at(rows - 1)
    assert MARK_OPEN in last.snippet and "<u>" in w.results.row_html(rows - 1)  # its match marked
    assert w.results.item(rows - 1).text().endswith(last.title)  # what a screen reader reads: kind and title


def test_pages_are_drawn_with_the_readers_stylesheet_in_the_palettes_colours(qtbot, make_window) -> None:
    """Links in the palette's link colour and not underlined, headings larger, the text in the
    palette's text colour: also in a dark theme, where Qt's defaults would not read well."""
    from PySide6.QtGui import QColor, QPalette, QTextCursor

    w = make_window()
    dark = QPalette(w.reader.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    w.reader.setPalette(dark)
    w.reader.show_html('<h1>Title</h1><p>Plain <a href="term/deserter">deserter</a></p>'
                       '<p class="provenance">Source</p>')
    doc = w.reader.document()

    def fmt_at(text: str):
        cursor = doc.find(text)
        assert not cursor.isNull(), text
        return QTextCursor(cursor).charFormat()

    link, plain, title, source = fmt_at("deserter"), fmt_at("Plain"), fmt_at("Title"), fmt_at("Source")
    assert link.foreground().color().name() == "#8ab4f8" and not link.fontUnderline()
    assert plain.foreground().color().name() == "#e8eaed"
    assert source.foreground().color().name() == "#9aa0a6"  # the muted grey of a dark theme
    assert title.font().pointSizeF() > plain.font().pointSizeF()


def _reopened(qtbot, fixture_book):
    from app.ui.main_window import MainWindow
    from app.userdata.settings import load_settings

    w = MainWindow(fixture_book, load_settings()[0])
    qtbot.addWidget(w)
    return w


def test_the_window_reopens_at_the_size_it_was_closed(qtbot, make_window, fixture_book) -> None:
    w = make_window()
    w.resize(720, 520)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == (720, 520), timeout=2000)
    w.close()
    again = _reopened(qtbot, fixture_book)
    assert (again.width(), again.height()) == (720, 520)  # within the offscreen screen (800×600)


@pytest.mark.parametrize("damaged", ["not base64 at all!", "QUJD", "Größe"])
def test_a_damaged_saved_window_size_opens_the_default_window(qtbot, make_window, fixture_book, damaged) -> None:
    """A hand-edited or damaged settings file: the window opens at its default size, no error."""
    from app.userdata.settings import load_settings, save_settings

    settings, _ = load_settings()
    settings.geometry = ""
    save_settings(settings)
    fresh = _reopened(qtbot, fixture_book)  # no size saved: the default
    settings.geometry = damaged
    save_settings(settings)
    w = _reopened(qtbot, fixture_book)
    assert (w.width(), w.height()) == (fresh.width(), fresh.height())


def test_tooltips_name_the_keys_once_the_window_is_on_screen(qtbot, make_window) -> None:
    """The keys are bound right after the first paint (#19); the tooltips then name them, in
    every interface language."""
    w = make_window()
    assert w.actions_.focus_search.toolTip() == "Jump to the search field (Ctrl+F)"
    assert w.actions_.back.toolTip() == "Go back to the previous page (Alt+Left)"
    w.set_language("de")
    assert w.actions_.focus_search.toolTip().endswith("(Strg+F)")


def test_every_key_in_the_actions_table_is_a_real_key() -> None:
    """The keys are looked up after the first paint, in a timer: a misspelt standard key there
    would stop every later action from getting its keys."""
    from PySide6.QtGui import QKeySequence

    from app.ui.actions import _STANDARD, KEYS

    for name, keys in KEYS.items():
        for key in keys:
            if key.startswith(_STANDARD):
                assert hasattr(QKeySequence.StandardKey, key[len(_STANDARD):]), (name, key)
            else:
                assert not QKeySequence(key).isEmpty() and QKeySequence(key).toString() == key, (name, key)
