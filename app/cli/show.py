"""`objector-guide show KIND ID`: one record in full, as readable text or JSON."""

from __future__ import annotations

import argparse
import textwrap

from app.cli.output import add_lang, note, print_json, require_text, terminal_safe
from app.records import KINDS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="show one section, definition or legal reference",
                       description="Show a record in full, e.g. 'show term deserter --lang ru'.")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("id", help="the record's id (as printed by search)")
    add_lang(p)
    p.add_argument("--json", action="store_true", help="print the record as JSON")
    p.set_defaults(handler=terminal_safe(run))


WIDTH = 88
_WRAP_AT_MOST = 20_000  # textwrap slices a long word again and again: longer text is cut by hand


def _wrapped(para: str) -> str:
    """A paragraph wrapped at WIDTH columns (tables and lists as they are), in time linear in
    its length whatever it holds (an imported section can be one 200,000-character line)."""
    if para.lstrip().startswith(("|", "-")):
        return para
    if len(para) <= _WRAP_AT_MOST:
        return textwrap.fill(para, WIDTH, replace_whitespace=False)
    out: list[str] = []
    for line in para.split("\n"):
        start = 0
        while len(line) - start > WIDTH:
            cut = line.rfind(" ", start, start + WIDTH + 1)
            cut = cut if cut > start else start + WIDTH
            out.append(line[start:cut].rstrip())
            start = cut
            while start < len(line) and line[start] == " ":
                start += 1
        out.append(line[start:])
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    from app.importer.for_search import open_imports
    from app.langs import local_date
    from app.render.page_view import imported_from, source_line
    from app.render.pages import PageLabels
    from app.store.guidebook import Guidebook

    require_text(args.id, "The id")
    book = Guidebook.open(imports_opener=open_imports)
    note(book.imports_notice)  # imports set aside, locked or unreadable now: say so
    rec = book.get(args.kind, args.id, args.lang)
    links = {"terms": rec.data.get("terms") or rec.data.get("related") or [],
             "laws": rec.data.get("laws") or [],
             "sections": rec.data.get("sections") or rec.data.get("cited_by") or []}
    if args.json:
        data = rec.to_json()
        data["links"] = links
        print_json(data)
        return 0
    print(rec.title)
    print("=" * min(len(rec.title), 78))
    if rec.kind == "law":
        print(rec.data.get("citation", ""))
        for key in ("validity_note", "verify_note"):
            if rec.data.get(key):
                print(f"! {rec.data[key]}")
    # the words are the reader page's, from the one catalogue (resources/sheet/labels.yaml), in
    # the language asked for, and so are the source line and an imported report's warning
    labels = PageLabels.in_language(args.lang)
    if rec.imported:
        print(f"[{labels.imported}]")
        print(imported_from(rec, labels))
    if rec.fallback:
        print(f"[{labels.not_translated}]")
    print()
    for para in rec.body.split("\n\n"):
        print(_wrapped(para))
        print()
    line = source_line(rec, labels.source)
    if line:
        print(line)
    if rec.as_of:
        print(f"{labels.as_of} {local_date(rec.as_of, args.lang)}")
    headings = {"terms": labels.related if rec.kind == "term" else labels.terms, "laws": labels.laws,
                "sections": labels.used_in}
    for name, ids in links.items():
        if ids:
            print(f"{headings[name]}: {', '.join(ids)}")
    return 0
