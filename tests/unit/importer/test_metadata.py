"""metadata: title, publisher, date and language as the report states them."""

from __future__ import annotations

import pytest

from app.importer.metadata import detect, detect_lang, find_date, find_publisher
from app.importer.split import outline


@pytest.mark.parametrize("text, iso", [
    ("(20.02.2024) Connection e.V. and PRO ASYL", "2024-02-20"),
    ("Published 20 February 2024 in Berlin", "2024-02-20"),
    ("Berlin, February 20, 2024.", "2024-02-20"),
    ("Stand: 2024-02-20", "2024-02-20"),
    ("vom 5. Dezember 2023", "2023-12-05"),
    ("Москва, 21 сентября 2022 г.", "2022-09-21"),
    ("On 31.02.2024 nothing", ""),
    ("In September 2023 the office", ""),
    ("No date at all", ""),
])
def test_find_date(text: str, iso: str) -> None:
    assert find_date(text) == iso


def test_the_first_date_near_the_top_wins_and_the_end_is_a_fallback() -> None:
    assert find_date("(20.02.2024) text 25 May 2022 more") == "2024-02-20"
    assert find_date("Title\n\n" + "word " * 1000 + "\n\nCited: February 20, 2024.") == "2024-02-20"


@pytest.mark.parametrize("text, publisher", [
    ("Title\n\nby Connection e.V.\n\nText", "Connection e.V."),
    ("Title\n\nvon PRO ASYL\n\nText", "PRO ASYL"),
    ("Title\n\nPublisher: Memorial Human Rights Centre\n\nText", "Memorial Human Rights Centre"),
    ("Title\n\nA study of Connection e.V. and others.", "Connection e.V."),
    ("Title\n\nNothing here.", ""),
])
def test_find_publisher(text: str, publisher: str) -> None:
    assert find_publisher(text) == publisher


@pytest.mark.parametrize("text, lang", [
    ("Частичная мобилизация была объявлена в сентябре 2022 года.", "ru"),
    ("Die Bundesregierung hat die Entscheidungspraxis für Deserteure und Verweigerer nicht geändert.", "de"),
    ("The Federal Office adjusted its decision-making practice in September.", "en"),
    ("12345", "en"),
])
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_title_from_the_opening_heading_else_the_first_line() -> None:
    m = detect(outline("Report title\n\nSubtitle here?\n\nby X Y\n\nA paragraph that is a sentence.", "txt"))
    assert (m.title, m.subtitle, m.publisher) == ("Report title", "Subtitle here?", "X Y")
    m = detect(outline("a lower-case first line that is long enough.\n\nMore.", "txt"))
    assert m.title == "a lower-case first line that is long enough."
    m = detect(outline("<title>Page title</title><p>text only</p>", "html"))
    assert m.title == "Page title"
    # a .txt written with Markdown's heading marks is titled by the words, not "# Отчёт …"
    m = detect(outline("# Отчёт о мобилизации\n\nДезертиры и уклонисты: что ждёт их в Германии.", "txt"))
    assert m.title == "Отчёт о мобилизации"
