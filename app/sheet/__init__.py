"""The guidance sheet: compose.py turns an outcome into HTML (pure Python); render.py (Qt)
turns that HTML into a document for the printer, the print preview and PDF."""

PAGE_SIZE_NAMES: tuple[str, ...] = ("A4", "Letter")  # the paper sizes a sheet is laid out for
