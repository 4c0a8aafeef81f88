"""The page of an imported section is bounded, whatever the store holds (issue #15, F-8).

New imports are cut into sections of at most MAX_SECTION_CHARS (app.importer.split). A
store made by an earlier version can hold a whole 49 MB report as one section: its page
shows the first part and says how to read the rest, instead of freezing the window.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.importer.split import MAX_SECTION_CHARS
from app.store import records
from app.store.records import ANY_LANG, MAX_PAGE_TEXT, breakable, get_record, list_records


def test_the_page_bound_is_the_section_bound() -> None:
    assert MAX_PAGE_TEXT == MAX_SECTION_CHARS


@pytest.fixture
def conn(tmp_path: Path):
    root = Path(__file__).resolve().parents[3]
    db = sqlite3.connect(tmp_path / "s.sqlite")
    db.executescript((root / "db" / "schema.sql").read_text(encoding="utf-8"))
    yield db
    db.close()


def _add(conn: sqlite3.Connection, rid: str, lang: str, body: str, html: str = "") -> None:
    data = json.dumps({"document": "d", "lang": "de"})
    conn.execute("INSERT INTO records (kind, id, lang, title, body, html, origin, data, ord) "
                 "VALUES ('section', ?, ?, ?, ?, ?, 'import:d', ?, 1)", (rid, lang, rid, body, html, data))


@pytest.mark.parametrize("lang,words", [("en", "too long to show at once"), ("ru", "слишком длинный"),
                                        ("de", "zu lang")])
def test_a_whole_report_in_one_old_section_shows_its_first_part(conn, lang: str, words: str) -> None:
    body = "lorem ipsum dolor sit amet\n" * 1_000_000  # 27 MB, as an earlier version stored it
    for copy in ("en", "ru", "de"):
        _add(conn, "imp-d-1", copy, body, "<p>" + body.replace("\n", "<br>") + "</p>")
    rec = get_record(conn, "section", "imp-d-1", lang)
    assert len(rec.body) == len(body)  # the text itself is all there (show --json, search)
    assert len(rec.html) < 1.3 * MAX_PAGE_TEXT and words in rec.html and rec.html.endswith("</p>")


def test_a_long_run_without_spaces_gets_places_to_wrap_on_the_page_only(conn) -> None:
    _add(conn, "imp-d-2", ANY_LANG, "x" * 150_000 + " short words " + "y" * 150)
    rec = get_record(conn, "section", "imp-d-2", "ru")
    assert rec.lang == "ru" and "\u200b" not in rec.body
    assert rec.html.count("\u200b") == 150_000 // 100 - 1 and "y" * 150 in rec.html
    assert breakable("a b  c") == "a b  c"


def test_lists_of_imported_sections_can_leave_the_text_out(conn) -> None:
    _add(conn, "imp-d-3", ANY_LANG, "text " * 10_000)
    full = list_records(conn, "section", "en")
    heads = list_records(conn, "section", "en", bodies=False)
    assert full[0].body and full[0].html and heads[0].body == "" and heads[0].html == ""
    assert heads[0].data == full[0].data and heads[0].lang == "en"
    assert records.titles(conn, "de") == {("section", "imp-d-3"): "imp-d-3"}
