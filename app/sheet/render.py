"""The Qt half of printing: HTML -> QTextDocument -> QPrinter (paper, preview or PDF).

`to_printer` is the single rendering call for the print dialog, the print preview and
PDF export, for reader pages and guidance sheets alike. The printer's document name (the
PDF's Title) is always the app's generic name: never a client's name or note.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app import paths

PDF_TITLE = "Objector Guide"
SAFE_PDF_TITLE = "Notes"  # a safe sheet's PDF must not name the app either: it is carried through checks
MAX_SHEET_PAGES = 2
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
FONT_FAMILY = "DejaVu Sans"
_fonts_loaded = False


_qt_app = None


def ensure_qt_app():
    """A QApplication for headless rendering (the CLI), kept alive for the process."""
    global _qt_app
    from PySide6.QtWidgets import QApplication

    _qt_app = QApplication.instance() or QApplication(["objector-guide"])
    return _qt_app


def ensure_fonts() -> None:
    """Register the bundled fonts once, so Cyrillic prints the same on every machine."""
    global _fonts_loaded
    if not _fonts_loaded:
        for font in sorted(paths.resource("fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
        _fonts_loaded = True


def sheet_css(compact: bool = False) -> str:
    css = paths.resource("sheet", "sheet.css").read_text(encoding="utf-8")
    if compact:
        css += "\n" + paths.resource("sheet", "sheet-compact.css").read_text(encoding="utf-8")
    return css


def document_from_html(html: str, css: str = "", title: str = PDF_TITLE) -> QTextDocument:
    ensure_fonts()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(FONT_FAMILY, 9))
    doc.setIndentWidth(14)  # list indent in points-ish; Qt's default 40 wastes a column on paper
    if css:
        doc.setDefaultStyleSheet(css)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def configure(printer: QPrinter, page_size: str = "A4") -> QPrinter:
    printer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    printer.setPageMargins(QMarginsF(11, 10, 11, 10), QPageLayout.Unit.Millimeter)
    printer.setDocName(PDF_TITLE)
    printer.setCreator(PDF_TITLE)
    return printer


def paginate(document: QTextDocument, printer: QPrinter) -> QTextDocument:
    """A copy laid out on the printer's printable area, so Qt adds no margins of its own
    (an unpaginated document gets an extra 2 cm on every side when printed)."""
    doc = document.clone()
    rect = printer.pageRect(QPrinter.Unit.Point)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.setDocumentMargin(0)
    return doc


def to_printer(document: QTextDocument, printer: QPrinter) -> None:
    """The one rendering path: paper, preview and PDF all go through here.

    The PDF's title and creator come from the document, so a safe sheet stays neutral."""
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or PDF_TITLE
    printer.setDocName(title)
    printer.setCreator(title)
    paginate(document, printer).print_(printer)


def pdf_printer(path: Path, page_size: str = "A4") -> QPrinter:
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution), page_size)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def write_pdf(document: QTextDocument, path: Path, page_size: str = "A4") -> Path:
    path = Path(path)
    to_printer(document, pdf_printer(path, page_size))
    if not path.is_file():
        raise OSError(f"the PDF could not be written to {path}")
    return path


def page_count(document: QTextDocument, page_size: str = "A4") -> int:
    """Pages the document takes on the configured paper (layout as the printer will do it)."""
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution), page_size)
    return paginate(document, printer).pageCount()


def sheet_document(definition, answers, lang: str, book, note: str = "", client_name: str = "",
                   page_size: str = "A4", safe: bool = False, today: str | None = None) -> QTextDocument:
    """The guidance sheet as a laid-out document, two pages at most before the note.

    The few longest answer sets (many circumstances at once) get slightly tighter type
    rather than a third page; a long counsellor's note moves to a continuation page that
    repeats the disclaimer, so the sheet itself stays whole.
    """
    from app.sheet.service import sheet_html

    title = SAFE_PDF_TITLE if safe else PDF_TITLE

    def build(on_continuation: bool, compact: bool, with_note: bool = True) -> QTextDocument:
        html = sheet_html(definition, answers, lang, book, note=note if with_note else "", client_name=client_name,
                          today=today, safe=safe, note_on_continuation=on_continuation, compact=compact)
        return document_from_html(html, sheet_css(compact), title)

    if safe:
        return build(False, False)
    # the sheet itself must fit two pages; a note on its own page may run on as long as it needs
    for on_continuation, compact in ((False, False), (False, True), (True, False), (True, True)):
        if on_continuation and not note.strip():
            continue
        doc = build(on_continuation, compact)
        body = build(False, compact, with_note=False) if on_continuation else doc
        if page_count(body, page_size) <= MAX_SHEET_PAGES:
            return doc
    return doc  # nothing fits: the tightest layout, still whole
