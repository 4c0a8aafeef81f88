"""When content counts as old: one rule for the window's notice and the edition API.

Its own module, standard library only, because the window asks at every start and must not
load the installer (hashing, archives, signatures) to do it.
"""

from __future__ import annotations

import datetime as _dt


def months_between(start: _dt.date, end: _dt.date) -> int:
    """Whole months from `start` to `end` (2026-01-31 -> 2026-02-28 is 0, -> 2026-03-01 is 1)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def is_older_than(made: _dt.date, months: int, today: _dt.date) -> bool:
    """True when content made on `made` is `months` whole months old or more on `today`."""
    return months_between(made, today) >= months and today > made
