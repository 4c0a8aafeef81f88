"""Dates, paragraph signs, case numbers and ages stay on one line on pages and sheets, and the
search index keeps the characters a person types (app.render.typography)."""

from __future__ import annotations

import pytest

from app.render.markdown import inline_html, to_html, to_text

NBSP, NBHY = "\u00a0", "\u2011"


@pytest.mark.parametrize("written,shown", [
    ("since 12 June 2026", f"since 12{NBSP}June 2026"),
    ("seit dem 1. Juli 2026", f"seit dem 1.{NBSP}Juli 2026"),
    ("с 1 июля 2026 г.", f"с 1{NBSP}июля 2026 г."),
    ("§ 60(5) AufenthG and §§ 3a", f"§{NBSP}60(5) AufenthG and §§{NBSP}3a"),
    ("(12 B 18/23; 2 A 541/24.A; 3 B 184/24 MD)",
     f"(12{NBSP}B{NBSP}18/23; 2{NBSP}A{NBSP}541/24.A; 3{NBSP}B{NBSP}184/24 MD)"),
    ("для 17-летнего чеченца, a 17-year-old", f"для 17{NBHY}летнего чеченца, a 17{NBHY}year-old"),
])
def test_what_belongs_together_stays_on_one_line(written: str, shown: str) -> None:
    assert inline_html(written) == shown
    assert shown in to_html(f"- {written}")


@pytest.mark.parametrize("written", [
    "the report of 2024-02-20",      # an ISO date does not break at its hyphens anyway
    "in 2026 June was",              # a year is no day
    "1.150 applications",
    "Regulation (EU) 2024/1347",
])
def test_other_numbers_are_left_as_written(written: str) -> None:
    assert inline_html(written) == written


def test_code_and_link_targets_are_not_touched() -> None:
    html = inline_html("[since 5 May](guide://law/vg-17-kammer) `§ 60`")
    assert f'<a href="guide://law/vg-17-kammer">since 5{NBSP}May</a>' in html
    assert "<code>§ 60</code>" in html


def test_the_search_text_has_ordinary_spaces_and_hyphens() -> None:
    assert to_text("On 26 June 2025 a 17-year-old (§ 4 AsylG; 12 B 18/23)") == \
        "On 26 June 2025 a 17-year-old (§ 4 AsylG; 12 B 18/23)"
