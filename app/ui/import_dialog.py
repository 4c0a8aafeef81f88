"""Import a newer report: pick a file, check what was detected, import it off the GUI thread.

    import_report_interactively(parent, book) -> str | None   # File → Import report… (Ctrl+O)

The dialog reads the file in a worker thread (nothing is written), shows the detected
title, publisher and date in editable fields, the encoding used and a tree of the
sections found, then imports in a worker thread with a progress bar. Import is one
transaction: Cancel during the import rolls it back. The importer itself
(`app.importer`) knows nothing of Qt.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ui.safe_text import literal

if TYPE_CHECKING:
    from app.store.guidebook import Guidebook

FILE_FILTER_EXTENSIONS = "*.pdf *.txt *.md *.html *.htm"



class _Cancelled(Exception):
    """Raised from the progress callback to roll the import back."""


_LIVE: set[Job] = set()


def wait_for_jobs() -> None:
    """Cancel and finish every worker still running; called when the application quits,
    so no thread outlives the interpreter (an import is rolled back, a read finishes)."""
    for job in list(_LIVE):
        job.cancel()
        job.wait()


class Job(QThread):
    """Run `fn(progress)` in a worker thread; report back through queued signals.

    `failed` carries (sentence, exc_info or None): exc_info is set for a bug (not a
    UserError), so the GUI thread can show the friendly crash dialog for it.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any], parent: QWidget | None = None) -> None:
        # No Qt parent on purpose: a dialog that is deleted while its worker still runs
        # (closed while hidden, torn down at exit) would delete a running QThread with it,
        # and Qt aborts the whole process for that. The job stays referenced in _LIVE until
        # its thread has finished instead.
        super().__init__(None)
        self._fn = fn
        self._cancel = threading.Event()
        self._owner = parent
        _LIVE.add(self)
        self.finished.connect(self._release)

    def _release(self) -> None:
        # `finished` is sent just before the thread ends: wait for the end (at once), then let
        # Python free the job with its last reference. No deleteLater: Python owns this object,
        # and a C++ delete behind its back leaves the dialog's reference dangling (a crash).
        self.wait()
        _LIVE.discard(self)

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except _Cancelled:
            self.cancelled.emit()
        except UserError as exc:
            self.failed.emit(str(exc), None)
        except Exception as exc:  # a bug: the GUI thread shows the crash dialog
            self.failed.emit(f"{type(exc).__name__}: {exc}", sys.exc_info())
        else:
            self.succeeded.emit(result)


class ImportDialog(QDialog):
    """Preview and import one report file. After `exec()`, `result_` holds the ImportResult
    (None when nothing was imported)."""

    preview_ready = Signal(object)
    imported = Signal(object)

    def __init__(self, parent: QWidget | None, path: str | Path) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.path = Path(path)
        self.preview: Any = None
        self.result_: Any = None
        self.error = ""
        self._job: Job | None = None
        self._importing = False
        self._build()
        self.retranslate()
        self.resize(760, 640)
        self._start_preview()

    # construction
    def _build(self) -> None:
        def named(widget: QWidget, name: str) -> Any:
            widget.setObjectName(name)
            return widget

        self.file_label = named(QLabel(), "importFileLabel")
        self.file_label.setWordWrap(True)
        self.title_edit = named(QLineEdit(), "importTitleEdit")
        self.title_edit.setMaxLength(200)
        self.publisher_edit = named(QLineEdit(), "importPublisherEdit")
        self.publisher_edit.setMaxLength(200)
        self.date_edit = named(QLineEdit(), "importDateEdit")
        self.date_edit.setMaxLength(40)
        self.encoding_label = named(QLabel(), "importEncodingLabel")
        self.form = QFormLayout()
        self.form.setObjectName("importForm")
        self.title_caption = named(QLabel(), "importTitleCaption")
        self.publisher_caption = named(QLabel(), "importPublisherCaption")
        self.date_caption = named(QLabel(), "importDateCaption")
        self.encoding_caption = named(QLabel(), "importEncodingCaption")
        for caption, field in ((self.title_caption, self.title_edit), (self.publisher_caption, self.publisher_edit),
                               (self.date_caption, self.date_edit), (self.encoding_caption, self.encoding_label)):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.sections_label = named(QLabel(), "importSectionsLabel")
        self.tree = named(QTreeWidget(), "importSectionsTree")
        self.tree.setColumnCount(2)
        # the titles take the width (they are what the counsellor checks); the count stays narrow
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.sections_label.setBuddy(self.tree)
        self.previous_label = named(QLabel(), "importPreviousLabel")
        self.previous_label.setWordWrap(True)
        self.previous_label.setTextFormat(Qt.TextFormat.PlainText)  # it names an earlier import's title
        self.replace_check = named(QCheckBox(), "importReplaceCheck")
        self.replace_check.toggled.connect(self._update_buttons)
        self.note_label = named(QLabel(), "importNoteLabel")
        self.note_label.setWordWrap(True)
        self.status_label = named(QLabel(), "importStatusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # messages can quote the file's own words
        self.progress = named(QProgressBar(), "importProgress")
        self.progress.setRange(0, 0)
        self.buttons = named(QDialogButtonBox(), "importButtons")
        self.import_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("importCancelButton")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(self.form)
        layout.addWidget(self.sections_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.previous_label)
        layout.addWidget(self.replace_check)
        layout.addWidget(self.note_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.previous_label.hide()
        self.replace_check.hide()
        self._set_inputs_enabled(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a report"))
        self.setAccessibleName(self.tr("Import a report"))
        self.title_caption.setText(self.tr("&Title:"))
        self.publisher_caption.setText(self.tr("&Publisher:"))
        self.date_caption.setText(self.tr("&Date:"))
        self.encoding_caption.setText(self.tr("Read as:"))
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, e.g. 2024-02-20"))
        self.sections_label.setText(self.tr("&Sections found (check that chapters and their parts nest right):"))
        self.tree.setHeaderLabels([self.tr("Section"), self.tr("Characters")])
        self.replace_check.setText(self.tr("&Replace the earlier import"))
        self.note_label.setText(self.tr("The text is imported as it is, without review: its sections are "
                                        "searched beside the guidebook and marked “imported, not reviewed”. "
                                        "Nothing in the file is run and no address in it is opened."))
        self.import_button.setText(self.tr("&Import"))
        for widget, name in ((self.file_label, self.tr("File being imported")),
                             (self.title_edit, self.tr("Title")), (self.publisher_edit, self.tr("Publisher")),
                             (self.date_edit, self.tr("Date of the report")),
                             (self.encoding_label, self.tr("Text encoding used")),
                             (self.title_caption, self.tr("Title")), (self.publisher_caption, self.tr("Publisher")),
                             (self.date_caption, self.tr("Date")), (self.encoding_caption, self.tr("Read as")),
                             (self.sections_label, self.tr("Sections found")),
                             (self.tree, self.tr("Sections found in the report")),
                             (self.previous_label, self.tr("Earlier import")),
                             (self.replace_check, self.tr("Replace the earlier import")),
                             (self.note_label, self.tr("About imported reports")),
                             (self.status_label, self.tr("Status")), (self.progress, self.tr("Import progress")),
                             (self.buttons, self.tr("Dialog buttons")), (self.import_button, self.tr("Import")),
                             (self.cancel_button, self.tr("Cancel"))):
            widget.setAccessibleName(name)
        if self.preview is None and not self.error:
            self.file_label.setText(self.tr("Reading %1 …").replace("%1", self.path.name))
        elif self.preview is not None:
            self._show_preview_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # reading the file (worker thread; nothing written)
    def _start_preview(self) -> None:
        from app.importer.api import preview

        path = self.path
        self.status_label.setText(self.tr("Reading the file…"))
        self._run(Job(lambda progress: preview(path), self), self._preview_done, self._preview_failed)

    def _preview_done(self, p: Any) -> None:
        self.preview = p
        m = p.metadata
        self.title_edit.setText(m.title)
        self.publisher_edit.setText(m.publisher)
        self.date_edit.setText(m.date)
        self._fill_tree(p.tree())
        self._show_preview_texts()
        if p.previous is not None:
            self.previous_label.show()
            self.replace_check.show()
            self.replace_check.setChecked(False)
        self.progress.setRange(0, max(1, len(p.sections)))
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Ready to import."))
        self._set_inputs_enabled(True)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self.preview_ready.emit(p)

    def _show_preview_texts(self) -> None:
        from app.importer.api import FORMAT_NAMES

        p = self.preview
        fmt = {"txt": self.tr("plain text"), "md": self.tr("Markdown"), "html": self.tr("HTML"),
               "pdf": self.tr("PDF")}.get(
            p.fmt, FORMAT_NAMES.get(p.fmt, p.fmt))
        self.file_label.setText(self.tr("%1 — %2, %3 KB").replace("%1", p.file_name).replace("%2", fmt)
                                .replace("%3", f"{p.size / 1024:.1f}"))
        lang = {"en": self.tr("English"), "ru": self.tr("Russian"), "de": self.tr("German")}.get(
            p.metadata.lang, p.metadata.lang)
        read_as = self.tr("PDF text layer") if p.fmt == "pdf" else p.encoding
        self.encoding_label.setText(self.tr("%1 · language: %2").replace("%1", read_as).replace("%2", lang))
        self.sections_label.setText(self.tr("&Sections found: %1 (check that chapters and their parts nest right)")
                                    .replace("%1", str(len(p.sections))))
        if p.previous is not None:
            prev = p.previous
            if p.same_bytes:
                text = self.tr("This file was already imported on %1 as “%2”. Tick the box to import it again "
                               "in place of the earlier import.")
            else:
                text = self.tr("A file with this name was imported on %1 as “%2”. Tick the box to replace "
                               "that import with this file; leave it to keep both.")
            self.previous_label.setText(text.replace("%1", prev.imported_at[:10]).replace("%2", prev.title))

    def _fill_tree(self, nodes: list[dict[str, Any]]) -> None:
        self.tree.clear()

        def add(parent: QTreeWidget | QTreeWidgetItem, node: dict[str, Any]) -> None:
            item = QTreeWidgetItem(parent, [node["title"], str(node["chars"])])
            item.setData(0, Qt.ItemDataRole.UserRole, node["id"])
            item.setToolTip(0, literal(node["title"]))  # a long title readable in full; text, never HTML
            for child in node["children"]:
                add(item, child)

        for node in nodes:
            add(self.tree, node)
        self.tree.expandAll()

    def _preview_failed(self, message: str, exc_info: Any) -> None:
        self.error = message
        self.status_label.setText(message)
        self.progress.setRange(0, 1)
        if exc_info is not None:
            from app.ui import crash

            crash.handle(*exc_info)
        else:
            QMessageBox.warning(self, self.tr("This file cannot be imported"), literal(message))
        self.reject()

    # importing (worker thread; one transaction)
    def start_import(self) -> None:
        if self.preview is None or (self._job is not None and self._job.isRunning()):
            return
        from app.importer.api import commit, parse_date
        from app.importer.store import clean_title

        try:
            title = clean_title(self.title_edit.text())
            date = parse_date(self.date_edit.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Please check the details"), literal(str(exc)))
            return
        p, publisher, replace = self.preview, self.publisher_edit.text(), self.replace_check.isChecked()
        self._importing = True
        self._set_inputs_enabled(False)
        self.status_label.setText(self.tr("Importing…"))
        self.progress.setValue(0)
        job = Job(lambda progress: commit(p, title=title, date=date, publisher=publisher,
                                          replace=replace, progress=progress), self)
        job.progressed.connect(self._progressed)
        job.cancelled.connect(self._import_cancelled)
        self._run(job, self._import_done, self._import_failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _import_done(self, result: Any) -> None:
        self._importing = False
        self.result_ = result
        self.progress.setValue(self.progress.maximum())
        self.status_label.setText(self.tr("Imported %1 sections (imported, not reviewed).")
                                  .replace("%1", str(result.doc.sections)))
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, message: str, exc_info: Any) -> None:
        self._importing = False
        self.status_label.setText(message)
        self._set_inputs_enabled(True)
        if exc_info is not None:
            from app.ui import crash

            crash.handle(*exc_info)
        else:
            QMessageBox.warning(self, self.tr("The report was not imported"), literal(message))

    def _import_cancelled(self) -> None:
        self._importing = False
        self.status_label.setText(self.tr("Import cancelled; nothing was stored."))

    # helpers
    def _run(self, job: Job, ok: Callable[[Any], None], failed: Callable[[str, Any], None]) -> None:
        self._job = job
        job.succeeded.connect(ok)
        job.failed.connect(failed)
        job.start()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for w in (self.title_edit, self.publisher_edit, self.date_edit, self.tree, self.replace_check):
            w.setEnabled(enabled)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        p = self.preview
        ready = p is not None and not self._importing and not (p.same_bytes and not self.replace_check.isChecked())
        self.import_button.setEnabled(ready)

    def done(self, code: int) -> None:
        """Closing while the worker runs: an import is cancelled (rolled back), a read finishes."""
        if self._job is not None and self._job.isRunning():
            self._job.cancel()
            self._job.wait()
        super().done(code)

    def busy(self) -> bool:
        return self._job is not None and self._job.isRunning()


def import_report_interactively(parent: QWidget | None, book: Guidebook | None,
                                path: str | Path | None = None) -> str | None:
    """File → Import report…: choose a file, preview it, import it.

    Returns the sentence saying what was imported (for the caller's status bar), or None
    when nothing was. `book` has then already re-attached the imports store, so re-running
    the current search shows the new sections; a notice about the imports file (set aside,
    locked) is shown here, over `parent`.
    """
    if path is None:
        filters = (QCoreApplication.translate("ImportDialog", "Reports (%1)").replace("%1", FILE_FILTER_EXTENSIONS) + ";;" + QCoreApplication.translate("ImportDialog", "All files (*)"))
        from app.ui.file_dialogs import open_file

        chosen = open_file(parent, QCoreApplication.translate("ImportDialog", "Import a report"), str(Path.home()), filters)
        if not chosen:
            return None
        path = chosen
    dialog = ImportDialog(parent, path)
    try:
        dialog.exec()
        result = dialog.result_
    finally:
        dialog.deleteLater()
    if result is None:
        return None
    notice = (book.reload_imports() if book is not None else "") or result.notice
    if notice:
        QMessageBox.information(parent, QCoreApplication.translate("ImportDialog", "Imported reports"), literal(notice))
    return (QCoreApplication.translate("ImportDialog", "Imported “%1”: %2 sections, marked “imported, not reviewed”.")
            .replace("%1", result.doc.title).replace("%2", str(result.doc.sections)))
