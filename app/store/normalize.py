"""Normalisation shared by the store builder and the search: one definition of 'same word'."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalize_name(text: str) -> str:
    """Casefold, fold ё to е, drop accents (й folds to и, as the FTS tokenizer does), collapse spaces: 'Dublin  III' == 'dublin iii'."""
    text = text.casefold().replace("ё", "е")
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", kept)
    text = re.sub(r"[\"'«»„“”‚‘’()\[\]]", "", text)
    return _SPACE.sub(" ", text).strip()
