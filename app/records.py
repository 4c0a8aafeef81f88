"""A record of the guidebook (a section, a term, a legal reference) as every layer sees it.

It lives here, beside `errors` and `links`, because the store produces records and the
renderers, the sheet, the window and the command line consume them: with the dataclass
inside `app.store`, `app.render` had to import the store it sits below (a package cycle).
Reading records out of SQLite stays in `app.store.records`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
