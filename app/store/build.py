"""Build the SQLite store from validated content with sqlite-utils.

The store is written to a temporary file and renamed into place, so a crash mid-build
never leaves a half-written store where the app will look for one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from app import __version__
from app.content.model import LANGUAGES, Content, Law, Section, Term
from app.render.abbreviations import FirstUse
from app.render.markdown import to_html, to_text
from app.store.normalize import normalize_name
from app.store.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class BuildStats:
    path: Path
    rows: int
    seconds: float
    bytes: int


def _row(kind: str, rid: str, lang: str, title: str, body_md: str, **extra: Any) -> dict[str, Any]:
    row = {
        "kind": kind, "id": rid, "lang": lang, "title": title,
        "aliases": "", "body": to_text(body_md), "html": to_html(body_md),
        "source_section": "", "as_of": "", "parent": None, "ord": 0, "fallback": 0,
        "origin": "bundled", "data": "{}",
    }
    row.update(extra)
    return row


def _section_rows(s: Section, content: Content, abbreviations: Any = None) -> Iterator[dict[str, Any]]:
    for lang in LANGUAGES:
        body, fallback = s.body.get(lang)
        # each page may be the first a reader opens: abbreviations spelled out at first use on it
        body = FirstUse(lang if not fallback else "en", abbreviations)(body)
        title, title_fallback = s.title.get(lang)
        data = {"terms": list(s.terms), "laws": list(s.laws), "sources": list(s.sources),
                "title_fallback": title_fallback, "source_gloss": s.source_gloss.get(lang, "")}
        yield _row("section", s.id, lang, title, body, source_section=s.source_heading,
                   as_of=s.as_of, parent=s.parent, ord=s.order, fallback=int(fallback),
                   data=json.dumps(data, ensure_ascii=False))


def _source_headings(content: Content, section_ids: Iterable[str], lang: str) -> list[list[str]]:
    """[report heading, its gloss in `lang` or ""] per section: a page quotes each heading on
    its own (headings hold commas) and names a guidebook update as one (app.render.page_view)."""
    return [[content.sections[s].source_heading, content.sections[s].source_gloss.get(lang, "")]
            for s in section_ids]


def _term_rows(t: Term, content: Content, order: int) -> Iterator[dict[str, Any]]:
    every_name = [t.term.values[lang] for lang in LANGUAGES if t.term.has(lang)]
    every_name += [a for lang in LANGUAGES for a in t.aliases.get(lang, ())]
    cited_by = [s.id for s in content.sections_citing("term", t.id)]
    as_of = max((content.sections[s].as_of for s in t.sections), default=content.as_of)
    for lang in LANGUAGES:
        definition, fallback = t.definition.get(lang)
        data = {
            "equivalents": dict(t.term.values),
            "aliases": {k: list(v) for k, v in t.aliases.items()},
            "related": list(t.related), "sections": list(t.sections),
            "sources": list(t.sources), "cited_by": cited_by,
            "source_headings": _source_headings(content, t.sections, lang),
        }
        law = content.laws.get(t.instrument) if t.instrument else None
        if law is not None and law.valid_until:
            # a term that names a replaced instrument says so on its own page and in search results
            data.update(valid_until=law.valid_until, superseded_by=law.superseded_by,
                        validity_note=law.validity_note.text(lang) if law.validity_note else None)
        yield _row("term", t.id, lang, t.term.text(lang), definition,
                   aliases=" · ".join(every_name), as_of=as_of, ord=order, fallback=int(fallback),
                   source_section=", ".join(content.sections[s].source_heading for s in t.sections),
                   data=json.dumps(data, ensure_ascii=False))


def _law_rows(law: Law, content: Content, order: int) -> Iterator[dict[str, Any]]:
    citations = list(dict.fromkeys(law.citation.values.values()))
    for lang in LANGUAGES:
        summary, fb1 = law.summary.get(lang)
        relevance, fb2 = law.relevance.get(lang)
        data = {
            "citation": law.citation.text(lang),
            "short": law.short.text(lang) if law.short else law.citation.text(lang),
            "kind": law.kind, "jurisdiction": law.jurisdiction,
            "date": law.date, "valid_from": law.valid_from, "valid_until": law.valid_until,
            "superseded_by": law.superseded_by,
            "summary_html": to_html(summary), "relevance_html": to_html(relevance),
            "validity_note": law.validity_note.text(lang) if law.validity_note else None,
            "verify_note": law.verify_note.text(lang) if law.verify_note else None,
            "sections": list(law.sections), "sources": list(law.sources),
            "cited_by": [s.id for s in content.sections_citing("law", law.id)],
            "source_headings": _source_headings(content, law.sections, lang),
        }
        body_md = f"{summary}\n\n{relevance}"
        yield _row("law", law.id, lang, law.title.text(lang), body_md,
                   aliases=" · ".join(citations), as_of=content.as_of, ord=order,
                   fallback=int(fb1 or fb2),
                   source_section=", ".join(content.sections[s].source_heading for s in law.sections),
                   data=json.dumps(data, ensure_ascii=False))


def _names(content: Content) -> Iterator[dict[str, str]]:
    seen: set[tuple[str, str, str]] = set()

    def emit(name: str, kind: str, rid: str) -> Iterator[dict[str, str]]:
        key = (normalize_name(name), kind, rid)
        if key[0] and key not in seen:
            seen.add(key)
            yield {"name": key[0], "kind": kind, "id": rid}

    for t in content.terms.values():
        for name in list(t.term.values.values()) + [a for v in t.aliases.values() for a in v]:
            yield from emit(name, "term", t.id)
    for law in content.laws.values():
        for name in list(law.citation.values.values()) + list(law.title.values.values()):
            yield from emit(name, "law", law.id)
    for s in content.sections.values():
        for name in s.title.values.values():
            yield from emit(name, "section", s.id)


def _links(content: Content) -> Iterator[dict[str, str]]:
    for s in content.sections.values():
        for term_id in s.terms:
            yield {"from_kind": "section", "from_id": s.id, "to_kind": "term", "to_id": term_id}
        for law_id in s.laws:
            yield {"from_kind": "section", "from_id": s.id, "to_kind": "law", "to_id": law_id}
    for t in content.terms.values():
        for r in t.related:
            yield {"from_kind": "term", "from_id": t.id, "to_kind": "term", "to_id": r}


def create_schema(db: sqlite_utils.Database, schema_sql: str) -> None:
    db.conn.executescript(schema_sql)


def insert_records(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]) -> int:
    rows = list(rows)
    db.table("records").insert_all(rows, batch_size=500)
    return len(rows)


def rebuild_fts(db: sqlite_utils.Database) -> None:
    db.execute("INSERT INTO records_fts (records_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO records_fts (records_fts) VALUES ('optimize')")


def build_store(content: Content, out: Path, schema_sql: str, abbreviations: Any = None) -> BuildStats:
    """Write the whole store for `content` to `out` atomically. `abbreviations` (a table as
    load_abbreviations returns) defaults to the sheet/abbreviations.yaml of the content in use;
    a content edition being installed passes its own."""
    started = time.perf_counter()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp)
        db = sqlite_utils.Database(conn)
        create_schema(db, schema_sql)
        rows: list[dict[str, Any]] = []
        for s in content.ordered_sections():
            rows.extend(_section_rows(s, content, abbreviations))
        for i, t in enumerate(sorted(content.terms.values(), key=lambda t: t.term.text("en").casefold())):
            rows.extend(_term_rows(t, content, i))
        for i, law in enumerate(content.laws.values()):
            rows.extend(_law_rows(law, content, i))
        # each language's rows together, so that a search can hand FTS5 one rowid span per
        # language and bm25 ranks a third of the index (search.py, #19); order within kept
        rows.sort(key=lambda row: LANGUAGES.index(row["lang"]))
        count = insert_records(db, rows)
        db.table("names").insert_all(_names(content), batch_size=500)
        db.table("links").insert_all(_links(content), batch_size=500, ignore=True)
        sources = {k: vars(v) for k, v in content.sources.items()}
        meta = {
            "schema_version": SCHEMA_VERSION,
            "content_version": content.version,
            "as_of": content.as_of,
            "edition": str(content.extra.get("edition", "")),
            "report_as_of": str(content.extra.get("report_as_of", "")),
            "app_version": __version__,
            "sources": json.dumps(sources, ensure_ascii=False),
        }
        db.table("meta").insert_all(({"key": k, "value": v} for k, v in meta.items()), replace=True)
        rebuild_fts(db)
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return BuildStats(out, count, time.perf_counter() - started, out.stat().st_size)
