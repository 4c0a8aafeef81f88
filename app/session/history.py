"""Back and Forward through the pages read, as in a web browser.

A page is (kind, id). Opening a page from the middle of the history forgets the pages
that were "forward" of it; Back and Forward only move along what is kept. Kept apart
from the window so the rule is stated once and tested without Qt.
"""

from __future__ import annotations

Page = tuple[str, str]  # (kind, id), e.g. ("term", "deserter")


class History:
    """The pages read in this session and where the reader stands among them."""

    def __init__(self) -> None:
        self._pages: list[Page] = []
        self._pos = -1

    @property
    def pages(self) -> list[Page]:
        """Every page kept, oldest first (a copy: changing it changes nothing)."""
        return list(self._pages)

    @property
    def current(self) -> Page | None:
        return self._pages[self._pos] if 0 <= self._pos < len(self._pages) else None

    @property
    def can_go_back(self) -> bool:
        return self._pos > 0

    @property
    def can_go_forward(self) -> bool:
        return self._pos < len(self._pages) - 1

    def visit(self, page: Page) -> None:
        """A page opened by the reader (a link, a search result, the contents): the pages
        forward of the current one are dropped, as a browser does."""
        del self._pages[self._pos + 1:]
        self._pages.append(page)
        self._pos = len(self._pages) - 1

    def go(self, step: int) -> Page | None:
        """Move `step` pages (-1 Back, +1 Forward); the page now current, or None (and no
        move) when there is nothing that way."""
        pos = self._pos + step
        if not 0 <= pos < len(self._pages):
            return None
        self._pos = pos
        return self._pages[pos]

    def clear(self) -> None:
        """Forget every page read (Clear session, or the pages no longer exist)."""
        self._pages.clear()
        self._pos = -1
