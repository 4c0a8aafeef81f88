"""A counsellor's session in one process, for peak memory: start, search, read, assess, print.

    python tests/perf/session.py            -> prints "peak-rss-kb <n>" after the session
    python tests/perf/session.py --start    -> the same right after the first window is shown
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OBJECTOR_GUIDE_DATA_DIR", tempfile.mkdtemp(prefix="og-perf-"))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import create_main_window, make_app

    app = make_app()
    window = create_main_window()
    window.show()
    app.processEvents()
    if "--start" not in sys.argv:
        for text in ("draft evader", "Dublin", "мобилизация"):
            for i in range(1, len(text) + 1):
                window.run_search(text[:i])
            app.processEvents()
        for kind, rid in (("section", "applications-germany"), ("term", "deserter"), ("law", "cnda-2023-07-20")):
            window.open_record(kind, rid)
        window.open_wizard()
        wizard = window.wizard
        wizard.answers = json.loads((ROOT / "resources/wizard/examples/deserter.json").read_text(encoding="utf-8"))
        wizard.go_next()
        wizard.go_next()
        from app.ui.sheet_printer import write_pdf

        write_pdf(wizard.sheet_document(), Path(tempfile.mkdtemp()) / "s.pdf")
        app.processEvents()
    print("peak-rss-kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    from PySide6.QtWidgets import QMessageBox

    # closing asks before the assessment's answers are forgotten: the counsellor says Yes
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.close()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
