"""Imported reports are searched in the background; the list never shows an outdated answer.

The races are replayed in a fixed order with the window's real worker thread and its real
queued signal: the test holds the worker with an Event instead of sleeping and hoping.
(tests/unit/session/test_search_controller.py replays the same rules without Qt.)

Each test here was checked by removing the guard it is named after and watching it fail:
- the generation check in SearchController._imports_found (an answer for an older query);
- what stops the running query when a newer keystroke comes: the interrupt in
  SearchController.cancel and the progress handler in _search_imports (either one is
  enough; with both removed the query runs to its end and the test fails).
"""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtWidgets import QApplication

REPORT = "# Zubrovka report\n\n## Dublin transfers\n\nZubrovka and Dublin both appear here.\n"


def book_with_import(store, tmp_path):
    """The fixture guidebook with one Markdown report imported into the user's store."""
    from app.importer.api import commit, preview
    from app.importer.store import open_for_search
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    report = tmp_path / "report.md"
    report.write_text(REPORT, encoding="utf-8")
    commit(preview(report))
    book = Guidebook(connect_readonly(store))
    book.attach_imports(open_for_search()[0])
    return book


def listed(w) -> list[tuple[str, bool]]:
    hits = [w.results.hit_at(r) for r in range(w.results.count())]
    return [(h.id, h.imported) for h in hits if h is not None]


def worker_idle(w) -> None:
    """Wait until the worker has finished every job so far (it takes them in order, one at a time)."""
    w._background._pool.submit(lambda: None).result(timeout=60)


def test_an_answer_for_an_older_query_never_reaches_the_list(qtbot, make_window, fixture_store, tmp_path) -> None:
    w = make_window(book_with_import(fixture_store, tmp_path))
    w.settle()  # what the app does once the window is on screen: the search and its worker are made
    answers: list[object] = []
    w._background._finished.connect(lambda deliver, result: answers.append(result))

    w.run_search("Zubrovka")
    worker_idle(w)  # the imports found "Zubrovka"; that answer now waits in the GUI thread's event queue
    gate = threading.Event()
    w._background._pool.submit(gate.wait, 10)  # the next imports query waits until the test says
    try:
        w.run_search("Croatia")  # the counsellor typed on before the window took the answer
        croatia = listed(w)
        assert croatia and not any(imported for _, imported in croatia)
        QApplication.processEvents()  # the "Zubrovka" answer is delivered now, after "Croatia"
        assert answers and any(h.imported for h in answers[0]), "the stale answer held no imported hit"
        assert listed(w) == croatia, "an answer for an older query replaced the current list"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    QApplication.processEvents()
    assert listed(w) == croatia  # the "Croatia" answer found nothing imported: the list is unchanged


def test_a_newer_keystroke_interrupts_the_running_imports_query(qtbot, make_window, fixture_store, tmp_path,
                                                                monkeypatch) -> None:
    w = make_window(book_with_import(fixture_store, tmp_path))
    book = w.book
    real_search = book.search
    started, ended = threading.Event(), []

    def search(text, *args, scope="all", **kwargs):
        if scope == "imports" and text == "slow":
            # a query over a very large imports store: seconds of SQLite work on the imports
            # connection, unless interrupted (then SQLite raises, as with a real ranked query).
            # `running()` tells the test once the statement is under way: an interrupt that came
            # before it started would be a no-op in SQLite and the test would prove nothing
            book.imports.create_function("running", 0, lambda: started.set() or 1)
            t = time.perf_counter()
            try:
                book.imports.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 2000000)"
                                     " SELECT count(*) FROM n WHERE running()").fetchone()
                ended.append(f"ran to the end in {time.perf_counter() - t:.1f} s")
            except sqlite3.OperationalError as exc:
                ended.append(str(exc))
                raise
            return []
        return real_search(text, *args, scope=scope, **kwargs)

    monkeypatch.setattr(book, "search", search)
    w.run_search("slow")
    assert started.wait(10)
    w.run_search("Zubrovka")
    worker_idle(w)
    assert ended == ["interrupted"]
    qtbot.waitUntil(lambda: any(imported for _, imported in listed(w)), timeout=5000)
