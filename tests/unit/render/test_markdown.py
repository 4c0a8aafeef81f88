"""Markdown rendering escapes raw HTML, so content can never inject markup."""

from app.render.html import paragraphs_html
from app.render.markdown import to_html, to_text


def test_raw_html_is_escaped() -> None:
    out = to_html("Hello <script>alert(1)</script> <img src=x onerror=y>")
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out


def test_links_tables_and_text() -> None:
    md = "See [Dublin](guide://law/x).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
    html = to_html(md)
    assert '<a href="guide://law/x">Dublin</a>' in html and '<table border="1"' in html
    text = to_text(md)
    assert "See Dublin." in text and "1 | 2" in text and "guide://" not in text


def test_plain_paragraphs_escape_everything() -> None:
    assert paragraphs_html("a <b>\nc\n\nd") == "<p>a &lt;b&gt;<br>c</p><p>d</p>"


def test_text_after_a_table_keeps_its_spaces() -> None:
    """A term page printed "Related terms:draft evader" in the terminal after its table."""
    from app.render.markdown import html_to_text

    html = "<table><tr><td>a</td> <td>b</td></tr></table><p><b>Related terms:</b> <a>draft evader</a></p>"
    assert html_to_text(html) == "a | b\n\nRelated terms: draft evader"
