"""Settings the counsellor changes on purpose: language, zoom, window layout."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app import paths
from app.userdata.atomic import read_json, write_json


@dataclass
class Settings:
    ui_lang: str = "en"
    content_lang: str = "en"
    zoom: int = 0          # reader font steps relative to the default
    sheet_lang: str = "ru"
    page_size: str = "A4"
    geometry: str = ""      # base64 of QMainWindow.saveGeometry()
    side_by_side: bool = False  # the page in a second language beside the reader
    side_lang: str = "ru"
    # the counselling organisation, printed at the foot of every full sheet (never required,
    # never on the safe sheet): name, phone, address and one free line
    organisation: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


def settings_path() -> Path:
    return paths.user_data_dir() / "settings.json"


def load_settings() -> tuple[Settings, str | None]:
    data, problem = read_json(settings_path(), {})
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in (data or {}).items() if k in known} if isinstance(data, dict) else {}
    try:
        return Settings(**values), problem
    except TypeError:
        return Settings(), problem


def save_settings(settings: Settings) -> None:
    write_json(settings_path(), asdict(settings))
