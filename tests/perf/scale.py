"""Synthetic stores of 10×, 100×, 1,000× the content, made from the real records.

Each copy is an "imported report": the real records with their sentences shuffled and
every number replaced, stored like the importer stores them (origin import:…), so search
cost is measured on realistic text at a larger size.
"""

from __future__ import annotations

import random
import re
import sqlite3
import time
from pathlib import Path

_NUM = re.compile(r"\d+")
_SENT = re.compile(r"(?<=[.!?])\s+")


def make_store(bundled: Path, schema_sql: str, copies: int, out: Path, seed: int = 1) -> dict[str, float]:
    rng = random.Random(seed)
    out.unlink(missing_ok=True)
    src = sqlite3.connect(bundled)
    rows = src.execute("SELECT kind, id, lang, title, aliases, body FROM records").fetchall()
    src.close()
    started = time.perf_counter()
    conn = sqlite3.connect(out)
    conn.executescript(schema_sql)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    batch = []
    for c in range(copies):
        for kind, rid, lang, title, aliases, body in rows:
            sentences = _SENT.split(body)
            rng.shuffle(sentences)
            text = _NUM.sub(lambda m: str(rng.randint(1, 99999)), " ".join(sentences))
            batch.append(("section", f"syn{c}-{kind}-{rid}", lang, f"{title} ({c})", aliases, text,
                          "", f"import:syn{c}", c))
        if len(batch) >= 20000:
            _flush(conn, batch)
    _flush(conn, batch)
    conn.execute("INSERT INTO records_fts (records_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO records_fts (records_fts) VALUES ('optimize')")
    conn.commit()
    rows_n = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    conn.close()
    return {"rows": rows_n, "build_s": time.perf_counter() - started, "mb": out.stat().st_size / 1e6}


def _flush(conn: sqlite3.Connection, batch: list[tuple]) -> None:
    conn.executemany("INSERT INTO records (kind, id, lang, title, aliases, body, html, origin, ord) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
    batch.clear()
