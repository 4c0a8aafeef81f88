"""headings: what counts as a heading in each format, and how levels are inferred."""

from __future__ import annotations

import pytest

from app.importer.headings import (
    detect_marked,
    detect_plain,
    is_heading_like,
    markdown_blocks,
    parents,
    plain_blocks,
    table_indices,
)


@pytest.mark.parametrize("line, expected", [
    ("Right to conscientious objection, desertion and mobilisation", True),
    ("Differences: desertion, draft evasion and conscientious objection", True),
    ('"Considerable probability" becomes the decisive criterion', True),
    ("New practice since September 2023?", True),
    ("Demands of PRO ASYL and Connection e.V.", True),
    ("2.3 Procedure at the border", True),
    ("Мобилизация в России", True),
    ("This is a sentence.", False),
    ('He said: "I am in favour of offering these people protection."', False),
    ("The text addresses the following topics in detail:", False),
    ("- The right to conscientious objection", False),
    ("• Russian citizens must also be able to apply", False),
    ("1. Do this first", False),
    ("decided", False),
    ("1.150", False),
    ("24.2.2022-31.12.2022", False),
    ("by Connection e.V.", False),
    ("https://de.connection-ev.org/article-4014", False),
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen", False),
    ("Keywords: ⇒ A ⇒ B ⇒ C ⇒ D ⇒ E ⇒ F ⇒ G", False),
    ("A line\nover two lines", False),
])
def test_is_heading_like(line: str, expected: bool) -> None:
    assert is_heading_like(line) is expected


def _plain(text: str) -> list[tuple[str, int]]:
    d = detect_plain(plain_blocks(text))
    return [(h.title, h.level) for h in d.headings]


PARA = "This paragraph explains the matter in a full sentence."


def test_a_heading_followed_by_a_heading_opens_a_chapter() -> None:
    text = "\n\n".join(["Report title", PARA, "Chapter one", "Section A", PARA, "Section B", PARA,
                        "Chapter two", "Section C", PARA, "Closing words follow."])
    assert _plain(text) == [("Report title", 1), ("Chapter one", 1), ("Section A", 2), ("Section B", 2),
                            ("Chapter two", 1), ("Section C", 2)]


def test_headings_before_any_chapter_are_top_level() -> None:
    text = "\n\n".join(["Alpha", PARA, "Beta", PARA])
    assert _plain(text) == [("Alpha", 1), ("Beta", 1)]


def test_title_with_subtitle_and_byline_is_not_a_chapter() -> None:
    blocks = plain_blocks("\n\n".join(["Russians refusing to go to war", "What are the chances?",
                                       "by Connection e.V.", PARA, "Chapter", "Section", PARA]))
    d = detect_plain(blocks)
    assert d.subtitle == "What are the chances?"
    assert [(h.title, h.level) for h in d.headings] == [
        ("Russians refusing to go to war", 1), ("Chapter", 1), ("Section", 2)]


def test_table_cells_one_per_line_are_not_headings() -> None:
    cells = ["24.2.2022-31.12.2022", "01.01.2023-31.08.2023", "Applications", "1.150", "2.337", "decided",
             "626", "904", "Formal completion of proceedings", "361", "836", "International protection", "81",
             "11", "Rejections", "123", "33"]
    text = "\n\n".join(["Figures", "The following picture emerges:", "Applicants aged 18 to 45 (men)", *cells,
                        PARA, "Next heading", PARA])
    blocks = plain_blocks(text)
    in_table = {blocks[i].text for i in table_indices(blocks)}
    assert set(cells) <= in_table and "Figures" not in in_table
    assert _plain(text) == [("Figures", 1), ("Next heading", 1)]


def test_a_line_after_a_colon_is_content() -> None:
    assert _plain("\n\n".join(["Heading", "He listed them:", "Short Title Case Line", PARA])) == [("Heading", 1)]


def test_a_run_of_short_lines_is_a_list_not_headings() -> None:
    text = "\n\n".join(["Contents", "Introduction", "Chapter One", "Chapter Two", "Annex", PARA])
    assert _plain(text) == []


def test_the_last_block_is_never_a_heading() -> None:
    assert _plain("\n\n".join(["Heading", PARA, "Keywords Asylum Europe"])) == [("Heading", 1)]


def test_markdown_atx_setext_and_fenced_code() -> None:
    md = ("# Title\n\nIntro.\n\n## Chapter\nText right under.\n\n```\n# not a heading\n```\n\n"
          "Setext chapter\n--------------\n\nBody.\n\n### Deep ###\n\n##### Too deep\n\n#hashtag\n")
    blocks = markdown_blocks(md)
    assert [(b.title, b.level) for b in blocks if b.level] == [
        ("Title", 1), ("Chapter", 2), ("Setext chapter", 2), ("Deep", 3)]
    d = detect_marked(blocks)
    # the only level-1 heading opens the document: it becomes the introduction, chapters move up
    assert [(h.title, h.level) for h in d.headings] == [("Title", 1), ("Chapter", 1), ("Setext chapter", 1),
                                                      ("Deep", 2)]


def test_marked_levels_are_compacted() -> None:
    blocks = markdown_blocks("## A\n\ntext\n\n#### B\n\ntext\n\n## C\n\ntext\n")
    assert [(h.title, h.level) for h in detect_marked(blocks).headings] == [("A", 1), ("B", 2), ("C", 1)]


def test_parents_follow_levels() -> None:
    blocks = markdown_blocks("# A\n\nx\n\n# B\n\n## B1\n\n### B1a\n\n## B2\n\n# C\n")
    heads = detect_marked(blocks).headings
    assert parents(heads) == [None, None, 1, 2, 1, None]
