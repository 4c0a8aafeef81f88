"""Settings: two windows merge their changes; a damaged value falls back to its default."""

from __future__ import annotations

import json

from app.userdata.settings import load_settings, save_settings, settings_path


def test_two_windows_keep_each_others_changes() -> None:
    first, _ = load_settings()
    second, _ = load_settings()
    first.organisation = {"name": "Counselling Centre Tbilisi"}
    save_settings(first, ["organisation"])
    second.zoom = 3  # the second window's copy still has no organisation
    save_settings(second, ["zoom"])
    on_disk, problem = load_settings()
    assert problem is None
    assert on_disk.organisation == {"name": "Counselling Centre Tbilisi"} and on_disk.zoom == 3


def test_a_wrong_typed_value_falls_back_to_its_default_with_a_notice() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"zoom": "big", "ui_lang": "fr", "sheet_lang": "de", "organisation": ["x"],
                                "side_by_side": "yes"}), encoding="utf-8")
    settings, problem = load_settings()
    assert settings.zoom == 0 and settings.ui_lang == "en" and settings.organisation == {}
    assert settings.side_by_side is False
    assert settings.sheet_lang == "de"  # the good value is kept
    assert problem and "zoom" in problem and "ui_lang" in problem and "defaults are used" in problem


def test_a_file_that_is_not_an_object_is_ignored() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[1, 2]", encoding="utf-8")
    settings, problem = load_settings()
    assert settings.zoom == 0 and problem
