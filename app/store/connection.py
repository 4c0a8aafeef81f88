"""Open a store read-only and make sure it is the store for the shipped content.

The bundled store is never written at run time. When it is missing, corrupt or built
from other content, a fresh one is built from the bundled resources: into db/ in a
source checkout, into the user's cache folder when the bundle is read-only (frozen).
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import NamedTuple

from app import paths
from app.errors import StoreError
from app.store.schema import SCHEMA_VERSION

_REQUIRED_TABLES = {"meta", "records", "records_fts", "names", "links"}
PAGE_CACHE_KIB = 512


def connect_readonly(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """Open `path` so that no statement can change it (mode=ro; immutable for bundles)."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"The guidebook database {path.name} is missing.")
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        # SQLite's page cache, 512 KiB instead of its 2 MB. The searcher's one read of every
        # body at warm-up (it keeps them itself) no longer leaves 2 MB of pages behind: SQLite
        # holds 0.7 MB at most over a session's searches instead of 2.3 MB, and the session's
        # peak is 0.75 MB lower than at 1 MiB. The price: about three pages a keystroke read
        # again from the system's file cache (1 MiB: none; 256 KiB: 20, 8% slower); at 512 KiB
        # a search measured as fast as at 2 MB on Linux, not measured on Windows (#19)
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The guidebook database {path.name} is damaged or not a database ({exc}).") from None
    missing = _REQUIRED_TABLES - tables
    if missing:
        conn.close()
        raise StoreError(f"The guidebook database {path.name} is incomplete (missing {', '.join(sorted(missing))}).")
    return conn


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The guidebook database cannot be read ({exc}).") from None


class StoreStatus(NamedTuple):
    path: Path
    rebuilt: bool
    reason: str  # empty when the existing store was fine; otherwise the sentence to show


def _check(path: Path, version: str | None) -> str:
    """'' if `path` is a sound store for content `version`, else the reason it is not
    (`version` None: the store's own stamp is trusted, see `ensure_store`)."""
    try:
        conn = connect_readonly(path)
    except StoreError as exc:
        return str(exc)
    try:
        meta = read_meta(conn)
        if meta.get("schema_version") != SCHEMA_VERSION:
            return "The guidebook database was made by another version of the app."
        if version is not None and meta.get("content_version") != version:
            return "The guidebook database is older than the bundled content."
        conn.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'a*'").fetchone()
        return ""
    except (sqlite3.DatabaseError, StoreError) as exc:
        return f"The guidebook database is damaged ({exc})."
    finally:
        conn.close()


def rebuild_if_damaged() -> str:
    """After a command failed reading a database: '' when the guidebook's store is sound (the
    error came from elsewhere), else the sentence saying it was damaged and rebuilt (or why it
    could not be)."""
    path = ensure_store().path
    reason = quick_check(path)
    if not reason:
        return ""
    try:
        ensure_store(damaged=Damage(path, reason))
    except StoreError as exc:
        return str(exc)
    return f"{reason} It has been rebuilt from the bundled content: run the command again."


def build_from_resources(out: Path) -> None:
    from app.content.loader import load_content
    from app.store.build import build_store

    content = load_content(paths.content_dir())
    out.parent.mkdir(parents=True, exist_ok=True)  # the user's cache folder may not exist yet
    build_store(content, out, paths.schema_path().read_text(encoding="utf-8"))


def quick_check(path: Path) -> str:
    """'' when SQLite's quick_check finds every page of `path` sound, else the sentence saying
    it is damaged. Opening a store and `_check` read a few pages only, so a store damaged deep
    inside (a bad sector, a copy to a failing USB stick) passed them and failed later, at the
    window's first list or the first Russian search (adversarial trial, 1 Dec 2026). Reads the
    whole file (~1 ms for the 3 MB guidebook with a warm disk): the window runs it once it has
    painted, not before (#19)."""
    try:
        conn = connect_readonly(path)
    except StoreError as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"The guidebook database is damaged ({exc})."
    finally:
        conn.close()
    found = "; ".join(str(r[0]) for r in rows[:3])
    return "" if found == "ok" else f"The guidebook database is damaged ({found})."


def _damage_marker() -> Path:
    return paths.user_cache_dir() / "guidebook-damaged.json"


def _stamp(path: Path) -> dict[str, object]:
    st = path.stat()
    return {"path": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _marker_stamps() -> list[dict[str, object]]:
    import json

    try:
        kept = json.loads(_damage_marker().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    stamps = kept if isinstance(kept, list) else [kept]  # one stamp: the marker's first form
    return [s for s in stamps if isinstance(s, dict)]


def _damaged_stamps() -> list[dict[str, object]]:
    """The stamps in the marker that still describe their file as it was found: a file rebuilt
    or replaced since has another size or time and drops out."""
    out = []
    for stamp in _marker_stamps():
        try:
            if _stamp(Path(str(stamp.get("path")))) == stamp:
                out.append(stamp)
        except OSError:
            continue
    return out


def _marked_damaged(path: Path) -> bool:
    """Whether this very file (path, size, time) was found damaged before: a built app cannot
    replace its own bundled store, so it remembers to use the one rebuilt in the cache folder.
    Every damaged file is remembered, not only the last: with one, a damaged cache copy
    overwrote the bundled store's mark, and the two took turns at each start (code review)."""
    try:
        return _stamp(path) in _damaged_stamps()
    except OSError:
        return False


def _mark_damaged(path: Path) -> None:
    import json

    from app.userdata.atomic import write_text

    with suppress(OSError):  # not remembered: the next start finds the damage again
        stamps = [s for s in _damaged_stamps() if s != _stamp(path)] + [_stamp(path)]
        write_text(_damage_marker(), json.dumps(stamps), make_folder=True)


def _forget_damage(path: Path) -> None:
    """A file just rebuilt is not the damaged one, whatever its stamp says: a rebuild is the same
    size, and media with coarse times (FAT: 2 s) can give it the same time as well."""
    import json

    from app.userdata.atomic import write_text

    try:
        where = str(path.resolve())
    except OSError:
        return
    stamps = _marker_stamps()  # all, also those that do not match now: the rebuild may come to match one
    kept = [s for s in stamps if s.get("path") != where]
    if kept != stamps:
        with suppress(OSError):
            write_text(_damage_marker(), json.dumps(kept), make_folder=True)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


class Damage(NamedTuple):
    """A store found damaged while in use: which file, and the sentence saying so."""

    path: Path
    reason: str


def ensure_store(path: Path | None = None, damaged: Damage | None = None) -> StoreStatus:
    """Return a usable store path, rebuilding from bundled resources when needed.

    If a rebuild is impossible but the old store still opens (it is only out of date),
    it is used and `reason` says so, so the app starts with the content it has.
    `damaged`: the store in use was found damaged (`quick_check`, or an error reading it): it
    is remembered as damaged (`_mark_damaged`) and rebuilt, or a sound copy is used.
    """
    from app.content.errors import ContentError

    # an installed content edition (app/edition) has its own store in the user data dir
    edition_store = paths.edition_store_path() if path is None else None
    notice = paths.edition_notice() if path is None else ""  # why an installed edition is not in use
    bundled = Path(path) if path else (edition_store or paths.bundled_store_path())
    # A built app ships its store beside the content it was built from, and neither changes:
    # the store's stamp is enough, and no start hashes the content (issue #19). A source
    # checkout, where content is edited, and an installed edition compare the hash.
    shipped = path is None and edition_store is None and paths.is_frozen()
    if damaged is not None and damaged.path.is_file():
        _mark_damaged(damaged.path)

    def is_damaged(p: Path) -> bool:  # the file found damaged now counts even when it could not be marked
        return _marked_damaged(p) or (damaged is not None and _same_file(damaged.path, p))

    known_damaged = is_damaged(bundled)
    if shipped and not known_damaged and not _check(bundled, None):
        return StoreStatus(bundled, False, notice)
    version = _content_version()
    reason = ("The guidebook database is damaged." if known_damaged else "") or _check(bundled, version)
    if damaged is not None and reason and _same_file(damaged.path, bundled):
        reason = damaged.reason
    if not reason:
        return StoreStatus(bundled, False, notice)
    candidates = [bundled] if (not paths.is_frozen() or edition_store) and path is None else []
    candidates.append(_cache_store_path())
    failure = ""
    for target in candidates:
        if target != bundled and not _check(target, version) and not is_damaged(target):
            return StoreStatus(target, False, notice)
        try:
            build_from_resources(target)
            _forget_damage(target)  # the same size, and on a FAT stick perhaps the same time
            return StoreStatus(target, True, f"{notice} {reason}".strip())
        except OSError as exc:
            failure = f"no writable folder was found ({exc.strerror or exc})"
        except sqlite3.Error as exc:  # SQLite's own "unable to open database file", "disk is full"
            failure = f"no writable folder was found ({exc})"
        except ContentError as exc:
            failure = f"the bundled content is invalid ({exc})"
            break
    if _usable(bundled) and not known_damaged:
        return StoreStatus(bundled, False, f"{reason} It could not be rebuilt: {failure}. "
                                            "The guidebook shows the content it has.")
    raise StoreError(f"{reason} It could not be rebuilt: {failure}.")


def _content_version() -> str:
    """The content's version, to compare with the store's. Hashing every content file took
    ~10 ms of each start from source (#19): the version is kept in the cache folder with the
    files' names, sizes and times, and hashed again only when one of those has changed."""
    from app.content.version import content_files, content_version
    from app.userdata import cache

    root = paths.content_dir()
    try:
        key = [str(root), cache.stamps(*content_files(root))]
        return cache.remembered(_VERSION_CACHE, key, lambda: content_version(root),
                                lambda kept: isinstance(kept, str) and bool(kept))
    except OSError:
        return ""


_VERSION_CACHE = "content-version.json"


def _usable(path: Path) -> bool:
    try:
        conn = connect_readonly(path)
    except StoreError:
        return False
    try:
        conn.execute("SELECT count(*) FROM records").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _cache_store_path() -> Path:
    return paths.user_cache_dir() / "guidebook.sqlite"
