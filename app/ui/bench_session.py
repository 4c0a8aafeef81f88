"""A counsellor's session, scripted, for the memory benchmark: search, read, assess, print, close.

Peak memory after a whole session is one of issue #19's targets, and what counts is the app
a counsellor runs, the frozen build: OBJECTOR_GUIDE_EXIT_AFTER_PAINT=session runs these steps
in the app itself once its window has painted, prints "session-done" and quits
(app.ui.first_paint). tests/perf/run.py runs it so from source (`python -m app`) and in the
one-folder build alike. The sheet is written to a temporary folder that is removed again;
nothing is kept.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any

SEARCHES = ("draft evader", "Dublin", "мобилизация")  # typed letter by letter
PAGES = (("section", "applications-germany"), ("term", "deserter"), ("law", "cnda-2023-07-20"))
ANSWERS = "wizard/examples/deserter.json"  # a client's answers, from the bundled examples
SETTLE_S = 0.4  # longer than the window's 250 ms to settle (app.ui.application.run)


def run_session(window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from app.paths import resource
    from app.ui.sheet_printer import write_pdf

    app = QApplication.instance()
    # a counsellor's first keystroke comes after the window has settled (app.ui.application
    # settles it 250 ms after the start, warming the search): without this wait that warming
    # fell inside the session or after its end by chance, and its peak was 84 or 86.6 MB
    settled = time.monotonic() + SETTLE_S
    while time.monotonic() < settled:
        app.processEvents()
        time.sleep(0.01)
    for text in SEARCHES:
        for i in range(1, len(text) + 1):
            window.run_search(text[:i])
        app.processEvents()
    for kind, rid in PAGES:
        window.open_record(kind, rid)
    window.open_wizard()
    app.processEvents()  # the assessment window is drawn, as a counsellor sees it
    wizard = window.wizard
    wizard.answers = json.loads(resource(ANSWERS).read_text(encoding="utf-8"))
    wizard.go_next()
    wizard.go_next()
    with tempfile.TemporaryDirectory(prefix="og-session-") as folder:
        write_pdf(wizard.sheet_document(), Path(folder) / "sheet.pdf")
    app.processEvents()
    # and closes both windows, as at the end of a consultation: closing saves the window's size
    # and place (the settings file, under its lock). The counsellor has said yes to forgetting
    # the answers.
    wizard._closing_confirmed = True
    wizard.close()
    window.close()
