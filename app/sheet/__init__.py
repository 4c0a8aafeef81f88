"""The guidance sheet, in plain Python: compose.py turns an outcome into HTML, service.py is
the one call the CLI and the UI make, layout.py holds the printed sheet's fixed decisions.
The Qt half (HTML -> document -> printer, preview or PDF) is app/ui/sheet_printer.py."""
