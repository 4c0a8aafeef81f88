"""Making a PDF never talks to the print system, so never to the network.

Review rows G05, G06, G07 (finding F-5): every sheet and the self-test connected to CUPS at
127.0.0.1:631 — or to wherever CUPS_SERVER pointed — because a QPrinter was constructed.
Here `sheet` and `self-test` run under `strace -f -e trace=connect` with CUPS_SERVER set to a
sentinel address, and any AF_INET/AF_INET6 connect fails the test. Only Print and Print
Preview (app/ui/printing.py) may use the print system.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.adversarial.conftest import ANSWERS, ROOT

SENTINEL = "127.0.0.1:9"  # the discard port: a connect to it is the print system at work
INET = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b")


def _strace() -> str:
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (Debian: apt-get install strace)")
    probe = subprocess.run([strace, "-f", "-qq", "-e", "trace=connect", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here (ptrace not permitted?): {probe.stderr.strip()[:200]}")
    return strace


def _traced(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    log = tmp_path / "connect.log"
    env = {k: v for k, v in os.environ.items() if k != "OBJECTOR_GUIDE_DEBUG"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "CUPS_SERVER": SENTINEL, "HOME": str(tmp_path / "home"),
                "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"), "XDG_CACHE_HOME": str(tmp_path / "home" / "cache")})
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.run([_strace(), "-f", "-qq", "-e", "trace=connect", "-o", str(log),
                           sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []
    return proc, [line for line in lines if INET.search(line)]


@pytest.mark.parametrize("extra", [[], ["--safe", "--lang", "ru"]], ids=["sheet", "safe-sheet-ru"])
def test_sheet_opens_no_internet_socket(tmp_path: Path, extra: list[str]) -> None:  # G06, G07
    out = tmp_path / "x.pdf"
    proc, inet = _traced(tmp_path, "sheet", "--answers", str(ANSWERS), "--out", str(out), *extra)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert inet == [], "the sheet opened internet sockets:\n" + "\n".join(inet[:5])


def test_self_test_opens_no_internet_socket(tmp_path: Path) -> None:  # G06
    proc, inet = _traced(tmp_path, "self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "sheet" in proc.stdout
    assert inet == [], "the self-test opened internet sockets:\n" + "\n".join(inet[:5])


def test_pdf_code_never_loads_the_print_system(tmp_path: Path) -> None:
    """Without strace too: writing a sheet PDF loads no QtPrintSupport (QPrinter asks CUPS)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.ui.application import application\n"
        "from app.ui.sheet_printer import document_from_html, page_count, write_pdf\n"
        "application()\n"
        "doc = document_from_html('<h1>x</h1><p>' + 'y ' * 3000 + '</p>')\n"
        f"write_pdf(doc, Path({str(tmp_path / 'x.pdf')!r})); page_count(doc, 'Letter')\n"
        "bad = sorted(m for m in sys.modules if 'QtPrintSupport' in m)\n"
        "print(bad); sys.exit(1 if bad else 0)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    source = (ROOT / "app" / "ui" / "sheet_printer.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+PySide6\.QtPrintSupport", source, re.M), \
        "sheet_printer.py must not import QtPrintSupport"
