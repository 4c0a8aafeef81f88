"""`objector-guide search QUERY`: ranked hits with marked snippets, as text or JSON."""

from __future__ import annotations

import argparse

from app.cli.output import add_lang, note, print_json, require_text, terminal_safe
from app.records import KINDS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search sections, definitions and legal references",
                       description="Search the guidebook. Any text is safe: quotes and operators are treated as words.")
    p.add_argument("query", help="what to look for, e.g. 'draft evader' or 'мобилизация'")
    add_lang(p, default=None, help_text="content language (default: ru for Cyrillic queries, otherwise en)")
    p.add_argument("--kind", choices=KINDS, action="append",
                   help="only this kind of record (repeatable)")
    p.add_argument("--limit", type=_positive, default=10, help="at most N results (default 10)")
    p.add_argument("--json", action="store_true", help="print a JSON list, best first")
    p.set_defaults(handler=terminal_safe(run))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return value


def run(args: argparse.Namespace) -> int:
    from app.errors import UserError
    from app.importer.for_search import open_imports
    from app.store.guidebook import Guidebook

    require_text(args.query, "The search text")
    if not args.query.strip():
        raise UserError('give a search text, e.g. objector-guide search "deserter"')
    book = Guidebook.open(imports_opener=open_imports)
    note(book.imports_notice)  # imports set aside, locked or unreadable now: say so
    hits = book.search(args.query, lang=args.lang, kinds=args.kind, limit=args.limit, as_you_type=False)
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    if not hits:
        suggestions = book.suggest(args.query, args.lang)  # words of --lang's texts, as the window does
        print("No results." + (f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""))
        return 0
    for h in hits:
        origin = "" if h.origin == "bundled" else " [imported, not reviewed]"
        print(f"{h.kind:<8} {h.id:<34} {h.title}{origin}")
        print(f"         {h.marked('[', ']')}")
    return 0
