"""Texts of the About box and the keyboard shortcuts list (HTML for QMessageBox)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app import __version__
from app.render.html import escape
from app.store.guidebook import Guidebook
from app.ui.actions import Actions


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def about_html(w: QWidget, book: Guidebook) -> str:
    meta = book.meta
    report = book.sources().get("report", {})
    rows = [
        (_tr("Version"), f"{__version__}"),
        (_tr("Content"), f"{meta.get('edition', '')} ({meta.get('content_version', '')})"),
        (_tr("Content as of"), meta.get("as_of", "")),
        (_tr("Source report"), f"{report.get('title', '')}, {report.get('publisher', '')}, {report.get('date', '')}"),
        (_tr("Report address (not opened by this app)"), report.get("url", "")),
    ]
    table = "".join(f"<tr><th align='left'>{escape(k)}&nbsp;</th><td>{escape(v)}</td></tr>" for k, v in rows)
    disclaimer = _tr("This guidebook is information, not legal advice. It summarises a report dated "
                      "20 February 2024 and later changes in EU law; check the current law and practice "
                      "before acting, and refer clients to a lawyer or an asylum counselling service.")
    privacy = _tr("It works offline: nothing you search or type is sent anywhere or kept after you close it, "
                   "except bookmarks, settings and reports you import.")
    return f"<h3>Objector Guide</h3><table>{table}</table><p>{escape(disclaimer)}</p><p>{escape(privacy)}</p>"


def shortcuts_html(w: QWidget, actions: Actions) -> str:
    rows = []
    for act in actions.all():
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())
        if keys:
            rows.append((act.text().replace("&", ""), keys))
    rows += [(_tr("Focus the search field"), "/"), (_tr("Clear the search"), "Esc"),
             (_tr("Choose a result / open it"), _tr("Up, Down / Enter")),
             (_tr("Back / Forward"), _tr("Alt+Left / Alt+Right, mouse back/forward buttons"))]
    table = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows)
    return f"<table>{table}</table>"
