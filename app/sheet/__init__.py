"""The guidance sheet: compose.py turns an outcome into HTML (pure Python); render.py (Qt)
turns that HTML into a document for the printer, the print preview and PDF."""
