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


def halves(items: Sequence[T]) -> tuple[Sequence[T], Sequence[T]]:
    """A list cut in two for two columns, the longer half first."""
    half = (len(items) + 1) // 2
    return items[:half], items[half:]


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
