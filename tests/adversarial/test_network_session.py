"""A whole window session opens no internet socket either (finding F-5, issue #15).

The counsellor's session of the memory benchmark (app/ui/bench_session.py, run by the app itself
with OBJECTOR_GUIDE_EXIT_AFTER_PAINT=session: start, search as you type in three languages, open
pages, walk an assessment, write its sheet PDF) runs under
`strace -f -e trace=connect` with CUPS_SERVER pointing at a sentinel; any AF_INET/AF_INET6
connect fails the test. Print and Print Preview are the only way to the print system, and
they are not part of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.adversarial.conftest import ROOT
from tests.adversarial.test_network import INET, SENTINEL, _strace


def test_a_window_session_opens_no_internet_socket(tmp_path: Path) -> None:
    log = tmp_path / "connect.log"
    env = {k: v for k, v in os.environ.items() if k not in ("OBJECTOR_GUIDE_DEBUG", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "CUPS_SERVER": SENTINEL, "HOME": str(tmp_path / "home"),
                "OBJECTOR_GUIDE_DATA_DIR": str(tmp_path / "data"), "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "session",
                "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"), "XDG_CACHE_HOME": str(tmp_path / "home" / "cache")})
    proc = subprocess.run([_strace(), "-f", "-qq", "-e", "trace=connect", "-o", str(log),
                           sys.executable, "-m", "app"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0 and "session-done" in proc.stdout, proc.stdout + proc.stderr
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []
    inet = [line for line in lines if INET.search(line)]
    assert inet == [], "the window session opened internet sockets:\n" + "\n".join(inet[:5])
