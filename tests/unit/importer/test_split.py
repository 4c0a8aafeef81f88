"""split: sections with verbatim text, ids, levels and parents, for each format."""

from __future__ import annotations

import pytest

from app.importer.split import MAX_SECTIONS, format_for, outline

PARA = "This paragraph explains the matter in a full sentence."


def test_plain_sections_keep_their_text_verbatim() -> None:
    text = ("Report title\n\nIntro line one\nline two   with  spaces\n\nChapter\n\nSection\n\n"
            "  indented quote\n\n\n\n" + PARA + "\n\nLast section\n\n" + PARA + "\n")
    o = outline(text, "txt")
    assert [(s.id, s.title, s.level, s.parent) for s in o.sections] == [
        (1, "Report title", 1, None), (2, "Chapter", 1, None), (3, "Section", 2, 2), (4, "Last section", 2, 2)]
    assert o.sections[0].text == "Intro line one\nline two   with  spaces"
    assert o.sections[1].text == ""
    assert o.sections[2].text == "  indented quote\n\n\n\n" + PARA
    for s in o.sections:
        assert s.text in text


def test_text_before_the_first_heading_is_a_section() -> None:
    o = outline("Some opening words that are a sentence.\n\n# Chapter\n\nBody.\n", "md")
    assert [(s.title, s.level) for s in o.sections] == [("Some opening words that are a sentence.", 1),
                                                         ("Chapter", 1)]
    assert o.first_heading == ""


def test_no_headings_gives_one_section() -> None:
    o = outline(PARA + "\n\n" + PARA, "txt")
    assert len(o.sections) == 1 and o.sections[0].text == PARA + "\n\n" + PARA


def test_markdown_without_marked_headings_uses_the_report_style() -> None:
    o = outline("Title line\n\n" + PARA + "\n\nNext part\n\n" + PARA, "md")
    assert [s.title for s in o.sections] == ["Title line", "Next part"]


def test_markdown_sections_and_verbatim_markdown() -> None:
    md = "# Title\n\nIntro *with* markup.\n\n## One\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Two\n\n- item\n"
    o = outline(md, "md")
    assert [(s.title, s.level, s.parent) for s in o.sections] == [("Title", 1, None), ("One", 1, None),
                                                                  ("Two", 1, None)]
    assert o.sections[1].text == "| a | b |\n|---|---|\n| 1 | 2 |"


def test_html_sections_from_h1_to_h4() -> None:
    html = ("<h1>Report</h1><p>Intro.</p><h2>Chapter</h2><h3>Part</h3><p>Body <i>text</i>.</p>"
            "<table><tr><td>1.150</td><td>2.337</td></tr></table><h2>Other</h2><p>More.</p>")
    o = outline(html, "html")
    assert [(s.title, s.level, s.parent) for s in o.sections] == [
        ("Report", 1, None), ("Chapter", 1, None), ("Part", 2, 2), ("Other", 1, None)]
    assert o.sections[2].text == "Body text.\n\n1.150 | 2.337"
    assert o.first_heading == "Report"


def test_too_many_headings_are_capped() -> None:
    text = "\n\n".join(f"Heading number {i}\n\n{PARA}" for i in range(MAX_SECTIONS + 50))
    o = outline(text, "txt")
    assert len(o.sections) == MAX_SECTIONS
    assert "Heading number 1049" in o.sections[-1].text


@pytest.mark.parametrize("name, text, fmt", [
    ("a.txt", "<html>", "txt"), ("a.md", "x", "md"), ("a.markdown", "x", "md"), ("a.HTM", "x", "html"),
    ("a.html", "x", "html"), ("noext", "<!doctype html><p>x", "html"), ("noext", "plain", "txt"),
])
def test_format_for(name: str, text: str, fmt: str) -> None:
    assert format_for(name, text) == fmt
