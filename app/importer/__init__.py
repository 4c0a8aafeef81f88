"""Import a newer report (.pdf, .txt, .md, .html) into the user's own store, beside the guidebook.

Pure Python, no Qt. One job per module: `decode` (bytes → text), `pdf_text` (a PDF's text
layer → paragraphs, its outline → headings; pypdf), `html_text` (HTML →
text blocks), `headings` (which blocks are headings, at what level), `split` (sections
with verbatim text), `metadata` (title, publisher, date), `store` (the user's
imports.sqlite), `api` (preview → commit, the only entry point the CLI and UI use).
"""
