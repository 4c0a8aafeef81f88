"""`objector-guide sheet --answers FILE.json --lang ru --out sheet.pdf`: the guidance sheet, headless."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.sheet import PAGE_SIZE_NAMES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sheet", help="print a guidance sheet PDF from a file of wizard answers",
                       description="Render the guidance sheet for a finished assessment to a PDF file.")
    p.add_argument("--answers", required=True, metavar="FILE.json",
                   help="the answers, as {question id: option id or [option ids]}")
    p.add_argument("--lang", choices=("en", "ru", "de"), default="en", help="language of the sheet (default en)")
    p.add_argument("--out", required=True, metavar="PATH", help="the PDF file to write")
    p.add_argument("--page-size", choices=PAGE_SIZE_NAMES, default=PAGE_SIZE_NAMES[0])
    p.add_argument("--note", default="", help="a counsellor's note to print (never saved)")
    p.add_argument("--name", default="", help="the client's name, only if they want it printed")
    p.add_argument("--html", action="store_true", help="write the sheet's HTML instead of a PDF")
    p.add_argument("--safe", action="store_true",
                   help="the safe sheet for travel: neutral title and checklist only (for a client still in Russia)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.errors import UserError
    from app.sheet.service import sheet_html
    from app.store.guidebook import Guidebook
    from app.wizard.answers_file import read_answers
    from app.wizard.definition import load_definition

    answers = read_answers(Path(args.answers))
    book = Guidebook.open()
    definition = load_definition()
    html = sheet_html(definition, answers, args.lang, book, note=args.note, client_name=args.name, safe=args.safe)
    out = Path(args.out)
    if args.html:
        try:
            out.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
        print(f"Wrote {out}")
        return 0
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.sheet.render import ensure_qt_app, page_count, sheet_document, write_pdf

    ensure_qt_app()
    doc = sheet_document(definition, answers, args.lang, book, note=args.note, client_name=args.name,
                         page_size=args.page_size, safe=args.safe)
    try:
        write_pdf(doc, out, args.page_size)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc}") from None
    print(f"Wrote {out} ({page_count(doc, args.page_size)} page(s), {args.lang}, {args.page_size})")
    return 0
