"""Best-effort JSON copies of what a start would otherwise compute, in the user's cache folder.

The window's first frame needs the page words (app/render/labels.py, from YAML) and the start
page's HTML (app/render/pages.py, through Jinja2). Making either at every start means importing
YAML or Jinja2 before the first paint (#19), so each is kept here with the key it was made from;
a start whose key matches reads the copy instead. The assessment's checked questions
(app/wizard/definition.py) are kept the same way, so opening it does not parse the YAML again.

A cache is never a source of truth: a missing, unreadable, foreign or stale copy is ignored and
the value is made again, and a folder that cannot be written only costs the next start the time.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from app import paths

T = TypeVar("T")


def folder() -> Path:
    """The cache folder (app.paths.user_cache_dir): beside the data with --portable or --data-dir."""
    return paths.user_cache_dir()


def file(name: str) -> Path:
    """Where the copy called `name` ("labels.json") of this copy of the app lives.

    Each copy of the app (an installed build, a portable one on a USB stick, a source checkout)
    keeps its own file, named after where it is: two copies used in turn would otherwise
    replace each other's copy at every start, and neither would ever read one. A built app is
    named by its executable, not by its resources: the one-file build unpacks those to a new
    temporary folder at every start, and a name made from that folder left a new file behind
    at every run, never read again. Only the latest few copies' files are kept
    (_forget_old_copies)."""
    import sys
    import zlib

    stem, dot, suffix = name.rpartition(".")
    where = Path(sys.executable) if paths.is_frozen() else paths.resources_dir()
    tag = zlib.crc32(str(where).encode("utf-8", "surrogatepass"))
    return folder() / f"{stem}-{tag:08x}{dot}{suffix}"


def stamps(*files: Path, contents: bool = False) -> list[Any]:
    """What a key should hold of the files a copy is made by or from: this app's version, and
    each file's size and time (None if it cannot be read); with `contents`, also a CRC-32 of its
    bytes, so that an edit which keeps the size and the time (a copy that restores times, a FAT
    stick's two-second clock) is still seen: for the texts a client reads (the assessment, the
    abbreviations), where reading ~200 KB costs ~0.1 ms. In a built app the modules have no
    files of their own, so the executable stands for the code: a new build never reads a copy
    made by the old one, even under the same version number. A file inside the built app is
    named by its place in the bundle, without its time: the one-file build unpacks it afresh
    at every start (the executable's own stamp covers it)."""
    import sys
    import zlib

    from app import __version__

    frozen = paths.is_frozen()
    bundle = paths.bundle_root() if frozen else None
    out: list[Any] = [__version__]
    for file in (*files, *([Path(sys.executable)] if frozen else [])):
        try:
            st = Path(file).stat()
            inside = _inside(Path(file), bundle) if bundle is not None else None
            stamp: list[Any] = [inside, st.st_size] if inside is not None else [str(file), st.st_size, st.st_mtime_ns]
            if contents and file in files:  # the given files only: never the executable (35-65 MB)
                stamp.append(zlib.crc32(Path(file).read_bytes()))
            out.append(stamp)
        except OSError:
            out.append(None)
    return out


def _inside(file: Path, bundle: Path) -> str | None:
    """`file`'s place inside the bundle ("resources/wizard/wizard.yaml"), or None if outside.
    The paths as given first; then resolved, since Windows may give the temporary folder in its
    short 8.3 form and a caller may have resolved the file but not the bundle."""
    for candidate, root in ((file, bundle), (file, _resolved(bundle)), (file.resolve(), _resolved(bundle))):
        if candidate.is_relative_to(root):  # the plain paths first: resolving costs a system call per folder
            return candidate.relative_to(root).as_posix()
    return None


@functools.lru_cache(maxsize=2)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def read(name: str, key: Any) -> Any | None:
    """The value saved under `name` when it was saved with this very `key` (JSON-equal), else None."""
    if key in ("", None):
        return None
    try:
        data = json.loads(file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return data.get("value")


def write(name: str, key: Any, value: Any) -> None:
    """Save `value` with the `key` it was made from (atomically: a reader sees the old copy or
    the new one, never half of one). Best effort: any OSError is ignored."""
    if key in ("", None):
        return
    target = file(name)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"key": key, "value": value}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):  # a full disk: no half-written copy stays
            tmp.unlink()
        return
    _forget_old_copies(target)


KEPT_COPIES = 4  # files of each value: the one just written and the three written last before it
_HEX = frozenset("0123456789abcdef")


def _forget_old_copies(written: Path) -> None:
    """Keep the file just written and the KEPT_COPIES - 1 others of this value written most
    recently, and remove the rest. Each copy of the app has its own file (see `file`), so an app
    moved to another drive letter or folder, or a new portable copy, started a new one, and the
    old ones stayed for good. A copy whose file goes makes it again when it next needs it (the
    page words and the start page at its next start); a copy that reads its file at every
    start never rewrites it, so one used daily can lose it to four others: one rebuild. Runs
    only after a write: a start that reads its copy lists no folder."""
    stem, _, suffix = written.name.rpartition("-")
    ext = suffix.partition(".")[2]
    others = []
    try:
        entries = list(os.scandir(written.parent))  # not glob: it compiles a regular expression
    except OSError:
        return
    for entry in entries:
        name = entry.name
        tag, _, tail = name[len(stem) + 1:].partition(".")
        if (name != written.name and name.startswith(stem + "-") and tail == ext and len(tag) == 8
                and _HEX.issuperset(tag)):
            with contextlib.suppress(OSError):  # gone meanwhile: another copy pruned it
                if entry.is_file():
                    others.append((entry.stat().st_mtime_ns, name))
    others.sort(reverse=True)
    for made, name in others[KEPT_COPIES - 1:]:
        path = written.parent / name
        with contextlib.suppress(OSError):
            if os.stat(path).st_mtime_ns == made:  # not rewritten since the listing by its copy
                path.unlink()


def remembered(name: str, key: Any, make: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """The copy saved under `name` with this very `key`, if `valid` says it has the right shape;
    else `make()`, saved for next time. An exception from `make` is not caught and saves nothing."""
    value = read(name, key)
    if value is not None and valid(value):
        return value  # type: ignore[no-any-return]
    value = make()
    write(name, key, value)
    return value
