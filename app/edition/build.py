"""Publisher side: build and sign an .ogedition from a folder laid out like resources/.

The same folder, key and options always give the same bytes (see app/edition/archive.py):
file order, timestamps and permissions are fixed, the date defaults to the content's own
`as_of` rather than today, and Ed25519 signatures are deterministic.

The content is validated exactly as an install will validate it (the strict content loader,
the wizard validator, the sheet's texts), so an edition that would be refused is never built.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from app.edition import archive
from app.edition.errors import EditionError, InvalidContent
from app.edition.manifest import (
    CHANGELOG_LANGUAGES,
    EDITION_FILES,
    EDITION_PREFIXES,
    REQUIRED_FILES,
    FileEntry,
    Manifest,
    is_edition_path,
    is_version,
)

DEFAULT_ID_PREFIX = "objector-guide-"
Progress = Callable[[str, float], None]


def collect(resources: Path) -> dict[str, bytes]:
    """The files of `resources` (a folder laid out like resources/) that make an edition."""
    resources = Path(resources)
    out: dict[str, bytes] = {}
    for prefix in EDITION_PREFIXES:
        folder = resources / prefix.rstrip("/")
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(resources).as_posix()
            if any(part.startswith(".") or part == "__pycache__" for part in rel.split("/")):
                continue  # editor and VCS litter
            if path.is_symlink():
                raise EditionError(f"{rel} is a symbolic link; an edition holds plain files only.")
            if not path.is_file():
                continue
            if not is_edition_path(rel):
                raise EditionError(f"{rel}: file names in an edition may hold letters, digits, '.', '_' and '-' only.")
            out[rel] = path.read_bytes()
    for rel in EDITION_FILES:
        path = resources / rel
        if path.is_file():
            out[rel] = path.read_bytes()
    missing = [rel for rel in REQUIRED_FILES if rel not in out]
    if missing:
        raise EditionError(f"{resources} is not a guidebook's resources folder: {', '.join(missing)} missing.")
    return out


def content_edition(manifest_yaml: bytes) -> tuple[str, str]:
    """(edition, as_of) of a content/manifest.yaml."""
    text = manifest_yaml.decode("utf-8", "replace")
    edition = re.search(r"^edition:\s*[\"']?([^\"'\s#]+)", text, re.M)
    as_of = re.search(r"^as_of:\s*[\"']?(\d{4}-\d{2}-\d{2})", text, re.M)
    return (edition.group(1) if edition else ""), (as_of.group(1) if as_of else "")


def set_content_edition(manifest_yaml: bytes, version: str) -> bytes:
    """content/manifest.yaml with its `edition:` set to `version` (comments and the rest kept),
    so the About box, page footers and sheets show the edition's version."""
    text = manifest_yaml.decode("utf-8")
    new, count = re.subn(r'^edition:[^\n#]*?(\s*#[^\n]*)?$', lambda m: f'edition: "{version}"' + (m.group(1) or ""),
                         text, count=1, flags=re.M)
    if count != 1:
        raise EditionError("content/manifest.yaml has no 'edition:' line to set the version in.")
    return new.encode("utf-8")


def validate_tree(root: Path):
    """Load everything an edition carries under `root` as the app will; return the Content.
    Raises InvalidContent naming the file and record."""
    from app.content.errors import ContentError
    from app.content.loader import load_content
    from app.render.abbreviations import load_abbreviations
    from app.sheet.labels import load_labels
    from app.sheet.sensitive import load_sensitive_words
    from app.wizard.definition import load_definition
    from app.wizard.validate import validate

    root = Path(root)
    try:
        content = load_content(root / "content")
    except ContentError as exc:
        raise InvalidContent(f"The edition's content is invalid:\n{exc}") from None
    try:
        definition = load_definition(root / "wizard")
        problems = validate(definition, {"sections": set(content.sections), "terms": set(content.terms),
                                         "laws": set(content.laws), "sources": set(content.sources)})
    except ValueError as exc:
        raise InvalidContent(f"The edition's assessment (wizard) is invalid:\n{exc}") from None
    if problems:
        raise InvalidContent("The edition's assessment (wizard) is invalid:\n" + "\n".join(problems[:10]))
    import yaml

    for name, loader in (("labels.yaml", load_labels), ("abbreviations.yaml", load_abbreviations),
                         ("sensitive-words.yaml", load_sensitive_words)):
        try:
            loader.__wrapped__(root / "sheet" / name)  # uncached: not the bundled file's cache entry
        except (ValueError, OSError, AttributeError, TypeError, yaml.YAMLError) as exc:
            raise InvalidContent(f"The edition's sheet texts are invalid: {name}: {exc}") from None
    return content


@dataclass(frozen=True)
class BuildResult:
    path: Path
    manifest: Manifest
    key_id: str
    sha256: str
    size: int


def build_edition(resources: Path, key_path: Path, out: Path, *, version: str | None = None,
                  changelog: Mapping[str, str] | None = None, date: str | None = None,
                  edition_id: str | None = None, publisher: str | None = None,
                  min_app_version: str | None = None, progress: Progress | None = None) -> BuildResult:
    """Build, validate and sign an edition of `resources`; write it to `out` atomically."""
    from app import __version__
    from app.content.version import content_version
    from app.edition.signing import load_private_key, sign

    report = progress or (lambda _step, _fraction: None)
    key = load_private_key(key_path)
    report("reading", 0.05)
    files = collect(resources)
    current, as_of = content_edition(files["content/manifest.yaml"])
    version = (version or current).strip()
    if not is_version(version):
        raise EditionError(f"The version {version!r} must look like 2026.12.1 (numbers and dots).")
    if version != current:
        files["content/manifest.yaml"] = set_content_edition(files["content/manifest.yaml"], version)
    date = (date or as_of).strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", date):
        raise EditionError(f"The date {date!r} must be YYYY-MM-DD.")
    min_app = (min_app_version or __version__).strip()
    if not is_version(min_app):
        raise EditionError(f"The minimum app version {min_app!r} must look like 0.1.0.")
    log = {lang: str(text).strip() for lang, text in (changelog or {}).items() if text and str(text).strip()}
    if set(log) - set(CHANGELOG_LANGUAGES):
        raise EditionError(f"Changelogs are written in {', '.join(CHANGELOG_LANGUAGES)} only.")
    if not log.get("en"):
        raise EditionError("An edition needs a changelog in English at least (--changelog-en).")
    publisher = " ".join((publisher or key.publisher or "").split())
    if not publisher:
        raise EditionError("Name the publisher (--publisher): the key file does not.")

    report("validating", 0.2)
    with tempfile.TemporaryDirectory(prefix="ogedition-") as tmp:
        stage = Path(tmp)
        for rel, blob in files.items():
            target = stage.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blob)
        validate_tree(stage)
        cversion = content_version(stage / "content")
    manifest = Manifest(
        id=edition_id or f"{DEFAULT_ID_PREFIX}{version}", version=version, date=date, publisher=publisher,
        min_app_version=min_app, changelog=MappingProxyType(log), content_version=cversion,
        files=MappingProxyType({rel: FileEntry(hashlib.sha256(blob).hexdigest(), len(blob))
                                for rel, blob in sorted(files.items())}),
    )
    Manifest.from_bytes(manifest.to_bytes())  # the reader must accept what the writer wrote
    report("packing", 0.7)
    unsigned = archive.pack(manifest.to_bytes(), files.items())
    data = archive.seal(unsigned, key.key_id, sign(key, archive.body(unsigned)))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = out.with_name(f".{out.name}.tmp{os.getpid()}")
    try:
        tmp_out.write_bytes(data)
        os.replace(tmp_out, out)
    finally:
        tmp_out.unlink(missing_ok=True)
    report("done", 1.0)
    return BuildResult(out, manifest, key.key_id, hashlib.sha256(data).hexdigest(), len(data))


def copy_resources(src: Path, dest: Path) -> Path:
    """A writable copy of the parts of `src` (resources/) an edition carries (tests, previews)."""
    src, dest = Path(src), Path(dest)
    for rel, blob in collect(src).items():
        target = dest.joinpath(*rel.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
    return dest


__all__ = ["BuildResult", "build_edition", "collect", "copy_resources", "validate_tree"]
