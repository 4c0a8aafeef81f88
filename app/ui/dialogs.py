"""Texts of the About box and the keyboard shortcuts list (HTML for QMessageBox)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app import __version__
from app.render.html import escape
from app.store.guidebook import Guidebook
from app.ui.actions import Actions


def about_html(w: QWidget, book: Guidebook) -> str:
    meta = book.meta
    report = book.sources().get("report", {})
    rows = [
        (QCoreApplication.translate("Dialogs", "Version"), f"{__version__}"),
        (QCoreApplication.translate("Dialogs", "Content"), f"{meta.get('edition', '')} ({meta.get('content_version', '')})"),
        (QCoreApplication.translate("Dialogs", "Content as of"), meta.get("as_of", "")),
        (QCoreApplication.translate("Dialogs", "Source report"), f"{report.get('title', '')}, {report.get('publisher', '')}, {report.get('date', '')}"),
        (QCoreApplication.translate("Dialogs", "Report address (not opened by this app)"), report.get("url", "")),
    ]
    table = "".join(f"<tr><th align='left'>{escape(k)}&nbsp;</th><td>{escape(v)}</td></tr>" for k, v in rows)
    disclaimer = QCoreApplication.translate("Dialogs", "This guidebook is information, not legal advice. It summarises a report dated "
                      "20 February 2024 and later changes in EU law; check the current law and practice "
                      "before acting, and refer clients to a lawyer or an asylum counselling service.")
    privacy = QCoreApplication.translate("Dialogs", "It works offline: nothing you search or type is sent anywhere or kept after you close it, "
                   "except bookmarks, settings and reports you import.")
    return f"<h3>Objector Guide</h3><table>{table}</table><p>{escape(disclaimer)}</p><p>{escape(privacy)}</p>"


def _human(seq: QKeySequence) -> str | None:
    """A key combination a person can press on a laptop, in the interface language (Strg,
    Umschalt …); None for media keys (Back, Find, Zoom In) that only some keyboards have."""
    portable = seq.toString(QKeySequence.SequenceFormat.PortableText)
    if "+" not in portable and not re.fullmatch(r"F\d+|Esc|Del|Delete|/", portable):
        return None
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts_html(w: QWidget, actions: Actions) -> str:
    rows = []
    for act in actions.all():
        keys = ", ".join(dict.fromkeys(k for k in (_human(s) for s in act.shortcuts()) if k))
        if keys:
            rows.append((act.text().replace("&", ""), keys))
    rows += [(QCoreApplication.translate("Dialogs", "Focus the search field"), "/"), (QCoreApplication.translate("Dialogs", "Clear the search"), "Esc"),
             (QCoreApplication.translate("Dialogs", "Choose a result / open it"), QCoreApplication.translate("Dialogs", "Up, Down / Enter")),
             (QCoreApplication.translate("Dialogs", "Back / Forward"), QCoreApplication.translate("Dialogs", "Alt+Left / Alt+Right, mouse back/forward buttons"))]
    assessment = [(QCoreApplication.translate("Dialogs", "Choose an answer / go on"), QCoreApplication.translate("Dialogs", "Up, Down / Enter")),
                  (QCoreApplication.translate("Dialogs", "Previous question"), QKeySequence(QKeySequence.StandardKey.Back).toString(
                      QKeySequence.SequenceFormat.NativeText) or "Alt+Left"),
                  (QCoreApplication.translate("Dialogs", "Save or open the answers"), _native("Ctrl+S") + " / " + _native("Ctrl+O")),
                  (QCoreApplication.translate("Dialogs", "Print the sheet / export it as PDF"), _native("Ctrl+P") + " / " + _native("Ctrl+Shift+E")),
                  (QCoreApplication.translate("Dialogs", "Clear the session"), _native("Ctrl+Shift+Del")),
                  (QCoreApplication.translate("Dialogs", "Close the assessment (asks first)"), "Esc, " + _native("Ctrl+W"))]
    table = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows)
    heading = escape(QCoreApplication.translate("Dialogs", "In the assessment window"))
    table2 = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>" for k, v in assessment)
    return f"<table>{table}</table><h4>{heading}</h4><table>{table2}</table>"


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
