"""A dialog deleted while its worker still runs must not take the process down.

Qt aborts the whole process ("QThread: Destroyed while thread is still running") when a
running QThread is deleted, so each case runs in a child process and the test reads its
exit status: an abort is a failure here, not a crash of the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken
    import app.importer.api as api
    import app.ui.import_dialog as dlg

    api.preview = lambda path: (time.sleep(0.8), None)[1]
    qapp = QApplication([])
    path = Path(sys.argv[1])
    path.write_text("Title\\n\\nText.\\n", encoding="utf-8")
    dialog = dlg.ImportDialog(None, path)
    assert dialog.busy()
    {how}
    qapp.processEvents()
    dlg.wait_for_jobs()
    print("survived")
    """
)


def run_case(tmp_path: Path, how: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OBJECTOR_GUIDE_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-c", SCRIPT.format(how=how), str(tmp_path / "r.txt")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_deleting_a_hidden_dialog_while_it_reads_keeps_the_app_alive(tmp_path: Path) -> None:
    done = run_case(tmp_path, "Shiboken.delete(dialog)")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]


def test_closing_the_dialog_while_it_reads_keeps_the_app_alive(tmp_path: Path) -> None:
    done = run_case(tmp_path, "dialog.close(); dialog.deleteLater()")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]
