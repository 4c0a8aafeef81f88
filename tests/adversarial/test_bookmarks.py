"""A bookmarks.json of the wrong shape is kept aside, never overwritten silently.

Review row G31 (finding F-16): `{"kind": "term"}` (JSON, but not a list) was taken for "no
bookmarks" and replaced by the next bookmark, while unreadable files were kept as
`bookmarks.json.corrupt-*`. Both are now kept aside, with a notice.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

WRONG_SHAPES = ['{"kind": "term"}', '"deserter"', "42", "null", "true"]


def _aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("bookmarks.json.corrupt-*"))


@pytest.mark.parametrize("content", WRONG_SHAPES)
def test_wrong_shape_is_kept_aside_when_read(tmp_path: Path, content: str) -> None:  # G31
    from app.userdata.bookmarks import Bookmarks

    path = tmp_path / "bookmarks.json"
    path.write_text(content, encoding="utf-8")
    books = Bookmarks(path)
    assert books.items() == []
    assert books.problem and "kept as bookmarks.json.corrupt-" in books.problem
    kept = _aside(tmp_path)
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    books.add("term", "deserter", "deserter")
    assert json.loads(path.read_text(encoding="utf-8")) == [{"kind": "term", "id": "deserter", "title": "deserter"}]
    assert kept[0].read_text(encoding="utf-8") == content  # the next bookmark did not touch it


def test_wrong_shape_written_by_someone_else_is_kept_aside_on_the_next_change(tmp_path: Path) -> None:
    from app.userdata.bookmarks import Bookmarks

    path = tmp_path / "bookmarks.json"
    books = Bookmarks(path)
    books.add("term", "deserter", "deserter")
    path.write_text('{"kind": "term", "mine": "another program wrote this"}', encoding="utf-8")
    books.add("law", "asylg-3", "§ 3 AsylG")
    kept = _aside(tmp_path)
    assert len(kept) == 1 and "another program" in kept[0].read_text(encoding="utf-8")
    assert {b.id for b in Bookmarks(path).items()} == {"deserter", "asylg-3"}  # what this window knew is kept
    assert books.problem and "kept as" in books.problem


def test_reload_keeps_a_wrong_shape_aside_too(tmp_path: Path) -> None:
    from app.userdata.bookmarks import Bookmarks

    path = tmp_path / "bookmarks.json"
    books = Bookmarks(path)
    books.add("term", "deserter", "deserter")
    path.write_text("[]{}", encoding="utf-8")  # not JSON at all
    books.reload()
    assert [b.id for b in books.items()] == ["deserter"]
    path.write_text('{"x": 1}', encoding="utf-8")
    books.reload()
    assert [b.id for b in books.items()] == ["deserter"]
    assert len(_aside(tmp_path)) == 2


def test_two_set_aside_copies_in_one_second_do_not_overwrite_each_other(tmp_path: Path) -> None:
    from app.userdata.atomic import read_json

    path = tmp_path / "bookmarks.json"
    for content in ("{}", '"x"', "{not json"):
        path.write_text(content, encoding="utf-8")
        read_json(path, [], expect=list)
    assert sorted(p.read_text(encoding="utf-8") for p in _aside(tmp_path)) == sorted(['{}', '"x"', "{not json"])
