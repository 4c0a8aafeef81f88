"""Markdown that silently drops text: a list item starting "24. Februar" is read as a nested
numbered list and the "24." vanishes from the page (a wrong date for a lawyer)."""

from __future__ import annotations

import re
from pathlib import Path

from app.render.markdown import to_html

ROOT = Path(__file__).resolve().parents[3]
NESTED_NUMBER = re.compile(r"^\s*[-*+] +\d{1,4}\. ", re.MULTILINE)


def test_no_list_item_starts_with_an_unescaped_number_and_dot() -> None:
    offenders = [f"{p.relative_to(ROOT)}:{text[:m.start()].count(chr(10)) + 1}"
                 for p in sorted((ROOT / "resources" / "content").rglob("*.md"))
                 for text in [p.read_text(encoding="utf-8")] for m in NESTED_NUMBER.finditer(text)]
    assert not offenders, "write '24\\. Februar' so the number stays: " + ", ".join(offenders)


def test_the_escaped_date_is_shown() -> None:
    html = to_html("- 24\\. Februar – 31. Dezember 2022: 1.150 Anträge")
    assert "24.\u00a0Februar" in html  # the day kept with its month (app.render.typography)
