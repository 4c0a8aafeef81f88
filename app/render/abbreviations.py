"""Spell out abbreviations on their first use on a sheet or a page (BAMF, BMI, CNDA ...).

A client reads the sheet alone, at home, and a page may be the first one a reader opens: "BAMF" means nothing until it has been said once
in full. The long forms live in resources/sheet/abbreviations.yaml per sheet language;
this module only knows the rule: the first occurrence in reading order becomes
"BAMF (long form)", later ones stay short. The abbreviation keeps its place in the
sentence, so Russian and German case endings stay right; a bracket that already follows
it takes the long form in ("CNDA (long form; 20 July 2023)"), and inside a bracket the long
form follows a dash ("(§ 4 AsylG – Asylum Act)"), never a bracket within a bracket. Texts must
be fed in the order they are printed.

A sheet reads the table through the cache folder (app/userdata/cache.py), keyed by the file's
bytes: printing then imports no YAML library (#19, the session's memory). The edition
checks read the file itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from app import paths

_CACHE = "abbreviations.json"


def _table(data: object) -> bool:
    return isinstance(data, dict) and all(
        isinstance(forms, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in forms.items())
        for forms in data.values())


def _read(path: Path) -> dict[str, dict[str, str]]:
    from app import yaml_text

    data = yaml_text.load(Path(path).read_text(encoding="utf-8")) or {}
    if not _table(data):
        raise ValueError(f"{Path(path).name}: must map each language to {{ABBREVIATION: long form}}")
    return data  # type: ignore[no-any-return]


@lru_cache(maxsize=2)
def load_abbreviations(path: Path | None = None, *, cached: bool = False) -> Mapping[str, Mapping[str, str]]:
    """The long forms per language; `cached`: through the cache folder (see the module's docstring)."""
    path = Path(path or paths.resource("sheet", "abbreviations.yaml"))
    if not cached:
        return _read(path)
    from app.userdata import cache

    key = cache.stamps(path.resolve(), Path(__file__), contents=True)
    return cache.remembered(_CACHE, key, lambda: _read(path), _table)


class FirstUse:
    """Stateful expander for one sheet: call it on each text in printing order."""

    def __init__(self, lang: str, table: Mapping[str, Mapping[str, str]] | None = None) -> None:
        forms = (table if table is not None else load_abbreviations()).get(lang, {})
        self._dash = "—" if lang == "ru" else "–"  # the spaced dash each language writes
        self._long = dict(forms)
        self._pending = set(forms)
        # longest first, so "OVG" is not taken for "VG"; whole words only, never inside a URL or id
        keys = sorted(forms, key=len, reverse=True)
        self._re = (re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, keys)) + r")(?![\w/-])( \()?")
                    if keys else None)

    def __call__(self, text: str) -> str:
        if not self._re or not self._pending:
            return text

        def swap(m: re.Match[str]) -> str:
            key, bracket = m.group(1), m.group(2)
            if key not in self._pending:
                return m.group(0)
            text_ = m.string
            if m.start() > 0 and text_[m.start() - 1] == "(" and text_[m.start() + len(key):].startswith(")"):
                self._pending.discard(key)  # "long form (BMI)": the text spelled it out already
                return m.group(0)
            self._pending.discard(key)
            if bracket:
                return f"{key} ({self._long[key]}; "
            before = text_[:m.start()]
            if before.count("(") > before.count(")"):  # inside a bracket: no bracket within it
                return f"{key} {self._dash} {self._long[key]}"
            return f"{key} ({self._long[key]})"

        return self._re.sub(swap, text)
