"""The memory benchmark's scripted session (app/ui/bench_session.py) runs inside the app,
as the frozen build runs it, and leaves nothing behind: no sheet, no answers, no settings
beyond what any start writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_the_scripted_session_runs_in_the_app_and_keeps_no_sheet(tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "session",
           "OBJECTOR_GUIDE_DATA_DIR": str(tmp_path / "data"), "TMPDIR": str(temp)}
    done = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "session-done", done.stdout
    assert not list(temp.rglob("*.pdf")) and not list((tmp_path / "data").rglob("*.pdf"))
    assert not list(temp.iterdir())  # the sheet's folder is removed again
