"""PySide6's per-import source check answers as PySide6 would, without keeping the app's
source lines in memory (app/ui/pyside_import.py, #19)."""

from __future__ import annotations

import inspect
import subprocess
import sys

from tests.conftest import ROOT


def test_the_check_gives_pyside6s_answer_for_every_loaded_module() -> None:
    import app.store.hit  # noqa: F401
    import app.ui.main_window  # noqa: F401  (app.ui installs the check)

    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "reads_raw", False)
    checked = 0
    for module in list(sys.modules.values()):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            expected = False
        assert feature._mod_uses_pyside(module) == expected, module
        checked += 1
    assert checked > 100
    assert feature._mod_uses_pyside(sys.modules["app.ui.main_window"])  # a module that uses PySide6
    assert not feature._mod_uses_pyside(sys.modules["app.store.hit"])  # one that does not


def test_starting_the_window_keeps_no_source_lines_of_the_app() -> None:
    code = ("import linecache, sys\n"
            "from app.ui.application import make_app, create_main_window\n"
            "app = make_app(); w = create_main_window(); w.show(); app.processEvents()\n"
            "print(sum(1 for name in linecache.cache if '/app/' in name.replace(chr(92), '/')))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0"
