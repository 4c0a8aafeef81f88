"""`objector-guide import` and `imports list|remove|rename`: output and exit codes (in process, see conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPORT = "Small report\n\nby Test Publisher e.V.\n\n(01.03.2024) Opening.\n\nChapter\n\nSection\n\nQuokkaland text.\n"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_import_prints_contents_encoding_and_status(cli, report: Path) -> None:
    proc = cli("import", str(report), check=True)
    out = proc.stdout
    assert "encoding utf-8" in out and "Publisher: Test Publisher e.V." in out and "Date:      2024-03-01" in out
    assert "    2  Chapter\n" in out and "    3      Section\n" in out
    assert "imported, not reviewed" in out


def test_import_json_then_list_rename_remove(cli, report: Path) -> None:
    data = json.loads(cli("import", str(report), "--json", "--title", "Mine", "--date", "2024-03-02",
                          check=True).stdout)
    doc_id = data["doc_id"]
    assert (data["title"], data["date"], data["status"], data["sections"]) == ("Mine", "2024-03-02",
                                                                              "imported, not reviewed", 3)
    assert data["preview"]["sections"][2] == {"number": 3, "title": "Section", "level": 2, "parent": 2,
                                              "chars": len("Quokkaland text.")}
    again = cli("import", str(report))
    assert again.returncode == 1 and "--replace" in again.stderr and again.stderr.count("\n") == 1
    assert cli("import", str(report), "--replace", check=True).returncode == 0
    listed = json.loads(cli("imports", "list", "--json", check=True).stdout)
    assert [d["doc_id"] for d in listed] == [doc_id]
    hits = json.loads(cli("search", "quokkaland", "--json", check=True).stdout)
    assert hits and hits[0]["origin"] == f"import:{doc_id}"
    assert "Renamed" in cli("imports", "rename", doc_id, "New title", check=True).stdout
    assert "New title" in cli("imports", "list", check=True).stdout
    assert "Removed" in cli("imports", "remove", doc_id, check=True).stdout
    assert json.loads(cli("search", "quokkaland", "--json", check=True).stdout) == []
    assert "No imported reports" in cli("imports", "list", check=True).stdout


def test_dry_run_stores_nothing(cli, report: Path) -> None:
    assert "Nothing stored" in cli("import", str(report), "--dry-run", check=True).stdout
    assert json.loads(cli("imports", "list", "--json", check=True).stdout) == []


@pytest.mark.parametrize("args, words", [
    (["import", "/no/such/file.txt"], "does not exist"),
    (["imports", "remove", "nope"], "no imported report"),
    (["imports", "rename", "nope", "x"], "no imported report"),
])
def test_errors_are_one_sentence_and_exit_1(cli, args: list[str], words: str) -> None:
    proc = cli(*args)
    assert proc.returncode == 1 and words in proc.stderr and proc.stderr.count("\n") == 1


def test_binary_and_bad_date_exit_1(cli, tmp_path: Path, report: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert cli("import", str(binary)).returncode == 1
    proc = cli("import", str(report), "--date", "soon")
    assert proc.returncode == 1 and "not a date" in proc.stderr


@pytest.mark.parametrize("args", [["import"], ["imports"], ["imports", "bogus"], ["imports", "rename", "x"]])
def test_usage_errors_exit_2(cli, args: list[str]) -> None:
    assert cli(*args).returncode == 2


def test_show_says_an_imported_section_is_unreviewed_and_never_cites_the_report(cli, report: Path) -> None:
    """An imported report's section is no finding of the guidebook's report: `show` says so first."""
    cli("import", str(report), "--title", "Mine", check=True)
    hits = json.loads(cli("search", "Quokkaland", "--json", check=True).stdout)
    section = next(h for h in hits if h["origin"] != "bundled")
    out = cli("show", "section", section["id"], check=True).stdout
    assert out.index("[Imported report — not reviewed by the guidebook's editors.]") < out.index("Quokkaland text.")
    assert "From the imported report “Mine”" in out
    assert "Source in the report" not in out
