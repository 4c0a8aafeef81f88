"""A store record -> the reader's HTML page (pure Python; the UI only displays it).

Every page says where it comes from and how old it is: the report heading it
summarises, the as-of date, a visible marker where English stands in for a missing
translation, and a warning on legal references that are no longer in force.

What a page holds and in which order is decided here, in a small view-model (`PageView`);
the markup is resources/templates/page.html, rendered with autoescape, so every value is
text unless it is stored HTML (Markdown rendered with raw HTML disabled at build time),
which is passed as `Markup` on purpose. Jinja2 and markupsafe load when a page is first
rendered, not when this module is imported (the contents tree and the sheet import it for
`is_superseded` and `superseded_since` alone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from app.langs import LANGUAGES, local_date, quote
from app.links import url_for
from app.records import Record
from app.render.labels import english, with_prefix, words_for

if TYPE_CHECKING:
    from markupsafe import Markup

TitleOf = Callable[[str, str], str]


@dataclass(frozen=True)
class PageLabels:
    """The words on a page, in one language, from the catalogue (app/render/labels.py).

    `PageLabels()` is English; `PageLabels.in_language(lang)` is what a pane shows, each
    pane of the side-by-side view in its own language whatever the interface's."""

    source: str = english("page", "source")
    as_of: str = english("page", "as_of")
    not_translated: str = english("page", "not_translated")
    imported: str = english("page", "imported")
    from_report: str = english("page", "from_report")  # {title}: the report's title, quoted
    imported_file: str = english("page", "imported_file")
    equivalents: str = english("page", "equivalents")
    also_typed: str = english("page", "also_typed")
    related: str = english("page", "related")
    used_in: str = english("page", "used_in")
    terms: str = english("page", "terms")
    laws: str = english("page", "laws")
    citation: str = english("page", "citation")
    kind: str = english("page", "kind")
    jurisdiction: str = english("page", "jurisdiction")
    date: str = english("page", "date")
    validity: str = english("page", "validity")
    in_force_from: str = english("page", "in_force_from")  # the sheet's word
    until: str = english("page", "until")
    superseded: str = english("page", "superseded")
    replaced_by: str = english("page", "replaced_by")  # the sheet's word
    verify: str = english("page", "verify")
    why_it_matters: str = english("page", "why_it_matters")
    summary: str = english("page", "summary")
    sources: str = english("page", "sources")
    today: str = ""  # ISO date used to decide whether a reference is superseded
    edition: str = ""  # "Guidebook edition 2026.11.2 (25.11.2026)": which content this page is from
    kind_names: dict[str, str] = field(default_factory=lambda: with_prefix("en", "page.law_kind."))  # law kind id -> name

    @classmethod
    def in_language(cls, lang: str, today: str = "", edition: str = "") -> PageLabels:
        """`edition` ("2026.11.2 (25.11.2026)") is named at the foot of every page."""
        words = words_for(lang, "page", (f.name for f in fields(cls) if f.name not in _NOT_WORDS))
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


def link(kind: str, rid: str, text: str) -> str:
    """One link into the guidebook as HTML, both the address and the words escaped."""
    from markupsafe import Markup

    return Markup('<a href="{}">{}</a>').format(url_for(kind, rid), text)


@dataclass(frozen=True)
class PageLink:
    href: str  # guide://KIND/ID (app.links.url_for)
    text: str


@dataclass(frozen=True)
class LinkRow:
    """A label and the records it links to ("Terms in this section: a, b")."""

    label: str
    links: tuple[PageLink, ...]


@dataclass(frozen=True)
class WarningLine:
    """The ⚠ line: a reference no longer in force (or its validity note), and on a term's
    page the law that replaced it, after `replaced_word`."""

    text: str
    replaced_by: PageLink | None = None
    replaced_word: str = ""


@dataclass(frozen=True)
class Fact:
    """A row of a law's facts table; the validity row can end with the law that replaced it."""

    label: str
    value: str
    replaced_by: PageLink | None = None


@dataclass(frozen=True)
class LawFacts:
    facts: tuple[Fact, ...]
    verify_note: str
    summary_html: Markup
    relevance_html: Markup


@dataclass(frozen=True)
class PageView:
    """What one page shows, in the order page.html lays it out; empty parts are left out there."""

    title: str
    breadcrumb: tuple[PageLink, ...]       # the ancestors, not the page itself
    imported_from: str                     # which imported report, '' for the guidebook's own pages
    fallback: bool                         # English stands in for a missing translation
    warning: WarningLine | None
    law: LawFacts | None                   # a law's page shows these instead of `html`
    html: Markup                           # a section's or a term's stored text
    equivalents: tuple[tuple[str, str], ...]  # a term in other languages: (EN, word), en and de first
    also_typed: str                        # a term's aliases, as one line of text
    link_rows: tuple[LinkRow, ...]
    provenance: tuple[str, ...]            # the footer, one line each


def _page_link(kind: str, rid: str, title_of: TitleOf) -> PageLink:
    return PageLink(url_for(kind, rid), title_of(kind, rid))


def _link_row(label: str, kind: str, ids: list[str], title_of: TitleOf) -> list[LinkRow]:
    return [LinkRow(label, tuple(_page_link(kind, i, title_of) for i in ids))] if ids else []


def _footer(rec: Record, labels: PageLabels, sources: dict[str, dict], extra_sources: list[str]) -> tuple[str, ...]:
    rows = []
    if rec.source_section:
        # the report's own heading, and on a translated page its gloss, in the reader's quotation marks
        gloss = rec.data.get("source_gloss") or ""
        heading = quote(rec.source_section, rec.lang) + (f" ({quote(gloss, rec.lang)})" if gloss else "")
        rows.append(f"{labels.source}: {heading}")
    src = [sources[s]["title"] + (f" ({sources[s]['publisher']}, {sources[s]['date']})" if sources[s].get("date") else "")
           for s in extra_sources if s in sources]
    if src:
        rows.append(f"{labels.sources}: " + "; ".join(src))
    if rec.as_of:
        rows.append(f"{labels.as_of} {local_date(rec.as_of, rec.lang)}")
    if labels.edition and not rec.imported:
        rows.append(labels.edition)
    return tuple(rows)


def _imported_from(rec: Record, labels: PageLabels) -> str:
    """Which imported report a page comes from: its title, publisher, date and file, so a
    counsellor can cite it (the guidebook's own pages cite the report in their footer)."""
    if not rec.imported:
        return ""
    d = rec.data
    title = str(d.get("document_title") or d.get("document") or "")
    facts = [str(x) for x in (d.get("publisher"), local_date(d["date"], rec.lang) if d.get("date") else "") if x]
    if d.get("file_name"):
        facts.append(f"{labels.imported_file} {d['file_name']}")
    return labels.from_report.format(title=quote(title, rec.lang)) + (f" ({', '.join(facts)})" if facts else "")


def _successor(rec: Record, title_of: TitleOf) -> PageLink | None:
    sid = rec.data.get("superseded_by")
    return _page_link("law", sid, title_of) if sid else None


def _law_warning(rec: Record, labels: PageLabels) -> WarningLine | None:
    superseded = is_superseded(rec, labels.today)
    note = rec.data.get("validity_note") or ""
    if not (superseded or note):
        return None
    return WarningLine((f"{labels.superseded}: " if superseded else "") + note)


def _term_warning(rec: Record, title_of: TitleOf, labels: PageLabels) -> WarningLine | None:
    if not is_superseded(rec, labels.today):
        return None
    word = labels.replaced_by[:1].upper() + labels.replaced_by[1:]  # it starts a sentence here
    return WarningLine(f"{labels.superseded} ({labels.until} {local_date(rec.data['valid_until'], rec.lang)}).",
                    _successor(rec, title_of), word)


def _law_facts(rec: Record, title_of: TitleOf, labels: PageLabels) -> LawFacts:
    from markupsafe import Markup

    d = rec.data
    kind = d.get("kind", "")
    facts = [Fact(labels.citation, d.get("citation", "")),
             Fact(labels.kind, labels.kind_names.get(kind, kind.replace("-", " "))),
             Fact(labels.jurisdiction, d.get("jurisdiction", ""))]
    if d.get("date"):
        facts.append(Fact(labels.date, local_date(d["date"], rec.lang)))
    validity = []
    if d.get("valid_from"):
        validity.append(f"{labels.in_force_from} {local_date(d['valid_from'], rec.lang)}")
    if d.get("valid_until"):
        validity.append(f"{labels.until} {local_date(d['valid_until'], rec.lang)}")
    if validity:  # a successor follows the last day in force, the last part of the row
        successor = _successor(rec, title_of) if d.get("valid_until") else None
        facts.append(Fact(labels.validity, ", ".join(validity), successor))
    # summary_html, relevance_html: Markdown rendered with raw HTML disabled when the store was built
    return LawFacts(tuple(facts), d.get("verify_note") or "",
                    Markup(d.get("summary_html", "")), Markup(d.get("relevance_html", "")))


def page_view(rec: Record, title_of: TitleOf, labels: PageLabels,
              breadcrumb: list[tuple[str, str]] | None = None, sources: dict[str, dict] | None = None) -> PageView:
    """What the page of `rec` shows; `breadcrumb` ends with the page itself, which is not linked."""
    from markupsafe import Markup

    d = rec.data
    warning: WarningLine | None = None
    law: LawFacts | None = None
    equivalents: tuple[tuple[str, str], ...] = ()
    also_typed = ""
    if rec.kind == "law":
        warning, law = _law_warning(rec, labels), _law_facts(rec, title_of, labels)
        rows = _link_row(labels.used_in, "section", d.get("cited_by", []), title_of)
    elif rec.kind == "term":
        warning = _term_warning(rec, title_of, labels)
        eq = d.get("equivalents", {})
        equivalents = tuple((lang.upper(), eq[lang]) for lang in dict.fromkeys(("en", "de", *LANGUAGES)) if lang in eq)
        also_typed = ", ".join(a for lst in d.get("aliases", {}).values() for a in lst)
        used = list(dict.fromkeys(d.get("cited_by", []) + d.get("sections", [])))  # each section once
        rows = (_link_row(labels.related, "term", d.get("related", []), title_of)
                + _link_row(labels.used_in, "section", used, title_of))
    else:
        rows = (_link_row(labels.terms, "term", d.get("terms", []), title_of)
                + _link_row(labels.laws, "law", d.get("laws", []), title_of))
    crumbs = breadcrumb[:-1] if breadcrumb else []
    return PageView(
        title=rec.title, breadcrumb=tuple(PageLink(url_for("section", i), t) for i, t in crumbs),
        imported_from=_imported_from(rec, labels), fallback=rec.fallback, warning=warning, law=law,
        html=Markup(rec.html),  # stored: Markdown rendered with raw HTML disabled, or an import's escaped text
        equivalents=equivalents, also_typed=also_typed, link_rows=tuple(rows),
        provenance=_footer(rec, labels, sources or {}, [s for s in d.get("sources", []) if s != "report"]),
    )


def render_page(rec: Record, title_of: TitleOf, labels: PageLabels | None = None,
                breadcrumb: list[tuple[str, str]] | None = None,
                sources: dict[str, dict] | None = None) -> str:
    from app.render.templates import render  # Jinja2 loads with the first page, not with this module

    labels = labels or PageLabels()
    return render("page.html", page=page_view(rec, title_of, labels, breadcrumb, sources), labels=labels)


_START_PAGE_CACHE = "start-page.json"


def render_start_page(rec: Record, title_of: TitleOf, labels: PageLabels, breadcrumb: list[tuple[str, str]] | None,
                      sources: dict[str, dict], store_stamp: str) -> str:
    """`render_page` for the page the window opens on, kept in the cache folder (app.userdata.cache).

    Rendering it means loading Jinja2 and compiling the template before the first paint, ~35 ms
    of a start (#19). The copy is used only when everything the page is made from is unchanged:
    this app's version and renderer files, the store (`store_stamp`: its content version and
    edition, which also fix the titles of the pages it links to), the record itself, the page
    words (which carry today's date, deciding what is superseded), the breadcrumb and sources."""
    import json
    import zlib
    from dataclasses import asdict
    from pathlib import Path

    from app import __version__, paths
    from app.userdata import cache

    if rec.imported:  # the cache folder holds copies of the guidebook's own pages only (README, Privacy)
        return render_page(rec, title_of, labels, breadcrumb, sources)
    renderer: list[list[int] | None] = []
    for file in (paths.resource("templates", "page.html"), Path(__file__), Path(__file__).with_name("templates.py")):
        try:
            st = file.stat()
            renderer.append([st.st_size, st.st_mtime_ns])
        except OSError:
            renderer.append(None)
    record = {k: v for k, v in asdict(rec).items() if k not in ("html", "body")}  # every field the page shows
    parts = [__version__, renderer, store_stamp, record, zlib.crc32(rec.html.encode("utf-8")), asdict(labels),
             breadcrumb, sources]
    try:
        key = json.loads(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str))
    except (TypeError, ValueError):
        return render_page(rec, title_of, labels, breadcrumb, sources)
    html = cache.read(_START_PAGE_CACHE, key)
    if isinstance(html, str):
        return html
    html = render_page(rec, title_of, labels, breadcrumb, sources)
    cache.write(_START_PAGE_CACHE, key, html)
    return html
