"""Opening the assessment does not wait for the Markdown parser, which only its outcome and the
sheet need: it loads once the window is on screen (#19: importing it was 35-70 ms of opening
the window). Run in a fresh process, as a counsellor starts the app, because a test process
has long imported the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, time
from app.ui.application import create_main_window, make_app

app = make_app()
window = create_main_window()
print("before the window", "markdown_it" in sys.modules)
window.show()
app.processEvents()
window.open_wizard()
print("with the window", "markdown_it" in sys.modules)
deadline = time.monotonic() + 5
while "markdown_it" not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("once it is on screen", "markdown_it" in sys.modules)
window.wizard._closing_confirmed = True
window.wizard.close()
window.close()
"""


def test_the_assessment_opens_without_the_markdown_parser_and_loads_it_after() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # the first run may build the store from the bundled content (a fresh checkout, edited content),
    # which renders Markdown; the second starts as a counsellor's every start does
    runs = [subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, cwd=ROOT,
                           env=env, timeout=120).stdout for _ in range(2)]
    out = runs[1]
    assert "before the window False" in out, out
    assert "with the window False" in out, out
    assert "once it is on screen True" in out, out
