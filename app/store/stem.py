"""A deliberately small stemmer: enough that a fully typed 'мобилизация' also finds
'мобилизации', and 'deserters' finds 'deserter', without a dictionary.

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
    return token, False
