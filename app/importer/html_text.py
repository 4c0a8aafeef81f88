"""HTML → text blocks (paragraphs, list items, table rows, headings h1–h4).

Parsed with the standard library's `html.parser`: nothing executes, no URL is fetched,
no resource is loaded. The contents of script, style, form, iframe, object, embed,
noscript, template (and svg, math, form controls) are dropped entirely; links keep
only their words. A table stays one block, one line per row, cells joined by " | ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose whole content is dropped. Void elements (embed) have no content to drop.
DROP = frozenset({"script", "style", "form", "iframe", "object", "noscript", "template",
                  "svg", "math", "select", "textarea", "button", "frameset", "frame", "applet"})
VOID_DROP = frozenset({"embed", "input", "img", "link", "meta", "source", "track", "param"})
BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
                   "blockquote", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "caption",
                   "address", "hr", "body", "center", "details", "summary", "fieldset", "legend"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    text: str
    level: int = 0  # 0: body text; 1–4: a heading of that level


@dataclass(frozen=True)
class HtmlText:
    blocks: tuple[Block, ...]
    title: str  # the <title>, '' when absent


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self._drop: dict[str, int] = {}
        self._buf: list[str] = []
        self._heading = 0
        self._pre = 0
        self._table = 0
        self._rows: list[str] = []
        self._cells: list[str] = []
        self._in_title = False

    # helpers
    @property
    def _dropping(self) -> bool:
        return any(self._drop.values())

    def _flush(self) -> None:
        raw = "".join(self._buf)
        self._buf = []
        if self._pre:
            lines = [ln.rstrip() for ln in raw.split("\n")]
        else:
            lines = [_SPACE.sub(" ", ln).strip() for ln in raw.split("\n")]
        text = "\n".join(ln for ln in lines if ln.strip())
        if not text:
            return
        if self._table:
            self._cells.append(text.replace("\n", " "))
            return
        level = self._heading if 0 < self._heading <= 4 else 0
        if level:
            text = " ".join(text.split())
        self.blocks.append(Block(text, level))

    # parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROP:
            self._drop[tag] = self._drop.get(tag, 0) + 1
            return
        if self._dropping or tag in VOID_DROP:
            return
        if tag == "title":
            self._in_title = True
        elif tag in HEADINGS:
            self._flush()
            self._heading = HEADINGS[tag]
        elif tag == "table":
            self._flush()
            self._table += 1
        elif tag == "tr" and self._table:
            self._end_row()
        elif tag in ("td", "th") and self._table:
            self._flush()
        elif tag == "br":
            self._buf.append("\n")
        elif tag == "pre":
            self._flush()
            self._pre += 1
        elif tag == "li":
            self._flush()
            self._buf.append("- ")
        elif tag in BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """<br/>, <p/> …: a self-closed element never opens a dropped region."""
        if self._dropping:
            return
        if tag == "br":
            self._buf.append("\n")
        elif tag in BLOCK or tag in HEADINGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in DROP:
            if self._drop.get(tag):
                self._drop[tag] -= 1
            return
        if self._dropping:
            return
        if tag == "title":
            self._in_title = False
        elif tag in HEADINGS:
            self._flush()
            self._heading = 0
        elif tag in ("td", "th") and self._table:
            self._flush()
        elif tag == "tr" and self._table:
            self._end_row()
        elif tag == "table" and self._table:
            self._flush()
            self._end_row()
            self._table -= 1
            if not self._table and self._rows:
                self.blocks.append(Block("\n".join(self._rows)))
                self._rows = []
        elif tag == "pre":
            self._flush()
            self._pre = max(0, self._pre - 1)
        elif tag in BLOCK or tag == "li":
            self._flush()

    def _end_row(self) -> None:
        self._flush()
        if self._cells:
            self._rows.append(" | ".join(self._cells))
            self._cells = []

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        if self._in_title:
            self.title_parts.append(data)
            return
        self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        self._end_row()
        if self._rows:
            self.blocks.append(Block("\n".join(self._rows)))
            self._rows = []


_COMMENT_CLOSE = re.compile(r"--\s*>")          # what html.parser ends a comment at
_SECTION_CLOSE = re.compile(r"]\s*]\s*>")        # … a marked section (<![CDATA[ … ]]>)
_MS_SECTION_CLOSE = re.compile(r"]\s*>")          # … a Word conditional (<![if …]>)
_SECTION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*")
_MS_SECTIONS = frozenset({"if", "else", "endif"})


def _last_start(rx: re.Pattern[str], text: str) -> int:
    last = -1
    for m in rx.finditer(text):
        last = m.start()
    return last


def defuse(html: str) -> str:
    """`html` with every `<` that opens markup which never ends written as `&lt;` (text).

    Python's parser, at the end of the input, reads an unterminated tag, end tag, comment,
    declaration or marked section as text only up to the next `<`, and then scans from that
    `<` to the end again: quadratic ("<a " 4,000 times took 1.2 s, a 1 MB file hours).
    Such a `<` reads as text either way, so writing it as `&lt;` changes no text and leaves
    every `<` the parser does look at with its end ahead of it: one pass over the input. A
    `<` before a space, a digit or another `<` is text to the parser too (handed over one
    call per character: a million took 1.3 s); as `&lt;` it joins the text around it.
    """
    if "<" not in html:
        return html
    html = _INERT_LT.sub("&lt;", html)
    last_gt = html.rfind(">")
    comment_close = _last_start(_COMMENT_CLOSE, html) if "<!--" in html else -1
    section_close = ms_close = -1
    if "<![" in html:
        section_close, ms_close = _last_start(_SECTION_CLOSE, html), _last_start(_MS_SECTION_CLOSE, html)
    out: list[str] = []
    pos = 0
    i = html.find("<")
    while i >= 0:
        if i > last_gt:
            unterminated = True
        elif html.startswith("<!--", i):
            unterminated = comment_close < i + 4
        elif html.startswith("<![", i):
            name = _SECTION_NAME.match(html, i + 3)
            ms = name is not None and name.group().lower() in _MS_SECTIONS
            unterminated = (ms_close if ms else section_close) < i + 3
        else:
            unterminated = False
        if unterminated:
            out.append(html[pos:i])
            out.append("&lt;")
            pos = i + 1
        i = html.find("<", i + 1)
    if not out:
        return html
    out.append(html[pos:])
    return "".join(out)


_INERT_LT = re.compile(r"<(?![a-zA-Z/!?])")  # a "<" the parser reads as text whatever follows


def html_blocks(html: str) -> HtmlText:
    """The readable text of `html` as blocks; never raises on malformed markup."""
    parser = _Extractor()
    html = defuse(html)
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        # Python's parser raises AssertionError on a marked section (`<![`) it cannot scan,
        # e.g. `<![\x01`: retry with every `<![` read as text, so the report still imports
        parser = _Extractor()
        parser.feed(html.replace("<![", "&lt;!["))
        parser.close()
    title = " ".join("".join(parser.title_parts).split())
    return HtmlText(tuple(parser.blocks), title)


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|h[1-4]|p|div)[\s>]", head))
