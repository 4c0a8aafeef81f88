"""What a typed word is searched as: its Snowball stem as a prefix, within guards."""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
import unicodedata
from pathlib import Path

import pytest

from app.store import stem as stem_module
from app.store.shared_roots import SHARED_ROOTS
from app.store.stem import stem


def _fold(word: str) -> str:
    """As FTS5 unicode61 remove_diacritics 2 compares words."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def finds(token: str, lang: str, word: str) -> bool:
    """Whether searching `token` in `lang` matches `word` in the index."""
    term, prefix = stem(token, lang)
    return _fold(word).startswith(_fold(term)) if prefix else _fold(word) == _fold(term)


@pytest.mark.parametrize("token,lang,expected", [
    ("Deserteure", "de", ("deserteur", True)),
    ("Deserteure", "en", ("deserteur", True)),  # a German word typed in the English interface
    ("deserters", "en", ("desert", True)),
    ("мобилизации", "ru", ("мобилизац", True)),
    ("мобилизации", "en", ("мобилизац", True)),  # Cyrillic is Russian in any interface
    ("Чечня", "ru", ("чеч", True)),  # the shared root of Чечня and чеченцы (shared_roots.py)
    ("призыв", "ru", ("призы", True)),  # Snowball's "приз" would find "признание"
    ("Flucht", "de", ("Flucht", False)),  # "flucht*" would find every "Flüchtling"
    ("Russia", "en", ("Russia", False)),
    ("policy", "en", ("policy", False)),  # not "polic*": "police"
    ("Lithu", "en", ("Lithu", False)),  # still typing: the search adds the prefix
    ("суда", "ru", ("суда", False)),  # too short to stem
    ("Art", "en", ("Art", False)),
    ("2013", "en", ("2013", False)),
])
def test_stem(token: str, lang: str, expected: tuple[str, bool]) -> None:
    assert stem(token, lang) == expected


@pytest.mark.parametrize("token,lang,word", [
    ("Чечня", "ru", "Чечни"),
    ("Чечня", "ru", "чеченцев"),
    ("Chechnya", "en", "Chechens"),
    ("Tschetschenien", "de", "Tschetschenen"),
    ("Deserteure", "de", "Deserteur"),
    ("Deserteur", "de", "Deserteuren"),
    ("deserters", "en", "deserter"),
    ("мобилизация", "ru", "мобилизации"),
    ("военная", "ru", "военной"),
    ("война", "ru", "войны"),
    ("Abschiebungen", "de", "Abschiebungsverbot"),
    ("Flüchtlinge", "de", "Flüchtling"),
    ("Anhörung", "de", "Anhörungen"),
    ("penalties", "en", "penalty"),
    ("rulings", "en", "ruling"),
    ("Straße", "de", "Straßen"),
    ("deportation", "en", "deportations"),
])
def test_a_word_finds_its_other_forms(token: str, lang: str, word: str) -> None:
    assert finds(token, lang, word)


@pytest.mark.parametrize("token,lang,word", [
    ("призыв", "ru", "признание"),  # call-up is not recognition
    ("военная", "ru", "военкомат"),
    ("Flucht", "de", "Flüchtling"),
    ("Russia", "en", "Russian"),
    ("policy", "en", "police"),
    ("euros", "en", "european"),
    ("Чечня", "ru", "часть"),
])
def test_a_word_does_not_find_unrelated_words(token: str, lang: str, word: str) -> None:
    assert not finds(token, lang, word)


def test_stems_are_the_same_from_several_threads() -> None:
    """The window stems on its thread while the imports are searched on another: a Snowball
    stemmer keeps its state in the object, so two words at once must not mix."""
    words = ["мобилизации", "дезертирство", "уклонистов", "военнообязанных", "Kriegsdienstverweigerer",
             "Abschiebungsverbote", "deportations", "conscientious"] * 5
    words = [w + suffix for w in words for suffix in ("", "ами", "en", "s")]
    expected = {w: stem_module._stem_word(w.lower(), "ru" if re.match("[а-я]", w) else "de") for w in words}
    got: dict[str, str] = {}
    errors: list[BaseException] = []

    def work(part: list[str]) -> None:
        try:
            for _ in range(30):
                for w in part:
                    got[w] = stem_module._stem_word(w.lower(), "ru" if re.match("[а-я]", w) else "de")
                    if got[w] != expected[w]:
                        errors.append(AssertionError(f"{w}: {got[w]} != {expected[w]}"))
        except Exception as exc:  # a mixed-up stemmer can also raise
            errors.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work, args=(words[i::4],)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors, errors[:3]


def _store_words(store: Path) -> set[str]:
    conn = sqlite3.connect(store)
    try:
        return {_fold(w).replace("ё", "е") for (text,) in conn.execute(
            "SELECT title || ' ' || aliases || ' ' || body FROM records") for w in re.findall(r"[^\W\d_]+", text)}
    finally:
        conn.close()


def test_each_shared_root_finds_only_the_words_it_joins(shipped_store: Path) -> None:
    """A shared root is a short prefix: in the guidebook's words it must find nothing but the
    forms it was listed for (no "чечевица" for "чеч"), and each of its stems must be used."""
    words = _store_words(shipped_store)
    for place, (root, stems) in SHARED_ROOTS.items():
        found = {w for w in words if w.startswith(root)}
        assert any(w.startswith(place) for w in found), place
        assert all(w.startswith(stems) for w in found), (root, sorted(w for w in found if not w.startswith(stems)))
        assert all(any(w.startswith(s) for w in found) for s in stems), (root, stems)


@pytest.mark.parametrize("token,lang,word", [("чеченцев", "ru", "Чечни"), ("Chechen", "en", "Chechnya")])
def test_the_people_are_searched_on_their_own_stem(token: str, lang: str, word: str) -> None:
    assert not finds(token, lang, word)


def test_preload_loads_every_stemmer_so_the_first_keystroke_need_not() -> None:
    stem_module.preload()
    assert set(stem_module._stemmers) == {"en", "ru", "de"}


def test_only_the_three_languages_are_loaded_and_stem_as_the_package_does() -> None:
    """#19: the package's __init__ imports ~30 languages (~18 ms on the first search); the
    stemmer loads only ru/de/en and must stem exactly as the package's own stemmers do."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from app.store.stem import _stem_word\n"
        "words = {'ru': ['чечня', 'мобилизации', 'дезертиров'], 'de': ['Deserteure', 'Abschiebungen'],\n"
        "         'en': ['evaders', 'conscientious', 'policy']}\n"
        "ours = {l: [_stem_word(w.lower(), l) for w in ws] for l, ws in words.items()}\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('snowballstemmer.'))\n"
        "del sys.modules['snowballstemmer']\n"
        "import snowballstemmer\n"
        "names = {'ru': 'russian', 'de': 'german', 'en': 'english'}\n"
        "theirs = {l: [snowballstemmer.stemmer(names[l]).stemWord(w.lower()) for w in ws] for l, ws in words.items()}\n"
        "print(ours == theirs, loaded)\n")
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    same, loaded = done.stdout.split(" ", 1)
    assert same == "True", done.stdout
    assert "russian_stemmer" in loaded and "french_stemmer" not in loaded, loaded
