"""Qt widgets only. Nothing outside this package (and the Qt half of app/sheet) imports Qt.

This file runs before any module of the package, so before the app's first PySide6 import:
the one place to adjust how PySide6 imports (app.ui.pyside_import)."""

from app.ui.pyside_import import read_sources_raw

read_sources_raw()
