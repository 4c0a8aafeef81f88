"""Typed content records.

Texts are kept per language in a `Localized` mapping so one record carries its
English, Russian and German versions side by side; the UI and store pick one language
and fall back to English explicitly (never to an empty string).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.langs import LANGUAGES as LANGUAGES  # re-exported: the one list
from app.records import KINDS  # noqa: E402, F401  (re-exported: the one list)

REQUIRED_LANGUAGES: tuple[str, ...] = ("en", "ru")


@dataclass(frozen=True)
class Localized:
    """A text in several languages. `get` falls back to English and says so."""

    values: Mapping[str, str]

    def get(self, lang: str) -> tuple[str, bool]:
        """Return (text, is_fallback). is_fallback is True when English stands in."""
        text = self.values.get(lang)
        if text:
            return text, False
        return self.values.get("en", ""), lang != "en"

    def text(self, lang: str) -> str:
        return self.get(lang)[0]

    def has(self, lang: str) -> bool:
        return bool(self.values.get(lang))


def localized(values: Mapping[str, str]) -> Localized:
    return Localized(MappingProxyType(dict(values)))


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    subtitle: str | None
    publisher: str
    date: str | None
    url: str | None
    note: str | None
    local: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # lang -> title/subtitle/publisher


@dataclass(frozen=True)
class Section:
    id: str
    title: Localized
    body: Localized
    order: int
    parent: str | None
    source_heading: str
    as_of: str
    terms: tuple[str, ...]
    laws: tuple[str, ...]
    sources: tuple[str, ...]
    path: str  # the English file, for error messages and provenance
    source_gloss: Mapping[str, str] = field(default_factory=dict)  # lang -> translation of source_heading


@dataclass(frozen=True)
class Term:
    id: str
    term: Localized
    aliases: Mapping[str, tuple[str, ...]]
    definition: Localized
    related: tuple[str, ...]
    sections: tuple[str, ...]
    sources: tuple[str, ...]
    instrument: str | None = None  # the legal reference this term names (its validity shows on the term)


@dataclass(frozen=True)
class Law:
    id: str
    citation: Localized
    short: Localized | None  # the citation as printed on a sheet, where a line counts; None: the citation
    title: Localized
    kind: str
    jurisdiction: str
    date: str | None
    valid_from: str | None
    valid_until: str | None
    superseded_by: str | None
    summary: Localized
    relevance: Localized
    validity_note: Localized | None
    verify_note: Localized | None
    sections: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    """Everything shipped, validated, with lookups by id."""

    sources: Mapping[str, Source]
    sections: Mapping[str, Section]
    terms: Mapping[str, Term]
    laws: Mapping[str, Law]
    version: str
    as_of: str
    extra: Mapping[str, object] = field(default_factory=dict)

    def ordered_sections(self) -> list[Section]:
        return sorted(self.sections.values(), key=lambda s: s.order)

    def sections_citing(self, kind: str, record_id: str) -> list[Section]:
        attr = {"term": "terms", "law": "laws"}[kind]
        return [s for s in self.ordered_sections() if record_id in getattr(s, attr)]
