"""api: preview writes nothing and only ever raises UserError; commit overrides; property test."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as s

from app.errors import UserError
from app.importer import store as st
from app.importer.api import ImportPreview, commit, parse_date, preview, preview_bytes

NAMES = s.sampled_from(["r.txt", "r.md", "r.html", "r.htm", "noext"])


def _check(data: bytes, name: str) -> None:
    started = time.process_time()
    try:
        p = preview_bytes(data, name)
    except UserError as exc:
        assert str(exc) and "\n" not in str(exc)
        p = None
    assert time.process_time() - started < 1.0
    if p is None:
        return
    assert isinstance(p, ImportPreview) and p.sections
    ids = [sec.id for sec in p.sections]
    assert ids == list(range(1, len(ids) + 1))
    for sec in p.sections:
        assert sec.level >= 1 and sec.title.strip()
        assert sec.parent is None or sec.parent < sec.id
        assert sec.text in p.outline.text
    assert p.toc_lines() and p.tree()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=s.binary(max_size=4000), name=NAMES)
def test_any_bytes_give_a_preview_or_a_sentence(data: bytes, name: str) -> None:
    _check(data, name)


_LINES = s.lists(s.one_of(
    s.text(max_size=80),
    s.sampled_from(["", " ", "# Title", "## Sub", "===", "---", "```", "<h1>", "</h1>", "<script>", "<p>",
                    "Short Heading", "Another Title Line", "1.150", "626", "- item", "by Someone e.V.",
                    "(20.02.2024)", "A sentence ends here.", "Intro:", "<table><tr><td>1</td>", "\t", "\x0c"]),
), max_size=60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=_LINES, name=NAMES, encoding=s.sampled_from(["utf-8", "utf-16", "cp1251", "latin-1"]))
def test_any_text_gives_a_preview_or_a_sentence(lines: list[str], name: str, encoding: str) -> None:
    text = "\n".join(lines)
    data = text.encode(encoding, errors="replace")
    _check(data, name)


def test_preview_writes_nothing(write_file) -> None:
    p = preview(write_file("r.txt", "Title\n\nBody text of the report.\n\nNext Part\n\nMore text."))
    assert [sec.title for sec in p.sections] == ["Title", "Next Part"]
    assert not st.imports_path().exists()


def test_commit_with_a_title_and_date_typed_by_the_user(write_file) -> None:
    p = preview(write_file("r.txt", "Title\n\nBody text of the report."))
    result = commit(p, title="My title", date="20 February 2024")
    assert (result.doc.title, result.doc.date, result.status) == ("My title", "2024-02-20",
                                                                  "imported, not reviewed")
    with pytest.raises(UserError, match="not a date"):
        commit(p, date="yesterday", replace=True)
    with pytest.raises(UserError, match="empty"):
        commit(p, title=" ", replace=True)


def test_html_with_nothing_readable_is_a_sentence() -> None:
    with pytest.raises(UserError, match="no readable text"):
        preview_bytes(b"<html><script>x()</script><style>p{}</style></html>", "page.html")


@pytest.mark.parametrize("typed, iso", [("2024-02-20", "2024-02-20"), ("20.02.2024", "2024-02-20"),
                                        ("February 20, 2024", "2024-02-20"), ("", "")])
def test_parse_date(typed: str, iso: str) -> None:
    assert parse_date(typed) == iso
