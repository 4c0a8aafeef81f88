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
    # inside a bracket, a dash: never "(§ 4 AsylG (Asylum Act))" (translator review)
    (["protection (see the BAMF's reply) and the VG"],
     ["protection (see the BAMF – Federal Office's reply) and the VG (Administrative Court)"]),
    (["refused (§ 4 VG), then VG"], ["refused (§ 4 VG – Administrative Court), then VG"]),
    (["Art. 13(1) BAMF"], ["Art. 13(1) BAMF (Federal Office)"]),
])
def test_first_use_only(texts: list[str], expected: list[str]) -> None:
    expand = FirstUse("en", TABLE)
    assert [expand(t) for t in texts] == expected


def test_inside_a_bracket_russian_takes_its_own_dash() -> None:
    expand = FirstUse("ru", {"ru": {"AsylG": "Закон об убежище Германии"}})
    assert expand("защита (§ 4 AsylG)") == "защита (§ 4 AsylG — Закон об убежище Германии)"


def test_unknown_language_changes_nothing() -> None:
    assert FirstUse("fr", TABLE)("BAMF") == "BAMF"


def test_shipped_table_covers_every_sheet_language() -> None:
    table = load_abbreviations()
    assert {"en", "ru", "de"} <= set(table)
    assert all(table[lang].get("BAMF") for lang in ("en", "ru", "de"))


def test_the_cached_table_is_the_file_and_follows_an_edit(tmp_path) -> None:
    import shutil

    from app.paths import resource

    path = shutil.copy(resource("sheet", "abbreviations.yaml"), tmp_path / "abbreviations.yaml")
    assert load_abbreviations(path, cached=True) == load_abbreviations(path)
    load_abbreviations.cache_clear()  # a new process: only the cache folder remembers
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("BAMF:", "BAMFX: Edited office\n  BAMF:", 1), encoding="utf-8")
    assert load_abbreviations(path, cached=True)["en"]["BAMFX"] == "Edited office"


def test_a_damaged_cached_table_is_not_trusted(tmp_path) -> None:
    from pathlib import Path

    from app.paths import resource
    from app.render import abbreviations
    from app.userdata import cache

    path = Path(resource("sheet", "abbreviations.yaml"))
    key = cache.stamps(path.resolve(), Path(abbreviations.__file__), contents=True)
    cache.write("abbreviations.json", key, {"en": {"BAMF": ["not", "a", "word"]}})
    load_abbreviations.cache_clear()
    assert load_abbreviations(cached=True) == load_abbreviations()
    load_abbreviations.cache_clear()
