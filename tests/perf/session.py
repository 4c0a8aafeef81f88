"""A counsellor's session in one process, from source, for peak memory: start, search, read,
assess, print (the steps of app/ui/bench_session.py).

    python tests/perf/session.py            -> prints "peak-rss-kb <n>" after the session
    python tests/perf/session.py --start    -> the same right after the first window is shown
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the variable's name from app.env, which the app imports anyway: tests.perf.common would bring
# the bench's own statistics module (and decimal, fractions: 0.9 MB) into the measured session
from app.env import BENCH_SCRATCH_HOME  # noqa: E402

if BENCH_SCRATCH_HOME not in os.environ:  # run by hand: a scratch data folder, not the user's own
    os.environ.setdefault("OBJECTOR_GUIDE_DATA_DIR", tempfile.mkdtemp(prefix="og-perf-"))
# run by tests/perf/run.py: its scratch home's XDG folders, as for the one-folder build (child_env),
# so the start page comes from the cache folder as at every start after the first


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import create_main_window, make_app

    app = make_app()
    window = create_main_window()
    window.show()
    app.processEvents()
    if "--start" not in sys.argv:
        from app.ui.bench_session import run_session

        run_session(window)  # the same steps the frozen build runs (OBJECTOR_GUIDE_EXIT_AFTER_PAINT=session)
    print("peak-rss-kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
