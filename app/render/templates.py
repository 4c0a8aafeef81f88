"""The one Jinja2 environment every HTML template is rendered through (resources/templates).

Autoescape is on, so a value from content, the wizard or a counsellor is text unless the
code marks it `Markup` on purpose (Markdown already rendered with raw HTML disabled);
StrictUndefined, so a misspelt name in a template fails a test instead of printing nothing.

A built app carries its templates compiled (resources/templates-compiled, made by the build
with `compile_templates`, through Jinja2's own bytecode cache): compiling a template at run
time (Jinja2's parser, then Python's compiler) kept ~0.9 MB of the session's memory for the
page template and as much for the sheet's (#19). Each compiled template is found by its name
and used only when the source it was made from has the same checksum as the template in use,
so an edited template is compiled afresh. A source checkout
compiles as before. Nothing is written at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from app import paths

COMPILED = "templates-compiled"  # the folder, under resources/, of the templates compiled by the build

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


class _Compiled(jinja2.BytecodeCache):
    """Templates compiled ahead, one file per template name, in `folder`. Jinja2 stores with
    the code the checksum of the source it came from and uses the code only when that matches
    (Bucket.load_bytecode); a file that cannot be read or is damaged is as if it were missing.
    Writes only when `writing` (at build time)."""

    def __init__(self, folder: Path, writing: bool = False) -> None:
        self.folder = folder
        self.writing = writing

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        # by name alone: where the app is installed (`filename`) is not known when it is built
        import hashlib

        return hashlib.sha1(name.encode("utf-8")).hexdigest()  # noqa: S324 (a file name, not a signature)

    def _file(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self.folder / f"{bucket.key}.cache"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            bucket.bytecode_from_string(self._file(bucket).read_bytes())
        except Exception:  # noqa: BLE001 (missing, unreadable or damaged: the template is compiled)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.writing:
            self._file(bucket).write_bytes(bucket.bytecode_to_string())


def _make(folder: str, compiled: jinja2.BytecodeCache | None) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, bytecode_cache=compiled)
    env.filters["halves"] = halves
    return env


@lru_cache(maxsize=2)
def _environment(folder: str, compiled: str) -> jinja2.Environment:
    return _make(folder, _Compiled(Path(compiled)) if compiled else None)


def environment() -> jinja2.Environment:
    # keyed by the folder: a frozen build and a source run resolve it differently
    compiled = paths.resources_dir() / COMPILED
    return _environment(str(paths.resource("templates")), str(compiled) if compiled.is_dir() else "")


def not_compiled() -> list[str] | None:
    """The templates in use that this copy carries no compiled code for (or whose code was made
    from another source); None for a copy without compiled templates (a source checkout).
    For the self-test: a built app must find every one."""
    folder = paths.resources_dir() / COMPILED
    if not folder.is_dir():
        return None
    compiled = _Compiled(folder)
    env = _make(str(paths.resource("templates")), compiled)
    missing = []
    for name in env.list_templates(extensions=["html"]):
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        if compiled.get_bucket(env, name, filename, source).code is None:
            missing.append(name)
    return missing


def compile_templates(source: Path, target: Path) -> list[str]:
    """Compile every template in `source` into `target` (emptied first) for a built app; the
    names compiled. Run by build/objector-guide.spec with the Python the app is bundled with."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.cache"):
        old.unlink()
    env = _make(str(source), _Compiled(target, writing=True))
    names = sorted(p.name for p in source.glob("*.html"))
    for name in names:
        env.get_template(name)
    return names


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
