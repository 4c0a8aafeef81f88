"""Instructions from spawn to the first paint, counted by valgrind (callgrind): a start-up figure
that does not move with what else the machine is doing.

Wall-clock start-up on a shared 2-core machine varies by ±10% from run to run, so a change
worth 1% (a tab filled later, a module imported on first use) cannot be seen in it. The
instruction count of the same start repeats to within 0.1%, so such a change can be kept or
thrown out on evidence (issue #19: "a change that does not move a figure goes back out").

The count stops at the `QCoreApplication::exit` that the first-paint hook calls
(OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1; hello.py calls it too), so the teardown after it, which no
one waits for, is not counted. Instructions are not time: disk reads, page faults and the GPU
are not in them, which is why the wall-clock table stays the one the targets are judged by.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path


def available() -> bool:
    return shutil.which("valgrind") is not None


def to_first_paint(cmd: list[str], env: dict[str, str], cwd: Path) -> int:
    """Instructions `cmd` executes until the exit call after its first paint (children included:
    the frozen bootloader starts the app with exec)."""
    with tempfile.TemporaryDirectory(prefix="og-callgrind-") as tmp:
        out = Path(tmp) / "cg.%p"
        done = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                               "--dump-before=QCoreApplication::exit*", f"--callgrind-out-file={out}", *cmd],
                              env={**env, "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "1"}, cwd=cwd, capture_output=True,
                              text=True, timeout=600)
        parts = sorted(Path(tmp).glob("cg.*.1"))  # the part dumped at the exit call
        if not parts:
            raise RuntimeError(f"callgrind saw no exit call for {cmd}: {done.stderr[-2000:]}")
        text = parts[0].read_text(encoding="utf-8", errors="replace")
        found = re.search(r"^(?:summary|totals):\s+(\d+)", text, re.M)
        if not found:
            raise RuntimeError(f"no instruction total in {parts[0].name}")
        return int(found.group(1))
