"""Check an .ogedition file before anything is done with it: signature first, then manifest.

Order matters: nothing inside the archive is even decompressed before its signature has
been checked against a key the app trusts.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.edition import archive
from app.edition.errors import EditionError, NotAnEdition, Tampered, UntrustedKey
from app.edition.manifest import MANIFEST_NAME, Manifest, version_key


@dataclass(frozen=True)
class VerifiedEdition:
    """An edition file whose signature and manifest have been checked."""

    path: Path
    manifest: Manifest
    key_id: str
    publisher: str          # the name bundled with the trusted key that signed it
    sha256: str             # of the whole file
    size: int
    files: Mapping[str, bytes]  # relative path (under resources/) -> bytes, as verified
    signature_line: bytes

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def date(self) -> str:
        return self.manifest.date

    @property
    def changelog(self) -> Mapping[str, str]:
        return self.manifest.changelog

    def changelog_in(self, lang: str) -> str:
        return self.manifest.changelog_in(lang)

    @property
    def min_app_version(self) -> str:
        return self.manifest.min_app_version

    @property
    def needs_newer_app(self) -> bool:
        from app import __version__

        return version_key(self.manifest.min_app_version) > version_key(__version__)


def read_file(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > archive.MAX_FILE_BYTES:
            raise NotAnEdition(f"{path.name} is far larger than a content edition can be.")
        return path.read_bytes()
    except FileNotFoundError:
        raise EditionError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise EditionError(f"{path} is a folder, not an edition file.") from None
    except OSError as exc:
        raise EditionError(f"{path} cannot be read ({exc.strerror or exc}).") from None


def verify_bytes(data: bytes, path: Path = Path("edition.ogedition")) -> VerifiedEdition:
    from app.edition.signing import trusted_keys, verify_signature

    signed = archive.split(data)
    key = trusted_keys().get(signed.key_id)
    if key is None:
        raise UntrustedKey(f"This edition is signed with a key this app does not trust (key {signed.key_id}): it "
                           "does not come from the guidebook's publisher, or it was changed. Do not install it.")
    if not verify_signature(key, signed.signature, signed.body):
        raise Tampered("This edition was changed after it was signed, or damaged in transfer: its signature "
                       "does not match. Do not install it; ask the sender for a fresh copy.")
    entries = archive.read_entries(data)
    manifest = Manifest.from_bytes(entries.pop(MANIFEST_NAME))
    if set(entries) != set(manifest.files):
        extra, missing = sorted(set(entries) - set(manifest.files)), sorted(set(manifest.files) - set(entries))
        raise NotAnEdition(f"The edition's files do not match its manifest (extra: {extra[:3]}, missing: {missing[:3]}).")
    for name, entry in manifest.files.items():
        blob = entries[name]
        if len(blob) != entry.size or hashlib.sha256(blob).hexdigest() != entry.sha256:
            raise NotAnEdition(f"The file {name} does not match the edition's manifest.")
    return VerifiedEdition(path=path, manifest=manifest, key_id=signed.key_id, publisher=key.publisher,
                           sha256=hashlib.sha256(data).hexdigest(), size=len(data), files=entries,
                           signature_line=data[-archive.SIG_LENGTH:])


def verify(path: Path) -> VerifiedEdition:
    """Verify the edition file at `path`; raises an EditionError subclass saying why not."""
    path = Path(path)
    return verify_bytes(read_file(path), path)


def extract(edition: VerifiedEdition, dest: Path, fsync: bool = False) -> None:
    """Write the edition's files under `dest` (laid out like resources/)."""
    dest = Path(dest)
    for name, blob in sorted(edition.files.items()):
        target = dest.joinpath(*name.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(blob)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
