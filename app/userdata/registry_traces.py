"""Remove the empty registry keys Qt leaves on Windows, so a dialog leaves no trace there.

Qt's file dialog saves its history as it closes through QSettings(UserScope, "QtProject"),
which on Windows is the registry (HKCU\\Software\\QtProject\\OrganizationDefaults) whatever
QSettings' default format says; even opening those settings to read creates the keys.
app.ui.file_dialogs wipes the history values; this removes the keys left empty, deepest
first. A key that holds anything (another Qt program's settings) is left exactly as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

QT_KEYS = (  # deepest first: a key can only be deleted once it has no subkeys
    r"Software\QtProject\OrganizationDefaults\FileDialog",
    r"Software\QtProject\OrganizationDefaults",
    r"Software\QtProject",
)


def _on_windows() -> bool:
    return sys.platform == "win32"


def _winreg() -> Any:
    """The registry module, untyped: it exists on Windows only, and the tests stand in a fake."""
    import importlib

    return importlib.import_module("winreg")


def remove_empty_keys(keys: Sequence[str] = QT_KEYS) -> list[str]:
    """Delete each of `keys` (under HKEY_CURRENT_USER) that has no values and no subkeys, in
    order; the keys deleted. Nothing happens off Windows, and a key that cannot be read or
    deleted is left (the next dialog tries again)."""
    if not _on_windows():
        return []
    winreg = _winreg()

    deleted = []
    for key in keys:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                subkeys, values, _ = winreg.QueryInfoKey(handle)
            if subkeys == 0 and values == 0:
                winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
                deleted.append(key)
        except OSError:
            continue
    return deleted


def key_exists(key: str) -> bool:
    """Whether HKEY_CURRENT_USER\\`key` exists (always False off Windows): for the self-test."""
    if not _on_windows():
        return False
    winreg = _winreg()

    try:
        winreg.OpenKey(winreg.HKEY_CURRENT_USER, key).Close()
    except OSError:
        return False
    return True
