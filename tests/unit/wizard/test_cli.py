"""`objector-guide wizard ...` run as a counsellor runs it: a subprocess, exit codes, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = sorted((ROOT / "resources" / "wizard" / "examples").glob("*.json"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("OBJECTOR_GUIDE_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "app", "wizard", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    return proc


def test_validate_says_ok_with_counts() -> None:
    proc = cli("validate")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    first = proc.stdout.strip().splitlines()[-1]
    assert first.startswith("ok: ") and " questions, " in first and " outcomes, " in first and first.endswith(" paths")


def test_questions_json_lists_ids_and_options() -> None:
    proc = cli("questions", "--json", "--lang", "ru")
    assert proc.returncode == 0, proc.stderr
    questions = json.loads(proc.stdout)
    assert questions[0]["id"] == "stage" and questions[0]["text"].startswith("На какой")
    docs = next(q for q in questions if q["id"] == "documents")
    assert docs["multiple"] is True and "call-up-notice" in [o["id"] for o in docs["options"]]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_run_each_example(example: Path) -> None:
    proc = cli("run", "--answers", str(example), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["complete"] is True and data["outcome"]["id"] == example.stem
    assert data["outcome"]["laws"] and data["outcome"]["sections"]


def test_run_prints_readable_russian_text() -> None:
    proc = cli("run", "--answers", str(EXAMPLES[0]), "--lang", "ru")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# ") and "## " in proc.stdout and "laws:" in proc.stdout


def test_incomplete_answers_print_the_next_question_and_exit_3(tmp_path: Path) -> None:
    answers = tmp_path / "partial.json"
    answers.write_text('{"stage": "waiting"}', encoding="utf-8")
    proc = cli("run", "--answers", str(answers))
    assert proc.returncode == 3
    assert "registered" in proc.stdout and "before-june-2026" in proc.stdout
    data = json.loads(cli("run", "--answers", str(answers), "--json").stdout)
    assert data["complete"] is False and data["question"]["id"] == "registered" and data["answered"] == 1


@pytest.mark.parametrize(("content", "message"), [
    (None, "not found"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "must hold a JSON object"),
    ("", "not valid JSON"),
])
def test_bad_answers_file_is_one_clear_line(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "answers.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    proc = cli("run", "--answers", str(path))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("objector-guide: ")


def test_stale_answers_file_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"stage": "retired-option", "category": "served", "documents": [3]}), encoding="utf-8")
    proc = cli("run", "--answers", str(path))
    assert proc.returncode == 3 and "stage" in proc.stdout


def test_wizard_needs_a_subcommand() -> None:
    proc = cli()
    assert proc.returncode == 2 and "usage:" in proc.stderr


def test_questions_as_text_and_validate_without_content() -> None:
    proc = cli("questions", "--lang", "de")
    assert proc.returncode == 0 and proc.stdout.startswith("stage: Wie weit ist Ihr Asylverfahren?")
    assert "    not-applied" in proc.stdout
    proc = cli("validate", "--no-content")
    assert proc.returncode == 0 and proc.stdout.startswith("ok: ") and not proc.stderr


@pytest.mark.parametrize(("lang", "frame", "why", "disclaimer"), [
    ("en", "## Read this first", "## Why this category", "Information, not legal advice."),
    ("ru", "## Прочтите сначала", "## Почему эта категория", "Это информация, а не юридическая консультация."),
])
def test_a_counsellors_flag_is_framed_before_the_result_never_read_as_it(lang: str, frame: str, why: str,
                                                                         disclaimer: str) -> None:
    """The exclusion-clauses flag comes first, as on screen and paper, but framed under the sheet's
    "Read this first", so the first legal sentence is not taken for this client's result; the
    headings are in the outcome's language; the footer says it is information, not advice."""
    out = cli("run", "--answers", str(ROOT / "resources/wizard/examples/deserter.json"), "--lang", lang).stdout
    lines = out.splitlines()
    flag = next(i for i, ln in enumerate(lines) if ln.startswith("> **"))
    assert lines[flag - 1] == frame and lines.index(why) > flag
    assert all(ln.startswith(">") for ln in lines[flag:flag + 3])
    assert lines[-1] == disclaimer


def test_an_answer_that_is_not_used_is_said(tmp_path: Path) -> None:
    """A misspelt option id left its question unanswered without a word."""
    answers = json.loads((ROOT / "resources" / "wizard" / "examples" / "deserter.json").read_text(encoding="utf-8"))
    answers["stage"] = "nope"
    answers["foo"] = "bar"
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    proc = cli("run", "--answers", str(path), "--json")
    assert "stage: 'nope' is not one of its options (" in proc.stderr and "; it is ignored" in proc.stderr
    assert "'foo' is not a question of this assessment" in proc.stderr
    assert json.loads(proc.stdout)["question"]["id"] == "stage"  # JSON on stdout stays JSON
    clean = cli("run", "--answers", str(EXAMPLES[0]))
    assert "note:" not in clean.stderr


def test_a_hand_edited_answer_that_is_not_a_text_is_said_not_a_crash(tmp_path: Path) -> None:
    """{"service": [["left"]]} ended 'internal error (TypeError: unhashable type)' (code review, 1 Dec
    2026); "None of these" ticked beside a real paper was dropped without a word."""
    answers = json.loads((ROOT / "resources" / "wizard" / "examples" / "deserter.json").read_text(encoding="utf-8"))
    answers["service"] = [["left"]]
    answers["stage"] = {"a": 1}
    answers["documents"] = ["none", "military-id"]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    proc = cli("run", "--answers", str(path), "--json")
    assert proc.returncode == 3 and "internal error" not in proc.stderr  # 3: not complete, the question is asked
    assert "service: ['left'] is not an option id (a text); it is ignored" in proc.stderr
    assert "stage: {'a': 1} is not an option id (a text); it is ignored" in proc.stderr
    assert "documents: 'none' is given beside other answers; the other answers are used" in proc.stderr
    assert json.loads(proc.stdout)["question"]["id"] == "stage"
