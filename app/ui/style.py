"""The reader's stylesheet, made from the current palette so light and dark themes both read well."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

FONT_FAMILY = "DejaVu Sans"


def reader_css(palette: QPalette | None = None) -> str:
    pal = palette or QApplication.palette()
    text = pal.color(QPalette.ColorRole.Text).name()
    base = pal.color(QPalette.ColorRole.Base)
    link = pal.color(QPalette.ColorRole.Link).name()
    dark = base.lightness() < 128
    muted = "#9aa0a6" if dark else "#5f6368"
    warn_bg, warn_fg = ("#4a3b00", "#ffe08a") if dark else ("#fff4ce", "#5c4400")
    info_bg = "#263238" if dark else "#eef3f8"
    rule = "#555" if dark else "#ccc"
    return f"""
body {{ color: {text}; font-family: '{FONT_FAMILY}'; }}
a {{ color: {link}; text-decoration: none; }}
h1 {{ font-size: 150%; margin-bottom: 4px; }}
h3 {{ font-size: 110%; margin-top: 14px; }}
p.breadcrumb {{ color: {muted}; font-size: 90%; }}
p.provenance {{ color: {muted}; font-size: 88%; }}
p.warning {{ background-color: {warn_bg}; color: {warn_fg}; padding: 6px; }}
p.untranslated {{ background-color: {info_bg}; color: {muted}; padding: 6px; font-style: italic; }}
p.verify {{ background-color: {info_bg}; padding: 6px; }}
table {{ border-collapse: collapse; margin: 6px 0; }}
td, th {{ border: 1px solid {rule}; padding: 4px 8px; }}
th {{ text-align: left; }}
hr {{ color: {rule}; }}
"""


def styled_page(body_html: str, palette: QPalette | None = None) -> str:
    """A page for a text browser (the reader, the assessment's outcome) with the reader's
    stylesheet in its head. In the page, not set as the document's default: asking a browser
    for its document builds QTextDocument's type and enums, before the first paint for the
    reader (#19); the pages come out the same (every bundled page and outcome compared
    through toHtml)."""
    return f"<html><head><style>{reader_css(palette)}</style></head><body>{body_html}</body></html>"
