"""The last line of defence: an unexpected exception becomes a friendly dialog, not a crash.

The technical detail is shown (and copyable) only on request, and is never written to
disk: a traceback can hold what a counsellor typed about a client.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.errors import UserError

_previous_hook = sys.excepthook
_showing = False



def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Show the error and keep the app running (Qt continues its event loop after the hook)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    app = QApplication.instance()
    if app is None or _showing:  # no GUI yet, or an error while showing an error: print and go on
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        return
    _showing = True
    try:
        from PySide6.QtWidgets import QMessageBox  # only when an error happens: its enums cost the start (#19)

        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Something went wrong"))
        if issubclass(exc_type, UserError):
            box.setText(str(exc))
        else:
            box.setText(QCoreApplication.translate("CrashHandler", "Something went wrong, but your work is safe and the guidebook keeps running. "
                            "If it happens again, please tell the people who maintain it what you were doing."))
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle


def uninstall() -> None:
    sys.excepthook = _previous_hook
