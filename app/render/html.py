"""HTML escaping for everything typed or stored: one definition, no Markdown engine needed."""

from __future__ import annotations

import html
import re


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs_html(plain_text: str) -> str:
    """Verbatim plain text (an imported report) as escaped paragraphs."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", plain_text) if b.strip()]
    return "".join(f"<p>{escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)
