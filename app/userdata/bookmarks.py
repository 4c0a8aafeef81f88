"""Bookmarks: pages the counsellor pinned (kind, id, title). Stored in the user data dir."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from app import paths
from app.userdata.atomic import read_json, write_json


@dataclass(frozen=True)
class Bookmark:
    kind: str
    id: str
    title: str


class Bookmarks:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_data_dir() / "bookmarks.json"
        data, self.problem = read_json(self.path, [])
        self._items: list[Bookmark] = []
        for item in data if isinstance(data, list) else []:
            try:
                self._items.append(Bookmark(str(item["kind"]), str(item["id"]), str(item["title"])))
            except (KeyError, TypeError):
                continue

    def items(self) -> list[Bookmark]:
        return list(self._items)

    def has(self, kind: str, rid: str) -> bool:
        return any(b.kind == kind and b.id == rid for b in self._items)

    def add(self, kind: str, rid: str, title: str) -> None:
        if not self.has(kind, rid):
            self._save(self._items + [Bookmark(kind, rid, title)])

    def remove(self, kind: str, rid: str) -> None:
        self._save([b for b in self._items if not (b.kind == kind and b.id == rid)])

    def _save(self, items: list[Bookmark]) -> None:
        write_json(self.path, [asdict(b) for b in items])  # raises OSError: the caller tells the user
        self._items = items
