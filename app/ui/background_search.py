"""Search the user's imported reports off the GUI thread.

The bundled guidebook is small and is searched at once on every keystroke; imports can
hold a thousand reports, where a ranked query takes longer than a frame. They are searched
here, one query at a time: a newer keystroke interrupts the running query, and results of
an outdated query are dropped, so typing never waits for them.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from app.store.guidebook import Guidebook


class BackgroundSearch(QObject):
    """Emits `results(generation, hits)` in the GUI thread for the latest query only."""

    results = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="imports-search")
        self.generation = 0

    def start(self, book: Guidebook, text: str, lang: str, limit: int) -> int:
        self.generation += 1
        generation = self.generation
        book.searcher.interrupt_imports()
        self._pool.submit(self._run, book, text, lang, limit, generation)
        return generation

    def cancel(self, book: Guidebook) -> None:
        self.generation += 1
        book.searcher.interrupt_imports()

    def _run(self, book: Guidebook, text: str, lang: str, limit: int, generation: int) -> None:
        if generation != self.generation:
            return  # superseded before it started
        try:
            hits = book.search(text, lang=lang, limit=limit, scope="imports")
        except sqlite3.Error:
            hits = []
        if generation == self.generation:
            self.results.emit(generation, hits)

    def shutdown(self) -> None:
        self.generation += 1
        self._pool.shutdown(wait=True, cancel_futures=True)
