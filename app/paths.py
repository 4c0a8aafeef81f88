"""Where bundled resources and user data live, for source runs and frozen builds alike.

One accessor so no other module needs to know about PyInstaller's `sys._MEIPASS`.
User data (bookmarks, settings, imported reports) never goes into the bundle: it lives in
the platform's user data directory, or beside the executable in portable mode.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ObjectorGuide"
_ENV_USER_DIR = "OBJECTOR_GUIDE_DATA_DIR"
_ENV_PORTABLE = "OBJECTOR_GUIDE_PORTABLE"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding `resources/` and `db/`: the repo in a source run, the bundle when frozen."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def content_dir() -> Path:
    return resources_dir() / "content"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def schema_path() -> Path:
    return bundle_root() / "db" / "schema.sql"


def bundled_store_path() -> Path:
    """The built store: db/guidebook.sqlite beside the schema (generated, never committed)."""
    return bundle_root() / "db" / "guidebook.sqlite"


def executable_dir() -> Path:
    """The folder a user sees the program in (for portable mode): beside the .app on macOS."""
    if not is_frozen():
        return bundle_root()
    exe = Path(sys.executable).resolve()
    if sys.platform == "darwin" and exe.parent.name == "MacOS" and exe.parents[2].suffix == ".app":
        return exe.parents[3]  # never inside the signed bundle
    return exe.parent


def set_portable(enabled: bool) -> None:
    """Portable mode keeps user data beside the executable (a USB stick)."""
    if enabled:
        os.environ[_ENV_PORTABLE] = "1"
    else:
        os.environ.pop(_ENV_PORTABLE, None)


def imports_store_path() -> Path:
    """The user's store of imported reports (app/importer); here so checking for it costs no import."""
    return user_data_dir() / "imports.sqlite"


def user_data_dir() -> Path:
    """Where the user's own files go. Not created here: callers create it when they write."""
    override = os.environ.get(_ENV_USER_DIR)
    if override:
        return Path(override)
    if os.environ.get(_ENV_PORTABLE):
        return executable_dir() / "ObjectorGuide-data"
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME, appauthor=False, roaming=False))
