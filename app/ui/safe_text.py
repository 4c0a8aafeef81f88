"""Text from an imported file shown where Qt would read it as HTML.

Tooltips, message boxes and labels guess: text that looks like HTML is rendered as HTML, so
a heading such as `<img src="…">` in an imported report made the app open a local file.
Everything user-supplied goes through `literal()`: escaped and wrapped, so Qt renders it,
and shows exactly the characters the file holds.
"""

from __future__ import annotations

from app.render.html import escape


def literal(text: str) -> str:
    """Rich text that displays `text` character for character (line breaks kept)."""
    return "<p style='white-space:pre-wrap'>" + escape(text, quote=False) + "</p>"
