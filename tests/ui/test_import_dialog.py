"""Import dialog and imports manager, as a counsellor uses them (offscreen, no real dialogs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from app.importer import store as st
from app.importer.api import commit, preview_bytes
from app.ui.import_dialog import ImportDialog, import_report_interactively
from app.ui.imports_manager import ImportsManager, manage_imports
from tests.conftest import SHARED_SOURCE

SMALL = ("Small report\n\nby Test Publisher e.V.\n\n(01.03.2024) Opening words.\n\n"
         "First chapter\n\nFirst section\n\nText about quokkaland.\n\nSecond section\n\nMore text.\n")


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


@pytest.fixture
def app_(qapp):
    from app.ui.application import make_app

    return make_app()


def open_dialog(qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog(None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    # the real report is parsed in the background: 5 s was once too short with the suite on 2 cores
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.error), timeout=20000)
    return dialog


def tree_titles(dialog: ImportDialog) -> list[tuple[str, list[str]]]:
    out = []
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        out.append((item.text(0), [item.child(k).text(0) for k in range(item.childCount())]))
    return out


def every_widget_is_named(root: QWidget) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar, QPushButton, QTreeWidget

    for cls in (QCheckBox, QLabel, QLineEdit, QProgressBar, QPushButton, QTreeWidget):
        for w in root.findChildren(cls):
            if w.parent() is root or root.isAncestorOf(w):
                if w.objectName().startswith("qt_"):
                    continue
                assert w.objectName(), f"{cls.__name__} without objectName"
                assert w.accessibleName(), f"{w.objectName()} without accessible name"


def test_preview_shows_detected_details_and_section_tree(qtbot, app_, small: Path, no_dialogs) -> None:
    d = open_dialog(qtbot, small)
    assert (d.title_edit.text(), d.publisher_edit.text(), d.date_edit.text()) == (
        "Small report", "Test Publisher e.V.", "2024-03-01")
    assert "utf-8" in d.encoding_label.text()
    assert tree_titles(d) == [("Small report", []), ("First chapter", ["First section", "Second section"])]
    assert d.replace_check.isHidden() and d.import_button.isEnabled()
    assert not st.imports_path().exists()  # previewing writes nothing
    every_widget_is_named(d)
    assert no_dialogs == []


def test_import_runs_off_the_gui_thread_and_stores_the_edited_details(qtbot, app_, small: Path, no_dialogs) -> None:
    d = open_dialog(qtbot, small)
    d.title_edit.setText("My own title")
    d.date_edit.setText("20.02.2024")
    with qtbot.waitSignal(d.imported, timeout=10000):
        d.import_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.progress.value() == d.progress.maximum() == 4
    doc = d.result_.doc
    assert (doc.title, doc.date, doc.publisher, doc.sections) == ("My own title", "2024-02-20",
                                                                  "Test Publisher e.V.", 4)
    assert no_dialogs == []


def test_same_file_again_offers_replace(qtbot, app_, small: Path, no_dialogs) -> None:
    first = commit(preview_bytes(small.read_bytes(), small.name))
    d = open_dialog(qtbot, small)
    assert d.replace_check.isVisible() and first.doc.title in d.previous_label.text()
    assert not d.import_button.isEnabled()
    d.replace_check.setChecked(True)
    assert d.import_button.isEnabled()
    with qtbot.waitSignal(d.imported, timeout=10000):
        d.import_button.click()
    assert d.result_.replaced.doc_id == first.doc.doc_id
    with st.ImportsStore() as store:
        assert len(store.list()) == 1


def test_bad_input_gets_a_clear_message(qtbot, app_, tmp_path: Path, small: Path, no_dialogs) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    d = open_dialog(qtbot, binary)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    assert d.result() == QDialog.DialogCode.Rejected and d.result_ is None
    assert len(no_dialogs) == 1 and no_dialogs[0][0] == "warning" and "PNG" in no_dialogs[0][1]

    no_dialogs.clear()
    d = open_dialog(qtbot, small)
    d.date_edit.setText("next Tuesday")
    d.import_button.click()
    assert d.isVisible() and d.result_ is None
    assert no_dialogs and "not a date" in no_dialogs[0][1]
    d.date_edit.setText("")
    d.title_edit.setText("   ")
    no_dialogs.clear()
    d.import_button.click()
    assert no_dialogs and "empty" in no_dialogs[0][1]


@pytest.mark.skipif(not SHARED_SOURCE.is_file(), reason="the source report lives in ../shared/sources")
def test_the_real_report_previews_with_its_chapters(qtbot, app_, no_dialogs) -> None:
    d = open_dialog(qtbot, SHARED_SOURCE)
    top = tree_titles(d)
    assert [t for t, _ in top][1] == "Right to conscientious objection, desertion and mobilisation"
    assert top[1][1][-1] == "Escape as a result of mobilisation"
    assert d.title_edit.text() == "Russians refusing to go to war" and d.date_edit.text() == "2024-02-20"


def test_import_report_interactively_end_to_end(qtbot, app_, small: Path, fixture_book, no_dialogs,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert import_report_interactively(window, fixture_book) is None  # the file dialog was cancelled

    def run_dialog(self) -> int:
        self.show()
        qtbot.waitUntil(lambda: self.preview is not None, timeout=5000)
        self.start_import()
        qtbot.waitUntil(lambda: not self.isVisible(), timeout=10000)
        return self.result()

    def pick(self) -> QDialog.DialogCode:  # the counsellor picks the report
        self.selectFile(str(small))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", pick)
    monkeypatch.setattr(ImportDialog, "exec", run_dialog)
    try:
        said = import_report_interactively(window, fixture_book)
        hits = fixture_book.search("quokkaland", lang="en")
        assert hits and hits[0].imported
        assert said and "imported, not reviewed" in said  # the sentence for the status bar
    finally:
        fixture_book.attach_imports(None)


def test_manager_lists_renames_and_removes(qtbot, app_, small: Path, fixture_book, no_dialogs,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    result = commit(preview_bytes(small.read_bytes(), small.name))
    fixture_book.reload_imports()
    try:
        m = ImportsManager(None, fixture_book)
        qtbot.addWidget(m)
        m.show()
        every_widget_is_named(m)
        assert m.table.topLevelItemCount() == 1
        row = m.table.topLevelItem(0)
        assert [row.text(c) for c in range(4)] == ["Small report", "2024-03-01", "4", "small.txt"]

        assert m.rename_selected("Renamed report")
        assert m.table.topLevelItem(0).text(0) == "Renamed report"

        # "No" (what no_dialogs answers) keeps the report
        assert not m.remove_selected()
        assert no_dialogs[-1][0] == "question" and "Renamed report" in no_dialogs[-1][1]
        assert fixture_book.search("quokkaland", lang="en")

        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        with qtbot.waitSignal(m.changed):
            assert m.remove_selected()
        assert m.table.topLevelItemCount() == 0 and m.empty_label.isVisibleTo(m)
        assert not m.remove_button.isEnabled()
        assert not fixture_book.search("quokkaland", lang="en")
        with st.ImportsStore() as store:
            assert store.list() == [] and store.record_count(result.doc.doc_id) == 0
    finally:
        fixture_book.attach_imports(None)


def test_manage_imports_reports_whether_something_changed(qtbot, app_, fixture_book, no_dialogs,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(ImportsManager, "exec", lambda self: 0)
    assert manage_imports(window, fixture_book) is False


def test_imported_report_reads_as_a_book_in_contents(qtbot, app_, small: Path, fixture_book, make_window,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """After an import the report has its own branch in Contents under its title; each page
    names the report it comes from; the manager's Open (or a double-click) reads it."""
    commit(preview_bytes(small.read_bytes(), small.name))
    fixture_book.reload_imports()
    try:
        w = make_window()
        contents = w.nav.contents
        root = contents.topLevelItem(contents.topLevelItemCount() - 1)
        assert root.text(0) == "Imported reports (not reviewed)"
        report = root.child(0)
        assert report.text(0) == "Small report"
        assert [report.child(i).text(0) for i in range(report.childCount())] == ["Small report", "First chapter"]
        assert [report.child(1).child(i).text(0) for i in range(2)] == ["First section", "Second section"]
        bundled = [contents.topLevelItem(i).text(0) for i in range(contents.topLevelItemCount() - 1)]
        assert "Small report" not in bundled  # the guidebook's own chapters stay apart

        w.nav._tree_activated(report.child(1).child(0))
        assert "quokkaland" in w.reader.toPlainText()
        page = w.reader.toPlainText()
        assert "Imported report — not reviewed" in page
        assert "From the imported report “Small report” (Test Publisher e.V., 2024-03-01, file small.txt)" in page

        w.open_record("section", w.book.list("section", "en")[0].id)
        monkeypatch.setattr(ImportsManager, "exec", lambda self: (self.open_selected(), 0)[1])
        w.actions_.manage_imports.trigger()  # File → Manage Imported Reports…, then Open
        assert w.current[1].startswith("imp-") and "Opening words" in w.reader.toPlainText()
    finally:
        fixture_book.attach_imports(None)


def test_preview_gives_section_titles_the_width(qtbot, app_, no_dialogs, tmp_path: Path) -> None:
    long = "A very long chapter title that a counsellor must read in full to check it"
    path = tmp_path / "long.md"
    path.write_text(f"# Report\n\nIntro.\n\n## {long}\n\nText.\n", encoding="utf-8")
    d = open_dialog(qtbot, path)
    d.resize(760, 640)
    qtbot.wait(50)
    assert d.tree.columnWidth(0) > 3 * d.tree.columnWidth(1)
    assert d.tree.columnWidth(0) >= d.tree.fontMetrics().horizontalAdvance(long) * 0.8


def test_a_pdf_report_previews_with_its_bookmarked_chapters(qtbot, app_, no_dialogs) -> None:
    """NGO reports mostly come as PDF: the dialog reads one, names it PDF, shows its chapters."""
    from app.ui.import_dialog import FILE_FILTER_EXTENSIONS

    assert "*.pdf" in FILE_FILTER_EXTENSIONS
    pdf = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "en-report.pdf"
    d = open_dialog(qtbot, pdf)
    assert not d.error
    assert "PDF" in d.file_label.text() and "PDF text layer" in d.encoding_label.text()
    assert d.tree.topLevelItemCount() >= 2


def test_an_imported_title_is_shown_as_text_never_as_html(qtbot, app_, tmp_path: Path, fixture_book, make_window,
                                                         no_dialogs) -> None:  # review rows G14-G16
    """A heading like <img src=…> in a report must not make the app render HTML (and open files)."""
    from app.ui.safe_text import literal

    hostile = '<img src="probe.png"> <b>BOLD</b> title'
    report = tmp_path / "richtitle.md"
    report.write_text(f"# {hostile}\n\nhostility\n", encoding="utf-8")
    commit(preview_bytes(report.read_bytes(), report.name))
    fixture_book.reload_imports()
    try:
        w = make_window()
        w.search.setText("hostility")
        w.search.flush()

        def imported_rows():
            return [r for r in range(w.results.count()) if w.results.hit_at(r) and w.results.hit_at(r).imported]

        qtbot.waitUntil(lambda: bool(imported_rows()), timeout=5000)
        hit_row = next(r for r in range(w.results.count()) if w.results.hit_at(r) and w.results.hit_at(r).imported)
        tip = w.results.item(hit_row).toolTip()
        assert tip == literal(f"Section: {hostile}")
        doc = QTextDocument()
        doc.setHtml(tip)
        assert hostile in doc.toPlainText()  # shown as the characters the file holds
        m = ImportsManager(None, fixture_book)
        qtbot.addWidget(m)
        assert m.table.topLevelItem(0).toolTip(0).startswith("<p style=")
        d = open_dialog(qtbot, report)  # waits for its reading thread to finish
        assert d.previous_label.textFormat() == Qt.TextFormat.PlainText
    finally:
        fixture_book.attach_imports(None)


def test_manager_puts_back_a_kept_copy(qtbot, app_, small: Path, fixture_book, no_dialogs,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A store set aside as unreadable can be put back from the window, not only the CLI."""
    commit(preview_bytes(small.read_bytes(), small.name))
    store = st.imports_path()
    good = store.read_bytes()
    store.write_bytes(b"this is no database" * 100)  # damaged: the next read sets it aside
    try:
        notice = fixture_book.reload_imports()
        assert "could not be read" in notice and "Put Back a Kept Copy" in notice
        assert not fixture_book.search("quokkaland", lang="en")
        kept = st.kept_copies()
        assert len(kept) == 1
        kept[0].write_bytes(good)  # as an earlier version (or a moment's trouble) left a sound copy

        m = ImportsManager(None, fixture_book)
        qtbot.addWidget(m)
        m.show()
        every_widget_is_named(m)
        assert m.table.topLevelItemCount() == 0 and m.restore_button.isVisibleTo(m)
        monkeypatch.setattr(QInputDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
        with qtbot.waitSignal(m.changed):
            assert m.restore_kept_copy()
        assert no_dialogs[-1][0] == "information" and "1 report" in no_dialogs[-1][1]
        assert [m.table.topLevelItem(0).text(0)] == ["Small report"]
        assert not m.restore_button.isVisibleTo(m)  # nothing left to put back
        hits = fixture_book.search("quokkaland", lang="en")
        assert hits and hits[0].imported
    finally:
        fixture_book.attach_imports(None)
