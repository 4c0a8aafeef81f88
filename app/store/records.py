"""Read records from an open store: one record, the table of contents, lists by kind.

The bundled store has one row per record and language. An imported report is stored once,
in the language it is written in, with `lang` = ANY_LANG: every lookup by language also
finds those rows, and hands them out as records in the language asked for (so the window
and the command line treat them as they treated the per-language copies imports made
before, which these lookups still read). An imported row may have no `html`: it is made
from the verbatim text when the record is read (the text is stored once, not twice).
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from app.errors import NotFound
from app.records import Record

_COLUMNS = "kind, id, lang, title, aliases, body, html, source_section, as_of, parent, ord, fallback, origin, data"
_HEADER_COLUMNS = ("kind, id, lang, title, aliases, '', '', source_section, as_of, parent, ord, fallback, origin, "
                   "data")
ANY_LANG = "*"  # `lang` of a row that serves every language (an imported report's section)


def _record(row: tuple[Any, ...], lang: str | None = None, with_html: bool = True) -> Record:
    values = list(row)
    values[11] = bool(values[11])
    values[13] = json.loads(values[13] or "{}")
    if values[2] == ANY_LANG:
        values[2] = lang or str(values[13].get("lang") or "en")
    if with_html and values[12] != "bundled":
        if len(values[5]) > MAX_PAGE_TEXT:  # a section imported whole by an earlier version
            values[6] = _first_part_of_page(values[5], values[2])
        elif not values[6] and values[5]:
            values[6] = imported_html(values[5])
    return Record(*values)


# An imported section is at most 200,000 characters (app.importer.split cuts longer ones into
# parts). Sections imported whole by earlier versions (a 49 MB one froze the window for 92 s)
# show their first 200,000 characters, with a sentence on how to read all of it.
MAX_PAGE_TEXT = 200_000
_TOO_LONG = {
    "en": "This section is too long to show at once. Import the report again (File → Import Report…, or "
          "objector-guide import FILE --replace) to read it in parts.",
    "ru": "Этот раздел слишком длинный, чтобы показать его целиком. Импортируйте доклад заново "
          "(«Файл → Импортировать доклад…» или objector-guide import ФАЙЛ --replace), чтобы читать его по частям.",
    "de": "Dieser Abschnitt ist zu lang, um ihn auf einmal zu zeigen. Importieren Sie den Bericht erneut "
          "(Datei → Bericht importieren… oder objector-guide import DATEI --replace), um ihn in Teilen zu lesen.",
}


def _first_part_of_page(body: str, lang: str) -> str:
    """The page of the first MAX_PAGE_TEXT characters of `body` (to a line end when there is
    one in the second half) and the sentence saying the rest is not shown."""
    cut = body.rfind("\n", MAX_PAGE_TEXT // 2, MAX_PAGE_TEXT)
    head = body[:cut if cut > 0 else MAX_PAGE_TEXT]
    note = _TOO_LONG.get(lang, _TOO_LONG["en"])
    from app.render.html import escape

    return f"{imported_html(head)}<p><b>[…]</b> <i>{escape(note)}</i></p>"


_RUN = r"\S+"  # compiled at the first imported section (re caches it), not at start
LONG_RUN = 200    # characters without a space: more is no word (a crafted file, a base64 blob)
_BREAK_EVERY = 100


def breakable(text: str) -> str:
    """`text` with a zero-width space every 100 characters inside each run of more than 200
    without a space: Qt lays out a 200,000-character "word" for seconds (3 s in the window),
    and the same text with places to wrap at once (0.1 s). Only the page shows them."""
    out: list[str] = []
    pos = 0
    for m in re.finditer(_RUN, text):
        if m.end() - m.start() > LONG_RUN:
            run = m.group()
            out.append(text[pos:m.start()])
            out.append("\u200b".join(run[i:i + _BREAK_EVERY] for i in range(0, len(run), _BREAK_EVERY)))
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def imported_html(body: str) -> str:
    """The page of an imported section: its verbatim text as escaped paragraphs."""
    from app.render.html import paragraphs_html

    return paragraphs_html(breakable(body))


def get_record(conn: sqlite3.Connection, kind: str, rid: str, lang: str) -> Record:
    row = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE kind=? AND id=? AND lang IN (?, '{ANY_LANG}')",
                       (kind, rid, lang)).fetchone()
    if row is None:
        row = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE kind=? AND id=? ORDER BY lang='en' DESC",
                           (kind, rid)).fetchone()
    if row is None:
        raise NotFound(f"There is no {kind} with the id '{rid}'.")
    return _record(row, lang)


def list_records(conn: sqlite3.Connection, kind: str, lang: str, bodies: bool = True) -> list[Record]:
    """Every record of `kind` in `lang`; with bodies=False, without body and html (the
    contents tree of a large imported report needs its titles, not its megabytes)."""
    columns = _COLUMNS if bodies else _HEADER_COLUMNS
    rows = conn.execute(f"SELECT {columns} FROM records WHERE kind=? AND lang IN (?, '{ANY_LANG}') "
                        "ORDER BY ord, title", (kind, lang)).fetchall()
    return [_record(r, lang, with_html=bodies) for r in rows]


def titles(conn: sqlite3.Connection, lang: str) -> dict[tuple[str, str], str]:
    """(kind, id) -> title in `lang`, for link labels and breadcrumbs without loading bodies."""
    return {(k, i): t for k, i, t in conn.execute(
        f"SELECT kind, id, title FROM records WHERE lang IN (?, '{ANY_LANG}')", (lang,))}


def breadcrumb(conn: sqlite3.Connection, section_id: str, lang: str) -> list[tuple[str, str]]:
    """[(id, title)] from the top-level chapter down to the section itself."""
    trail: list[tuple[str, str]] = []
    current: str | None = section_id
    seen: set[str] = set()
    while current and current not in seen:
        seen.add(current)
        row = conn.execute("SELECT id, title, parent FROM records WHERE kind='section' AND id=? "
                           f"AND lang IN (?, '{ANY_LANG}')", (current, lang)).fetchone()
        if row is None:
            break
        trail.append((row[0], row[1]))
        current = row[2]
    return list(reversed(trail))


def counts(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for kind, lang, n, fb in conn.execute(
            "SELECT kind, lang, count(*), sum(fallback) FROM records GROUP BY kind, lang ORDER BY kind, lang"):
        out.setdefault(kind, {})[lang] = n
        out.setdefault(f"{kind}_translation_missing", {})[lang] = fb or 0
    return out
