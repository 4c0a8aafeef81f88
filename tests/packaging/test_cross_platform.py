"""One spec for every platform, Qt's own options on the command line, portable mode: the
parts of the Windows release that need no Wine (fast; run with the unit tests)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, windows

SPEC = ROOT / "build" / "objector-guide.spec"


def test_platform_differences_live_in_one_place() -> None:
    """Only TARGETS says how platforms differ: the spec reads sys.platform exactly once."""
    text = SPEC.read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert len(re.findall(r"sys\.platform", code)) == 1, "sys.platform is read outside TARGET = TARGETS.get(...)"
    linux, win, mac = (windows.linux_build.target(p) for p in ("linux", "win32", "darwin"))
    assert linux.keys() == win.keys() == mac.keys()
    assert (win["dist"], win["name"], win["onefile"]) == ("dist/windows", "ObjectorGuide", "ObjectorGuide-portable")
    assert win["icon"] == "ico" and win["version_resource"] and win["hide_console"] == "hide-early"
    assert (linux["name"], linux["onefile"]) == ("objector-guide", "objector-guide-onefile")
    assert mac["app_bundle"] and mac["onefile"] is None and mac["icon"] == "icns"


def test_qt_platform_option_reaches_qt_and_not_argparse(tmp_path: Path) -> None:
    """`-platform NAME` (what Wine needs, since it drops QT_QPA_PLATFORM) is Qt's, not a usage error."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    version = subprocess.run([sys.executable, "-m", "app", "-platform", "offscreen", "--version"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert version.returncode == 0, version.stderr
    # `minimal`, not the offscreen platform the self-test picks by itself when there is no screen:
    # the window check names the platform Qt really used.
    proc = subprocess.run([sys.executable, "-m", "app", "-platform", "minimal", "self-test"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "on 'minimal'" in proc.stdout, proc.stdout + proc.stderr


def test_portable_txt_beside_the_executable_keeps_data_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import paths

    monkeypatch.delenv("OBJECTOR_GUIDE_DATA_DIR", raising=False)
    monkeypatch.delenv("OBJECTOR_GUIDE_PORTABLE", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "ObjectorGuide-portable.exe"))
    assert paths.user_data_dir() != tmp_path / "ObjectorGuide-data"
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    assert paths.user_data_dir() == tmp_path / "ObjectorGuide-data"
