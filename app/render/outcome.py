"""A wizard outcome as an on-screen HTML page with links into the guidebook (pure Python)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from app.render.html import escape
from app.render.markdown import inline_html, to_html
from app.render.pages import link
from app.wizard.model import Outcome

TitleOf = Callable[[str, str], str]


@dataclass(frozen=True)
class OutcomeLabels:
    assessment: str = "Assessment"
    why: str = "Why this category"
    circumstances: str = "Circumstances that change the picture"
    helps: str = "What helps"
    risks: str = "Risks"
    evidence: str = "Evidence to gather"
    next_steps: str = "Next steps"
    read_more: str = "Read more in the guidebook"
    sections: str = "Sections"
    laws: str = "Legal references"
    terms: str = "Terms"
    disclaimer: str = "Information, not legal advice."
    as_of: str = "Information as of"


def _list(items: tuple[str, ...], ordered: bool = False, box: bool = False) -> str:
    if not items:
        return ""
    tag = "ol" if ordered else "ul"
    pre = "☐ " if box else ""
    return f"<{tag}>" + "".join(f"<li>{pre}{inline_html(i)}</li>" for i in items) + f"</{tag}>"


def render_outcome(o: Outcome, title_of: TitleOf, labels: OutcomeLabels = OutcomeLabels(), as_of: str = "") -> str:
    parts = [f"<p class='breadcrumb'>{escape(labels.assessment)}</p><h1>{escape(o.category)}</h1>"]
    # time limits and flags for the counsellor come before everything else, framed
    urgent = [b for b in o.circumstances if b.prominent]
    if urgent:
        cells = "".join(f"<p><b>{escape(b.title)}</b></p>{to_html(b.text)}" for b in urgent)
        parts.append(f"<table class='alert' border='2' cellspacing='0' cellpadding='6' width='100%'><tr><td>{cells}"
                     "</td></tr></table>")
    parts.append(to_html(o.summary))
    if o.reasons:
        parts.append(f"<h3>{escape(labels.why)}</h3>{_list(o.reasons)}")
    others = [b for b in o.circumstances if not b.prominent]
    if others:
        parts.append(f"<h3>{escape(labels.circumstances)}</h3>")
        parts.extend(f"<p><b>{escape(b.title)}</b></p>{to_html(b.text)}" for b in others)
    for title, items, ordered, box in ((labels.helps, o.helps, False, False), (labels.risks, o.risks, False, False),
                                       (labels.evidence, o.evidence, False, False),
                                       (labels.next_steps, o.next_steps, True, False)):
        if items:
            parts.append(f"<h3>{escape(title)}</h3>{_list(items, ordered, box)}")
    rows = []
    for title, kind, ids in ((labels.sections, "section", o.sections), (labels.laws, "law", o.laws),
                             (labels.terms, "term", o.terms)):
        if ids:
            rows.append(f"<p><b>{escape(title)}:</b> " + ", ".join(link(kind, i, title_of(kind, i)) for i in ids) + "</p>")
    if rows:
        parts.append(f"<h3>{escape(labels.read_more)}</h3>" + "".join(rows))
    footer = escape(labels.disclaimer) + (f"<br>{escape(labels.as_of)} {escape(as_of)}" if as_of else "")
    parts.append(f"<hr><p class='provenance'>{footer}</p>")
    return "\n".join(parts)
