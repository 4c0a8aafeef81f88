"""Search: right record first for a table of queries; any text is safe; snippets marked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store.search import MARK_CLOSE, MARK_OPEN

QUERIES = [
    # (query, lang, expected first (kind, id))
    ("draft evader", None, ("term", "draft-evader")),
    ("refusenik", None, ("term", "draft-evader")),
    ("Kirchenasyl", None, ("term", "church-asylum")),
    ("dublin iii", None, ("term", "dublin-iii")),
    ("Regulation (EU) No 604/2013 (Dublin III)", None, ("law", "dublin-iii-regulation")),
    ("deserters", None, ("term", "deserter")),
    ("church", None, ("term", "church-asylum")),
    ("Lithuania", None, ("section", "dublin")),
    ("дезертир", None, ("term", "deserter")),
    ("мобилизации", None, ("section", "dublin")),
    ("церковн", None, ("term", "church-asylum")),
]


@pytest.mark.parametrize("query,lang,expected", QUERIES)
def test_expected_record_ranks_first(fixture_book, query: str, lang: str | None, expected: tuple[str, str]) -> None:
    hits = fixture_book.search(query, lang=lang, as_you_type=False)
    assert hits, f"no hits for {query!r}"
    assert (hits[0].kind, hits[0].id) == expected


def test_exact_term_outranks_sections_that_mention_it(fixture_book) -> None:
    hits = fixture_book.search("Dublin III")
    assert [(h.kind, h.id) for h in hits[:2]] == [("term", "dublin-iii"), ("law", "dublin-iii-regulation")]
    assert ("section", "dublin") in [(h.kind, h.id) for h in hits]


def test_prefix_of_last_word_matches_while_typing(fixture_book) -> None:
    assert [h.id for h in fixture_book.search("Lithu")][:1] == ["dublin"]
    assert fixture_book.search("Lithu", as_you_type=False) == []


def test_snippet_marks_matched_words(fixture_book) -> None:
    hit = next(h for h in fixture_book.search("Croatia") if h.id == "dublin")
    assert f"{MARK_OPEN}Croatia{MARK_CLOSE}" in hit.snippet
    assert "**Croatia**" in hit.to_json()["snippet"]


def test_russian_query_finds_russian_content(fixture_book) -> None:
    hits = fixture_book.search("Хорватию")
    assert hits and hits[0].lang == "ru" and hits[0].title == "Формальное завершение и Дублин"


def test_filter_by_kind_and_language(fixture_book) -> None:
    assert {h.kind for h in fixture_book.search("Dublin", kinds=["law"])} == {"law"}
    assert {h.lang for h in fixture_book.search("Dublin", lang="de")} == {"de"}


def test_no_results_offers_spelling_suggestions(fixture_book) -> None:
    assert fixture_book.search("Dubln", as_you_type=False) == []
    assert "dublin" in fixture_book.suggest("Dubln")


HOSTILE = ['"AND(', 'AND', 'OR OR', 'NEAR(a b)', '*', '-', '"', '""', "'", 'a"b', '(', ')', '^', ':', 'title:x',
           '\x00', '🙂', 'dublin*', '-dublin', 'x' * 10_000, 'мобилизация ' * 2000, '\\', '{col}', 'NOT']


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_raise(fixture_book, text: str) -> None:
    for as_you_type in (True, False):
        hits = fixture_book.search(text, as_you_type=as_you_type)
        assert isinstance(hits, list)
    fixture_book.suggest(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_arbitrary_text_gives_results_or_none(fixture_book, text: str) -> None:
    hits = fixture_book.search(text)
    assert all(h.kind in ("section", "term", "law") for h in hits)


def test_store_is_read_only(fixture_store: Path) -> None:
    from app.store.connection import connect_readonly

    conn = connect_readonly(fixture_store)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM records")
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("CREATE TABLE t (x)")
    assert conn.execute("SELECT count(*) FROM records").fetchone()[0] > 0


def test_did_you_mean_offers_words_of_the_interface_language_only() -> None:
    from app.store.guidebook import Guidebook

    book = Guidebook.open()
    english = book.suggest("desreter", "en")
    assert "deserter" in english and not {"erneuter", "dieser"} & set(english)
    assert "дезертир" in book.suggest("дезиртир", "en")  # a Cyrillic word is matched against Russian
