"""html_text: readable blocks and headings; active and hidden content dropped; nothing fetched."""

from __future__ import annotations

import socket

import pytest

from app.importer.html_text import Block, html_blocks, looks_like_html

HOSTILE = """<!doctype html><html><head><title>Report &amp; analysis</title>
<meta http-equiv="refresh" content="0;url=http://evil.example/">
<link rel="stylesheet" href="http://evil.example/a.css">
<style>body { background: url(http://evil.example/x.png) } .secret {}</style>
<script>document.write('SCRIPTTEXT'); fetch('http://evil.example/')</script>
</head><body onload="alert('ONLOAD')">
<h1>Main title</h1>
<p>First <b>paragraph</b> with a <a href="http://example.org/x">link</a>.<br>Second line.</p>
<form action="http://evil.example/post">FORMTEXT<input name="q" value="INPUTVALUE"><button>BUTTONTEXT</button></form>
<iframe src="http://evil.example/">IFRAMETEXT</iframe>
<object data="x.swf">OBJECTTEXT</object><embed src="x.swf">
<noscript>NOSCRIPTTEXT</noscript><template><p>TEMPLATETEXT</p></template>
<svg><text>SVGTEXT</text></svg>
<img src="http://evil.example/track.gif" alt="ALTTEXT">
<h2>Figures</h2>
<table><tr><th>Period</th><th>Applications</th></tr><tr><td>2022</td><td>1.150</td></tr>
<tr><td>2023</td><td>2.337</td></tr></table>
<ul><li>one</li><li>two</li></ul>
<h5>Minor heading</h5><p>Tail &lt;not a tag&gt; &#x41;</p>
<script>never closed SCRIPTTAIL
"""


def _all_text(blocks: tuple[Block, ...]) -> str:
    return "\n".join(b.text for b in blocks)


def test_hostile_page_keeps_only_readable_text() -> None:
    doc = html_blocks(HOSTILE)
    text = _all_text(doc.blocks)
    for hidden in ("SCRIPTTEXT", "ONLOAD", "FORMTEXT", "INPUTVALUE", "BUTTONTEXT", "IFRAMETEXT", "OBJECTTEXT",
                   "NOSCRIPTTEXT", "TEMPLATETEXT", "SVGTEXT", "SCRIPTTAIL", ".secret", "evil.example",
                   "http://example.org", "ALTTEXT"):
        assert hidden not in text, hidden
    assert "First paragraph with a link.\nSecond line." in text
    assert "Tail <not a tag> A" in text
    assert doc.title == "Report & analysis"


def test_headings_h1_to_h4_with_levels_and_h5_as_text() -> None:
    doc = html_blocks(HOSTILE)
    assert [(b.text, b.level) for b in doc.blocks if b.level] == [("Main title", 1), ("Figures", 2)]
    assert Block("Minor heading", 0) in doc.blocks


def test_table_stays_one_block_row_by_row() -> None:
    doc = html_blocks(HOSTILE)
    assert Block("Period | Applications\n2022 | 1.150\n2023 | 2.337") in doc.blocks
    assert Block("- one") in doc.blocks and Block("- two") in doc.blocks


@pytest.mark.parametrize("html", ["", "<", "<p", "</p></div></form>", "<form><p>x", "<h1>", "<table><td>x",
                                  "<script>", "<!-- unterminated", "<![CDATA[ x", "&#99999999;", "<h2>a<h3>b</h2>"])
def test_malformed_markup_never_raises(html: str) -> None:
    html_blocks(html)


def test_an_unclosed_form_drops_the_rest() -> None:
    doc = html_blocks("<p>kept</p><form><p>inside</p>")
    assert _all_text(doc.blocks) == "kept"


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.importer.api import preview_bytes

    def refuse(*a, **k):
        raise AssertionError("the importer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    p = preview_bytes(HOSTILE.encode(), "page.html")
    assert [s.title for s in p.sections][:2] == ["Main title", "Figures"]


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html>", True), ("  <html lang=en>", True), ("<p>Hello</p>", True),
    ("Plain text report", False), ("Compare a < b and c > d", False),
])
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@pytest.mark.parametrize("html", ["<![\x01", "<p>Text</p><![bogus section", "<![ <h1>T</h1>"])
def test_a_marked_section_the_parser_cannot_scan_is_read_as_text(html: str) -> None:
    """Found by the fuzzer: Python's HTML parser raised AssertionError on `<![\\x01`."""
    text = "\n".join(block.text for block in html_blocks(html).blocks)
    assert "<![" in text
