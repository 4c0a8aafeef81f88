"""Ranked full-text search over the bundled store and the user's imported reports.

Ranking: an exact term, alias, equivalent or citation match comes first (typing
"draft evader" should open the definition, not a paragraph that mentions it), then
FTS5 bm25 with title and aliases weighted above body (weights set in schema.sql).
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Sequence

from app.store.normalize import normalize_name, strip_question
from app.store.snippet import MARK_CLOSE, MARK_OPEN, make_snippet
from app.store.query import ParsedQuery, looks_russian, parse
from app.store.stem import stem

KINDS = ("section", "term", "law")
SCOPES = ("all", "bundled", "imports")
MIN_IMPORT_QUERY = 3  # imports are only searched from 3 characters on: 1–2 letter prefixes match everything
_SQL = """
SELECT r.kind, r.id, r.title, r.body, r.lang, records_fts.rank, r.origin
FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
WHERE records_fts MATCH ? AND r.lang = ? {kinds}
ORDER BY records_fts.rank
LIMIT ?
"""


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str
    snippet: str  # matched words wrapped in MARK_OPEN / MARK_CLOSE
    lang: str
    score: float  # lower is better (bm25); exact matches get -1e9
    origin: str = "bundled"

    @property
    def imported(self) -> bool:
        return self.origin != "bundled"

    def marked(self, open_mark: str = "**", close_mark: str = "**") -> str:
        return self.snippet.replace(MARK_OPEN, open_mark).replace(MARK_CLOSE, close_mark)

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "snippet": self.marked(),
                "lang": self.lang, "score": round(-self.score, 4), "origin": self.origin}


def match_expression(parsed: ParsedQuery, operator: str = "AND") -> str:
    """FTS5 MATCH text with every token quoted; stemmed tokens and the last token as prefixes."""
    parts = []
    for i, token in enumerate(parsed.tokens):
        term, is_prefix = stem(token)
        quoted = '"' + term.replace('"', '""') + '"'
        if is_prefix or (parsed.prefix_last and i == len(parsed.tokens) - 1):
            quoted += "*"
        parts.append(quoted)
    return f" {operator} ".join(parts)


class Searcher:
    """Search one or more stores (the bundled one first, then the user's imports)."""

    def __init__(self, conn: sqlite3.Connection, extra: Sequence[sqlite3.Connection] = ()) -> None:
        self._conns = [conn, *extra]
        self._vocab: list[str] | None = None
        self._lang_vocab: dict[str, list[str]] = {}  # "did you mean" per language, built on first use

    def set_extra(self, extra: Sequence[sqlite3.Connection]) -> None:
        self._conns = [self._conns[0], *extra]
        self._vocab = None
        self._lang_vocab = {}

    def resolve_lang(self, text: str, lang: str | None) -> str:
        if lang:
            return lang
        return "ru" if looks_russian(text) else "en"

    @property
    def has_imports(self) -> bool:
        return len(self._conns) > 1

    def interrupt_imports(self) -> None:
        """Stop an imports query running in another thread (a newer keystroke supersedes it)."""
        for conn in self._conns[1:]:
            conn.interrupt()

    def search(self, text: str, lang: str | None = None, kinds: Iterable[str] | None = None,
               limit: int = 20, as_you_type: bool = True, scope: str = "all") -> list[Hit]:
        """Ranked hits. `scope` lets the window search the small bundled store at once and the
        user's imports (which can be large) in the background."""
        conns = {"all": self._conns, "bundled": self._conns[:1], "imports": self._conns[1:]}[scope]
        if scope == "imports" and len(text.strip()) < MIN_IMPORT_QUERY:
            return []
        core = strip_question(text)
        parsed = parse(core if core else text, as_you_type=as_you_type)
        if parsed.empty or limit <= 0:
            return []
        lang = self.resolve_lang(text, lang)
        kind_list = [k for k in (kinds or KINDS) if k in KINDS]
        if not kind_list:
            return []
        exact = self._exact(text, lang, kind_list) if scope != "imports" else []
        terms = [stem(t)[0] for t in parsed.tokens]
        hits = self._fts(conns, match_expression(parsed, "AND"), lang, kind_list, limit, terms)
        if not hits and len(parsed.tokens) > 1:
            hits = self._fts(conns, match_expression(parsed, "OR"), lang, kind_list, limit, terms)
        seen = {(h.kind, h.id, h.origin) for h in exact}
        merged = exact + [h for h in hits if (h.kind, h.id, h.origin) not in seen]
        return merged[:limit]

    def _fts(self, conns: Sequence[sqlite3.Connection], expression: str, lang: str, kinds: list[str],
             limit: int, terms: Sequence[str]) -> list[Hit]:
        sql = _SQL.format(kinds="AND r.kind IN (%s)" % ",".join("?" * len(kinds)))
        hits: list[Hit] = []
        for conn in conns:
            try:
                rows = conn.execute(sql, (expression, lang, *kinds, limit)).fetchall()
            except sqlite3.OperationalError:
                continue  # a query FTS5 cannot parse is a query with no results, never an error
            hits.extend(Hit(k, i, t, make_snippet(body or "", terms), lg, float(sc), o)
                        for k, i, t, body, lg, sc, o in rows)
        hits.sort(key=lambda h: h.score)
        return hits[:limit]

    def _exact(self, text: str, lang: str, kinds: list[str]) -> list[Hit]:
        names = list(dict.fromkeys(n for n in (normalize_name(text), normalize_name(strip_question(text)))
                                   if len(n) >= 2))
        if not names:
            return []
        conn = self._conns[0]
        rows = conn.execute(
            "SELECT DISTINCT r.kind, r.id, r.title, substr(r.body, 1, 160), r.lang, r.origin FROM names n "
            "JOIN records r ON r.kind = n.kind AND r.id = n.id AND r.lang = ? "
            f"WHERE n.name IN ({','.join('?' * len(names))}) "
            "ORDER BY CASE n.kind WHEN 'term' THEN 0 WHEN 'law' THEN 1 ELSE 2 END",
            (lang, *names)).fetchall()
        return [Hit(k, i, t, (s + "…") if s else "", lg, -1e9, o) for k, i, t, s, lg, o in rows if k in kinds]

    def suggest(self, text: str, n: int = 5, lang: str | None = None) -> list[str]:
        """Nearest index words to each typed word, for a 'did you mean' when nothing matched.

        With `lang`, only words of that language's texts are offered (a Cyrillic word is
        matched against Russian): an English interface does not suggest German words.
        """
        parsed = parse(text, as_you_type=False)
        if parsed.empty:
            return []
        out: list[str] = []
        for token in parsed.tokens:
            low = token.lower()
            word_lang = "ru" if re.search(r"[\u0400-\u04FF]", low) else lang
            vocab = self._vocabulary() if word_lang is None else self._language_vocabulary(word_lang)
            for word in difflib.get_close_matches(low, vocab, n=n, cutoff=0.7):
                if word != low and word not in out:
                    out.append(word)
        return out[:n]

    def _language_vocabulary(self, lang: str) -> list[str]:
        """Words of at least four letters in the texts of one language (built on first use)."""
        cache = self._lang_vocab
        if lang not in cache:
            words: set[str] = set()
            for conn in self._conns:
                try:
                    for title, body in conn.execute("SELECT title, body FROM records WHERE lang = ?", (lang,)):
                        words.update(w.lower() for w in re.findall(r"\w{4,}", f"{title} {body}")
                                     if not w.isdigit())
                except sqlite3.OperationalError:
                    continue
            cache[lang] = sorted(words)
        return cache[lang]

    def _vocabulary(self) -> list[str]:
        if self._vocab is None:
            words: set[str] = set()
            for conn in self._conns:
                try:
                    words.update(w for (w,) in conn.execute(
                        "SELECT term FROM records_vocab WHERE length(term) >= 4 AND cnt >= 1"))
                except sqlite3.OperationalError:
                    continue
            self._vocab = sorted(words)
        return self._vocab
