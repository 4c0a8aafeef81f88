"""Normalisation shared by the store builder and the search: one definition of 'same word'.

Everything here runs on what a person typed (on every keystroke, on the window's thread), so
every step is linear in the length of the text: no regular expression here can backtrack
(no quantifier next to another that can match the same characters), and the question
words at the end are taken off with string operations.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalize_name(text: str) -> str:
    """Casefold, fold ё to е, drop accents (й folds to и, as the FTS tokenizer does), collapse
    spaces: 'Dublin  III' == 'dublin iii'."""
    text = text.casefold().replace("ё", "е")
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", kept)
    text = re.sub(r"[\"'«»„“”‚‘’()\[\]]", "", text)
    return _SPACE.sub(" ", text).strip()


# "what is a deserter?" should find the definition of "deserter": strip the question around a name.
# Anchored at the start; `\s+` is followed by a letter or the end, so it never backtracks.
_QUESTION = re.compile(
    r"^(?:what(?:'s| is| are| does)?|who(?:'s| is| are)?|define|definition of|meaning of|"
    r"что так(?:ое|ой|ая|ие)|кто так(?:ой|ая|ие)|что значит|что означает|определение|"
    r"was (?:ist|sind|bedeutet|heißt)|wer ist|definition von)"
    r"\s+(?:an?\s+|the\s+|ein(?:e|en)?\s+|der\s+|die\s+|das\s+)?",
    re.IGNORECASE)
# Taken off the end ("… mean?", "… bedeutet?"): what the expression
# \s*(?:mean|means|bedeutet)?\s*[?!.]*$ matched, without the regex (it backtracked
# cubically on a long run of spaces: 'a' + 3000 spaces + 'b' took minutes).
_TRAILING_WORDS = ("bedeutet", "means", "mean")
_TRAILING_MARKS = "?!."


def _strip_trailing(text: str) -> str:
    core = text.rstrip(_TRAILING_MARKS).rstrip()
    for word in _TRAILING_WORDS:
        if core[-len(word):].casefold() == word:
            return core[:-len(word)].rstrip()
    return core


def strip_question(text: str) -> str:
    """'What is a draft evader?' -> 'draft evader'; text that is no question comes back unchanged."""
    stripped = _QUESTION.sub("", text.strip(), count=1)
    return _strip_trailing(stripped).strip()
