"""Every file the app writes is written whole or not at all, says so when it cannot be, and is
owner-only. Review rows (../shared/reviews/adversarial-test.md): P02, P03, P07, P08, P09,
P10, P20, DF7, DF8, G29, B01, B02, B03, B05 (finding F-4, F-17, part of F-11) and Z03 (F-14).

A real full disk is a 64 KB tmpfs (root only, skipped otherwise); every writer is also
tested with ENOSPC and EROFS raised where the system would raise them, which needs no root.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from pathlib import Path

import pytest

from tests.adversarial.conftest import (
    ANSWERS,
    assert_user_error,
    fill_disk,
    is_root,
    remount_read_only,
    sheet_pdf_bytes,
    small_tmpfs,
)

OLD = b"OLD SHEET of another client\n"
OLD_HTML = b"<!DOCTYPE html>\n<html><body>OLD SHEET of another client</body></html>\n"  # what --html wrote before


# ------------------------------------------------------------------ targets that are not files


@pytest.mark.parametrize("target", ["/proc/version", "/dev/full", "/dev/null", "outdir", ""],
                         ids=["P08-proc", "P03-devfull", "devnull", "P02-folder", "P07-empty"])
@pytest.mark.parametrize("html", [False, True], ids=["pdf", "P09-P10-html"])
def test_sheet_refuses_a_target_that_is_not_a_regular_file(og, tmp_path: Path, target: str, html: bool) -> None:
    if target.startswith(("/proc", "/dev")) and not Path(target).exists():
        pytest.skip(f"{target} does not exist on this system")
    out = str(tmp_path / target) if target == "outdir" else target
    if target == "outdir":
        (tmp_path / "outdir").mkdir()
    before = Path("/proc/version").read_bytes() if target == "/proc/version" else None
    run = og("sheet", "--answers", ANSWERS, "--out", out, *(["--html"] if html else []))
    assert_user_error(run, "cannot write")
    assert "Wrote" not in run.out and "QPainter" not in run.err
    if target == "/dev/full":
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    if before is not None:
        assert "operating system" in run.err  # not a puzzling "No such file or directory"
        assert Path("/proc/version").read_bytes() == before


@pytest.mark.parametrize("html", [False, True], ids=["pdf", "html"])
def test_sheet_never_replaces_the_answers_file_or_the_data_folders_files(og, tmp_path: Path, html: bool) -> None:
    """--out naming the answers file being read, or the data folder's imports or bookmarks: the
    sheet replaced them without a word (adversarial trial, 1 Dec 2026). An earlier sheet of the
    same kind, and an empty file, are still replaced."""
    answers = tmp_path / "client.json"
    answers.write_bytes(Path(ANSWERS).read_bytes())
    imports = tmp_path / "imports.sqlite"
    imports.write_bytes(b"SQLite format 3\x00" + bytes(84))
    notes = tmp_path / "notes.txt"  # a text that only mentions a PDF header
    notes.write_bytes(b"Client notes: the scan starts with %PDF-1.7 but did not open.\n")
    for target in (answers, imports, notes):
        before = target.read_bytes()
        run = og("sheet", "--answers", answers, "--out", target, *(["--html"] if html else []))
        assert_user_error(run, "is not a PDF file" if not html else "is not an HTML file")
        assert "Wrote" not in run.out and target.read_bytes() == before
    earlier, empty = tmp_path / "earlier", tmp_path / "empty"
    earlier.write_bytes(OLD_HTML if html else b"%PDF-1.4\n% an earlier sheet\n%%EOF\n")
    empty.write_bytes(b"")
    # a PDF with bytes before its header (allowed within its first 1024), and a link to another
    # file, whose link alone the sheet replaces, were refused (code review, 1 Dec 2026)
    offset, link = tmp_path / "offset", tmp_path / "link"
    offset.write_bytes(OLD_HTML if html else b"\r\n%PDF-1.7\n% an earlier sheet\n%%EOF\n")
    link.symlink_to(answers)
    for target in (earlier, empty, offset, link):
        assert og("sheet", "--answers", answers, "--out", target, *(["--html"] if html else [])).code == 0
        assert target.read_bytes() not in (OLD_HTML, b"%PDF-1.4\n% an earlier sheet\n%%EOF\n", b"")
    assert not link.is_symlink() and answers.read_bytes() == Path(ANSWERS).read_bytes()


def test_sheet_into_a_missing_folder_is_one_sentence(og, tmp_path: Path) -> None:  # P04
    run = og("sheet", "--answers", ANSWERS, "--out", tmp_path / "nope" / "x.pdf")
    assert_user_error(run, "its folder does not exist")
    assert not (tmp_path / "nope").exists()


def _special_node(tmp_path: Path) -> Path:
    """A device node when root (what /dev/full is), else a FIFO: both must survive build-db."""
    node = tmp_path / "fakefull"
    if is_root():
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # the same device as /dev/full
    else:
        os.mkfifo(node)
    return node


def test_build_db_never_replaces_a_device_or_a_pipe(og, tmp_path: Path) -> None:  # B03
    node = _special_node(tmp_path)
    kind = stat.S_IFMT(os.lstat(node).st_mode)
    run = og("build-db", "--out", node)
    assert_user_error(run, "not a regular file")
    assert stat.S_IFMT(os.lstat(node).st_mode) == kind  # still the device / the pipe
    assert not list(tmp_path.glob("fakefull.tmp*"))


def test_build_db_onto_a_folder_is_one_sentence(og, tmp_path: Path) -> None:  # B02
    (tmp_path / "outdir").mkdir()
    assert_user_error(og("build-db", "--out", tmp_path / "outdir"), "folder")


# ------------------------------------------------------------------ a real full / read-only disk (root)


def test_full_disk_keeps_the_previous_pdf_and_says_so(og, tmp_path: Path) -> None:  # DF6, DF8
    with small_tmpfs(tmp_path / "full") as full:
        target = full / "previous-sheet.pdf"
        first = og("sheet", "--answers", ANSWERS, "--out", target)
        assert first.code == 0, first
        previous = sheet_pdf_bytes(target)
        fill_disk(full, leave=4096)
        run = og("sheet", "--answers", ANSWERS, "--lang", "ru", "--note", "длинная заметка " * 400, "--out", target)
        assert_user_error(run, "the disk is full", "unchanged")
        assert "Wrote" not in run.out
        assert target.read_bytes() == previous
        assert sorted(p.name for p in full.iterdir()) == ["filler", "previous-sheet.pdf"]  # no temp file left


def test_full_disk_keeps_the_previous_html_and_says_so(og, tmp_path: Path) -> None:  # DF7
    with small_tmpfs(tmp_path / "full") as full:
        target = full / "previous-sheet.html"
        target.write_bytes(OLD_HTML)
        fill_disk(full, leave=1024)
        run = og("sheet", "--answers", ANSWERS, "--html", "--out", target)
        assert_user_error(run, "the disk is full")
        assert target.read_bytes() == OLD_HTML
        assert sorted(p.name for p in full.iterdir()) == ["filler", "previous-sheet.html"]


def test_read_only_disk_keeps_the_old_file_and_says_so(og, tmp_path: Path) -> None:  # P20
    with small_tmpfs(tmp_path / "ro") as ro:
        target = ro / "readonly.pdf"
        target.write_bytes(OLD)
        remount_read_only(ro)
        for extra in ([], ["--html"]):
            run = og("sheet", "--answers", ANSWERS, "--out", target, *extra)
            assert_user_error(run, "cannot be written")
            assert "Wrote" not in run.out
            assert target.read_bytes() == OLD


def test_a_write_protected_sheet_is_kept_and_reported(og, tmp_path: Path) -> None:  # P20, G29 as the review did
    """As a user: a file marked read-only (0444). As root, who ignores that mark: chattr +i."""
    import shutil
    import subprocess

    target = tmp_path / "readonly.pdf"
    target.write_bytes(OLD)
    if is_root():
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(target)]).returncode != 0:
            pytest.skip("as root only an immutable file (chattr +i) is write-protected, and chattr does not work here")
    else:
        target.chmod(0o444)
    try:
        for extra in ([], ["--html"]):
            run = og("sheet", "--answers", ANSWERS, "--out", target, *extra)
            assert_user_error(run, "cannot be written", "unchanged")
            assert "Wrote" not in run.out
            assert target.read_bytes() == OLD
            assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["readonly.pdf"]
    finally:
        if is_root():
            subprocess.run(["chattr", "-i", str(target)])


def test_a_read_only_mark_is_respected_by_every_writer(tmp_path: Path, monkeypatch) -> None:
    """What a non-root user meets with a 0444 file (root ignores the mark: simulated here)."""
    from app.userdata import atomic

    target = tmp_path / "settings.json"
    target.write_bytes(OLD)
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: os.fspath(path) != os.fspath(target))
    with pytest.raises(PermissionError, match="read-only"):
        atomic.write_json(target, {"zoom": 1})
    assert target.read_bytes() == OLD


def test_build_db_on_a_full_disk_is_one_sentence(og, tmp_path: Path) -> None:  # B05
    with small_tmpfs(tmp_path / "full") as full:
        run = og("build-db", "--out", full / "g.sqlite")
        assert_user_error(run, "the disk is full")
        assert not (full / "g.sqlite").exists()


def test_build_db_into_a_read_only_folder_is_one_sentence(og, tmp_path: Path) -> None:  # B01
    with small_tmpfs(tmp_path / "ro") as ro:
        (ro / "rodir").mkdir()
        remount_read_only(ro)
        assert_user_error(og("build-db", "--out", ro / "rodir" / "g.sqlite"), "cannot be written")


def test_build_db_into_a_read_only_folder_as_a_user(og, tmp_path: Path) -> None:  # B01, without root
    if is_root():
        pytest.skip("root writes read-only folders; the tmpfs test above covers root")
    rodir = tmp_path / "rodir"
    rodir.mkdir(mode=0o500)
    try:
        assert_user_error(og("build-db", "--out", rodir / "g.sqlite"), "cannot be written")
    finally:
        rodir.chmod(0o700)


# ------------------------------------------------------------------ ENOSPC / EROFS at every step (any user)


def _fail_at(monkeypatch: pytest.MonkeyPatch, step: str, code: int) -> None:
    from app.userdata import atomic

    def boom(*_a, **_k):
        raise OSError(code, os.strerror(code))

    if step == "write":
        real_fdopen = atomic.os.fdopen

        class Full:
            def __init__(self, fh) -> None:
                self.fh = fh

            def __enter__(self):
                return self

            def __exit__(self, *exc) -> None:
                self.fh.close()

            def write(self, data) -> int:
                self.fh.write(bytes(data[: len(data) // 2]))
                self.fh.flush()
                raise OSError(code, os.strerror(code))

            def __getattr__(self, name):
                return getattr(self.fh, name)

        monkeypatch.setattr(atomic.os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    elif step == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", boom)
    elif step == "replace":
        monkeypatch.setattr(atomic.os, "replace", boom)
    elif step == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", boom)  # atomic imports it with its first write


def _writers():
    """(name, write(path)) for every kind of file the app writes but PDFs (tested below)."""
    from app.userdata import atomic
    from app.userdata.answers import write_answers
    from app.userdata.bookmarks import Bookmarks

    yield "settings", lambda p: atomic.write_json(p, {"zoom": 3})
    yield "html", lambda p: atomic.write_text(p, "<p>new sheet</p>")
    yield "answers", lambda p: write_answers(p, {"stage": "waiting"})
    yield "bookmarks", lambda p: Bookmarks(p.with_name("bm.json")).add("term", "deserter", "deserter")


STEPS = ["mkstemp", "write", "fsync", "replace"]
CODES = [errno.ENOSPC, errno.EROFS]


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("code", CODES, ids=["ENOSPC", "EROFS"])
def test_every_writer_keeps_the_old_file_when_a_step_fails(tmp_path: Path, monkeypatch, step: str, code: int) -> None:
    from app.errors import UserError

    for name, write in _writers():
        target = tmp_path / f"old-{name}.json"
        target.write_bytes(OLD)
        if name == "bookmarks":
            target = tmp_path / "bm.json"
            target.write_text('[{"kind": "law", "id": "x", "title": "X"}]', encoding="utf-8")
        before = target.read_bytes()
        with monkeypatch.context() as m:
            _fail_at(m, step, code)
            with pytest.raises((OSError, UserError)):
                write(target)
        assert target.read_bytes() == before, name
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == [], name


@pytest.mark.parametrize("step", STEPS)
def test_pdf_export_keeps_the_old_file_when_the_disk_fills(qapp, tmp_path: Path, monkeypatch, step: str) -> None:
    from app.ui.sheet_printer import document_from_html, write_pdf
    from app.userdata.write_problems import why

    target = tmp_path / "sheet.pdf"
    target.write_bytes(OLD)
    _fail_at(monkeypatch, step, errno.ENOSPC)
    with pytest.raises(OSError) as caught:
        write_pdf(document_from_html("<h1>New client</h1>"), target)
    assert why(caught.value) == "the disk is full"
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_a_short_write_is_never_taken_for_a_whole_file(tmp_path: Path, monkeypatch) -> None:
    """A write that reports success but left less on disk (a flaky USB stick) is refused."""
    from app.userdata import atomic

    real_fdopen = atomic.os.fdopen

    class Liar:
        def __init__(self, fh) -> None:
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.fh.close()

        def write(self, data) -> int:
            self.fh.write(bytes(data[: len(data) // 2]))
            return len(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    target = tmp_path / "sheet.html"
    target.write_bytes(OLD)
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, *a, **k: Liar(real_fdopen(fd, *a, **k)))
    with pytest.raises(OSError, match="not written whole"):
        atomic.write_text(target, "<p>" + "x" * 10000 + "</p>")
    assert target.read_bytes() == OLD


def test_a_cut_short_pdf_is_never_written(qapp, tmp_path: Path, monkeypatch) -> None:
    """What reaches the disk must start with %PDF- and end with %%EOF, or nothing is replaced."""
    from app.ui import sheet_printer as render

    target = tmp_path / "sheet.pdf"
    target.write_bytes(OLD)
    whole = render.pdf_bytes(render.document_from_html("<p>x</p>"))
    for broken in (b"", whole[: len(whole) // 2], b"<html>not a pdf</html>"):
        with pytest.raises(render.PdfError):
            render.check_pdf(broken)
    monkeypatch.setattr(render, "pdf_bytes", lambda *a, **k: whole[: len(whole) // 2])
    with pytest.raises(OSError, match="cut short"):
        render.write_pdf(render.document_from_html("<p>x</p>"), target)
    assert target.read_bytes() == OLD


def test_window_export_pdf_shows_a_dialog_and_keeps_the_old_file(qapp, tmp_path: Path, monkeypatch) -> None:  # G29
    from PySide6.QtWidgets import QMessageBox

    from app.ui import file_dialogs, printing
    from app.ui.sheet_printer import document_from_html

    target = tmp_path / "ro_target.pdf"
    target.write_bytes(OLD)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))
    _fail_at(monkeypatch, "replace", errno.EACCES)
    assert printing.export_pdf(None, lambda: document_from_html("<p>new</p>")) is None
    assert len(shown) == 1 and "could not be saved" in shown[0] and str(target) in shown[0]
    assert target.read_bytes() == OLD


def test_window_export_pdf_onto_a_folder_shows_a_dialog(qapp, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui import file_dialogs, printing
    from app.ui.sheet_printer import document_from_html

    folder = tmp_path / "looks-like.pdf"
    folder.mkdir()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(folder))
    assert printing.export_pdf(None, lambda: document_from_html("<p>new</p>")) is None
    assert len(shown) == 1 and "folder" in shown[0]
    assert folder.is_dir()


def test_symlinked_target_is_replaced_not_written_through(tmp_path: Path) -> None:
    from app.userdata import atomic

    outside = tmp_path / "outside.txt"
    outside.write_bytes(OLD)
    link = tmp_path / "settings.json"
    link.symlink_to(outside)
    atomic.write_json(link, {"zoom": 1})
    assert outside.read_bytes() == OLD and not link.is_symlink()
    assert json.loads(link.read_text(encoding="utf-8")) == {"zoom": 1}


# ------------------------------------------------------------------ owner-only files (F-14)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_sheets_and_html_are_owner_only_from_the_cli(og, tmp_path: Path) -> None:  # Z03
    old_umask = os.umask(0o022)
    try:
        pdf, html = tmp_path / "perm.pdf", tmp_path / "perm.html"
        html.write_bytes(OLD_HTML)
        html.chmod(0o644)  # an old, readable copy: the new one must not inherit that
        assert og("sheet", "--answers", ANSWERS, "--out", pdf, "--name", "Ivan Testov").code == 0
        assert og("sheet", "--answers", ANSWERS, "--out", html, "--html", "--name", "Ivan Testov").code == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert stat.S_IMODE(html.stat().st_mode) == 0o600
    assert "Ivan Testov" in html.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_answers_settings_bookmarks_and_a_new_data_folder_are_owner_only(tmp_path: Path) -> None:  # Z01, Z02
    from app.userdata.answers import write_answers
    from app.userdata.atomic import write_json
    from app.userdata.bookmarks import Bookmarks

    old_umask = os.umask(0o022)
    try:
        answers = write_answers(tmp_path / "client", {"stage": "waiting"})
        data = tmp_path / "new-data-folder"
        Bookmarks(data / "bookmarks.json").add("term", "deserter", "deserter")
        write_json(data / "settings.json", {"zoom": 1})
    finally:
        os.umask(old_umask)
    assert answers.name == "client.json" and stat.S_IMODE(answers.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for name in ("bookmarks.json", "settings.json"):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600


def test_the_data_folder_and_the_imports_store_are_owner_only(tmp_path: Path) -> None:  # Z02
    """The window's start-up check and the first import create them; both may hold client matters."""
    from app.importer import store as imports_store
    from app.userdata.write_problems import folder_problem

    data = tmp_path / "fresh" / "data"
    assert folder_problem(data) is None
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    target = tmp_path / "other" / "imports.sqlite"
    imports_store._create(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
