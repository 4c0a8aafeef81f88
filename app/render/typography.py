"""What must not be split at the end of a line, on a reading page or a printed sheet.

The translators' review found German dates breaking after the day ("22." at a line's end,
"August 2024" on the next) and Russian ages after the hyphen («17-» / «летнего»); a lawyer
reads a case number ("12 B 18/23") and a paragraph sign with its number ("§ 60") as one
thing. The rules join those with a no-break space (U+00A0) or a no-break hyphen (U+2011),
both in the bundled DejaVu fonts, so the reader and the PDF keep them on one line. The text
for the search index and the terminal gets ordinary spaces and hyphens back (`plain`): a
typed "22 August" still finds them.
"""

from __future__ import annotations

import re

from app.langs import MONTHS

NO_BREAK_SPACE = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"

_MONTH = "|".join(sorted({m for months in MONTHS.values() for m in months}, key=len, reverse=True))
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a day and its month: "22 August", "22. August", «22 августа»
    (re.compile(rf"\b(\d{{1,2}}\.?) (?=(?:{_MONTH})\b)"), rf"\1{NO_BREAK_SPACE}"),
    # a paragraph sign and its number: "§ 60", "§§ 3a"
    (re.compile(r"(§§?) (?=\d)"), rf"\1{NO_BREAK_SPACE}"),
    # a German case number: "12 B 18/23", "2 A 541/24.A", "3 B 184/24 MD"
    (re.compile(r"\b(\d{1,3}) ([A-Z]{1,2}[a-z]{0,2}) (?=\d{1,5}/\d{2}\b)"), rf"\1{NO_BREAK_SPACE}\2{NO_BREAK_SPACE}"),
    # a number and the word it forms with a hyphen: «17-летнего», "17-year-old", "17-Jähriger"
    (re.compile(r"\b(\d+)-(?=[^\W\d_])"), rf"\1{NO_BREAK_HYPHEN}"),
)
_BACK = str.maketrans({NO_BREAK_SPACE: " ", NO_BREAK_HYPHEN: "-"})


def keep_together(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def plain(text: str) -> str:
    """Ordinary spaces and hyphens again: the search index and plain-text output match what
    a person types."""
    return text.translate(_BACK)
