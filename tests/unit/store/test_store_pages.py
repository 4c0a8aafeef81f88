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

from app.store import search
from tests.conftest import ROOT

LONG_TEXTS = ("body", "html", "data")


def test_the_columns_a_search_reads_stand_before_the_long_texts(shipped_store: Path) -> None:
    conn = sqlite3.connect(shipped_store)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(records)")]
    conn.close()
    read = set(re.findall(r"\br\.(\w+)", search._SQL)) - set(LONG_TEXTS)
    assert read, "the search's query names no column of records"
    first_long = min(columns.index(c) for c in LONG_TEXTS)
    after = sorted(c for c in read if c != "rowid" and columns.index(c) > first_long)
    assert not after, f"a hit's {after} stand after its long texts: each hit reads its whole record"


_MEMORY = r"""
import ctypes, sqlite3, sys
import _sqlite3
from app.store.connection import connect_readonly
from app.store.search import Searcher
from tests.perf.search_bench import keystrokes

status = ctypes.CDLL(_sqlite3.__file__).sqlite3_status64
def used():
    now, peak = ctypes.c_int64(), ctypes.c_int64()
    status(0, ctypes.byref(now), ctypes.byref(peak), 0)  # SQLITE_STATUS_MEMORY_USED
    return now.value, peak.value
searcher = Searcher(connect_readonly(sys.argv[1], immutable=True))
searcher.warm()
for text in keystrokes():
    searcher.search(text, limit=30)
print(*used())
"""


def test_sqlite_keeps_little_of_the_store_after_warming_and_searching(shipped_store: Path) -> None:
    """Warming reads every body once (the searcher keeps them); with SQLite's own 2 MB page
    cache those pages stayed too, 1.85 MB, and a session's searches kept 1 MB of pages."""
    done = subprocess.run([sys.executable, "-c", _MEMORY, str(shipped_store)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    now, peak = (int(v) for v in done.stdout.split())
    assert peak < 900_000, f"SQLite held up to {peak / 1e6:.2f} MB"
    assert now < 900_000, f"SQLite holds {now / 1e6:.2f} MB after the searches"
