"""A hit compares and prints by what it is, not by how its snippet is cut (app.store.hit)."""

from __future__ import annotations

import pytest

from app.store.hit import Hit


def test_hits_are_equal_by_every_field_but_how_the_snippet_is_cut() -> None:
    a = Hit("term", "deserter", "Deserter", "cut now", "en", -2.5)
    assert a == Hit("term", "deserter", "Deserter", lambda: "cut later", "en", -2.5, "bundled")
    assert a != Hit("term", "deserter", "Deserter", "cut now", "en", -2.4)
    assert a != Hit("term", "deserter", "Deserter", "cut now", "ru", -2.5)
    assert a != Hit("term", "deserter", "Deserter", "cut now", "en", -2.5, "import:1")
    assert a != ("term", "deserter", "Deserter", "en", -2.5, "bundled")


def test_a_hit_prints_without_its_cut_and_is_not_hashable() -> None:
    hit = Hit("law", "cnda-2023-07-20", "CNDA", lambda: "x", "de", -1e9, "bundled")
    assert repr(hit) == ("Hit(kind='law', id='cnda-2023-07-20', title='CNDA', lang='de', score=-1000000000.0, "
                         "origin='bundled')")
    with pytest.raises(TypeError):
        hash(hit)


def test_the_snippet_is_cut_once_when_first_read() -> None:
    calls = []
    hit = Hit("term", "x", "X", lambda: calls.append(1) or "snippet", "en", 0.0)
    assert calls == []
    assert hit.snippet == hit.snippet == "snippet" and calls == [1]
    assert not hit.imported and Hit("term", "x", "X", "", "en", 0.0, "import:3").imported
