"""Snippets: a window around the first match, matches marked, any script, any input."""

import re

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


def test_a_text_that_lower_case_makes_longer_is_marked_in_place() -> None:
    """"İ" lower-cases to two characters, so places in the lowered text are not the text's:
    such a text is searched as it is, and the marks still wrap the right words."""
    out = make_snippet("İstanbul: deserters from Russia in İzmir", ["desert", "izm"])
    assert out == f"İstanbul: {MARK_OPEN}deserters{MARK_CLOSE} from Russia in {MARK_OPEN}İzmir{MARK_CLOSE}"


def test_a_word_spelled_with_yo_is_marked_however_it_is_typed() -> None:
    """The index reads ё as е, so "определен" and "определён" both find this text: the snippet
    must show the word found, not the section's first lines without it."""
    text = "Статус беженца: " + "раса, религия, " * 30 + "принадлежность к определённой социальной группе."
    for typed in ("определен", "определён", "ОПРЕДЕЛЁН"):
        assert f"{MARK_OPEN}определённой{MARK_CLOSE} социальной" in make_snippet(text, [typed]), typed


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=2000), st.lists(st.text(max_size=20), max_size=5))
def test_any_text_and_terms(text: str, terms: list[str]) -> None:
    out = make_snippet(text, terms)
    assert out.count(MARK_OPEN) == out.count(MARK_CLOSE)


# ---------------------------------------------------------------- clean text (walkthrough p6)

def _plain(snippet: str) -> str:
    return snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


# bodies as the store holds them: Markdown rendered to text (blocks on their own lines)
FLIGHT = ("The BAMF does not always accept this. See \"Considerable probability\" and New practice since "
          "September 2023?.\n\n- The Mediazona figures and the sentences above show that desertion is prosecuted.")
FLED = ("Connection e.V. concludes that at least 250,000 conscripts are seeking protection elsewhere.\n\n"
        "Where they go\n\nMost go to Kazakhstan, Georgia, Armenia, Turkey, Serbia or Israel.\n\n"
        "Conditions in these countries can be precarious:\n\n- Turkey allows a limited stay.\n\n"
        "- Deportations to Russia have been reported from Kazakhstan and Armenia.\n\nIn practice\n\n"
        "- Apply for a visa\n\n- Ask a counsellor")
TABLE = ("Figures:\n\n| 24 Feb 2022 – 31 Dec 2022 | 1 Jan 2023 – 31 Aug 2023\n\nApplications | 1,150 | 2,337\n\n"
         "Rejections | 123 | 33")
RAW_MD = ("## Where they go\n\nMost go to **Kazakhstan** or _Armenia_, see [humanitarian visa](guide://term/humanitarian-visa)"
          " and ![map](map.png).\n\n| Country | Stay |\n|---|---:|\n| Turkey | 3 months |\n\n1. first\n2. second\n\n> A quote")


def test_snippet_of_the_walkthrough_examples_reads_as_clean_text() -> None:
    assert _plain(make_snippet(FLIGHT, ["mediazona"])).endswith(
        "New practice since September 2023? The Mediazona figures and the sentences above show that "
        "desertion is prosecuted.")
    fled = _plain(make_snippet(FLED, ["kazakhstan"]))
    assert "elsewhere. Where they go — Most go to Kazakhstan" in fled, fled
    assert "precarious: Turkey allows a limited stay. Deportations to Russia" in fled, fled


def test_headings_lists_and_tables_are_joined_as_prose() -> None:
    fled = _plain(make_snippet(FLED, ["counsellor"]))
    assert fled.endswith("In practice — Apply for a visa; Ask a counsellor"), fled  # unpunctuated items
    table = _plain(make_snippet(TABLE, ["rejections"]))
    assert table.endswith("31 Aug 2023; Applications · 1,150 · 2,337; Rejections · 123 · 33"), table
    assert _plain(make_snippet(TABLE, ["figures"])).startswith("Figures: 24 Feb 2022 – 31 Dec 2022 · 1 Jan")
    assert _plain(make_snippet("Why?\n\nBecause.", ["because"])) == "Why? Because."  # no dash after "?"


def test_raw_markdown_of_an_imported_report_loses_its_syntax() -> None:
    out = _plain(make_snippet(RAW_MD, ["armenia"]))
    assert out == ("Where they go — Most go to Kazakhstan or Armenia, see humanitarian visa and map. "
                   "Country · Stay; Turkey · 3 months — first; second — A quote"), out


RESIDUE = re.compile(r"\?\.|\|| - |^- |\]\(|\*\*|__|(^|\s)#{1,6}\s|\n")


def test_no_snippet_of_the_shipped_book_carries_markdown_residue(shipped_store) -> None:
    """Every line of every page, in every language, as a snippet: no list marker, pipe, "?.",
    link syntax, heading marker or line break; a block never runs into the next one unseparated."""
    import sqlite3

    conn = sqlite3.connect(shipped_store)
    checked = 0
    for body, in conn.execute("SELECT body FROM records"):
        for line in body.split("\n"):
            words = re.findall(r"[^\W\d_]{4,}", line)
            if not words:
                continue
            out = _plain(make_snippet(body, [words[0].lower()]))
            assert not RESIDUE.search(out), (line, out)
            checked += 1
    conn.close()
    assert checked > 1000


def test_exact_words_are_marked_whole_prefixes_with_any_ending() -> None:
    out = make_snippet("Ausnahme: aus Kasachstan wurden Abschiebungen gemeldet.", ["abschiebung"], whole=["aus"])
    assert out == (f"Ausnahme: {MARK_OPEN}aus{MARK_CLOSE} Kasachstan wurden "
                   f"{MARK_OPEN}Abschiebungen{MARK_CLOSE} gemeldet.")


def test_densest_window_shows_the_words_together() -> None:
    text = "Deportation was discussed. " + "Other matters came up. " * 20 + "Deportations from Armenia were reported."
    plain = _plain(make_snippet(text, ["deportation", "armenia"], densest=True))
    assert "Deportations from Armenia were reported." in plain
    assert _plain(make_snippet(text, ["deportation", "armenia"])).startswith("Deportation was discussed.")


def test_words_together_means_within_about_ten_words() -> None:
    from app.store.snippet import together_at, words_together

    close = "Deportations to Russia have been reported from Kazakhstan and Armenia."
    far = "Deportation is banned. " + "The court ruled on other questions that year. " * 3 + "See Bayatyan v. Armenia."
    assert words_together(close, ["deportation", "armenia"])
    assert not words_together(far, ["deportation", "armenia"])
    later = "Deportation is banned. " + "The court ruled on other questions that year. " * 3 + close
    assert together_at(later, ["deportation", "armenia"]) == later.index("Deportations")
    assert not words_together("Redeportation near Armenia", ["deportation", "armenia"])  # a word's start only
    assert not words_together("Ausnahme für Armenien", ["armenien"], whole=["aus"])  # whole words whole
    assert words_together("сообщения о депортациях в Россию из Казахстана и Армении", ["депортаци", "армен"])
    assert words_together("Её депортация", ["депортаци"], whole=["ее"])  # ё folded like the index does
