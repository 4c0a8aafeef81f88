"""The sheet's printed words, per language: its part of the one catalogue of renderer words
(resources/sheet/labels.yaml, read and checked by app/render/labels.py)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from app.langs import LANGUAGES
from app.render.labels import SHEET, load_catalogue, read_words

SHEET_LANGUAGES = LANGUAGES


@lru_cache(maxsize=4)
def load_labels(path: Path | None = None) -> Mapping[str, Mapping[str, str]]:
    """The sheet's keys in every language; raises ValueError naming what a file lacks.
    `load_labels.__wrapped__(path)` reads the file afresh: how an edition's is checked before
    it is built or installed."""
    catalogue = read_words(path) if path else load_catalogue()
    return {lang: {key: catalogue[lang][key] for key in SHEET} for lang in SHEET_LANGUAGES}
