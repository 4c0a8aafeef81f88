"""What a report says about itself: title, publisher, date, language.

- title: a PDF's document information Title (unless it is a file name or a placeholder),
  else a heading that opens the document, else the HTML <title>, else the first line;
- publisher: a byline ("by Connection e.V.", "von …", "от …"), a "Publisher:" line, or
  the first registered association named near the top ("… e.V.");
- date: the first date near the top (else near the end, where citations go) written as
  "(20.02.2024)", "20 February 2024", "February 20, 2024", "2024-02-20" (also German and
  Russian month names), returned as an ISO date;
- language: ru when most letters are Cyrillic, de when German function words outnumber
  English ones, else en.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from app.importer.split import Outline, short_title
from app.langs import MONTHS

HEAD_CHARS = 3000
TAIL_CHARS = 1500

_MONTHS = {
    **{m.lower(): i + 1 for months in MONTHS.values() for i, m in enumerate(months)},
    **{m: i + 1 for i, m in enumerate(["январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                                        "август", "сентябрь", "октябрь", "ноябрь", "декабрь"])},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "jänner": 1,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DATE_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "m", "y")),
    (re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH_RE})\.?\s+(\d{{4}})\b", re.IGNORECASE), ("d", "M", "y")),
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE), ("M", "d", "y")),
)
_BYLINE = re.compile(r"^(?:by|von|от|published by|herausgegeben von|author|autor|автор)[\s:]+(.{2,100})$",
                     re.IGNORECASE)
_PUBLISHER_LINE = re.compile(r"^(?:publisher|published by|herausgeber|издатель|издание)\s*:\s*(.{2,100})$",
                             re.IGNORECASE | re.MULTILINE)
_EV = re.compile(r"\b((?:[A-Z][\w&-]*\s){1,3}e\.\s?V\.)")
_CYR = re.compile(r"[\u0400-\u04ff]")
_WORDS = re.compile(r"[^\W\d_]+")
_DE = frozenset({"der", "die", "das", "und", "nicht", "ist", "mit", "für", "auf", "den", "dem", "des", "ein",
                 "eine", "einer", "zu", "sich", "von", "wird", "werden", "sind", "auch", "nach", "bei", "aus",
                 "wie", "oder", "über", "dass"})
_EN = frozenset({"the", "and", "of", "to", "is", "in", "that", "for", "with", "are", "was", "were", "be", "this",
                 "from", "by", "on", "as", "have", "has", "not", "which", "or"})


@dataclass(frozen=True)
class Metadata:
    title: str
    subtitle: str
    publisher: str
    date: str        # ISO yyyy-mm-dd, '' when the report states none
    lang: str        # 'en', 'ru' or 'de'


def find_date(text: str) -> str:
    for region in (text[:HEAD_CHARS], text[-TAIL_CHARS:] if len(text) > HEAD_CHARS else ""):
        found: list[tuple[int, str]] = []
        for rx, order in _DATE_PATTERNS:
            for m in rx.finditer(region):
                iso = _iso(dict(zip(order, m.groups(), strict=True)))
                if iso:
                    found.append((m.start(), iso))
                    break
        if found:
            return min(found)[1]
    return ""


def _iso(parts: dict[str, str]) -> str:
    try:
        month = int(parts["m"]) if "m" in parts else _MONTHS[parts["M"].lower()]
        return _dt.date(int(parts["y"]), month, int(parts["d"])).isoformat()
    except (KeyError, ValueError):
        return ""


def find_publisher(text: str) -> str:
    head = text[:HEAD_CHARS]
    for line in head.splitlines()[:40]:
        m = _BYLINE.match(line.strip())
        if m:
            return _tidy(m.group(1))
    m = _PUBLISHER_LINE.search(head)
    if m:
        return _tidy(m.group(1))
    m = _EV.search(head)
    return _tidy(m.group(1)) if m else ""


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:-–—")
    name = re.sub(r"\s*\(?\d{1,2}\.\d{1,2}\.\d{4}\)?$", "", name)
    return name


def detect_lang(text: str) -> str:
    sample = text[:200_000]
    letters = sum(c.isalpha() for c in sample)
    if letters and len(_CYR.findall(sample)) > 0.5 * letters:
        return "ru"
    words = [w.lower() for w in _WORDS.findall(sample)]
    de = sum(w in _DE for w in words) + 2 * sum(c in "äöüß" for c in sample.lower())
    en = sum(w in _EN for w in words)
    return "de" if de > en else "en"


def detect(outline: Outline) -> Metadata:
    text = outline.text
    title = outline.doc_title or outline.first_heading or outline.html_title or short_title(text, 20)
    return Metadata(title=title[:200], subtitle=outline.subtitle, publisher=find_publisher(text),
                    date=find_date(text), lang=detect_lang(text))
