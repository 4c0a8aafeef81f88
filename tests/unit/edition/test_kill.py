"""A kill -9 at any moment of an install leaves a working guidebook: the previous edition
or the new one, complete, loading and searching, with no notice of damage.

Each install runs in its own process, forked from a helper that has already imported the
app (so a run costs the install, not an interpreter's start), and is killed with SIGKILL
after a random delay, or right before or after one of its renames (the store into place,
the folder into place, the pointer), where timing alone would rarely land.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.edition.conftest import CHANGED_FACT, ROOT, Editions

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a helper process (POSIX)")

FORKER = r"""
import os, signal, sys, time, traceback
from pathlib import Path
from app.edition import signing
signing.EXTRA_TRUSTED_DIRS.append(Path(sys.argv[1]))
from app.edition.install import install
import app.edition.build, app.store.build, app.wizard.validate  # imported once, before forking
print("ready", flush=True)
for line in sys.stdin:
    target, mode, delay = line.split()
    started = time.time()
    pid = os.fork()
    if pid == 0:
        try:
            if mode != "-":  # kill -9 right before/after a rename: the store, the folder or the pointer
                when, what = mode.split(":")
                real = os.replace
                def which(src, dst):
                    src, dst = Path(src), Path(dst)
                    if dst.name == "current.json":
                        return "pointer"
                    if src.name.startswith(".tmp-") and src.is_dir():
                        return "folder"
                    return "store" if dst.suffix == ".sqlite" else "other"
                def replace(src, dst, **kwargs):
                    hit = which(src, dst) == what
                    if hit and when == "before":
                        os.kill(os.getpid(), signal.SIGKILL)
                    result = real(src, dst, **kwargs)
                    if hit and when == "after":
                        os.kill(os.getpid(), signal.SIGKILL)
                    return result
                os.replace = replace
            install(Path(target), allow_downgrade=True,
                    progress=lambda step, _f: print("step", step, time.time() - started, flush=True))
            os._exit(0)
        except BaseException:
            print("error", traceback.format_exc().replace("\n", " | "), flush=True)
            os._exit(1)
    deadline = started + float(delay)
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.time() >= deadline:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(0.002)
    print("exit", "killed" if os.WIFSIGNALED(status) else os.WEXITSTATUS(status), flush=True)
"""
RANDOM_RUNS = 8
RENAME_KILLS = [f"{when}:{what}" for what in ("store", "folder", "pointer") for when in ("before", "after")]


class Forker:
    def __init__(self, trusted: Path) -> None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        self.proc = subprocess.Popen([sys.executable, "-c", FORKER, str(trusted)], cwd=ROOT, env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"

    def install(self, target: Path, mode: str = "-", delay: float = 60.0) -> tuple[str, dict[str, float]]:
        """(phase, step -> seconds): 'finished', or 'killed while <last step reported>'."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{target} {mode} {delay}\n")
        self.proc.stdin.flush()
        steps: dict[str, float] = {}
        while True:
            line = self.proc.stdout.readline()
            assert line, "the helper process died"
            kind, _, rest = line.strip().partition(" ")
            assert kind != "error", rest
            if kind == "step":
                name, seconds = rest.split()
                steps[name] = float(seconds)
            elif kind == "exit":
                if rest == "0":
                    return "finished", steps
                assert rest == "killed", rest
                return f"killed while {max(steps, key=steps.__getitem__) if steps else 'starting'}", steps

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


def _working_guidebook() -> str:
    """The version in use, after checking that it is complete, loads and searches."""
    from app.edition import active
    from app.edition.install import active_edition
    from app.store.guidebook import Guidebook

    active.forget()  # as a fresh start would
    now = active_edition()
    assert now.notice == "", now.notice  # not a fallback: what is in use is complete
    assert now.version in ("2099.1.0", "2099.2.0"), now
    book = Guidebook.open()
    try:
        assert book.status is not None and book.status.reason == "" and not book.status.rebuilt, book.status
        assert book.stats()["edition"] == now.version
        found = [h.id for h in book.search(CHANGED_FACT, lang="en", as_you_type=False) if CHANGED_FACT in h.marked()]
        assert found == (["demands"] if now.version == "2099.2.0" else []), (now.version, found)
        assert book.search("deserter", lang="en")  # and the rest of the guidebook is there
    finally:
        book.close()
    return now.version


def test_kill_at_any_moment_leaves_a_working_guidebook(editions: Editions, changed_installed: Path) -> None:
    from app.edition.active import editions_dir

    other = {"2099.1.0": editions.changed, "2099.2.0": editions.base}  # every run switches (downgrade allowed)
    forker = Forker(editions.trusted_dir)
    outcomes: list[tuple[str, str, str]] = []
    try:
        version = _working_guidebook()

        def run(mode: str, delay: float) -> dict[str, float]:
            nonlocal version
            phase, steps = forker.install(other[version], mode, delay)
            version = _working_guidebook()  # after every kill: the guidebook works
            outcomes.append((mode if mode != "-" else f"{delay:.2f}s", phase, version))
            return steps

        # first right before and after each rename (these runs also time the install) ...
        timeline: dict[str, float] = {}
        for mode in RENAME_KILLS:
            timeline = max(timeline, run(mode, 60.0), key=len)
        # ... then at random moments from the start of the install to its end
        rng = random.Random(int(os.environ.get("EDITION_KILL_SEED", "17")))
        # (one delay in each of RANDOM_RUNS equal slices of the install, so every phase is hit
        # by a few runs rather than by luck)
        span = timeline["switching"] * 1.05
        for i in range(RANDOM_RUNS):
            run("-", span * (i + rng.random()) / RANDOM_RUNS)
        phases = {phase for _when, phase, _version in outcomes}
        assert {"killed while checking", "killed while indexing", "killed while switching"} <= phases, outcomes
        assert all(phase.startswith("killed") for when, phase, _v in outcomes if ":" in when), outcomes
        # some kills left the edition in use before, others came after the switch
        assert {v for _when, phase, v in outcomes if phase != "finished"} == {"2099.1.0", "2099.2.0"}, outcomes
        # an install after all those kills runs cleanly and leaves no half-made folder behind
        assert forker.install(other[version])[0] == "finished"
        _working_guidebook()
        assert not [p.name for p in editions_dir().iterdir() if p.name.startswith((".tmp-", ".trash-"))]
    finally:
        forker.close()
