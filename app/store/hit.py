"""One search result, as the window, the command line and the benchmarks hold it.

Its own small module so that the window's start, which shows no results yet, need not load
the search engine (app/store/search.py and the query parser, normaliser and stemmer it
brings, #19); the engine loads with the first search, or right after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from app.store.marks import MARK_CLOSE, MARK_OPEN


class Hit:
    """A plain class, not a dataclass: importing dataclasses and making this class and
    ParsedQuery cost 10 M instructions, 1% of the start to the first result of `--search`
    (#19). It compares and prints as the dataclass did, by every field but `cut`, and is not
    hashable. Not frozen: frozen, each field was set through object.__setattr__, and making a
    keystroke's thirty hits took 43 µs instead of 6 µs. Nothing changes a hit once made."""

    def __init__(self, kind: str, id: str, title: str, cut: str | Callable[[], str], lang: str,  # noqa: A002
                 score: float, origin: str = "bundled") -> None:
        self.kind = kind
        self.id = id
        self.title = title
        # the snippet, or how to cut it from the record's text: a search cuts only the snippets
        # of the rows the window shows (about 35 µs each, most of a keystroke's search, #19)
        self.cut = cut
        self.lang = lang
        # lower is better: bm25, minus TIER when the words stand close together, plus TIER for
        # each word missing (some-words fallback); exact matches get -1e9
        self.score = score
        self.origin = origin

    def _key(self) -> tuple[str, str, str, str, float, str]:
        return self.kind, self.id, self.title, self.lang, self.score, self.origin

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  (equal hits need not be one: as the dataclass)

    def __repr__(self) -> str:
        return ("Hit(kind={!r}, id={!r}, title={!r}, lang={!r}, score={!r}, origin={!r})"
                .format(*self._key()))

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
