"""The languages of the guidebook, defined once: their codes, their names, their quotation
marks, how a date is written for a reader and the month names a day number goes with. A
Russian or German client reads «…» / „…“ and 01.07.2026; an ISO date or English quotes on
their page look foreign and are misread.

Adding a language is one entry in `_ENTRIES` plus its translations (TRANSLATING.md, "Adding
a language"): the content model, the wizard, the sheet, the interface, the command line's
--lang and the settings all read LANGUAGES.
"""

from __future__ import annotations

from typing import NamedTuple


class Language(NamedTuple):
    code: str                # ISO 639-1, also the Qt locale name and the key in every data file
    name: str                # in its own language, for menus and tables
    quotes: tuple[str, str]  # the outer quotation marks
    dotted_dates: bool       # 01.07.2026 rather than ISO 2026-07-01
    months: tuple[str, ...]  # as written after a day in running text ("22. August", «22 августа»)


_ENTRIES: tuple[Language, ...] = (
    Language("en", "English", ("“", "”"), dotted_dates=False,  # English is the master text: first
             months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December")),
    Language("ru", "Русский", ("«", "»"), dotted_dates=True,
             months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                     "октября", "ноября", "декабря")),
    Language("de", "Deutsch", ("„", "“"), dotted_dates=True,
             months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                     "Oktober", "November", "Dezember")),
)

LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in _ENTRIES)
NAMES: dict[str, str] = {lang.code: lang.name for lang in _ENTRIES}
QUOTES: dict[str, tuple[str, str]] = {lang.code: lang.quotes for lang in _ENTRIES}
_DOTTED_DATES = frozenset(lang.code for lang in _ENTRIES if lang.dotted_dates)
MONTHS: dict[str, tuple[str, ...]] = {lang.code: lang.months for lang in _ENTRIES}


def quote(text: str, lang: str) -> str:
    left, right = QUOTES.get(lang, QUOTES["en"])
    return f"{left}{text}{right}"


def local_date(iso: str, lang: str) -> str:
    """01.07.2026 for ru and de; ISO (2026-07-01) for en. A month without a day (2022-05, the
    BMI's statement of May 2022) is 05.2022 for ru and de: left in ISO, it stood out on a
    Russian page among dotted dates (a counsellor's trial, 1 Dec 2026). Anything that is not a
    date passes through unchanged."""
    parts = str(iso).split("-")
    if lang not in _DOTTED_DATES or not all(p.isdigit() for p in parts):
        return str(iso)
    if len(parts) == 3:
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2 and 1 <= int(parts[1]) <= 12:  # not 1999-2000
        return f"{parts[1]}.{parts[0]}"
    return str(iso)
