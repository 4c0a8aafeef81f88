"""Read a report's bytes and turn them into text, saying which encoding was used.

PDFs are not text: `api.preview_bytes` sends them to `pdf_text` before they get here.

Order: a byte-order mark (UTF-8 or UTF-16), then strict UTF-8, then cp1251 or KOI8-R when the
result reads as Russian words (the one whose Cyrillic is mostly lower case), then latin-1
(which decodes any byte). Binary files
(NUL bytes, many control characters, PDF/Office/ZIP signatures), empty files and files
over `MAX_BYTES` are refused with one sentence. The size is checked with stat() before
anything is read, so a huge file costs nothing.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError

MAX_BYTES = 50 * 1024 * 1024  # 50 MB: a long report is well under 1 MB
MAX_CONTROL_RATIO = 0.02

_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or a Word/OpenDocument file"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_CYR = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")


class DecodeError(UserError):
    """The file cannot be read as a text report."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # 'utf-8', 'utf-8-sig', 'utf-16', 'cp1251', 'koi8-r' or 'latin-1'


def read_report_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DecodeError(f"The file {path.name} does not exist.") from None
    except OSError as exc:
        raise DecodeError(f"The file {path.name} cannot be read ({exc.strerror or exc}).") from None
    if path.is_dir():
        raise DecodeError(f"{path.name} is a folder, not a report file.")
    if not path.is_file():
        raise DecodeError(f"{path.name} is not a regular file.")
    _check_size(size, path.name)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DecodeError(f"The file {path.name} cannot be read ({exc.strerror or exc}).") from None
    _check_size(len(data), path.name)
    return data


def _label(name: str) -> str:
    return f"The file {name}" if name else "The file"


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise DecodeError(f"{_label(name)} is {size / 1024 / 1024:.0f} MB; reports larger than "
                          f"{MAX_BYTES // 1024 // 1024} MB are not imported.")


def decode_bytes(data: bytes, name: str = "") -> Decoded:
    """Text of `data` and the encoding used; DecodeError for empty or binary input."""
    _check_size(len(data), name)
    label = _label(name)
    if not data.strip():
        raise DecodeError(f"{label} is empty.")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec, label)
            except UnicodeDecodeError:
                raise DecodeError(f"{label} starts like {codec.upper()} text but is damaged.") from None
    _reject_binary(data, label)
    try:
        return _checked(data.decode("utf-8"), "utf-8", label)
    except UnicodeDecodeError:
        pass
    try:
        windows = data.decode("cp1251")
    except UnicodeDecodeError:
        windows = ""
    # KOI8-R (older Russian Unix and mail texts) read as cp1251 is Russian words in capitals and
    # the other way round: of the two, the reading whose Cyrillic is mostly lower case. A KOI8-R
    # report was imported as "пФЮЈФ П НПВЙМЙЪБГЙЙ" and never found (adversarial trial, 1 Dec 2026).
    readings = [(text, codec) for text, codec in ((windows, "cp1251"), (data.decode("koi8_r"), "koi8-r"))
                if text and _reads_as_cyrillic(text)]
    if readings:
        text, codec = max(readings, key=lambda reading: _lower_case_share(reading[0]))
        return _checked(text, codec, label)
    return _checked(data.decode("latin-1"), "latin-1", label)


def _lower_case_share(text: str) -> float:
    letters = _CYR.findall(text)
    return sum(ch.islower() for ch in letters) / len(letters) if letters else 0.0


def _reject_binary(data: bytes, label: str) -> None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            if magic == b"%PDF":
                raise DecodeError(f"{label} looks like a PDF document, not a text report; import it as a .pdf file.")
            raise DecodeError(f"{label} looks like {what}, not a text report; "
                              "save it as PDF, .txt, .md or .html first.")
    if b"\x00" in data:
        raise DecodeError(f"{label} is a binary file, not a text report; save it as PDF, .txt, .md or .html first.")
    controls = len(data) - len(data.translate(None, _CONTROL))
    if controls > max(8, MAX_CONTROL_RATIO * len(data)):
        raise DecodeError(f"{label} contains too many control characters to be a text report.")


def _reads_as_cyrillic(text: str) -> bool:
    """True when the non-ASCII letters form Cyrillic words, not Cyrillic letters stuck
    inside Latin words (which is how latin-1 German or French looks in cp1251)."""
    pure = mixed = 0
    for word in _WORD.findall(text):
        if not _CYR.search(word):
            continue
        if word.isascii() or re.search(r"[A-Za-z]", word):
            mixed += 1
        else:
            pure += 1
    return pure > 0 and pure >= 3 * mixed


def _checked(text: str, encoding: str, label: str) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeError(f"{label} is empty.")
    return Decoded(text, encoding)
