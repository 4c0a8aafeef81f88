"""Read records from an open store: one record, the table of contents, lists by kind."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.errors import NotFound

_COLUMNS = "kind, id, lang, title, aliases, body, html, source_section, as_of, parent, ord, fallback, origin, data"


@dataclass(frozen=True)
class Record:
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
    data: dict[str, Any] = field(default_factory=dict)

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


def _record(row: tuple[Any, ...]) -> Record:
    values = list(row)
    values[11] = bool(values[11])
    values[13] = json.loads(values[13] or "{}")
    return Record(*values)


def get_record(conn: sqlite3.Connection, kind: str, rid: str, lang: str) -> Record:
    row = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE kind=? AND id=? AND lang=?",
                       (kind, rid, lang)).fetchone()
    if row is None:
        row = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE kind=? AND id=? ORDER BY lang='en' DESC",
                           (kind, rid)).fetchone()
    if row is None:
        raise NotFound(f"There is no {kind} with the id '{rid}'.")
    return _record(row)


def list_records(conn: sqlite3.Connection, kind: str, lang: str) -> list[Record]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE kind=? AND lang=? ORDER BY ord, title",
                        (kind, lang)).fetchall()
    return [_record(r) for r in rows]


def titles(conn: sqlite3.Connection, lang: str) -> dict[tuple[str, str], str]:
    """(kind, id) -> title in `lang`, for link labels and breadcrumbs without loading bodies."""
    return {(k, i): t for k, i, t in conn.execute("SELECT kind, id, title FROM records WHERE lang=?", (lang,))}


def breadcrumb(conn: sqlite3.Connection, section_id: str, lang: str) -> list[tuple[str, str]]:
    """[(id, title)] from the top-level chapter down to the section itself."""
    trail: list[tuple[str, str]] = []
    current: str | None = section_id
    seen: set[str] = set()
    while current and current not in seen:
        seen.add(current)
        row = conn.execute("SELECT id, title, parent FROM records WHERE kind='section' AND id=? AND lang=?",
                           (current, lang)).fetchone()
        if row is None:
            break
        trail.append((row[0], row[1]))
        current = row[2]
    return list(reversed(trail))


def counts(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for kind, lang, n, fb in conn.execute(
            "SELECT kind, lang, count(*), sum(fallback) FROM records GROUP BY kind, lang ORDER BY kind, lang"):
        out.setdefault(kind, {})[lang] = n
        out.setdefault(f"{kind}_translation_missing", {})[lang] = fb or 0
    return out
