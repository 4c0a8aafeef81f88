"""`python -m app.content [DIR]`: validate authored content and print counts (for writers)."""

import sys
from pathlib import Path

from app.content.loader import ContentError, load_content
from app.paths import content_dir


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else content_dir()
    try:
        c = load_content(root)
    except ContentError as exc:
        print(f"content error: {exc}", file=sys.stderr)
        return 1
    print(f"ok: {len(c.sections)} sections, {len(c.terms)} terms, {len(c.laws)} laws, "
          f"{len(c.sources)} sources; version {c.version}")
    return 0


raise SystemExit(main())
