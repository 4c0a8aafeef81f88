"""Dates, paragraph signs, case numbers and ages stay on one line on pages and sheets, and the
search index keeps the characters a person types (app.render.typography)."""

from __future__ import annotations

import pytest

from app.render.markdown import inline_html, to_html, to_text

NBSP, NBHY = "\u00a0", "\u2011"


@pytest.mark.parametrize("written,shown", [
    ("since 12 June 2026", f"since 12{NBSP}June 2026"),
    ("seit dem 1. Juli 2026", f"seit dem 1.{NBSP}Juli 2026"),
    ("с 1 июля 2026 г.", f"с 1{NBSP}июля 2026{NBSP}г."),
    ("§ 60(5) AufenthG and §§ 3a", f"§{NBSP}60(5) AufenthG and §§{NBSP}3a"),
    ("(12 B 18/23; 2 A 541/24.A; 3 B 184/24 MD)",
     f"(12{NBSP}B{NBSP}18/23; 2{NBSP}A{NBSP}541/24.A; 3{NBSP}B{NBSP}184/24{NBSP}MD)"),
    ("33 K 143.19 A, M 22 K 21.31096, VG 33 K 519/24 A", f"33{NBSP}K{NBSP}143.19{NBSP}A, M{NBSP}22{NBSP}K{NBSP}"
                                                          f"21.31096, VG{NBSP}33{NBSP}K{NBSP}519/24{NBSP}A"),
    ("для 17-летнего чеченца, a 17-year-old", f"для 17{NBHY}летнего чеченца, a 17{NBHY}year-old"),
    ("подп. «e» п. 2 ст. 9; Art. 328 Abs. 1", f"подп.{NBSP}«e» п.{NBSP}2 ст.{NBSP}9; Art.{NBSP}328 Abs.{NBSP}1"),
    ("Regulation (EU) 2024/1347, (ЕС) № 604/2013", f"Regulation (EU){NBSP}2024/1347, (ЕС){NBSP}№{NBSP}604/2013"),
    ("в 2022 и 2023 гг., с 2026 г.", f"в 2022 и 2023{NBSP}гг., с 2026{NBSP}г."),
    ("до 30 000 рублей, 40 %, 45 Jahren", f"до 30{NBSP}000{NBSP}рублей, 40{NBSP}%, 45{NBSP}Jahren"),
    ("AsylG – Asylgesetz; AsylG — Закон", f"AsylG{NBSP}– Asylgesetz; AsylG{NBSP}— Закон"),
    ("12 K 48/23 A court", f"12{NBSP}K{NBSP}48/23 A court"),  # an "A" that begins the next words stays free
    ("EZ (C-238/19), Arts. 9–10, п. «а» ч. 1", f"EZ (C{NBHY}238/19), Arts.{NBSP}9–10, п.{NBSP}«а» ч.{NBSP}1"),
    ("18, 19 und 20 Jahre; nach Art. 9. Dann", f"18, 19 und 20{NBSP}Jahre; nach Art.{NBSP}9. Dann"),
])
def test_what_belongs_together_stays_on_one_line(written: str, shown: str) -> None:
    assert inline_html(written) == shown
    assert shown in to_html(f"- {written}")


@pytest.mark.parametrize("written", [
    "the report of 2024-02-20",      # an ISO date does not break at its hyphens anyway
    "in 2026 June was",              # a year is no day
    "1.150 applications",
    "seit Juni 2023 100 Urteilen",   # a year and a count are two numbers
    "S. Müller",                     # an initial, not a page
    "aged 18–45",                    # an unspaced range is no spaced dash
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
