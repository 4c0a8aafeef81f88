"""The importer's two steps, used by the CLI and the UI alike.

    p = preview(path)      # read, decode, detect metadata and sections; nothing written
    r = commit(p, title=…, date=…, replace=…, progress=callback)   # one transaction

`preview` raises only `UserError` (a sentence for the user) for anything a file can do.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import NotFound, StoreError, UserError
from app.importer import pdf_text
from app.importer import store as st
from app.importer.decode import _check_size, decode_bytes, read_report_bytes
from app.importer.metadata import Metadata, detect, find_date
from app.importer.split import Outline, Section, bounded, format_for, outline, outline_blocks

STATUS = "imported, not reviewed"
FORMAT_NAMES = {"txt": "plain text", "md": "Markdown", "html": "HTML", "pdf": "PDF"}
SUFFIXES = (".pdf", ".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")  # what a file dialog offers


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    size: int
    sha256: str
    encoding: str
    fmt: str
    metadata: Metadata
    outline: Outline
    previous: st.ImportedDoc | None = None   # an earlier import of the same bytes or file name
    same_bytes: bool = False                  # True: `previous` has exactly these bytes
    pages: int = 0                            # a PDF's pages, 0 for a text file

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.outline.sections

    def tree(self) -> list[dict[str, Any]]:
        """Sections nested by parent: [{'id', 'title', 'level', 'chars', 'children': [...]}]."""
        nodes: dict[int, dict[str, Any]] = {
            s.id: {"id": s.id, "title": s.title, "level": s.level, "chars": len(s.text), "children": []}
            for s in self.sections}
        roots: list[dict[str, Any]] = []
        for s in self.sections:
            (nodes[s.parent]["children"] if s.parent in nodes else roots).append(nodes[s.id])
        return roots

    def toc_lines(self, indent: str = "  ") -> list[str]:
        depth: dict[int, int] = {}
        out = []
        for s in self.sections:
            depth[s.id] = depth[s.parent] + 1 if s.parent in depth else 0
            out.append(f"{indent * depth[s.id]}{s.title}")
        return out

    def to_json(self) -> dict[str, Any]:
        m = self.metadata
        return {
            "file": self.file_name, "bytes": self.size, "sha256": self.sha256, "encoding": self.encoding,
            "format": self.fmt, "title": m.title, "subtitle": m.subtitle, "publisher": m.publisher,
            "date": m.date, "lang": m.lang, "pages": self.pages or None,
            "previous": self.previous.to_json() if self.previous else None, "same_bytes": self.same_bytes,
            "sections": [{"number": s.id, "title": s.title, "level": s.level, "parent": s.parent,
                          "chars": len(s.text)} for s in self.sections],
        }


@dataclass(frozen=True)
class ImportResult:
    doc: st.ImportedDoc
    replaced: st.ImportedDoc | None
    seconds: float
    record_ids: tuple[str, ...] = field(default=())
    notice: str = ""   # e.g. a damaged store was moved aside first

    @property
    def status(self) -> str:
        return STATUS

    def to_json(self) -> dict[str, Any]:
        return {**self.doc.to_json(), "status": STATUS, "seconds": round(self.seconds, 3),
                "replaced": self.replaced.doc_id if self.replaced else None,
                "record_ids": list(self.record_ids), "notice": self.notice or None}


def preview(path: Path | str) -> ImportPreview:
    """Read and analyse a report file. Writes nothing."""
    path = Path(path)
    return preview_bytes(read_report_bytes(path), path.name)


def preview_bytes(data: bytes, file_name: str) -> ImportPreview:
    pages = 0
    if pdf_text.is_pdf(data, file_name):
        _check_size(len(data), file_name)
        doc = pdf_text.extract(data, file_name)
        fmt, encoding, pages = "pdf", pdf_text.ENCODING, doc.pages
        out = outline_blocks(doc.text, doc.blocks, fmt, doc_title=doc.title)
    else:
        decoded = decode_bytes(data, file_name)
        fmt, encoding = format_for(file_name, decoded.text), decoded.encoding
        out = outline(decoded.text, fmt)
    if not out.sections or not any(s.text.strip() or s.title.strip() for s in out.sections):
        raise UserError(f"The file {file_name} has no readable text.")
    sha = hashlib.sha256(data).hexdigest()
    previous, same = st.lookup(sha, file_name)
    metadata = detect(out)
    out = bounded(out, metadata.lang)  # no section longer than MAX_SECTION_CHARS
    return ImportPreview(file_name, len(data), sha, encoding, fmt, metadata, out, previous, same, pages)


def parse_date(text: str) -> str:
    """An ISO date from what a person typed ('2024-02-20', '20.02.2024', '20 February 2024')."""
    text = (text or "").strip()
    if not text:
        return ""
    iso = find_date(text)
    if not iso:
        raise UserError(f"“{text[:40]}” is not a date; write it like 2024-02-20 or 20.02.2024.")
    return iso


def commit(p: ImportPreview, title: str | None = None, date: str | None = None,
           replace: bool = False, progress: st.Progress | None = None,
           path: Path | None = None, publisher: str | None = None) -> ImportResult:
    """Store the previewed report in one transaction.

    `title`, `date`, `publisher` override what was detected. `replace`: re-import bytes
    imported before, or replace the earlier import of a file with the same name
    (`p.previous`). Without it, the same bytes are refused (`store.DuplicateImport`).
    `progress(done, total)` is called after each section; raising from it rolls back.
    """
    started = time.perf_counter()
    m = p.metadata
    doc = st.ImportedDoc(
        doc_id=p.sha256[:8], title=st.clean_title(title if title is not None else m.title),
        publisher=" ".join((m.publisher if publisher is None else publisher).split())[:200],
        date=parse_date(date) if date is not None else m.date,
        file_name=p.file_name, sha256=p.sha256, encoding=p.encoding, lang=m.lang, format=p.fmt,
        imported_at=st._now(), sections=len(p.sections))
    sections = [st.NewSection(s.id, s.title, s.level, s.parent, s.text) for s in p.sections]
    replace_arg: bool | str = replace
    if replace and p.previous is not None and not p.same_bytes:
        replace_arg = p.previous.doc_id
    with st.ImportsStore(path) as store:
        stored, replaced = store.add(doc, sections, replace=replace_arg, progress=progress)
        notice = store.notice
    ids = tuple(st.record_id(stored.doc_id, s.number) for s in sections)
    return ImportResult(stored, replaced, time.perf_counter() - started, ids, notice)


def list_imports(path: Path | None = None) -> list[st.ImportedDoc]:
    if not (Path(path) if path else st.imports_path()).exists():
        return []
    with st.ImportsStore(path) as store:
        return store.list()


def remove(doc_id: str, path: Path | None = None) -> st.ImportedDoc:
    with st.ImportsStore(path) as store:
        return store.remove(doc_id)


def rename(doc_id: str, title: str, path: Path | None = None) -> st.ImportedDoc:
    with st.ImportsStore(path) as store:
        return store.rename(doc_id, title)


# ------------------------------------------------------------------ kept copies

@dataclass(frozen=True)
class KeptCopy:
    """A copy of the imports file that was set aside because it could not be read."""

    path: Path
    size: int
    modified: str                      # local time, "2026-11-29 15:08"
    reports: tuple[st.ImportedDoc, ...]
    problem: str = ""                  # '' when it can be put back, else why not

    @property
    def name(self) -> str:
        return self.path.name

    def to_json(self) -> dict[str, Any]:
        return {"file": self.name, "path": str(self.path), "bytes": self.size, "modified": self.modified,
                "can_restore": not self.problem, "problem": self.problem or None,
                "reports": [d.to_json() for d in self.reports]}


@dataclass(frozen=True)
class RestoreResult:
    copy: KeptCopy
    added: tuple[st.ImportedDoc, ...]      # reports now back in the imported reports
    present: tuple[st.ImportedDoc, ...]    # reports that were there already (same bytes)
    renamed: bool                          # the copy became the imports file itself
    copy_removed: bool                     # merged, and the copy (now redundant) removed


def _inspect(path: Path) -> KeptCopy:
    try:
        info = path.stat()
        size, modified = info.st_size, time.strftime("%Y-%m-%d %H:%M", time.localtime(info.st_mtime))
    except OSError:
        size, modified = 0, ""
    try:
        problem = st.diagnose(path, timeout=2.0)
    except UserError as exc:  # busy, or cannot be read now
        return KeptCopy(path, size, modified, (), str(exc))
    if problem:
        return KeptCopy(path, size, modified, (), f"its content is damaged ({problem})")
    try:
        conn = sqlite3.connect(st._ro_uri(path), uri=True)
        try:
            rows = conn.execute(f"SELECT {st._DOC_COLUMNS} FROM imports ORDER BY imported_at, doc_id").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return KeptCopy(path, size, modified, (), f"it cannot be read ({exc})")
    return KeptCopy(path, size, modified, tuple(st._doc(r) for r in rows))


def kept_copies(path: Path | None = None) -> list[KeptCopy]:
    """The copies of the imports file set aside in the data folder, newest first, each with
    the reports it holds or why it cannot be put back. (Undoes an interrupted change in a
    copy, as opening it would.)"""
    target = Path(path) if path else st.imports_path()
    return [_inspect(p) for p in st.kept_copies(target.parent)]


def restore(name: str, path: Path | None = None) -> RestoreResult:
    """Put the reports of a kept copy (`name`: its file name) back. When there is no imports
    file, or it holds no report, the copy becomes the imports file again; otherwise its
    reports are added to the current file in one transaction (those imported again since
    are not doubled) and the copy, now redundant, is removed. A damaged copy stays as it is."""
    target = Path(path) if path else st.imports_path()
    wanted = Path(name).name
    found = [p for p in st.kept_copies(target.parent) if p.name == wanted]
    if not found:
        names = ", ".join(p.name for p in st.kept_copies(target.parent)) or "none"
        raise NotFound(f"There is no kept copy named '{wanted}' in {target.parent} (kept copies: {names}).")
    copy = _inspect(found[0])
    if copy.problem:
        raise StoreError(f"{copy.name} cannot be put back: {copy.problem}. It stays where it is.")
    current: list[st.ImportedDoc] = []
    if target.exists() or target.is_symlink():
        with st.ImportsStore(target) as store:  # sets a damaged current file aside first
            current = store.list()
    if not current:
        with st.replacing(target):  # a first import elsewhere now would be replaced unseen
            if not st.holds_reports(target):  # none stored since the look above
                try:
                    os.replace(copy.path, target)
                except OSError as exc:
                    raise StoreError(f"{copy.name} could not be put back ({exc.strerror or exc}); "
                                     "it stays where it is.") from None
                return RestoreResult(copy, copy.reports, (), renamed=True, copy_removed=False)
    with st.ImportsStore(target) as store:
        added, present = store.merge_from(copy.path)
        held = {d.sha256 for d in store.list()}
    removed = False
    if all(d.sha256 in held for d in copy.reports):
        try:
            copy.path.unlink()
            removed = True
        except OSError:
            pass
    return RestoreResult(copy, tuple(added), tuple(present), renamed=False, copy_removed=removed)
