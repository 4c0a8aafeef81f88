"""A record of the guidebook (a section, a term, a legal reference) as every layer sees it.

It lives here, beside `errors` and `links`, because the store produces records and the
renderers, the sheet, the window and the command line consume them: with the record type
inside `app.store`, `app.render` had to import the store it sits below (a package cycle).
Reading records out of SQLite stays in `app.store.records`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, NamedTuple

# The kinds of record, in the order search results and the contents list them. db/schema.sql
# repeats them in a CHECK (SQL cannot import); tests/unit/test_one_home.py keeps it in step.
KINDS: tuple[str, ...] = ("section", "term", "law")

# Sections of an imported report have ids "imp-<report>-<n>" (app/importer/store.record_id):
# the id alone tells the guidebook to look in the user's own store, so no bundled id may start so.
IMPORTED_ID_PREFIX = "imp-"


def is_imported_id(rid: str) -> bool:
    """True for a section of a report the user imported: it lives in their own store."""
    return rid.startswith(IMPORTED_ID_PREFIX)


class Record(NamedTuple):
    kind: str
    id: str
    lang: str
    title: str
    aliases: str
    body: str
    html: str
    source_section: str
    as_of: str
    parent: str | None
    ord: int
    fallback: bool
    origin: str
    data: dict[str, Any] = MappingProxyType({})  # type: ignore[assignment]  # shared by all: never written

    @property
    def imported(self) -> bool:
        return self.origin != "bundled"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "id": self.id, "lang": self.lang, "title": self.title,
            "body": self.body, "source_section": self.source_section, "as_of": self.as_of,
            "parent": self.parent, "translation_missing": self.fallback, "origin": self.origin,
            **{k: v for k, v in self.data.items() if not k.endswith("_html")},
        }
