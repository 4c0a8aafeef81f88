"""The app's icon on every window, set once the main window is on screen (MainWindow.settle).

The title bar and the task bar show it; nothing in the first frame's work needs it. Setting it
before the first paint cost ~13 M instructions, about 1.3% of a start (#19): PySide6 makes
QIcon's Python type with its 151-member `ThemeIcon` enum, and Qt loads the SVG icon plugin.
The icon is the application's, so the assessment window and every dialog show it too.

The icon is the 256 px PNG (paths.app_icon), not the SVG it is rendered from.
"""

from __future__ import annotations

from app import paths


def install() -> None:
    """Give the application its icon (once; a missing file leaves Qt's default)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    icon = paths.app_icon()
    if QApplication.windowIcon().isNull() and icon.is_file():
        QApplication.setWindowIcon(QIcon(str(icon)))
