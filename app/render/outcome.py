"""A wizard outcome as an on-screen HTML page with links into the guidebook (pure Python).

What the page holds and in which order is the outcome view's (app/render/outcome_view.py);
the markup is resources/templates/outcome.html; the words of its headings are the
window's (Qt translations), handed in as OutcomeLabels.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from markupsafe import Markup

from app.render.markdown import inline_html, to_html
from app.render.outcome_view import Circumstance, OutcomeView, TitleOf, outcome_view
from app.render.templates import render
from app.wizard.model import Outcome


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


def _markdown(text: str) -> Markup:
    return Markup(to_html(text))  # Markdown rendered with raw HTML disabled (app.render.markdown): safe as it is


def _blocks(items: tuple[Circumstance, ...]) -> list[dict[str, object]]:
    return [{"title": c.title, "text_html": _markdown(c.text)} for c in items]


def outcome_html(view: OutcomeView, labels: OutcomeLabels = OutcomeLabels(), as_of: str = "") -> str:
    return render(
        "outcome.html", view=view, labels=asdict(labels), as_of=as_of,
        urgent=_blocks(view.urgent), circumstances=_blocks(view.circumstances), summary_html=_markdown(view.summary),
        # list items are one line of Markdown each, rendered with raw HTML disabled
        lists=[{"key": lst.key, "ordered": lst.ordered, "items_html": [Markup(inline_html(i)) for i in lst.items]}
               for lst in view.lists],
    )


def render_outcome(o: Outcome, title_of: TitleOf, labels: OutcomeLabels = OutcomeLabels(), as_of: str = "") -> str:
    return outcome_html(outcome_view(o, title_of), labels, as_of)
