"""Printed words of the sheet, per language, from resources/sheet/labels.yaml (strict)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import yaml

from app import paths
from app.langs import LANGUAGES

REQUIRED = {
    "title", "subtitle", "prepared_for", "printed", "content", "as_of", "situation", "category", "why",
    "circumstances", "helps", "risks", "evidence", "next_steps", "laws", "superseded", "replaced_by",
    "in_force_from", "terms", "note", "source", "report_line", "disclaimer", "page_note",
    "dates", "prominent", "situation_hint", "continued",
    "safe_title", "safe_intro", "safe_item_1", "safe_item_2", "safe_item_3", "safe_item_4", "safe_disclaimer",
}
SHEET_LANGUAGES = LANGUAGES


@lru_cache(maxsize=4)
def load_labels(path: Path | None = None) -> Mapping[str, Mapping[str, str]]:
    path = path or paths.resource("sheet", "labels.yaml")
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    for lang in SHEET_LANGUAGES:
        got = set((data or {}).get(lang, {}))
        if got != REQUIRED:
            raise ValueError(f"labels.yaml [{lang}]: missing {sorted(REQUIRED - got)}, unknown {sorted(got - REQUIRED)}")
    return data
