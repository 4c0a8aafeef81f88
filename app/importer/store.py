"""The user's store of imported reports: `imports.sqlite` in the user data folder.

Same layout as the bundled store (created from db/schema.sql) so one search path covers
both, plus an `imports` table (one row per report) and triggers that keep the external-
content FTS index in step with `records`. Each imported section is stored once, with
`lang` = '*' (`app.store.records.ANY_LANG`): every lookup by language finds it, so the
window and search read it in any interface language; `data.lang` says which language the
report is really in. Its page HTML is made when it is read. (Stores made by earlier
versions hold a copy per content language; they are read as they are.)

Every change (import, replace, remove, rename) is one transaction: a crash or an error
half-way leaves the store as it was. A change that was interrupted (kill -9, power loss, a
full disk) leaves a journal that is rolled back the next time the store is opened
(`recover`), before anything else reads it. Only a file whose content is found damaged
(`diagnose`: not a database, tables missing, the integrity check fails) is moved aside
(renamed with a timestamp, never deleted) and a new one started; `notice` then holds the
sentence to show the user, every command says it (`take_notices`), and
`objector-guide imports restore` lists kept copies and puts one back (`restore`). A
store that merely cannot be read now (locked, a full disk, a read-only folder) is left
where it is, with a sentence saying why.
"""

from __future__ import annotations

import builtins
import datetime as _dt
import errno
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from app import paths
from app.errors import NotFound, StoreError, UserError
from app.records import IMPORTED_ID_PREFIX
from app.store.records import ANY_LANG
from app.userdata.atomic import make_private_dir
from app.userdata.file_lock import LockBusy, locked
from app.userdata.write_problems import cannot_save, is_write_problem, why

STORE_KIND = "imports"
STORE_VERSION = "1"
REQUIRED_TABLES = frozenset({"meta", "records", "records_fts", "names", "links", "imports"})
Progress = Callable[[int, int], None]

_EXTRA_SQL = """
CREATE TABLE IF NOT EXISTS imports (
    doc_id      TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    publisher   TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    encoding    TEXT NOT NULL,
    lang        TEXT NOT NULL,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    sections    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS records_origin ON records (origin);
CREATE TRIGGER IF NOT EXISTS records_ai AFTER INSERT ON records BEGIN
    INSERT INTO records_fts (rowid, title, aliases, body) VALUES (new.rowid, new.title, new.aliases, new.body);
END;
CREATE TRIGGER IF NOT EXISTS records_ad AFTER DELETE ON records BEGIN
    INSERT INTO records_fts (records_fts, rowid, title, aliases, body)
    VALUES ('delete', old.rowid, old.title, old.aliases, old.body);
END;
"""
# Only a change of the indexed text re-indexes a row (renaming a report changes `data`).
_UPDATE_TRIGGER = """CREATE TRIGGER IF NOT EXISTS records_au AFTER UPDATE OF title, aliases, body ON records BEGIN
    INSERT INTO records_fts (records_fts, rowid, title, aliases, body)
    VALUES ('delete', old.rowid, old.title, old.aliases, old.body);
    INSERT INTO records_fts (rowid, title, aliases, body) VALUES (new.rowid, new.title, new.aliases, new.body);
END;"""
_EXTRA_SQL += _UPDATE_TRIGGER + "\n"


class DuplicateImport(UserError):
    """The same bytes were imported before; `existing` is that import."""

    def __init__(self, existing: ImportedDoc, hint: str = "choose to replace the earlier import "
                 "to import it again") -> None:
        when = existing.imported_at[:10]
        super().__init__(f"This file was already imported on {when} as “{existing.title}” "
                         f"(id {existing.doc_id}); {hint}.")
        self.existing = existing


@dataclass(frozen=True)
class ImportedDoc:
    doc_id: str
    title: str
    publisher: str
    date: str
    file_name: str
    sha256: str
    encoding: str
    lang: str
    format: str
    imported_at: str
    sections: int

    @property
    def origin(self) -> str:
        return origin_for(self.doc_id)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class NewSection:
    number: int
    title: str
    level: int
    parent: int | None
    text: str


def origin_for(doc_id: str) -> str:
    return f"import:{doc_id}"


def record_id(doc_id: str, number: int) -> str:
    return f"{IMPORTED_ID_PREFIX}{doc_id}-{number}"


def imports_path() -> Path:
    return paths.imports_store_path()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def _doc(row: tuple) -> ImportedDoc:
    return ImportedDoc(*row)


_DOC_COLUMNS = ("doc_id, title, publisher, date, file_name, sha256, encoding, lang, format, "
                "imported_at, sections")


# ------------------------------------------------------------------ opening

def _ro_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def _rw_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=rw"  # never creates a file


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


class Busy(StoreError):
    """Another program (or an import in progress) holds the store locked; not damage."""

    def __init__(self) -> None:
        super().__init__("The imported reports file is in use by another import right now; try again in a moment.")


class Unavailable(StoreError):
    """The store is intact (or may be) but cannot be read or written right now: a full disk, a
    read-only folder, no permission, an interrupted change that cannot be undone yet. Never
    a reason to set the file aside."""


# SQLite's primary result codes (sqlite.org/rescode.html), spelled out here because the sqlite3
# module names them only from Python 3.11 and the app also runs on 3.10.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def _is_busy(exc: BaseException) -> bool:
    """A lock is not damage: a busy store must never be moved aside."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in str(exc) or "busy" in str(exc)


_DAMAGE_CODES = (SQLITE_CORRUPT, SQLITE_NOTADB)


def _is_damage(exc: BaseException) -> bool:
    """What SQLite says only of a file that is not (or no longer) a sound database. Anything
    else (a full disk, a read-only folder, "attempt to write a readonly database" for a hot
    journal that a read-only connection may not roll back, no memory) says nothing about
    the file's content."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def recover(path: Path, timeout: float = 5.0) -> None:
    """Undo a change that was interrupted (kill -9, power loss, a full disk) so the store can
    be read again: SQLite rolls a hot journal back when a connection that may write reads
    the file. Nothing happens without a journal, or while another import holds the store
    (its journal is not hot). Raises Busy, Unavailable (the rollback cannot be written
    now: the store and its journal stay as they are), or sqlite3.DatabaseError for damage."""
    try:
        if not journal_path(path).exists():
            return
    except OSError:
        return
    try:
        conn = sqlite3.connect(_rw_uri(path), uri=True, timeout=timeout)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if _is_busy(exc):
            raise Busy() from None
        if _is_damage(exc):
            raise
        raise Unavailable(_unavailable(path, exc)) from None


def _unavailable(path: Path, exc: BaseException) -> str:
    return (f"The imported reports cannot be read right now: {path.name} is kept as it is, but "
            f"{_why_unavailable(exc)}. Nothing was lost; try again once that is solved.")


def _why_unavailable(exc: BaseException) -> str:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    if code == SQLITE_FULL or "full" in text:
        return "the disk is full (an interrupted change must be undone first; free some space)"
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM) or "readonly" in text \
            or "read-only" in text or "unable to open" in text:
        return ("its folder cannot be written (an interrupted change must be undone first; start the app "
                "where the folder can be written)")
    return f"it cannot be opened ({exc})"


def diagnose(path: Path, timeout: float = 5.0) -> str:
    """'' when `path` is a sound imports store (after undoing an interrupted change), else
    what is wrong with its content: the only reason to set it aside. Raises Busy, or
    Unavailable when the answer cannot be had now (the file must then stay where it is)."""
    if not path.is_file():
        return "not a file"
    try:
        recover(path, timeout)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        if _is_busy(exc):
            raise Busy() from None
        if _is_damage(exc):
            return str(exc)
        raise Unavailable(_unavailable(path, exc)) from None
    try:
        missing = REQUIRED_TABLES - _tables(conn)
        if missing:
            return "missing " + ", ".join(sorted(missing))
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            return f"integrity check: {check[0] if check else 'no answer'}"
        conn.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'a*'").fetchone()
        conn.execute("SELECT count(*) FROM imports").fetchone()
        return ""
    except sqlite3.Error as exc:
        if _is_busy(exc):
            raise Busy() from None
        if _is_damage(exc) or isinstance(exc, sqlite3.DatabaseError) and "no such" in str(exc).lower():
            return str(exc)
        raise Unavailable(_unavailable(path, exc)) from None
    finally:
        conn.close()


_problem = diagnose  # the name tests and older callers use


ASIDE_GLOB = "imports.corrupt-*.sqlite"
RESTORE_HINT = ("To put its reports back: File → Manage Imported Reports → Put Back a Kept Copy, "
                "or objector-guide imports restore")
_notices: list[str] = []  # set-aside notices of this process not yet shown (see take_notices)


def move_aside(path: Path) -> Path:
    """Rename a damaged store (and its journal) out of the way; never delete it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
    try:
        os.replace(path, aside)
        for suffix in ("-journal", "-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise StoreError(f"The imported reports file {path.name} is damaged and could not be moved "
                         f"aside ({exc.strerror or exc}).") from None
    return aside


def _moved_notice(path: Path, aside: Path, reason: str = "") -> str:
    why = f" ({reason})" if reason and len(reason) < 200 else ""
    return (f"The imported reports file {path.name} could not be read{why}; it was kept as {aside.name} "
            f"in {aside.parent} and a new, empty one was started. {RESTORE_HINT}.")


def set_aside(path: Path, reason: str) -> str:
    """Move a store whose content `diagnose` found damaged aside; the sentence saying so (also
    kept for `take_notices`, so every command can tell the user)."""
    aside = move_aside(path)
    notice = _moved_notice(path, aside, reason)
    _notices.append(notice)
    return notice


def pending_notices() -> list[str]:
    """The set-aside notices of this process not shown yet, left for `take_notices`."""
    return list(_notices)


def take_notices() -> list[str]:
    """The set-aside notices of this process not shown yet (each is returned once)."""
    out = list(_notices)
    _notices.clear()
    return out


def kept_copies(folder: Path | None = None) -> list[Path]:
    """Set-aside stores in the data folder, newest first."""
    folder = Path(folder) if folder else imports_path().parent
    try:
        found = [p for p in folder.glob(ASIDE_GLOB) if p.is_file() or p.is_dir()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def _is_disk_problem(exc: BaseException) -> bool:
    return is_write_problem(exc) or "disk i/o" in str(exc).lower()


def _cannot_write(folder: Path, exc: BaseException) -> str:
    """One sentence that says what is wrong and where, for a read-only or full data folder."""
    advice = "free some space or start" if why(exc) == "the disk is full" else "start"
    return (cannot_save("Imported reports", folder, exc) + f" Nothing was changed; {advice} "
            "the app with --data-dir pointing to a folder it can write.")


def _create(path: Path) -> None:
    """Write a fresh store to a temporary file (owner-only: it holds what the counsellor
    imported) and rename it into place."""
    make_private_dir(path.parent)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        tmp.touch(mode=0o600)
        conn = sqlite3.connect(tmp)
        try:
            conn.executescript(paths.schema_path().read_text(encoding="utf-8"))
            conn.executescript(_EXTRA_SQL)
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             [("store", STORE_KIND), ("schema_version", STORE_VERSION), ("created", _now())])
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def open_for_search(path: Path | None = None, timeout: float = 5.0) -> tuple[sqlite3.Connection | None, str]:
    """A read-only connection to the imports store for search and the reader.

    (None, '') when there is no store yet: nothing is created just to read. An interrupted
    change (a hot journal) is undone first. Only a store whose content is found damaged
    (`diagnose`) is moved aside: (None, the sentence saying so). A store locked by an import
    in progress, or one that cannot be read now (a full disk, a read-only folder), is left
    alone: (None, a sentence); reload once that is over.
    """
    path = Path(path) if path else imports_path()
    if not path.exists():
        return None, ""
    conn = None
    try:
        if path.is_file():
            recover(path, timeout)
            conn = sqlite3.connect(_ro_uri(path), uri=True, timeout=timeout, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            if REQUIRED_TABLES - _tables(conn):
                raise sqlite3.DatabaseError("not an imports store")
            conn.execute("SELECT count(*) FROM imports").fetchone()
            return conn, ""
    except (sqlite3.Error, Busy, Unavailable) as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, Busy) or _is_busy(exc):
            return None, str(Busy())
        if isinstance(exc, Unavailable):
            return None, str(exc)
    # something is wrong: set the file aside only when its content is damaged, under the lock
    # (a store another process has just created there is not moved aside)
    try:
        with replacing(path, timeout):
            problem = diagnose(path, timeout) if path.exists() or path.is_symlink() else ""
            if problem:
                return None, set_aside(path, problem)
        # sound after all (a moment's trouble): read it
        return open_for_search(path, timeout) if path.is_file() else (None, "")
    except (Busy, Unavailable, StoreError) as exc:
        return None, str(exc)


def holds_reports(path: Path) -> bool:
    """Whether the imports file at `path` holds a report; read-only. A file that cannot be read
    counts as holding some: what it holds is never replaced unseen."""
    if not (path.exists() or path.is_symlink()):
        return False
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            return conn.execute("SELECT count(*) FROM imports").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def lookup(sha256: str, file_name: str, path: Path | None = None) -> tuple[ImportedDoc | None, bool]:
    """(an earlier import of these bytes or of a file with this name, same_bytes); read-only."""
    path = Path(path) if path else imports_path()
    if not path.is_file():
        return None, False
    try:
        recover(path)
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            row = conn.execute(f"SELECT {_DOC_COLUMNS} FROM imports WHERE sha256 = ?", (sha256,)).fetchone()
            if row:
                return _doc(row), True
            row = conn.execute(f"SELECT {_DOC_COLUMNS} FROM imports WHERE file_name = ? "
                               "ORDER BY imported_at DESC", (file_name,)).fetchone()
            return (_doc(row), False) if row else (None, False)
        finally:
            conn.close()
    except (sqlite3.Error, StoreError):
        return None, False  # a damaged store is dealt with when it is opened for writing


# ------------------------------------------------------------------ the store

_UNWRITABLE = {errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM}


def _can_create_in(folder: Path) -> bool:
    """Tried, not asked: os.access says nothing of a folder's ACL on Windows, nor of a
    write-protected stick, nor, for root, of a read-only mount."""
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".imports-probe-")
    except FileExistsError:  # every name taken: files can be made there
        return True
    except OSError:
        return False
    os.close(fd)
    with suppress(OSError):
        os.unlink(probe)
    return True


@contextmanager
def replacing(path: Path, timeout: float = 10.0) -> Iterator[OSError | None]:
    """The lock beside the imports file, held while it is checked, set aside, created or put back
    from a kept copy: two first imports at once (the window and the command line) each found no
    store, and the later one's fresh store replaced the one the other had just written a report
    into (reported as stored, then gone); a restore or a search's set-aside did the same.

    Yields None when held; the error in a folder nothing can be written to (a read-only folder,
    a full disk), where no other process can create or replace the file either. Busy when another
    process holds it; StoreError, naming the lock file, when the lock file alone is refused (one
    left by another user, or a link)."""
    lock = path.with_name(path.name + ".lock")
    with ExitStack() as held:
        try:
            make_private_dir(path.parent)
            held.enter_context(locked(lock, timeout))
            refused = None
        except LockBusy:
            raise Busy() from None
        except OSError as exc:
            folder_refuses = exc.errno in _UNWRITABLE and not _can_create_in(path.parent)
            if not (folder_refuses or exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS)):
                raise StoreError(f"The lock file {lock} cannot be opened ({why(exc)}); nothing was changed. "
                                 "Close other copies of the app and remove that file.") from None
            refused = exc
        yield refused


class ImportsStore:
    """Read-write access to imports.sqlite. Use as a context manager or call close()."""

    def __init__(self, path: Path | None = None, timeout: float = 10.0) -> None:
        self.path = Path(path) if path else imports_path()
        self.notice = ""
        with replacing(self.path, timeout) as refused:
            if refused is not None and not (self.path.exists() or self.path.is_symlink()):
                raise StoreError(_cannot_write(self.path.parent, refused))
            # without the lock, a store is there to read (list, search) in a folder no process can write
            self._check_or_create(timeout)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=timeout, check_same_thread=False)
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"The imported reports file cannot be opened ({exc}).") from None
        self._upgrade()

    def _check_or_create(self, timeout: float) -> None:
        if self.path.exists() or self.path.is_symlink():
            problem = diagnose(self.path, timeout)  # raises Busy / Unavailable: the file stays
            if problem:
                self.notice = set_aside(self.path, problem)
        if not self.path.exists():
            try:
                _create(self.path)
            except (OSError, sqlite3.Error) as exc:  # sqlite says "unable to open database file"
                raise StoreError(_cannot_write(self.path.parent, exc)) from None

    def _upgrade(self) -> None:
        """Stores made by earlier versions re-indexed every row when a title changed (the
        update trigger fired on any column): re-create it for the indexed columns only.
        Best effort: a store that cannot be written now keeps the old trigger."""
        try:
            row = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'records_au'"
                                    ).fetchone()
            if row is None or "UPDATE OF" in (row[0] or ""):
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.execute("DROP TRIGGER records_au")
                self.conn.execute(_UPDATE_TRIGGER)
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def __enter__(self) -> ImportsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # reading
    def list(self) -> list[ImportedDoc]:
        rows = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM imports ORDER BY imported_at, doc_id").fetchall()
        return [_doc(r) for r in rows]

    def get(self, doc_id: str) -> ImportedDoc:
        row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM imports WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFound(f"There is no imported report with the id '{doc_id}'.")
        return _doc(row)

    def find_sha(self, sha256: str) -> ImportedDoc | None:
        row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM imports WHERE sha256 = ?", (sha256,)).fetchone()
        return _doc(row) if row else None

    def record_count(self, doc_id: str | None = None) -> int:
        if doc_id is None:
            return self.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM records WHERE origin = ?", (origin_for(doc_id),)).fetchone()[0]

    # writing: each method is one transaction
    def _transaction(self) -> _Tx:
        return _Tx(self.conn)

    def add(self, doc: ImportedDoc, sections: builtins.list[NewSection], replace: bool | str = False,
            progress: Progress | None = None) -> tuple[ImportedDoc, ImportedDoc | None]:
        """Store `doc` and its sections. `replace`: True replaces an import of the same
        bytes; a doc id replaces that import. Returns (stored doc, replaced doc or None)."""
        with self._transaction():
            replaced = None
            same = self.find_sha(doc.sha256)
            if same is not None:
                if not replace:
                    raise DuplicateImport(same)
                replaced = same
            elif isinstance(replace, str) and replace:
                row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM imports WHERE doc_id = ?",
                                        (replace,)).fetchone()
                replaced = _doc(row) if row else None  # already removed meanwhile: nothing to replace
            if replaced is not None:
                self._delete(replaced.doc_id)
            doc = self._unique_id(doc)
            self.conn.execute(f"INSERT INTO imports ({_DOC_COLUMNS}) VALUES ({','.join('?' * 11)})",
                              tuple(asdict(doc).values()))
            total = len(sections)
            for done, row_set in enumerate(_rows(doc, sections), start=1):
                self.conn.executemany(
                    "INSERT INTO records (kind, id, lang, title, aliases, body, html, source_section, as_of, "
                    "parent, ord, fallback, origin, data) VALUES (:kind, :id, :lang, :title, :aliases, :body, "
                    ":html, :source_section, :as_of, :parent, :ord, :fallback, :origin, :data)", row_set)
                if progress:
                    progress(done, total)
            return doc, replaced

    def remove(self, doc_id: str) -> ImportedDoc:
        with self._transaction():
            doc = self.get(doc_id)
            self._delete(doc_id)
            return doc

    def rename(self, doc_id: str, title: str) -> ImportedDoc:
        title = clean_title(title)
        with self._transaction():
            self.get(doc_id)
            self.conn.execute("UPDATE imports SET title = ? WHERE doc_id = ?", (title, doc_id))
            self.conn.execute("UPDATE records SET data = json_set(data, '$.document_title', ?) WHERE origin = ?",
                              (title, origin_for(doc_id)))
            return self.get(doc_id)

    def merge_from(self, other: Path) -> tuple[builtins.list[ImportedDoc], builtins.list[ImportedDoc]]:
        """Copy the reports of another (sound) imports store into this one, in one transaction:
        (reports added, reports of `other` this store holds already). A report with the same
        bytes is not copied twice; rows of an earlier version's per-language copies are
        stored once."""
        try:
            self.conn.execute("ATTACH DATABASE ? AS kept", (str(other),))
        except sqlite3.Error as exc:
            raise StoreError(f"{other.name} cannot be opened ({exc}).") from None
        try:
            with self._transaction():
                kept = [_doc(r) for r in self.conn.execute(
                    f"SELECT {_DOC_COLUMNS} FROM kept.imports ORDER BY imported_at, doc_id")]
                added: list[ImportedDoc] = []
                present: list[ImportedDoc] = []
                for doc in kept:
                    if self.find_sha(doc.sha256) is not None:
                        present.append(doc)
                        continue
                    if self.conn.execute("SELECT 1 FROM imports WHERE doc_id = ?", (doc.doc_id,)).fetchone():
                        continue  # another report has its id here (same first hex digits): left in the copy
                    self.conn.execute(f"INSERT INTO imports ({_DOC_COLUMNS}) SELECT {_DOC_COLUMNS} FROM kept.imports "
                                      "WHERE doc_id = ?", (doc.doc_id,))
                    self.conn.execute(
                        "INSERT INTO records (kind, id, lang, title, aliases, body, html, source_section, as_of, "
                        "parent, ord, fallback, origin, data) SELECT kind, id, ?, title, aliases, body, '', "
                        "source_section, as_of, parent, ord, fallback, origin, data FROM kept.records r "
                        "WHERE origin = ? AND lang = (SELECT min(lang) FROM kept.records r2 "
                        "WHERE r2.kind = r.kind AND r2.id = r.id) ORDER BY ord", (ANY_LANG, origin_for(doc.doc_id)))
                    added.append(doc)
                return added, present
        finally:
            with suppress(sqlite3.Error):
                self.conn.execute("DETACH DATABASE kept")

    def _delete(self, doc_id: str) -> None:
        self.conn.execute("DELETE FROM records WHERE origin = ?", (origin_for(doc_id),))
        self.conn.execute("DELETE FROM imports WHERE doc_id = ?", (doc_id,))

    def _unique_id(self, doc: ImportedDoc) -> ImportedDoc:
        for length in (8, 12, 16, 64):
            candidate = doc.sha256[:length]
            if not self.conn.execute("SELECT 1 FROM imports WHERE doc_id = ?", (candidate,)).fetchone():
                return ImportedDoc(**{**asdict(doc), "doc_id": candidate})
        raise StoreError("The imported report could not be given an id.")  # pragma: no cover


class _Tx:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (which is re-raised)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
                raise StoreError(_cannot_write(Path(self.conn.execute("PRAGMA database_list").fetchone()[2]).parent,
                                               exc)) from None
            raise StoreError(f"The imported reports file is busy or locked ({exc}); try again.") from None

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: object) -> Literal[False]:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return False
            except sqlite3.Error as err:
                if self.conn.in_transaction:  # a failed COMMIT may have rolled back already
                    self.conn.execute("ROLLBACK")
                raise StoreError(f"The imported report could not be saved ({err}).") from None
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            if _is_disk_problem(exc):
                folder = Path(self.conn.execute("PRAGMA database_list").fetchone()[2]).parent
                raise StoreError(_cannot_write(folder, exc)) from None
            raise StoreError(f"The imported report could not be saved ({exc}).") from None
        return False


def clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise UserError("A title cannot be empty.")
    if len(title) > 200:
        raise UserError("A title can be at most 200 characters long.")
    return title


def _rows(doc: ImportedDoc, sections: Iterable[NewSection]) -> Iterator[list[dict[str, object]]]:
    """For each section, its row: stored once for every language (lang '*'), the page HTML
    made when it is read (`app.store.records`)."""
    for s in sections:
        data = json.dumps({
            "document": doc.doc_id, "document_title": doc.title, "publisher": doc.publisher,
            "date": doc.date, "encoding": doc.encoding, "file_name": doc.file_name, "format": doc.format,
            "lang": doc.lang, "level": s.level, "reviewed": False,
            "terms": [], "laws": [], "sources": [],
        }, ensure_ascii=False)
        yield [{
            "kind": "section", "id": record_id(doc.doc_id, s.number), "lang": ANY_LANG, "title": s.title,
            "aliases": "", "body": s.text, "html": "", "source_section": s.title, "as_of": doc.date,
            "parent": record_id(doc.doc_id, s.parent) if s.parent else None, "ord": s.number,
            "fallback": 0, "origin": origin_for(doc.doc_id), "data": data,
        }]
