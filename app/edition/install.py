"""Install, list and roll back content editions in the user data folder.

Installing never touches what is in use until the very last step:

1. verify the file (signature, trusted key, manifest) and refuse an edition that needs a
   newer app or is not newer than the one in use (unless a downgrade is asked for);
2. unpack it into editions/.tmp-XXXX;
3. load it with the strict content loader, the wizard validator and the sheet loaders;
4. build its search store beside it;
5. rename the folder to its final name, then replace the pointer (editions/current.json)
   by an atomic rename.

A kill at any moment before step 5's rename leaves the previous pointer, naming a complete
folder; leftovers (.tmp-*) are removed by the next install. The bundled content is never
changed and stays the fallback: `rollback()` goes back to the previous edition or to it.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from app import paths
from app.edition.active import (
    HISTORY_LIMIT,
    RESOURCES_NAME,
    SIGNATURE_NAME,
    STORE_NAME,
    TMP_PREFIX,
    Pointer,
    _fsync_dir,
    bundled_version,
    check_folder,
    clear_content_caches,
    editions_dir,
    read_pointer,
    resolve,
    resolve_on_disk,
    write_pointer,
)
from app.edition.errors import EditionError, InvalidContent, NeedsNewerApp, NotNewer
from app.edition.manifest import MANIFEST_NAME, Manifest, version_key
from app.edition.staleness import is_older_than
from app.edition.verify import VerifiedEdition, extract, verify

Progress = Callable[[str, float], None]
LOCK_NAME = ".lock"
LOCK_TIMEOUT = 30.0

# what the steps are called when reported to a progress callback (the UI may translate them)
STEPS = ("verifying", "unpacking", "checking", "indexing", "switching", "done")


@dataclass(frozen=True)
class EditionInfo:
    """An edition as the UI shows it: the bundled one or an installed one."""

    id: str
    version: str
    date: str
    publisher: str              # '' for the bundled content (it ships with the app)
    min_app_version: str
    changelog: Mapping[str, str]
    content_version: str
    bundled: bool
    name: str | None = None     # its folder under editions/ (None: bundled)
    active: bool = False
    notice: str = ""            # why an installed edition is not in use (damaged ...), else ''

    def changelog_in(self, lang: str) -> str:
        return self.changelog.get(lang) or self.changelog.get("en", "")

    @property
    def label(self) -> str:
        return f"{self.version} ({self.date})" if self.date else self.version

    @classmethod
    def from_manifest(cls, manifest: Manifest, name: str, active: bool = False) -> EditionInfo:
        return cls(id=manifest.id, version=manifest.version, date=manifest.date, publisher=manifest.publisher,
                   min_app_version=manifest.min_app_version, changelog=manifest.changelog,
                   content_version=manifest.content_version, bundled=False, name=name, active=active)


def bundled_edition(active: bool = False, notice: str = "") -> EditionInfo:
    """The content that ships with the app (resources/), described like an edition."""
    from app import __version__
    from app.content.version import content_version
    from app.edition.build import content_edition

    try:
        version, as_of = content_edition((paths.resources_dir() / "content" / "manifest.yaml").read_bytes())
        cversion = content_version(paths.resources_dir() / "content")
    except OSError:
        version, as_of, cversion = "", "", ""
    return EditionInfo(id=f"bundled-{version}", version=version, date=as_of, publisher="",
                       min_app_version=__version__, changelog=MappingProxyType({}), content_version=cversion,
                       bundled=True, name=None, active=active, notice=notice)


def active_edition(on_disk: bool = False) -> EditionInfo:
    """The edition in use (id, version, date, publisher, changelog; `notice` when an installed
    one could not be used and the bundled content stands in): the one this process uses, or
    with `on_disk` the one the pointer names now (another window may have installed one)."""
    res = resolve_on_disk() if on_disk else resolve()
    if res.folder is None or res.manifest is None:
        return bundled_edition(active=True, notice=res.notice)
    return EditionInfo.from_manifest(res.manifest, res.folder.name, active=True)


def is_stale(today: _dt.date | None = None, months: int = 12, edition: EditionInfo | None = None) -> bool:
    """True when the edition (default: the one in use) is more than `months` months old."""
    edition = edition or active_edition()
    try:
        made = _dt.date.fromisoformat(edition.date)
    except ValueError:
        return False
    return is_older_than(made, months, today or _dt.date.today())


def list_editions() -> list[EditionInfo]:
    """The bundled content and every installed edition one can roll back to, newest last;
    the one in use has active=True."""
    base = editions_dir()
    res = resolve()
    try:
        pointer = read_pointer(base)
    except ValueError:
        pointer = Pointer()
    active_name = res.folder.name if res.folder is not None else None
    out = [bundled_edition(active=active_name is None, notice=res.notice if active_name is None else "")]
    names = [n for n in dict.fromkeys([*pointer.history, pointer.active]) if n]
    for name in names:
        manifest, problem = check_folder(base / name)
        if manifest is None:
            continue
        info = EditionInfo.from_manifest(manifest, name, active=name == active_name)
        out.append(info if not problem else _with_notice(info, problem))
    return out


def _with_notice(info: EditionInfo, notice: str) -> EditionInfo:
    from dataclasses import replace

    return replace(info, notice=notice)


@dataclass(frozen=True)
class InstallResult:
    edition: EditionInfo          # the edition now in use
    previous: EditionInfo         # the one in use before
    verified: VerifiedEdition | None = field(default=None, repr=False)
    already_active: bool = False  # the very same file was already in use: nothing was changed


def folder_name(edition: VerifiedEdition) -> str:
    return f"{edition.version}-{edition.sha256[:12]}"


@contextmanager
def _one_install_at_a_time(base: Path) -> Iterator[None]:
    """One install or rollback at a time (two windows, or a window and the CLI)."""
    from app.userdata.file_lock import LockBusy, locked
    from app.userdata.write_problems import why

    base.mkdir(parents=True, exist_ok=True)
    with ExitStack() as held:
        try:
            held.enter_context(locked(base / LOCK_NAME, timeout=LOCK_TIMEOUT))
        except LockBusy:
            raise EditionError("Another content update is being installed right now; try again in a minute.") from None
        except OSError as exc:  # a read-only or full folder: said, not a crash
            raise EditionError(f"Content updates cannot be installed in {base}: {why(exc)}.") from None
        yield


def check_installable(edition: VerifiedEdition, allow_downgrade: bool = False,
                      current: EditionInfo | None = None) -> EditionInfo:
    """Refuse an edition that needs a newer app or is not newer than the one in use; returns
    the one in use. (The UI can call this after verify() to show the refusal before asking.)"""
    from app import __version__

    if edition.needs_newer_app:
        raise NeedsNewerApp(f"This edition ({edition.version}) needs version {edition.min_app_version} of the app; "
                            f"this is version {__version__}. Update the app first, then install the edition.")
    current = current or active_edition(on_disk=True)
    if not allow_downgrade and version_key(edition.version) <= version_key(current.version):
        same = version_key(edition.version) == version_key(current.version)
        raise NotNewer(f"This edition ({edition.version}, {edition.date}) is "
                       f"{'the same version as' if same else 'older than'} the one in use "
                       f"({current.version}, {current.date}); nothing was changed. "
                       "To go back to it on purpose, install it with --allow-downgrade.")
    return current


def _leftovers(base: Path) -> Iterator[Path]:
    for child in base.iterdir():
        if child.name.startswith(TMP_PREFIX) or child.name.startswith(".trash-"):
            yield child


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:
            pass


def _prune(base: Path, keep: set[str | None]) -> None:
    """Remove installed folders nothing points to any more (errors ignored: a file another
    window still has open on Windows is removed next time)."""
    for child in base.iterdir():
        if child.is_dir() and not child.name.startswith(".") and child.name not in keep:
            _remove(child)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def install(path: Path, allow_downgrade: bool = False, progress: Progress | None = None) -> InstallResult:
    """Verify and install the edition file at `path`, then make it the edition in use.

    Raises an EditionError subclass (NotSigned, Tampered, UntrustedKey, NotNewer,
    NeedsNewerApp, InvalidContent, ...) with nothing changed. `progress(step, fraction)` is
    called with a step from STEPS and a fraction from 0 to 1.
    """
    from app.edition.build import validate_tree
    from app.render.abbreviations import load_abbreviations
    from app.store.build import build_store

    report = progress or (lambda _step, _fraction: None)
    report("verifying", 0.0)
    edition = verify(path)
    name = folder_name(edition)
    if active_edition(on_disk=True).name != name:
        check_installable(edition, allow_downgrade)  # refuse early, before waiting for the lock
    base = editions_dir()
    with _one_install_at_a_time(base):
        for leftover in _leftovers(base):  # of an install that was killed or crashed
            _remove(leftover)
        current = active_edition(on_disk=True)  # under the lock: another install may just have finished
        if current.name == name:
            report("done", 1.0)
            return InstallResult(current, current, edition, already_active=True)
        check_installable(edition, allow_downgrade, current)
        tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=base))
        try:
            report("unpacking", 0.1)
            root = tmp / RESOURCES_NAME
            # not flushed file by file (slow on some disks): if a power cut loses them after the
            # switch, the check at start (active.check_folder) finds them damaged and the
            # bundled content is used, with a notice; the pointer itself is flushed
            extract(edition, root)
            report("checking", 0.25)
            content = validate_tree(root)
            if content.version != edition.manifest.content_version:
                raise InvalidContent("The edition's content does not match its manifest (content version "
                                     f"{content.version}, manifest says {edition.manifest.content_version}).")
            report("indexing", 0.6)
            abbreviations = load_abbreviations.__wrapped__(root / "sheet" / "abbreviations.yaml")
            build_store(content, tmp / STORE_NAME, paths.schema_path().read_text(encoding="utf-8"), abbreviations)
            _write_synced(tmp / SIGNATURE_NAME, edition.signature_line)
            _write_synced(tmp / MANIFEST_NAME, edition.manifest.to_bytes())  # last: its presence marks it complete
            _fsync_dir(tmp)
            _manifest, problem = check_folder(tmp)
            if problem:
                raise EditionError(f"The edition could not be unpacked correctly: {problem}.")
            report("switching", 0.9)
            final = base / name
            if final.exists():  # installed before (and since rolled back, or damaged): replace it
                trash = base / f".trash-{name}-{os.getpid()}"
                os.replace(final, trash)
                _remove(trash)
            os.replace(tmp, final)
            _fsync_dir(base)
        except BaseException:
            _remove(tmp)
            raise
        try:
            pointer = read_pointer(base)
        except ValueError:
            pointer = Pointer()
        history = [h for h in (*pointer.history, current.name) if h != name]
        history = list(dict.fromkeys(reversed(history)))[::-1][-HISTORY_LIMIT:]  # unique, most recent last
        write_pointer(Pointer(name, tuple(history), bundled_version()), base)
        _prune(base, {name, *history})
        clear_content_caches()
    now = active_edition()
    report("done", 1.0)
    return InstallResult(now, current, edition)


def rollback(to_bundled: bool = False) -> EditionInfo:
    """Go back to the edition in use before the current one (skipping any that was removed
    or damaged), or to the bundled content; returns the edition now in use."""
    base = editions_dir()
    with _one_install_at_a_time(base):
        try:
            pointer = read_pointer(base)
        except ValueError:
            pointer = Pointer()
        if pointer.active is None and not to_bundled:
            if resolve_on_disk().notice:  # a damaged pointer: reset it to the bundled content
                write_pointer(Pointer(None, (), bundled_version()), base)
                return active_edition()
            raise EditionError("The bundled content is already in use; there is no earlier edition to go back to.")
        history = list(pointer.history)
        target: str | None = None
        if not to_bundled:
            while history:
                candidate = history.pop()
                if candidate is None or not check_folder(base / candidate)[1]:
                    target = candidate
                    break
        else:
            history = []
        write_pointer(Pointer(target, tuple(history), bundled_version()), base)
        _prune(base, {target, *history})
        clear_content_caches()
    return active_edition()
