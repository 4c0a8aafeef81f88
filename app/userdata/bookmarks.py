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


def _parse(data: object) -> list[Bookmark]:
    out: list[Bookmark] = []
    for item in data if isinstance(data, list) else []:
        try:
            out.append(Bookmark(str(item["kind"]), str(item["id"]), str(item["title"])))
        except (KeyError, TypeError):
            continue
    return out


class Bookmarks:
    """Two copies of the app on one data folder must not undo each other's bookmarks: every
    change is applied to what is on disk at that moment (re-read under a lock file), so
    an addition or removal made in another window is kept."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_data_dir() / "bookmarks.json"
        data, self.problem = read_json(self.path, [], expect=list)
        self._items: list[Bookmark] = _parse(data)

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
        self._items = _parse(data)

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
            items = apply(_parse(data))
            write_json(self.path, [b._asdict() for b in items])  # raises OSError: the caller tells the user
        self._items = items
