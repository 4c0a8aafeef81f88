"""A deliberately small stemmer: enough that a fully typed 'мобилизация' also finds
'мобилизации', and 'deserters' finds 'deserter', without a dictionary. Latin words
of seven letters or more are always matched as prefixes: 'deportation' finds 'deportations'.

Stripping an ending and searching the rest as a prefix trades a little precision for
recall, which is the right trade when a counsellor types a word in any grammatical form.
"""

from __future__ import annotations

import re

_CYR = re.compile(r"^[\u0400-\u04FF]+$")
_LAT = re.compile(r"^[a-zA-ZÀ-ÿ]+$")
_RU_ENDINGS = sorted(
    "ями ами ого его ому ему ыми ими иях ией ия ие ии ию ий ый ой ая яя ое ее ые ов ев ам ям ах ях ом ем ью "
    "а я и ы у ю е о ь".split(),
    key=len, reverse=True,
)
_MIN_STEM = 4
# shorter Latin words stay exact: "Flucht*" would find every "Flüchtling" (the index folds ü to u)
# and "Russia*" every "Russian"
_MIN_PREFIX_LAT = 7


def stem(token: str) -> tuple[str, bool]:
    """(search term, is_prefix). Unchanged tokens are matched exactly."""
    low = token.lower()
    if _CYR.match(low) and len(low) > _MIN_STEM + 1:
        for ending in _RU_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
                return low[: -len(ending)], True
        return low, True
    if _LAT.match(low) and len(low) > _MIN_STEM + 1:
        for ending in ("ies", "es", "s"):
            if low.endswith(ending) and not low.endswith("ss") and len(low) - len(ending) >= _MIN_STEM:
                return low[: -len(ending)], True
        if len(low) >= _MIN_PREFIX_LAT:
            # a whole word also finds its plural and compounds: "deportation" -> "deportations",
            # "Abschiebung" -> "Abschiebungen", "Abschiebungsverbot" (as Russian words above do)
            return low, True
    return token, False
