"""A forged or damaged update must never be installed: each is refused with a sentence
that says why, and nothing in the user's data changes."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from tests.unit.edition.conftest import Editions, snapshot


def _refused_and_nothing_changed(path: Path, match: str | None):
    from app.edition.active import editions_dir
    from app.edition.errors import EditionError
    from app.edition.install import active_edition, install

    before_files, before = snapshot(editions_dir()), active_edition()
    with pytest.raises(EditionError, match=match) as info:
        install(path)
    assert snapshot(editions_dir()) == before_files
    assert active_edition() == before
    return info.value


def test_a_genuine_edition_verifies(editions: Editions) -> None:
    from app.edition.verify import verify

    e = verify(editions.changed)
    assert (e.version, e.date, e.publisher) == ("2099.2.0", "2099-03-01", "Test publisher")
    assert e.changelog_in("ru") == "Изменён один раздел, добавлен один правовой источник."
    assert e.changelog_in("de") == "One section changed, one legal reference added."  # falls back to English
    assert not e.needs_newer_app


def test_flipping_any_single_byte_is_refused(editions: Editions, tmp_path: Path) -> None:
    from app.edition.archive import SIG_LENGTH

    data = editions.changed.read_bytes()
    n = len(data)
    positions = {0, 1, 4, 30, 100, n // 4, n // 2, 3 * n // 4,       # headers, compressed content
                 n - SIG_LENGTH - 40, n - SIG_LENGTH - 22, n - SIG_LENGTH - 2,  # central directory, end record
                 n - SIG_LENGTH, n - SIG_LENGTH + 20, n - 60, n - 2, n - 1}    # the signature line
    positions |= set(random.Random(17).sample(range(n), 12))
    seen: set[str] = set()
    for pos in sorted(positions):
        bad = bytearray(data)
        bad[pos] ^= 0x01 if pos % 2 else 0xFF
        path = tmp_path / f"flip-{pos}.ogedition"
        path.write_bytes(bytes(bad))
        exc = _refused_and_nothing_changed(path, None)
        seen.add(f"{type(exc).__name__}: {exc}")
    # every refusal tells the user not to install it (or that it is no edition at all)
    assert all("Do not install" in m or "not an Objector Guide" in m for m in seen), seen


def test_a_swapped_manifest_is_refused(editions: Editions, tmp_path: Path) -> None:
    """The base edition's files under the changed edition's manifest, with the changed
    edition's signature: the file claims to be 2099.2.0 but holds other content."""
    from app.edition import archive
    from app.edition.verify import verify

    base, changed = verify(editions.base), verify(editions.changed)
    signed = archive.split(editions.changed.read_bytes())
    forged = archive.seal(archive.pack(changed.manifest.to_bytes(), base.files.items()), signed.key_id, signed.signature)
    path = tmp_path / "swapped.ogedition"
    path.write_bytes(forged)
    _refused_and_nothing_changed(path, "changed after it was signed")
    # and the other way round: the genuine files, a manifest from another edition
    forged = archive.seal(archive.pack(base.manifest.to_bytes(), changed.files.items()), signed.key_id, signed.signature)
    path.write_bytes(forged)
    _refused_and_nothing_changed(path, "changed after it was signed")


def test_a_stripped_signature_is_refused(editions: Editions, tmp_path: Path) -> None:
    from app.edition.archive import SIG_LENGTH

    data = editions.changed.read_bytes()
    body = bytearray(data[:-SIG_LENGTH])
    body[-2:] = struct.pack("<H", 0)  # the end record now says: no comment
    path = tmp_path / "unsigned.ogedition"
    path.write_bytes(bytes(body))
    _refused_and_nothing_changed(path, "not signed")
    path.write_bytes(data[:-SIG_LENGTH])  # cut off, the end record still announcing a signature
    _refused_and_nothing_changed(path, "not signed")
    path.write_bytes(data[:-SIG_LENGTH] + b"OGSIG1 ed25519 " + b"0" * (SIG_LENGTH - 15))  # a signature of zeros
    _refused_and_nothing_changed(path, "signature is damaged")


def test_an_untrusted_key_is_refused(editions: Editions) -> None:
    exc = _refused_and_nothing_changed(editions.stranger, "does not trust")
    assert type(exc).__name__ == "UntrustedKey"


def test_an_edition_may_not_bring_its_own_keys_or_code(editions: Editions, tmp_path: Path) -> None:
    """Signed by the trusted key but naming a path outside the content folders: refused."""
    import hashlib
    from dataclasses import replace
    from types import MappingProxyType

    from app.edition import archive
    from app.edition.manifest import FileEntry
    from app.edition.signing import load_private_key, sign
    from app.edition.verify import verify

    e = verify(editions.base)
    files = dict(e.files)
    files["keys/evil.pub"] = b"-----BEGIN PUBLIC KEY-----\n"
    manifest = replace(e.manifest, files=MappingProxyType({
        **e.manifest.files, "keys/evil.pub": FileEntry(hashlib.sha256(files["keys/evil.pub"]).hexdigest(), 27)}))
    key = load_private_key(editions.key)
    unsigned = archive.pack(manifest.to_bytes(), files.items())
    path = tmp_path / "keys.ogedition"
    path.write_bytes(archive.seal(unsigned, key.key_id, sign(key, archive.body(unsigned))))
    _refused_and_nothing_changed(path, "not one an edition may carry")


def test_files_that_are_no_edition_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.ogedition"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 300)
    _refused_and_nothing_changed(path, "not an Objector Guide content edition")
    path.write_bytes(b"")  # a download that did not finish
    _refused_and_nothing_changed(path, "This file is empty, not an Objector Guide content edition")
    _refused_and_nothing_changed(tmp_path / "missing.ogedition", "does not exist")


def test_a_seal_of_the_wrong_length_is_refused_not_written() -> None:
    """The signature line has a fixed length, and verification reads it from the end of the
    file: a key id or signature of another length would shift it and the edition would be
    unreadable. Sealing refuses it, in the build too (which strips asserts: -OO)."""
    from app.edition import archive

    unsigned = archive.pack(b"{}", [])
    with pytest.raises(ValueError, match="signature comment"):
        archive.seal(unsigned, "0123456789abcdef0", bytes(64))  # a key id one character too long
    sealed = archive.seal(unsigned, "0123456789abcdef", bytes(64))
    assert len(sealed) == len(unsigned)
