"""dist/release/: the Windows installer, the Windows portable exe and the Linux tarball side by
side with SHA256SUMS (build/release.py, `./dev.sh release`), as someone downloading them
checks and unpacks them."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from app import __version__
from tests.build_lock import build_lock

from .conftest import BUILD_TIMEOUT, ROOT, windows

pytestmark = [pytest.mark.e2e, pytest.mark.windows]

RELEASE = ROOT / "dist" / "release"


@pytest.fixture(scope="module")
def release(windows_build: Path) -> Path:
    with build_lock():  # release.py builds what is stale: one build at a time
        proc = subprocess.run([sys.executable, str(ROOT / "build" / "release.py")], cwd=ROOT,
                              capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert proc.returncode == 0, f"release.py failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    return RELEASE


def test_release_holds_the_three_downloads_and_their_checksums(release: Path) -> None:
    names = sorted(p.name for p in release.iterdir())
    assert names == sorted([
        f"ObjectorGuide-{__version__}-setup.exe",
        f"ObjectorGuide-{__version__}-portable.exe",
        f"objector-guide-{__version__}-linux-x86_64.tar.gz",
        "SHA256SUMS",
    ]), names
    check = subprocess.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=release,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 3, check.stdout
    assert (release / f"ObjectorGuide-{__version__}-setup.exe").read_bytes() == windows.installer_path().read_bytes()


def test_linux_tarball_unpacks_to_a_working_app_with_menu_entry(release: Path, tmp_path: Path) -> None:
    tarball = release / f"objector-guide-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
        tar.extractall(tmp_path, filter="tar")
    for name in ("objector-guide/objector-guide", "objector-guide/objector-guide.desktop",
                 "objector-guide/objector-guide.png"):
        assert name in names, f"{name} is not in {tarball.name}"
    exe = tmp_path / "objector-guide" / "objector-guide"
    assert os.access(exe, os.X_OK), "the unpacked program is not executable"
    desktop = (tmp_path / "objector-guide" / "objector-guide.desktop").read_text(encoding="utf-8")
    assert "Exec=objector-guide" in desktop and "Icon=objector-guide" in desktop
    proc = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == f"objector-guide {__version__}", proc.stderr
