"""HTML escaping for everything typed or stored: one definition, no Markdown engine needed."""

from __future__ import annotations

import re

# html.escape's table, as a translation: the standard `html` module loads its table of 2,231
# named entities (html.entities) on import, ~1.3 ms of a start that needs none of them (#19).
# A test holds the two to the same result for any text.
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_ESCAPE_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str, quote: bool = True) -> str:
    """`text` safe inside HTML: & < > always, and with `quote` the quotes an attribute needs."""
    return text.translate(_ESCAPE if quote else _ESCAPE_TEXT)


def paragraphs_html(plain_text: str) -> str:
    """Verbatim plain text (an imported report) as escaped paragraphs."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", plain_text) if b.strip()]
    return "".join(f"<p>{escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)
