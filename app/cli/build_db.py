"""`objector-guide build-db`: validate resources/content and build the SQLite store."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build-db", help="validate the content and build the search store",
                       description="Build db/guidebook.sqlite (or --out) from resources/content.")
    p.add_argument("--out", metavar="PATH", help="where to write the store (default: db/guidebook.sqlite)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app import paths
    from app.content.loader import ContentError, load_content
    from app.errors import UserError
    from app.store.build import build_store

    out = Path(args.out) if args.out else paths.bundled_store_path()
    try:
        content = load_content(paths.content_dir())
    except ContentError as exc:
        raise UserError(f"the content is invalid:\n{exc}") from None
    try:
        stats = build_store(content, out, paths.schema_path().read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    print(f"Built {stats.path} — {stats.rows} rows, {stats.bytes // 1024} KiB, {stats.seconds:.2f} s, "
          f"content version {content.version}")
    return 0
