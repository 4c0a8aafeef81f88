"""What a typed word is searched as: its Snowball stem (English, Russian, German) as a prefix.

The index keeps every word as written (FTS5 unicode61, case and accents folded, no stems),
so a stem is searched as a prefix of the indexed words: "Deserteure" (stem "deserteur")
finds "Deserteur", "мобилизация" (stem "мобилизац") finds "мобилизации", "deserters"
(stem "desert") finds "deserter" and "desertion". Stems live only in the query: a store
built before keeps working, and the user's imported reports need no re-indexing.

Snowball stems are made for equality, not for prefixes, so three guards keep a prefix from
finding unrelated words (measured on the bundled store's words, see test_stem.py):
- a root shorter than five letters is lengthened to five letters of the word: "призыв"
  (stem "приз") is searched as "призы*", not "приз*" that finds every "признание";
  "военная" (stem "воен") as "военн*", not "воен*" that finds "военкомат". Only a
  five-letter Russian word keeps a four-letter root, its one ending cut: "Чечня" -> "чечн*".
- a stem that is not the beginning of the word is cut to the letters they share ("rulings"
  -> "rule": "rulin*"; "Straße" -> "strass": "straß*"); an English stem's "i" for a "y" is not
  searched ("policy" -> "polici" stays "policy": "polic*" would find "police").
- a word its stemmer leaves whole is searched exactly when it is a short Latin word
  ("Flucht*" would find every "Flüchtling", the index folds ü to u; "Russia*" every
  "Russian"), and as a prefix from seven letters on ("Abschiebungsverbot" for
  "Abschiebung") and for Russian words of six letters or more.
A place whose people are spelled on another stem ("Чечня" for "чеченцев") is searched by the
root they share, from a list kept as data: shared_roots.py.

Cyrillic words are stemmed as Russian whatever the language searched, Latin words as German
in German and as English otherwise. Stems are cached: a word typed once costs ~70 µs in the
pure-Python stemmer, the same word on the next keystroke nothing.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

from app.store.shared_roots import shared_root

_CYR = re.compile(r"^[\u0400-\u04FF]+$")
_LAT = re.compile(r"^[a-zA-ZÀ-ÿ]+$")
_MIN_WORD = 5  # shorter words are matched as typed
_MIN_ROOT = 5  # letters of the word a root keeps at least
# shorter Latin words stay exact when their stemmer leaves them whole
_MIN_PREFIX_LAT = 7
_MIN_PREFIX_CYR = 6
_ALGORITHMS = {"ru": "russian", "de": "german", "en": "english"}
_stemmers: dict[str, Any] = {}
# a Snowball stemmer keeps its state in the object while it works: the imports are searched
# on another thread than the bundled store, so one word is stemmed at a time
_lock = threading.Lock()


def _stem_word(word: str, lang: str) -> str:
    with _lock:
        stemmer = _stemmers.get(lang)
        if stemmer is None:
            stemmer = _stemmers[lang] = _snowball(lang)
        return str(stemmer.stemWord(word))


def _snowball(lang: str) -> Any:
    """The Snowball stemmer for `lang`, with only its own module loaded.

    `import snowballstemmer` runs the package's __init__, which imports all of its 30-odd
    languages (~18 ms): on the path of the first search result (`--search`, issue #19). The
    package is registered without running that __init__ and the one module imported; where
    that is not possible, the whole package is loaded as usual."""
    import importlib
    import importlib.util
    import sys

    name = "snowballstemmer"
    module, cls = _MODULES[lang]
    if name not in sys.modules:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations is not None:
            sys.modules[name] = importlib.util.module_from_spec(spec)  # the package, its __init__ not run
    try:
        return getattr(importlib.import_module(f"{name}.{module}"), cls)()
    except (ImportError, AttributeError):
        sys.modules.pop(name, None)
        import snowballstemmer

        return snowballstemmer.stemmer(_ALGORITHMS[lang])


_MODULES = {"ru": ("russian_stemmer", "RussianStemmer"), "de": ("german_stemmer", "GermanStemmer"),
            "en": ("english_stemmer", "EnglishStemmer")}


def preload() -> None:
    """Load the stemmers now (~50 ms, the package imports all its languages) rather than on the
    first keystroke: for the window to call once it has painted, before anyone types."""
    for lang in _ALGORITHMS:
        _stem_word("", lang)


def _fold(text: str) -> str:
    """As the index compares letters: lowercase, accents dropped (ё as е, ü as u), letter by letter."""
    out = []
    for ch in text:
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=4096)
def stem(token: str, lang: str | None = None) -> tuple[str, bool]:
    """(search term, is_prefix) for one typed word searched in `lang`. A word left as typed
    comes back unchanged and is matched exactly."""
    low = token.lower().replace("ё", "е")
    cyrillic = bool(_CYR.match(low))
    if len(low) < _MIN_WORD or not (cyrillic or _LAT.match(low)):
        return token, False
    folded = _fold(low)
    algorithm = "ru" if cyrillic else ("de" if lang == "de" else "en")
    stemmed = _fold(_stem_word(low, algorithm))
    if algorithm == "en" and stemmed.endswith("i"):
        # English stems end in "i" for "y" and "ies": "penalties" -> "penalti" is searched as
        # "penalt*" (finds "penalty"); "policy" -> "polici" as typed ("polic*" finds "police")
        stemmed = stemmed[:-1] if folded[len(stemmed) - 1:len(stemmed)] == "i" else folded
    cut = _common(folded, stemmed)  # a stem that is not the word's beginning ("rulings" ->
    # "rule", "Straße" -> "strass"): the letters they share, lengthened below
    root = shared_root(folded)
    if root is not None:
        return root, True
    if cut < len(low):
        floor = _MIN_ROOT - 1 if cyrillic and len(low) == _MIN_WORD else _MIN_ROOT
        cut = max(cut, floor)
    if cut < len(low):
        return low[:cut], True
    if len(low) >= (_MIN_PREFIX_CYR if cyrillic else _MIN_PREFIX_LAT):
        return low, True
    return token, False
