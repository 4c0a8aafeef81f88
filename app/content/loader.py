"""Load resources/content into validated records.

Strict on purpose: a counsellor acts on this text, so a typo in an id or a missing
Russian translation must stop the build with the file and record named, not surface
later as a dead link or an empty page in front of a client.

Each file's shape (keys, types, languages, id and date forms) is its schema's job
(resources/schemas/<kind>.schema.json, checked by app/schemas.py before anything is
built); what a schema cannot say stays here: ids unique within a file, file names that
match ids, translations that have an English file, unique reading order, links that resolve.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from app import links, schemas, yaml_text
from app.content.errors import ContentError
from app.content.model import (
    LANGUAGES,
    REQUIRED_LANGUAGES,
    Content,
    Law,
    Localized,
    Section,
    Source,
    Term,
    localized,
)
from app.content.version import content_version


def _fail(path: Path, record: str | None, message: str) -> ContentError:
    return ContentError(f"{path.name}" + (f" [{record}]" if record else "") + f": {message}")


def _read_yaml(path: Path) -> Any:
    try:
        return yaml_text.load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path.name}: file is missing") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path.name}: not valid YAML/UTF-8: {exc}") from None


def _checked(kind: str, data: Any, path: Path) -> Any:
    """`data` as its schema (resources/schemas/<kind>.schema.json) sees it, or every way it
    breaks the schema, each naming the file, the record and the field."""
    view = schemas.json_view(data)
    problems = [] if schemas.checked_at_build(path) else schemas.problems(kind, view, path.name)
    if problems:
        raise ContentError("\n".join(problems))
    return view


def _date(value: Any) -> str | None:
    """A checked date (YYYY, YYYY-MM or YYYY-MM-DD; YAML reads a bare year as a number)."""
    return None if value is None else str(value)


def _localized(value: Mapping[str, str]) -> Localized:
    return localized({lang: text.strip() for lang, text in value.items()})


def _optional_localized(value: Mapping[str, str] | None) -> Localized | None:
    return None if value is None else _localized(value)


def _ids(value: list[str] | None) -> tuple[str, ...]:
    return tuple(value or ())


def split_front_matter(path: Path) -> tuple[Any, str]:
    """Split a Markdown file into (front matter, body); the front matter's shape is the schema's job."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{path.name}: not UTF-8: {exc}") from None
    if not text.startswith("---"):
        raise ContentError(f"{path.name}: must start with '---' front matter")
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        raise ContentError(f"{path.name}: front matter is not closed with '---'")
    head, body = parts[0][3:], parts[1]
    body = body.split("\n", 1)[1] if "\n" in body else ""
    try:
        meta = yaml_text.load(head)
    except yaml.YAMLError as exc:
        raise ContentError(f"{path.name}: front matter is not valid YAML: {exc}") from None
    return ({} if meta is None else meta), body.strip()


def _records(path: Path, kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, mapping) for each entry of a YAML list file, checked against its schema, ids unique."""
    seen: set[str] = set()
    for item in _checked(kind, _read_yaml(path), path):
        rid = item["id"]
        if rid in seen:
            raise _fail(path, rid, "duplicate id")
        seen.add(rid)
        yield rid, item


def _load_sources(root: Path) -> dict[str, Source]:
    path = root / "sources.yaml"
    out: dict[str, Source] = {}
    for rid, item in _records(path, "sources"):
        out[rid] = Source(
            id=rid,
            title=item["title"].strip(),
            subtitle=item["subtitle"].strip() if item.get("subtitle") else None,
            publisher=item["publisher"].strip(),
            date=_date(item.get("date")),
            url=item.get("url"),
            note=item.get("note"),
            local=_source_local(item.get("local")),
        )
    return out


def _source_local(value: Mapping[str, Mapping[str, str | None]] | None) -> dict[str, dict[str, str]]:
    """{lang: {title?, subtitle?, publisher?}}: how a ru or de page names the source (the
    German original title of the report, a publisher in the reader's words)."""
    return {lang: {k: v.strip() for k, v in fields.items() if v is not None} for lang, fields in (value or {}).items()}


def _load_sections(root: Path) -> dict[str, Section]:
    folder = root / "sections"
    en_files = sorted((folder / "en").glob("*.md"))
    if not en_files:
        raise ContentError("sections/en: no sections found")
    titles: dict[str, dict[str, str]] = {}
    bodies: dict[str, dict[str, str]] = {}
    glosses: dict[str, dict[str, str]] = {}
    metas: dict[str, tuple[Path, dict[str, Any]]] = {}
    for path in en_files:
        raw, body = split_front_matter(path)
        meta = _checked("section", raw, path)
        rid = meta["id"]
        if path.stem != rid:
            raise _fail(path, rid, "file name must be <id>.md")
        if rid in metas:
            raise _fail(path, rid, "duplicate id")
        if not body:
            raise _fail(path, rid, "empty body")
        metas[rid] = (path, meta)
        titles[rid] = {"en": meta["title"].strip()}
        glosses[rid] = {}
        bodies[rid] = {"en": body}
    for lang in LANGUAGES[1:]:
        for path in sorted((folder / lang).glob("*.md")):
            raw, body = split_front_matter(path)
            meta = _checked("section-translation", raw, path)
            rid = meta["id"]
            if path.stem != rid:
                raise _fail(path, rid, f"file name must be <id>.md ({lang})")
            if rid not in metas:
                raise _fail(path, rid, f"{lang} translation of a section that has no English file")
            titles[rid][lang] = meta["title"].strip()
            if meta.get("source_heading"):
                glosses[rid][lang] = meta["source_heading"].strip()
            if body:
                bodies[rid][lang] = body
    out: dict[str, Section] = {}
    orders: dict[int, str] = {}
    for rid, (path, meta) in metas.items():
        for lang in REQUIRED_LANGUAGES:
            if lang not in titles[rid]:
                raise _fail(path, rid, f"no {lang} translation (sections/{lang}/{rid}.md)")
            if lang not in bodies[rid]:
                raise _fail(path, rid, f"the {lang} translation has an empty body")
        order = meta["order"]
        if order in orders:
            raise _fail(path, rid, f"'order' {order} is also used by {orders[order]}")
        orders[order] = rid
        out[rid] = Section(
            id=rid,
            title=localized(titles[rid]),
            body=localized(bodies[rid]),
            order=order,
            parent=meta.get("parent"),
            source_heading=meta["source_heading"].strip(),
            source_gloss=dict(glosses[rid]),
            as_of=_date(meta["as_of"]) or "",
            terms=_ids(meta.get("terms")),
            laws=_ids(meta.get("laws")),
            sources=_ids(meta.get("sources")),
            path=str(path),
        )
    return out


def _aliases(value: Mapping[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(i.strip() for i in items) for lang, items in (value or {}).items()}


def termbase_path(root: Path) -> Path:
    """resources/i18n/termbase.yaml beside resources/content (absent for test fixtures)."""
    return Path(root).parent / "i18n" / "termbase.yaml"


def _load_termbase(root: Path) -> dict[str, Any]:
    """Concept id -> its approved terms {en, ru, de}: the one place a term's equivalents live."""
    path = termbase_path(root)
    if not path.is_file():
        return {}
    out: dict[str, Any] = {}
    for item in _checked("termbase", _read_yaml(path), path)["concepts"]:
        rid = item["id"]
        if rid in out:
            raise _fail(path, rid, "duplicate id")
        out[rid] = item["term"]
    return out


def _load_terms(root: Path) -> dict[str, Term]:
    path = root / "glossary.yaml"
    termbase = _load_termbase(root)
    out: dict[str, Term] = {}
    for rid, item in _records(path, "glossary"):
        if rid in termbase and item.get("term") is not None:
            raise _fail(path, rid, "'term' is given here and in the termbase: keep it in termbase.yaml only")
        words = termbase.get(rid, item.get("term"))
        if words is None:
            raise _fail(path, rid, "no 'term': add the concept to resources/i18n/termbase.yaml")
        out[rid] = Term(
            id=rid,
            term=_localized(words),
            aliases=_aliases(item.get("aliases")),
            definition=_localized(item["definition"]),
            related=_ids(item.get("related")),
            sections=_ids(item.get("sections")),
            sources=_ids(item.get("sources")),
            instrument=item.get("instrument"),
        )
    return out


def _load_laws(root: Path) -> dict[str, Law]:
    path = root / "laws.yaml"
    out: dict[str, Law] = {}
    for rid, item in _records(path, "laws"):
        out[rid] = Law(
            id=rid,
            citation=_localized(item["citation"]),
            short=_optional_localized(item.get("short")),
            title=_localized(item["title"]),
            kind=item["kind"],
            jurisdiction=item["jurisdiction"],
            date=_date(item.get("date")),
            valid_from=_date(item.get("valid_from")),
            valid_until=_date(item.get("valid_until")),
            superseded_by=item.get("superseded_by"),
            summary=_localized(item["summary"]),
            relevance=_localized(item["relevance"]),
            validity_note=_optional_localized(item.get("validity_note")),
            verify_note=_optional_localized(item.get("verify_note")),
            sections=_ids(item.get("sections")),
            sources=_ids(item.get("sources")),
        )
    return out


def _check_links(content: Content, root: Path) -> None:
    """Every id a record names must exist: a dead link in front of a client is a defect.

    Collects every broken link before raising, so a writer fixes them in one pass.
    """
    kinds = {"section": content.sections, "term": content.terms, "law": content.laws}
    sec_path = root / "sections"
    problems: list[str] = []

    def need(path: Path, rid: str, what: str, ids: Iterable[str], table: Mapping[str, Any]) -> None:
        for ref in ids:
            if ref not in table:
                problems.append(str(_fail(path, rid, f"{what} names '{ref}', which does not exist")))

    for s in content.sections.values():
        p = Path(s.path)
        if s.parent is not None and s.parent not in content.sections:
            problems.append(str(_fail(p, s.id, f"parent '{s.parent}' does not exist")))
        need(p, s.id, "terms", s.terms, content.terms)
        need(p, s.id, "laws", s.laws, content.laws)
        need(p, s.id, "sources", s.sources, content.sources)
        if not s.sources:
            problems.append(str(_fail(p, s.id, "names no source")))
        for lang, body in s.body.values.items():
            for kind, ref in links.LINK.findall(body):
                if ref not in kinds[kind]:
                    problems.append(str(_fail(sec_path / lang / f"{s.id}.md", s.id,
                                              f"link guide://{kind}/{ref} does not resolve")))
    gl, lw = root / "glossary.yaml", root / "laws.yaml"
    for t in content.terms.values():
        need(gl, t.id, "related", t.related, content.terms)
        need(gl, t.id, "instrument", [t.instrument] if t.instrument else [], content.laws)
        need(gl, t.id, "sections", t.sections, content.sections)
        need(gl, t.id, "sources", t.sources, content.sources)
    for law in content.laws.values():
        need(lw, law.id, "sections", law.sections, content.sections)
        need(lw, law.id, "sources", law.sources, content.sources)
        if not law.sources:
            problems.append(str(_fail(lw, law.id, "names no source")))
        if law.superseded_by is not None and law.superseded_by not in content.laws:
            problems.append(str(_fail(lw, law.id, f"superseded_by '{law.superseded_by}' does not exist")))
    if problems:
        raise ContentError("\n".join(problems))
    for s in content.sections.values():  # the parent chain must end at a top-level section
        seen = {s.id}
        cur = s
        while cur.parent is not None:
            if cur.parent in seen:
                raise _fail(Path(s.path), s.id, "parent chain loops")
            seen.add(cur.parent)
            cur = content.sections[cur.parent]


def load_content(root: Path) -> Content:
    """Load and validate everything under `root` (resources/content)."""
    root = Path(root)
    manifest_path = root / "manifest.yaml"
    manifest = _checked("manifest", _read_yaml(manifest_path), manifest_path)
    content = Content(
        sources=_load_sources(root),
        sections=_load_sections(root),
        terms=_load_terms(root),
        laws=_load_laws(root),
        version=content_version(root),
        as_of=_date(manifest["as_of"]) or "",
        extra={"edition": manifest["edition"], "report_as_of": str(manifest.get("report_as_of") or "")},
    )
    _check_links(content, root)
    return content
