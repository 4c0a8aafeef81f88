"""Search per keystroke through the UI's code path, against a bare FTS5 MATCH on the same store.

Typing "draft evader" issues "d", "dr", "dra", …: each prefix is one measured keystroke.
The bare baseline runs `records_fts MATCH '"<last token>"*' ORDER BY rank LIMIT 30` on the
same connections: the physical floor for a ranked prefix query.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable

from app.session.search_controller import ROWS_LAID_OUT_FIRST

QUERIES = ["draft evader", "Dublin", "considerable probability", "мобилизация", "Kirchenasyl"]
LIMIT = 30


def keystrokes(queries: Iterable[str] = QUERIES) -> list[str]:
    return [q[:i] for q in queries for i in range(1, len(q) + 1) if q[:i].strip()]


def bare_query(conns: list[sqlite3.Connection], text: str) -> None:
    token = text.split()[-1].replace('"', '""')
    for conn in conns:
        conn.execute("SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY rank LIMIT ?",
                     (f'"{token}"*', LIMIT)).fetchall()


def shown(hits: list) -> None:
    """Cut the snippets of the rows the window lays out while the keystroke waits: a search's
    snippets are cut when first read (app.store.hit), and the window reads those rows' first."""
    for hit in hits[:ROWS_LAID_OUT_FIRST]:
        _ = hit.snippet


def measure(book, rounds: int = 3) -> dict[str, list[float]]:
    """Seconds per keystroke, as the window runs them: the bundled store at once (what typing
    waits for), the imports in the background (when their results complete) — each against
    the bare FTS5 query on the same store."""
    imports = [book.imports] if getattr(book, "imports", None) is not None else []
    out: dict[str, list[float]] = {"ours": [], "bare": [], "imports": [], "bare_imports": []}
    strokes = keystrokes()
    from app.store.stem import preload

    preload()  # as the window does once it has painted (app.ui.application.after_start) ...
    book.searcher.warm()
    for text in strokes[:3]:  # ... and warm the page cache once
        book.search(text, limit=LIMIT)
        bare_query([book.conn] + imports, text)

    def clock(key: str, fn) -> None:
        t = time.perf_counter()
        fn()
        out[key].append(time.perf_counter() - t)

    for _ in range(rounds):
        for text in strokes:
            clock("ours", lambda: shown(book.search(text, limit=LIMIT, scope="bundled")))
            clock("bare", lambda: bare_query([book.conn], text))
            if imports:
                clock("imports", lambda: book.search(text, limit=LIMIT, scope="imports"))  # cuts all its snippets
                clock("bare_imports", lambda: bare_query(imports, text))
    return out


def measure_ui(window, rounds: int = 2, strokes: list[str] | None = None) -> list[float]:
    """Seconds per keystroke for MainWindow.run_search: query plus filling the results list."""
    from PySide6.QtWidgets import QApplication

    times: list[float] = []
    for _ in range(rounds):
        for text in strokes if strokes is not None else keystrokes():
            t = time.perf_counter()
            window.run_search(text)
            QApplication.processEvents()
            times.append(time.perf_counter() - t)
    return times
