"""Ranked full-text search over the bundled store and the user's imported reports.

Ranking: an exact term, alias, equivalent or citation match comes first (typing
"draft evader" should open the definition, not a paragraph that mentions it), then
FTS5 bm25 with title and aliases weighted above body (weights set in schema.sql).

A query of several words is searched on its content words (stop words such as "from",
"и", "der" are dropped, see stopwords.py) in tiers: records where all of them stand close
together in one passage come first, then records with all of them anywhere, and only when
no record has them all, records with some of them, the fewest missing first. The tier is
folded into `Hit.score`, so hits of the bundled store and of the imports, searched apart,
still merge into one order by score.

"Close together" is read from the texts the all-words query returns (snippet.words_together:
all the words within about ten words of each other), the same test that picks the passage a
snippet shows, so a hit ranked for its words being together also shows them together. A
second FTS5 query (NEAR) would find close records beyond the all-words LIMIT too, but it
cost as much as the all-words query itself: 40% more per keystroke on a large imports store.

What a keystroke leaves out (#19), each held by tests/unit/store/test_search_work.py to the
hits it must not change: the bundled store is searched in the rowid span of one language;
its bodies, and their lower-cased copies, are kept between keystrokes (the same thirty
records come back letter after letter); a snippet is cut only when it is first read, which
the window does for the rows it lays out; and the one-time reads (exact names, spans, the
ranking setting, the bundled bodies lower-cased) happen in `warm`, once the window has painted.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from functools import partial

from app.records import KINDS
from app.store.hit import Hit
from app.store.normalize import normalize_name, strip_question
from app.store.query import ParsedQuery, clean_input, looks_russian, parse
from app.store.records import ANY_LANG
from app.store.snippet import lower as _lower
from app.store.snippet import make_snippet, together_at, word_finder
from app.store.stem import stem

MIN_IMPORT_QUERY = 3  # imports are only searched from 3 characters on: 1–2 letter prefixes match everything
# An imported report's rows have lang '*' (records.ANY_LANG: stored once, read in every
# language); a hit is in the language searched, as a bundled row's is.
# The rowid span narrows the index to the language's rows before bm25 ranks them (the bundled
# store holds each language's rows together, see build.py): a third of the ranking work.
# The score is the store's own ranking function (its `rank` setting, see _rank_function)
# called by name: selecting FTS5's `rank` column computes bm25 a second time for every row
# returned, a third of the query (#19).
_SQL = """
SELECT r.kind, r.id, r.title, {body}, ?1, {rank} AS score, r.origin, r.rowid
FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
WHERE records_fts MATCH ?2 AND records_fts.rowid BETWEEN ?4 AND ?5 AND r.lang IN (?1, '*') {kinds}
ORDER BY score, r.rowid
LIMIT ?3
"""  # equal scores in store order, so the same query always lists the same hits
_RANK_SQL = "SELECT v FROM records_fts_config WHERE k = 'rank'"
_WARM_SQL = "SELECT rowid FROM records_fts WHERE records_fts MATCH '\"a\"' LIMIT 1"
_SPANS_SQL = "SELECT lang, min(rowid), max(rowid) FROM records GROUP BY lang"
_BODIES_SQL = "SELECT rowid, body FROM records ORDER BY rowid LIMIT ?"
_ALL_ROWS = (-(2**63), 2**63 - 1)
_COLUMN_SQL = "SELECT rowid, {column} FROM records WHERE rowid IN ({marks})"

# score offsets of the tiers; bm25 of this store stays far inside ±TIER
TIER = 1e5
# all-words records read to find those with the words close together, at least (so that a
# small limit, as the command line's, still finds them among more than its own few rows)
NEAR_FETCH = 30
# bundled bodies, and their lower-cased copies, kept between keystrokes: as many as the
# bundled guidebook has records (309, about 1.5 MB with the copies), so the first letter of a
# new word finds the bodies of the last searches still there. Two keystrokes' worth (60) made
# that letter read and lower-case most of its thirty bodies again: 6% of a search round (#19).
# A guidebook ten times larger keeps a tenth of its bodies, in the same memory.
_LOWERED = 320
# records with some of the words (when none has all): fetched this many times the limit,
# then ordered by how many words they miss
OR_FETCH = 3


def _column_of(conn: sqlite3.Connection, column: str, rowids: Sequence[int]) -> dict[int, str]:
    """One text column ("body", "aliases") of these records, by rowid: one query for all."""
    return dict(conn.execute(_COLUMN_SQL.format(column=column, marks=",".join("?" * len(rowids))), rowids))


def query_terms(parsed: ParsedQuery, lang: str | None = None) -> list[tuple[str, bool]]:
    """(search term, is_prefix) per distinct token: stemmed tokens (for `lang`, see stem.py)
    and the last token as prefixes."""
    terms: dict[str, bool] = {}
    for i, token in enumerate(parsed.tokens):
        term, is_prefix = stem(token, lang)
        prefix = is_prefix or (parsed.prefix_last and i == len(parsed.tokens) - 1)
        key = term.lower()
        terms[key] = terms.get(key, False) or prefix
    return list(terms.items())


def _quoted(term: str, prefix: bool) -> str:
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def match_expression(parsed: ParsedQuery, operator: str = "AND", lang: str | None = None) -> str:
    """FTS5 MATCH text with every token quoted; stemmed tokens and the last token as prefixes."""
    return f" {operator} ".join(_quoted(t, p) for t, p in query_terms(parsed, lang))


def _split(terms: list[tuple[str, bool]]) -> tuple[list[str], list[str]]:
    """(prefix terms, whole-word terms), as the snippet functions take them."""
    return [t for t, p in terms if p], [t for t, p in terms if not p]


def _proximity(terms: list[tuple[str, bool]]) -> bool:
    """Whether "close together" means anything: not while a word being typed is one or two
    letters long ("draft e"): such a prefix matches a word in every sentence."""
    return all(len(t) >= 3 for t, prefix in terms if prefix)


def _lower_body(rowid: int, body: str) -> str:
    return _lower(body)


def _cut(lowered: Callable[[int, str], str], rowid: int, body: str, prefixes: list[str], whole: list[str],
         densest: bool, at: int | None) -> str:
    """A hit's snippet (see make_snippet), with its body lower-cased once for all keystrokes."""
    return make_snippet(body, prefixes, whole=whole, densest=densest, at=at, low=lowered(rowid, body))


class Searcher:
    """Search one or more stores (the bundled one first, then the user's imports)."""

    def __init__(self, conn: sqlite3.Connection, extra: Sequence[sqlite3.Connection] = ()) -> None:
        self._conns = [conn, *extra]
        self._vocab: list[str] | None = None
        self._lang_vocab: dict[str, list[str]] = {}  # "did you mean" per language, built on first use
        self._spans: dict[str, tuple[int, int]] | None = None  # the bundled store's rowids per language
        self._low: dict[int, str] = {}  # bundled bodies lower-cased, by rowid (see _lowered)
        self._bodies: dict[int, str] = {}  # bundled bodies, by rowid (see _with_bodies)
        self._ranks: dict[sqlite3.Connection, str] = {}  # each store's ranking function (see _rank_function)
        self._names: frozenset[str] | None = None  # the bundled store's exact names (see _exact)

    def set_extra(self, extra: Sequence[sqlite3.Connection]) -> None:
        self._conns = [self._conns[0], *extra]
        self._ranks = {}
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
        text = clean_input(text)
        if scope == "imports" and len(text.strip()) < MIN_IMPORT_QUERY:
            return []
        core = strip_question(text)
        lang = self.resolve_lang(text, lang)
        parsed = parse(core if core else text, as_you_type=as_you_type).without_stop_words(lang)
        if parsed.empty or limit <= 0:
            return []
        kind_list = [k for k in (kinds or KINDS) if k in KINDS]
        if not kind_list:
            return []
        exact = self._exact(text, lang, kind_list) if scope != "imports" else []
        # the bundled store's bodies are kept lower-cased (by rowid: in `conns` it comes first)
        lowered: dict[int, Callable[[int, str], str]] = {0: self._lowered} if scope != "imports" else {}
        terms = query_terms(parsed, lang)
        proximity = len(terms) > 1 and _proximity(terms)
        rows = self._fts(conns, match_expression(parsed, "AND", lang), lang, kind_list,
                         max(limit, NEAR_FETCH) if proximity else limit)
        if rows and proximity:
            # all the words close together first: "deportations … from Kazakhstan and Armenia"
            # before a page with "deportation" in one paragraph and "Armenia" in another
            rows = {c: self._together_first(rs, terms, lowered.get(c, _lower_body)) for c, rs in rows.items()}
        elif not rows and len(terms) > 1:
            rows = self._fts(conns, match_expression(parsed, "OR", lang), lang, kind_list, limit * OR_FETCH)
            rows = self._fewest_missing(conns, rows, terms)
        hits = self._hits(rows, terms, limit, lowered)
        if scope == "imports":
            for hit in hits:  # cut here, in the background thread, not in the window's
                _ = hit.snippet
        seen = {(h.kind, h.id, h.origin) for h in exact}
        merged = exact + [h for h in hits if (h.kind, h.id, h.origin) not in seen]
        return merged[:limit]

    def _fts(self, conns: Sequence[sqlite3.Connection], expression: str, lang: str, kinds: list[str],
             limit: int) -> dict[int, list[tuple]]:
        """Rows per connection (by index): kind, id, title, body, lang, rank, origin, rowid."""
        placeholders = ",".join(f"?{6 + k}" for k in range(len(kinds)))
        kind_filter = f"AND r.kind IN ({placeholders})" if set(kinds) != set(KINDS) else ""
        kinds = kinds if kind_filter else []
        out: dict[int, list[tuple]] = {}
        for n, conn in enumerate(conns):
            bundled = conn is self._conns[0]
            lo, hi = self._span(lang) if bundled else _ALL_ROWS
            # the bundled bodies come from the cache (see _with_bodies), the imported with the rows
            sql = _SQL.format(body="NULL" if bundled else "r.body", kinds=kind_filter, rank=self._rank_function(conn))
            try:
                rows = conn.execute(sql, (lang, expression, limit, lo, hi, *kinds)).fetchall()
                if bundled and rows:
                    rows = self._with_bodies(rows)
            except sqlite3.OperationalError:
                continue  # a query FTS5 cannot parse is a query with no results, never an error
            if rows:
                out[n] = rows
        return out

    def _rank_function(self, conn: sqlite3.Connection) -> str:
        """The store's ranking as a call, "bm25(records_fts, 10.0, 6.0, 1.0)": the column
        weights are set once, in schema.sql, and read from the store that holds them; a
        store without a readable bm25 setting is ranked by FTS5's `rank` column."""
        rank = self._ranks.get(conn)
        if rank is None:
            try:
                row = conn.execute(_RANK_SQL).fetchone()
            except sqlite3.OperationalError:
                row = None
            weights = re.fullmatch(r"\s*bm25\s*\(([-0-9.,\s]*)\)\s*", str(row[0])) if row else None
            if weights is None:
                rank = "records_fts.rank"
            else:
                rank = "bm25(" + ", ".join(["records_fts", *filter(None, [weights.group(1).strip()])]) + ")"
            self._ranks[conn] = rank
        return rank

    def _span(self, lang: str) -> tuple[int, int]:
        """The first and last rowid of the bundled store's rows in `lang` (and rows for any
        language). The bundled store never changes under its connection, so this is read
        once; the imports store grows with each import and is searched whole. Rows of other
        languages inside the span (a store built before its rows were grouped) are still
        filtered out by the query: the span only saves work, it never decides a result."""
        if self._spans is None:
            try:
                self._spans = {lg: (lo, hi) for lg, lo, hi in self._conns[0].execute(_SPANS_SQL)}
            except sqlite3.OperationalError:
                self._spans = {}
        spans = [self._spans[lg] for lg in (lang, ANY_LANG) if lg in self._spans]
        if not spans:
            return _ALL_ROWS if not self._spans else (1, 0)
        return min(lo for lo, _ in spans), max(hi for _, hi in spans)

    def _with_bodies(self, rows: list[tuple]) -> list[tuple]:
        """Bundled rows with their bodies, read from the store only for records the last
        keystrokes did not read: decoding thirty bodies from UTF-8 at every keystroke was
        6% of a search (#19). At most _LOWERED bodies are kept."""
        bodies = self._bodies
        found = {r[7]: bodies[r[7]] for r in rows if r[7] in bodies}
        missing = [r[7] for r in rows if r[7] not in found]
        if missing:
            found.update(_column_of(self._conns[0], "body", missing))
            bodies.update(found)
            while len(bodies) > _LOWERED:  # the earliest kept go first
                bodies.pop(next(iter(bodies)))
        return [(*r[:3], found.get(r[7], ""), *r[4:]) for r in rows]

    def _lowered(self, rowid: int, body: str) -> str:
        """A bundled record's body lower-cased, kept for the next keystrokes: typing "draft
        evader" reads the same thirty records at each letter, and lower-casing their bodies
        was a fifth of finding the words close together (#19). At most _LOWERED are kept."""
        low = self._low.get(rowid)
        if low is None:
            if len(self._low) >= _LOWERED:
                self._low.pop(next(iter(self._low)))
            low = self._low[rowid] = _lower(body)
        return low

    @staticmethod
    def _together_first(rows: list[tuple], terms: list[tuple[str, bool]],
                        lowered: Callable[[int, str], str]) -> list[tuple]:
        """All-words rows, those with the words close together (in the title or the body)
        moved up one tier; each row ends with where in the body they are (-1: nowhere), for
        the snippet."""
        prefixes, whole = _split(terms)
        out = []
        for r in rows:
            body = r[3] or ""
            at = together_at(body, prefixes, whole, lowered(r[7], body))
            close = at >= 0 or together_at(r[2], prefixes, whole) >= 0
            out.append((*r[:5], r[5] - TIER if close else r[5], *r[6:], at))
        return out

    @staticmethod
    def _fewest_missing(conns: Sequence[sqlite3.Connection], rows: dict[int, list[tuple]],
                        terms: list[tuple[str, bool]]) -> dict[int, list[tuple]]:
        """Some-words hits scored by the words they miss (each costs TIER), then by bm25.

        Which words a record has is read from its text (title, aliases, body) with the
        snippet's patterns, not asked of the index word by word (a rowid-restricted MATCH
        re-expands a short prefix for every row)."""
        finders = [word_finder(t, p) for t, p in terms]
        out: dict[int, list[tuple]] = {}
        for n, rs in rows.items():
            rowids = [r[7] for r in rs]
            try:
                aliases = _column_of(conns[n], "aliases", rowids)
            except sqlite3.OperationalError:
                aliases = {}
            scored = []
            for r in rs:
                text = f"{r[2]}\n{aliases.get(r[7], '')}\n{r[3]}"
                low = _lower(text)
                missing = sum(1 for finder in finders if finder.search(text, low) is None)
                scored.append((*r[:5], r[5] + TIER * missing, *r[6:]))
            out[n] = scored
        return out

    @staticmethod
    def _hits(rows: dict[int, list[tuple]], terms: list[tuple[str, bool]], limit: int,
              lowered: dict[int, Callable[[int, str], str]]) -> list[Hit]:
        """The best `limit` rows as hits, each record once (its best tier), their snippets cut
        when first read; `lowered` gives a connection's cache of lower-cased bodies."""
        best: dict[tuple[str, str, str], tuple[int, tuple]] = {}
        for n, rs in rows.items():
            for r in rs:
                key = (r[0], r[1], r[6])
                if key not in best or r[5] < best[key][1][5]:
                    best[key] = (n, r)
        top = sorted(best.values(), key=lambda nr: nr[1][5])[:limit]
        prefixes, whole = _split(terms)
        # a hit found by its words standing close together shows them together
        return [Hit(r[0], r[1], r[2], partial(_cut, lowered.get(n, _lower_body), r[7], r[3] or "", prefixes, whole,
                                              len(r) > 8 and r[8] >= 0, r[8] if len(r) > 8 else None),
                    r[4], float(r[5]), r[6])
                for n, r in top]

    def _exact(self, text: str, lang: str, kinds: list[str]) -> list[Hit]:
        names = list(dict.fromkeys(n for n in (normalize_name(text), normalize_name(strip_question(text)))
                                   if len(n) >= 2))
        conn = self._conns[0]
        known = self._exact_names()  # most keystrokes name nothing, and skip the query
        names = [n for n in names if n in known]
        if not names:
            return []
        rows = conn.execute(
            "SELECT DISTINCT r.kind, r.id, r.title, substr(r.body, 1, 160), r.lang, r.origin FROM names n "
            "JOIN records r ON r.kind = n.kind AND r.id = n.id AND r.lang = ? "
            f"WHERE n.name IN ({','.join('?' * len(names))}) "
            "ORDER BY CASE n.kind WHEN 'term' THEN 0 WHEN 'law' THEN 1 ELSE 2 END",
            (lang, *names)).fetchall()
        return [Hit(k, i, t, (s + "…") if s else "", lg, -1e9, o) for k, i, t, s, lg, o in rows if k in kinds]

    def _exact_names(self) -> frozenset[str]:
        """Every exact name in the bundled store (731 today), read once."""
        if self._names is None:
            try:
                self._names = frozenset(name for (name,) in self._conns[0].execute("SELECT name FROM names"))
            except sqlite3.OperationalError:
                self._names = frozenset()
        return self._names

    def warm(self) -> None:
        """Read now what the first keystroke would otherwise wait for: the bundled store's exact
        names, its rowid spans, its ranking function, FTS5's own settings, and its bodies with
        their lower-cased copies (up to _LOWERED: the whole guidebook, ~1.5 MB), so that no
        keystroke reads or lower-cases a bundled body: the first letter of a new word did, for
        up to thirty records. The window calls this once it has painted
        (app.ui.application.after_start)."""
        self._exact_names()
        self._span(ANY_LANG)
        self._rank_function(self._conns[0])
        with contextlib.suppress(sqlite3.OperationalError):  # FTS5 reads its settings at a connection's first MATCH
            self._conns[0].execute(_WARM_SQL).fetchall()
            for rowid, body in self._conns[0].execute(_BODIES_SQL, (_LOWERED,)):
                self._bodies.setdefault(rowid, body or "")
                self._lowered(rowid, self._bodies[rowid])

    def suggest(self, text: str, n: int = 5, lang: str | None = None) -> list[str]:
        """Nearest index words to each typed word, for a 'did you mean' when nothing matched.

        With `lang`, only words of that language's texts are offered (a Cyrillic word is
        matched against Russian): an English interface does not suggest German words. A Latin
        word typed in the Russian interface ("dezerter") is matched against every language's
        words: Russian has none in Latin letters, and nothing was offered.
        """
        parsed = parse(clean_input(text), as_you_type=False)
        if parsed.empty:
            return []
        out: list[str] = []
        for token in parsed.tokens:
            low = token.lower()
            cyrillic = re.search(r"[\u0400-\u04FF]", low) is not None
            word_lang = "ru" if cyrillic else (None if lang == "ru" else lang)
            vocab = self._vocabulary() if word_lang is None else self._language_vocabulary(word_lang)
            for word in _close_matches(low, vocab, n=n, cutoff=0.7):
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
                    for title, body in conn.execute("SELECT title, body FROM records WHERE lang IN (?, '*')",
                                                    (lang,)):
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


def _close_matches(word: str, vocab: list[str], n: int, cutoff: float) -> list[str]:
    """difflib's close matches; difflib loads with the first suggestion, not at start (#19)."""
    import difflib

    return difflib.get_close_matches(word, vocab, n=n, cutoff=cutoff)
