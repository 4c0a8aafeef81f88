"""Cut a report into sections: id, title, level, parent, order and the verbatim text.

A section's text is exactly the source text between its heading and the next heading
(leading blank lines and trailing whitespace trimmed): nothing is reflowed, so a table
laid out one cell per line, a quotation or a list stays as the report has it. Text before
the first heading (when the report does not open with one) becomes a section of its own.
For HTML the "source" is the readable text `html_text` extracted, blocks separated by a
blank line; the markup itself is never kept. For PDF it is the text `pdf_text` rebuilt
from the text layer (paragraphs separated by a blank line), cut at the PDF's outline
(bookmarks) when it has one: `outline_blocks`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from app.importer import headings as hd
from app.importer.html_text import html_blocks

FORMATS = ("txt", "md", "html", "pdf")
MAX_SECTIONS = 1000  # more headings than this: the rest stay text of the last section
_TITLE_WORDS = 12
# No section is longer than this: a longer one is cut into parts of at most this many
# characters, at a paragraph break, else a line break, else a space (else anywhere), each
# titled "<heading> (part n)". What the window renders and `show` prints at once is bounded
# by it, whatever the file (a 49 MB report of one heading, a 30 MB line without a break).
MAX_SECTION_CHARS = 200_000
MAX_TITLE_CHARS = 200
PART_WORDS = {"en": "part", "ru": "часть", "de": "Teil"}
_BREAK = re.compile(r"[\n \t]*")


@dataclass(frozen=True)
class Section:
    id: int                 # 1-based, in reading order
    title: str
    level: int              # 1 = top level
    parent: int | None      # id of the parent section
    text: str               # verbatim original text under the heading

    @property
    def order(self) -> int:
        return self.id


@dataclass(frozen=True)
class Outline:
    fmt: str
    text: str                       # the text the sections were cut from
    sections: tuple[Section, ...]
    first_heading: str              # title of a heading that opens the document, '' if none
    subtitle: str                   # a subtitle line under the title (plain text), '' if none
    html_title: str = ""            # an HTML <title>, '' if none
    doc_title: str = ""             # a PDF's document information Title, '' if none (or a file name)


def _first_line(text: str) -> str:
    """The first line with more than whitespace in it, stripped (only its first 400 characters
    matter). Read from the first 64 K characters when they decide it: a list of every line of a
    50 MB report took 150 MB."""
    head = text[:65536]
    lines = head.splitlines()
    cut = len(head) < len(text)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if not cut or i < len(lines) - 1:
            return stripped
        lead = line.lstrip()  # the last line of the head goes on: only a long start decides
        if len(lead) >= 400:
            return lead
        break
    else:
        if not cut:
            return ""
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")


def short_title(text: str, words: int = _TITLE_WORDS) -> str:
    line = hd.without_heading_mark(_first_line(text).strip())
    parts = line[:400].split()
    title = " ".join(parts[:words])
    return title + ("…" if len(parts) > words else "")


def _trim(text: str, start: int = 0, end: int | None = None) -> str:
    """text[start:end] without its leading blank lines and trailing whitespace (the first line
    keeps its indentation). One copy of what is kept, no list of lines: a section can be a
    whole 50 MB report of two million lines."""
    end = len(text) if end is None else end
    while True:
        nl = text.find("\n", start, end)
        if nl < 0 or text[start:nl].strip():
            break
        start = nl + 1
    tail = text[max(start, end - 4096):end]
    kept = tail.rstrip()
    if kept or len(tail) == end - start:  # all the trailing whitespace is in the tail
        return text[start:end - (len(tail) - len(kept))]
    return text[start:end].rstrip()


def _html_source(html: str) -> tuple[str, list[hd.Block], str]:
    extracted = html_blocks(html)
    parts: list[str] = []
    blocks: list[hd.Block] = []
    pos = 0
    for b in extracted.blocks:
        if parts:
            pos += 2
        blocks.append(hd.Block(pos, pos + len(b.text), b.text, b.level, b.text if b.level else ""))
        parts.append(b.text)
        pos += len(b.text)
    return "\n\n".join(parts), blocks, extracted.title


def outline(text: str, fmt: str) -> Outline:
    """Sections of `text` (already decoded) in format 'txt', 'md', 'html' or 'pdf' (text
    already extracted; without its outline, see `outline_blocks`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    html_title = ""
    if fmt == "html":
        text, blocks, html_title = _html_source(text)
    elif fmt == "md":
        blocks = hd.markdown_blocks(text)
    else:
        blocks = hd.plain_blocks(text)
    if fmt == "md" and not any(b.level for b in blocks):
        blocks = hd.plain_blocks(text)
    return outline_blocks(text, blocks, fmt, html_title=html_title)


def outline_blocks(text: str, blocks: list[hd.Block], fmt: str, html_title: str = "",
                   doc_title: str = "") -> Outline:
    """Sections of `text` already cut into `blocks` (in order, not overlapping). Blocks with a
    level are the headings; when none has one, headings are detected as in plain text."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    detected = hd.detect_marked(blocks) if any(b.level for b in blocks) else hd.detect_plain(blocks)
    heads = list(detected.headings[:MAX_SECTIONS])
    parent_pos = hd.parents(heads)
    sections: list[Section] = []
    offset = 1
    first_start = blocks[heads[0].index].start if heads else len(text)
    preamble = _trim(text, 0, first_start)
    if preamble.strip():
        sections.append(Section(1, short_title(preamble), 1, None, preamble))
        offset = 2
    for pos, h in enumerate(heads):
        start = blocks[h.index].end
        end = blocks[heads[pos + 1].index].start if pos + 1 < len(heads) else len(text)
        parent = parent_pos[pos]
        sections.append(Section(pos + offset, h.title, h.level,
                                None if parent is None else parent + offset, _trim(text, start, end)))
    first_heading = heads[0].title if heads and heads[0].index == 0 else ""
    return Outline(fmt, text, tuple(sections), first_heading, detected.subtitle, html_title, doc_title)


def cut_title(title: str, limit: int = MAX_TITLE_CHARS) -> str:
    """A title of at most `limit` characters (a heading can be a whole line of a file)."""
    if len(title) <= limit:
        return title
    cut = title[:limit - 1]
    space = cut.rfind(" ", limit // 2)
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def _cut_at(text: str, start: int, limit: int) -> int:
    """Where a part that starts at `start` ends: the last paragraph break, else line break,
    else space in the second half of the next `limit` characters, else after `limit`
    characters (not before a combining mark). Linear: each part looks at its own window."""
    hi = start + limit
    lo = start + limit // 2
    for sep in ("\n\n", "\n", " ", "\t"):
        at = text.rfind(sep, lo, hi)
        if at > start:
            return at
    while hi > lo and unicodedata.combining(text[hi]):
        hi -= 1
    return hi


def cut_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """`text` as parts of at most `limit` characters (one part when it is short enough)."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    start, n = 0, len(text)
    while n - start > limit:
        end = _cut_at(text, start, limit)
        part = _trim(text, start, end)
        if part.strip():
            parts.append(part)
        brk = _BREAK.match(text, end)  # `[\n \t]*` matches everywhere, if only the empty string
        start = brk.end() if brk else end  # the break itself belongs to neither part
    tail = _trim(text, start)
    if tail.strip() or not parts:
        parts.append(tail)
    return parts


def bounded(out: Outline, lang: str = "en", limit: int = MAX_SECTION_CHARS) -> Outline:
    """`out` with every section of more than `limit` characters cut into parts (consecutive
    sections at its level, "<heading> (part n)"; its subsections follow the last part) and
    every title at most MAX_TITLE_CHARS long. Numbers stay 1, 2, 3 … in reading order."""
    if all(len(s.text) <= limit and len(s.title) <= MAX_TITLE_CHARS for s in out.sections):
        return out
    word = PART_WORDS.get(lang, PART_WORDS["en"])
    sections: list[Section] = []
    last_part: dict[int, int] = {}  # a section's number -> the number of its last part
    for s in out.sections:
        title = cut_title(s.title)
        parent = last_part.get(s.parent) if s.parent is not None else None
        parts = cut_text(s.text, limit)
        for k, part in enumerate(parts, start=1):
            name = f"{title} ({word} {k})" if len(parts) > 1 else title
            sections.append(Section(len(sections) + 1, name, s.level, parent, part))
        last_part[s.id] = len(sections)
    return replace(out, sections=tuple(sections))


def format_for(name: str, text: str) -> str:
    """'txt', 'md' or 'html' from the file name, or from the text when the name says nothing
    (a PDF is recognised from its bytes before it is text: `pdf_text.is_pdf`)."""
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix in ("html", "htm", "xhtml"):
        return "html"
    if suffix in ("md", "markdown"):
        return "md"
    if suffix == "txt":
        return "txt"
    from app.importer.html_text import looks_like_html

    return "html" if looks_like_html(text) else "txt"
