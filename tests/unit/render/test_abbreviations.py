"""Abbreviations are spelled out once, where the reader first meets them, in any language."""

from __future__ import annotations

import pytest

from app.render.abbreviations import FirstUse, load_abbreviations

TABLE = {"en": {"BAMF": "Federal Office", "VG": "Administrative Court", "OVG": "Higher Administrative Court"}}


@pytest.mark.parametrize(("texts", "expected"), [
    (["The BAMF decided.", "The BAMF appealed."], ["The BAMF (Federal Office) decided.", "The BAMF appealed."]),
    (["OVG Berlin and VG Halle"], ["OVG (Higher Administrative Court) Berlin and VG (Administrative Court) Halle"]),
    (["[BAMF](guide://term/bamf)"], ["[BAMF (Federal Office)](guide://term/bamf)"]),
    (["see guide://term/BAMF-x"], ["see guide://term/BAMF-x"]),
    (["BAMF (29 September 2023)"], ["BAMF (Federal Office; 29 September 2023)"]),
    (["BAMFX and XBAMF"], ["BAMFX and XBAMF"]),
    (["the Federal Office (BAMF) and the BAMF"], ["the Federal Office (BAMF) and the BAMF"]),
])
def test_first_use_only(texts: list[str], expected: list[str]) -> None:
    expand = FirstUse("en", TABLE)
    assert [expand(t) for t in texts] == expected


def test_unknown_language_changes_nothing() -> None:
    assert FirstUse("fr", TABLE)("BAMF") == "BAMF"


def test_shipped_table_covers_every_sheet_language() -> None:
    table = load_abbreviations()
    assert {"en", "ru", "de"} <= set(table)
    assert all(table[lang].get("BAMF") for lang in ("en", "ru", "de"))
