"""Settings the counsellor changes on purpose: language, zoom, window layout, organisation.

Two copies of the app may share one data folder, so a window writes only the settings it
changed, merged into what is on disk at that moment under a lock file; another window's
newer language or organisation is never overwritten with a stale copy. Every value is
checked on reading: a hand-edited or damaged value falls back to its default with a notice
instead of stopping the window from opening.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app import paths
from app.langs import LANGUAGES
from app.paper import PAGE_SIZE_NAMES
from app.userdata.atomic import make_private_dir, read_json, write_json


class Settings:
    """The values, each with its default. A plain class, not a dataclass: making the dataclass
    was 0.8% of the instructions to the window's first paint, with the dataclasses module (#19)."""

    ui_lang: str = "en"
    content_lang: str = "en"
    zoom: int = 0          # reader font steps relative to the default
    sheet_lang: str = "ru"
    page_size: str = "A4"
    geometry: str = ""      # base64 of QMainWindow.saveGeometry()
    side_by_side: bool = False  # the page in a second language beside the reader
    side_lang: str = "ru"
    stale_after_months: int = 12  # the status bar says politely when the content is older
    # the counselling organisation, printed at the foot of every full sheet (never required,
    # never on the safe sheet): name, phone, address and one free line
    organisation: dict[str, str]

    def __init__(self, **values: Any) -> None:
        unknown = set(values) - set(NAMES)
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        self.organisation = {}
        for name, value in values.items():
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in NAMES}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in self.as_dict().items())})"


NAMES: tuple[str, ...] = tuple(Settings.__annotations__)  # every setting, in the file's order

_CHOICES: dict[str, tuple[str, ...]] = {
    "ui_lang": LANGUAGES, "content_lang": LANGUAGES, "sheet_lang": LANGUAGES, "side_lang": LANGUAGES,
    "page_size": PAGE_SIZE_NAMES,
}
_ZOOM_RANGE = range(-4, 13)
_MONTHS_RANGE = range(1, 121)


def settings_path() -> Path:
    return paths.user_data_dir() / "settings.json"


def _valid(name: str, value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        if name == "zoom":
            return value in _ZOOM_RANGE
        if name == "stale_after_months":
            return value in _MONTHS_RANGE
        return True
    if isinstance(default, str):
        return isinstance(value, str) and (name not in _CHOICES or value in _CHOICES[name])
    if isinstance(default, dict):
        return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    return False


def parse_settings(data: Any) -> tuple[Settings, list[str]]:
    """Settings from a loaded JSON value, and the names of the values that were ignored."""
    defaults = Settings()
    values: dict[str, Any] = {}
    ignored: list[str] = []
    for name in NAMES:
        if not isinstance(data, dict) or name not in data:
            continue
        if _valid(name, data[name], getattr(defaults, name)):
            values[name] = data[name]
        else:
            ignored.append(name)
    return Settings(**values), ignored


def load_settings() -> tuple[Settings, str | None]:
    data, problem = read_json(settings_path(), {})
    if not isinstance(data, dict):
        data, problem = {}, problem or "settings.json did not hold settings; the defaults are used."
    settings, ignored = parse_settings(data)
    if ignored and not problem:
        problem = (f"settings.json had values the app cannot use ({', '.join(ignored)}); "
                   "their defaults are used.")
    return settings, problem


def save_settings(settings: Settings, changed: Iterable[str] | None = None) -> Settings:
    """Write `changed` fields (all when None) into the settings on disk, under a lock so two
    windows on one data folder merge instead of overwriting each other. Returns what is now
    on disk. Raises OSError when the file cannot be written (the caller says so)."""
    from app.userdata.file_lock import writing

    path = settings_path()
    make_private_dir(path.parent)
    with writing(path, "settings"):
        names = list(NAMES) if changed is None else list(changed)
        data, _problem = read_json(path, {}) if path.exists() else ({}, None)
        on_disk, _ignored = parse_settings(data)
        for name in names:
            setattr(on_disk, name, getattr(settings, name))
        write_json(path, on_disk.as_dict())
    return on_disk
