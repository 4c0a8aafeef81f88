"""The command-line contract: exit codes, JSON, one-sentence errors, no traceback.

Run in process through the `cli` fixture (tests/unit/cli/conftest.py); the last tests start
a real process, for what only a process shows: the `python -m app` entry point and its
output through a pipe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[3]


def process(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("OBJECTOR_GUIDE_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def commands() -> list[str]:
    from app.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help_and_is_in_the_readme(cli, command: str) -> None:
    proc = cli(command, "--help", check=True)
    assert "usage: objector-guide" in proc.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"objector-guide {command}" in readme, f"README does not document '{command}'"


@pytest.mark.parametrize("query", ['"AND(', "*", "NEAR(", "'", "-x", "--"])
def test_hostile_search_exits_zero_with_json_list(cli, query: str) -> None:
    proc = cli("search", "--json", "--", query, check=True)
    assert isinstance(json.loads(proc.stdout), list)


def test_search_json_contract(cli) -> None:
    hits = json.loads(cli("search", "deserter", "--json", "--limit", "5", check=True).stdout)
    assert 1 <= len(hits) <= 5
    assert set(hits[0]) >= {"kind", "id", "title", "snippet", "lang", "score"}
    assert (hits[0]["kind"], hits[0]["id"]) == ("term", "deserter")


def test_search_russian_and_kind_filter(cli) -> None:
    hits = json.loads(cli("search", "дезертир", "--kind", "term", "--json", check=True).stdout)
    assert hits and all(h["kind"] == "term" and h["lang"] == "ru" for h in hits)


def test_search_without_text_asks_for_it_and_did_you_mean_follows_lang(cli) -> None:
    """'search ""' printed "No results."; "Did you mean" offered words of every language whatever
    --lang said (adversarial and counsellor trials, 1 Dec 2026)."""
    empty = cli("search", "  ")
    assert empty.returncode == 1 and "give a search text" in empty.stderr and not empty.stdout
    german = cli("search", "dezerter", "--lang", "de", check=True).stdout
    assert "deserteur" in german and "deserter," not in german
    assert "deserter" in cli("search", "dezerter", check=True).stdout  # no --lang: every language


def test_show_term_json_has_links(cli) -> None:
    rec = json.loads(cli("show", "term", "deserter", "--lang", "ru", "--json", check=True).stdout)
    assert rec["kind"] == "term" and rec["lang"] == "ru" and rec["title"] == "дезертир"
    assert "links" in rec and rec["body"]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Source in the report: “", "As of 2024-02-20", "Related terms: ", "Discussed in: "]),
    ("ru", ["Раздел(ы) доклада: «", "По состоянию на 20.02.2024", "Связанные термины: ",
            "Рассматривается в разделе (разделах): "]),
    ("de", ["Fundstelle(n) im Bericht: „", "Stand: 20.02.2024", "Verwandte Begriffe: ",
            "Behandelt in Abschnitt(en): "]),
])
def test_show_speaks_the_language_asked_for_in_the_pages_words(cli, lang: str, words: list[str]) -> None:
    """The headings of `show` are the reader page's, from the one catalogue, not English."""
    out = cli("show", "term", "deserter", "--lang", lang, check=True).stdout
    assert all(w in out for w in words), out[-800:]
    if lang != "en":
        assert "As of" not in out and "Source" not in out


def test_show_missing_record_is_a_clear_error(cli) -> None:
    proc = cli("show", "term", "nonexistent")
    assert proc.returncode == 1
    assert "There is no term with the id 'nonexistent'" in proc.stderr


@pytest.mark.parametrize("args", [["search"], ["show", "term"], ["show", "nonsense", "x"],
                                  ["search", "x", "--limit", "zero"], ["no-such-command"]])
def test_bad_usage_exits_2(cli, args: list[str]) -> None:
    proc = cli(*args)
    assert proc.returncode == 2
    assert "usage:" in proc.stderr


def test_stats_counts_every_kind_in_english_and_russian(cli) -> None:
    stats = json.loads(cli("stats", "--json", check=True).stdout)
    for kind in ("section", "term", "law"):
        assert stats["counts"][kind]["en"] == stats["counts"][kind]["ru"] > 0
    assert stats["content_version"] and stats["as_of"]


def test_build_db_to_a_chosen_path(cli, tmp_path: Path) -> None:
    out = tmp_path / "x.sqlite"
    proc = cli("build-db", "--out", str(out), check=True)
    assert out.is_file() and "Built" in proc.stdout


def test_build_db_to_unwritable_path_is_a_clear_error(cli, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = cli("build-db", "--out", str(blocker / "sub" / "x.sqlite"))
    assert proc.returncode == 1 and "cannot write" in proc.stderr


def test_the_process_entry_point_answers_through_a_pipe() -> None:
    """`python -m app` as a user or script runs it: JSON on stdout, Cyrillic intact."""
    proc = process("search", "дезертир", "--json", "--limit", "1")
    assert proc.returncode == 0, proc.stderr
    [hit] = json.loads(proc.stdout)
    assert hit["lang"] == "ru"


def test_the_process_exit_codes_for_an_error_and_for_bad_usage() -> None:
    missing = process("show", "term", "nonexistent")
    assert missing.returncode == 1 and "There is no term with the id 'nonexistent'" in missing.stderr
    usage = process("no-such-command")
    assert usage.returncode == 2 and "usage:" in usage.stderr


def test_version_is_the_installed_package_version(cli) -> None:
    from importlib.metadata import version

    assert cli("--version", check=True).stdout.strip() == f"objector-guide {__version__}"
    assert __version__ == version("objector-guide")  # one number: pyproject takes it from app/__init__.py


def test_a_start_without_arguments_gets_what_the_parser_would_give() -> None:
    """`objector-guide` alone opens the window without building the parser (#19): its
    settings must be exactly the parser's defaults, or a new global option would be lost."""
    from app.cli import WINDOW_DEFAULTS, build_parser

    assert vars(build_parser().parse_args([])) == WINDOW_DEFAULTS


WINDOW_ONLY_STARTS = [
    [],
    ["--search", "draft evader"],
    ["--search=дезертир"],
    ["--portable", "--search", "Dublin"],
    ["--data-dir", "/tmp/og data", "--search", "x"],
    ["--data-dir=/tmp/d", "--portable"],
    ["--search", ""],
    ["--search=-x", "--search", "last wins"],
    ["--data-dir="],
]


@pytest.mark.parametrize("argv", WINDOW_ONLY_STARTS, ids=lambda a: " ".join(a) or "(none)")
def test_the_window_options_are_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    """`--search TEXT` (and the other window options) skip the command tree (#19); the result
    must be the full parser's, or an option would mean something else in a fast start."""
    from app.cli import _window_only_args, build_parser

    fast = _window_only_args(argv)
    assert fast is not None
    assert vars(fast) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["search", "x"], ["--help"], ["--version"], ["--sea", "x"], ["--search"],
                                  ["--search", "-x"], ["--search", "x", "gui"], ["--portable", "stats"],
                                  ["--bogus"], ["--portable=1"], ["--data-dir"], ["--", "--search", "x"]],
                         ids=" ".join)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    """A command, help, an abbreviation or a mistake is left to the full parser, which alone
    runs the command or says what is wrong."""
    from app.cli import _window_only_args

    assert _window_only_args(argv) is None
