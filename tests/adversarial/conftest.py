"""Helpers for the attacks of the adversarial test (../shared/reviews/adversarial-test.md),
kept as permanent tests: the CLI run as a counsellor runs it (a subprocess, arguments as
raw bytes so invalid UTF-8 reaches it as it would from a terminal), a tiny tmpfs for a full
or read-only disk when running as root, and the checks every attack shares."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Union

import pytest

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "docs" / "sheets" / "in-russia.json"  # a complete assessment

Arg = Union[str, bytes, Path]


def _raw(arg: Arg) -> bytes:
    return arg if isinstance(arg, bytes) else os.fsencode(str(arg))


class Run:
    def __init__(self, proc: subprocess.CompletedProcess[bytes]) -> None:
        self.code = proc.returncode
        self.raw_out, self.raw_err = proc.stdout, proc.stderr
        self.out = proc.stdout.decode("utf-8", "replace")
        self.err = proc.stderr.decode("utf-8", "replace")

    def __repr__(self) -> str:
        return f"exit {self.code}\nstdout: {self.out[-2000:]}\nstderr: {self.err[-2000:]}"


@pytest.fixture
def og(tmp_path_factory: pytest.TempPathFactory):
    """`og(*args, data_dir=…)`: `python -m app …` with an isolated HOME and data folder."""
    home = tmp_path_factory.mktemp("home")

    def run(*args: Arg, data_dir: Arg | None = None, env: dict[str, str] | None = None,
            timeout: float = 60) -> Run:
        full_env = {k: v for k, v in os.environ.items() if k != "OBJECTOR_GUIDE_DEBUG"}
        full_env.update({"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                         "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "config")})
        full_env.pop("OBJECTOR_GUIDE_DATA_DIR", None)
        full_env.update(env or {})
        argv: list[bytes] = [os.fsencode(sys.executable), b"-m", b"app"]
        argv += [b"--data-dir", _raw(data_dir if data_dir is not None else home / "data")]
        argv += [_raw(a) for a in args]
        return Run(subprocess.run(argv, cwd=ROOT, env=full_env, capture_output=True, timeout=timeout))

    return run


def assert_user_error(run: Run, *words: str) -> None:
    """A clear one-line sentence, a non-zero exit that is not 'internal error' (70), no traceback."""
    assert run.code not in (0, 70), run
    assert "internal error" not in run.err and "Traceback" not in run.err + run.out, run
    lines = [line for line in run.err.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("objector-guide: "), run
    for word in words:
        assert word in run.err, run


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "64k") -> Iterator[Path]:
    """A tmpfs of `size` at `folder` (root only); skips the test with the reason otherwise."""
    if sys.platform != "linux" or not is_root():
        pytest.skip("a real full disk needs a tmpfs, and mounting one needs root (the ENOSPC tests cover the rest)")
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    folder.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip() or proc.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], capture_output=True)
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount_read_only(folder: Path) -> None:
    proc = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot remount the tmpfs read-only: {proc.stderr.strip()}")


def fill_disk(folder: Path, leave: int = 0) -> None:
    """Fill the file system of `folder` until at most `leave` bytes are free."""
    filler = folder / "filler"
    with open(filler, "ab") as fh:
        block = b"\0" * 4096
        try:
            while True:
                st = os.statvfs(folder)
                free = st.f_bavail * st.f_frsize
                if free <= leave:
                    break
                fh.write(block[: max(1, min(len(block), free - leave))])
                fh.flush()
        except OSError:
            pass


def sheet_pdf_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), f"{path} is not a whole PDF"
    return data
