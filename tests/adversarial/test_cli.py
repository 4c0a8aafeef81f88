"""The CLI against hostile input: a sentence and a proper exit code, never 'internal error'
(exit 70), and nothing from content or input that can drive the terminal.

Review rows (../shared/reviews/adversarial-test.md): S14, S15, S15b, H05, H11, W-deep_array,
W-deep_obj, W-bom, W-fifo, W-devzero, M26, M08/I-ansititle (through search and show),
P14/P15 (finding F-11, F-12, F-15).
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from tests.adversarial.conftest import ANSWERS, assert_user_error

ESC_OR_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")


def assert_terminal_safe(data: bytes) -> None:
    found = ESC_OR_CONTROL.search(data)
    assert found is None, f"control bytes {found.group()!r} reach the terminal: {data[max(0, found.start() - 40):found.end() + 40]!r}"


# ------------------------------------------------------------------ invalid UTF-8 arguments (F-11)


@pytest.mark.parametrize("args", [
    [b"search", b"desert\xc3(er"],          # S14
    [b"search", b"\xffdeserter", b"--json"],  # S15
    [b"search", b"deserter\xff"],           # S15b
    [b"show", b"term", b"desert\xffer"],    # H05
], ids=["S14", "S15", "S15b", "H05"])
def test_invalid_utf8_argument_is_a_sentence(og, args: list[bytes]) -> None:
    run = og(*args)
    assert_user_error(run, "not UTF-8")
    assert run.code == 1


@pytest.mark.parametrize("html", [True, False], ids=["html", "pdf"])
def test_invalid_utf8_in_file_names_and_printed_text_works(og, tmp_path: Path, html: bool) -> None:  # P14, P15
    """The PDF path starts Qt with the command line: a byte that is not UTF-8 in it made PySide6
    crash the process (segmentation fault) before any sheet was written."""
    answers = tmp_path / os.fsdecode(b"answers-\xff.json")
    answers.write_bytes(ANSWERS.read_bytes())
    out = tmp_path / os.fsdecode(b"sheet-\xfe.html" if html else b"sheet-\xfe.pdf")
    run = og("sheet", "--answers", answers, "--out", out, *(["--html"] if html else []),
             "--name", b"Iv\xffan", "--note", b"n\xc3te")
    assert run.code == 0, run
    assert "Wrote" in run.out and "\ufffd" in run.out  # the odd byte is shown, not fatal
    if html:
        assert "Iv\ufffdan" in out.read_text(encoding="utf-8")
    else:
        assert out.read_bytes().startswith(b"%PDF-")
    assert og("wizard", "run", "--answers", answers).code == 0


# ------------------------------------------------------------------ answers files (F-11, F-15)


@pytest.mark.parametrize("content", [b"[" * 200000 + b"]" * 200000, b'{"a":' * 100000 + b"1" + b"}" * 100000],
                         ids=["W-deep_array", "W-deep_obj"])
@pytest.mark.parametrize("command", ["wizard", "sheet"])
def test_deeply_nested_answers_are_a_sentence(og, tmp_path: Path, content: bytes, command: str) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(content)
    args = ["wizard", "run", "--answers", path] if command == "wizard" else \
        ["sheet", "--answers", path, "--out", tmp_path / "x.pdf"]
    assert_user_error(og(*args), "nested too deeply")
    assert not (tmp_path / "x.pdf").exists()


def test_answers_with_a_utf8_bom_are_read(og, tmp_path: Path) -> None:  # W-bom
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + ANSWERS.read_bytes())
    run = og("wizard", "run", "--answers", path, "--json")
    assert run.code == 0, run
    assert json.loads(run.out)["complete"] is True


def test_answers_from_a_fifo_are_refused_at_once(og, tmp_path: Path) -> None:  # W-fifo
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    run = og("wizard", "run", "--answers", fifo, timeout=30)
    assert_user_error(run, "not a regular file")
    assert time.monotonic() - started < 20


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_answers_from_a_device_are_refused(og, tmp_path: Path, device: str) -> None:  # W-devzero, W-devnull
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    link = tmp_path / "answers.json"
    link.symlink_to(device)
    for target in (device, link):
        assert_user_error(og("wizard", "run", "--answers", target, timeout=30), "not a regular file")


def test_answers_file_over_the_size_limit_is_refused(og, tmp_path: Path) -> None:
    from app.userdata.answers import MAX_ANSWERS_BYTES

    path = tmp_path / "huge.json"
    path.write_bytes(b'{"stage": "waiting"' + b" " * MAX_ANSWERS_BYTES + b"}")
    assert_user_error(og("wizard", "run", "--answers", path), "MB")


def test_answers_reader_never_blocks_or_reads_past_the_limit(tmp_path: Path) -> None:
    """In-process, for the window's Open answers too: a FIFO with no writer returns at once."""
    from app.errors import UserError
    from app.wizard.answers_file import read_answers

    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "f.json")
        with pytest.raises(UserError, match="not a regular file"):
            read_answers(tmp_path / "f.json")
    (tmp_path / "d.json").mkdir()
    with pytest.raises(UserError, match="folder"):
        read_answers(tmp_path / "d.json")
    (tmp_path / "bad.json").write_bytes(b'{"stage": "\xff"}')
    with pytest.raises(UserError, match="not UTF-8"):
        read_answers(tmp_path / "bad.json")


# ------------------------------------------------------------------ a very long --data-dir (M26)


@pytest.mark.parametrize("command", [["search", "deserter"], ["stats"], ["import", "README.md", "--dry-run"],
                                     ["imports", "list"]], ids=lambda c: c[0] + ("-list" if c[-1] == "list" else ""))
def test_a_very_long_data_dir_is_a_sentence(og, command: list[str]) -> None:
    run = og(*command, data_dir="a" * 4000)
    assert_user_error(run, "too long")
    assert run.code == 1


# ------------------------------------------------------------------ escape sequences (F-12)


def test_escape_sequences_typed_by_the_user_are_not_echoed(og) -> None:  # H11
    run = og("show", "term", "\x1b]0;pwned\x07\x1b[2Jx")
    assert run.code == 1, run
    assert_terminal_safe(run.raw_err)
    run = og("search", "\x01\x1b[31mdeserter\x7f\x9b2J")  # S11
    assert run.code == 0, run
    assert_terminal_safe(run.raw_out + run.raw_err)


def test_escape_sequences_in_an_imported_report_never_reach_the_terminal(og, tmp_path: Path) -> None:  # I-ansi*
    report = tmp_path / "ansititle.md"
    report.write_bytes(b"# \x1b[2J Title with ANSI clear \x1b]0;pwned\x07\n\n"
                       b"Deserter text \x1b[31mred\x1b[0m and \x9b2J C1 and a bell \x07 here.\n")
    data = tmp_path / "data"
    imported = og("import", report, data_dir=data)  # I-ansititle: the preview prints the title
    assert imported.code == 0, imported
    assert_terminal_safe(imported.raw_out + imported.raw_err)
    listed = og("imports", "list", data_dir=data)
    assert listed.code == 0 and "Title with ANSI clear" in listed.out
    assert_terminal_safe(listed.raw_out + listed.raw_err)
    found = og("search", "ANSI", "--json", data_dir=data)
    assert found.code == 0, found
    assert_terminal_safe(found.raw_out)
    hits = json.loads(found.out)
    doc = next(h for h in hits if h["id"].startswith("imp-"))
    for args in (["search", "ANSI"], ["search", "Deserter", "--kind", "section"],
                 ["show", "section", doc["id"]], ["show", "section", doc["id"], "--json"]):
        run = og(*args, data_dir=data)
        assert run.code == 0, run
        assert_terminal_safe(run.raw_out + run.raw_err)
    shown = og("show", "section", doc["id"], "--json", data_dir=data)
    assert "Title with ANSI clear" in shown.out and "red" in shown.out


def test_clean_strips_every_kind_of_terminal_control() -> None:
    from app.cli.output import clean

    attacks = {
        "\x1b[2J Title": " Title",                    # CSI: clear the screen
        "\x1b]0;pwned\x07after": "after",             # OSC: set the window title
        "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\": "link",  # OSC 8 hyperlink
        "\x1bP+q\x1b\\ok": "ok",                       # DCS
        "a\x9b31mb": "ab",                             # 8-bit CSI
        "line\roverwritten": "lineoverwritten",        # carriage return
        "bell\x07 nul\x00 del\x7f": "bell nul del",
        "tab\tand\nnewline": "tab\tand\nnewline",      # kept
        "дезертир — Wehrdienst": "дезертир — Wehrdienst",
        "bad\udcffbyte": "bad\ufffdbyte",
    }
    for attack, expected in attacks.items():
        assert clean(attack) == expected, attack


def test_clean_is_linear_time() -> None:
    from app.cli.output import clean

    started = time.process_time()
    for text in ("\x1b[" + "0" * 200000, "\x1b]" + "x" * 200000, "\x1b" * 200000, "\x9b" * 200000):
        clean(text)
    assert time.process_time() - started < 1.0


def test_json_output_stays_exact_and_terminal_safe(capsys) -> None:
    from app.cli.output import print_json

    value = {"t": "\x1b[2J\x9b\x7f\u2028x"}
    print_json(value)
    out = capsys.readouterr().out
    assert_terminal_safe(out.encode("utf-8"))
    assert json.loads(out) == value


def test_undecodable_text_that_reaches_a_database_is_a_sentence() -> None:
    """The safety net of every wrapped command: a lone surrogate reaching SQLite or a file."""
    import argparse
    import sqlite3

    from app.cli.output import terminal_safe
    from app.errors import UserError

    def handler(args: argparse.Namespace) -> int:
        sqlite3.connect(":memory:").execute("select ?", (args.text,))
        return 0

    with pytest.raises(UserError, match="not UTF-8"):
        terminal_safe(handler)(argparse.Namespace(text="bad\udcffname.md"))


@pytest.mark.parametrize("args", [
    [b"imports", b"remove", b"\xff\xfe"],                       # M04
    [b"imports", b"rename", b"9ba0a80b", b"Title\xff"],         # M07
], ids=["M04", "M07"])
def test_invalid_utf8_in_imports_commands_is_a_sentence(og, args: list[bytes]) -> None:
    run = og(*args)
    assert run.code not in (0, 70), run
    assert "internal error" not in run.err and "Traceback" not in run.err
    assert_terminal_safe(run.raw_out + run.raw_err)


def test_invalid_utf8_title_or_file_name_on_import_is_a_sentence(og, tmp_path: Path) -> None:  # M13, M14
    report = tmp_path / "report.md"
    report.write_text("# Title\n\nText.\n", encoding="utf-8")
    run = og(b"import", bytes(report), b"--title", b"Bad\xfftitle", data_dir=tmp_path / "d1")
    assert run.code not in (0, 70), run
    assert "internal error" not in run.err
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xffname.md"))
    odd.write_text("# Title\n\nText.\n", encoding="utf-8")
    run = og(b"import", os.fsencode(odd), data_dir=tmp_path / "d2")
    assert run.code != 70 and "internal error" not in run.err, run
    assert_terminal_safe(run.raw_out + run.raw_err)
