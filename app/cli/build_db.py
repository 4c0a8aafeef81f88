"""`objector-guide build-db`: validate resources/content and build the SQLite store."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import terminal_safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build-db", help="validate the content and build the search store",
                       description="Build db/guidebook.sqlite (or --out) from resources/content.")
    p.add_argument("--out", metavar="PATH", help="where to write the store (default: db/guidebook.sqlite)")
    p.set_defaults(handler=terminal_safe(run))


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from app import paths
    from app.content.loader import ContentError, load_content
    from app.errors import UserError
    from app.store.build import build_store
    from app.userdata.atomic import check_target
    from app.userdata.write_problems import why

    out = Path(args.out) if args.out else paths.bundled_store_path()
    try:
        # a folder, a device (/dev/full) or a pipe is refused before the build: the store is
        # renamed into place at the end, which would replace a device node with a file
        if out.parent.is_dir():  # a missing folder is created by the build
            check_target(out)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {why(exc)}") from None
    try:
        content = load_content(paths.content_dir())
    except ContentError as exc:
        raise UserError(f"the content is invalid:\n{exc}") from None
    try:
        stats = build_store(content, out, paths.schema_path().read_text(encoding="utf-8"))
    except (OSError, sqlite3.Error) as exc:  # a read-only folder or a full disk: the old store is unchanged
        raise UserError(f"cannot write {out}: {why(exc)}; nothing was changed") from None
    print(f"Built {stats.path} — {stats.rows} rows, {stats.bytes // 1024} KiB, {stats.seconds:.2f} s, "
          f"content version {content.version}")
    return 0
