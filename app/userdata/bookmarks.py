"""Bookmarks: pages the counsellor pinned (kind, id, title). Stored in the user data dir.

The file holds a JSON list. A file that is not JSON, or JSON of another shape (an object, a
string), is moved aside as `bookmarks.json.corrupt-<stamp>` with a notice, and never
overwritten by the next bookmark: it may be the only copy of someone's list."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from app import paths
from app.userdata.atomic import make_private_dir, read_json, write_json


class Bookmark(NamedTuple):
    kind: str
    id: str
    title: str


def _parse(data: object) -> tuple[list[Bookmark], list[object]]:
    """The bookmarks, and the entries that are not one (kept as they are when the file is
    written again). An entry without a title (a hand-edited or older file) is a bookmark
    titled by its id: it was dropped from the list and then from the file at the next
    bookmark (adversarial trial, 1 Dec 2026)."""
    out: list[Bookmark] = []
    kept: list[object] = []
    for item in data if isinstance(data, list) else []:
        if isinstance(item, dict) and item.get("kind") not in (None, "") and item.get("id") not in (None, ""):
            title = item.get("title")
            rid = str(item["id"])
            out.append(Bookmark(str(item["kind"]), rid, str(title) if title not in (None, "") else rid))
        else:
            kept.append(item)
    return out, kept


class Bookmarks:
    """Two copies of the app on one data folder must not undo each other's bookmarks: every
    change is applied to what is on disk at that moment (re-read under a lock file), so
    an addition or removal made in another window is kept."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_data_dir() / "bookmarks.json"
        data, self.problem = read_json(self.path, [], expect=list)
        self._items: list[Bookmark] = _parse(data)[0]

    def items(self) -> list[Bookmark]:
        return list(self._items)

    def has(self, kind: str, rid: str) -> bool:
        return any(b.kind == kind and b.id == rid for b in self._items)

    def add(self, kind: str, rid: str, title: str) -> None:
        self._change(lambda items: items if any(b.kind == kind and b.id == rid for b in items)
                     else items + [Bookmark(kind, rid, title)])

    def remove(self, kind: str, rid: str) -> None:
        self._change(lambda items: [b for b in items if not (b.kind == kind and b.id == rid)])

    def reload(self) -> None:
        """Pick up what another window changed (called before the list is shown)."""
        data, problem = read_json(self.path, self._items_as_data(), expect=list)
        self.problem = problem or self.problem
        self._items = _parse(data)[0]

    def _items_as_data(self) -> list[dict[str, str]]:
        return [b._asdict() for b in self._items]

    def _change(self, apply) -> None:
        from app.userdata.file_lock import writing

        make_private_dir(self.path.parent)
        with writing(self.path, "bookmarks"):
            # a file another window replaced with something else is kept aside, not overwritten
            data, problem = (read_json(self.path, self._items_as_data(), expect=list) if self.path.exists()
                             else ([], None))
            self.problem = problem or self.problem
            parsed, kept = _parse(data)
            items = apply(parsed)
            # raises OSError: the caller tells the user
            write_json(self.path, [*(b._asdict() for b in items), *kept])
        self._items = items
