"""One search result, as the window, the command line and the benchmarks hold it.

Its own small module so that the window's start, which shows no results yet, need not load
the search engine (app/store/search.py and the query parser, normaliser and stemmer it
brings, #19); the engine loads with the first search, or right after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from app.store.marks import MARK_CLOSE, MARK_OPEN


@dataclass
class Hit:
    """Not frozen: a frozen dataclass sets each field through object.__setattr__, and making a
    keystroke's thirty hits took 43 µs, a tenth of the search (#19); this way 6 µs. Nothing
    changes a hit once made."""

    kind: str
    id: str
    title: str
    # the snippet, or how to cut it from the record's text: a search cuts only the snippets of
    # the rows the window shows (about 35 µs each, most of a keystroke's search, #19)
    cut: str | Callable[[], str] = field(compare=False, repr=False)
    lang: str
    # lower is better: bm25, minus TIER when the words stand close together, plus TIER for
    # each word missing (some-words fallback); exact matches get -1e9
    score: float
    origin: str = "bundled"

    @cached_property
    def snippet(self) -> str:
        """Matched words wrapped in MARK_OPEN / MARK_CLOSE; cut when first read."""
        return self.cut if isinstance(self.cut, str) else self.cut()

    @property
    def imported(self) -> bool:
        return self.origin != "bundled"

    def marked(self, open_mark: str = "**", close_mark: str = "**") -> str:
        return self.snippet.replace(MARK_OPEN, open_mark).replace(MARK_CLOSE, close_mark)

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "snippet": self.marked(),
                "lang": self.lang, "score": round(-self.score, 4), "origin": self.origin}
