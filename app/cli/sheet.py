"""`objector-guide sheet --answers FILE.json --lang ru --out sheet.pdf`: the guidance sheet, headless.

The sheet is written whole or not at all (a temporary file beside it, flushed and renamed):
"Wrote …" is printed only when the PDF (or HTML) is on disk and complete. A full disk, a
read-only folder, or an --out that is a folder, a device or a pipe is one sentence and
exit 1, and a file that was already at --out is left as it was; a file there that is not a
sheet of the same kind (the answers file itself, the data folder's imports) is never
replaced. The file is owner-only (0600): it can carry the client's name and the
counsellor's note. No PDF is made through the print system (see app/ui/sheet_printer.py),
so no network connection is ever opened.
"""

from __future__ import annotations

import argparse
import errno
import os
from pathlib import Path

from app.cli.output import add_lang, terminal_safe
from app.paper import PAGE_SIZE_NAMES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sheet", help="print a guidance sheet PDF from a file of wizard answers",
                       description="Render the guidance sheet for a finished assessment to a PDF file.")
    p.add_argument("--answers", required=True, metavar="FILE.json",
                   help="the answers, as {question id: option id or [option ids]}")
    add_lang(p, help_text="language of the sheet (default en)")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="the PDF file to write (an existing PDF, or HTML with --html, is replaced; any other file is refused)")
    p.add_argument("--page-size", choices=PAGE_SIZE_NAMES, default=PAGE_SIZE_NAMES[0])
    p.add_argument("--note", default="", help="a counsellor's note to print (never saved)")
    p.add_argument("--name", default="", help="the client's name, only if they want it printed")
    p.add_argument("--html", action="store_true", help="write the sheet's HTML instead of a PDF")
    p.add_argument("--safe", action="store_true",
                   help="the safe sheet for travel: neutral title and checklist only (for a client still in Russia)")
    p.set_defaults(handler=terminal_safe(run))


def _cannot_write(out: Path, exc: OSError, existed: bool):
    from app.errors import UserError
    from app.userdata.atomic import NotAFile
    from app.userdata.write_problems import kind, why

    after = "the file that was there is unchanged" if existed and not isinstance(exc, NotAFile) else "nothing was written"
    reason = why(exc)
    if existed and kind(exc) == "denied":
        reason = "the file or its folder cannot be written (read-only, or no permission)"
    return UserError(f"cannot write {out}: {reason}; {after}")


def _refuse_replacing_another_file(out: Path, html: bool) -> None:
    """A sheet replaces an earlier sheet (or an empty file), never another kind of file:
    `--out` naming the answers file being read, or the data folder's imports.sqlite or
    bookmarks.json, replaced it without a word (adversarial trial, 1 Dec 2026)."""
    from app.userdata.atomic import NotAFile

    if os.path.islink(out):  # the write replaces the link itself; the file it points to stays
        return
    try:
        with open(out, "rb") as existing:
            head = existing.read(1024)
            existing.seek(max(0, os.fstat(existing.fileno()).st_size - 1024))
            tail = existing.read(1024)
    except OSError:  # nothing there, or unreadable: check_target and the write say why
        return
    if not head:
        return
    if html:
        is_sheet = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith((b"<!doctype html", b"<html"))
    else:
        # the PDF format allows bytes before its header (within 1024); such a file still ends as a PDF
        is_sheet = head.startswith(b"%PDF-") or (b"%PDF-" in head and b"%%EOF" in tail)
    if not is_sheet:
        what = "an HTML file" if html else "a PDF file"
        raise NotAFile(errno.EEXIST, f"the file there is not {what}, and the sheet would replace it "
                                     "(choose another file name)", str(out))


def run(args: argparse.Namespace) -> int:
    from app.cli.output import readable_text
    from app.cli.wizard import say_ignored
    from app.sheet.service import sheet_html
    from app.store.guidebook import Guidebook
    from app.userdata import atomic
    from app.userdata.answers import read_answers
    from app.wizard.definition import load_definition

    out = Path(args.out)
    existed = os.path.isfile(out)
    try:
        atomic.check_target(out)  # a folder, a device or a missing folder: refused before any work
        _refuse_replacing_another_file(out, args.html)
    except OSError as exc:
        raise _cannot_write(out, exc, existed) from None
    answers = read_answers(Path(args.answers))
    note, name = readable_text(args.note), readable_text(args.name)
    book = Guidebook.open()
    definition = load_definition()
    say_ignored(definition, answers)
    if args.html:
        html = sheet_html(definition, answers, args.lang, book, note=note, client_name=name, safe=args.safe)
        try:
            atomic.write_text(out, html)
        except OSError as exc:
            raise _cannot_write(out, exc, existed) from None
        print(f"Wrote {out}")
        return 0
    from app.ui.qt_platform import use_offscreen_unless_shown

    use_offscreen_unless_shown(shows_window=False)  # a PDF needs no screen
    from app.ui.application import application
    from app.ui.sheet_printer import page_count, sheet_document, write_pdf

    application()
    doc = sheet_document(definition, answers, args.lang, book, note=note, client_name=name,
                         page_size=args.page_size, safe=args.safe)
    try:
        write_pdf(doc, out, args.page_size)
    except OSError as exc:
        raise _cannot_write(out, exc, existed) from None
    print(f"Wrote {out} ({page_count(doc, args.page_size)} page(s), {args.lang}, {args.page_size})")
    return 0
