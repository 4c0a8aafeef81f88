"""Conventions that differ by language, defined once: quotation marks and how a date is
written for a reader. A Russian or German client reads «…» / „…“ and 01.07.2026; an ISO
date or English quotes on their page look foreign and are misread."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "ru", "de")  # English is the master text
NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "de": "Deutsch"}  # each in its own language

QUOTES: dict[str, tuple[str, str]] = {"en": ("“", "”"), "ru": ("«", "»"), "de": ("„", "“")}


def quote(text: str, lang: str) -> str:
    left, right = QUOTES.get(lang, QUOTES["en"])
    return f"{left}{text}{right}"


def local_date(iso: str, lang: str) -> str:
    """01.07.2026 for ru and de; ISO (2026-07-01) for en. Partial dates (2022-05) and
    anything that is not a date pass through unchanged."""
    parts = str(iso).split("-")
    if lang in ("ru", "de") and len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    return str(iso)
