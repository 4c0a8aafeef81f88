"""Snippets: a window around the first match, matches marked, any script, any input."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.snippet import MARK_CLOSE, MARK_OPEN, make_snippet

CASES = [
    ("The BAMF rejected him in Dublin.", ["dublin"], f"The BAMF rejected him in {MARK_OPEN}Dublin{MARK_CLOSE}."),
    ("Частичная мобилизация продолжается.", ["мобилизац"], f"Частичная {MARK_OPEN}мобилизация{MARK_CLOSE} продолжается."),
    ("deserters and a deserter", ["desert"], f"{MARK_OPEN}deserters{MARK_CLOSE} and a {MARK_OPEN}deserter{MARK_CLOSE}"),
    ("no match here", ["zzz"], "no match here"),
]


def test_table() -> None:
    for text, terms, expected in CASES:
        assert make_snippet(text, terms) == expected


def test_long_text_is_cut_around_the_match_with_ellipses() -> None:
    text = ("word " * 200) + "Kirchenasyl " + ("more " * 200)
    out = make_snippet(text, ["kirchenasyl"])
    assert out.startswith("…") and out.endswith("…") and f"{MARK_OPEN}Kirchenasyl{MARK_CLOSE}" in out
    assert len(out) < 260


def test_match_inside_a_word_is_not_marked() -> None:
    assert MARK_OPEN not in make_snippet("undesertable", ["desert"])


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=2000), st.lists(st.text(max_size=20), max_size=5))
def test_any_text_and_terms(text: str, terms: list[str]) -> None:
    out = make_snippet(text, terms)
    assert out.count(MARK_OPEN) == out.count(MARK_CLOSE)
