"""Which content is in use: an installed edition, or the content bundled with the app.

Read by app.paths at every start and whenever a content file is looked up, so this module
uses the standard library only and decides once per process (see `resolve`).

Layout in the user data folder:

    editions/current.json        the pointer: {"format": 1, "active": NAME|null, "history": [...]}
    editions/NAME/edition.json   the signed manifest, byte for byte as signed
    editions/NAME/signature.txt  the signature line it came with
    editions/NAME/resources/     content/, wizard/, sheet/*.yaml, i18n/termbase.yaml
    editions/NAME/guidebook.sqlite  the search store built from it at install time
    editions/.tmp-*              an install in progress (or one killed half way): never read

The pointer is only ever replaced by an atomic rename, and it only ever names a folder that
was complete before the rename; so a kill at any moment leaves either the old or the new
edition in use. A folder that is missing or whose files do not match its manifest (damaged
on disk) is not used: the bundled content is, and `notice()` says so.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app import paths
from app.edition.errors import EditionError

if TYPE_CHECKING:
    from app.edition.manifest import Manifest

EDITIONS_FOLDER = "editions"
POINTER_NAME = "current.json"
SIGNATURE_NAME = "signature.txt"
RESOURCES_NAME = "resources"
STORE_NAME = "guidebook.sqlite"
TMP_PREFIX = ".tmp-"
HISTORY_LIMIT = 3


def editions_dir() -> Path:
    return paths.user_data_dir() / EDITIONS_FOLDER


class Pointer(NamedTuple):
    active: str | None = None          # folder name under editions/, None: the bundled content
    history: tuple[str | None, ...] = ()  # what was in use before, most recent last
    bundled: str = ""  # the bundled content's edition when the pointer was written

    def to_bytes(self) -> bytes:
        return (json.dumps({"format": 1, "active": self.active, "history": list(self.history),
                            "bundled": self.bundled}, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _valid_name(name: object) -> bool:
    return isinstance(name, str) and bool(name) and "/" not in name and "\\" not in name \
        and not name.startswith(".") and name not in ("..",)


def read_pointer(base: Path | None = None) -> Pointer:
    """The pointer (an empty one when there is none). ValueError when it cannot be read."""
    path = (base or editions_dir()) / POINTER_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Pointer()
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"the edition pointer {path.name} cannot be read ({exc})") from None
    if (not isinstance(raw, dict) or raw.get("format") != 1
            or not (raw.get("active") is None or _valid_name(raw.get("active")))
            or not isinstance(raw.get("history"), list)
            or not all(h is None or _valid_name(h) for h in raw["history"])
            or not isinstance(raw.get("bundled", ""), str)):
        raise ValueError(f"the edition pointer {path.name} is damaged")
    return Pointer(raw["active"], tuple(raw["history"]), raw.get("bundled", ""))


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; its renames are journaled
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_pointer(pointer: Pointer, base: Path | None = None) -> None:
    """Replace the pointer atomically: written in full and flushed to disk beside it, then
    renamed over it (a reader sees the old pointer or the new one, never half of one)."""
    base = base or editions_dir()
    base.mkdir(parents=True, exist_ok=True)
    tmp = base / f"{TMP_PREFIX}{POINTER_NAME}.{os.getpid()}"
    with open(tmp, "wb") as fh:
        fh.write(pointer.to_bytes())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, base / POINTER_NAME)
    _fsync_dir(base)
    forget()


def sha256_file(path: Path) -> str:
    import hashlib  # here, not at the top: every start imports this module, few check a file

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_folder(folder: Path) -> tuple[Manifest | None, str]:
    """(manifest, '') when `folder` holds a complete, undamaged installed edition, else
    (manifest or None, the reason in one sentence)."""
    from app.edition.manifest import MANIFEST_NAME, Manifest

    try:
        manifest = Manifest.from_bytes((folder / MANIFEST_NAME).read_bytes())
    except FileNotFoundError:
        return None, f"the installed edition folder {folder.name} is missing or incomplete"
    except (OSError, EditionError) as exc:
        return None, f"the installed edition {folder.name} cannot be read ({exc})"
    root = folder / RESOURCES_NAME
    for name, entry in manifest.files.items():
        path = root / name
        try:
            if path.stat().st_size != entry.size or sha256_file(path) != entry.sha256:
                return manifest, f"the file {name} of the installed edition {manifest.version} has been changed"
        except OSError:
            return manifest, f"the file {name} of the installed edition {manifest.version} is missing"
    extra = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                   if not p.is_dir() and p.relative_to(root).as_posix() not in manifest.files)
    if extra:
        return manifest, f"the installed edition {manifest.version} holds a file it did not come with ({extra[0]})"
    return manifest, ""


class Resolution(NamedTuple):
    folder: Path | None          # the installed edition folder in use; None: the bundled content
    manifest: Manifest | None    # its manifest
    notice: str                  # '' or a sentence for the user (why an installed edition is not used)


_BUNDLED = Resolution(None, None, "")
_lock = threading.Lock()
_cached: tuple[str, Resolution] | None = None


def forget() -> None:
    """Decide again which content is in use (after an install or rollback; the UI calls it
    before reopening the guidebook when another process may have changed the pointer)."""
    global _cached
    with _lock:
        _cached = None


def bundled_version() -> str:
    """The `edition` of the bundled resources/content/manifest.yaml ('' if unreadable)."""
    import re

    try:
        text = (paths.resources_dir() / "content" / "manifest.yaml").read_text(encoding="utf-8")
    except OSError:
        return ""
    m = re.search(r"^edition:\s*[\"']?([^\"'\s#]+)", text, re.M)
    return m.group(1) if m else ""


def _app_version() -> str:
    from app import __version__

    return __version__


def _resolve_uncached(base: Path) -> Resolution:
    # the manifest code loads only when an edition is installed: most starts use the bundled content
    from app.edition.manifest import version_key

    try:
        pointer = read_pointer(base)
    except ValueError as exc:
        return Resolution(None, None, f"The bundled content is in use: {exc}.")
    if pointer.active is None:
        return _BUNDLED
    folder = base / pointer.active
    manifest, problem = check_folder(folder)
    if problem or manifest is None:
        return Resolution(None, None, f"The bundled content is in use: {problem}. "
                                      "Install the update again to use it.")
    if version_key(manifest.min_app_version) > version_key(_app_version()):
        return Resolution(None, None, f"The bundled content is in use: the installed edition {manifest.version} "
                                      f"needs version {manifest.min_app_version} of the app.")
    bundled = bundled_version()
    # an app update brought newer content than the installed edition: the newer one wins (an
    # edition installed as a deliberate downgrade, with this same app, stays in use)
    if bundled and bundled != pointer.bundled and version_key(bundled) > version_key(manifest.version):
        return Resolution(None, None, f"The content bundled with this app ({bundled}) is newer than the installed "
                                      f"edition {manifest.version}, so it is used.")
    return Resolution(folder, manifest, "")


def resolve() -> Resolution:
    """Which content this process uses. Decided once per process (and user data folder), so
    that a running window keeps one consistent edition when another window or the CLI
    installs an update; an install or rollback in this process decides again (`forget`)."""
    global _cached
    base = editions_dir()
    with _lock:
        if _cached is not None and _cached[0] == str(base):
            return _cached[1]
    result = _resolve_uncached(base) if (base / POINTER_NAME).is_file() else _BUNDLED
    with _lock:
        _cached = (str(base), result)
    return result


def resolve_on_disk() -> Resolution:
    """What the pointer on disk says now (another process may have changed it), uncached."""
    base = editions_dir()
    return _resolve_uncached(base) if (base / POINTER_NAME).is_file() else _BUNDLED


def active_root() -> Path | None:
    """The folder laid out like resources/ whose content is in use, or None for the bundled one."""
    folder = resolve().folder
    return folder / RESOURCES_NAME if folder is not None else None


def active_store_path() -> Path | None:
    """The store built for the installed edition in use, or None when the bundled content is in use."""
    folder = resolve().folder
    return folder / STORE_NAME if folder is not None else None


def notice() -> str:
    return resolve().notice


def clear_content_caches() -> None:
    """Forget content files read and cached in this process (sheet labels, abbreviations,
    sensitive words), so they are read again from the edition now in use."""
    import sys

    for module, name in (("app.render.abbreviations", "load_abbreviations"), ("app.sheet.labels", "load_labels"),
                         ("app.sheet.sensitive", "load_sensitive_words"),
                         ("app.render.labels", "cached_words")):
        loaded = sys.modules.get(module)
        func = getattr(loaded, name, None) if loaded is not None else None
        if func is not None and hasattr(func, "cache_clear"):
            func.cache_clear()
