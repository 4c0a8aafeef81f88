"""`objector-guide import FILE` and `objector-guide imports list|remove|rename`.

Imported reports go to the user's own store (imports.sqlite in the user data folder),
are searched beside the guidebook and are marked "imported, not reviewed" everywhere.
"""

from __future__ import annotations

import argparse

from app.cli.output import print_json, terminal_safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import a newer report (.pdf, .txt, .md, .html) so it is searched too",
                       description="Import a report saved as PDF, text, Markdown or HTML. Its sections become "
                       "searchable beside the guidebook, marked 'imported, not reviewed'. Nothing in the file "
                       "is executed and no address in it is opened.")
    p.add_argument("file", help="the report file (.pdf, .txt, .md, .html or .htm)")
    p.add_argument("--title", help="use this title instead of the detected one")
    p.add_argument("--date", help="the report's date (e.g. 2024-02-20) instead of the detected one")
    p.add_argument("--replace", action="store_true",
                   help="replace an earlier import of the same file (same contents or same file name)")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; store nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=terminal_safe(run_import))

    q = sub.add_parser("imports", help="list, rename or remove imported reports",
                       description="Manage the reports you imported with 'objector-guide import'.")
    qs = q.add_subparsers(dest="imports_command", metavar="ACTION", required=True,
                          parser_class=sub._parser_class)
    ls = qs.add_parser("list", help="list imported reports")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.set_defaults(handler=terminal_safe(run_list))
    rm = qs.add_parser("remove", help="remove an imported report and its search entries")
    rm.add_argument("id", help="the report's id (as shown by 'imports list')")
    rm.set_defaults(handler=terminal_safe(run_remove))
    rn = qs.add_parser("rename", help="give an imported report another title")
    rn.add_argument("id", help="the report's id (as shown by 'imports list')")
    rn.add_argument("title", help="the new title")
    rn.set_defaults(handler=terminal_safe(run_rename))


def run_import(args: argparse.Namespace) -> int:
    from app.importer.api import FORMAT_NAMES, STATUS, commit, parse_date, preview
    from app.importer.store import clean_title

    p = preview(args.file)
    title = clean_title(args.title) if args.title is not None else None
    date = parse_date(args.date) if args.date is not None else None
    if args.dry_run:
        if args.json:
            print_json({**p.to_json(), "stored": False})
        else:
            _print_preview(p, title, date, FORMAT_NAMES)
            print("Nothing stored (--dry-run).")
        return 0
    from app.importer.store import DuplicateImport

    try:
        result = commit(p, title=title, date=date, replace=args.replace)
    except DuplicateImport as exc:
        raise DuplicateImport(exc.existing, hint="add --replace to import it again") from None
    if args.json:
        print_json({**result.to_json(), "preview": p.to_json()})
        return 0
    if result.notice:
        print(f"Note: {result.notice}")
    _print_preview(p, title, date, FORMAT_NAMES)
    d = result.doc
    if result.replaced:
        print(f"Replaced the earlier import {result.replaced.doc_id} ({result.replaced.file_name}).")
    print(f"Stored as import {d.doc_id}: {d.sections} sections, records "
          f"{result.record_ids[0]} … {result.record_ids[-1]} ({STATUS}).")
    print(f"Search finds them beside the guidebook; 'objector-guide imports remove {d.doc_id}' takes them out.")
    return 0


def _print_preview(p, title: str | None, date: str | None, format_names: dict[str, str]) -> None:
    m = p.metadata
    how = f"{p.pages} pages" if p.pages else f"encoding {p.encoding}"
    print(f"Read {p.file_name}: {format_names.get(p.fmt, p.fmt)}, {p.size / 1024:.1f} KB, {how}")
    print(f"Title:     {title or m.title}" + (f" — {m.subtitle}" if m.subtitle and not title else ""))
    print(f"Publisher: {m.publisher or '(not stated)'}")
    print(f"Date:      {date or m.date or '(not stated)'}")
    print(f"Language:  {m.lang}")
    print(f"Contents ({len(p.sections)} sections):")
    for s, line in zip(p.sections, p.toc_lines("    ")):
        print(f"  {s.id:>3}  {line}")


def run_list(args: argparse.Namespace) -> int:
    from app.importer.api import STATUS, list_imports

    docs = list_imports()
    if args.json:
        print_json([{**d.to_json(), "status": STATUS} for d in docs])
        return 0
    if not docs:
        print("No imported reports. Add one with: objector-guide import FILE")
        return 0
    for d in docs:
        print(f"{d.doc_id}  {d.title}")
        print(f"          {d.date or 'no date'} · {d.sections} sections · {d.file_name} · "
              f"imported {d.imported_at[:10]} · {STATUS}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from app.importer.api import remove

    doc = remove(args.id)
    print(f"Removed {doc.doc_id} “{doc.title}” ({doc.sections} sections).")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    from app.importer.api import rename

    doc = rename(args.id, args.title)
    print(f"Renamed {doc.doc_id} to “{doc.title}”.")
    return 0
