"""Open and save dialogs that leave no trace outside the app's data folder.

A platform's native dialog keeps its own list of recent folders (the Windows shell's
registry MRU, GTK's recently-used file), and Qt's own dialog saves its history through
QSettings ("QtProject"). On a laptop that may be inspected at a border, where a client's
sheet was saved must not be readable elsewhere: so Qt's dialog is used, and its saved
history is wiped the moment it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def forget_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    try:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filters, options=OPTIONS)
    finally:
        forget_dialog_history()
    return chosen


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    try:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=OPTIONS)
    finally:
        forget_dialog_history()
    return chosen
