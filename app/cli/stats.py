"""`objector-guide stats`: counts per kind and language, content version, as-of date."""

from __future__ import annotations

import argparse

from app.cli.output import print_json, terminal_safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="counts of records per kind and language, content version")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=terminal_safe(run))


def run(args: argparse.Namespace) -> int:
    from app.store.guidebook import Guidebook

    stats = Guidebook.open().stats()
    if args.json:
        print_json(stats)
        return 0
    print(f"Content version {stats['content_version']} (edition {stats['edition']}), as of {stats['as_of']}; "
          f"report dated {stats['report_as_of']}")
    for kind, per_lang in stats["counts"].items():
        missing = stats["translation_missing"].get(kind, {})
        cells = ", ".join(f"{lang}: {n}" + (f" ({missing[lang]} untranslated)" if missing.get(lang) else "")
                          for lang, n in per_lang.items())
        print(f"  {kind:<8} {cells}")
    return 0
