"""How much of the store a search reads and keeps (#19).

A search reads a few short columns of every hit's record; the record's long texts (its body
and page) spill onto overflow pages, which SQLite reads only to reach a column stored after
them. The read-only store's page cache is kept small: the searcher keeps the bodies itself.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import records, search
from tests.conftest import ROOT

LONG_TEXTS = ("body", "html")


def _columns(store: Path) -> list[str]:
    conn = sqlite3.connect(store)
    try:
        return [row[1] for row in conn.execute("PRAGMA table_info(records)")]
    finally:
        conn.close()


def test_the_columns_a_search_reads_stand_before_the_long_texts(shipped_store: Path) -> None:
    columns = _columns(shipped_store)
    read = set(re.findall(r"\br\.(\w+)", search._SQL)) - set(LONG_TEXTS) - {"rowid"}
    assert read, "the search's query names no column of records"
    first_long = min(columns.index(c) for c in LONG_TEXTS)
    after = sorted(c for c in read if columns.index(c) > first_long)
    assert not after, f"a hit's {after} stand after its long texts: each hit reads its whole record"


def test_the_lists_without_texts_read_no_column_after_them(shipped_store: Path) -> None:
    """The contents list and an imported report's list of sections read every column but the
    texts (app.store.records: _HEADER_COLUMNS); `data` after them read each record whole."""
    columns = _columns(shipped_store)
    read = set(re.findall(r"\b[a-z_]+\b", records._HEADER_COLUMNS)) - set(LONG_TEXTS)
    assert "data" in read
    first_long = min(columns.index(c) for c in LONG_TEXTS)
    assert not sorted(c for c in read if columns.index(c) > first_long)


_MEMORY = r"""
import ctypes, ctypes.util, sqlite3, sys
import _sqlite3
from app.store.connection import connect_readonly
from app.store.search import Searcher
from tests.perf.search_bench import keystrokes

def library():
    # the SQLite that Python's own module uses: its shared library, found through the module
    for name in (getattr(_sqlite3, "__file__", None), None, ctypes.util.find_library("sqlite3")):
        try:
            lib = ctypes.CDLL(name)
            lib.sqlite3_libversion.restype = ctypes.c_char_p
            if lib.sqlite3_libversion().decode() == sqlite3.sqlite_version and hasattr(lib, "sqlite3_status64"):
                return lib
        except (OSError, AttributeError, TypeError):
            continue
    return None

lib = library()
if lib is None:
    print("no-sqlite-status")
    sys.exit(0)
def used():
    now, peak = ctypes.c_int64(), ctypes.c_int64()
    lib.sqlite3_status64(0, ctypes.byref(now), ctypes.byref(peak), 0)  # SQLITE_STATUS_MEMORY_USED
    return now.value, peak.value
searcher = Searcher(connect_readonly(sys.argv[1], immutable=True))
searcher.warm()
for text in keystrokes():
    searcher.search(text, limit=30)
print(*used())
"""


def test_sqlite_keeps_little_of_the_store_after_warming_and_searching(shipped_store: Path) -> None:
    """Warming reads every body once (the searcher keeps them); with SQLite's own 2 MB page
    cache those pages stayed too, 1.85 MB, and SQLite held up to 2.3 MB over the searches."""
    done = subprocess.run([sys.executable, "-c", _MEMORY, str(shipped_store)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    if done.stdout.strip() == "no-sqlite-status":
        pytest.skip("this Python's SQLite does not export sqlite3_status64 (linked into the module)")
    now, peak = (int(v) for v in done.stdout.split())
    assert peak > 0, "SQLite counts no memory (built without its memory statistics)"
    assert peak < 900_000, f"SQLite held up to {peak / 1e6:.2f} MB"
    assert now < 900_000, f"SQLite holds {now / 1e6:.2f} MB after the searches"
