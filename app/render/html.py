"""HTML escaping for everything typed or stored: one definition, no Markdown engine needed."""

from __future__ import annotations

import html


def escape(text: str) -> str:
    return html.escape(text, quote=True)
