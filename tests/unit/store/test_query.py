"""What the tokens of a query are: content words, the last one a prefix while typing.
What each token is searched as (its stem) is tested in test_stem.py."""

import pytest

from app.store.query import parse
from app.store.stopwords import is_stop_word


@pytest.mark.parametrize("text,lang,tokens,prefix", [
    ("deportation from Armenia", "en", ("deportation", "Armenia"), True),
    ("deportation from ", "en", ("deportation",), False),
    ("deportation from", "en", ("deportation",), False),  # the word being typed was a stop word
    ("from", "en", ("from",), True),  # only stop words: searched as typed
    ("Art. 9", "en", ("Art", "9"), True),
    ("депортация из Армении", "ru", ("депортация", "Армении"), True),
    ("депортация из Армении", "en", ("депортация", "Армении"), True),  # Cyrillic: the Russian list
    ("Abschiebungen aus Armenien", "de", ("Abschiebungen", "Armenien"), True),
    ("war in Ukraine", "en", ("war", "Ukraine"), True),  # "war" is a German stop word only
    ("Krieg war in", "de", ("Krieg",), False),
    ("die in the war", "en", ("die", "war"), True),
])
def test_stop_words_are_dropped_for_the_language(text, lang, tokens, prefix) -> None:
    parsed = parse(text).without_stop_words(lang)
    assert parsed.tokens == tokens and parsed.prefix_last is prefix


def test_stop_word_lists() -> None:
    assert is_stop_word("From", "en") and is_stop_word("И", "en") and is_stop_word("DER", "de")
    assert is_stop_word("её", "ru")  # ё folded like the index does
    assert not is_stop_word("der", "en") and not is_stop_word("may", "en") and not is_stop_word("не", "ru")

