"""Compose the guidance sheet's HTML from a wizard outcome and the content store.

Everything a client or counsellor typed is escaped; content Markdown is rendered with raw
HTML disabled; links are reduced to their words because paper cannot be clicked. No
client data goes anywhere but into the returned HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from string import Template
from typing import Protocol

from app import paths
from app.errors import UserError
from app.render.html import escape
from app.render.markdown import inline_html, strip_links, to_html
from app.sheet.labels import SHEET_LANGUAGES, load_labels
from app.store.records import Record
from app.wizard.model import Outcome


class Lookup(Protocol):
    def get(self, kind: str, rid: str, lang: str) -> Record: ...


@dataclass(frozen=True)
class SheetInput:
    outcome: Outcome
    situation: list[tuple[str, str, str]]  # (question id, question, answer) from engine.review
    printed_on: str                        # ISO date
    content_version: str
    as_of: str
    source: dict[str, str] = field(default_factory=dict)  # the report: title, subtitle, publisher, date, url
    note: str = ""
    client_name: str = ""


def _items(items: tuple[str, ...] | list[str], ordered: bool = False, box: bool = False) -> str:
    if not items:
        return ""
    tag = "ol" if ordered else "ul"
    prefix = "☐ " if box else ""
    lis = "".join(f"<li>{prefix}{strip_links(inline_html(i))}</li>" for i in items)
    return f"<{tag}>{lis}</{tag}>"


def _law_line(rec: Record, lab: dict[str, str], today: str, lookup: Lookup, lang: str) -> str:
    d = rec.data
    parts = [escape(d.get("citation") or rec.title)]  # the citation alone: on paper every line counts
    until = d.get("valid_until")
    if until and today > until:
        repl = ""
        if d.get("superseded_by"):
            try:
                newer = lookup.get("law", d["superseded_by"], lang)
                repl = f"; {escape(lab['replaced_by'])} {escape(newer.data.get('citation') or newer.title)}"
            except UserError:
                repl = ""
        parts.append(f"<span class='warn'>⚠ {escape(lab['superseded'])} {escape(_day_after(until))}{repl}</span>")
    elif d.get("valid_from"):
        parts.append(f"({escape(lab['in_force_from'])} {escape(d['valid_from'])})")
    return "<li>" + " ".join(parts) + "</li>"


def _day_after(iso: str) -> str:
    from datetime import date, timedelta

    try:
        return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()
    except ValueError:
        return iso


def compose_sheet(inp: SheetInput, lookup: Lookup, lang: str) -> str:
    if lang not in SHEET_LANGUAGES:
        raise UserError(f"The sheet language must be one of {', '.join(SHEET_LANGUAGES)}.")
    lab = dict(load_labels()[lang])
    o = inp.outcome
    # most answers are statements ("I served … and left") that read well alone; a short one
    # ("No", "31 to 65") needs its question beside it
    situation = "".join(f"<li>{escape(a)}</li>" if len(a.split()) >= 5 else f"<li>{escape(q)} — <b>{escape(a)}</b></li>"
                        for _i, q, a in inp.situation)
    client = ""
    if inp.client_name.strip():
        client = f"<p><b>{escape(lab['prepared_for'])}:</b> {escape(inp.client_name.strip()[:120])}</p>"
    circumstances = ""
    if o.circumstances:
        blocks = "".join(f"<p><b>{escape(b.title)}.</b> {strip_links(inline_html(' '.join(b.text.split())))}</p>"
                         for b in o.circumstances)
        circumstances = f"<h2>{escape(lab['circumstances'])}</h2>{blocks}"
    laws = []
    for lid in o.laws:
        try:
            laws.append(_law_line(lookup.get("law", lid, lang), lab, inp.printed_on, lookup, lang))
        except UserError:
            continue
    # key terms as the words to use with each side: English, German (the authorities), Russian
    terms = []
    for tid in o.terms:
        try:
            t = lookup.get("term", tid, lang)
        except UserError:
            continue
        eq = t.data.get("equivalents", {})
        cells = "".join(f"<td>{escape(eq.get(code, ''))}</td>" for code in ("en", "de", "ru"))
        terms.append(f"<tr>{cells}</tr>")
    note = ""
    if inp.note.strip():
        body = "<br>".join(escape(line) for line in inp.note.strip()[:2000].splitlines())
        note = f"<h2>{escape(lab['note'])}</h2><p class='box'>{body}</p>"
    src = inp.source or {}
    source = escape(lab["report_line"].format(
        title=src.get("title", ""), subtitle=src.get("subtitle", ""), publisher=src.get("publisher", ""),
        date=src.get("date", ""), url=src.get("url", "")))
    meta = (f"{escape(lab['printed'])}: {escape(inp.printed_on)} · {escape(lab['as_of'])} {escape(inp.as_of)} · "
            f"{escape(lab['content'])} {escape(inp.content_version)}")
    template = Template(paths.resource("sheet", "template.html").read_text(encoding="utf-8"))
    return template.substitute(
        lang=escape(lang), title=escape(lab["title"]), subtitle=escape(lab["subtitle"]), meta=meta,
        client=client, situation=f"<ul>{situation}</ul>",
        category=escape(o.category), summary=strip_links(to_html(o.summary)),
        circumstances=circumstances, helps=_items(o.helps), risks=_items(o.risks),
        evidence=_items(o.evidence, box=True), next_steps=_items(o.next_steps, ordered=True),
        laws=f"<ul>{''.join(laws)}</ul>",
        terms=(f"<table class='terms'><tr><th>English</th><th>Deutsch</th><th>Русский</th></tr>{''.join(terms)}</table>"
               if terms else ""), note=note, source=source,
        disclaimer=escape(lab["disclaimer"]), page_note=escape(lab["page_note"]),
        **{f"l_{k}": escape(lab[k]) for k in ("situation", "category", "helps", "risks", "evidence",
                                              "next_steps", "laws", "terms", "source")},
    )
