"""The Qt half of printing: HTML -> QTextDocument -> a paged device (paper, preview or PDF).

It lives in app/ui because it is Qt; the sheet's HTML (app.sheet.service) and its fixed
decisions (app.sheet.layout: titles, page limit, stylesheet, the order of layouts tried) are
plain Python. The command line (`sheet`) and the self-test load this module only when they
make a PDF, so every other command runs without Qt.

`to_printer` is the single rendering call for the print dialog, the print preview and
PDF export, for reader pages and guidance sheets alike. The document name (the PDF's
Title) is always the app's generic name: never a client's name or note.

PDF files (sheets, exports, the self-test) are made with QPdfWriter, never with QPrinter:
constructing a QPrinter asks the system's print service (CUPS) for its printers, which
opens network connections — to 127.0.0.1:631, or to whatever server CUPS_SERVER or
client.conf names. Only an actual Print or Print Preview (app/ui/printing.py) may do that.
This module does not import QtPrintSupport at all; page layout is computed from a
QPageLayout alone. A PDF is rendered in memory, checked (app.sheet.pdf_check: it starts
with %PDF- and ends with %%EOF) and written atomically (app.userdata.atomic), so a full
disk or a read-only file never reports success and never destroys the previous file.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Union

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.paper import PAGE_SIZE_NAMES
from app.sheet.layout import (
    INDENT_PT,
    MAX_SHEET_PAGES,
    PDF_TITLE,
    SAFE_PDF_TITLE,
    SHEET_MARGINS_MM,
    SheetLayout,
    indent_pt,
    layouts_to_try,
    margins_mm,
    sheet_css,
)
from app.sheet.pdf_check import PdfError, check_pdf
from app.ui.application import application, register_fonts
from app.ui.style import FONT_FAMILY
from app.userdata import atomic

PAGE_SIZES = {name: getattr(QPageSize.PageSizeId, name) for name in PAGE_SIZE_NAMES}


def document_from_html(html: str, css: str = "", title: str = PDF_TITLE, indent: float = INDENT_PT) -> QTextDocument:
    # a document may be made before any window (the `sheet` command, the self-test): Qt's font
    # database needs a QApplication first (without one, adding the fonts was a segmentation
    # fault: `tests/perf/run.py --only sheet`), and one made elsewhere has no fonts of ours yet
    application()
    register_fonts()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(FONT_FAMILY, 9))
    doc.setIndentWidth(indent)  # list indent in points-ish; Qt's default 40 wastes a column on paper
    if css:
        doc.setDefaultStyleSheet(css)
    doc.setHtml(html)
    _headings_as_styled(doc)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def _headings_as_styled(doc: QTextDocument) -> None:
    """Headings at the size the stylesheet gives them. Qt's HTML reader marks <h1>-<h3> with a
    size adjustment that wins over a CSS point size, so `h2 { font-size: 10pt }` printed at
    13.5 pt (1.5 times the document font) and every sheet lost a line per heading; where the
    stylesheet set a size, the adjustment is dropped."""
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.fontPointSize() > 0 and fmt.hasProperty(QTextFormat.Property.FontSizeAdjustment):
                    fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fmt)
                it += 1
        block = block.next()


MARGINS_MM = QMarginsF(*SHEET_MARGINS_MM)
# A document laid out for other margins (the sheet's tight layout) names them here, as a
# dynamic property in millimetres (left, top, right, bottom): it is counted and printed on them.
MARGINS_PROPERTY = "pageMarginsMm"
PDF_RESOLUTION = 1200  # dots per inch, as QPrinter's HighResolution mode gives a PDF

# a page layout, or a QPrinter (paper, preview: app/ui/printing.py) or QPdfWriter (PDF files)
LayoutSource = Union[QPageLayout, QPagedPaintDevice]


def page_layout(page_size: str = "A4", margins: QMarginsF | None = None) -> QPageLayout:
    """The paper and margins every sheet and page is laid out on; needs no printer."""
    return QPageLayout(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
                       QPageLayout.Orientation.Portrait, MARGINS_MM if margins is None else margins,
                       QPageLayout.Unit.Millimeter)


def set_document_margins(document: QTextDocument, margins: tuple[float, float, float, float]) -> None:
    """Lay `document` out, count it and print it on these margins (mm) instead of MARGINS_MM."""
    document.setProperty(MARGINS_PROPERTY, [float(m) for m in margins])


def document_margins(document: QTextDocument) -> QMarginsF | None:
    """The margins `document` was laid out for, or None: the device's own (MARGINS_MM, as configured)."""
    value = document.property(MARGINS_PROPERTY)
    if not value or len(value) != 4:
        return None
    return QMarginsF(*(float(m) for m in value))


def _set_title(device: Any, title: str) -> None:
    if hasattr(device, "setDocName"):  # QPrinter: the print job's and the PDF's title
        device.setDocName(title)
    else:  # QPdfWriter
        device.setTitle(title)
    device.setCreator(title)


def configure(device: Any, page_size: str = "A4") -> Any:
    """Paper, margins and the generic title on a QPrinter or a QPdfWriter."""
    device.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    _set_title(device, PDF_TITLE)
    return device


FOOTER_PT = 12.0  # the band at the foot of each page that carries "1 / 2"


def _paint_rect(target: LayoutSource) -> QRectF:
    layout = target if isinstance(target, QPageLayout) else target.pageLayout()
    return layout.paintRect(QPageLayout.Unit.Point)


def paginate(document: QTextDocument, target: LayoutSource, parent: QObject | None = None) -> QTextDocument:
    """A copy laid out on the printable area (of a page layout, or of a device's) less the
    page-number band, so Qt adds no margins of its own (an unpaginated document gets 2 cm
    on every side). Without a `parent` the copy is never freed (see laid_out)."""
    doc = document.clone(parent)
    rect = _paint_rect(target)
    doc.setPageSize(QSizeF(rect.width(), rect.height() - FOOTER_PT))
    doc.setDocumentMargin(0)
    return doc


@contextmanager
def laid_out(document: QTextDocument, target: LayoutSource) -> Iterator[QTextDocument]:
    """paginate(), and the copy freed afterwards. PySide does not own what
    QTextDocument.clone() returns and Qt frees it only with a parent, so every page count
    used to leave a whole document behind for good (a search over answer sets grew to
    11 GB; each printed sheet counts its pages half a dozen times): the copy is made the
    child of an object Python owns, and goes with it."""
    holder = QObject()
    try:
        yield paginate(document, target, holder)
    finally:
        del holder


def _source_dpi(doc: QTextDocument) -> tuple[float, float]:
    device = doc.documentLayout().paintDevice()
    if device is not None:
        return float(device.logicalDpiX()), float(device.logicalDpiY())
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    return dpi, dpi


def _print_numbered(doc: QTextDocument, printer: QPagedPaintDevice) -> None:
    """Qt's own loop for a paginated document (QTextDocument::print), plus "n / N" at the
    foot of each page: a client who drops the pages can put them back in order."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfError(errno.EIO, "the page could not be drawn (the output could not be opened)")
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


def to_printer(document: QTextDocument, printer: QPagedPaintDevice) -> None:
    """The one rendering path: paper, preview and PDF all go through here.

    The PDF's title and creator come from the document, so a safe sheet stays neutral."""
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or PDF_TITLE
    _set_title(printer, title)
    margins = document_margins(document)
    if margins is not None:  # the tight layout was measured on narrower margins: print it on them
        printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    with laid_out(document, printer) as doc:
        _print_numbered(doc, printer)


def pdf_bytes(document: QTextDocument, page_size: str = "A4") -> bytes:
    """The document as a PDF, made in memory by QPdfWriter (no print system involved)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    configure(writer, page_size)
    to_printer(document, writer)
    del writer  # the engine has written the trailer when the painter ended
    data = bytes(buffer.data())
    buffer.close()
    check_pdf(data)
    return data


def _check_pdf_file(path: Path) -> None:
    """What reached the disk is checked again before it replaces anything."""
    with open(path, "rb") as fh:
        head = fh.read(8)
        size = fh.seek(0, 2)
        fh.seek(max(0, size - 1024))
        tail = fh.read()
    check_pdf(head + b"\n" + tail if size > 8 else head)


def write_pdf(document: QTextDocument, path: Path, page_size: str = "A4") -> Path:
    """Render `document` to the PDF file `path`: whole and checked, or an OSError (the disk is
    full, the folder is read-only, the target is a folder or a device) with any old file
    at `path` left exactly as it was. The new file is owner-only (0600)."""
    path = Path(path)
    atomic.check_target(path)  # refuse a folder or a device before the work
    data = pdf_bytes(document, page_size)
    return atomic.write_bytes(path, data, check=_check_pdf_file)


def page_count(document: QTextDocument, page_size: str = "A4") -> int:
    """Pages the document takes on the configured paper (layout as the printer will do it)."""
    with laid_out(document, page_layout(page_size, document_margins(document))) as doc:
        return doc.pageCount()


KEEP_WITH_NEXT_PT = 40.0  # a heading closer than this to the foot of a page moves to the next page


def keep_headings_with_text(document: QTextDocument, page_size: str = "A4", max_pages: int | None = None) -> None:
    """Move a heading that would stand alone at the foot of a page to the next page.

    Qt's rich text has no "page-break-after: avoid", so this looks at the laid-out pages
    and sets a page break before such a heading — unless that would make the document
    longer than `max_pages`, where the heading stays (a sheet never grows a page for it).
    """
    layout = page_layout(page_size, document_margins(document))
    moves = []
    with laid_out(document, layout) as laid:
        height = laid.pageSize().height()
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
        if max_pages is not None and page_count(document, page_size) > max(max_pages, before):
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            cursor.setBlockFormat(fmt)


def sheet_document(definition, answers, lang: str, book, note: str = "", client_name: str = "",
                   page_size: str = "A4", safe: bool = False, today: str | None = None,
                   organisation: dict[str, str] | None = None) -> QTextDocument:
    """The guidance sheet as a laid-out document, two pages at most before the note.

    The few longest answer sets (many circumstances at once) get slightly tighter type
    rather than a third page, the very longest (in Russian or German, on Letter paper) closer
    lines and narrower margins as well (app.sheet.layout: the tight layout); a long
    counsellor's note moves to a continuation page that repeats the disclaimer, so the sheet
    itself stays whole.
    """
    from app.sheet.service import sheet_html

    title = SAFE_PDF_TITLE if safe else PDF_TITLE

    def build(layout: SheetLayout, with_note: bool = True) -> QTextDocument:
        html = sheet_html(definition, answers, lang, book, note=note if with_note else "", client_name=client_name,
                          today=today, safe=safe, note_on_continuation=layout.note_on_continuation,
                          compact=layout.compact, organisation=organisation)
        doc = document_from_html(html, sheet_css(layout.compact, layout.tight), title, indent_pt(layout))
        if layout.tight:
            set_document_margins(doc, margins_mm(layout))
        return doc

    if safe:
        return build(SheetLayout(False, False))
    # the sheet itself must fit two pages; a note on its own page may run on as long as it needs
    for layout in layouts_to_try(note):
        doc = build(layout)
        body = doc
        if layout.note_on_continuation:
            body = build(layout._replace(note_on_continuation=False), with_note=False)
        if page_count(body, page_size) <= MAX_SHEET_PAGES:
            keep_headings_with_text(doc, page_size, max_pages=page_count(doc, page_size))
            return doc
    return doc  # nothing fits: the tightest layout, still whole
