"""The loader accepts valid content and rejects each kind of bad record, naming it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.content.loader import ContentError, load_content


def test_fixture_content_loads(content_copy: Path) -> None:
    c = load_content(content_copy)
    assert set(c.sections) == {"chapter", "dublin"}
    assert c.terms["church-asylum"].term.text("de") == "Kirchenasyl"
    assert c.laws["dublin-iii-regulation"].valid_until == "2026-06-30"  # superseded from 1 July 2026


def test_missing_translation_falls_back_to_english_and_says_so(content_copy: Path) -> None:
    c = load_content(content_copy)
    text, fallback = c.sections["dublin"].body.get("de")
    assert fallback and text.startswith("Most formal completions")
    assert c.sections["dublin"].title.get("de") == ("Formelle Erledigungen und Dublin", False)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BAD_EDITS = [
    # (file, old, new, expected message fragments)
    ("glossary.yaml", "  related: [draft-evader]", "  related: [draft-evader]\n  colour: blue",
     ["glossary.yaml", "[deserter]", "unknown key"]),
    ("glossary.yaml", "- id: draft-evader", "- id: deserter", ["glossary.yaml", "[deserter]", "duplicate id"]),
    ("glossary.yaml", "related: [deserter]", "related: [ghost]", ["glossary.yaml", "[draft-evader]", "'ghost'"]),
    ("glossary.yaml", 'ru: "Тот, кто избежал армии до призыва."', 'ru: ""',
     ["glossary.yaml", "[draft-evader]", "definition", "ru"]),
    ("laws.yaml", "superseded_by: ammr", "superseded_by: nowhere", ["laws.yaml", "[dublin-iii-regulation]", "nowhere"]),
    ("laws.yaml", "kind: eu-regulation", "kind: rumour", ["laws.yaml", "[dublin-iii-regulation]", "unknown kind"]),
    ("laws.yaml", "date: 2013-06-26", "date: 26.06.2013", ["laws.yaml", "[dublin-iii-regulation]", "date"]),
    ("sections/en/dublin.md", 'title: "Formal completions and Dublin"', 'title: ""',
     ["dublin.md", "[dublin]", "title"]),
    ("sections/en/dublin.md", "guide://term/church-asylum", "guide://term/no-such-term",
     ["dublin.md", "[dublin]", "guide://term/no-such-term"]),
    ("sections/en/dublin.md", "parent: chapter", "parent: missing-parent", ["dublin.md", "[dublin]", "missing-parent"]),
    ("sections/en/dublin.md", "order: 2", "order: 1", ["dublin.md", "order"]),
    ("sources.yaml", "- id: report", "- id: Report!", ["sources.yaml", "[Report!]", "'id' must be lowercase"]),
]


@pytest.mark.parametrize("file,old,new,fragments", BAD_EDITS, ids=[f"{e[0]}:{e[3][-1]}" for e in BAD_EDITS])
def test_bad_record_is_rejected_with_file_and_record(content_copy: Path, file: str, old: str, new: str,
                                                     fragments: list[str]) -> None:
    _edit(content_copy / file, old, new)
    with pytest.raises(ContentError) as info:
        load_content(content_copy)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message


def test_missing_russian_section_is_rejected(content_copy: Path) -> None:
    (content_copy / "sections" / "ru" / "dublin.md").unlink()
    with pytest.raises(ContentError, match=re.escape("[dublin]") + ".*no ru translation"):
        load_content(content_copy)


def test_empty_body_is_rejected(content_copy: Path) -> None:
    path = content_copy / "sections" / "ru" / "chapter.md"
    path.write_text('---\nid: chapter\ntitle: "Кто"\n---\n', encoding="utf-8")
    with pytest.raises(ContentError, match="chapter.*ru translation has an empty body"):
        load_content(content_copy)


def test_broken_yaml_is_reported_not_raised_raw(content_copy: Path) -> None:
    (content_copy / "glossary.yaml").write_text("- id: x\n  term: {en: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match="glossary.yaml: not valid YAML"):
        load_content(content_copy)


def test_version_changes_when_any_text_changes(content_copy: Path) -> None:
    before = load_content(content_copy).version
    _edit(content_copy / "sections" / "ru" / "dublin.md", "Мобилизация.", "Мобилизация!")
    assert load_content(content_copy).version != before
