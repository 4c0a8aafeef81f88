"""The user's imported reports, opened for a Guidebook to search and read beside the bundled store.

The store sits below the importer and never imports it; whoever opens a Guidebook (the
command line, the window, the self-test) hands it `open_imports` instead:
`Guidebook.open(imports_opener=open_imports)`. The importer's code (app.importer.store) is
loaded only when it is called, and the Guidebook calls it only when there is an imports file.
"""

from __future__ import annotations

import sqlite3


def open_imports() -> tuple[sqlite3.Connection | None, str]:
    """A read-only connection to the imports store (or None) and a sentence for the user ('' when
    all is well): the file was damaged and set aside, is locked by an import, or cannot be read now.

    A file set aside meanwhile by another step of this process (e.g. listing imports) is said
    too; each notice once: whoever shows the sentence has told the user."""
    from app.importer.store import open_for_search, take_notices

    conn, notice = open_for_search()
    return conn, " ".join(dict.fromkeys(n for n in (*take_notices(), notice) if n))
