"""Pure-Python rendering: Markdown -> safe HTML, record -> reader page HTML, plain text."""
