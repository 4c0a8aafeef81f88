"""The one object the CLI and the UI hold: the opened store plus search and lookups."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from app.store.connection import StoreStatus, connect_readonly, ensure_store, read_meta
from app.store.records import Record, breadcrumb, counts, get_record, list_records, titles
from app.store.search import Hit, Searcher


class Guidebook:
    def __init__(self, conn: sqlite3.Connection, status: StoreStatus | None = None) -> None:
        self.conn = conn
        self.status = status
        self.meta = read_meta(conn)
        self.searcher = Searcher(conn)
        self._titles: dict[str, dict[tuple[str, str], str]] = {}

    @classmethod
    def open(cls, path: Path | None = None) -> "Guidebook":
        """Open the store (rebuilding it from bundled content when missing or stale)."""
        status = ensure_store(path)
        return cls(connect_readonly(status.path), status)

    # lookups
    def get(self, kind: str, rid: str, lang: str) -> Record:
        return get_record(self.conn, kind, rid, lang)

    def list(self, kind: str, lang: str) -> list[Record]:
        return list_records(self.conn, kind, lang)

    def title(self, kind: str, rid: str, lang: str) -> str:
        if lang not in self._titles:
            self._titles[lang] = titles(self.conn, lang)
        return self._titles[lang].get((kind, rid), rid)

    def breadcrumb(self, section_id: str, lang: str) -> list[tuple[str, str]]:
        return breadcrumb(self.conn, section_id, lang)

    def search(self, text: str, lang: str | None = None, kinds: Any = None, limit: int = 20,
               as_you_type: bool = True) -> list[Hit]:
        return self.searcher.search(text, lang=lang, kinds=kinds, limit=limit, as_you_type=as_you_type)

    def suggest(self, text: str) -> list[str]:
        return self.searcher.suggest(text)

    # facts about the store
    def sources(self) -> dict[str, dict[str, Any]]:
        return json.loads(self.meta.get("sources", "{}"))

    def stats(self) -> dict[str, Any]:
        c = counts(self.conn)
        return {
            "counts": {k: v for k, v in c.items() if not k.endswith("_translation_missing")},
            "translation_missing": {k.removesuffix("_translation_missing"): v
                                    for k, v in c.items() if k.endswith("_translation_missing")},
            "content_version": self.meta.get("content_version"),
            "edition": self.meta.get("edition"),
            "as_of": self.meta.get("as_of"),
            "report_as_of": self.meta.get("report_as_of"),
            "store": str(self.status.path) if self.status else None,
        }

    def close(self) -> None:
        self.conn.close()
