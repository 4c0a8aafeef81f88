"""The one Jinja2 environment every HTML template is rendered through (resources/templates).

Autoescape is on, so a value from content, the wizard or a counsellor is text unless the
code marks it `Markup` on purpose (Markdown already rendered with raw HTML disabled);
StrictUndefined, so a misspelt name in a template fails a test instead of printing nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeVar

import jinja2

from app import paths

T = TypeVar("T")


# How an item is measured for the two columns: in lines of about this many characters (a
# column of a two-page sheet), with the words a template adds to a legal reference ("⚠ no
# longer in force since …; replaced by …") counted as this many characters.
_COLUMN_CHARS = 45
_ADDED_WORDS = 35


def _text_size(item: object) -> int:
    """Lines an item takes: a string, or a legal reference's line (app.sheet.compose._law_line)."""
    if isinstance(item, dict):
        chars = sum(len(str(v)) for v in item.values())
        if any(v for k, v in item.items() if k != "citation"):  # a validity note follows the citation
            chars += _ADDED_WORDS
    else:
        chars = len(str(item))
    return max(1, -(-chars // _COLUMN_CHARS))


def halves(items: Sequence[T]) -> tuple[Sequence[T], Sequence[T]]:
    """A list cut in two for two columns, in reading order, where the two columns come out
    nearest in height (by the lines their text takes, not their count: one reference with a
    "no longer in force" warning takes four lines, and cutting by count left the first column
    the taller by a third, which a two-page sheet cannot spare); on a tie the first column is
    the longer."""
    sizes = [_text_size(i) for i in items]
    total = sum(sizes)
    best, best_height, before = (len(items) + 1) // 2, total, 0
    for cut in range(len(items) + 1):
        height = max(before, total - before)
        if height < best_height or (height == best_height and cut > best):
            best, best_height = cut, height
        if cut < len(items):
            before += sizes[cut]
    return items[:best], items[best:]


@lru_cache(maxsize=2)
def _environment(folder: str) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["halves"] = halves
    return env


def environment() -> jinja2.Environment:
    # keyed by the folder: a frozen build and a source run resolve it differently
    return _environment(str(paths.resource("templates")))


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
