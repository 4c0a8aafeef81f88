"""The baseline for tests/perf/startup.py: a hello-world PySide6 window, nothing else.

Prints "first-paint <s>" after the window's first paint and quits, like the app does with
OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class ExitAfterPaint(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.started = time.perf_counter()
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            painted = time.perf_counter() - self.started
            QTimer.singleShot(0, lambda: (print(f"first-paint {painted:.4f}", flush=True), QApplication.exit(0)))
        return False


def main() -> int:
    app = QApplication(sys.argv)  # as the app: Qt takes `-platform offscreen` from the command line
    window = QMainWindow()
    window.setWindowTitle("Hello")
    window.setCentralWidget(QLabel("Hello, world"))
    window.resize(1100, 720)
    window.show()
    window.installEventFilter(ExitAfterPaint(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
