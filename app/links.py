"""The one place internal links are understood: guide://KIND/ID.

Anything else (http, file, mailto …) is external: the app never fetches or opens it
without asking, because a counsellor's laptop must not leak what they were reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GUIDE = re.compile(r"^guide://(section|term|law)/([A-Za-z0-9_.:-]+)$")


@dataclass(frozen=True)
class Target:
    kind: str
    id: str

    @property
    def url(self) -> str:
        return f"guide://{self.kind}/{self.id}"


def parse(url: str) -> Target | None:
    """The internal target of `url`, or None for anything that is not a guide:// link."""
    m = _GUIDE.match((url or "").strip())
    return Target(m.group(1), m.group(2)) if m else None


def url_for(kind: str, rid: str) -> str:
    return Target(kind, rid).url
