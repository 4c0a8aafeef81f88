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

from dataclasses import dataclass

from app.importer import headings as hd
from app.importer.html_text import html_blocks

FORMATS = ("txt", "md", "html", "pdf")
MAX_SECTIONS = 1000  # more headings than this: the rest stay text of the last section
_TITLE_WORDS = 12


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


def short_title(text: str, words: int = _TITLE_WORDS) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    parts = line[:400].split()
    title = " ".join(parts[:words])
    return title + ("…" if len(parts) > words else "")


def _trim(text: str) -> str:
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).rstrip()


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
    if any(b.level for b in blocks):
        detected = hd.detect_marked(blocks)
    else:
        detected = hd.detect_plain(blocks)
    heads = list(detected.headings[:MAX_SECTIONS])
    parent_pos = hd.parents(heads)
    sections: list[Section] = []
    offset = 1
    first_start = blocks[heads[0].index].start if heads else len(text)
    preamble = _trim(text[:first_start])
    if preamble.strip():
        sections.append(Section(1, short_title(preamble), 1, None, preamble))
        offset = 2
    for pos, h in enumerate(heads):
        start = blocks[h.index].end
        end = blocks[heads[pos + 1].index].start if pos + 1 < len(heads) else len(text)
        parent = parent_pos[pos]
        sections.append(Section(pos + offset, h.title, h.level,
                                None if parent is None else parent + offset, _trim(text[start:end])))
    first_heading = heads[0].title if heads and heads[0].index == 0 else ""
    return Outline(fmt, text, tuple(sections), first_heading, detected.subtitle, html_title, doc_title)


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
