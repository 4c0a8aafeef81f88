"""Compose the guidance sheet's HTML from a wizard outcome and the content store.

Everything a client or counsellor typed is escaped; content Markdown is rendered with raw
HTML disabled; links are reduced to their words because paper cannot be clicked. No
client data goes anywhere but into the returned HTML.

Two variants: the full sheet, and the "safe sheet" for a client who must carry it through
Russia or a border check — a neutral title and a neutral checklist, nothing that names the
military, flight or asylum (tests check it against resources/sheet/sensitive-words.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from string import Template
from typing import Callable, Protocol

from app import paths
from app.errors import UserError
from app.langs import NAMES, local_date
from app.records import Record
from app.render.html import escape
from app.render.markdown import inline_html, strip_links, to_html
from app.render.pages import is_superseded, superseded_since
from app.render.abbreviations import FirstUse
from app.sheet.labels import SHEET_LANGUAGES, load_labels
from app.wizard.definition import FALLBACK_MARKER
from app.wizard.model import Outcome

NOTE_LIMIT = 4000  # characters of a counsellor's note printed; the window says so before it is reached
MAX_TERMS = 6      # rows of the key-terms table
LANGUAGE_NAMES = NAMES


class UntranslatedSheet(UserError):
    """A text on the sheet has no translation in the sheet's language (wizard validate prevents it)."""


class Lookup(Protocol):
    def get(self, kind: str, rid: str, lang: str) -> Record: ...


@dataclass(frozen=True)
class SheetInput:
    outcome: Outcome
    printed_on: str                        # ISO date
    content_version: str
    as_of: str                             # the edition's date
    report_date: str = ""                  # the report the guidebook summarises
    newest_source: str = ""                # the newest dated source behind this outcome's statements
    source: dict[str, str] = field(default_factory=dict)  # the report: title, subtitle, publisher, date, url
    note: str = ""
    client_name: str = ""
    safe: bool = False                     # neutral variant for clients still in Russia or in transit
    note_on_continuation: bool = False     # the note on a page of its own (when inline it would pass two pages)
    compact: bool = False                  # the longest answer sets: no key-terms table (the glossary has them)
    organisation: dict[str, str] = field(default_factory=dict)  # name/phone/address/line, from Preferences


def _items(items: tuple[str, ...] | list[str], expand: Callable[[str], str],
           ordered: bool = False, box: bool = False) -> str:
    if not items:
        return ""
    tag = "ol" if ordered else "ul"
    prefix = "☐ " if box else ""
    lis = "".join(f"<li>{prefix}{strip_links(inline_html(expand(i)))}</li>" for i in items)
    return f"<{tag}>{lis}</{tag}>"


def _law_line(rec: Record, lab: dict[str, str], today: str, lookup: Lookup, lang: str) -> str:
    d = rec.data
    parts = [escape(d.get("short") or d.get("citation") or rec.title)]  # the short citation: on paper every line counts
    until = d.get("valid_until")
    if is_superseded(rec, today):
        repl = ""
        if d.get("superseded_by"):
            try:
                newer = lookup.get("law", d["superseded_by"], lang)
                repl = f"; {escape(lab['replaced_by'])} {escape(newer.data.get('short') or newer.data.get('citation') or newer.title)}"
            except UserError:
                repl = ""
        parts.append(f"<span class='warn'>⚠ {escape(lab['superseded'])} {escape(local_date(superseded_since(until), lang))}"
                     f"{repl}</span>")
    elif d.get("valid_from"):
        parts.append(f"({escape(lab['in_force_from'])} {escape(local_date(d['valid_from'], lang))})")
    return "<li>" + " ".join(parts) + "</li>"


def _organisation(org: dict[str, str]) -> str:
    """The counselling organisation at the foot of the sheet, as typed in Preferences (escaped)."""
    parts = [" ".join(str(org.get(k, "")).split())[:120] for k in ("name", "phone", "address", "line")]
    parts = [p for p in parts if p]
    return f"<p class='org'>{' · '.join(escape(p) for p in parts)}</p>" if parts else ""


def _two_columns(items: list[str]) -> str:
    """A long list of short lines in two columns: half the height on paper."""
    if len(items) < 6:
        return f"<ul>{''.join(items)}</ul>"
    half = (len(items) + 1) // 2
    return (f"<table class='cols' width='100%'><tr><td width='50%'><ul>{''.join(items[:half])}</ul></td>"
            f"<td width='50%'><ul>{''.join(items[half:])}</ul></td></tr></table>")


def _note_html(note: str) -> str:
    return "<br>".join(escape(line) for line in note.strip()[:NOTE_LIMIT].splitlines())


def _block(title: str, text: str, expand: Callable[[str], str]) -> str:
    return f"<p><b>{escape(title)}.</b> {strip_links(inline_html(expand(' '.join(text.split()))))}</p>"


def compose_sheet(inp: SheetInput, lookup: Lookup, lang: str) -> str:
    if lang not in SHEET_LANGUAGES:
        raise UserError(f"The sheet language must be one of {', '.join(SHEET_LANGUAGES)}.")
    lab = dict(load_labels()[lang])
    if inp.safe:
        return _compose_safe(inp, lab, lang)
    o = inp.outcome
    expand = FirstUse(lang)  # abbreviations spelled out on first use, in printing order
    # every answer as a full sentence in the sheet's language (the option's "reason")
    # in two columns: a dozen short sentences would otherwise take a third of the first page
    half = (len(o.reasons) + 1) // 2
    col = ["".join(f"<li>{escape(r)}</li>" for r in part) for part in (o.reasons[:half], o.reasons[half:])]
    situation = (f"<table class='cols' width='100%'><tr><td width='50%'><ul>{col[0]}</ul></td>"
                 f"<td width='50%'><ul>{col[1]}</ul></td></tr></table>")
    client = ""
    if inp.client_name.strip():
        client = f"<p><b>{escape(lab['prepared_for'])}:</b> {escape(inp.client_name.strip()[:120])}</p>"
    prominent = "".join(_block(b.title, b.text, expand) for b in o.circumstances if b.prominent)
    if prominent:
        # a one-cell bordered table: the frame Qt's rich text draws reliably on paper
        prominent = (f"<table class='alert' border='2' cellspacing='0' cellpadding='4' width='100%'><tr><td>"
                     f"<p><b>{escape(lab['prominent'])}</b></p>{prominent}</td></tr></table>")
    summary = strip_links(to_html(expand(o.summary)))
    others = [b for b in o.circumstances if not b.prominent]
    circumstances = ""
    if others:
        circumstances = f"<h2>{escape(lab['circumstances'])}</h2>" + "".join(_block(b.title, b.text, expand) for b in others)
    def section(label: str, body: str) -> str:  # an empty list prints no heading either
        return f"<h2>{escape(lab[label])}</h2>{body}" if body else ""

    helps, risks = section("helps", _items(o.helps, expand)), section("risks", _items(o.risks, expand))
    # a checklist, not a bulleted list: the box is the item's mark
    evidence = section("evidence", "".join(f"<p class='check'>{strip_links(inline_html(expand(e)))}</p>"
                                           for e in o.evidence))
    next_steps = section("next_steps", _items(o.next_steps, expand, ordered=True))
    # on paper: the outcome's own references and those of the boxed blocks; every other block
    # names its source in its own words, and the guidebook links them all
    printed = set(o.own_laws) | {lid for b in o.circumstances if b.prominent for lid in b.laws}
    laws = []
    for lid in (x for x in o.laws if x in printed or not o.own_laws):
        try:
            laws.append(_law_line(lookup.get("law", lid, lang), lab, inp.printed_on, lookup, lang))
        except UserError:
            continue
    # key terms as the words to use with each side: English, German (the authorities), Russian —
    # the outcome's own first; the rest are a click away in the guidebook, not on paper
    # the client's language first, German (the authorities' words) next, then the rest
    term_columns = list(dict.fromkeys([lang, "de", "ru", "en"]))
    terms = []
    for tid in ([] if inp.compact else o.terms[:MAX_TERMS]):
        try:
            t = lookup.get("term", tid, lang)
        except UserError:
            continue
        eq = t.data.get("equivalents", {})
        cells = "".join(f"<td>{escape(eq.get(code, ''))}</td>" for code in term_columns)
        terms.append(f"<tr>{cells}</tr>")
    src = inp.source or {}
    name = ". ".join(x for x in (src.get("title", ""), src.get("subtitle", "")) if x)
    source = escape(lab["report_line"].format(
        name=name, publisher=src.get("publisher", ""),
        date=local_date(src.get("date", ""), lang), url=src.get("url", "")))
    disclaimer = escape(lab["disclaimer"])
    note = continuation = ""
    if inp.note.strip():
        if inp.note_on_continuation:
            # the disclaimer first, so it stands on the same page as the note however long the note is
            continuation = (f"<h2 style='page-break-before: always'>{escape(lab['continued'])}</h2>"
                            f"<p class='disclaimer'>{disclaimer}</p><p class='box'>{_note_html(inp.note)}</p>")
        else:
            note = f"<h2>{escape(lab['note'])}</h2><p class='box'>{_note_html(inp.note)}</p>"
    # the content hash is for the counsellor and the editors, not the client: small print at the end
    meta = f"{escape(lab['printed'])}: {escape(local_date(inp.printed_on, lang))}"
    version = f"{escape(lab['content'])} {escape(inp.content_version)}"
    dates = escape(lab["dates"].format(report=local_date(inp.report_date or src.get("date", ""), lang),
                                       newest=local_date(inp.newest_source or inp.report_date, lang),
                                       edition=local_date(inp.as_of, lang)))
    template = Template(paths.resource("sheet", "template.html").read_text(encoding="utf-8"))
    html = template.substitute(
        lang=escape(lang), title=escape(lab["title"]), subtitle=escape(lab["subtitle"]), meta=meta, dates=dates,
        client=client, prominent=prominent, situation=situation,
        situation_hint=escape(lab["situation_hint"]),
        category=escape(o.category), summary=summary,
        circumstances=circumstances, helps=helps, risks=risks, evidence=evidence, next_steps=next_steps,
        laws=_two_columns(laws),
        terms=(f"<h2>{escape(lab['terms'])}</h2><table class='terms'><tr>"
               + "".join(f"<th>{LANGUAGE_NAMES[c]}</th>" for c in term_columns)
               + f"</tr>{''.join(terms)}</table>" if terms else ""), note=note, source=source, continuation=continuation,
        disclaimer=disclaimer, page_note=escape(lab["page_note"]), version=version,
        organisation=_organisation(inp.organisation),
        **{f"l_{k}": escape(lab[k]) for k in ("situation", "category", "laws", "source")},
    )
    if FALLBACK_MARKER.strip() in html:
        # a client cannot read "[EN] …" on paper: refuse rather than print half a translation
        raise UntranslatedSheet(f"This sheet is not fully translated into {lang}; print it in English or Russian.")
    return html


def _compose_safe(inp: SheetInput, lab: dict[str, str], lang: str) -> str:
    """Neutral title, a neutral checklist and the counsellor's note: nothing else.

    No category, no legal references, no report title (it names the war), no client's
    answers: a border guard who reads it learns nothing about the holder's plans. The
    counsellor's note is printed as typed — the window warns about sensitive words in it.
    """
    items = "".join(f"<li>☐ {escape(lab[f'safe_item_{n}'])}</li>" for n in range(1, 5))
    client = f"<p>{escape(inp.client_name.strip()[:120])}</p>" if inp.client_name.strip() else ""
    note = f"<p class='box'>{_note_html(inp.note)}</p>" if inp.note.strip() else ""
    return (f"<html lang=\"{escape(lang)}\"><body><h1>{escape(lab['safe_title'])}</h1>"
            f"<p class='sub'>{escape(lab['safe_intro'].format(date=local_date(inp.printed_on, lang)))}</p>{client}"
            f"<ul>{items}</ul>{note}<p class='small'>{escape(lab['safe_disclaimer'])}</p></body></html>")
