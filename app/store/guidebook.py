"""The one object the CLI and the UI hold: the opened store plus search and lookups."""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import StoreError
from app.records import Record, is_imported_id
from app.store.connection import Damage, StoreStatus, connect_readonly, ensure_store, read_meta
from app.store.records import breadcrumb, counts, get_record, list_records, titles

if TYPE_CHECKING:  # a Hit's module loads with the search engine, after the first paint (#19)
    from app.store.hit import Hit
    from app.store.search import Searcher

# Opens the user's imported reports for reading: (a read-only connection or None, a sentence
# for the user or ''). The importer provides it (app.importer.for_search.open_imports) and
# whoever opens the book hands it in: the store sits below the importer and never imports it.
ImportsOpener = Callable[[], "tuple[sqlite3.Connection | None, str]"]


class Guidebook:
    def __init__(self, conn: sqlite3.Connection, status: StoreStatus | None = None,
                 imports_opener: ImportsOpener | None = None) -> None:
        self.conn = conn
        self.status = status
        self.meta = read_meta(conn)
        self._searcher: Searcher | None = None  # made with the first search (see `searcher`)
        self._extra: builtins.list[sqlite3.Connection] = []
        self._titles: dict[str, dict[tuple[str, str], str]] = {}
        self.imports_opener = imports_opener  # None: a book of the bundled content alone
        self.imports: sqlite3.Connection | None = None  # the user's imported reports (app/importer)
        self.imports_notice = ""  # a sentence when the imports file was damaged and moved aside

    @classmethod
    def open(cls, path: Path | None = None, imports_opener: ImportsOpener | None = None,
             damaged: Damage | None = None) -> Guidebook:
        """Open the store (rebuilding it from bundled content when missing, stale or found
        `damaged`), with the user's imported reports attached when there are any and
        `imports_opener` is given (the command line and the window give it; without it,
        bundled content only)."""
        from app import paths

        status = ensure_store(path, damaged)
        book = cls(connect_readonly(status.path), status, imports_opener)
        if imports_opener is not None and paths.imports_store_path().exists():
            book.reload_imports()  # the importer's code loads only when there are imports
        return book

    # the user's imported reports: searched beside the bundled store, one ranked list
    def attach_imports(self, conn: sqlite3.Connection | None) -> None:
        if self.imports is not None and self.imports is not conn:
            self.imports.close()
        self.imports = conn
        self._extra = [conn] if conn is not None else []
        if self._searcher is not None:
            self._searcher.set_extra(self._extra)

    def reload_imports(self) -> str:
        """(Re)attach the user's imported reports through the opener this book was given;
        after an import or removal call this so search sees the change. Returns a notice
        (the file was set aside, is locked, cannot be read now) or ''."""
        if self.imports_opener is None:
            return ""
        conn, self.imports_notice = self.imports_opener()
        self.attach_imports(conn)
        return self.imports_notice

    @property
    def searcher(self) -> Searcher:
        """The search engine over the bundled store and the imports, made with the first search:
        the window's start shows no results, and loading the engine's modules cost it ~3 ms (#19)."""
        if self._searcher is None:
            from app.store.search import Searcher

            self._searcher = Searcher(self.conn)
            self._searcher.set_extra(self._extra)
        return self._searcher

    def _conn_for(self, rid: str) -> sqlite3.Connection:
        return self.imports if self.imports is not None and is_imported_id(rid) else self.conn

    # lookups
    def get(self, kind: str, rid: str, lang: str) -> Record:
        try:
            return get_record(self._conn_for(rid), kind, rid, lang)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"The imported reports file cannot be read right now ({exc}).") from None

    def list(self, kind: str, lang: str, bodies: bool = True) -> list[Record]:
        """Every record of `kind` in `lang`; bodies=False leaves out body and html, for lists
        that show titles (the contents tree at start: #19)."""
        return list_records(self.conn, kind, lang, bodies=bodies)

    def imported_sections(self, lang: str) -> builtins.list[Record]:
        """The sections of every imported report (for Contents), titles and facts without their
        text (`get` reads one in full); [] when there are none or the imports file cannot be
        read right now (search then says so)."""
        if self.imports is None:
            return []
        try:
            return list_records(self.imports, "section", lang, bodies=False)
        except sqlite3.OperationalError:
            return []

    def title(self, kind: str, rid: str, lang: str) -> str:
        if lang not in self._titles:
            self._titles[lang] = titles(self.conn, lang)
        return self._titles[lang].get((kind, rid), rid)

    def breadcrumb(self, section_id: str, lang: str) -> builtins.list[tuple[str, str]]:
        try:
            return breadcrumb(self._conn_for(section_id), section_id, lang)
        except sqlite3.OperationalError:
            return []

    def search(self, text: str, lang: str | None = None, kinds: Any = None, limit: int = 20,
               as_you_type: bool = True, scope: str = "all") -> builtins.list[Hit]:
        return self.searcher.search(text, lang=lang, kinds=kinds, limit=limit, as_you_type=as_you_type, scope=scope)

    def suggest(self, text: str, lang: str | None = None) -> builtins.list[str]:
        return self.searcher.suggest(text, lang=lang)

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

    def reopened(self) -> Guidebook:
        """This book's store opened again after `close`, as it is: a damaged store that could not
        be rebuilt is still read where it can be, rather than leaving the window nothing."""
        from app import paths

        if self.status is None:
            raise StoreError("This guidebook was opened without a file to open again.")
        book = type(self)(connect_readonly(self.status.path), self.status, self.imports_opener)
        if self.imports_opener is not None and paths.imports_store_path().exists():
            book.reload_imports()
        return book

    def close(self) -> None:
        self.attach_imports(None)
        self.conn.close()
