"""Every word the pure renderers print, in every language: one catalogue, resources/sheet/labels.yaml.

The sheet, the outcome of the assessment on screen and the reader's pages all take their
headings from it, so a heading is translated once and reads the same on screen and on paper
(the outcome on screen uses the sheet's own words for the headings the two share). The Qt
translations (.ts) hold only the widgets' words: a pane of the side-by-side view speaks its
own language, whatever the interface's, by asking for that language here.

Keys: the sheet's words are bare (`why`); words only the screen uses carry their place
(`outcome.read_more`, `page.source`, `page.law_kind.statute`). Placeholders are `{name}`
and are the same in every language.

The file travels with content editions. An edition made for an older app may lack the
screen's keys: those words then come from the catalogue bundled with the app, so a page never
shows a key or an empty heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from app import paths
from app.langs import LANGUAGES
from app.userdata import cache

SHEET = frozenset({
    "title", "subtitle", "prepared_for", "printed", "content", "as_of", "situation", "category", "why",
    "circumstances", "helps", "risks", "evidence", "next_steps", "laws", "superseded", "replaced_by",
    "in_force_from", "terms", "note", "source", "report_line", "disclaimer", "page_note",
    "dates", "prominent", "situation_hint", "continued",
    "safe_title", "safe_intro", "safe_item_1", "safe_item_2", "safe_item_3", "safe_item_4", "safe_disclaimer",
})
OUTCOME = frozenset(f"outcome.{k}" for k in ("assessment", "read_more", "sections", "terms", "disclaimer"))
PAGE = frozenset(f"page.{k}" for k in (
    "source", "as_of", "not_translated", "imported", "from_report", "imported_file", "equivalents", "also_typed",
    "related", "used_in", "terms", "laws", "citation", "kind", "jurisdiction", "date", "validity", "until",
    "superseded", "verify", "why_it_matters", "summary", "sources", "edition",
    *(f"law_kind.{kind}" for kind in ("statute", "eu-directive", "eu-regulation", "court-decision",
                                      "authority-decision", "government-statement", "resolution", "decree",
                                      "treaty")),
))
KEYS = SHEET | OUTCOME | PAGE
PLACEHOLDER = r"\{(\w*)\}"  # compiled when a catalogue is checked (re caches it), not at start

Catalogue = Mapping[str, Mapping[str, str]]


@lru_cache(maxsize=1)
def _loader() -> Any:
    """A YAML loader that refuses a key written twice (it would silently lose one translation).
    Made on first use: YAML is imported only when a catalogue is really read (see cached_words)."""
    import yaml

    from app import yaml_text

    class UniqueKeys(yaml_text.SafeLoader):  # type: ignore[misc,valid-type]
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _value in node.value:
                key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
                if key in seen:
                    raise ValueError(f"{key!r} is given twice (line {key_node.start_mark.line + 1})")
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return UniqueKeys


def bundled_path() -> Path:
    return paths.resources_dir() / "sheet" / "labels.yaml"


def read_catalogue(path: Path, required: Iterable[str] = KEYS) -> dict[str, dict[str, str]]:
    """The file at `path`, checked: every language with every `required` key, no unknown key,
    every word a non-empty string with the English word's placeholders. Uncached."""
    import yaml

    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_loader())
    name = Path(path).name
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected one block per language ({', '.join(LANGUAGES)})")
    required = frozenset(required)
    out: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        words = data.get(lang)
        if not isinstance(words, dict):
            raise ValueError(f"{name} [{lang}]: the language's block is missing")
        got = set(words)
        if not required <= got or not got <= KEYS:
            raise ValueError(f"{name} [{lang}]: missing {sorted(required - got)}, unknown {sorted(got - KEYS)}")
        for key, text in words.items():
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"{name} [{lang}] {key}: expected text")
        out[lang] = dict(words)
    for key in out["en"]:
        expected = sorted(re.findall(PLACEHOLDER, out["en"][key]))
        for lang, words in out.items():
            if key in words and sorted(re.findall(PLACEHOLDER, words[key])) != expected:
                raise ValueError(f"{name} [{lang}] {key}: placeholders {expected} expected")
    return out


def read_words(path: Path) -> Catalogue:
    """The words the file at `path` gives, over the bundled ones (an edition's file must carry
    the sheet's words; the screen's, if it lacks them, are the app's). The file is read now."""
    if Path(path) == bundled_path():
        return read_catalogue(path)
    own = read_catalogue(path, required=SHEET)
    base = cached_words(bundled_path())
    return {lang: {**base[lang], **own[lang]} for lang in LANGUAGES}


@lru_cache(maxsize=4)
def cached_words(path: Path) -> Catalogue:
    """Read once per file (app.edition.active.clear_content_caches may forget them all).

    The first page the window draws needs these words. Reading the YAML means importing the
    YAML library first (~10 ms of every start, #19), so the checked words are also kept as JSON
    in the user's cache folder, keyed by the file, its size and time and this app's version
    and keys; a start then reads that. Anything wrong with the cached copy: the YAML is read."""
    return cache.remembered(_CACHE, _cache_key(path), lambda: read_words(path), _whole)


_CACHE = "labels.json"


def _cache_key(path: Path) -> list[Any]:
    return [*cache.stamps(Path(path).resolve(), bundled_path(), Path(__file__)), sorted(KEYS)]


def _whole(words: Any) -> bool:
    """A cached copy with every language and every key (a copy made by an older app may lack some)."""
    return isinstance(words, dict) and set(words) == set(LANGUAGES) and \
        all(isinstance(w, dict) and set(w) >= KEYS for w in words.values())


def load_catalogue(path: Path | None = None) -> Catalogue:
    """The words in use: the installed edition's file over the bundled one. Read once per
    file; an edition installed or rolled back is another file, so it is read afresh."""
    return cached_words(Path(path) if path else paths.resource("sheet", "labels.yaml"))


def words_for(lang: str, group: str, fields: Iterable[str], path: Path | None = None) -> dict[str, str]:
    """`fields` of `group` ("page", "outcome") in `lang`: the group's own word where it has
    one, else the sheet's word for the same heading. KeyError for a field neither has."""
    words = load_catalogue(path)[lang]
    return {f: words[f"{group}.{f}"] if f"{group}.{f}" in words else words[f] for f in fields}


def with_prefix(lang: str, prefix: str, path: Path | None = None) -> dict[str, str]:
    """Every word whose key starts with `prefix`, keyed by the rest: 'page.law_kind.' -> {'statute': …}."""
    return {k[len(prefix):]: v for k, v in load_catalogue(path)[lang].items() if k.startswith(prefix)}


def english(group: str, key: str) -> Any:
    """A label field's default: the catalogue's English word, so English is written once."""
    from dataclasses import field  # (the outcome's labels: not imported at the window's start)

    return field(default_factory=lambda: words_for("en", group, (key,))[key])
