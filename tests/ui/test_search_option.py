"""`objector-guide --search TEXT`: the window opens with TEXT searched and its results listed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_search_for_fills_the_field_and_lists_results(make_window) -> None:
    w = make_window()
    w.search_for("draft evader")
    assert w.search.text() == "draft evader"
    assert w.left.currentWidget() is w.results and w.results.count() > 0
    first = w.results.hit_at(0)
    assert first is not None and "evader" in first.title.lower()


def test_the_command_line_option_shows_the_first_result(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "1",
           "OBJECTOR_GUIDE_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "app", "--search", "draft evader"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("first-result "), done.stdout  # printed once the results list has painted
