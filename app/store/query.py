"""Turn what a person typed into a safe FTS5 query.

User text never reaches MATCH raw: every token is wrapped in double quotes (inner quotes
doubled), as sqlite-utils' `quote_fts` does, so `"`, `AND(`, `*`, `-` or `NEAR` are just
words (see `search.match_expression`). This module only decides what the tokens are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.store.stopwords import is_stop_word

MAX_QUERY_CHARS = 200
MAX_TOKENS = 12
# Letters and digits in any script: the same notion of a word as FTS5's unicode61.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@dataclass(frozen=True)
class ParsedQuery:
    tokens: tuple[str, ...]
    prefix_last: bool

    @property
    def empty(self) -> bool:
        return not self.tokens

    def without_stop_words(self, lang: str | None) -> "ParsedQuery":
        """The content words only ("deportation from Armenia" -> deportation, Armenia).

        A query made only of stop words ("from", "und") stays as typed, so it still finds
        something. The last word keeps its prefix match only if it survives: in
        "deportation from" the word being typed is "from", and "deportation" is complete.
        """
        kept = tuple(t for t in self.tokens if not is_stop_word(t, lang))
        if not kept or len(kept) == len(self.tokens):
            return self
        return ParsedQuery(kept, self.prefix_last and not is_stop_word(self.tokens[-1], lang))


def parse(text: str, as_you_type: bool = True) -> ParsedQuery:
    text = (text or "")[:MAX_QUERY_CHARS * 4].replace("\x00", " ")
    tokens = _TOKEN.findall(text)[:MAX_TOKENS]
    tokens = [t[:MAX_QUERY_CHARS] for t in tokens]
    prefix = as_you_type and bool(tokens) and not text[-1:].isspace()
    return ParsedQuery(tuple(tokens), prefix)


def looks_russian(text: str) -> bool:
    return bool(_CYRILLIC.search(text or ""))
