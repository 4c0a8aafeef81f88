"""Snippets with the matched words marked, cut from a record's text in Python.

FTS5's snippet() re-tokenises every hit's whole text inside the query: for long Russian
sections that cost ~0.08 ms a hit, most of a keystroke's budget. A regular expression for
the typed words (as prefixes, like the search) finds the same place in a fraction of that.

A snippet is one line of clean text. The indexed text keeps the blocks of the page (a
bundled body is Markdown rendered to text: headings, "- " list items and " | " table rows
on lines of their own; an imported .md section is raw Markdown), so only the few hundred
characters around the match are cleaned: list, heading and quote markers, emphasis, link
syntax and table pipes are dropped, and blocks are joined so that a heading does not run
into the next paragraph ("Where they go — Most go to …").
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from functools import cached_property, lru_cache
from operator import methodcaller

from app.store.marks import MARK_CLOSE, MARK_OPEN

BEFORE, AFTER = 70, 150
_SLACK = 20  # raw text taken beyond the window on each side: cleaning only ever shortens it
_TOGETHER = 90  # characters within which all the words count as one phrase (about ten words)
_MAX_TOGETHER = 8  # more words than this are not looked for together

# block level: what a line starts with
_HEADING = re.compile(r"^#{1,6}\s+|\s+#+$")
_QUOTE = re.compile(r"^(?:>\s?)+")
_ITEM = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])(?:\s+|$)")  # an empty item is dropped
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
# inline: the words of links and images, emphasis and code without their markers
_LINK = re.compile(r"!?\[([^\[\]]*)\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\[\]]*\])")
_LINK_TAIL = re.compile(r"\]\((?:guide|https?|mailto|file):[^()\s]*\)")  # a link cut by the window
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"
                 r"|(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`+([^`]+)`+")
_STRAY = re.compile(r"\*{2,}|~~|`")
_DOUBLE_STOP = re.compile(r"([?!])\.(?!\.)")  # "… since September 2023?." (a title ending in ? + .)
_MARKERS = frozenset("-*_|:#>+•0123456789")
_CLOSING = "\"'»“”’)]"
_PUNCTUATION = frozenset(".!?:;…,—–-")


def _marked(match: re.Match[str]) -> str:
    """A match wrapped in the markers. A function, not a template with a group reference:
    Python 3.11 expands such a template in Python for every match, twice as slow (#19)."""
    return MARK_OPEN + match.group() + MARK_CLOSE


# re.sub's replacement by a group, as a C-level callable for the same reason as `_marked`
_GROUP_1, _GROUP_2 = methodcaller("group", 1), methodcaller("group", 2)


@lru_cache(maxsize=256)
def _pattern(prefixes: tuple[str, ...], whole: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """Typed words as they stand in the text: prefix terms with any ending, whole terms alone."""
    parts = [re.escape(t) + r"\w*" for t in sorted(set(prefixes), key=len, reverse=True) if t]
    parts += [re.escape(t) + r"(?!\w)" for t in sorted(set(whole) - set(prefixes), key=len, reverse=True) if t]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


@lru_cache(maxsize=256)
def _lowered_pattern(prefixes: tuple[str, ...], whole: tuple[str, ...]) -> re.Pattern[str] | None:
    r"""`_pattern` for a text lowered with `lower`, written so the regular expression engine can
    skip ahead: each word first, then the look-behind that it begins a word ("мо(?<!\wмо)\w*").
    `_pattern`'s look-behind comes first and IGNORECASE folds every letter, so the engine tries
    every position of the text: 10-20 times slower, most of a keystroke for a short word in a
    long section (#19). The matches are the same."""
    def word(t: str) -> str:
        e = re.escape(t)
        return f"{e}(?<!\\w{e})"

    parts = [word(t) + r"\w*" for t in sorted(set(prefixes), key=len, reverse=True) if t]
    parts += [word(t) + r"(?!\w)" for t in sorted(set(whole) - set(prefixes), key=len, reverse=True) if t]
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=256)
def _words(terms: tuple[str, ...], whole: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """(folded word, is_prefix) for each different word."""
    prefixes, exact = _fold(terms), _fold(whole)
    words = {t: True for t in prefixes if t}
    words.update((t, False) for t in exact if t and t not in words)
    return tuple(words.items())


def lower(text: str) -> str:
    """Lower case with ё read as е, as the index folds it."""
    low = text.lower()
    return low.replace("ё", "е") if "ё" in low else low


def _find(low: str, word: str, prefix: bool, start: int = 0) -> int:
    """The next place `word` begins a word of `low` (and ends one, unless a prefix), or -1."""
    size, i = len(word), low.find(word, start)
    while i >= 0:
        if (i == 0 or not low[i - 1].isalnum()) and (prefix or not low[i + size:i + size + 1].isalnum()):
            return i
        i = low.find(word, i + 1)
    return -1


def together_at(text: str, terms: Sequence[str], whole: Sequence[str] = (), low: str | None = None) -> int:
    """Where all the words first stand close together in `text` (within _TOGETHER characters
    per word after the first, about ten words each), or -1.

    Plain str.find on the lower-cased text (`low`, if the caller has it): several times
    faster than a regular expression (IGNORECASE with look-behind), which matters at one
    call per hit per keystroke."""
    words = _words(tuple(terms), tuple(whole))
    if not words or len(words) > _MAX_TOGETHER:
        return -1
    if low is None:
        low = lower(text)
    # the words' places merged in text order as they are found, not all found first: where
    # the words stand together early in a long text, the rest of it is never searched (#19)
    heap = []
    for n, (word, prefix) in enumerate(words):
        i = _find(low, word, prefix)
        if i < 0:
            return -1
        heap.append((i, n))
    if len(heap) == 1:
        return heap[0][0]
    heapq.heapify(heap)
    reach = _TOGETHER * (len(words) - 1)
    last: dict[int, int] = {}
    while heap:  # the first stretch of at most `reach` characters holding every word
        pos, n = heap[0]
        last[n] = pos
        if len(last) == len(words):
            start = min(last.values())
            if pos - start <= reach:
                return start
        word, prefix = words[n]
        i = _find(low, word, prefix, pos + 1)
        if i >= 0:
            heapq.heapreplace(heap, (i, n))
        else:
            heapq.heappop(heap)
    return -1


def words_together(text: str, terms: Sequence[str], whole: Sequence[str] = ()) -> bool:
    """Whether all the words stand close together somewhere in `text` (see together_at)."""
    return together_at(text, terms, whole) >= 0


def _inline(line: str) -> str:
    if "[" in line:
        line = _LINK_TAIL.sub("", _LINK.sub(_GROUP_1, line))
    if "*" in line or "_" in line:
        line = _STRONG.sub(_GROUP_2, line)
        line = _EM.sub(lambda m: m.group(1) or m.group(2), line)
    if "`" in line:
        line = _CODE.sub(_GROUP_1, line)
    if "*" in line or "~" in line or "`" in line:
        line = _STRAY.sub("", line)
    return line


def _block(line: str, whole_line: bool) -> tuple[str, str]:
    """(kind, text) of one line: kind is 'item', 'row', 'heading' or 'text'; '' text: drop."""
    kind = "text"
    if whole_line and line[0] in _MARKERS:
        if line[0] in "-*_|:" and (_RULE.match(line) or _TABLE_RULE.match(line)):
            return kind, ""
        if line[0] == "#" and _HEADING.match(line):
            line, kind = _HEADING.sub("", line), "heading"
        if line[:1] == ">":
            line = _QUOTE.sub("", line)
        m = _ITEM.match(line)
        if m:
            line, kind = line[m.end():].strip(), "item"
    if "|" in line and (" | " in line or line.startswith("|") or line.endswith("|")):
        cells = [c.strip() for c in line.strip("|").split("|")]
        line, kind = " · ".join(c for c in cells if c), "row"
    return kind, line


def clean_text(text: str, partial_start: bool = False) -> str:
    """Text with line structure and Markdown as one line of plain prose.

    Lines of one paragraph are joined with a space; blocks (paragraphs, headings, list
    items, table rows) with a space after closing punctuation, '; ' between items or rows
    of one list or table, and ' — ' otherwise. `partial_start`: the text begins inside a
    line, so its start is no list marker or heading."""
    if "[" in text or "*" in text or "_" in text or "`" in text or "~" in text:
        text = _inline(text)
    if "\n" not in text and "|" not in text and (partial_start or text.lstrip()[:1] not in _MARKERS):
        out = " ".join(text.split())  # plain prose: only the spaces change
    else:
        parts: list[str] = []
        prev_kind, gap = "", False
        for n, raw in enumerate(text.split("\n")):
            line = raw.strip()
            if not line:
                gap = True
                continue
            kind = "text"
            if line[0] in _MARKERS or "|" in line:  # most lines start with a letter: no regex run
                kind, line = _block(line, whole_line=not (n == 0 and partial_start))
                if not line:
                    gap = True
                    continue
            if parts:
                if not gap and kind == "text" and prev_kind == "text":
                    parts.append(" ")  # a soft line break inside a paragraph
                elif parts[-1].rstrip(_CLOSING)[-1:] in _PUNCTUATION:
                    parts.append(" ")
                elif kind == prev_kind and kind in ("item", "row"):
                    parts.append("; ")
                else:
                    parts.append(" — ")
            parts.append(line)
            prev_kind, gap = kind, False
        out = " ".join("".join(parts).split())
    return _DOUBLE_STOP.sub(_GROUP_1, out) if "?." in out or "!." in out else out


def _fold(terms: Sequence[str]) -> tuple[str, ...]:
    return tuple(t.lower().replace("ё", "е") for t in terms)


@lru_cache(maxsize=256)
def _finder(terms: tuple[str, ...], whole: tuple[str, ...]) -> WordFinder | None:
    prefixes, exact = _fold(terms), _fold(whole)
    lowered = _lowered_pattern(prefixes, exact)
    return WordFinder(prefixes, exact, lowered) if lowered is not None else None


_NEVER = re.compile(r"(?!)")


class WordFinder:
    """The words' matches in a text, found in `lower(text)` with `_lowered_pattern`.

    The places found there are the text's own wherever lowering kept every character one
    character: nearly always; where it did not ("İ" becomes two), the IGNORECASE pattern
    searches the text itself. Found in the lowered text, a word typed with "е" also marks its
    spelling with "ё", as the index finds it."""

    def __init__(self, prefixes: tuple[str, ...], whole: tuple[str, ...], lowered: re.Pattern[str]) -> None:
        self.prefixes, self.whole, self.lowered = prefixes, whole, lowered

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The IGNORECASE pattern, compiled only for a text that needs it: compiling a pattern
        (in Python) was much of the first keystroke of each new word (#19)."""
        return _pattern(self.prefixes, self.whole) or _NEVER

    def _on(self, text: str, low: str | None) -> tuple[re.Pattern[str], str]:
        low = lower(text) if low is None else low
        if len(low) == len(text):
            return self.lowered, low
        return self.pattern, text

    def search(self, text: str, low: str | None = None, pos: int = 0) -> re.Match[str] | None:
        pattern, where = self._on(text, low)
        return pattern.search(where, pos)

    def match(self, text: str, low: str | None = None, pos: int = 0) -> re.Match[str] | None:
        pattern, where = self._on(text, low)
        return pattern.match(where, pos)

    def count(self, text: str) -> int:
        pattern, where = self._on(text, None)
        return len(pattern.findall(where))

    def mark(self, text: str) -> str:
        """`text` with every match wrapped in MARK_OPEN / MARK_CLOSE."""
        pattern, where = self._on(text, None)
        if where is text:
            return pattern.sub(_marked, text)
        out: list[str] = []
        last = 0
        for found in pattern.finditer(where):
            start, end = found.span()
            out += (text[last:start], MARK_OPEN, text[start:end], MARK_CLOSE)
            last = end
        out.append(text[last:])
        return "".join(out)


def word_finder(term: str, prefix: bool) -> WordFinder:
    """One search term as it stands in a text (the same notion of a match as the snippet's)."""
    terms, whole = ((term,), ()) if prefix else ((), (term,))
    return _finder(terms, whole) or WordFinder((), (), _NEVER)


def make_snippet(text: str, terms: Sequence[str], whole: Sequence[str] = (), densest: bool = False,
                 at: int | None = None, low: str | None = None) -> str:
    """A window of clean `text` around the first match, every match wrapped in MARK_OPEN/MARK_CLOSE.

    `terms` match as prefixes (any ending), `whole` only as whole words. With `densest`, the
    window is around the first place where all the words stand close together (together_at;
    `at` if the caller has already found it), for hits ranked for exactly that. `low`: the
    text as `lower` gives it, if the caller has it."""
    pattern = _finder(tuple(terms), tuple(whole))
    first = None
    if pattern is not None:
        low = low if low is not None else lower(text)
        # the first match found with str.find on the lower-cased text, confirmed by the pattern
        # (a word of one or two letters is found inside many words: there the pattern is faster)
        words = _words(tuple(terms), tuple(whole))
        if min(len(w) for w, _p in words) < 3:
            first = pattern.search(text, low)
        else:
            places = [i for i in (_find(low, w, p) for w, p in words) if i >= 0]
            first = (pattern.match(text, low, min(places)) or pattern.search(text, low)) if places else None
        if first is not None and densest:
            if at is None:
                at = together_at(text, terms, whole, low)
            if at > first.start():
                first = pattern.search(text, low, at) or first
    if first is None:
        lo, hi = 0, min(len(text), BEFORE + AFTER + 2 * _SLACK)
    else:
        lo, hi = max(0, first.start() - BEFORE - _SLACK), min(len(text), first.end() + AFTER + _SLACK)
    region = text[lo:hi]
    if MARK_OPEN in region or MARK_CLOSE in region:
        region = region.replace(MARK_OPEN, " ").replace(MARK_CLOSE, " ")
    clean = clean_text(region, partial_start=lo > 0 and text[lo - 1] != "\n")
    cut_before, cut_after = lo > 0, hi < len(text)
    match = None
    if pattern is not None and first is not None:
        low_clean = lower(clean)
        match = pattern.search(clean, low_clean)
        # the same match in the cleaned text: as many matches precede it there as in the raw text
        skip = pattern.count(text[lo:first.start()]) if densest else 0
        while skip and match is not None:
            match, skip = pattern.search(clean, low_clean, match.end()) or match, skip - 1
    if match is None:
        start, end = 0, min(len(clean), BEFORE + AFTER)
    else:
        start, end = max(0, match.start() - BEFORE), min(len(clean), match.end() + AFTER)
    if start > 0 or (cut_before and start == 0 and match is not None):
        # begin at a word: after the first space of the window (the region may begin mid-word)
        space = clean.find(" ", start, match.start()) if match is not None else -1
        start = space + 1 if space >= 0 else start
    if end < len(clean):
        cut = clean.rfind(" ", match.end() if match is not None else 0, end)
        end = cut if cut > 0 else end
    window = clean[start:end].strip(" ;—·")
    if pattern is not None:
        window = pattern.mark(window)
    before = start > 0 or cut_before
    after = end < len(clean) or cut_after
    return ("…" if before else "") + window + ("…" if after else "")
