"""The Qt half of printing: HTML -> QTextDocument -> QPrinter (paper, preview or PDF).

`to_printer` is the single rendering call for the print dialog, the print preview and
PDF export, for reader pages and guidance sheets alike. The printer's document name (the
PDF's Title) is always the app's generic name: never a client's name or note.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QFont, QFontDatabase, QGuiApplication, QPageLayout,
                           QPageSize, QPainter, QPalette, QTextCursor, QTextDocument, QTextFormat)
from PySide6.QtPrintSupport import QPrinter

from app import paths
from app.sheet import PAGE_SIZE_NAMES

PDF_TITLE = "Objector Guide"
SAFE_PDF_TITLE = "Notes"  # a safe sheet's PDF must not name the app either: it is carried through checks
MAX_SHEET_PAGES = 2
PAGE_SIZES = {name: getattr(QPageSize.PageSizeId, name) for name in PAGE_SIZE_NAMES}
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


FOOTER_PT = 12.0  # the band at the foot of each page that carries "1 / 2"


def paginate(document: QTextDocument, printer: QPrinter) -> QTextDocument:
    """A copy laid out on the printer's printable area less the page-number band, so Qt
    adds no margins of its own (an unpaginated document gets 2 cm on every side)."""
    doc = document.clone()
    rect = printer.pageRect(QPrinter.Unit.Point)
    doc.setPageSize(QSizeF(rect.width(), rect.height() - FOOTER_PT))
    doc.setDocumentMargin(0)
    return doc


def _source_dpi(doc: QTextDocument) -> tuple[float, float]:
    device = doc.documentLayout().paintDevice()
    if device is not None:
        return float(device.logicalDpiX()), float(device.logicalDpiY())
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    return dpi, dpi


def _print_numbered(doc: QTextDocument, printer: QPrinter) -> None:
    """Qt's own loop for a paginated document (QTextDocument::print), plus "n / N" at the
    foot of each page: a client who drops the pages can put them back in order."""
    painter = QPainter(printer)
    try:
        dpi_x, dpi_y = _source_dpi(doc)
        sx, sy = printer.logicalDpiX() / dpi_x, printer.logicalDpiY() / dpi_y
        body = doc.pageSize()
        full = QSizeF(body.width(), body.height() + FOOTER_PT)
        painter.scale(sx, sy)
        painter.scale(printer.width() / (full.width() * sx), printer.height() / (full.height() * sy))
        font = QFont(FONT_FAMILY)
        font.setPixelSize(max(6, round(7 * dpi_y / 72)))
        pages = doc.pageCount()
        for index in range(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.translate(0, -index * body.height())
            view = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(view)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = view
            ctx.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            painter.setFont(font)
            painter.drawText(QRectF(QPointF(0, body.height()), QSizeF(body.width(), FOOTER_PT)),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), f"{index + 1} / {pages}")
    finally:
        painter.end()


def to_printer(document: QTextDocument, printer: QPrinter) -> None:
    """The one rendering path: paper, preview and PDF all go through here.

    The PDF's title and creator come from the document, so a safe sheet stays neutral."""
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or PDF_TITLE
    printer.setDocName(title)
    printer.setCreator(title)
    _print_numbered(paginate(document, printer), printer)


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


KEEP_WITH_NEXT_PT = 40.0  # a heading closer than this to the foot of a page moves to the next page


def keep_headings_with_text(document: QTextDocument, page_size: str = "A4", max_pages: int | None = None) -> None:
    """Move a heading that would stand alone at the foot of a page to the next page.

    Qt's rich text has no "page-break-after: avoid", so this looks at the laid-out pages
    and sets a page break before such a heading — unless that would make the document
    longer than `max_pages`, where the heading stays (a sheet never grows a page for it).
    """
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution), page_size)
    laid = paginate(document, printer)
    height = laid.pageSize().height()
    moves = []
    block, laid_block = document.begin(), laid.begin()
    while block.isValid() and laid_block.isValid():
        if block.blockFormat().headingLevel() in (1, 2, 3):
            rect = laid.documentLayout().blockBoundingRect(laid_block)
            room = (int(rect.top() // height) + 1) * height - rect.bottom()
            if 0 <= room < KEEP_WITH_NEXT_PT and rect.top() > height * 0.5:
                moves.append(block)
        block, laid_block = block.next(), laid_block.next()
    before = laid.pageCount()
    for b in moves:
        cursor = QTextCursor(b)
        fmt = b.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)
        if max_pages is not None and paginate(document, printer).pageCount() > max(max_pages, before):
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            cursor.setBlockFormat(fmt)


def sheet_document(definition, answers, lang: str, book, note: str = "", client_name: str = "",
                   page_size: str = "A4", safe: bool = False, today: str | None = None,
                   organisation: dict[str, str] | None = None) -> QTextDocument:
    """The guidance sheet as a laid-out document, two pages at most before the note.

    The few longest answer sets (many circumstances at once) get slightly tighter type
    rather than a third page; a long counsellor's note moves to a continuation page that
    repeats the disclaimer, so the sheet itself stays whole.
    """
    from app.sheet.service import sheet_html

    title = SAFE_PDF_TITLE if safe else PDF_TITLE

    def build(on_continuation: bool, compact: bool, with_note: bool = True) -> QTextDocument:
        html = sheet_html(definition, answers, lang, book, note=note if with_note else "", client_name=client_name,
                          today=today, safe=safe, note_on_continuation=on_continuation, compact=compact,
                          organisation=organisation)
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
            keep_headings_with_text(doc, page_size, max_pages=page_count(doc, page_size))
            return doc
    return doc  # nothing fits: the tightest layout, still whole
