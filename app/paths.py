"""Where bundled resources and user data live, for source runs and frozen builds alike.

One accessor so no other module needs to know about PyInstaller's `sys._MEIPASS`.
User data (bookmarks, settings, imported reports) never goes into the bundle: it lives in
the platform's user data directory, or beside the executable in portable mode.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import env

APP_NAME = "ObjectorGuide"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding `resources/` and `db/`: the bundle when frozen; the package itself
    when installed from a wheel (pyproject.toml ships them as app/resources and app/db); the
    repository in a source run."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    package = Path(__file__).resolve().parent
    return package if (package / "resources").is_dir() else package.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


# A signed content edition installed in the user data dir (app/edition) replaces these folders
# of resources/: content, wizard, the sheet's texts, the termbase. Fonts, icons, the sheet's
# HTML/CSS, compiled translations and the trusted keys always come from the bundle.
EDITION_FOLDERS = ("content", "wizard", "sheet", "i18n")


def content_root() -> Path:
    """The folder laid out like resources/ whose content is in use: an installed edition's, or resources/."""
    from app.edition.active import active_root

    return active_root() or resources_dir()


def content_dir() -> Path:
    return content_root() / "content"


def resource(*parts: str) -> Path:
    if parts and parts[0] in EDITION_FOLDERS:
        root = content_root()
        if root != resources_dir() and root.joinpath(*parts).exists():
            return root.joinpath(*parts)
    return resources_dir().joinpath(*parts)


def app_icon() -> Path:
    """The window's icon: the 256 px PNG that build/icons.py renders from objector-guide.svg.
    The SVG itself would load Qt's SVG icon plugin and its library for the title bar alone,
    0.9 MB of a session's memory (#19)."""
    return resource("icons", "objector-guide.png")


def edition_store_path() -> Path | None:
    """The store built for the installed edition in use; None when the bundled content is in use."""
    from app.edition.active import active_store_path

    return active_store_path()


def edition_notice() -> str:
    """'' or a sentence: why an installed edition is not in use (damaged, needs a newer app)."""
    from app.edition.active import notice

    return notice()


def schema_path() -> Path:
    return bundle_root() / "db" / "schema.sql"


def bundled_store_path() -> Path:
    """The built store: db/guidebook.sqlite beside the schema (generated, never committed)."""
    return bundle_root() / "db" / "guidebook.sqlite"


def executable_dir() -> Path:
    """The folder a user sees the program in (for portable mode): beside the .app on macOS."""
    if not is_frozen():
        return Path(__file__).resolve().parent.parent  # the checkout (site-packages when pip-installed)
    exe = Path(sys.executable).resolve()
    if sys.platform == "darwin" and exe.parent.name == "MacOS" and exe.parents[2].suffix == ".app":
        return exe.parents[3]  # never inside the signed bundle
    return exe.parent


PORTABLE_MARKER = "portable.txt"


def set_portable(enabled: bool) -> None:
    """Portable mode keeps user data beside the executable (a USB stick). It is on with
    `--portable`, or when a file `portable.txt` sits beside the frozen executable."""
    if enabled:
        os.environ[env.PORTABLE] = "1"
    else:
        os.environ.pop(env.PORTABLE, None)


def set_user_data_dir(folder: str | os.PathLike[str] | None) -> None:
    """Keep user data in `folder` (--data-dir, the self-test's scratch folder); None: the default.
    Kept in the environment, so it holds for this process and any program it starts."""
    if folder is None:
        os.environ.pop(env.DATA_DIR, None)
    else:
        os.environ[env.DATA_DIR] = os.fspath(folder)


def imports_store_path() -> Path:
    """The user's store of imported reports (app/importer); here so checking for it costs no import."""
    return user_data_dir() / "imports.sqlite"


def _placed_data_dir() -> Path | None:
    """The data folder the user placed on purpose (--data-dir, --portable, portable.txt), or None."""
    override = os.environ.get(env.DATA_DIR)
    if override:
        return _checked_length(Path(override))
    if os.environ.get(env.PORTABLE) or (is_frozen() and (executable_dir() / PORTABLE_MARKER).is_file()):
        return executable_dir() / "ObjectorGuide-data"
    return None


def user_data_dir() -> Path:
    """Where the user's own files go. Not created here: callers create it when they write."""
    placed = _placed_data_dir()
    if placed is not None:
        return placed
    if sys.platform.startswith("linux"):
        return _xdg_folder("XDG_DATA_HOME", "~/.local/share") / APP_NAME
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME, appauthor=False, roaming=False))


def user_cache_dir() -> Path:
    """Where copies made from the guidebook's own content go (a rebuilt search store, the page
    words, the start page, the assessment's questions as written, the abbreviations). In the data folder when the
    user placed that on purpose: a USB stick used on a borrowed computer must leave nothing on
    the computer, not even a trace that the app ran there (README). Otherwise the platform's
    cache folder."""
    placed = _placed_data_dir()
    if placed is not None:
        return placed / "cache"
    if sys.platform.startswith("linux"):
        return _xdg_folder("XDG_CACHE_HOME", "~/.cache") / APP_NAME
    from platformdirs import user_cache_dir as _ucd

    return Path(_ucd(APP_NAME, appauthor=False))


def _xdg_folder(variable: str, default: str) -> Path:
    """The user's XDG folder: `variable` when it holds an absolute path, else `default` in the
    home folder (a relative HOME counts as none: the account's home from the password file).

    platformdirs' rule on Linux, written out: importing platformdirs cost 1.6% of the start
    to the first paint (its Unix module compiles four regular expressions; #19). Windows and
    macOS still ask platformdirs (Windows asks the shell). tests/unit/test_paths.py holds this
    equal to platformdirs, so a user's folder can never move under them."""
    value = os.environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value)
    home = os.environ.get("HOME")
    if home is not None and not os.path.isabs(home):
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
        folder = home.rstrip("/") + default[1:] or "/"
    else:
        folder = os.path.expanduser(default)
    if not os.path.isabs(folder):
        raise RuntimeError(f"could not determine the home directory for {default!r}, "
                           "set an absolute HOME or XDG variable")
    return Path(folder)


# a longer path makes every file call fail with "File name too long" (ENAMETOOLONG)
_NAME_MAX = 255
_PATH_MAX = 1024 if sys.platform == "darwin" else 4096


def _checked_length(folder: Path) -> Path:
    """`folder`, or a UserError when the system could never open a file in it."""
    if os.name != "posix":
        return folder
    parts = [os.fsencode(part) for part in folder.parts]
    longest = max((len(p) for p in parts), default=0)
    total = len(os.fsencode(os.path.abspath(folder))) + 1 + len("imports.sqlite-journal")
    if longest > _NAME_MAX or total >= _PATH_MAX:
        from app.errors import UserError

        raise UserError(f"The data folder path is too long for this system ({len(str(folder))} characters"
                        + (f"; one folder name has {longest} bytes, at most {_NAME_MAX} are possible" if longest > _NAME_MAX
                           else "") + "); choose a shorter one with --data-dir.")
    return folder
