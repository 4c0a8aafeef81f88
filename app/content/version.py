"""The content version: a short hash of every file under resources/content.

Kept apart from the loader (YAML, validation) because the app checks it at every start.
"""

from __future__ import annotations

from pathlib import Path


def content_files(root: Path) -> list[Path]:
    """Every file the version is made from: the content's, then the termbase if there is one."""
    files = sorted(p for p in Path(root).rglob("*") if p.is_file())
    termbase = Path(root).parent / "i18n" / "termbase.yaml"
    return files + ([termbase] if termbase.is_file() else [])


def content_version(root: Path) -> str:
    """Changes whenever any content text changes — the termbase included, since the
    glossary's equivalents come from it."""
    import hashlib  # here: a start that finds its content unchanged (app.store.connection) never hashes

    digest = hashlib.sha256()
    termbase = Path(root).parent / "i18n" / "termbase.yaml"
    for path in content_files(root):
        if path == termbase:
            digest.update(b"termbase\0" + termbase.read_bytes())
            continue
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
