"""The imported reports survive what the adversarial test did to them (issue #15, F-1, F-13).

Rows K01, K02 (kill -9 during `import` and `imports remove`), DF1–DF5 (a full disk during an
import), FI1–FI5 (a damaged store set aside silently). Before the fix, the first kill left a
hot journal, the next read-only open failed, the store was taken for damaged and set aside,
and `imports list` said "No imported reports." from then on.

The kill loops run 3 rounds; OBJECTOR_GUIDE_LONG=1 runs 20 (the issue's long run).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.adversarial.conftest import ROOT, assert_user_error, fill_disk, remount_read_only, small_tmpfs

ROUNDS = 20 if os.environ.get("OBJECTOR_GUIDE_LONG") == "1" else 3

# Two small reports imported first; each has a word nothing else has, so search proves they are there.
FIRST = ("Доклад о квоккаленде\n\nТекст доклада о дезертирах и слово квоккаленд.\n").encode("cp1251")
SECOND = (b"<html><head><title>Hostile</title><script>alert(1)</script></head><body><h1>Report on objectors</h1>"
          b"<p>The zanzibarite paragraph of the second report.</p></body></html>")


def _big(path: Path, megabytes: int = 8) -> Path:
    """A report large enough that an import or a removal takes a while and reaches the file."""
    chapter = "".join(f"Paragraph {k} of a long chapter about mobilisation and the draft, {k}.\n\n"
                      for k in range(400))
    n = max(1, megabytes * 1024 * 1024 // len(chapter))
    path.write_text("".join(f"# Chapter {i}\n\n{chapter}" for i in range(n)), encoding="utf-8")
    return path


def _popen(og_env: dict[str, str], data: Path, *args: str) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "app", "--data-dir", str(data), *args]
    return subprocess.Popen(argv, cwd=ROOT, env=og_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture
def og_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("killhome")
    env = {k: v for k, v in os.environ.items() if k not in ("OBJECTOR_GUIDE_DEBUG", "OBJECTOR_GUIDE_DATA_DIR")}
    env.update({"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "config")})
    return env


def _kill_inside(proc: subprocess.Popen[bytes], journal: Path, rng: random.Random, timeout: float = 120) -> bool:
    """kill -9 `proc` at a random moment while its transaction is open (its journal exists);
    True when it was killed with the journal there (False: it finished first)."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and not journal.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.25))
    hot = proc.poll() is None and journal.exists()
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return hot


def _imports(og, data: Path) -> dict[str, str]:
    run = og("imports", "list", "--json", data_dir=data)
    assert run.code == 0, run
    return {d["doc_id"]: d["file_name"] for d in json.loads(run.out)}


def _found(og, data: Path, word: str) -> bool:
    run = og("search", word, "--json", data_dir=data)
    assert run.code == 0, run
    return any(h["origin"].startswith("import:") for h in json.loads(run.out))


def _assert_earlier_intact(og, data: Path, earlier: dict[str, str]) -> dict[str, str]:
    now = _imports(og, data)
    assert earlier.items() <= now.items(), (earlier, now)
    assert _found(og, data, "квоккаленд") and _found(og, data, "zanzibarite")
    assert not list(data.glob("imports.corrupt-*")), sorted(p.name for p in data.iterdir())
    return now


def _two_imports(og, folder: Path, data: Path) -> dict[str, str]:
    (folder / "cp1251.txt").write_bytes(FIRST)
    (folder / "hostile.html").write_bytes(SECOND)
    for name in ("cp1251.txt", "hostile.html"):
        run = og("import", folder / name, data_dir=data)
        assert run.code == 0, run
    earlier = _imports(og, data)
    assert sorted(earlier.values()) == ["cp1251.txt", "hostile.html"]
    return earlier


def test_kill_9_during_import_never_hides_the_earlier_imports(og, og_env, tmp_path: Path) -> None:
    """K01: kill -9 at a random moment of `import`, ROUNDS times; after each, the earlier imports
    are listed and found, and nothing is set aside."""
    data = tmp_path / "data"
    earlier = _two_imports(og, tmp_path, data)
    big = _big(tmp_path / "big.md")
    rng = random.Random(1501)
    hot_rounds = 0
    for _ in range(ROUNDS):
        proc = _popen(og_env, data, "import", str(big), "--replace")
        hot_rounds += _kill_inside(proc, data / "imports.sqlite-journal", rng)
        _assert_earlier_intact(og, data, earlier)
    assert hot_rounds >= 1, "no kill landed inside the import: the test proved nothing"


def test_kill_9_during_remove_rolls_the_removal_back(og, og_env, tmp_path: Path) -> None:
    """K02: kill -9 during `imports remove` of a large import; the store keeps all three or the
    removal completed, never fewer, never set aside."""
    data = tmp_path / "data"
    earlier = _two_imports(og, tmp_path, data)
    big = _big(tmp_path / "big.md")
    rng = random.Random(1502)
    hot_rounds = 0
    for _ in range(ROUNDS):
        now = _imports(og, data)
        if len(now) == 2:
            run = og("import", big, data_dir=data, timeout=300)
            assert run.code == 0, run
            now = _imports(og, data)
        big_id = next(i for i, name in now.items() if name == "big.md")
        proc = _popen(og_env, data, "imports", "remove", big_id)
        hot_rounds += _kill_inside(proc, data / "imports.sqlite-journal", rng)
        after = _assert_earlier_intact(og, data, earlier)
        if big_id in after:  # rolled back: the whole report is still there and readable
            run = og("show", "section", f"imp-{big_id}-2", data_dir=data)
            assert run.code == 0 and "Chapter" in run.out, run
    assert hot_rounds >= 1, "no kill landed inside the removal: the test proved nothing"


def test_a_full_disk_during_import_keeps_the_earlier_imports(og, tmp_path: Path) -> None:
    """DF1–DF5 on a 1 MB tmpfs: a clear sentence, and the earlier imports stay listed and found."""
    with small_tmpfs(tmp_path / "full", size="1m") as full:
        data = full / "data"
        earlier = _two_imports(og, tmp_path, data)
        big = _big(tmp_path / "big.md", megabytes=3)
        for _ in range(2):  # DF1, then DF4 after a first failure
            assert_user_error(og("import", big, data_dir=data), "disk is full")
            _assert_earlier_intact(og, data, earlier)
        fill_disk(full)  # not a byte left: reading still works
        _assert_earlier_intact(og, data, earlier)
        assert_user_error(og("imports", "rename", next(iter(earlier)), "New title", data_dir=data))
        (full / "filler").unlink()


def test_a_journal_that_cannot_be_rolled_back_is_said_and_kept(og, og_env, tmp_path: Path) -> None:
    """After a kill, the data folder became read-only (a remounted stick): reading says why, the
    guidebook still searches, nothing is set aside; writable again, everything is back."""
    with small_tmpfs(tmp_path / "stick", size="256m") as stick:
        data = stick / "data"
        earlier = _two_imports(og, tmp_path, data)
        big = _big(tmp_path / "big.md")
        rng = random.Random(1503)
        for _ in range(5):
            if _kill_inside(_popen(og_env, data, "import", str(big), "--replace"),
                            data / "imports.sqlite-journal", rng):
                break
        else:
            pytest.skip("no kill landed inside the import")
        remount_read_only(stick)
        run = og("imports", "list", data_dir=data)
        assert_user_error(run, "cannot be read right now")
        run = og("search", "deserter", data_dir=data)
        assert run.code == 0 and "deserter" in run.out and "cannot be read right now" in run.err, run
        assert (data / "imports.sqlite-journal").exists() and not list(data.glob("imports.corrupt-*"))
        subprocess.run(["mount", "-o", "remount,rw", str(stick)], check=True)
        _assert_earlier_intact(og, data, earlier)


@pytest.mark.parametrize("damage", ["garbage", "empty", "truncated", "directory"])
def test_a_damaged_store_is_set_aside_and_every_command_says_so(og, tmp_path: Path, damage: str) -> None:
    """FI1–FI5: `imports list` and `search` used to rename the store silently."""
    data = tmp_path / "data"
    _two_imports(og, tmp_path, data)
    store = data / "imports.sqlite"
    good = store.read_bytes()
    if damage == "garbage":
        store.write_bytes(os.urandom(300_000))
    elif damage == "empty":
        store.write_bytes(b"")
    elif damage == "truncated":
        store.write_bytes(good[:len(good) // 2])
    else:
        store.unlink()
        store.mkdir()
    first = og("search", "zanzibarite", data_dir=data)
    assert first.code == 0 and "could not be read" in first.err and "imports restore" in first.err, first
    listed = og("imports", "list", data_dir=data)
    assert listed.code == 0 and "No imported reports" in listed.out and "imports restore" in listed.out, listed
    kept = og("imports", "restore", data_dir=data)
    assert kept.code == 0 and "imports.corrupt-" in kept.out, kept
    # the good copy (as an earlier version could have set it aside) is put back by name
    (data / "imports.corrupt-20200101-000000.sqlite").write_bytes(good)
    back = og("imports", "restore", "imports.corrupt-20200101-000000.sqlite", data_dir=data)
    assert back.code == 0 and "report" in back.out, back
    assert sorted(_imports(og, data).values()) == ["cp1251.txt", "hostile.html"]
    assert _found(og, data, "zanzibarite") and _found(og, data, "квоккаленд")
