"""What a reader page holds and in which order: the view-model that resources/templates/page.html
lays out (app.render.pages.render_page renders it).

Its own module, loaded with the first page rendered rather than at start: the window's first
page usually comes from the cache folder (app.render.pages.render_start_page), and defining
these dataclasses costs a start ~3 ms (#19).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.langs import LANGUAGES, local_date, quote
from app.links import url_for
from app.records import Record
from app.render.pages import PageLabels, TitleOf, is_superseded

if TYPE_CHECKING:
    from markupsafe import Markup


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


def is_guidebook_update(heading: str) -> bool:
    """A section that is not in the report gives its source heading in parentheses
    ("(not in the report — guidebook update)", resources/content/FORMAT.md)."""
    return heading.startswith("(")


def source_line(rec: Record, label: str) -> str:
    """'Source in the report: “A”; “B” (“gloss”)': each report heading quoted on its own (headings
    hold commas), on a translated page with its gloss; a guidebook update is named after them,
    unquoted and in the reader's language, so the label never claims it for the report."""
    if rec.imported:  # its heading is the imported report's, which imported_from names: never "the report"
        return ""
    pairs = rec.data.get("source_headings")
    if not pairs:  # a section's own heading (or a store built before the list was kept)
        pairs = [[rec.source_section, rec.data.get("source_gloss") or ""]] if rec.source_section else []
    cited: list[str] = []
    updates: list[str] = []
    for heading, gloss in pairs:
        if is_guidebook_update(heading):
            updates.append(gloss or heading)
        else:
            cited.append(quote(heading, rec.lang) + (f" ({quote(gloss, rec.lang)})" if gloss else ""))
    parts = ([f"{label}: " + "; ".join(dict.fromkeys(cited))] if cited else []) + list(dict.fromkeys(updates))
    return " ".join(parts)


def _footer(rec: Record, labels: PageLabels, sources: dict[str, dict], extra_sources: list[str]) -> tuple[str, ...]:
    rows = []
    line = source_line(rec, labels.source)
    if line:
        rows.append(line)
    src = [sources[s]["title"] + (f" ({sources[s]['publisher']}, {sources[s]['date']})"
                                  if sources[s].get("date") else "")
           for s in extra_sources if s in sources]
    if src:
        rows.append(f"{labels.sources}: " + "; ".join(src))
    if rec.as_of:
        rows.append(f"{labels.as_of} {local_date(rec.as_of, rec.lang)}")
    if labels.edition and not rec.imported:
        rows.append(labels.edition)
    return tuple(rows)


def imported_from(rec: Record, labels: PageLabels) -> str:
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
        imported_from=imported_from(rec, labels), fallback=rec.fallback, warning=warning, law=law,
        html=Markup(rec.html),  # stored: Markdown rendered with raw HTML disabled, or an import's escaped text
        equivalents=equivalents, also_typed=also_typed, link_rows=tuple(rows),
        provenance=_footer(rec, labels, sources or {}, [s for s in d.get("sources", []) if s != "report"]),
    )
