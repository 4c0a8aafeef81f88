"""Start the Qt application: one QApplication, the main window, the event loop."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Objector Guide")
    window = QMainWindow()
    window.setWindowTitle("Objector Guide")
    window.setCentralWidget(QLabel("Objector Guide"))
    window.resize(1100, 720)
    window.show()
    return app.exec()
