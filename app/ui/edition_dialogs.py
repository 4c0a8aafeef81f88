"""File → Install Content Update… and Help → What Changed.

A content update arrives by USB stick or messenger, where a forged file is a real risk, so
the counsellor sees who signed it, its date, the publisher's changelog and every change
before anything is installed; a refused file says why and changes nothing. The checks and
the install itself live in `app.edition` (plain Python); this module only shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.langs import local_date
from app.render.html import escape


class _Busy:
    """A wait cursor while verifying and comparing (a second or two on an old laptop)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()


class ChangesDialog(QDialog):
    """The verification result, the changelog and the diff; Install (or only Close)."""

    def __init__(self, parent: QWidget | None, intro_html: str, diff_html: str, can_install: bool) -> None:
        super().__init__(parent)
        self.setObjectName("editionChanges")
        self.setWindowTitle(QCoreApplication.translate("EditionDialogs", "Content update") if can_install else QCoreApplication.translate("EditionDialogs", "What changed"))
        self.intro = QLabel(intro_html)
        self.intro.setObjectName("editionIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setAccessibleName(QCoreApplication.translate("EditionDialogs", "About this content update"))
        self.view = QTextBrowser()
        self.view.setObjectName("editionDiff")
        self.view.setOpenLinks(False)
        self.view.setHtml(diff_html)
        self.view.setAccessibleName(QCoreApplication.translate("EditionDialogs", "What changed"))
        buttons = QDialogButtonBox()
        if can_install:
            self.install_button = buttons.addButton(QCoreApplication.translate("EditionDialogs", "&Install"), QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)


def _intro(edition: Any, lang: str) -> str:
    rows = [
        "✔ " + escape(QCoreApplication.translate("EditionDialogs", "Signed by %1 — the signature is valid and the file is unchanged.")
                      .replace("%1", edition.publisher)),
        escape(QCoreApplication.translate("EditionDialogs", "Edition %1, dated %2").replace("%1", edition.version).replace("%2", local_date(edition.date, lang))),
    ]
    changelog = edition.changelog_in(lang)
    if changelog:
        rows.append(f"<i>{escape(changelog)}</i>")
    return "<br>".join(rows)


def install_update(window: Any, lang: str, path: str | None = None,
                   confirm: Callable[[ChangesDialog], bool] | None = None) -> bool:
    """Choose a file, verify it, show what it changes (in `lang`, the content language), install
    it when the counsellor agrees. True when a new edition is now in use (the caller reopens
    the guidebook)."""
    from app.edition.diff import diff_file
    from app.edition.diff_html import diff_html
    from app.edition.install import check_installable, install
    from app.edition.verify import verify
    from app.ui.file_dialogs import open_file

    if path is None:
        path = open_file(window, QCoreApplication.translate("EditionDialogs", "Install content update"), str(Path.home()),
                         QCoreApplication.translate("EditionDialogs", "Content updates (*.ogedition);;All files (*)"))
        if not path:
            return False
    try:
        with _Busy():
            verified = verify(Path(path))
            check_installable(verified)
            diff = diff_file(Path(path))
    except UserError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("EditionDialogs", "Not installed"),
                            QCoreApplication.translate("EditionDialogs", "This content update was not installed; nothing was changed.") + "\n\n" + str(exc))
        return False
    dialog = ChangesDialog(window, _intro(verified, lang), diff_html(diff, lang), can_install=True)
    try:
        agreed = confirm(dialog) if confirm is not None else dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if not agreed:
        return False
    progress = QProgressDialog(QCoreApplication.translate("EditionDialogs", "Installing the content update…"), "", 0, 100, window)
    progress.setObjectName("editionProgress")
    progress.setCancelButton(None)  # an install is all or nothing: it cannot stop half-way
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    steps = {"verifying": QCoreApplication.translate("EditionDialogs", "Checking the signature…"), "unpacking": QCoreApplication.translate("EditionDialogs", "Unpacking…"),
             "checking": QCoreApplication.translate("EditionDialogs", "Checking the content…"), "indexing": QCoreApplication.translate("EditionDialogs", "Building the search index…"),
             "switching": QCoreApplication.translate("EditionDialogs", "Switching to the new content…"), "done": QCoreApplication.translate("EditionDialogs", "Done.")}

    def report(step: str, fraction: float) -> None:
        progress.setLabelText(steps.get(step, step))
        progress.setValue(int(fraction * 100))
        QApplication.processEvents()

    try:
        result = install(Path(path), progress=report)
    except UserError as exc:
        progress.close()
        QMessageBox.warning(window, QCoreApplication.translate("EditionDialogs", "Not installed"),
                            QCoreApplication.translate("EditionDialogs", "This content update was not installed; nothing was changed.") + "\n\n" + str(exc))
        return False
    progress.close()
    return not result.already_active


def show_what_changed(window: Any, lang: str) -> None:
    """Help → What Changed: the edition in use against the one before it, in `lang`."""
    from app.edition.diff import what_changed
    from app.edition.diff_html import diff_html
    from app.edition.install import active_edition

    try:
        with _Busy():
            diff = what_changed()
            current = active_edition()
    except UserError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("EditionDialogs", "What changed"), str(exc))
        return
    if diff is None:
        QMessageBox.information(window, QCoreApplication.translate("EditionDialogs", "What changed"),
                                QCoreApplication.translate("EditionDialogs", "You are using the content that came with the app (edition %1); "
                                    "no content update has been installed.").replace("%1", f"{current.version}, {local_date(current.date, lang)}"))
        return
    intro = escape(QCoreApplication.translate("EditionDialogs", "Edition %1, dated %2").replace("%1", current.version).replace("%2", local_date(current.date, lang)))
    if current.changelog_in(lang):
        intro += f"<br><i>{escape(current.changelog_in(lang))}</i>"
    dialog = ChangesDialog(window, intro, diff_html(diff, lang), can_install=False)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
