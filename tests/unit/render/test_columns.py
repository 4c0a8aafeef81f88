"""Two columns on paper (the sheet's answers and legal references) cut where they come out even."""

from __future__ import annotations

from app.render.templates import halves


def test_the_columns_are_cut_by_the_lines_their_text_takes_not_by_count() -> None:
    """One reference with a "no longer in force" warning fills four lines: cut by count, the
    first column came out a third taller than the second, and the longest sheets ran on to a
    third page."""
    long_one = {"citation": "Art. 9(2)(e) Qualification Directive", "superseded_since": "01.07.2026",
                "replaced_by": "Regulation (EU) 2024/1347 (Qualification Regulation)", "in_force_from": ""}
    short = [{"citation": f"§ {n} AsylG", "superseded_since": "", "replaced_by": "", "in_force_from": ""}
             for n in range(4)]
    left, right = halves([long_one, *short])
    assert list(left) == [long_one, short[0]] and list(right) == short[1:]


def test_reading_order_is_kept_and_nothing_is_lost() -> None:
    items = ["a" * 30, "b" * 200, "c", "d", "e"]
    left, right = halves(items)
    assert [*left, *right] == items and len(left) >= 1


def test_equal_items_split_in_half_the_first_column_the_longer() -> None:
    assert halves(["x"] * 5) == (["x"] * 3, ["x"] * 2)
    assert halves([]) == ([], [])
