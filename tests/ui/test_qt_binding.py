"""Guard against a Qt binding that mis-counts references to None.

PySide6-Essentials 6.12.0 drops a reference to None on every call of a method that returns
nothing (setData, setToolTip …). On Python 3.11 that aborts the whole app after some
thousands of keystrokes ("Fatal Python error: none_dealloc"), in front of a client.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem


def test_void_methods_keep_none_alive(qapp) -> None:
    item = QListWidgetItem("x")
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setData(Qt.ItemDataRole.UserRole, "x")
        item.setToolTip("tip")
        item.data(Qt.ItemDataRole.UserRole + 50)
    assert sys.getrefcount(None) - before > -100, "this PySide6 build leaks references to None; pin another version"
