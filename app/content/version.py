"""The content version: a short hash of every file under resources/content.

Kept apart from the loader (YAML, validation) because the app checks it at every start.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def content_version(root: Path) -> str:
    """Changes whenever any content text changes — the termbase included, since the
    glossary's equivalents come from it."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    termbase = Path(root).parent / "i18n" / "termbase.yaml"
    if termbase.is_file():
        digest.update(b"termbase\0" + termbase.read_bytes())
    return digest.hexdigest()[:12]
