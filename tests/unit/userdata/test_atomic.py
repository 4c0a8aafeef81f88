"""Bookmarks and settings are written atomically: a process killed mid-write loses nothing saved."""

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

from app.userdata.atomic import read_json, write_json
from app.userdata.bookmarks import Bookmarks
from app.userdata.settings import load_settings, save_settings

ROOT = Path(__file__).resolve().parents[3]

WRITER = """
import sys
from pathlib import Path
from app.userdata.bookmarks import Bookmarks
b = Bookmarks(Path(sys.argv[1]))
i = len(b.items())
while True:
    b.add("term", f"t{i}", "x" * 2000)
    print(i, flush=True)
    i += 1
"""


@pytest.mark.parametrize("seed", range(6))
def test_killed_writer_never_corrupts_bookmarks(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "bookmarks.json"
    rng = random.Random(seed)
    saved = 0
    for _round in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        first = proc.stdout.readline()  # writing has begun (start-up time varies with the machine's load)
        time.sleep(rng.random() * 0.3)
        os.kill(proc.pid, signal.SIGKILL)
        out = (first + proc.communicate()[0]).split()
        proc.wait()
        data = json.loads(path.read_text(encoding="utf-8"))  # always complete JSON
        confirmed = int(out[-1]) + 1 if out else saved
        assert len(data) >= confirmed >= saved  # everything reported saved is there
        saved = len(data)
    assert saved > 0


def test_corrupt_file_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.json"
    path.write_text("{not json", encoding="utf-8")
    b = Bookmarks(path)
    assert b.items() == [] and b.problem and "kept as" in b.problem
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("bookmarks.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"


def test_settings_round_trip_and_unknown_keys_ignored(tmp_path: Path) -> None:
    settings, problem = load_settings()
    assert problem is None and settings.ui_lang == "en"
    settings.zoom = 3
    save_settings(settings)
    again, _ = load_settings()
    assert again.zoom == 3
    data, _ = read_json(Path(os.environ["OBJECTOR_GUIDE_DATA_DIR"]) / "settings.json", {})
    data["from_the_future"] = 1
    write_json(Path(os.environ["OBJECTOR_GUIDE_DATA_DIR"]) / "settings.json", data)
    assert load_settings()[0].zoom == 3


def test_unwritable_folder_raises_oserror_and_keeps_the_old_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only folders; the UI test covers the message")
    path = tmp_path / "ro" / "bookmarks.json"
    b = Bookmarks(path)
    b.add("term", "a", "A")
    path.parent.chmod(0o500)
    try:
        with pytest.raises(OSError):
            b.add("term", "b", "B")
        assert [x.id for x in Bookmarks(path).items()] == ["a"]
    finally:
        path.parent.chmod(0o700)


def test_a_file_that_cannot_be_read_is_said_in_words(tmp_path: Path) -> None:
    """Not "(NotADirectoryError); it was kept as settings.json" when nothing was kept, nor a
    Python class name (adversarial trial, 1 Dec 2026)."""
    from app.userdata.atomic import read_json
    from app.userdata.write_problems import why

    folder_is_a_file = tmp_path / "data"
    folder_is_a_file.write_text("hi", encoding="utf-8")
    data, problem = read_json(folder_is_a_file / "settings.json", {})
    assert data == {} and problem is not None
    assert f"The data folder {folder_is_a_file} is a file, not a folder" in problem and "kept as" not in problem
    (tmp_path / "settings.json").mkdir()
    _, problem = read_json(tmp_path / "settings.json", {})
    assert problem is not None and "Error" not in problem and "could not be read (" in problem
    (tmp_path / "bookmarks.json").write_text("{not json", encoding="utf-8")
    _, problem = read_json(tmp_path / "bookmarks.json", [])
    assert problem is not None and "is not readable JSON; it was kept as bookmarks.json.corrupt-" in problem
    with pytest.raises(NotADirectoryError) as inside:
        (folder_is_a_file / "x").mkdir()  # a folder made inside the data folder
    with pytest.raises(FileExistsError) as itself:
        folder_is_a_file.mkdir()  # the data folder made where the file is ("File exists")
    assert why(inside.value) == why(itself.value) == "a file stands where its folder should be"
