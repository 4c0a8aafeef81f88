"""`objector-guide import FILE` and `objector-guide imports list|remove|rename|restore`.

Imported reports go to the user's own store (imports.sqlite in the user data folder),
are searched beside the guidebook and are marked "imported, not reviewed" everywhere.
A copy of that file set aside because it could not be read is listed by `imports restore`
and put back by `imports restore NAME`.
"""

from __future__ import annotations

import argparse
import sys

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
    rs = qs.add_parser("restore", help="list kept copies of the imports file, or put one back",
                       description="When the imported reports file could not be read, it was kept under a new "
                       "name (imports.corrupt-….sqlite) and a new one started. Without NAME, list those kept "
                       "copies and the reports in each; with NAME, put that copy's reports back.")
    rs.add_argument("name", nargs="?", help="the kept copy's file name, as listed")
    rs.add_argument("--json", action="store_true", help="print the result as JSON")
    rs.set_defaults(handler=terminal_safe(run_restore))


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
        _taken_here()
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
    elif not docs:
        print("No imported reports. Add one with: objector-guide import FILE")
    else:
        for d in docs:
            print(f"{d.doc_id}  {d.title}")
            print(f"          {d.date or 'no date'} · {d.sections} sections · {d.file_name} · "
                  f"imported {d.imported_at[:10]} · {STATUS}")
    _mention_kept_copies(to_stderr=args.json)
    return 0


def _taken_here() -> None:
    """The set-aside notice was printed by this command: not again at its end."""
    from app.importer.store import take_notices

    take_notices()


def _mention_kept_copies(to_stderr: bool) -> None:
    from app.importer.store import kept_copies, take_notices

    kept = kept_copies()
    if not kept:
        return
    for notice in take_notices():  # said once, here, with the list
        print(f"Note: {notice}", file=sys.stderr if to_stderr else sys.stdout)
    what = "1 kept copy" if len(kept) == 1 else f"{len(kept)} kept copies"
    print(f"Note: {what} of an earlier imports file that could not be read ({kept[0].name}"
          f"{', …' if len(kept) > 1 else ''}); see or put back its reports with: objector-guide imports restore",
          file=sys.stderr if to_stderr else sys.stdout)


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


def run_restore(args: argparse.Namespace) -> int:
    from app.importer.api import STATUS, kept_copies, restore

    if not args.name:
        copies = kept_copies()
        if args.json:
            print_json([c.to_json() for c in copies])
            return 0
        if not copies:
            from app.importer.store import imports_path

            print(f"No kept copies of the imported reports file in {imports_path().parent}.")
            return 0
        print("Kept copies of the imported reports file (set aside when it could not be read), newest first:")
        for c in copies:
            size = f"{c.size / 1024 / 1024:.1f} MB" if c.size >= 1024 * 1024 else f"{c.size / 1024:.1f} KB"
            if c.problem:
                print(f"  {c.name}  ({c.modified}, {size}): cannot be put back: {c.problem}")
                continue
            print(f"  {c.name}  ({c.modified}, {size}): {len(c.reports)} report(s)")
            for d in c.reports:
                print(f"      {d.doc_id}  {d.title}  ({d.file_name}, imported {d.imported_at[:10]})")
        usable = [c for c in copies if not c.problem]
        if usable:
            print(f"Put one back with: objector-guide imports restore {usable[0].name}")
        return 0
    result = restore(args.name)
    if args.json:
        print_json({"file": result.copy.name, "added": [d.to_json() for d in result.added],
                    "already_there": [d.to_json() for d in result.present], "renamed": result.renamed,
                    "copy_removed": result.copy_removed, "status": STATUS})
        return 0
    if result.renamed:
        print(f"Put back {result.copy.name} as the imported reports file: "
              f"{len(result.added)} report(s), searched again beside the guidebook.")
    else:
        print(f"Added {len(result.added)} report(s) from {result.copy.name} to the imported reports"
              + (f" ({len(result.present)} were there already)" if result.present else "") + ".")
        if result.copy_removed:
            print(f"{result.copy.name} held nothing else and was removed.")
        else:
            print(f"{result.copy.name} was kept: not all of its reports could be added.")
    for d in result.added:
        print(f"  {d.doc_id}  {d.title}")
    return 0
