"""Compose the guidance sheet's HTML from a wizard outcome and the content store.

What the sheet says of the outcome, and in which order, is the outcome view's
(app/render/outcome_view.py), shared with the screen and the terminal; the markup is
resources/templates/sheet.html, rendered with autoescape, so everything a client or
counsellor typed is text; content Markdown is rendered with raw HTML disabled and its
links reduced to their words because paper cannot be clicked. No client data goes
anywhere but into the returned HTML.

Two variants: the full sheet, and the "safe sheet" for a client who must carry it through
Russia or a border check — a neutral title and a neutral checklist, nothing that names the
military, flight or asylum (tests check it against resources/sheet/sensitive-words.yaml).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from typing import Protocol

from markupsafe import Markup

from app.errors import UserError
from app.langs import NAMES, local_date
from app.records import Record
from app.render.abbreviations import FirstUse, load_abbreviations
from app.render.markdown import inline_html, strip_links, to_html
from app.render.outcome_view import Circumstance, outcome_view
from app.render.pages import is_superseded, superseded_since
from app.render.templates import render
from app.render.typography import keep_together
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


def _short(rec: Record) -> str:
    """The short citation: on paper every line counts."""
    return rec.data.get("short") or rec.data.get("citation") or rec.title


def _law_line(rec: Record, today: str, lookup: Lookup, lang: str) -> dict[str, str]:
    d = rec.data
    line = {"citation": keep_together(_short(rec)), "superseded_since": "", "replaced_by": "", "in_force_from": ""}
    if is_superseded(rec, today):
        line["superseded_since"] = local_date(superseded_since(d["valid_until"]), lang)
        if d.get("superseded_by"):
            with suppress(UserError):  # a replacement not in the store: the warning stands alone
                line["replaced_by"] = keep_together(_short(lookup.get("law", d["superseded_by"], lang)))
    elif d.get("valid_from"):
        line["in_force_from"] = local_date(d["valid_from"], lang)
    return line


def _organisation(org: dict[str, str]) -> list[str]:
    """The counselling organisation at the foot of the sheet, as typed in Preferences."""
    parts = [" ".join(str(org.get(k, "")).split())[:120] for k in ("name", "phone", "address", "line")]
    return [p for p in parts if p]


def _note_lines(note: str) -> list[str]:
    return note.strip()[:NOTE_LIMIT].splitlines()


def _printed_markdown(fragment: str) -> Markup:
    # content Markdown rendered with raw HTML disabled (app.render.markdown), its links
    # reduced to their words because paper cannot be clicked: safe as it is
    return Markup(strip_links(fragment))


def compose_sheet(inp: SheetInput, lookup: Lookup, lang: str) -> str:
    if lang not in SHEET_LANGUAGES:
        raise UserError(f"The sheet language must be one of {', '.join(SHEET_LANGUAGES)}.")
    lab = dict(load_labels()[lang])
    if inp.safe:
        return _compose_safe(inp, lab, lang)
    view = outcome_view(inp.outcome)
    # abbreviations spelled out on first use: the texts below go in printing order (the table
    # through the cache folder: printing imports no YAML library)
    expand = FirstUse(lang, load_abbreviations(cached=True))

    def block(c: Circumstance) -> dict[str, object]:
        return {"title": c.title, "text_html": _printed_markdown(inline_html(expand(" ".join(c.text.split()))))}

    urgent = [block(c) for c in view.urgent]
    summary_html = _printed_markdown(to_html(expand(view.summary)))
    circumstances = [block(c) for c in view.circumstances]
    lists = [{"key": lst.key, "ordered": lst.ordered, "checklist": lst.checklist,
              "items_html": [_printed_markdown(inline_html(expand(i))) for i in lst.items]} for lst in view.lists]
    records = []
    for lid in view.printed_laws:
        with suppress(UserError):  # a reference not in the store is left out
            records.append(lookup.get("law", lid, lang))
    # A law that replaced another on the list is named on that one's line ("⚠ no longer in force
    # since 01.07.2026; replaced by …"): a line of its own would say the same again, and the
    # longest sheets need the room.
    named = {str(r.data["superseded_by"]) for r in records
             if r.data.get("superseded_by") and is_superseded(r, inp.printed_on)}
    laws = [_law_line(r, inp.printed_on, lookup, lang) for r in records if r.id not in named]
    # key terms as the words to use with each side, the outcome's own first; the rest are a
    # click away in the guidebook, not on paper
    term_columns = list(dict.fromkeys([lang, "de", "ru", "en"]))
    terms = []
    for tid in ([] if inp.compact else view.terms[:MAX_TERMS]):
        try:
            eq = lookup.get("term", tid, lang).data.get("equivalents", {})
        except UserError:
            continue
        terms.append([eq.get(code, "") for code in term_columns])
    src = inp.source or {}
    name = ". ".join(x for x in (src.get("title", ""), src.get("subtitle", "")) if x)
    html = render(
        # the wizard's own sentences keep dates and numbers together as the Markdown texts do
        "sheet.html", lang=lang, lab=lab, category=keep_together(view.category),
        reasons=[keep_together(r) for r in view.reasons],
        printed_on=local_date(inp.printed_on, lang), content_version=inp.content_version,
        dates=lab["dates"].format(report=local_date(inp.report_date or src.get("date", ""), lang),
                                  newest=local_date(inp.newest_source or inp.report_date, lang),
                                  edition=local_date(inp.as_of, lang)),
        client_name=inp.client_name.strip()[:120], urgent=urgent, summary_html=summary_html,
        circumstances=circumstances, lists=lists, laws=laws,
        term_columns=[LANGUAGE_NAMES[c] for c in term_columns], terms=terms,
        note_lines=_note_lines(inp.note) if inp.note.strip() else [], note_on_continuation=inp.note_on_continuation,
        source=lab["report_line"].format(name=name, publisher=src.get("publisher", ""),
                                         date=local_date(src.get("date", ""), lang), url=src.get("url", "")),
        organisation=_organisation(inp.organisation),
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
    return render("sheet-safe.html", lang=lang, lab=lab,
                  intro=lab["safe_intro"].format(date=local_date(inp.printed_on, lang)),
                  client_name=inp.client_name.strip()[:120],
                  note_lines=_note_lines(inp.note) if inp.note.strip() else [])
