"""The real test case: the Connection e.V. / PRO ASYL report of 20.02.2024 as plain text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.importer.api import commit, preview
from app.importer.for_search import open_imports
from app.importer.store import ImportsStore

CHAPTERS = {
    "Right to conscientious objection, desertion and mobilisation": [
        "Differences: desertion, draft evasion and conscientious objection",
        "Legal framework: Conscientious objection and desertion in Russia",
        "The practice of mobilisation in Russia",
        "Escape as a result of mobilisation",
    ],
    "Numbers of Russian conscientious objectors": [
        "Hundreds of thousands flee from military service",
        "Russian conscientious objectors in Germany: high rejection rate for asylum applications",
        "Decision figures",
        "Formal completion of proceedings - Dublin III Regulation",
        "Refugee protection",
    ],
    "Decisions of the Federal Office for Migration and Refugees - case law on asylum and conscientious objection": [
        "Adjustments to the BAMF’s decision-making practice",
        "A look back at the initial lip service paid by politicians",
        "Asylum: only a few doors open",
        "Refugee protection in the event of political persecution or excessive punishment",
        '"Considerable probability" becomes the decisive criterion',
        "Refusal to participate in a war that violates international law",
        "New practice since September 2023?",
    ],
    "Demands of PRO ASYL and Connection e.V.": [
        "EU states must find solutions for conscientious objectors",
        "Demands on politicians",
    ],
}
TABLE_SECTION = "Russian conscientious objectors in Germany: high rejection rate for asylum applications"
TABLE_LINES = ["1.150", "2.337", "626", "904", "361", "836", "81", "11", "123", "33"]


@pytest.fixture
def report(report_path: Path):
    return preview(report_path)


def test_metadata_and_encoding(report) -> None:
    m = report.metadata
    assert (m.title, m.subtitle, m.publisher, m.date, m.lang) == (
        "Russians refusing to go to war", "What are the chances of protection and asylum?",
        "Connection e.V.", "2024-02-20", "en")
    assert report.encoding == "utf-8" and report.fmt == "txt"


def test_at_least_twenty_sections_nested_under_their_chapters(report) -> None:
    sections = report.sections
    assert len(sections) >= 20
    by_title = {s.title: s for s in sections}
    assert sections[0].title == "Russians refusing to go to war" and sections[0].level == 1
    top = [s.title for s in sections if s.parent is None]
    assert top == ["Russians refusing to go to war", *CHAPTERS]
    for chapter, children in CHAPTERS.items():
        parent = by_title[chapter]
        assert parent.level == 1
        assert [s.title for s in sections if s.parent == parent.id] == children


def test_the_asylum_table_stays_intact_in_its_section(report, report_path: Path) -> None:
    titles = [s.title for s in report.sections]
    for cell in ("Applications", "decided", "Rejections", "International protection",
                 "Formal completion of proceedings", "24.2.2022-31.12.2022", *TABLE_LINES):
        assert cell not in titles
    section = next(s for s in report.sections if s.title == TABLE_SECTION)
    lines = [ln.strip() for ln in section.text.splitlines()]
    for cell in TABLE_LINES:
        assert cell in lines, cell
    # verbatim: the section's text is a slice of the file, table layout included
    source = report_path.read_text(encoding="utf-8")
    assert section.text in source
    assert "Applications\n\n1.150\n\n2.337\n\ndecided\n\n626\n\n904" in section.text


def test_every_section_text_is_verbatim(report, report_path: Path) -> None:
    source = report_path.read_text(encoding="utf-8")
    for s in report.sections:
        assert s.text in source


def test_import_search_and_remove(report, fixture_store: Path) -> None:
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    started = time.process_time()
    result = commit(report)
    elapsed = time.process_time() - started
    assert elapsed < 10, f"importing the report took {elapsed:.2f} s"
    assert result.doc.sections == len(report.sections)

    book = Guidebook(connect_readonly(fixture_store), imports_opener=open_imports)
    try:
        book.reload_imports()
        for phrase in ("Madina Kabaloyeva", "heating center"):
            hits = [h for h in book.search(phrase, lang="en", as_you_type=False) if h.imported]
            assert hits, phrase
            assert {h.origin for h in hits} == {f"import:{result.doc.doc_id}"}
            assert hits[0].title in ("Escape as a result of mobilisation", "The practice of mobilisation in Russia")
        # the window asks in its own language: the imported sections are found in ru and de too
        assert [h for h in book.search("Kabaloyeva", lang="ru") if h.imported]
        rec = book.get("section", hits[0].id, "en")
        assert rec.imported and rec.data["reviewed"] is False and rec.as_of == "2024-02-20"
        crumbs = book.breadcrumb(f"imp-{result.doc.doc_id}-5", "en")
        assert [t for _, t in crumbs] == ["Right to conscientious objection, desertion and mobilisation",
                                          "The practice of mobilisation in Russia"]

        with ImportsStore() as store:
            store.remove(result.doc.doc_id)
        book.reload_imports()
        assert not [h for h in book.search("Madina Kabaloyeva", lang="en") if h.imported]
    finally:
        book.close()


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_same_report_as_markdown_or_html_gives_the_same_tree(report, fmt: str) -> None:
    """# title / ## chapters / ### sections (or h1/h2/h3) nest exactly like the plain text."""
    import html as _html

    from app.importer.api import preview_bytes

    parts = []
    for s in report.sections:
        depth = 1 if s.id == 1 else s.level + 1
        body = s.text
        if fmt == "md":
            parts.append(f"{'#' * depth} {s.title}\n\n{body}")
        else:
            paras = "".join(f"<p>{_html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
            parts.append(f"<h{depth}>{_html.escape(s.title)}</h{depth}>{paras}")
    again = preview_bytes("\n\n".join(parts).encode(), f"report.{fmt}")
    assert [(s.title, s.level, s.parent) for s in again.sections] == [
        (s.title, s.level, s.parent) for s in report.sections]
    assert again.metadata.title == report.metadata.title and again.metadata.date == "2024-02-20"
