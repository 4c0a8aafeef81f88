"""Search in the guidebook a counsellor gets finds a word in the forms the texts use (#18)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def _records_saying(store: Path, lang: str, word: str) -> set[tuple[str, str]]:
    """(kind, id) of the records whose text has `word` as a whole word."""
    conn = sqlite3.connect(store)
    try:
        rows = conn.execute("SELECT kind, id, title || ' ' || body FROM records WHERE lang = ?", (lang,))
        return {(k, i) for k, i, text in rows
                if any(w == word.lower() for w in text.lower().replace("«", " ").split()
                       for w in [w.strip(".,;:()»—-")])}
    finally:
        conn.close()


def _found(book, query: str, lang: str) -> list[tuple[str, str]]:
    return [(h.kind, h.id) for h in book.search(query, lang=lang, limit=100, as_you_type=False)]


@pytest.mark.parametrize("query,lang,form", [
    ("Чечня", "ru", "Чечни"),
    ("Чечня", "ru", "чеченцев"),
    ("Чечня", "ru", "Чечне"),
    ("Chechnya", "en", "Chechens"),
    ("Tschetschenien", "de", "Tschetschenen"),
])
def test_a_place_finds_the_pages_about_its_people(shipped_book, shipped_store, query, lang, form) -> None:
    saying = _records_saying(shipped_store, lang, form)
    assert saying, f"the guidebook no longer says {form!r}: choose another form"
    assert saying <= set(_found(shipped_book, query, lang)), saying - set(_found(shipped_book, query, lang))


def test_chechnya_in_russian_opens_with_the_rulings_on_chechens(shipped_book) -> None:
    hits = shipped_book.search("Чечня", lang="ru", as_you_type=False)
    titles = " ".join(h.title for h in hits[:4])
    assert "Чечне" in titles and "Чеченцы" in titles, titles  # Чечня is said nowhere: before #18, no hit


@pytest.mark.parametrize("query,lang", [("Deserteure", "de"), ("Deserteuren", "de"), ("Deserteur", "de")])
def test_a_plural_finds_the_german_term(shipped_book, query, lang) -> None:
    hits = shipped_book.search(query, lang=lang, as_you_type=False)
    assert hits and (hits[0].kind, hits[0].id, hits[0].title) == ("term", "deserter", "Deserteur")


def test_a_plural_marks_the_singular_in_the_snippet(shipped_book) -> None:
    hits = shipped_book.search("Deserteure", lang="de", as_you_type=False)
    assert any("**Deserteur**" in h.marked() for h in hits), [h.marked() for h in hits]
