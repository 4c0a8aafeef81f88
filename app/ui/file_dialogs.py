"""Open and save dialogs that leave no trace outside the app's data folder.

A platform's native dialog keeps its own list of recent folders (the Windows shell's
registry MRU, GTK's recently-used file), and Qt's own dialog saves its history through
QSettings ("QtProject"). On a laptop that may be inspected at a border, where a client's
sheet was saved must not be readable elsewhere: so Qt's dialog is used, its history is
emptied and its folder set to the root folder before Qt saves them (`forget_where_it_was`),
and what it saved is wiped the moment it closes.

On Linux and macOS Qt keeps those settings in the app's data folder, not in the user's
profile (`keep_qt_settings_in_data_dir`). On Windows Qt's dialog writes them to the registry
(HKCU\\Software\\QtProject) whatever the redirect says: `forget_dialog_history` wipes them
when the dialog closes and then removes the keys left empty (app.userdata.registry_traces).
Qt's "FileDialog" settings are shared by every Qt program of the user, so theirs are wiped
with ours; a parent key that holds anything else stays. Qt writes the history in
QFileDialog's destructor, right before the wipe; a crash while a dialog is open can leave at
most the empty keys, which the next dialog removes. The redirect is set before each dialog
that may write them (the file dialogs here, the print dialogs of app.ui.printing, whose
"print to file" browses with Qt's file dialog) and once the window is on screen
(MainWindow.settle), not before the first paint: naming QSettings builds its type and three
enums, ~3 M instructions of the start (#19).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from app import paths

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def keep_qt_settings_in_data_dir() -> None:
    """Every user-scope QSettings (Qt's file dialog remembers recent folders in "QtProject")
    goes to the app's own data folder as an INI file, and every dialog Qt opens is Qt's own:
    on a laptop that may be inspected, nothing is written outside the data folder."""
    from PySide6.QtCore import QCoreApplication, Qt

    folder = str(paths.user_data_dir())
    # Qt's own dialogs wherever Qt opens one itself (the print dialog's "print to file" browse):
    # the desktop's file chooser (GTK, the portal) keeps its own list of recent folders
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
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
    """The file chosen to open, or "" if none."""
    return _ask(parent, title, folder, filters, save=False)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str = "") -> str:
    """Where to save, or "" if cancelled; `suggested` is a folder and a file name. `suffix`
    ("pdf") is added to a name typed without one before the dialog asks whether to replace
    an existing file: added afterwards, "ivanov" would replace ivanov.pdf without asking."""
    return _ask(parent, title, suggested, filters, save=True, suffix=suffix)


def _ask(parent: QWidget | None, title: str, start: str, filters: str, *, save: bool, suffix: str = "") -> str:
    """Qt's own dialog (not the platform's), made here rather than through Qt's static
    functions so that it can be emptied before Qt saves its history (`forget_where_it_was`)."""
    from PySide6.QtWidgets import QDialog

    dialog = make_dialog(parent, title, start, filters, save=save)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    chosen = ""
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            chosen = dialog.selectedFiles()[0]
    finally:
        forget_where_it_was(dialog)
        forget_dialog_history()
    return chosen


def make_dialog(parent: QWidget | None, title: str, start: str, filters: str, *, save: bool) -> QFileDialog:
    """The dialog, opening at `start` (for saving: a folder and a suggested file name)."""
    from PySide6.QtCore import QDir

    keep_qt_settings_in_data_dir()
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setOptions(OPTIONS)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if start:
        if save and not QDir(start).exists():  # a folder and a name, as Qt's static function takes it
            dialog.setDirectory(str(Path(start).parent))
            dialog.selectFile(Path(start).name)
        else:
            dialog.setDirectory(start)
    return dialog


def forget_where_it_was(dialog: QFileDialog) -> None:
    """Destroy the dialog, having emptied its history and set its folder to the root folder (/ or C:\\):
    Qt saves both as the dialog is destroyed, so what reaches the settings is never the folder
    where a client's sheet or answers went. (On Windows the settings are the registry, where a
    value deleted afterwards may still be recoverable from the hive's free space.)"""
    import shiboken6
    from PySide6.QtCore import QDir, QUrl

    dialog.setHistory([])
    dialog.setDirectory(QDir.rootPath())  # exists on every machine, names nothing
    dialog.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(QDir.homePath())])  # a folder dragged there
    shiboken6.delete(dialog)
