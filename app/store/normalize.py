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


# "what is a deserter?" should find the definition of "deserter": strip the question around a name.
_QUESTION = re.compile(
    r"^(?:what(?:'s| is| are| does)?|who(?:'s| is| are)?|define|definition of|meaning of|"
    r"что так(?:ое|ой|ая|ие)|кто так(?:ой|ая|ие)|что значит|что означает|определение|"
    r"was (?:ist|sind|bedeutet|heißt)|wer ist|definition von)\s+(?:an?\s+|the\s+|ein(?:e|en)?\s+|der\s+|die\s+|das\s+)?",
    re.IGNORECASE)
_TRAILING = re.compile(r"\s*(?:mean|means|bedeutet)?\s*[?!.]*$", re.IGNORECASE)


def strip_question(text: str) -> str:
    """'What is a draft evader?' -> 'draft evader'; text that is no question comes back unchanged."""
    stripped = _QUESTION.sub("", text.strip(), count=1)
    return _TRAILING.sub("", stripped).strip()
