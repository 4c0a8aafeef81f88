"""A wizard outcome as an on-screen HTML page with links into the guidebook (pure Python).

What the page holds and in which order is the outcome view's (app/render/outcome_view.py);
the markup is resources/templates/outcome.html; the words of its headings come from the
one catalogue of renderer words (app/render/labels.py), in the outcome's language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from markupsafe import Markup

from app.langs import local_date
from app.render.labels import english, words_for
from app.render.outcome_view import Circumstance, OutcomeView, TitleOf, outcome_view
from app.render.templates import render
from app.wizard.model import Outcome


@dataclass(frozen=True)
class OutcomeLabels:
    """The outcome's headings in one language, from the catalogue (app/render/labels.py): the
    sheet's own words for the headings the two share (why, helps, risks …), words of their own
    for the screen's (assessment, read_more, sections, terms, disclaimer). `OutcomeLabels()`
    is English, as the terminal prints it."""

    assessment: str = english("outcome", "assessment")
    why: str = english("outcome", "why")
    circumstances: str = english("outcome", "circumstances")
    helps: str = english("outcome", "helps")
    risks: str = english("outcome", "risks")
    evidence: str = english("outcome", "evidence")
    next_steps: str = english("outcome", "next_steps")
    read_more: str = english("outcome", "read_more")
    sections: str = english("outcome", "sections")
    laws: str = english("outcome", "laws")
    terms: str = english("outcome", "terms")
    disclaimer: str = english("outcome", "disclaimer")
    as_of: str = english("outcome", "as_of")
    prominent: str = english("outcome", "prominent")  # the sheet's "Read this first": the terminal's frame

    @classmethod
    def in_language(cls, lang: str) -> OutcomeLabels:
        return cls(**words_for(lang, "outcome", (f.name for f in fields(cls))))


def preload() -> None:
    """Import markdown-it and build its parser now: the assessment's window calls this once it is
    on screen (app.ui.wizard_window). Imported with the window, it was 35-70 ms of opening it;
    with the first outcome, the same time on the last "Next" (#19; README, Performance). Done
    while the counsellor reads the first question, neither waits."""
    from app.render.markdown import to_html

    to_html("")


def _markdown(text: str) -> Markup:
    from app.render.markdown import to_html  # see outcome_html

    return Markup(to_html(text))  # Markdown rendered with raw HTML disabled (app.render.markdown): safe as it is


def _blocks(items: tuple[Circumstance, ...]) -> list[dict[str, object]]:
    return [{"title": c.title, "text_html": _markdown(c.text)} for c in items]


def outcome_html(view: OutcomeView, labels: OutcomeLabels | None = None, as_of: str = "") -> str:
    # Imported here, not at the top: the assessment's window imports this module, and markdown-it
    # was 35-70 ms of opening it (#19). The window loads it once it is on screen (`preload`);
    # this import is then only a look-up.
    from app.render.markdown import inline_html

    return render(
        "outcome.html", view=view, labels=asdict(labels or OutcomeLabels.in_language(view.lang)),
        as_of=local_date(as_of, view.lang) if as_of else "",  # 29.11.2026 in ru and de, as on the sheet
        urgent=_blocks(view.urgent), circumstances=_blocks(view.circumstances), summary_html=_markdown(view.summary),
        # list items are one line of Markdown each, rendered with raw HTML disabled
        lists=[{"key": lst.key, "ordered": lst.ordered, "items_html": [Markup(inline_html(i)) for i in lst.items]}
               for lst in view.lists],
    )


def render_outcome(o: Outcome, title_of: TitleOf, labels: OutcomeLabels | None = None, as_of: str = "") -> str:
    """`labels` default to the outcome's own language."""
    return outcome_html(outcome_view(o, title_of), labels, as_of)
