"""The suite as CI runs it (`./dev.sh test`: every core, `--dist loadfile`) ends with a failure
that names the test when a worker crashes or a test hangs. Left to itself, xdist 3.8 replaces
a crashed worker and then, under `--dist loadfile`, either stops with an internal error or
waits for ever: stop 33's CI saw a segfault in one worker, then silence until CI's own limit.
Each case runs pytest with this project's configuration on a few throwaway files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PASSING = "def test_1():\n    pass\n\ndef test_2():\n    pass\n"


def run_suite(folder: Path, *options: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """pytest as dev.sh calls it, with pyproject.toml's settings (and nothing from this run's
    PYTEST_ADDOPTS), on the files in `folder`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    return subprocess.run([sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir",
                           str(folder), "-p", "no:cacheprovider", "-n", "2", "--dist", "loadfile", *options,
                           str(folder)], cwd=folder, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.mark.skipif(sys.platform == "win32", reason="the crashing case uses resource and os.abort as on Linux CI")
def test_a_crashing_worker_ends_the_run_and_names_the_test(tmp_path: Path) -> None:
    for name in "acdefg":
        (tmp_path / f"test_{name}.py").write_text(PASSING, encoding="utf-8")
    (tmp_path / "test_b.py").write_text(textwrap.dedent("""
        import os
        import resource

        def test_before():
            pass

        def test_crash():
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
            os.abort()  # as a segfault in Qt takes the worker down

        def test_after():
            pass
    """), encoding="utf-8")
    done = run_suite(tmp_path, timeout=120)
    assert done.returncode != 0
    assert "crashed while running 'test_b.py::test_crash'" in done.stdout, done.stdout[-3000:]


def test_a_hanging_test_ends_the_run_with_every_threads_stack(tmp_path: Path) -> None:
    (tmp_path / "test_a.py").write_text(PASSING, encoding="utf-8")
    (tmp_path / "test_hang.py").write_text(textwrap.dedent("""
        import threading

        def test_waits_for_ever():
            threading.Event().wait()
    """), encoding="utf-8")
    # the configured limit is 30 minutes; the case shortens it, and keeps exit-on-timeout as configured
    done = run_suite(tmp_path, "-o", "faulthandler_timeout=3", timeout=120)
    assert done.returncode != 0
    assert "crashed while running 'test_hang.py::test_waits_for_ever'" in done.stdout, done.stdout[-3000:]
    assert "Timeout (0:00:03)!" in done.stdout + done.stderr
    assert "in test_waits_for_ever" in done.stdout + done.stderr
