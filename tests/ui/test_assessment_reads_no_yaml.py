"""The window's whole assessment, the second time in a new process, without PyYAML (#19: the
session's memory): the questions, the safe-sheet check of an empty note, the sheet's words and
its abbreviations all come from the cache folder. Run in fresh processes, as a counsellor starts
the app, because a test process has long imported the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from app.paths import resource
from app.ui.application import create_main_window, make_app

app = make_app()
window = create_main_window()
window.show()
app.processEvents()
window.open_wizard()
wizard = window.wizard
wizard.answers = json.loads(resource("wizard/examples/called-up.json").read_text(encoding="utf-8"))
wizard.go_next()
wizard.go_next()
wizard.safe_sheet.setChecked(True)  # the note is checked for sensitive words; it is empty
document = wizard.sheet_document()
print("yaml" in sys.modules, document.pageCount() > 0)
wizard._closing_confirmed = True
wizard.close()
window.close()
"""


def test_a_second_assessment_imports_no_yaml() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = [subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True,
                           cwd=ROOT, env=env, timeout=120).stdout.split() for _ in range(2)]
    assert runs[1] == ["False", "True"], runs
