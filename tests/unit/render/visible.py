"""What a reader sees of a rendered HTML fragment: its words, one block a line, table cells
joined by " | ". Kept apart from app.render.markdown.html_to_text so that the renderers'
tests do not depend on the code that feeds the search index."""

from __future__ import annotations

import html
import re

_BREAKS = re.compile(r"<br\s*/?>|</(?:p|h[1-6]|li|tr|table|ul|ol)>|<hr\s*/?>", re.I)
_CELL = re.compile(r"</t[dh]>\s*<t[dh][^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def visible_text(fragment: str) -> str:
    text = _CELL.sub(" | ", fragment)
    text = _BREAKS.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
