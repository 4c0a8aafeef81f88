"""The assessment page at the end of the wizard (app/render/outcome.py), as the counsellor reads it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.render.outcome import OutcomeLabels, render_outcome
from app.wizard.model import Block, Outcome
from tests.unit.render.visible import visible_text

TITLES = {("section", "dublin"): "Dublin transfers", ("law", "dublin-iii"): "Dublin III Regulation",
          ("term", "deserter"): "deserter"}


def title_of(kind: str, rid: str) -> str:
    return TITLES[(kind, rid)]


OUTCOME = Outcome(
    id="deserter", category="Deserter", summary="Chances are **good** in Germany.",
    helps=("A call-up paper",), risks=("A transfer to *Croatia*",), evidence=("The summons", "Your military ID"),
    next_steps=("Ask for counselling", "Apply for asylum"),
    circumstances=(Block("deadline", "Two weeks to appeal", "The time limit runs from **delivery**.", prominent=True),
                   Block("minor", "Under 18", "Other rules apply.")),
    sections=("dublin",), terms=("deserter",), laws=("dublin-iii",),
    reasons=("You left your unit", "You are in Germany"), lang="en")


def test_time_limits_are_boxed_before_the_summary_and_other_circumstances_follow_it() -> None:
    page = render_outcome(OUTCOME, title_of)
    text = visible_text(page)
    box = page.index("<table class='alert'")
    assert box < page.index("Two weeks to appeal") < page.index("Chances are") < page.index("Under 18")
    assert "Two weeks to appeal" not in page[page.index("Circumstances that change the picture"):]
    assert "The time limit runs from delivery." in text and "<strong>delivery</strong>" in page
    assert "Circumstances that change the picture\nUnder 18\nOther rules apply." in text


def test_lists_in_reading_order_with_numbered_next_steps() -> None:
    text = visible_text(render_outcome(OUTCOME, title_of))
    assert text.index("Deserter") < text.index("Why this category") < text.index("What helps") \
        < text.index("Risks") < text.index("Evidence to gather") < text.index("Next steps")
    assert "Why this category\nYou left your unit\nYou are in Germany" in text
    assert "Risks\nA transfer to Croatia" in text
    page = render_outcome(OUTCOME, title_of)
    assert "<ol><li>Ask for counselling</li><li>Apply for asylum</li></ol>" in page


def test_empty_parts_print_no_heading() -> None:
    bare = replace(OUTCOME, helps=(), risks=(), evidence=(), next_steps=(), circumstances=(), reasons=(),
                   sections=(), terms=(), laws=())
    text = visible_text(render_outcome(bare, title_of))
    for heading in ("Why this category", "What helps", "Risks", "Evidence", "Next steps", "Circumstances",
                    "Read more"):
        assert heading not in text
    assert "alert" not in render_outcome(bare, title_of)


def test_read_more_links_into_the_guidebook_by_title() -> None:
    page = render_outcome(OUTCOME, title_of)
    assert '<a href="guide://section/dublin">Dublin transfers</a>' in page
    assert '<a href="guide://law/dublin-iii">Dublin III Regulation</a>' in page
    assert '<a href="guide://term/deserter">deserter</a>' in page
    assert ("Read more in the guidebook\nSections: Dublin transfers\nLegal references: Dublin III Regulation\n"
            "Terms: deserter") in visible_text(page)


def test_footer_says_information_not_advice_and_the_date_in_the_given_words() -> None:
    labels = OutcomeLabels(disclaimer="Информация, а не юридическая консультация.", as_of="По состоянию на")
    text = visible_text(render_outcome(OUTCOME, title_of, labels, as_of="01.07.2026"))
    assert text.endswith("Информация, а не юридическая консультация.\nПо состоянию на 01.07.2026")
    assert visible_text(render_outcome(OUTCOME, title_of)).endswith("Information, not legal advice.")


@pytest.mark.parametrize(("lang", "headings"), [
    ("ru", ("Оценка", "Почему эта категория", "Что говорит в вашу пользу", "Дальнейшие шаги",
            "Подробнее в справочнике", "Это информация, а не юридическая консультация.")),
    ("de", ("Einschätzung", "Warum diese Einordnung", "Was hilft", "Nächste Schritte", "Mehr dazu im Leitfaden",
            "Information, keine Rechtsberatung.")),
])
def test_headings_follow_the_outcomes_language_in_the_sheets_words(lang: str, headings: tuple[str, ...]) -> None:
    text = visible_text(render_outcome(replace(OUTCOME, lang=lang), title_of))
    for heading in headings:
        assert heading in text
    assert "Why this category" not in text and "Next steps" not in text


def test_content_cannot_inject_markup() -> None:
    hostile = replace(OUTCOME, category="<script>x</script>", summary="<img src=x onerror=y>",
                      helps=("<b onclick=z>bold</b>",),
                      circumstances=(Block("b", "<i>title</i>", "<iframe>", prominent=True),))
    page = render_outcome(hostile, title_of)
    for tag in ("<script", "<img", "<b onclick", "<i>", "<iframe"):
        assert tag not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page


@pytest.mark.parametrize(("lang", "shown"), [("ru", "29.11.2026"), ("de", "29.11.2026"), ("en", "2026-11-29")])
def test_the_date_in_the_footer_is_written_as_the_reader_writes_dates(lang: str, shown: str) -> None:
    """The content's as-of date comes from the store in ISO form; ru and de show 29.11.2026 (as the sheet)."""
    text = visible_text(render_outcome(replace(OUTCOME, lang=lang), title_of, as_of="2026-11-29"))
    assert text.endswith(shown) and ("2026-11-29" not in text or lang == "en")
