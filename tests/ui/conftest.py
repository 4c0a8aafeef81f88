"""UI fixtures: a main window over the small fixture store, with a temporary user dir."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def as_displayed(text: str) -> str:
    """What a message box shows for `text` (user-supplied text arrives wrapped by safe_text.literal)."""
    import html
    import re

    found = re.fullmatch(r"<p style='white-space:pre-wrap'>(.*)</p>", text, re.DOTALL)
    return html.unescape(found.group(1)) if found else text


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record any message box instead of blocking the test on it."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):
        def _box(parent, title, text="", *a, **k):
            shown.append((kind, f"{title}: {as_displayed(text)}"))
            return QMessageBox.StandardButton.No
        return _box

    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


@pytest.fixture(autouse=True)
def no_real_file_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file dialog the test did not stand in for fails the test instead of waiting forever."""
    from PySide6.QtWidgets import QFileDialog

    def refuse(self) -> int:
        raise AssertionError("a real file dialog was opened: stand in for QFileDialog.exec")

    monkeypatch.setattr(QFileDialog, "exec", refuse)


@pytest.fixture
def make_window(qtbot, fixture_book, no_dialogs):
    from app.ui.application import make_app
    from app.ui.main_window import MainWindow

    make_app()
    windows = []

    def _make(book=None):
        from app.userdata.settings import load_settings

        settings, _ = load_settings()
        w = MainWindow(book or fixture_book, settings)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=2000)
        # the keys are bound right after the first paint (MainWindow.bind_keys); a test
        # presses its keys at once
        qtbot.waitUntil(lambda: w.actions_.keys_bound, timeout=2000)
        windows.append(w)
        return w

    yield _make
    for w in windows:
        w.close()
    from app.ui import i18n

    i18n.install("en")  # a test that switched the interface language does not leak it into the next
