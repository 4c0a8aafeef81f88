"""decode: which encoding, and a clear sentence for empty, binary and oversized files."""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest

from app.errors import UserError
from app.importer.decode import MAX_BYTES, DecodeError, decode_bytes, read_report_bytes

RUSSIAN = "Мобилизация в России: отказ от военной службы по убеждениям.\nДезертиры и уклонисты."
GERMAN = "Grüße aus Köln: Kriegsdienstverweigerer, Asylanträge und Schutzquote für Männer."


@pytest.mark.parametrize("data, encoding, text", [
    (b"Plain ASCII report.\n", "utf-8", "Plain ASCII report.\n"),
    (RUSSIAN.encode("utf-8"), "utf-8", RUSSIAN),
    (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), "utf-8-sig", RUSSIAN),
    (RUSSIAN.encode("cp1251"), "cp1251", RUSSIAN),
    (RUSSIAN.encode("koi8_r"), "koi8-r", RUSSIAN),  # read as cp1251 it was "нПВЙМЙГЮЖЙЪ …"
    ("# Отчёт о мобилизации\n\nДЕЗЕРТИРЫ И УКЛОНИСТЫ: что ждёт их в Германии.".encode("cp1251"), "cp1251",
     "# Отчёт о мобилизации\n\nДЕЗЕРТИРЫ И УКЛОНИСТЫ: что ждёт их в Германии."),
    (GERMAN.encode("latin-1"), "latin-1", GERMAN),
    ("Café, naïve, façade, déjà vu".encode("latin-1"), "latin-1", "Café, naïve, façade, déjà vu"),
    (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "utf-16", RUSSIAN),
])
def test_encoding_detected_and_reported(data: bytes, encoding: str, text: str) -> None:
    decoded = decode_bytes(data, "r.txt")
    assert decoded.encoding == encoding
    assert decoded.text == text


def test_line_endings_are_normalised() -> None:
    assert decode_bytes(b"Title\r\n\r\nBody\rmore", "r.txt").text == "Title\n\nBody\nmore"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n"])
def test_empty_file_is_a_sentence(data: bytes) -> None:
    with pytest.raises(UserError, match="is empty"):
        decode_bytes(data, "r.txt")


@pytest.mark.parametrize("data, words", [
    (b"Title\x00\x01\x02binary" * 10, "binary file"),
    (bytes(range(1, 32)) * 20 + b"some text", "control characters"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "Word"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
])
def test_binary_files_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, "report.txt")
    message = str(info.value)
    assert words in message and "report.txt" in message
    assert "\n" not in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        read_report_bytes(tmp_path / "nope.txt")
    with pytest.raises(UserError, match="folder"):
        read_report_bytes(tmp_path)


def test_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: costs no disk and no time
        fh.truncate(MAX_BYTES + 1)
    started = time.perf_counter()
    with pytest.raises(DecodeError, match="larger than 50 MB are not imported"):
        read_report_bytes(big)
    assert time.perf_counter() - started < 1.0


def test_a_50_mb_report_is_accepted_and_previewed_in_reasonable_time(tmp_path: Path) -> None:
    """Decision: up to 50 MB is imported (a real report is well under 1 MB). Reading,
    decoding and cutting a 50 MB text into sections takes seconds, not minutes; the whole
    import of such a file (commit included) was measured at about 9 s."""
    from app.importer.api import preview
    from app.importer.split import MAX_SECTION_CHARS, MAX_SECTIONS

    chunk = ("Chapter heading\n\nSection heading\n\n" + "A paragraph of report text that ends here. " * 40
             + "\n\nAnother heading\n\n" + "More text. " * 50 + "\n\n").encode()
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        repeats = MAX_BYTES // len(chunk)
        fh.write(chunk * repeats)
        fh.write(b"x" * (MAX_BYTES - repeats * len(chunk)))
    assert os.path.getsize(path) == MAX_BYTES
    started = time.process_time()
    p = preview(path)
    assert time.process_time() - started < 30
    # at most MAX_SECTIONS headings; the last section's long text is cut into parts (each at
    # least half the bound but the last), so no section is longer than MAX_SECTION_CHARS
    assert p.encoding == "utf-8" and 1 < len(p.sections) <= MAX_SECTIONS + 1 + 2 * MAX_BYTES // MAX_SECTION_CHARS
    assert max(len(s.text) for s in p.sections) <= MAX_SECTION_CHARS
