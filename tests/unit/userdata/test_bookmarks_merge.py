"""Two copies of the app on one data folder: neither loses the other's bookmarks."""

from __future__ import annotations

from pathlib import Path

from app.userdata.bookmarks import Bookmarks


def test_two_windows_keep_each_others_bookmarks(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.json"
    first, second = Bookmarks(path), Bookmarks(path)
    second.add("section", "introduction", "Introduction")
    first.add("term", "draft-evader", "draft evader")  # first never saw the introduction
    assert {b.id for b in Bookmarks(path).items()} == {"introduction", "draft-evader"}
    first.remove("section", "introduction")  # a removal made in one window is kept too
    second.add("law", "asylg-3", "§ 3 AsylG")
    assert {b.id for b in Bookmarks(path).items()} == {"draft-evader", "asylg-3"}
    first.reload()
    assert {b.id for b in first.items()} == {"draft-evader", "asylg-3"}


def test_a_corrupt_file_is_still_moved_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.json"
    path.write_text("{not json", encoding="utf-8")
    books = Bookmarks(path)
    assert books.problem and books.items() == []
    books.add("term", "deserter", "deserter")
    assert [b.id for b in Bookmarks(path).items()] == ["deserter"]


def test_an_entry_without_a_title_is_listed_and_kept_and_a_strange_one_is_kept(tmp_path: Path) -> None:
    """A hand-edited or older file: an entry without a title was missing from the list and then
    erased from the file at the next bookmark (adversarial trial, 1 Dec 2026)."""
    import json

    path = tmp_path / "bookmarks.json"
    strange = {"note": "not a bookmark"}
    path.write_text(json.dumps([{"kind": "section", "id": "right-to-objection"},
                                {"kind": "term", "id": "deserter", "title": "deserter"}, strange]), encoding="utf-8")
    books = Bookmarks(path)
    assert [(b.id, b.title) for b in books.items()] == [("right-to-objection", "right-to-objection"),
                                                         ("deserter", "deserter")]
    books.add("law", "asylg-3", "§ 3 AsylG")
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert [e.get("id") for e in on_disk] == ["right-to-objection", "deserter", "asylg-3", None]
    assert strange in on_disk
