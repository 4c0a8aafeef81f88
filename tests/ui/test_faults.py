"""Faults a counsellor can meet: each gets a plain sentence and the window keeps working."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def unwritable_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data 'folder' that is really a file: every write fails, even for root (read-only media)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("OBJECTOR_GUIDE_DATA_DIR", str(blocker / "data"))
    return blocker


def test_bookmark_on_unwritable_media_shows_a_message(qtbot, make_window, unwritable_user_dir, no_dialogs) -> None:
    w = make_window()
    w.open_record("term", "deserter")
    w.actions_.bookmark.trigger()
    assert any(kind == "warning" and "could not be saved" in text for kind, text in no_dialogs)
    assert w.nav.bookmark_count() == 0
    w.open_record("term", "church-asylum")  # still usable
    assert w.current == ("term", "church-asylum")


def test_settings_on_unwritable_media_go_to_the_status_bar(qtbot, make_window, unwritable_user_dir) -> None:
    w = make_window()
    w.actions_.zoom_in.trigger()
    assert "could not be saved" in w.statusBar().currentMessage()
    assert w.reader.zoom == 1


def test_no_printer_offers_a_pdf_instead(qtbot, make_window, no_dialogs, monkeypatch) -> None:
    from app.ui import printing

    monkeypatch.setattr(printing, "printers_available", lambda: False)
    w = make_window()
    w.actions_.print_page.trigger()
    assert any(kind == "question" and "No printer" in text for kind, text in no_dialogs)


def test_unexpected_exception_shows_a_friendly_dialog_and_the_app_goes_on(qtbot, make_window, monkeypatch) -> None:
    from app.ui import crash

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.text(), self.detailedText())) or 0)
    w = make_window()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        crash.handle(*sys.exc_info())
    assert shown and "keeps running" in shown[0][0] and "RuntimeError: boom in a slot" in shown[0][1]
    w.open_record("term", "deserter")
    assert w.current == ("term", "deserter")


def test_crash_hook_is_installed_by_the_app(monkeypatch) -> None:
    from app.ui import crash

    crash.install()
    try:
        assert sys.excepthook is crash.handle
    finally:
        crash.uninstall()


def test_corrupt_settings_file_is_moved_aside_with_a_message(qtbot, fixture_book, no_dialogs) -> None:
    data = Path(os.environ["OBJECTOR_GUIDE_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.json").write_text("{{{", encoding="utf-8")
    from app.ui.application import make_app
    from app.ui.main_window import MainWindow

    make_app()
    w = MainWindow(fixture_book)  # loads settings itself
    qtbot.addWidget(w)
    assert "kept as" in w.statusBar().currentMessage()
    assert any(p.name.startswith("settings.json.corrupt-") for p in data.iterdir())
    w.close()


def test_start_on_unwritable_media_says_once_that_nothing_will_be_kept(qtbot, make_window,
                                                                      unwritable_user_dir) -> None:
    w = make_window()
    w.settle()  # what the app runs once its window is on screen (app.ui.application.run)
    message = w.statusBar().currentMessage()
    assert "cannot be written" in message and "will not be saved in this session" in message
    assert str(unwritable_user_dir) in message  # where


def test_a_full_disk_is_named_without_errno_or_temporary_file(qtbot, make_window, no_dialogs,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from app.userdata import atomic

    w = make_window()

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device", "/data/bookmarks.json.nx1kk3zo.tmp")

    monkeypatch.setattr(atomic.os, "replace", full)
    w.open_record("term", "deserter")
    w.actions_.bookmark.trigger()
    text = next(text for kind, text in no_dialogs if kind == "warning")
    assert "The bookmark could not be saved: the disk holding" in text and "is full" in text
    assert "Errno" not in text and ".tmp" not in text
    w.actions_.zoom_in.trigger()
    assert "Settings could not be saved: the disk holding" in w.statusBar().currentMessage()


@pytest.mark.parametrize(("printer", "answer", "expected"), [
    ("Microsoft Print to PDF", QMessageBox.StandardButton.Yes, ["asked", "exported"]),
    ("Microsoft Print to PDF", QMessageBox.StandardButton.No, ["asked", "printed"]),
    ("Microsoft XPS Document Writer", QMessageBox.StandardButton.Yes, ["asked", "exported"]),
    ("HP LaserJet 1020", QMessageBox.StandardButton.Yes, ["printed"]),
])
def test_a_printer_that_saves_a_file_offers_the_apps_own_pdf_export(qapp, monkeypatch, printer: str, answer,
                                                                    expected: list[str]) -> None:
    """On Windows "Microsoft Print to PDF" asks where to save in Windows' own dialog, which Windows
    remembers with the file's name: the counsellor is offered Export as PDF instead."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from app.ui import printing

    done: list[str] = []
    monkeypatch.setattr(printing, "printers_available", lambda: True)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(QPrinter, "printerName", lambda self: printer)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: done.append("asked") or (printer in text and answer)))
    monkeypatch.setattr(printing, "export_pdf", lambda *a, **k: done.append("exported"))
    monkeypatch.setattr(printing, "to_printer", lambda *a, **k: done.append("printed"))
    printing.print_with_dialog(None, lambda: None)
    assert done == expected
