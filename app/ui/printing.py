"""Print, print preview and PDF export dialogs; all render through app.ui.sheet_printer.to_printer.

Only Print and Print Preview use QPrinter, and so the system's print service (CUPS on
Linux and macOS, which may talk to a print server over the network): that is the one
place the app may open a socket, and only when the counsellor asks to print. "Export as
PDF" goes through app.ui.sheet_printer.write_pdf (QPdfWriter, no print system), written whole
or not at all; a failure is a dialog that names the reason, and a file that was there is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.file_dialogs import forget_dialog_history, keep_qt_settings_in_data_dir
from app.ui.sheet_printer import configure, to_printer, write_pdf

DocumentFactory = Callable[[], QTextDocument]



def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def preview(parent: QWidget, make_document: DocumentFactory, page_size: str = "A4") -> None:
    keep_qt_settings_in_data_dir()  # its Print button opens the print dialog (below)
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution), page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Preview"))
    dialog.paintRequested.connect(lambda p: to_printer(make_document(), p))
    # large enough to read a page: most of the screen, not Qt's 702×512 default
    screen = parent.screen() if parent is not None else None
    if screen is not None:
        area = screen.availableGeometry()
        dialog.resize(int(area.width() * 0.85), int(area.height() * 0.9))
    try:
        dialog.exec()
    finally:
        forget_dialog_history()  # its print dialog's "print to file" may have browsed


def print_with_dialog(parent: QWidget, make_document: DocumentFactory, page_size: str = "A4",
                      suggested_pdf: str = "objector-guide.pdf") -> None:
    if not printers_available():
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Printing", "No printer"),
            QCoreApplication.translate("Printing", "No printer is set up on this computer. Save the page as a PDF file instead?"))
        if answer == QMessageBox.StandardButton.Yes:
            export_pdf(parent, make_document, page_size, suggested_pdf)
        return
    keep_qt_settings_in_data_dir()  # "print to file" browses with Qt's file dialog
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution), page_size)
    dialog = QPrintDialog(printer, parent)
    try:
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    finally:
        forget_dialog_history()
    if not accepted:
        return
    if saves_a_file(printer.printerName()):
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Printing", "Printing to a file"),
            QCoreApplication.translate(
                "Printing", "“%1” saves or sends a file instead of printing on paper, and the system usually keeps a "
                "record of the folder and the file's name. Save the PDF with this app's own save dialog instead? "
                "That dialog leaves no such record. Choose No to print with “%1” anyway.")
            .replace("%1", printer.printerName()))
        if answer == QMessageBox.StandardButton.Yes:
            export_pdf(parent, make_document, page_size, suggested_pdf)
            return
    to_printer(make_document(), printer)


_FILE_PRINTERS = re.compile(r"pdf|xps|onenote|\bfax\b", re.IGNORECASE)


def saves_a_file(printer_name: str) -> bool:
    """A printer that writes a file rather than paper ("Microsoft Print to PDF", "Microsoft XPS
    Document Writer", OneNote, a fax, "Adobe PDF", cups-pdf): on Windows it asks where in the
    system's own save dialog, which Windows remembers with the file's name (the recent-files
    lists in the registry), out of the app's reach. Export as PDF leaves no such trace."""
    return bool(_FILE_PRINTERS.search(printer_name))


def export_pdf(parent: QWidget, make_document: DocumentFactory, page_size: str = "A4",
               suggested: str = "objector-guide.pdf") -> Path | None:
    """Ask where, then write the PDF. The path written, or None (cancelled, or a dialog said
    why nothing was written)."""
    from app.ui.file_dialogs import save_file

    name = save_file(parent, QCoreApplication.translate("Printing", "Save as PDF"), str(Path.home() / suggested),
                     QCoreApplication.translate("Printing", "PDF files (*.pdf)"), suffix="pdf")
    if not name:
        return None
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    target = Path(name)
    try:
        return write_pdf(make_document(), target, page_size)
    except OSError as exc:
        _cannot_save(parent, target, exc)  # the old file, if any, is as it was
        return None


def _cannot_save(parent: QWidget, target: Path, exc: OSError) -> None:
    """A dialog with the reason. The file that was at `target` (if any) is untouched: the PDF
    is written to a temporary file first and only renamed over it when whole."""
    from app.userdata.write_problems import kind, why

    # the window's own words for these two reasons (translated in its context)
    reason = {"full": QCoreApplication.translate("MainWindow", "the disk is full"),
              "denied": QCoreApplication.translate("MainWindow", "read-only, or no permission"),
              }.get(kind(exc), why(exc))
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Could not save"),
                        QCoreApplication.translate("Printing", "The PDF could not be saved: %1")
                        .replace("%1", f"{target} ({reason})"))
