"""Find a report's headings and their levels.

Three kinds of input:
- Markdown: ATX (`#` … `####`) and setext (`===`, `---`) headings; `#` inside fenced
  code is text. Levels 5–6 stay body text.
- HTML: h1–h4 (from `html_text`), passed in as blocks with their level.
- Plain text in the report style, where a heading is a short line on its own (a "block"
  between blank lines) that looks like a title: at most 14 words (20 when another heading
  follows directly, as chapter titles run longer), first letter upper-case, no final full
  stop (also not before a closing quote; an abbreviation such as "e.V." is fine), not
  ending in ':' ';' ',', not a list item, mostly letters, and followed by more text.

Plain text has no levels, so they are inferred: a heading directly followed by another
heading (no paragraph between) opens a chapter (level 1); the headings after it are its
subsections (level 2) until the next chapter. Before the first chapter, headings are level 1.

Guards that keep body text from being mistaken for headings:
- a run of at least 4 short blocks with numbers among them is a table (e.g. the report's
  "Applications / 1.150 / 2.337 / decided / …"): none of its lines is a heading;
- a block right after a block ending in ':' is what that block introduces, not a heading;
- a run of 4 or more heading-like blocks in a row is a list (a contents page, an address);
- the last block of the document is never a heading.
The first block is the document's title; a heading-like line right after it that ends in
'?' or is followed by a byline ("by …") or a date is its subtitle, not a chapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

MAX_HEADING_WORDS = 14
MAX_CHAPTER_WORDS = 20  # a line directly followed by another heading may be longer
MAX_HEADING_CHARS = 200
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·▪◦‣⁃–—>]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s|\([a-zA-Z0-9]{1,3}\)\s)")
_NUMBERING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|[IVXLC]{1,6}\.\s+)")
_OPENERS = "\"'«„“”‘’‚‹›([{¿¡*_"
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_SPACES = re.compile(r"\s")
_JOINERS = frozenset({"-", "–", "—", "&", "/", "+", "|"})
_CLOSERS = "\"'»“”’‹›)]}*_ "
_ABBREV_END = re.compile(r"(?:\b\w{1,3}\.\w{1,3}\.|\b(?:etc|Inc|Ltd|Co|Dr|St|Jr|Sr|No|Nr|vs|Corp|bzw|usw|ggf)\.)$")
_NUMERIC = re.compile(r"[\d\s.,:;%/+\-–—()€$£₽~<>*=]+")
_BYLINE = re.compile(r"^(?:by|von|от|published by|herausgegeben von|autor|author)[\s:]+\S", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\(?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\)?$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def atx_heading(line: str) -> tuple[int, str | None] | None:
    r"""(number of #, the heading's text or None) when `line` is an ATX heading, else None.

    Exactly what ^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$ matched, with string
    operations: that expression backtracked quadratically in a line's length ('# a', 40,000
    spaces, 'b' took 22 s). The optional closing run of # is taken off when a space or tab
    stands before it."""
    i = 0
    while i < 3 and i < len(line) and line[i] == " ":
        i += 1
    j = i
    while j < len(line) and line[j] == "#":
        j += 1
    hashes = j - i
    if not 1 <= hashes <= 6:
        return None
    rest = line[j:]
    if not rest:
        return hashes, None
    if rest[0] not in " \t":
        return None  # "#hashtag"
    core = rest.lstrip(" \t").rstrip(" \t")
    bare = core.rstrip("#")
    if bare != core and bare[-1:] in (" ", "\t"):
        core = bare.rstrip(" \t")  # "## Title ##"
    return hashes, core


def _words(text: str) -> int:
    r"""Whitespace-separated tokens with a letter or digit in them (what \S*[^\W_]\S* found,
    in linear time)."""
    return sum(1 for token in text.split() if _ALNUM.search(token))


class Block(NamedTuple):
    """A stretch of the source text: [start, end) offsets and its text (a tuple: there
    can be a million of them in a hostile file, and tuples are cheap)."""

    start: int
    end: int
    text: str
    level: int = 0      # an explicit heading level (Markdown/HTML), 0 for body text
    title: str = ""     # the heading's words without markup (explicit headings only)


@dataclass(frozen=True)
class Heading:
    index: int   # index of the block
    title: str
    level: int


@dataclass(frozen=True)
class Detected:
    headings: tuple[Heading, ...]
    subtitle: str = ""


# ---------------------------------------------------------------- block segmentation

_BLANK_RUN = re.compile(r"\n(?:[ \t\f\v\r]*\n)+")


def plain_blocks(text: str) -> list[Block]:
    """Runs of non-blank lines, separated by blank (or whitespace-only) lines."""
    blocks: list[Block] = []
    pos = 0
    for m in _BLANK_RUN.finditer(text):
        _add_block(blocks, text, pos, m.start())
        pos = m.end()
    _add_block(blocks, text, pos, len(text))
    return blocks


def _blank(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is empty or whitespace only (without copying a long line that
    does not start with a space)."""
    return start >= end or (text[start].isspace() and not text[start:end].strip())


def _add_block(blocks: list[Block], text: str, start: int, end: int) -> None:
    # drop whitespace-only lines at the edges (only possible at the start and end of the text),
    # one line at a time: a block can be a whole report of two million lines
    while start < end:
        nl = text.find("\n", start, end)
        if nl < 0:
            if _blank(text, start, end):
                return
            break
        if not _blank(text, start, nl):
            break
        start = nl + 1
    if start >= end:
        return
    while True:
        nl = text.rfind("\n", start, end)
        if nl < 0 or not _blank(text, nl + 1, end):
            break
        end = nl
    blocks.append(Block(start, end, text[start:end]))


_ATX_MARK = re.compile(r"^#{1,6}\s+")


def without_heading_mark(line: str) -> str:
    """A plain-text line written with Markdown's "# " before it, without the marks: a .txt
    report was titled "# Отчёт о мобилизации" (adversarial trial, 1 Dec 2026)."""
    return _ATX_MARK.sub("", line) or line


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    return title.strip("*_` ").strip() or title


def markdown_blocks(text: str) -> list[Block]:
    """Heading lines as their own blocks (with level), other text grouped at blank lines."""
    blocks: list[Block] = []
    start = end = -1
    para_lines = 0
    fence = ""

    def close() -> None:
        nonlocal start, para_lines
        if start >= 0:
            blocks.append(Block(start, end, text[start:end]))
        start, para_lines = -1, 0

    pos = 0
    for line in text.split("\n"):  # each line's [s, e) in `text`: no regular expression splits them
        s = pos
        e = pos = s + len(line)
        pos += 1
        if fence:
            if line.strip().startswith(fence):
                fence = ""
            end = e
            continue
        if not line or line.isspace():  # a blank line (a million of them: no regex, no call)
            if start >= 0:
                close()
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)[:3]
            if start < 0:
                start = s
            end = e
            para_lines += 2  # a code block is never a setext heading's text
            continue
        atx = atx_heading(line)
        if atx and (atx[1] or "").strip() and atx[0] <= 4:
            close()
            blocks.append(Block(s, e, line, atx[0], _clean_title(atx[1] or "")))
            continue
        setext = _SETEXT.match(line)
        if setext and start >= 0 and para_lines == 1:
            title = text[start:end]
            if not _LIST_ITEM.match(title):
                blocks.append(Block(start, e, text[start:e], 1 if setext.group(1)[0] == "=" else 2,
                                    _clean_title(title)))
                start, para_lines = -1, 0
                continue
        if start < 0:
            start = s
        end = e
        para_lines += 1
    close()
    return blocks


# ---------------------------------------------------------------- plain-text headings

def heading_words(text: str) -> int:
    """The number of words if `text` looks like a heading of any length, else 0."""
    if len(text) > MAX_HEADING_CHARS and not text[0].isspace() and not text[-1].isspace():
        return 0  # too long even stripped (no copy of a block that can be the whole report)
    t = text.strip()
    if not t or len(t) > MAX_HEADING_CHARS or "\n" in t:
        return 0
    core = _NUMBERING.sub("", t, count=1).lstrip(_OPENERS + " ")
    if not core or not core[0].isalpha() or not core[0].isupper():
        return 0
    bare = t.rstrip(_CLOSERS)
    if not bare or bare[-1] in ":;,":
        return 0
    if bare[-1] == "." and not _ABBREV_END.search(bare):
        return 0
    if _LIST_ITEM.match(t) or t[:4].lower() in ("http", "www."):
        return 0
    tokens = t.split()
    words = _words(t)
    if len(tokens) - words - sum(1 for w in tokens if w in _JOINERS) >= 2:
        return 0  # "Keywords: ⇒ A ⇒ B": symbols between words make a list, not a title
    letters = len(_LETTER.findall(t))
    visible = len(t) - len(_SPACES.findall(t))
    if letters < 2 or letters < 0.6 * visible:
        return 0
    return words


def is_heading_like(text: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A short title line: the report style of heading (see the module docstring)."""
    return 0 < heading_words(text) <= max_words


def _short_cell(text: str) -> bool:
    if len(text) > 50 and not text[0].isspace() and not text[-1].isspace():
        return False
    t = text.strip()
    return ("\n" not in t and len(t) <= 50 and len(t.split()) <= 6 and not t.endswith(":")
            and not (t.endswith(".") and not _NUMERIC.fullmatch(t)))


def _numeric(text: str) -> bool:
    t = text.strip()
    return bool(t) and any(c.isdigit() for c in t) and bool(_NUMERIC.fullmatch(t))


def table_indices(blocks: list[Block]) -> set[int]:
    """Blocks that belong to a table laid out one cell per line."""
    out: set[int] = set()
    i, n = 0, len(blocks)
    while i < n:
        if not _short_cell(blocks[i].text):
            i += 1
            continue
        j = i
        while j < n and _short_cell(blocks[j].text):
            j += 1
        run = range(i, j)
        numbers = sum(_numeric(blocks[k].text) for k in run)
        if len(run) >= 4 and numbers >= 2 and numbers * 4 >= len(run):
            out.update(run)
        i = j
    return out


def detect_plain(blocks: list[Block]) -> Detected:
    n = len(blocks)
    tables = table_indices(blocks)
    words = [heading_words(b.text) for b in blocks]
    cand = [False] * n
    for i in range(n - 1):  # the last block is never a heading
        w = words[i]
        if not w or w > MAX_CHAPTER_WORDS or i in tables:
            continue
        if w > MAX_HEADING_WORDS and not 0 < words[i + 1] <= MAX_HEADING_WORDS:
            continue
        if i > 0 and blocks[i - 1].text.rstrip().endswith(":"):
            continue
        cand[i] = True
    # a run of 4+ heading-like blocks is a list, not headings
    i = 0
    while i < n:
        if cand[i]:
            j = i
            while j < n and cand[j]:
                j += 1
            if j - i >= 4:
                for k in range(i, j):
                    cand[k] = False
            i = j
        else:
            i += 1
    subtitle = ""
    if n > 2 and cand[0] and cand[1] and not cand[2]:
        second = blocks[1].text.strip()
        third = blocks[2].text.strip()
        if second.endswith("?") or _BYLINE.match(third) or _DATE_LINE.match(third):
            subtitle = " ".join(second.split())
            cand[1] = False
    headings: list[Heading] = []
    chapter_seen = False
    for i in range(n):
        if not cand[i]:
            continue
        follows_heading = i > 0 and cand[i - 1]
        opens_chapter = i + 1 < n and cand[i + 1]
        if opens_chapter and not follows_heading:
            level = 1
            chapter_seen = True
        else:
            level = 2 if chapter_seen else 1
        headings.append(Heading(i, without_heading_mark(" ".join(blocks[i].text.split())), level))
    return Detected(tuple(headings), subtitle)


# ---------------------------------------------------------------- explicit headings

def detect_marked(blocks: list[Block]) -> Detected:
    """Markdown/HTML headings; levels compacted so the top level is 1.

    When the first heading is the only one at the highest level (a document title over
    chapters), it becomes a level-1 section of its own (the introduction) and the chapters
    below it become level 1 too, matching what plain text gives for the same report.
    """
    marked = [(i, b) for i, b in enumerate(blocks) if b.level]
    if not marked:
        return Detected(())
    levels = [b.level for _, b in marked]
    top = min(levels)
    title_first = levels[0] == top and levels.count(top) == 1 and len(marked) > 1
    rest = sorted(set(levels[1:] if title_first else levels))
    rank = {lv: k + 1 for k, lv in enumerate(rest)}
    headings = []
    for pos, (i, b) in enumerate(marked):
        level = 1 if (title_first and pos == 0) else rank[b.level]
        headings.append(Heading(i, b.title or " ".join(b.text.split()), level))
    return Detected(tuple(headings))


def parents(headings: tuple[Heading, ...] | list[Heading]) -> list[int | None]:
    """For each heading, the position (in `headings`) of its parent, or None at the top."""
    out: list[int | None] = []
    stack: list[int] = []
    for pos, h in enumerate(headings):
        while stack and headings[stack[-1]].level >= h.level:
            stack.pop()
        out.append(stack[-1] if stack else None)
        stack.append(pos)
    return out
