"""Privacy: a full session leaves nothing about the client behind and never touches the network.

A counsellor searches, reads, bookmarks a page, imports a report, walks a client through the
assessment with a name and a note, and exports the sheet. Afterwards only what they saved on
purpose exists (bookmarks, the imported report, the PDF they chose, settings without client
data), and no socket was opened.
"""

from __future__ import annotations

import os
import re
import socket
import tempfile
from pathlib import Path

import pytest

from tests.sheet_cases import example_answers

SECRET_NOTE = "Client fears the FSB visit on Tuesday"
SECRET_NAME = "Aleksei Smirnov"
SECRET_SEARCH = "Zubrovka-case-774"


def snapshot(*roots: Path) -> dict[str, bytes]:
    out = {}
    for root in roots:
        for p in root.rglob("*"):
            if p.is_file():
                try:
                    out[str(p)] = p.read_bytes()
                except OSError:
                    continue
    return out


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("network disabled in this test")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_full_session_leaves_only_what_was_saved(qtbot, make_window, shipped_store, tmp_path, monkeypatch,
                                                 no_network) -> None:
    from app.edition.active import clear_content_caches
    from app.importer.api import commit, preview
    from app.importer.for_search import open_imports
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook
    from app.ui.sheet_printer import write_pdf

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    data = Path(os.environ["OBJECTOR_GUIDE_DATA_DIR"])
    cache = Path(os.environ["XDG_CACHE_HOME"])
    for d in (data, cache):
        d.mkdir(parents=True, exist_ok=True)
    report = tmp_path / "incoming" / "report.md"
    report.parent.mkdir()
    report.write_text("# Newer report\n\n## Belarus\n\nRefusers from Belarus face similar risks.\n", encoding="utf-8")
    before = snapshot(data, cache, temp)
    clear_content_caches()  # what a new process would read and write, not what earlier tests left in memory

    book = Guidebook(connect_readonly(shipped_store), imports_opener=open_imports)
    w = make_window(book)
    w.search.setText(SECRET_SEARCH)
    w.search.flush()
    w.search.setText("deserter")
    w.search.flush()
    w.open_record("term", "deserter")
    w.actions_.bookmark.trigger()                      # saved on purpose
    commit(preview(report))                            # imported on purpose
    book.reload_imports()
    w.run_search("Belarus")
    qtbot.waitUntil(lambda: w.results.count() > 0, timeout=3000)
    w.open_wizard()
    wiz = w.wizard
    wiz.answers = dict(example_answers()["deserter"])
    wiz.go_next()
    wiz.go_next()
    wiz.note.setPlainText(SECRET_NOTE)
    wiz.client_name.setText(SECRET_NAME)
    pdf = tmp_path / "chosen" / "sheet.pdf"
    pdf.parent.mkdir()
    write_pdf(wiz.sheet_document(), pdf)               # exported on purpose, where the counsellor chose
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _p, title, *a, **k: asked.append(title) or QMessageBox.StandardButton.Yes))
    w.actions_.clear_session.trigger()  # the counsellor says yes to forgetting the answers, name and note
    assert asked == ["Clear the session?"]
    w.close()

    after = snapshot(data, cache, temp)
    changed = {p for p in after if before.get(p) != after[p]}
    # the data folder was placed on purpose (as --data-dir or --portable does): the cache copies
    # live in it too, and nothing at all goes to the platform's cache folder
    assert not [p for p in changed if Path(p).is_relative_to(cache)]
    names = {Path(p).name for p in changed if not Path(p).is_relative_to(data / "cache")}
    assert names <= {"settings.json", "bookmarks.json", "bookmarks.json.lock", "settings.json.lock",
                     "imports.sqlite", "imports.sqlite.lock"}, names
    # the cache copies: only made from the guidebook's own content (README, Privacy): the page
    # words, the start page and the assessment's questions as written, never the answers given
    cached = {Path(p).name for p in changed if Path(p).is_relative_to(data / "cache")}
    assert {re.sub(r"-[0-9a-f]{8}\.", ".", n) for n in cached} <= {"labels.json", "start-page.json",
                                                                    "wizard.json", "abbreviations.json"}, cached
    for name in ("bookmarks.json.lock", "settings.json.lock"):  # two windows take turns through them
        lock = Path(data) / name
        assert not lock.exists() or lock.stat().st_size == 0  # and they hold nothing
    for p in changed:
        blob = after[p]
        for secret in (SECRET_NOTE, SECRET_NAME, SECRET_SEARCH, "deserter.json"):
            assert secret.encode() not in blob, f"{secret!r} written to {p}"
    assert not [p for p in after if p not in before and Path(p).parent == temp]
    assert pdf.is_file()
    assert no_network == []


def _qt_settings_file() -> str:
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Scope.UserScope, "QtProject").fileName()


def test_qt_settings_and_file_dialog_history_stay_in_the_data_folder(qapp, tmp_path, monkeypatch) -> None:
    """Qt's file dialog writes its history through user-scope QSettings (QtProject.conf) as it
    is destroyed. The dialog sends those settings to the data folder itself (the start no longer
    does, #19); the folder the counsellor went to never reaches them (the history is emptied and
    the folder set to the root first), and what Qt wrote is wiped after."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QFileDialog

    from app import paths
    from app.ui import file_dialogs

    client = tmp_path / "client-Ivanov"
    client.mkdir()
    (client / "report.pdf").write_bytes(b"%PDF-")
    seen: dict[str, str] = {}

    def counsellor_picks(self) -> int:  # the counsellor goes to the client's folder and picks a file
        self.setDirectory(str(client))
        self.selectFile(str(client / "report.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", counsellor_picks)
    forget = file_dialogs.forget_dialog_history

    def read_then_forget() -> None:  # what Qt saved as the dialog was destroyed, read just before the wipe
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        seen["file"] = settings.fileName()
        seen["written"] = f"{settings.value('FileDialog/lastVisited')} {settings.value('FileDialog/history')}"
        del settings
        forget()

    monkeypatch.setattr(file_dialogs, "forget_dialog_history", read_then_forget)
    for name, call in (("open", file_dialogs.open_file), ("save", file_dialogs.save_file)):
        seen.clear()
        monkeypatch.setattr(paths, "user_data_dir", lambda name=name: tmp_path / name)
        assert call(None, "title", str(tmp_path), "*") == str(client / "report.pdf")
        assert seen["file"].startswith(str(tmp_path / name))  # Linux: an INI file in the data folder
        assert "client-Ivanov" not in seen["written"] and seen["written"] != "None None", seen  # the root folder only
        assert QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/history") is None  # wiped


def test_the_print_dialogs_keep_qt_settings_in_the_data_folder(qapp, tmp_path, monkeypatch) -> None:
    """The print dialog's "print to file" browses with Qt's file dialog, which writes QSettings:
    by the time either print dialog shows, those settings point into the data folder, and the
    history is wiped when it closes."""
    from PySide6.QtCore import QSettings
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    from app import paths
    from app.ui import printing
    from app.ui.sheet_printer import document_from_html

    settings_at_show = {}

    def browsed_to_file(name: str):  # the dialog's "print to file" browsed, as Qt's file dialog records it
        def show(self) -> int:
            settings_at_show[name] = _qt_settings_file()
            QSettings(QSettings.Scope.UserScope, "QtProject").setValue("FileDialog/history", ["/client"])
            return 0
        return show

    monkeypatch.setattr(QPrintDialog, "exec", browsed_to_file("print"))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", browsed_to_file("preview"))
    monkeypatch.setattr(printing, "printers_available", lambda: True)
    for name, show in (("print", printing.print_with_dialog), ("preview", printing.preview)):
        monkeypatch.setattr(paths, "user_data_dir", lambda name=name: tmp_path / name)
        show(None, lambda: document_from_html("<p>sheet</p>"))
        assert settings_at_show[name].startswith(str(tmp_path / name))
        assert QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/history") is None  # wiped


def test_a_name_typed_without_its_extension_is_asked_about_before_replacing(qapp, tmp_path, monkeypatch) -> None:
    """A counsellor types "ivanov" where ivanov.pdf exists: the dialog adds ".pdf" itself, so
    its "replace?" question is asked about the file that would really be replaced."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from app.ui import file_dialogs

    def types_a_bare_name(self) -> int:
        self.selectFile(str(tmp_path / "ivanov"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", types_a_bare_name)
    assert file_dialogs.save_file(None, "Save as PDF", str(tmp_path / "sheet.pdf"), "PDF files (*.pdf)",
                                  suffix="pdf") == str(tmp_path / "ivanov.pdf")
