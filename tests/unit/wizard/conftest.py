"""Helpers for wizard tests: a tiny valid definition as data, written to a temp folder.

Tests break one thing in it at a time, so each failure names exactly one rule.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml


def _t(en: str, ru: str | None = None) -> dict[str, str]:
    return {"en": en, "ru": ru or f"ру: {en}", "de": f"de: {en}"}


MINIMAL: dict[str, Any] = {
    "meta": {
        "as_of": "2026-11-25", "report_as_of": "2024-02-20",
        "held_label": _t("You have"), "gather_label": _t("To gather"),
    },
    "questions": [
        {"id": "kind", "text": _t("Which kind?"), "why": _t("Because."),
         "options": [{"id": "a", "label": _t("A"), "reason": _t("You chose A.")},
                     {"id": "b", "label": _t("B"), "reason": _t("You chose B.")}]},
        {"id": "detail", "when": {"kind": ["a"]}, "text": _t("Which detail?"), "why": _t("Because."),
         "options": [{"id": "x", "label": _t("X")}, {"id": "y", "label": _t("Y")}],
         "reason": _t("Detail: {answer}.")},
    ],
    "outcomes": [
        {"id": "out-a", "when": {"kind": ["a"]}, "category": _t("A"), "summary": _t("About A."),
         "sections": ["differences"], "laws": ["asylg-3"]},
        {"id": "out-b", "when": {"kind": ["b"]}, "category": _t("B"), "summary": _t("About B."),
         "sections": ["dublin"], "laws": ["dublin-iii-regulation"]},
    ],
    "circumstances": [
        {"id": "note-x", "when": {"detail": ["x"]}, "title": _t("X"), "text": _t("X matters."),
         "sections": ["differences"]},
    ],
}


@pytest.fixture
def minimal() -> dict[str, Any]:
    """A fresh deep copy of the minimal definition, to break on purpose."""
    return copy.deepcopy(MINIMAL)


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(data) -> folder holding wizard.yaml (plus extra files given as name=data)."""

    def _write(data: dict[str, Any], **extra: dict[str, Any]) -> Path:
        folder = tmp_path / "wizard"
        folder.mkdir(exist_ok=True)
        (folder / "wizard.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        for name, more in extra.items():
            (folder / f"{name}.yaml").write_text(yaml.safe_dump(more, allow_unicode=True), encoding="utf-8")
        return folder

    return _write
