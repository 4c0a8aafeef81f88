"""What must not be split at the end of a line, on a reading page or a printed sheet.

The translators' review found German dates breaking after the day ("22." at a line's end,
"August 2024" on the next) and Russian ages after the hyphen («17-» / «летнего»); a lawyer
reads a case number ("33 K 143.19 A"), a paragraph sign or an article with its number
("§ 60", «ст. 9», "Abs. 5"), "(EU) 2024/1347" and a fine («до 30 000 рублей») as one thing,
and in Russian neither «г.» nor a dash may start a line. The rules join those with a no-break
space (U+00A0) or a no-break hyphen (U+2011), both in the bundled DejaVu fonts, so the reader
and the PDF keep them on one line. A month and its year, or "§ 3" and the "Abs. 2" after it,
may still break: gluing whole chains would make runs too long for the sheet's two columns.
The text for the search index and the terminal gets ordinary spaces and hyphens back
(`plain`): a typed "22 August" still finds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.langs import MONTHS

NO_BREAK_SPACE = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"
NB = NO_BREAK_SPACE

_MONTH = "|".join(sorted({m for months in MONTHS.values() for m in months}, key=len, reverse=True))
# abbreviations that stand before a number or a letter: article, paragraph, part, point,
# subpoint, chapter, page, number, letter, case ("ст. 9", "Abs. 5", «подп. «e»», "Buchst. e")
_BEFORE_NUMBER = r"[Сс]т|[Чч]|[Пп]п?|[Пп]одп|[Аа]бз|[Гг]л|Arts?|Abs|UAbs|Nr|S|Buchst|lit|Rs|no|Nos?"
# words of time, money and share a number stays with («20 месяцев», "45 Jahren", "40 %")
_UNIT = (r"%|Prozent\b|per cent\b|(?:лет|год[а-я]*|месяц[а-я]*|недел[а-я]*|дн[а-я]*|день|рубл[а-я]*|евро|млн|"
         r"млрд|тыс\.)(?![а-яё])|(?:Jahre|Jahren|Monate|Monaten|Wochen|Tage|Tagen|Euro|years?|months?|weeks?|"
         r"days?|euros?)\b")


def _join_groups(m: re.Match[str]) -> str:
    return NB.join(g for g in m.groups() if g)


_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # a day and its month: "22 August", "22. August", «22 августа»
    (re.compile(rf"\b(\d{{1,2}}\.?) (?=(?:{_MONTH})\b)"), rf"\1{NB}"),
    # a German case number with its court's prefix and register suffix: "12 B 18/23",
    # "2 A 541/24.A", "33 K 143.19 A", "M 22 K 21.31096", "VG 33 K 519/24 A", "3 B 184/24 MD"
    (re.compile(r"\b(?:(M|VG) )?(\d{1,3}[a-z]?) ([A-Z]{1,2}[a-z]{0,2}) (\d{1,5}[./]\d{2,5}(?:\.A)?)"
                r"(?: (A|MD)\b(?! [a-zа-яё]))?"), _join_groups),
    # a paragraph sign or a number sign and its number: "§ 60", "§§ 3a", «№ 604/2013»
    (re.compile(r"(§§?|№№?) (?=\d)"), rf"\1{NB}"),
    # an abbreviation and the number or letter it introduces: «ст. 9», "Abs. 5", «подп. «e»»
    (re.compile(rf"(?<![\w.])({_BEFORE_NUMBER})\. (?=\d|[CTF]-\d|[«„\"]?[a-zа-яё][»“\"]?(?!\w))"), rf"\1.{NB}"),
    # a regulation's "(EU)" and its number: "(EU) 2024/1347", «(ЕС) № 604/2013»
    (re.compile(r"\((EU|ЕС|EG|EWG)\) (?=(?:№\s|No\s)?\d{2,4}/\d)"), rf"(\1){NB}"),
    # a year and «г.»: «2026 г.», «2022 и 2023 гг.»
    (re.compile(r"\b(\d{4}) (?=гг?\.)"), rf"\1{NB}"),
    # a number written with spaces between thousands: «30 000», «12 200»
    (re.compile(r"(?<![\d.,\u00a0])\d{1,3}(?: \d{3})+(?!\d)"), lambda m: m.group(0).replace(" ", NB)),
    # a number and its unit or counted noun: «20 месяцев», "45 Jahren", "40 %"
    (re.compile(rf"(\d) (?={_UNIT})"), rf"\1{NB}"),
    # a dash never starts a line: «AsylG — Закон об убежище», "AsylG – Asylgesetz"
    (re.compile(r"(?<=\S) ([—–])(?= )"), rf"{NB}\1"),
    # an EU court's case number: "C-238/19", "C-472/13"
    (re.compile(r"\b([CTF])-(?=\d{1,4}/\d{2}\b)"), rf"\1{NO_BREAK_HYPHEN}"),
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
