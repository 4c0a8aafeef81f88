"""Manage imported reports: list them, rename one, remove one (after confirmation), and put
back the reports of a copy that was set aside because it could not be read.

    manage_imports(parent, book, open_section) -> bool   # File → Manage imported reports

Changes go through `app.importer.api` (one transaction each); afterwards the guidebook
it was given re-attaches the imports store so search reflects the change at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
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

DOC_ROLE = Qt.ItemDataRole.UserRole



class ImportsManager(QDialog):
    """Emits `changed` after a rename, a removal or an import."""

    changed = Signal()
    open_requested = Signal(str)  # the id of the report's first section

    def __init__(self, parent: QWidget | None, book: Guidebook | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importsManager")
        self.book = book
        self.docs: list[Any] = []
        self.problem = ""
        self._build()
        self.retranslate()
        self.resize(820, 420)
        self.refresh()

    def _build(self) -> None:
        self.intro = QLabel()
        self.intro.setObjectName("importsIntro")
        self.intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("importsList")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(5)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.open_selected())  # double-click reads it
        self.intro.setBuddy(self.table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("importsEmpty")
        self.empty_label.setWordWrap(True)

        def button(name: str, slot: Any) -> QPushButton:
            b = QPushButton()
            b.setObjectName(name)
            b.clicked.connect(lambda *_: slot())
            return b

        self.open_button = button("importsOpenButton", self.open_selected)
        self.import_button = button("importsImportButton", self.import_new)
        self.rename_button = button("importsRenameButton", self.rename_selected)
        self.remove_button = button("importsRemoveButton", self.remove_selected)
        self.restore_button = button("importsRestoreButton", self.restore_kept_copy)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.import_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("importsButtons")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("importsCloseButton")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Imported reports"))
        self.setAccessibleName(self.tr("Imported reports"))
        self.intro.setText(self.tr("Reports you imported. Their sections are searched beside the guidebook and "
                                   "marked “imported, not reviewed”. They are kept only on this computer."))
        self.empty_label.setText(self.tr("No reports imported yet. Use “Import report…” to add one."))
        self.table.setHeaderLabels([self.tr("Title"), self.tr("Date"), self.tr("Sections"), self.tr("File"),
                                    self.tr("Imported on")])
        self.open_button.setText(self.tr("&Open"))
        self.import_button.setText(self.tr("&Import report…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.restore_button.setText(self.tr("&Put Back a Kept Copy…"))
        for widget, name in ((self.intro, self.tr("About imported reports")),
                             (self.table, self.tr("List of imported reports")),
                             (self.empty_label, self.tr("No imported reports")),
                             (self.open_button, self.tr("Read the selected report")),
                             (self.import_button, self.tr("Import a report")),
                             (self.rename_button, self.tr("Rename the selected report")),
                             (self.remove_button, self.tr("Remove the selected report")),
                             (self.restore_button, self.tr("Put back the reports of a copy set aside "
                                                           "because it could not be read")),
                             (self.buttons, self.tr("Dialog buttons")),
                             (self.close_button, self.tr("Close"))):
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data
    def refresh(self) -> None:
        from app.importer.api import list_imports

        selected = self.selected_id()
        try:
            self.docs = list_imports()
            self.problem = ""
        except UserError as exc:
            self.docs, self.problem = [], str(exc)
            QMessageBox.warning(self, self.tr("Imported reports"), literal(str(exc)))
        self.table.clear()
        for doc in self.docs:
            item = QTreeWidgetItem(self.table, [doc.title, doc.date or "—", str(doc.sections), doc.file_name,
                                                doc.imported_at[:10]])
            item.setData(0, DOC_ROLE, doc.doc_id)
            item.setToolTip(0, literal(f"{doc.title}\n{doc.publisher}" if doc.publisher else doc.title))
            if doc.doc_id == selected:
                self.table.setCurrentItem(item)
        if self.docs and self.table.currentItem() is None:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        for col in range(1, 5):
            self.table.resizeColumnToContents(col)
        self.table.setVisible(bool(self.docs))
        self.empty_label.setVisible(not self.docs)
        from app.importer.store import kept_copies

        self.restore_button.setVisible(bool(kept_copies()))  # only when there is something to put back
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.table.currentItem() if hasattr(self, "table") else None
        return item.data(0, DOC_ROLE) if item is not None else None

    def _doc(self, doc_id: str | None) -> Any:
        return next((d for d in self.docs if d.doc_id == doc_id), None)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # actions
    def open_selected(self) -> bool:
        """Read the selected report from its first section (the dialog closes)."""
        doc_id = self.selected_id()
        if doc_id is None or self.book is None:
            return False
        first = [rec for rec in self.book.imported_sections("en") if rec.data.get("document") == doc_id]
        if not first:
            return False
        self.open_requested.emit(min(first, key=lambda r: r.ord).id)
        self.accept()
        return True

    def rename_selected(self, title: str | None = None) -> bool:
        from app.importer.api import rename

        doc = self._doc(self.selected_id())
        if doc is None:
            return False
        if title is None:
            ask = QInputDialog(self)
            ask.setObjectName("importsRenameInput")
            ask.setWindowTitle(self.tr("Rename imported report"))
            ask.setLabelText(self.tr("New title:"))
            ask.setTextValue(doc.title)
            ask.resize(max(520, self.width() * 2 // 3), ask.sizeHint().height())  # room for a whole title
            if ask.exec() != QDialog.DialogCode.Accepted or ask.textValue().strip() == doc.title:
                return False
            title = ask.textValue()
        try:
            rename(doc.doc_id, title)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not renamed"), literal(str(exc)))
            return False
        self._changed()
        return True

    def remove_selected(self) -> bool:
        from app.importer.api import remove

        doc = self._doc(self.selected_id())
        if doc is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove imported report"),
            literal(self.tr("Remove “%1” and its %2 sections from this computer? Search will no longer find them. "
                            "The original file is not touched.").replace("%1", doc.title)
                    .replace("%2", str(doc.sections))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            remove(doc.doc_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), literal(str(exc)))
            return False
        self._changed()
        return True

    def restore_kept_copy(self, name: str | None = None) -> bool:
        """Choose one of the copies set aside as unreadable and put its reports back."""
        from app.importer.api import kept_copies, restore

        copies = kept_copies()
        usable = [c for c in copies if not c.problem]
        if not usable:
            lines = [f"{c.name}: {c.problem}" for c in copies]
            QMessageBox.information(self, self.tr("Put back a kept copy"), literal(
                self.tr("No kept copy can be put back.") + ("\n\n" + "\n".join(lines) if lines else "")))
            return False
        if name is None:
            labels = [self.tr("%1 (set aside %2): %n report(s)", "", len(c.reports))
                      .replace("%1", c.name).replace("%2", c.modified) for c in usable]
            ask = QInputDialog(self)
            ask.setObjectName("importsRestoreInput")
            ask.setWindowTitle(self.tr("Put back a kept copy"))
            ask.setLabelText(self.tr("When the imported reports file could not be read, it was kept under a new "
                                     "name and a new one was started. Choose the copy whose reports to put back:"))
            ask.setComboBoxItems(labels)
            ask.setComboBoxEditable(False)
            ask.resize(max(560, self.width() * 2 // 3), ask.sizeHint().height())
            if ask.exec() != QDialog.DialogCode.Accepted:
                return False
            name = usable[labels.index(ask.textValue())].name if ask.textValue() in labels else usable[0].name
        try:
            result = restore(name)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not put back"), literal(str(exc)))
            return False
        titles = "\n".join(f"• {d.title}" for d in result.added)
        QMessageBox.information(self, self.tr("Put back a kept copy"), literal(
            self.tr("%n report(s) put back from %1.", "", len(result.added)).replace("%1", result.copy.name)
            + (("\n\n" + titles) if titles else "")))
        self._changed()
        return True

    def import_new(self) -> bool:
        from app.ui.import_dialog import import_report_interactively

        if import_report_interactively(self, self.book):  # re-attaches self.book's imports itself
            self._changed(reload=False)
            return True
        return False

    def _changed(self, reload: bool = True) -> None:
        if reload and self.book is not None:
            notice = self.book.reload_imports()
            if notice:
                QMessageBox.information(self, self.tr("Imported reports"), literal(notice))
        self.refresh()
        self.changed.emit()


def manage_imports(parent: QWidget | None, book: Guidebook | None,
                   open_section: Callable[[str], None] | None = None) -> bool:
    """File → Manage imported reports. Returns True when something changed (`book` is then
    already re-attached; re-run the current search). `open_section(id)` reads a report the
    counsellor opens from the list."""
    dialog = ImportsManager(parent, book)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    if open_section is not None:
        dialog.open_requested.connect(open_section)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return bool(changed)
