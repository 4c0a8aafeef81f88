"""Texts of the About box and the keyboard shortcuts list (HTML for QMessageBox)."""

from __future__ import annotations

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


def shortcuts_html(w: QWidget, actions: Actions) -> str:
    rows = []
    for act in actions.all():
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())
        if keys:
            rows.append((act.text().replace("&", ""), keys))
    rows += [(QCoreApplication.translate("Dialogs", "Focus the search field"), "/"), (QCoreApplication.translate("Dialogs", "Clear the search"), "Esc"),
             (QCoreApplication.translate("Dialogs", "Choose a result / open it"), QCoreApplication.translate("Dialogs", "Up, Down / Enter")),
             (QCoreApplication.translate("Dialogs", "Back / Forward"), QCoreApplication.translate("Dialogs", "Alt+Left / Alt+Right, mouse back/forward buttons"))]
    table = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows)
    return f"<table>{table}</table>"
