"""What a keystroke's search may skip without changing what the counsellor sees (#19).

A search narrows the index to the language's rowid span, keeps the bundled bodies
lower-cased between keystrokes and cuts a snippet only when it is read. Each saving is
held here to the result it must not change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store.marks import MARK_CLOSE, MARK_OPEN
from app.store.search import Searcher
from tests.conftest import ROOT

QUERIES = [("deportation Armenia", "en"), ("d", "en"), ("court", "en"), ("депортация Армении", "ru"),
           ("Abschiebungen", "de"), ("Armen", None)]


def _store(path: Path, rows: list[tuple[str, str, str, str]], origin: str = "bundled") -> sqlite3.Connection:
    """A store with just these (id, lang, title, body) term rows, in this rowid order."""
    conn = sqlite3.connect(path)
    conn.executescript((ROOT / "db" / "schema.sql").read_text(encoding="utf-8"))
    conn.executemany("INSERT INTO records (kind, id, lang, title, body, html, origin) "
                     "VALUES ('term', ?, ?, ?, ?, '', ?)", [(*row, origin) for row in rows])
    conn.execute("INSERT INTO records_fts (records_fts) VALUES ('rebuild')")
    conn.commit()
    return conn


FILLER = " ".join(["The court ruled on many other questions in that year."] * 4)
ROWS = [
    ("court", "en", "Court of Armenia", f"Armenia. {FILLER} It ruled out deportation."),
    ("ru-court", "ru", "Суд Армении", f"Армения. {'Суд рассмотрел и другие вопросы. ' * 4}Депортация."),
    ("together", "en", "Flight", "Deportations to Russia have been reported from Kazakhstan and Armenia."),
    ("de-together", "de", "Flucht", "Aus Kasachstan und Armenien wurden Abschiebungen nach Russland gemeldet."),
    ("ru-together", "ru", "Бегство", "Поступали сообщения о депортациях в Россию из Казахстана и Армении."),
    ("routes", "en", "Routes", "Many fled to Georgia; some of them faced deportation."),
    ("de-court", "de", "Gericht in Armenien",
     f"Armenien. {'Das Gericht entschied auch andere Fragen. ' * 4}Abschiebungen."),
]


def _seen(hits) -> list[tuple[str, str, str, float]]:
    return [(h.id, h.lang, h.snippet, round(h.score, 6)) for h in hits]


def test_the_built_store_keeps_each_language_together(shipped_store: Path) -> None:
    conn = sqlite3.connect(shipped_store)
    spans = conn.execute("SELECT lang, min(rowid), max(rowid), count(*) FROM records GROUP BY lang").fetchall()
    conn.close()
    assert len(spans) == 3
    for lang, lo, hi, count in spans:
        assert hi - lo + 1 == count, f"the {lang} rows are spread over rowids {lo}..{hi}"


def test_a_store_with_its_languages_mixed_finds_exactly_the_same(tmp_path: Path) -> None:
    """The span only saves work: a store built before the rows were grouped by language (its
    spans overlap) answers every query with the same hits, snippets and order."""
    grouped = Searcher(_store(tmp_path / "grouped.sqlite", sorted(ROWS, key=lambda r: r[1])))
    mixed = Searcher(_store(tmp_path / "mixed.sqlite", ROWS))
    for text, lang in QUERIES:
        for limit in (1, 3, 20):
            found = grouped.search(text, lang=lang, limit=limit)
            assert _seen(found) == _seen(mixed.search(text, lang=lang, limit=limit))
    assert grouped.search("Armenia", lang="en")  # the queries find something at all
    assert not grouped.search("Armenia", lang="fr")  # a language the store does not hold: nothing


def test_a_search_reads_only_the_rows_of_its_language(tmp_path: Path) -> None:
    conn = _store(tmp_path / "grouped.sqlite", sorted(ROWS, key=lambda r: r[1]))
    searcher = Searcher(conn)
    rowids = dict(conn.execute("SELECT id, rowid FROM records").fetchall())
    assert searcher._span("en") == (min(rowids[i] for i in ("court", "together", "routes")),
                                    max(rowids[i] for i in ("court", "together", "routes")))
    assert searcher._span("en")[1] - searcher._span("en")[0] == 2  # three rows, not seven


def test_a_bundled_snippet_is_never_cut_from_an_imported_text(tmp_path: Path) -> None:
    """The bundled bodies kept lower-cased are keyed by rowid: an imports store has rowids of
    its own, and its texts, searched first, must not stand in for the bundled ones."""
    bundled = _store(tmp_path / "bundled.sqlite", ROWS)
    imports = _store(tmp_path / "imports.sqlite",
                     [(f"imp-{n}", "*", "Imported", f"{'Other words here. ' * n}Armenia reported deportation. " * 3)
                      for n in range(1, len(ROWS) + 1)], origin="import:1")
    searcher = Searcher(bundled, [imports])
    for text in ("deportation Armenia", "Armenia deportation", "reported Armenia"):
        assert searcher.search(text, lang="en", scope="imports")
        hits = searcher.search(text, lang="en", scope="bundled")
        assert _seen(hits) == _seen(Searcher(bundled).search(text, lang="en", scope="bundled"))
        bodies = dict(bundled.execute("SELECT id, body FROM records").fetchall())
        for hit in hits:
            plain = hit.snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").strip("…")
            assert plain in bodies[hit.id], (hit.id, hit.snippet)


def test_a_snippet_is_cut_when_read_and_the_same_as_cut_at_once(shipped_book) -> None:
    from app.store.query import parse
    from app.store.search import _split, query_terms
    from app.store.snippet import make_snippet

    prefixes, whole = _split(query_terms(parse("evader").without_stop_words("en"), "en"))
    hits = shipped_book.search("evader", lang="en", limit=30)
    assert len(hits) > 10
    assert all("snippet" not in vars(h) for h in hits)  # nothing cut yet
    snippet = hits[5].snippet
    assert "snippet" in vars(hits[5]) and all("snippet" not in vars(h) for h in hits[6:])
    body = shipped_book.conn.execute("SELECT body FROM records WHERE kind = ? AND id = ? AND lang = 'en'",
                                     (hits[5].kind, hits[5].id)).fetchone()[0]
    assert MARK_OPEN in snippet and snippet == make_snippet(body, prefixes, whole)


def test_imported_hits_come_with_their_snippets_cut(tmp_path: Path) -> None:
    """The imports are searched in a background thread: their snippets are cut there, so
    the window's thread never reads a large imported text."""
    bundled = _store(tmp_path / "bundled.sqlite", ROWS)
    imports = _store(tmp_path / "imports.sqlite", [("imp-1", "*", "Imported", "Armenia reported deportation.")],
                     origin="import:1")
    hits = Searcher(bundled, [imports]).search("deportation", lang="en", scope="imports")
    assert hits and all("snippet" in vars(h) for h in hits)


def test_a_long_run_of_keystrokes_finds_what_a_fresh_search_finds(shipped_book) -> None:
    """The bodies and lower-cased texts kept between keystrokes are bounded: a counsellor
    typing query after query, in every language, gets the hits and snippets a search with
    nothing kept would give."""
    from tests.perf.search_bench import keystrokes

    typed = keystrokes(["draft evader", "deportation from Armenia", "Kirchenasyl"]) + [
        "d", "conscientious", "мобилизация", "дезертир", "Verweigerung", "considerable probability", "draft evader"]
    searcher = Searcher(shipped_book.conn)
    for text in typed:
        for lang in ("en", "ru", "de"):
            found = searcher.search(text, lang=lang, limit=30)
            assert _seen(found) == _seen(Searcher(shipped_book.conn).search(text, lang=lang, limit=30)), (text, lang)


def test_the_ranking_weights_are_the_stores_own(tmp_path: Path) -> None:
    """The search calls bm25 by name with the weights the store sets (schema.sql, once):
    a store that weights the body above the title ranks a body match first."""
    rows = [("in-title", "en", "Quokka island", "Nothing else here at all to see."),
            ("in-body", "en", "Island", "The quokka lives here, nothing else to see.")]
    conn = _store(tmp_path / "weights.sqlite", rows)
    assert [h.id for h in Searcher(conn).search("quokka", lang="en")] == ["in-title", "in-body"]
    conn.execute("INSERT INTO records_fts (records_fts, rank) VALUES ('rank', 'bm25(1.0, 1.0, 50.0)')")
    conn.commit()
    assert [h.id for h in Searcher(conn).search("quokka", lang="en")] == ["in-body", "in-title"]


def test_after_warming_the_first_keystroke_reads_only_its_own_rows(shipped_store: Path) -> None:
    """The window warms the search once it has painted (after_start): the first keystroke then
    reads no name list, no language spans and no ranking setting, only what it searches."""
    from app.store.connection import connect_readonly

    conn = connect_readonly(shipped_store)
    searcher = Searcher(conn)
    searcher.warm()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    assert searcher.search("draft evader", lang="en")
    conn.set_trace_callback(None)
    one_time = [s for s in statements if "FROM names" in s and "WHERE" not in s or "GROUP BY lang" in s
                or "records_fts_config" in s]
    assert statements and not one_time, one_time
    conn.close()
