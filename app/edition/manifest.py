"""The manifest of a content edition (`edition.json`): what it is, who made it, what it holds.

Plain standard library on purpose: the app reads the installed edition's manifest at every
start (app/edition/active.py), before anything heavy is imported.

The manifest is serialized canonically (sorted keys, fixed indentation, UTF-8, one final
newline) and parsed strictly: an unknown key, a wrong type or a path outside the folders an
edition may replace is refused, so two readers can never disagree about what it says.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from app.edition.errors import NotAnEdition
from app.langs import LANGUAGES

FORMAT = 1
MANIFEST_NAME = "edition.json"
CHANGELOG_LANGUAGES = LANGUAGES

# What an edition holds, relative to resources/: the authored guidebook, nothing the app's
# code or its look depends on (fonts, icons, compiled UI translations, the sheet's HTML and
# CSS) and never the trusted keys.
EDITION_PREFIXES = ("content/", "wizard/")
EDITION_FILES = ("sheet/labels.yaml", "sheet/abbreviations.yaml", "sheet/sensitive-words.yaml",
                 "i18n/termbase.yaml")
REQUIRED_FILES = ("content/manifest.yaml", "wizard/wizard.yaml", *EDITION_FILES)

_PATH_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")
_VERSION = re.compile(r"^\d+(?:\.\d+){0,3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,79}$")
_KEYS = {"format", "id", "version", "date", "publisher", "min_app_version", "changelog",
         "content_version", "files"}


def is_edition_path(name: str) -> bool:
    """True for a relative POSIX path an edition may carry (no '..', no hidden files)."""
    if not isinstance(name, str) or len(name) > 200 or "\\" in name or name.startswith("/"):
        return False
    parts = name.split("/")
    if not all(_PATH_PART.match(p) for p in parts) or len(parts) > 6:
        return False
    return name in EDITION_FILES or any(name.startswith(p) and len(parts) >= 2 for p in EDITION_PREFIXES)


def version_key(text: str) -> tuple[int, ...]:
    """'2026.11.2' -> (2026, 11, 2, 0); '0.1.0.dev1' -> (0, 1, 0, 0): leading numbers only,
    padded so that '2026.11' == '2026.11.0'."""
    m = re.match(r"^\d+(?:\.\d+)*", str(text).strip())
    numbers = tuple(int(n) for n in m.group(0).split(".")) if m else (0,)
    return (numbers + (0, 0, 0, 0))[:4]


def is_version(text: str) -> bool:
    return bool(_VERSION.match(str(text)))


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    date: str              # YYYY-MM-DD: the edition's date (staleness is counted from it)
    publisher: str
    min_app_version: str
    changelog: Mapping[str, str]
    content_version: str   # app.content.version.content_version of its content/ (+ termbase)
    files: Mapping[str, FileEntry] = field(default_factory=dict)
    format: int = FORMAT

    def changelog_in(self, lang: str) -> str:
        """The changelog in `lang`, else in English ('' when there is none)."""
        return self.changelog.get(lang) or self.changelog.get("en", "")

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format, "id": self.id, "version": self.version, "date": self.date,
            "publisher": self.publisher, "min_app_version": self.min_app_version,
            "changelog": dict(self.changelog), "content_version": self.content_version,
            "files": {k: {"sha256": v.sha256, "size": v.size} for k, v in sorted(self.files.items())},
        }

    def to_bytes(self) -> bytes:
        """The canonical form: the same manifest always gives the same bytes."""
        return (json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        def bad(why: str) -> NotAnEdition:
            return NotAnEdition(f"The edition's manifest is not valid: {why}.")

        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise bad(f"not JSON ({exc})") from None
        if not isinstance(raw, dict):
            raise bad("not a mapping")
        if raw.get("format") != FORMAT:
            raise NotAnEdition(f"This edition file has format {raw.get('format')!r}; this app reads format {FORMAT}. "
                               "A newer app may read it.")
        if set(raw) != _KEYS:
            raise bad(f"unexpected or missing keys {sorted(set(raw) ^ _KEYS)}")
        for key in ("id", "version", "date", "publisher", "min_app_version", "content_version"):
            if not isinstance(raw[key], str) or not raw[key].strip():
                raise bad(f"'{key}' must be a non-empty text")
        if not _ID.match(raw["id"]):
            raise bad("'id' may hold letters, digits and . _ + - only")
        for key in ("version", "min_app_version"):
            if not is_version(raw[key]):
                raise bad(f"'{key}' must look like 2026.12.1")
        if not _DATE.match(raw["date"]):
            raise bad("'date' must be YYYY-MM-DD")
        log = raw["changelog"]
        if (not isinstance(log, dict) or set(log) - set(CHANGELOG_LANGUAGES)
                or not all(isinstance(v, str) for v in log.values()) or not str(log.get("en", "")).strip()):
            raise bad("'changelog' must map en (required), ru and de to texts")
        files = raw["files"]
        if not isinstance(files, dict) or not files:
            raise bad("'files' must list the edition's files")
        entries: dict[str, FileEntry] = {}
        for name, entry in files.items():
            if not is_edition_path(name):
                raise bad(f"the path {name!r} is not one an edition may carry")
            if (not isinstance(entry, dict) or set(entry) != {"sha256", "size"}
                    or not isinstance(entry["sha256"], str) or not _HEX64.match(entry["sha256"])
                    or not isinstance(entry["size"], int) or isinstance(entry["size"], bool) or entry["size"] < 0):
                raise bad(f"the entry for {name} must give its sha256 and size")
            entries[name] = FileEntry(entry["sha256"], entry["size"])
        missing = [f for f in REQUIRED_FILES if f not in entries]
        if missing:
            raise bad(f"required file(s) missing: {', '.join(missing)}")
        manifest = cls(id=raw["id"], version=raw["version"], date=raw["date"], publisher=raw["publisher"].strip(),
                       min_app_version=raw["min_app_version"],
                       changelog=MappingProxyType({k: v.strip() for k, v in log.items() if v.strip()}),
                       content_version=raw["content_version"], files=MappingProxyType(entries))
        if manifest.to_bytes() != data:
            raise bad("it is not in canonical form")
        return manifest
