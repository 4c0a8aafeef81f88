"""A store record -> the reader's HTML page (pure Python; the UI only displays it).

Every page says where it comes from and how old it is: the report heading it
summarises, the as-of date, a visible marker where English stands in for a missing
translation, and a warning on legal references that are no longer in force.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields

from app.langs import LANGUAGES, local_date, quote
from app.links import url_for
from app.records import Record
from app.render.html import escape
from app.render.labels import english, with_prefix, words_for

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
    return f'<a href="{escape(url_for(kind, rid))}">{escape(text)}</a>'


def _link_list(kind: str, ids: list[str], title_of: TitleOf) -> str:
    return ", ".join(link(kind, i, title_of(kind, i)) for i in ids)


def _footer(rec: Record, labels: PageLabels, sources: dict[str, dict], extra_sources: list[str]) -> str:
    rows = []
    if rec.source_section:
        # the report's own heading, and on a translated page its gloss, in the reader's quotation marks
        gloss = rec.data.get("source_gloss") or ""
        heading = quote(rec.source_section, rec.lang) + (f" ({quote(gloss, rec.lang)})" if gloss else "")
        rows.append(f"{escape(labels.source)}: {escape(heading)}")
    src = [sources[s]["title"] + (f" ({sources[s]['publisher']}, {sources[s]['date']})" if sources[s].get("date") else "")
           for s in extra_sources if s in sources]
    if src:
        rows.append(f"{escape(labels.sources)}: " + "; ".join(escape(s) for s in src))
    if rec.as_of:
        rows.append(f"{escape(labels.as_of)} {escape(local_date(rec.as_of, rec.lang))}")
    if labels.edition and not rec.imported:
        rows.append(escape(labels.edition))
    return '<hr><p class="provenance">' + "<br>".join(rows) + "</p>"


def _imported_from(rec: Record, labels: PageLabels) -> str:
    """Which imported report a page comes from: its title, publisher, date and file, so a
    counsellor can cite it (the guidebook's own pages cite the report in their footer)."""
    d = rec.data
    title = str(d.get("document_title") or d.get("document") or "")
    facts = [str(x) for x in (d.get("publisher"), local_date(d["date"], rec.lang) if d.get("date") else "") if x]
    if d.get("file_name"):
        facts.append(f"{labels.imported_file} {d['file_name']}")
    text = labels.from_report.format(title=quote(title, rec.lang)) + (f" ({', '.join(facts)})" if facts else "")
    return f'<p class="provenance">{escape(text)}</p>'


def _banner(text: str, css: str) -> str:
    return f'<p class="{css}">{escape(text)}</p>'


def render_page(rec: Record, title_of: TitleOf, labels: PageLabels | None = None,
                breadcrumb: list[tuple[str, str]] | None = None,
                sources: dict[str, dict] | None = None) -> str:
    labels = labels or PageLabels()
    sources = sources or {}
    out: list[str] = []
    if breadcrumb and len(breadcrumb) > 1:
        out.append('<p class="breadcrumb">' + " › ".join(link("section", i, t) for i, t in breadcrumb[:-1]) + "</p>")
    out.append(f"<h1>{escape(rec.title)}</h1>")
    if rec.imported:
        out.append(_banner(labels.imported, "warning"))
        out.append(_imported_from(rec, labels))
    if rec.fallback:
        out.append(_banner(labels.not_translated, "untranslated"))
    d = rec.data
    if rec.kind == "law":
        out.append(_law_head(rec, title_of, labels))
        out.append(f"<h3>{escape(labels.summary)}</h3>{d.get('summary_html', '')}")
        out.append(f"<h3>{escape(labels.why_it_matters)}</h3>{d.get('relevance_html', '')}")
        if d.get("cited_by"):
            out.append(f"<p><b>{escape(labels.used_in)}:</b> {_link_list('section', d['cited_by'], title_of)}</p>")
    elif rec.kind == "term":
        if is_superseded(rec, labels.today):
            replaced = ""
            if d.get("superseded_by"):
                word = labels.replaced_by[:1].upper() + labels.replaced_by[1:]  # a new sentence here
                replaced = f" {escape(word)} {link('law', d['superseded_by'], title_of('law', d['superseded_by']))}."
            out.append(f'<p class="warning">⚠ {escape(labels.superseded)} '
                       f'({escape(labels.until)} {escape(local_date(d["valid_until"], rec.lang))}).{replaced}</p>')
        out.append(rec.html)
        eq = d.get("equivalents", {})
        if eq:
            cells = "".join(f"<tr><td>{escape(lang.upper())}</td><td>{escape(eq[lang])}</td></tr>"
                            for lang in dict.fromkeys(("en", "de", *LANGUAGES)) if lang in eq)
            out.append(f"<h3>{escape(labels.equivalents)}</h3><table class='equivalents'>{cells}</table>")
        aliases = [a for lst in d.get("aliases", {}).values() for a in lst]
        if aliases:
            out.append(f"<p><b>{escape(labels.also_typed)}:</b> {escape(', '.join(aliases))}</p>")
        if d.get("related"):
            out.append(f"<p><b>{escape(labels.related)}:</b> {_link_list('term', d['related'], title_of)}</p>")
        used = list(dict.fromkeys(d.get("cited_by", []) + d.get("sections", [])))
        if used:
            out.append(f"<p><b>{escape(labels.used_in)}:</b> {_link_list('section', used, title_of)}</p>")
    else:
        out.append(rec.html)
        if d.get("terms"):
            out.append(f"<p><b>{escape(labels.terms)}:</b> {_link_list('term', d['terms'], title_of)}</p>")
        if d.get("laws"):
            out.append(f"<p><b>{escape(labels.laws)}:</b> {_link_list('law', d['laws'], title_of)}</p>")
    extra = [s for s in d.get("sources", []) if s != "report"]
    out.append(_footer(rec, labels, sources, extra))
    return "\n".join(out)


def _law_head(rec: Record, title_of: TitleOf, labels: PageLabels) -> str:
    d = rec.data
    rows = [(labels.citation, escape(d.get("citation", ""))),
            (labels.kind, escape(labels.kind_names.get(d.get("kind", ""), d.get("kind", "").replace("-", " ")))),
            (labels.jurisdiction, escape(d.get("jurisdiction", "")))]
    if d.get("date"):
        rows.append((labels.date, escape(local_date(d["date"], rec.lang))))
    validity = []
    if d.get("valid_from"):
        validity.append(f"{escape(labels.in_force_from)} {escape(local_date(d['valid_from'], rec.lang))}")
    if d.get("valid_until"):
        replaced = ""
        if d.get("superseded_by"):
            replaced = f"; {escape(labels.replaced_by)} {link('law', d['superseded_by'], title_of('law', d['superseded_by']))}"
        validity.append(f"{escape(labels.until)} {escape(local_date(d['valid_until'], rec.lang))}{replaced}")
    if validity:
        rows.append((labels.validity, ", ".join(validity)))
    table = "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in rows)
    html = f"<table class='facts'>{table}</table>"
    superseded = is_superseded(rec, labels.today)
    if superseded or d.get("validity_note"):
        note = d.get("validity_note") or ""
        head = f"{labels.superseded}: " if superseded else ""
        html = f'<p class="warning">⚠ {escape(head + note)}</p>' + html
    if d.get("verify_note"):
        html += f'<p class="verify"><b>{escape(labels.verify)}:</b> {escape(d["verify_note"])}</p>'
    return html
