"""The Windows release, built on Linux under Wine (build/windows.py), as its users run it.

The `windows_build` fixture builds dist/windows/ when it is missing or older than any source
(build/windows.py --if-stale --no-smoke: about 4 minutes from a clean checkout, after the
toolchain download; nothing when up to date). Wine, NSIS and osslsigncode come from
`./dev.sh test`; without them these tests are skipped, except in CI, where that fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.build_lock import build_lock
from tests.script_module import load_script

ROOT = Path(__file__).resolve().parents[2]
# seconds; a clean build takes about 4 minutes on a 2-core machine (pyproject.toml: 30 minutes per test)
BUILD_TIMEOUT = 1200
TOOLS = ("wine", "wineboot", "wineserver", "makensis", "osslsigncode")


windows = load_script("objector_windows", ROOT / "build" / "windows.py")


@pytest.fixture(scope="session")
def windows_build() -> Path:
    """dist/windows/, built if stale: the one-folder build, the portable exe and the installer."""
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if missing:
        message = f"{', '.join(missing)} not installed (./dev.sh test installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    started = time.perf_counter()
    with build_lock():  # another test process may be building dist/ right now
        proc = subprocess.run([sys.executable, str(ROOT / "build" / "windows.py"), "--if-stale", "--no-smoke"],
                              cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert proc.returncode == 0, f"Windows build failed:\n{proc.stdout[-6000:]}\n{proc.stderr[-4000:]}"
    print(f"Windows build ready in {time.perf_counter() - started:.0f} s")
    return windows.DIST


def wine_env() -> dict[str, str]:
    """Wine's environment, without the test suite's user-data overrides (the app is to find
    its folders as on a counsellor's laptop; Wine would hand Linux paths to it otherwise)."""
    env = windows.wine_env()
    for name in ("OBJECTOR_GUIDE_DATA_DIR", "OBJECTOR_GUIDE_PORTABLE", "OBJECTOR_GUIDE_DEBUG",
                 "OBJECTOR_GUIDE_EXIT_AFTER_PAINT", "PYTHONUTF8", "PYTHONIOENCODING"):
        env.pop(name, None)  # (nor may Python settings help the app print Russian)
    return env


def offline_prefix() -> list[str]:
    """`unshare -n --` where this machine allows it (root, or user namespaces), else nothing."""
    if not shutil.which("unshare"):
        return []
    for prefix in (["unshare", "-n", "--"], ["unshare", "-r", "-n", "--"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return []


def run_windows(exe: Path | str, *args: str, cwd: Path | None = None, timeout: float = 300,
                wait: bool = False, offline: bool = False) -> subprocess.CompletedProcess[bytes]:
    """Run a Windows program under Wine as a terminal would: stdin /dev/null, output piped.
    Output stays bytes, so a test can check that it is UTF-8. With `wait`, also wait for every
    process it started (an uninstaller runs on from a temporary copy of itself); with
    `offline`, without a network (when the machine allows taking it away)."""
    prefix = offline_prefix() if offline else []
    proc = subprocess.run([*prefix, "wine", str(exe), *args], cwd=cwd or ROOT, env=wine_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    if wait:
        subprocess.run(["wineserver", "--wait"], env=wine_env(), timeout=timeout)
        for left in windows_user_dir().parent.joinpath("Temp").glob("~nsu*.tmp"):
            shutil.rmtree(left, ignore_errors=True)  # the uninstaller's copy (Windows clears it at reboot)
    return proc


def windows_user_dir(*parts: str) -> Path:
    """A folder in the Wine prefix's user profile: "Local" is %LOCALAPPDATA%."""
    users = windows.PREFIX / "drive_c" / "users"
    user = next((p for p in users.iterdir() if p.name not in ("Public", "public")), None) if users.is_dir() else None
    assert user is not None, f"no user profile in {users}"
    return user.joinpath("AppData", *parts)
