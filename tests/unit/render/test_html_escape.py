"""The app's HTML escaping (app/render/html.py) gives exactly what the standard library's
html.escape gives, for any text: it only avoids loading that module's entity table at start."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from app.render.html import escape

TRICKY = "<script>alert('x')</script> & \"quoted\" — «дезертир» &amp; ’"


@given(st.text())
def test_escape_matches_the_standard_library_for_any_text(text: str) -> None:
    assert escape(text) == html.escape(text, quote=True)
    assert escape(text, quote=False) == html.escape(text, quote=False)


def test_escape_of_markup_quotes_and_entities() -> None:
    assert escape(TRICKY) == html.escape(TRICKY)
    assert escape("a & b") == "a &amp; b" and escape("&amp;") == "&amp;amp;"  # never unescapes
    assert escape("'\"", quote=False) == "'\""
