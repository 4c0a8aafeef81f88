"""Is it a whole PDF? The check every PDF the app writes passes before it replaces a file.

Plain bytes, no Qt: a PDF that came out empty or cut short (a full disk, a failed paint)
is refused here, and the writer (app.ui.sheet_printer) then writes nothing and says so.
"""

from __future__ import annotations

import errno


class PdfError(OSError):
    """The PDF came out empty or cut short: it is not written, and the caller says so."""


def check_pdf(data: bytes) -> None:
    """PdfError unless `data` looks like a whole PDF: the header, and the end-of-file mark."""
    if not data.startswith(b"%PDF-"):
        raise PdfError(errno.EIO, "the PDF came out empty" if not data else "the output is not a PDF")
    if not data[-1024:].rstrip().endswith(b"%%EOF"):
        raise PdfError(errno.EIO, "the PDF came out cut short (no end-of-file mark)")
