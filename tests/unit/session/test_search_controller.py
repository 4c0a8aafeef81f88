"""Search as typed: the guidebook at once, imported reports merged in when they arrive.

The worker thread is played by the test: `HeldRunner` keeps each background job and its
answer until the test says, so the races a counsellor can cause by typing on while the
imports are still being searched are replayed exactly, without Qt and without timing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.session.search_controller import Results, SearchController, merge, search_lang
from app.store.search import Hit

REPORT = "# Zubrovka report\n\n## Dublin transfers\n\nZubrovka and Dublin both appear here.\n"


class HeldRunner:
    """The worker thread, driven by the test: jobs wait in `pending` as (job, deliver)."""

    def __init__(self) -> None:
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def __call__(self, job: Callable[[], Any], deliver: Callable[[Any], None]) -> None:
        self.pending.append((job, deliver))

    def finish_all(self) -> None:
        while self.pending:
            job, deliver = self.pending.pop(0)
            deliver(job())


@pytest.fixture
def book(fixture_store: Path, tmp_path: Path):
    """The fixture guidebook with one report imported into the user's store."""
    from app.importer.api import commit, preview
    from app.importer.store import open_for_search
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    report = tmp_path / "report.md"
    report.write_text(REPORT, encoding="utf-8")
    commit(preview(report))
    book = Guidebook(connect_readonly(fixture_store))
    book.attach_imports(open_for_search()[0])
    yield book
    book.close()


@pytest.fixture
def bundled_only(fixture_store: Path):
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    book = Guidebook(connect_readonly(fixture_store))
    yield book
    book.close()


def imported(results: Results) -> list[Hit]:
    return [h for h in results.hits if h.imported]


def controller(book, runner, selected=lambda: None) -> tuple[SearchController, list[Results]]:
    shown: list[Results] = []
    return SearchController(book, shown.append, runner, selected), shown


def test_the_guidebook_answers_at_once_and_imported_hits_follow(book) -> None:
    runner = HeldRunner()
    c, shown = controller(book, runner)
    c.search("Dublin", "en")
    assert len(shown) == 1 and shown[0].hits and not imported(shown[0])
    assert not shown[0].final  # imports are still being searched: no "no results" yet
    runner.finish_all()
    merged = shown[-1]
    assert merged.final and merged.text == "Dublin"
    assert [h.id for h in imported(merged)] and all(h.id.startswith("imp-") for h in imported(merged))
    assert [h.score for h in merged.hits] == sorted(h.score for h in merged.hits)  # best first, one list


def test_a_slow_imports_answer_arriving_after_a_newer_keystroke_is_dropped(book) -> None:
    runner = HeldRunner()
    c, shown = controller(book, runner)
    c.search("Zubrovka", "en")
    job, deliver = runner.pending.pop(0)
    answer = job()  # the worker found the imported report …
    assert answer and all(h.imported for h in answer)
    c.search("Croatia", "en")  # … but the counsellor typed on before its answer reached the list
    croatia = shown[-1]
    deliver(answer)
    assert shown[-1] is croatia  # the list shown for “Croatia” stays as it is
    runner.finish_all()
    assert shown[-1].text == "Croatia" and shown[-1].hits and not imported(shown[-1])


def test_a_query_superseded_before_its_search_started_does_not_search(book) -> None:
    runner = HeldRunner()
    c, shown = controller(book, runner)
    c.search("Zubrovka", "en")
    c.search("Zubrovka report", "en")
    stale_job, _ = runner.pending[0]
    assert stale_job() is None  # the worker skips it: a newer query is waiting behind it
    runner.finish_all()
    assert shown[-1].text == "Zubrovka report" and imported(shown[-1])


def test_clearing_the_field_shows_the_navigation_and_drops_a_pending_answer(book) -> None:
    runner = HeldRunner()
    c, shown = controller(book, runner)
    c.search("Zubrovka", "en")
    c.search("   ", "en")
    assert shown[-1].empty_query and shown[-1].hits == ()
    count = len(shown)
    runner.finish_all()
    assert len(shown) == count  # the old answer does not bring a list back


def test_the_selected_row_stays_selected_when_imported_hits_arrive(book) -> None:
    runner = HeldRunner()
    selected: list[tuple[str, str] | None] = [None]
    c, shown = controller(book, runner, lambda: selected[0])
    c.search("Dublin", "en")
    bundled = shown[-1].hits
    assert len(bundled) >= 2
    chosen = bundled[1]
    selected[0] = (chosen.kind, chosen.id)  # the counsellor moved down one row
    runner.finish_all()
    merged = shown[-1]
    assert merged.select is not None and (merged.hits[merged.select].kind, merged.hits[merged.select].id) == (
        chosen.kind, chosen.id)


def test_with_nothing_selected_the_list_keeps_its_default_row(book) -> None:
    runner = HeldRunner()
    c, shown = controller(book, runner)
    c.search("Dublin", "en")
    runner.finish_all()
    assert shown[-1].select is None


def test_without_imports_the_guidebook_list_is_final_and_nothing_runs_in_the_background(bundled_only) -> None:
    runner = HeldRunner()
    c, shown = controller(bundled_only, runner)
    c.search("qqqzzzxx", "en")
    assert shown[-1].final and shown[-1].hits == () and runner.pending == []
    c.search("Dublin", "en")
    assert shown[-1].final and shown[-1].hits and runner.pending == []


def test_an_imports_search_that_fails_leaves_the_guidebook_hits(book, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    runner = HeldRunner()
    c, shown = controller(book, runner)
    c.search("Dublin", "en")
    bundled = shown[-1].hits
    real = book.search

    def failing(text, *a, scope="all", **k):
        if scope == "imports":
            raise sqlite3.OperationalError("interrupted")
        return real(text, *a, scope=scope, **k)

    monkeypatch.setattr(book, "search", failing)
    runner.finish_all()
    assert shown[-1].final and shown[-1].hits == bundled


def test_the_list_is_cut_to_the_limit(book) -> None:
    runner = HeldRunner()
    shown: list[Results] = []
    c = SearchController(book, shown.append, runner, limit=1)
    c.search("Dublin", "en")
    runner.finish_all()
    assert len(shown[-1].hits) == 1


def test_cyrillic_is_searched_in_russian_anything_else_in_the_interface_language() -> None:
    assert search_lang("дезертир", "en") == "ru"
    assert search_lang("Dublin", "de") == "de"


def test_merge_ranks_across_both_lists() -> None:
    def hit(rid: str, score: float, origin: str = "bundled") -> Hit:
        return Hit("section", rid, rid, "", "en", score, origin)

    merged = merge([hit("a", -5), hit("b", -1)], [hit("imp-c", -3, "imports")], limit=2)
    assert [h.id for h in merged] == ["a", "imp-c"]


def test_a_query_superseded_while_it_was_starting_stops_anyway(book, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interrupt reaches only a statement already running: the keystroke that came just
    before the imports query began must still stop it, or the next query waits behind it."""
    import sqlite3

    runner = HeldRunner()
    c, shown = controller(book, runner)
    real = book.search
    ended: list[str] = []

    def search(text, *args, scope="all", **kwargs):
        if scope == "imports" and text == "slow":
            c.search("Zubrovka", "en")  # typed on after the job began, before its statement ran
            try:
                book.imports.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 3000000)"
                                     " SELECT count(*) FROM n").fetchone()
                ended.append("ran to the end")
            except sqlite3.OperationalError as exc:
                ended.append(str(exc))
                raise
            return []
        return real(text, *args, scope=scope, **kwargs)

    monkeypatch.setattr(book, "search", search)
    c.search("slow", "en")
    job, deliver = runner.pending.pop(0)
    deliver(job())
    assert ended == ["interrupted"]
    runner.finish_all()
    assert shown[-1].text == "Zubrovka" and imported(shown[-1])
