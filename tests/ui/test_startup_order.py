"""What the window's start leaves for after its first paint (#19) still happens.

The start runs without cyclic garbage collection and the window's application-wide key filter
is installed only once it has painted; both must come back, or a long session would grow
without bound and "/" would never reach the search field.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import gc, sys
from PySide6.QtWidgets import QApplication
import app.ui.application as application

seen = {}
real_after_start = application.after_start

def after_start():
    seen["gc during start"] = gc.isenabled()
    real_after_start()
    seen["gc after start"] = gc.isenabled()
    window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
    seen["key filter"] = window._first_painted
    print(seen, flush=True)
    QApplication.exit(0)

application.after_start = after_start
from app.cli import main
sys.exit(main([]))
"""


def test_the_window_turns_garbage_collection_back_on_after_its_start() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("OBJECTOR_GUIDE_EXIT_AFTER_PAINT", None)
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "{'gc during start': False, 'gc after start': True, 'key filter': True}" in proc.stdout, proc.stdout
