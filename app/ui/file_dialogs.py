"""Open and save dialogs that leave no trace outside the app's data folder.

A platform's native dialog keeps its own list of recent folders (the Windows shell's
registry MRU, GTK's recently-used file), and Qt's own dialog saves its history through
QSettings ("QtProject"). On a laptop that may be inspected at a border, where a client's
sheet was saved must not be readable elsewhere: so Qt's dialog is used, and its saved
history is wiped the moment it closes.

On Linux and macOS Qt keeps those settings in the app's data folder, not in the user's profile
(`keep_qt_settings_in_data_dir`). On Windows Qt's dialog writes them to the registry
(HKCU\\Software\\QtProject) whatever the redirect says: `forget_dialog_history` wipes them when the
dialog closes and then removes the keys left empty (app.userdata.registry_traces); keys that hold
another Qt program's settings stay. Qt writes the history in QFileDialog's destructor, right
before the wipe; a crash while a dialog is open can leave at most the empty keys, which the next
dialog removes. The redirect is set before each dialog that may write them (the file dialogs
here, the print dialogs of app.ui.printing, whose "print to file" browses with Qt's file dialog)
and once the window is on screen (MainWindow.settle), not before the first paint: naming
QSettings builds its type and three enums, ~3 M instructions of the start (#19).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from app import paths

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def keep_qt_settings_in_data_dir() -> None:
    """Every user-scope QSettings (Qt's file dialog remembers recent folders in "QtProject")
    goes to the app's own data folder as an INI file: on a laptop that may be inspected,
    nothing is written outside it."""
    folder = str(paths.user_data_dir())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def forget_dialog_history() -> None:
    """Wipe the history Qt's file dialog saved as it closed; on Windows, also the empty keys."""
    from app.userdata.registry_traces import remove_empty_keys

    keep_qt_settings_in_data_dir()
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()
    del settings  # closes its registry keys: an open key cannot be deleted
    remove_empty_keys()


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    keep_qt_settings_in_data_dir()
    try:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filters, options=OPTIONS)
    finally:
        forget_dialog_history()
    return chosen


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    keep_qt_settings_in_data_dir()
    try:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=OPTIONS)
    finally:
        forget_dialog_history()
    return chosen
