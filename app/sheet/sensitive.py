"""Words a safe sheet must never carry (resources/sheet/sensitive-words.yaml).

One list serves two jobs: the tests prove the safe variant free of them for every outcome
and language, and the assessment window warns when a counsellor's note — printed as
typed — contains one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from app import paths


@lru_cache(maxsize=2)
def load_sensitive_words(path: Path | None = None) -> Mapping[str, tuple[str, ...]]:
    from app import yaml_text  # PyYAML only when a note is checked: the assessment window opens without it

    path = path or paths.resource("sheet", "sensitive-words.yaml")
    data = yaml_text.load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                             for v in data.values()):
        raise ValueError(f"{Path(path).name}: must map each language to a list of words")
    return {lang: tuple(words) for lang, words in data.items()}


def find_sensitive(text: str) -> list[str]:
    """The words of `text` that begin with a sensitive stem, in any language, in text order."""
    if not text.strip():
        return []  # the empty note of a new assessment: nothing to read the list for
    stems = sorted({w.lower() for words in load_sensitive_words().values() for w in words}, key=len, reverse=True)
    if not stems:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, stems)) + r")[\w-]*", re.IGNORECASE)
    seen: dict[str, None] = {}
    for m in pattern.finditer(text):
        seen.setdefault(m.group(0), None)
    return list(seen)
