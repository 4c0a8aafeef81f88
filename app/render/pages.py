"""A store record -> the reader's HTML page (pure Python; the UI only displays it).

Every page says where it comes from and how old it is: the report heading it
summarises, the as-of date, a visible marker where English stands in for a missing
translation, and a warning on legal references that are no longer in force.

What a page holds and in which order is decided in a small view-model (`PageView`,
app/render/page_view.py); the markup is resources/templates/page.html, rendered with
autoescape, so every value is text unless it is stored HTML (Markdown rendered with raw HTML
disabled at build time), which is passed as `Markup` on purpose. The view-model, Jinja2 and
markupsafe load when a page is first rendered, not when this module is imported (the window's
start, the contents tree and the sheet import it for the page words, `is_superseded` and
`superseded_since`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from app.records import Record
from app.render.labels import with_prefix, words_for

TitleOf = Callable[[str, str], str]


class PageLabels(NamedTuple):
    """The words on a page, in one language, from the catalogue (app/render/labels.py).

    `PageLabels.in_language(lang)` is what a pane shows, each pane of the side-by-side view in
    its own language whatever the interface's; `PageLabels.in_language("en")` is English. A
    tuple, not a dataclass: making a 28-field frozen dataclass cost the first paint ~13 M
    instructions (#19). Every word must be given, so no page is drawn with an empty heading."""

    source: str
    as_of: str
    not_translated: str
    imported: str
    from_report: str  # {title}: the report's title, quoted
    imported_file: str
    equivalents: str
    also_typed: str
    related: str
    used_in: str
    terms: str
    laws: str
    citation: str
    kind: str
    jurisdiction: str
    date: str
    validity: str
    in_force_from: str  # the sheet's word
    until: str
    superseded: str
    replaced_by: str  # the sheet's word
    verify: str
    why_it_matters: str
    summary: str
    sources: str
    today: str = ""  # ISO date used to decide whether a reference is superseded
    edition: str = ""  # "Guidebook edition 2026.11.2 (25.11.2026)": which content this page is from
    kind_names: Mapping[str, str] = MappingProxyType({})  # law kind id -> name

    @classmethod
    def in_language(cls, lang: str, today: str = "", edition: str = "") -> PageLabels:
        """`edition` ("2026.11.2 (25.11.2026)") is named at the foot of every page."""
        words = words_for(lang, "page", (name for name in cls._fields if name not in _NOT_WORDS))
        line = words_for(lang, "page", ("edition",))["edition"].format(edition=edition) if edition else ""
        return cls(**words, today=today, edition=line, kind_names=with_prefix(lang, "page.law_kind."))


_NOT_WORDS = ("today", "edition", "kind_names")


def is_superseded(rec: Record, today: str) -> bool:
    """A legal reference, or a term naming one, whose last day in force is before `today`."""
    until = rec.data.get("valid_until")
    return bool(until and today and today > until)


def superseded_since(valid_until: str) -> str:
    """'2026-06-30' -> '2026-07-01': `valid_until` is the last day in force, so the rule is
    superseded from the day after (what the contents tree and the sheet both say)."""
    from datetime import date, timedelta

    try:
        return (date.fromisoformat(valid_until) + timedelta(days=1)).isoformat()
    except ValueError:
        return valid_until


def render_page(rec: Record, title_of: TitleOf, labels: PageLabels | None = None,
                breadcrumb: list[tuple[str, str]] | None = None,
                sources: dict[str, dict] | None = None) -> str:
    from app.render.page_view import page_view  # (with Jinja2: loaded by the first page drawn, #19)
    from app.render.templates import render

    labels = labels or PageLabels.in_language("en")
    return render("page.html", page=page_view(rec, title_of, labels, breadcrumb, sources), labels=labels)


_START_PAGE_CACHE = "start-page.json"


def render_start_page(rec: Record, title_of: TitleOf, labels: PageLabels, breadcrumb: list[tuple[str, str]] | None,
                      sources: Callable[[], dict[str, dict]], store_stamp: str) -> str:
    """`render_page` for the page the window opens on, kept in the cache folder (app.userdata.cache).

    Rendering it means loading Jinja2 and compiling the template before the first paint, ~35 ms
    of a start (#19). The copy is used only when everything the page is made from is unchanged:
    this app's version and renderer files, the store (`store_stamp`: its content version and
    edition, which also fix the titles of the pages it links to and the sources it cites), the
    record itself, the page words (which carry today's date, deciding what is superseded) and
    the breadcrumb. `sources` is asked for only when the page is drawn: the store keeps them as
    one JSON text of ~33 KB, which a start that finds its copy need not decode."""
    import json
    import zlib
    from pathlib import Path

    from app import paths
    from app.userdata import cache

    if rec.imported:  # the cache folder holds copies of the guidebook's own pages only (README, Privacy)
        return render_page(rec, title_of, labels, breadcrumb, sources())
    here = Path(__file__).parent
    renderer = cache.stamps(paths.resource("templates", "page.html"), here / "pages.py", here / "page_view.py",
                            here / "templates.py")
    record = {k: v for k, v in rec._asdict().items() if k not in ("html", "body")}  # every field the page shows
    parts = [renderer, store_stamp, record, zlib.crc32(rec.html.encode("utf-8")), labels._asdict(), breadcrumb]
    try:
        key = json.loads(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str))
    except (TypeError, ValueError):
        return render_page(rec, title_of, labels, breadcrumb, sources())
    return cache.remembered(_START_PAGE_CACHE, key, lambda: render_page(rec, title_of, labels, breadcrumb, sources()),
                            lambda html: isinstance(html, str))
