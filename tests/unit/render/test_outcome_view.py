"""One outcome, three renderers (app/render/outcome_view.py): what each part of the assessment
is, in which order, and that the screen, the sheet and the terminal show it alike."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.cli.wizard import _print_outcome
from app.render.outcome import render_outcome
from app.render.outcome_view import Circumstance, ItemList, Reference, ReferenceGroup, outcome_view
from app.render.templates import environment
from app.sheet.compose import SheetInput, compose_sheet
from app.wizard.model import Block, Outcome
from tests.unit.render.visible import visible_text
from tests.unit.sheet.test_compose import STORE

OUTCOME = Outcome(
    id="minor", category="Under 18", summary="Other rules apply to **minors**.",
    helps=("Your age",), risks=(), evidence=("☐ **To gather:** your birth certificate",),
    next_steps=("Ask for a guardian", "Apply"),
    circumstances=(Block("route", "Came through Croatia", "See the Dublin rules.", laws=("aufenthg-60",)),
                   Block("safeguards", "Safeguards for a minor", "A guardian must be appointed.", prominent=True,
                         laws=("gg-16a",))),
    sections=("dublin",), terms=("t0",), laws=("dublin-iii", "gg-16a", "aufenthg-60"),
    reasons=("You are 17.", "You are in Germany."), lang="en", sources=("unhcr",), own_laws=("dublin-iii",))


def test_the_boxed_circumstances_are_set_apart_from_the_others_in_their_order() -> None:
    view = outcome_view(OUTCOME)
    assert view.urgent == (Circumstance("Safeguards for a minor", "A guardian must be appointed.", ("gg-16a",)),)
    assert view.circumstances == (Circumstance("Came through Croatia", "See the Dublin rules.", ("aufenthg-60",)),)


def test_empty_lists_are_left_out_and_each_list_says_how_it_is_shown() -> None:
    view = outcome_view(OUTCOME)
    assert view.lists == (ItemList("helps", ("Your age",)),
                          ItemList("evidence", ("☐ **To gather:** your birth certificate",), checklist=True),
                          ItemList("next_steps", ("Ask for a guardian", "Apply"), ordered=True))


def test_references_to_read_further_are_named_by_the_guidebook_or_by_their_ids() -> None:
    titles = {"dublin": "Dublin transfers", "t0": "deserter"}
    view = outcome_view(replace(OUTCOME, laws=()), lambda kind, rid: titles[rid])
    assert view.read_more == (ReferenceGroup("sections", (Reference("section", "dublin", "Dublin transfers"),)),
                              ReferenceGroup("terms", (Reference("term", "t0", "deserter"),)))
    assert outcome_view(OUTCOME).read_more[1].refs[0] == Reference("law", "dublin-iii", "dublin-iii")


def test_paper_prints_the_outcomes_own_references_and_the_boxed_ones() -> None:
    assert outcome_view(OUTCOME).printed_laws == ("dublin-iii", "gg-16a")
    assert outcome_view(replace(OUTCOME, own_laws=())).printed_laws == OUTCOME.laws


def test_the_view_cannot_be_changed_by_a_renderer() -> None:
    with pytest.raises(AttributeError):
        outcome_view(OUTCOME).category = "x"  # type: ignore[misc]


def _screen() -> str:
    return visible_text(render_outcome(OUTCOME, lambda kind, rid: rid))


def _paper() -> str:
    inp = SheetInput(outcome=OUTCOME, printed_on="2026-07-02", content_version="v", as_of="2026-07-01")
    return visible_text(compose_sheet(inp, STORE, "en"))


def _terminal(capsys: pytest.CaptureFixture[str]) -> str:
    _print_outcome(OUTCOME)
    return capsys.readouterr().out


def test_screen_paper_and_terminal_box_the_safeguards_first_and_use_the_same_headings(
        capsys: pytest.CaptureFixture[str]) -> None:
    for text in (_screen(), _paper(), _terminal(capsys)):
        assert text.index("Safeguards for a minor") < text.index("You are 17.") < text.index("Came through Croatia")
        assert text.index("Came through Croatia") < text.index("Your age") < text.index("Ask for a guardian")
        for heading in ("What helps", "Evidence to gather", "Next steps"):
            assert heading in text
        assert "Risks" not in text  # no risks: no heading
    terminal = _terminal(capsys)
    assert "Why this category" in terminal and "1. Ask for a guardian\n2. Apply" in terminal


def test_a_title_with_markup_is_shown_as_text_on_screen_and_on_paper() -> None:
    hostile = replace(OUTCOME, category="<b>Deserter</b>",
                      circumstances=(Block("s", "<i>Minor</i>", "Text", prominent=True),))
    screen = render_outcome(hostile, lambda kind, rid: f"<u>{rid}</u>")
    inp = SheetInput(outcome=hostile, printed_on="2026-07-02", content_version="<v>", as_of="2026-07-01",
                     client_name="<b>Ivan</b>")
    paper = compose_sheet(inp, STORE, "en")
    for html in (screen, paper):
        assert "<b>Deserter" not in html and "<i>Minor" not in html and "<b>Ivan" not in html
        assert "&lt;b&gt;Deserter&lt;/b&gt;" in html
        assert "<b>Deserter</b>" in visible_text(html)
    assert "<u>" not in screen and "<u>dublin</u>" in visible_text(screen)


def test_a_misspelt_name_in_a_template_fails_instead_of_printing_nothing() -> None:
    with pytest.raises(Exception, match="undefined"):
        environment().from_string("{{ no_such_value }}").render()
    for name in environment().list_templates():
        environment().get_template(name)  # every shipped template parses
