"""Search as the counsellor types: the guidebook at once, imported reports in the background.

The bundled guidebook is small and is searched on every (debounced) keystroke, on the
spot. The user's imported reports can hold a thousand reports, where a ranked query takes
longer than a frame, so they are searched off the GUI thread by an injected `Runner`,
and their hits are merged into the list when they arrive:

- a newer keystroke supersedes the running imports query: it is interrupted, and an answer
  that still arrives for an older query is dropped (the generation counter), so an outdated
  list never replaces the current one;
- the merged list is ranked by score (lower is better) and cut to the limit;
- the row the counsellor had selected stays selected when the imported hits arrive.

Plain Python: the window passes a `show` callback and a Qt runner; tests pass fakes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

if TYPE_CHECKING:  # a Hit's module loads with the search engine, after the first paint (#19)
    from app.store.hit import Hit

SEARCH_LIMIT = 30
# result rows the window lays out (and cuts snippets for) while a keystroke waits; the rest
# follow while the event loop goes on. Eight rows fill the list at the window's default size.
ROWS_LAID_OUT_FIRST = 8

T = TypeVar("T")
Key = tuple[str, str]  # (kind, id) of a hit


class Runner(Protocol):
    """Runs `job()` off the GUI thread, then calls `deliver(result)` back on the GUI thread."""

    def __call__(self, job: Callable[[], T], deliver: Callable[[T], None]) -> None: ...


class SearchBook(Protocol):
    """What the controller needs of the guidebook (app.store.guidebook.Guidebook)."""

    imports: Any  # the imported reports' connection, or None when there are none

    def search(self, text: str, lang: str | None = None, kinds: Any = None, limit: int = 20,
               as_you_type: bool = True, scope: str = "all") -> list[Hit]: ...


class Results(NamedTuple):
    """What the results list shows now.

    `final`: no more hits are coming for this text, so an empty list may say "no results"
    (while imported reports are still being searched it stays quietly empty).
    `select`: the row to select after showing, or None for the list's default (the first).
    """

    text: str
    hits: tuple[Hit, ...]
    final: bool
    select: int | None = None

    @property
    def empty_query(self) -> bool:
        """Nothing to search for: the window shows its navigation instead of a list."""
        return not self.text.strip()


def search_lang(text: str, ui_lang: str) -> str:
    """Cyrillic is searched in Russian whatever the interface language; anything else in it."""
    from app.store.query import looks_russian  # with the first query, not at start (#19)

    return "ru" if looks_russian(text) else ui_lang


def merge(bundled: Sequence[Hit], imported: Sequence[Hit], limit: int) -> list[Hit]:
    """One list, best first (lower score is better), at most `limit` hits."""
    return sorted([*bundled, *imported], key=lambda h: h.score)[:limit]


def row_of(hits: Sequence[Hit], key: Key | None) -> int | None:
    """The row showing the hit `key`, or None."""
    if key is None:
        return None
    return next((row for row, h in enumerate(hits) if (h.kind, h.id) == key), None)


class SearchController:
    """Runs each query and tells the window, through `show(Results)`, what to list.

    `selected()` says which hit the counsellor has selected, so it stays selected when the
    imported hits are merged in. `book` may be replaced (a content update reopens it).
    """

    def __init__(self, book: SearchBook, show: Callable[[Results], None], run_in_background: Runner,
                 selected: Callable[[], Key | None] = lambda: None, limit: int = SEARCH_LIMIT) -> None:
        self.book = book
        self._show = show
        self._run_in_background = run_in_background
        self._selected = selected
        self.limit = limit
        self.text = ""  # the query the list shows (or will show) results for
        self.generation = 0  # bumped by every query: an imports answer for an older one is dropped
        self._bundled: list[Hit] = []

    @property
    def has_imports(self) -> bool:
        return self.book.imports is not None

    def search(self, text: str, ui_lang: str) -> None:
        """A query typed (after the debounce): the guidebook's hits now, imported ones later."""
        self.text = text
        self.cancel()
        if not text.strip():
            self._bundled = []
            self._show(Results(text, (), final=True))
            return
        lang = search_lang(text, ui_lang)
        self._bundled = self.book.search(text, lang=lang, limit=self.limit, scope="bundled")
        self._show(Results(text, tuple(self._bundled), final=not self.has_imports))
        if self.has_imports:
            generation = self.generation
            self._run_in_background(lambda: self._search_imports(text, lang, generation),
                                    lambda hits: self._imports_found(generation, hits))

    def cancel(self) -> None:
        """Whatever imports query is running is outdated: stop it and drop its answer."""
        self.generation += 1
        self._interrupt_imports()

    def _interrupt_imports(self) -> None:
        # Guidebook has no method for this yet: the imports connection is the one its
        # searcher queries, and interrupting it is safe from any thread
        conn = self.book.imports
        if conn is not None:
            conn.interrupt()

    def _search_imports(self, text: str, lang: str, generation: int) -> list[Hit] | None:
        """In the worker thread. None when superseded (the answer would be dropped anyway)."""
        if generation != self.generation:
            return None  # superseded before it started: do not search at all
        conn = self.book.imports
        if conn is not None:
            # `interrupt()` stops only a statement already running: one superseded while it was
            # still starting would run to its end, and the newer query would wait behind it.
            # SQLite asks this handler every 1000 steps; a non-zero answer stops the query.
            conn.set_progress_handler(lambda: int(generation != self.generation), 1000)
        try:
            return self.book.search(text, lang=lang, limit=self.limit, scope="imports")
        except sqlite3.Error:  # stopped by a newer keystroke, or the file cannot be read now
            return []
        finally:
            if conn is not None:
                conn.set_progress_handler(None, 1000)

    def _imports_found(self, generation: int, hits: list[Hit] | None) -> None:
        """In the GUI thread: merge the imported hits, unless a newer query has started since."""
        if hits is None or generation != self.generation:
            return
        keep = self._selected()
        merged = merge(self._bundled, hits, self.limit)
        self._show(Results(self.text, tuple(merged), final=True, select=row_of(merged, keep)))
