"""Turn what a person typed into a safe FTS5 query.

User text never reaches MATCH raw: every token is wrapped in double quotes (inner quotes
doubled), as sqlite-utils' `quote_fts` does, so `"`, `AND(`, `*`, `-` or `NEAR` are just
words (see `search.match_expression`). This module only decides what the tokens are.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.store.stopwords import is_stop_word

MAX_QUERY_CHARS = 200
MAX_TOKENS = 12
MAX_INPUT_CHARS = 1000  # of what was typed or pasted, after whitespace runs are one space
_READ_AT_MOST = 100_000  # a paste longer than this is not even looked at past this point
_WHITESPACE = re.compile(r"\s+")
# Letters and digits in any script: the same notion of a word as FTS5's unicode61.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


class ParsedQuery(NamedTuple):
    """A NamedTuple, not a dataclass: see app.store.hit.Hit (#19)."""

    tokens: tuple[str, ...]
    prefix_last: bool

    @property
    def empty(self) -> bool:
        return not self.tokens

    def without_stop_words(self, lang: str | None) -> ParsedQuery:
        """The content words only ("deportation from Armenia" -> deportation, Armenia).

        A query made only of stop words ("from", "und") stays as typed, so it still finds
        something. The last word keeps its prefix match only if it survives: in
        "deportation from" the word being typed is "from", and "deportation" is complete.
        """
        kept = tuple(t for t in self.tokens if not is_stop_word(t, lang))
        if not kept or len(kept) == len(self.tokens):
            return self
        return ParsedQuery(kept, self.prefix_last and not is_stop_word(self.tokens[-1], lang))


def clean_input(text: str) -> str:
    """What a search reads of the text typed or pasted: every run of whitespace (spaces, tabs,
    newlines) as one space, NUL as a space, at most MAX_INPUT_CHARS characters. Words and
    whether the text ends in a space (a finished last word) stay as typed; no later step
    sees a long run of whitespace or an unbounded text (each is linear, on every keystroke)."""
    text = (text or "")[:_READ_AT_MOST].replace("\x00", " ")
    return _WHITESPACE.sub(" ", text)[:MAX_INPUT_CHARS]


def parse(text: str, as_you_type: bool = True) -> ParsedQuery:
    text = (text or "")[:MAX_QUERY_CHARS * 4].replace("\x00", " ")
    tokens = _TOKEN.findall(text)[:MAX_TOKENS]
    tokens = [t[:MAX_QUERY_CHARS] for t in tokens]
    prefix = as_you_type and bool(tokens) and not text[-1:].isspace()
    return ParsedQuery(tuple(tokens), prefix)


def looks_russian(text: str) -> bool:
    return bool(_CYRILLIC.search(text or ""))
