"""Markdown to HTML and to plain text, with raw HTML disabled.

Raw HTML in content is escaped rather than passed through, so neither authored nor
imported text can smuggle scripts, forms or remote images into the reader or a sheet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from app.render.typography import keep_together, plain


def _keep_together(state: StateCore) -> None:
    """The text of every paragraph, item and cell, not links' targets or code (app.render.typography)."""
    for token in state.tokens:
        for child in token.children or ():
            if child.type == "text":
                child.content = keep_together(child.content)


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")
    md.core.ruler.push("keep_together", _keep_together)  # after text_join: a run of text is one token
    return md


def to_html(markdown_text: str) -> str:
    # Qt's rich text draws cell borders from the table's own attributes: a stylesheet border
    # on td reaches only cells without an inline style, so right-aligned number columns had none
    return _md().render(markdown_text).replace("<table>", '<table border="1" cellspacing="0" cellpadding="4">')


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "ul", "ol", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._cell = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._cell = 0
        elif tag in ("td", "th"):
            if self._cell:
                self.parts.append(" | ")
            self._cell += 1
        elif tag == "li":
            self.parts.append("\n- ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._cell = 0  # after a table, whitespace is text again ("Related terms: draft evader")
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._cell and not data.strip():
            return  # whitespace between table cells
        self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip()


def to_text(markdown_text: str) -> str:
    """Plain text for the search index and the terminal: links reduced to their words, ordinary
    spaces and hyphens where the page keeps words together."""
    return plain(html_to_text(to_html(markdown_text)))


def inline_html(markdown_text: str) -> str:
    """One line of Markdown (a list item) as inline HTML, without a <p> wrapper."""
    return _md().renderInline(markdown_text)


_ANCHOR = re.compile(r"</?a\b[^>]*>")


def strip_links(fragment: str) -> str:
    """Keep a link's words, drop the link: a printed page cannot be clicked."""
    return _ANCHOR.sub("", fragment)
