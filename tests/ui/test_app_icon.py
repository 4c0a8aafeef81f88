"""The window shows the PNG icon (app.paths.app_icon), which must stay the SVG's own picture."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_png_icon_is_the_svg_drawn_at_256_px(qapp) -> None:
    """The window uses the PNG (the SVG loaded Qt's SVG plugin for the title bar alone, #19):
    an edited SVG needs its PNG rendered again (python build/icons.py)."""
    from PySide6.QtGui import QImage

    from app import paths

    sys.path.insert(0, str(ROOT / "build"))
    try:
        from icons import SVG, render_png
    finally:
        sys.path.remove(str(ROOT / "build"))
    drawn = QImage.fromData(render_png(256, SVG)).convertToFormat(QImage.Format.Format_ARGB32)
    committed = QImage(str(paths.app_icon())).convertToFormat(QImage.Format.Format_ARGB32)
    assert committed.size() == drawn.size()
    worst = max(abs(((drawn.pixel(x, y) >> shift) & 255) - ((committed.pixel(x, y) >> shift) & 255))
                for y in range(256) for x in range(256) for shift in (0, 8, 16, 24))
    assert worst <= 2  # Qt's rounding differs by one unit here and there between versions
