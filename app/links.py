"""The one place internal links are understood and written: guide://KIND/ID.

Anything else (http, file, mailto …) is external: the app never fetches or opens it
without asking, because a counsellor's laptop must not leak what they were reading.

`LINK` finds links inside a text (the content loader and the wizard validator check that
each resolves); `parse` reads one clicked URL; `url_for` writes one. All three use the same
kinds (app.records.KINDS) and the same id characters, so a link the loaders accept is a
link the reader opens. An id is letters, digits, '-' and '_': a bundled id
(resources/schemas/common.schema.json) or an imported section's ("imp-<report>-<n>"). A
full stop after a link in running text is therefore not part of it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.records import KINDS

SCHEME = "guide://"
_ID = r"[A-Za-z0-9_-]+"
_LINK = rf"{SCHEME}({'|'.join(KINDS)})/({_ID})"
_WHOLE = rf"^{_LINK}$"


def __getattr__(name: str) -> re.Pattern[str]:
    """`LINK`, the compiled link pattern (content checks), compiled when first asked for: the
    window's start never needs it, and compiling a pattern costs it 0.04% (#19)."""
    if name == "LINK":
        return re.compile(_LINK)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Target(NamedTuple):
    kind: str
    id: str

    @property
    def url(self) -> str:
        return f"{SCHEME}{self.kind}/{self.id}"


def parse(url: str) -> Target | None:
    """The internal target of `url`, or None for anything that is not a guide:// link."""
    m = re.match(_WHOLE, (url or "").strip())  # compiled at the first link, then from re's cache
    return Target(m.group(1), m.group(2)) if m else None


def url_for(kind: str, rid: str) -> str:
    """guide://KIND/ID. Escape it like any text when it goes into HTML."""
    return Target(kind, rid).url
