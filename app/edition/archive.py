"""The .ogedition file: a reproducible ZIP whose archive comment is its signature.

    [ZIP entries: edition.json, then every file in name order][central directory][end record]
    [comment: "OGSIG1 ed25519 <key id, 16 hex> <signature, 128 hex>\\n"]

The signature (Ed25519) covers every byte of the file before the comment, the end record
with the comment's length included; the comment's format is fixed to the byte. So a single
changed byte anywhere — an entry, a header, a timestamp, the signature itself — is caught,
and any ZIP tool can still open the file to look inside.

Reproducible: fixed timestamps (1980-01-01), permissions (0644), order (sorted), DEFLATE at
level 9, a canonical manifest; Ed25519 signatures are deterministic. Same input, same bytes.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass

from app.edition.errors import NotAnEdition, NotSigned, Tampered
from app.edition.manifest import MANIFEST_NAME

SIG_MAGIC = b"OGSIG1 ed25519 "
SIG_LENGTH = len(SIG_MAGIC) + 16 + 1 + 128 + 1
_SIG_RE = re.compile(rb"^OGSIG1 ed25519 ([0-9a-f]{16}) ([0-9a-f]{128})\n$")
_EOCD = b"PK\x05\x06"
_EOCD_LENGTH = 22
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
_DATE = (1980, 1, 1, 0, 0, 0)


def pack(manifest_bytes: bytes, files: Iterable[tuple[str, bytes]]) -> bytes:
    """The unsigned archive, with room for the signature: sign `body(data)`, then `seal`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in [(MANIFEST_NAME, manifest_bytes), *sorted(files)]:
            info = zipfile.ZipInfo(name, date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the machine building it
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data, compresslevel=9)
        zf.comment = b"\0" * SIG_LENGTH
    return buf.getvalue()


def body(data: bytes) -> bytes:
    """What the signature covers: everything but the signature comment."""
    return data[:-SIG_LENGTH]


def seal(data: bytes, key_id: str, signature: bytes) -> bytes:
    comment = SIG_MAGIC + key_id.encode("ascii") + b" " + signature.hex().encode("ascii") + b"\n"
    if len(comment) != SIG_LENGTH:  # a check, not an assert: the build strips asserts (-OO)
        raise ValueError(f"a signature comment must be {SIG_LENGTH} bytes, not {len(comment)}")
    return body(data) + comment


@dataclass(frozen=True)
class Signed:
    body: bytes       # the signed bytes
    key_id: str
    signature: bytes


def split(data: bytes) -> Signed:
    """Separate the signature from what it signs; refuse files that carry none."""
    n = len(data)
    if n >= _EOCD_LENGTH + SIG_LENGTH:
        end = data[n - SIG_LENGTH - _EOCD_LENGTH:n - SIG_LENGTH]
        if end[:4] == _EOCD and struct.unpack("<H", end[20:22])[0] == SIG_LENGTH:
            m = _SIG_RE.match(data[n - SIG_LENGTH:])
            if not m:
                raise Tampered("The edition's signature is damaged: the file was changed after it was signed, "
                               "or damaged in transfer. Do not install it; ask the sender for a fresh copy.")
            return Signed(data[:n - SIG_LENGTH], m.group(1).decode("ascii"), bytes.fromhex(m.group(2).decode("ascii")))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            has_manifest = MANIFEST_NAME in zf.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        has_manifest = False
    if has_manifest:
        raise NotSigned("This edition file is not signed, so it cannot be trusted. Do not install it; "
                        "ask the publisher for a signed copy.")
    if n and data[:2] == b"PK":
        raise Tampered("This file is damaged or was changed: it does not end with an edition's signature. "
                       "Do not install it; ask the sender for a fresh copy.")
    if not data.strip():  # a download or a copy that did not finish
        raise NotAnEdition("This file is empty, not an Objector Guide content edition; "
                           "ask the sender for a fresh copy.")
    raise NotAnEdition("This is not an Objector Guide content edition (.ogedition) file.")


def read_entries(data: bytes) -> dict[str, bytes]:
    """Every entry of a (verified) archive; refuses anything but plain, unique, small files."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise NotAnEdition(f"The edition file cannot be opened as an archive ({exc}).") from None
    out: dict[str, bytes] = {}
    total = 0
    with zf:
        infos = zf.infolist()
        for info in infos:
            if info.filename in out or info.is_dir():
                raise NotAnEdition(f"The edition holds an unexpected entry {info.filename!r}.")
            total += info.file_size
            if total > MAX_UNPACKED_BYTES:
                raise NotAnEdition("The edition is larger than any guidebook could be.")
            try:
                out[info.filename] = zf.read(info)
            except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:  # e.g. a CRC mismatch
                raise NotAnEdition(f"The entry {info.filename} cannot be read ({exc}).") from None
        if not infos or infos[0].filename != MANIFEST_NAME:
            raise NotAnEdition("The edition file does not start with its manifest.")
    return out
