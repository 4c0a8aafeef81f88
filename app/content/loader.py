"""Load resources/content into validated records.

Strict on purpose: a counsellor acts on this text, so a typo in an id or a missing
Russian translation must stop the build with the file and record named, not surface
later as a dead link or an empty page in front of a client.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import yaml

from app.content.errors import ContentError
from app.content.version import content_version
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

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LINK_RE = re.compile(r"guide://(section|term|law)/([A-Za-z0-9_-]+)")
LAW_KINDS = frozenset({
    "statute", "eu-directive", "eu-regulation", "court-decision", "authority-decision",
    "government-statement", "resolution", "decree", "treaty",
})
JURISDICTIONS = frozenset({"DE", "EU", "RU", "FR", "CoE", "UN"})

SECTION_EN_KEYS = {"id", "title", "order", "parent", "source_heading", "as_of", "terms", "laws", "sources"}
SECTION_TR_KEYS = {"id", "title", "source_heading"}  # source_heading: a gloss of the English heading
TERM_KEYS = {"id", "term", "aliases", "definition", "related", "sections", "sources", "instrument"}
LAW_KEYS = {
    "id", "citation", "short", "title", "kind", "jurisdiction", "date", "valid_from", "valid_until",
    "superseded_by", "summary", "relevance", "validity_note", "verify_note", "sections", "sources",
}
SOURCE_KEYS = {"id", "title", "subtitle", "publisher", "date", "url", "note", "local"}
MANIFEST_KEYS = {"edition", "as_of", "report_as_of", "note"}


def _where(path: Path, record: str | None) -> str:
    return f"{path.name}" + (f" [{record}]" if record else "")


def _fail(path: Path, record: str | None, message: str) -> ContentError:
    return ContentError(f"{_where(path, record)}: {message}")


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path.name}: file is missing") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path.name}: not valid YAML/UTF-8: {exc}") from None


def _check_keys(path: Path, rid: str | None, data: Mapping[str, Any], allowed: set[str], required: Iterable[str]) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise _fail(path, rid, f"unknown key(s) {sorted(unknown)}")
    for key in required:
        if data.get(key) in (None, "", [], {}):
            raise _fail(path, rid, f"missing or empty '{key}'")


def _check_id(path: Path, value: Any) -> str:
    if not isinstance(value, str) or not ID_RE.match(value):
        raise _fail(path, str(value), "id must be lowercase letters, digits and hyphens")
    return value


def _check_date(path: Path, rid: str, key: str, value: Any, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise _fail(path, rid, f"missing '{key}'")
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if not DATE_RE.match(text):
        raise _fail(path, rid, f"'{key}' must be YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
    return text


def _localized(path: Path, rid: str, key: str, value: Any, required: Iterable[str] = REQUIRED_LANGUAGES) -> Localized:
    if not isinstance(value, dict):
        raise _fail(path, rid, f"'{key}' must map languages to text")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise _fail(path, rid, f"'{key}' has unknown language(s) {sorted(unknown)}")
    for lang in required:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise _fail(path, rid, f"'{key}' is missing its '{lang}' text")
    for lang, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise _fail(path, rid, f"'{key}' has an empty '{lang}' text")
    return localized({lang: text.strip() for lang, text in value.items()})


def _id_list(path: Path, rid: str, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, rid, f"'{key}' must be a list of ids")
    if len(set(value)) != len(value):
        raise _fail(path, rid, f"'{key}' lists an id twice")
    return tuple(value)


def split_front_matter(path: Path) -> tuple[dict[str, Any], str]:
    """Split a Markdown file into (front matter mapping, body)."""
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
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as exc:
        raise ContentError(f"{path.name}: front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise ContentError(f"{path.name}: front matter must be a mapping")
    return meta, body.strip()


def _records(path: Path, what: str, allowed: set[str], required: tuple[str, ...]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, mapping) for each entry of a YAML list file, with keys checked and ids unique."""
    data = _read_yaml(path)
    if not isinstance(data, list):
        raise ContentError(f"{path.name}: must be a list of {what}")
    seen: set[str] = set()
    for item in data:
        if not isinstance(item, dict):
            raise ContentError(f"{path.name}: every entry must be a mapping")
        rid = _check_id(path, item.get("id"))
        _check_keys(path, rid, item, allowed, required)
        if rid in seen:
            raise _fail(path, rid, "duplicate id")
        seen.add(rid)
        yield rid, item


def _load_sources(root: Path) -> dict[str, Source]:
    path = root / "sources.yaml"
    out: dict[str, Source] = {}
    for rid, item in _records(path, "sources", SOURCE_KEYS, ("title", "publisher")):
        out[rid] = Source(
            id=rid,
            title=str(item["title"]).strip(),
            subtitle=str(item["subtitle"]).strip() if item.get("subtitle") else None,
            publisher=str(item["publisher"]).strip(),
            date=_check_date(path, rid, "date", item.get("date")),
            url=item.get("url"),
            note=item.get("note"),
            local=_source_local(path, rid, item.get("local")),
        )
    return out


def _source_local(path: Path, rid: str, value: Any) -> dict[str, dict[str, str]]:
    """{lang: {title?, subtitle?, publisher?}}: how a ru or de page names the source (the
    German original title of the report, a publisher in the reader's words)."""
    if value is None:
        return {}
    if not isinstance(value, dict) or set(value) - set(LANGUAGES):
        raise _fail(path, rid, f"'local' must map languages ({', '.join(LANGUAGES)}) to title/subtitle/publisher")
    out: dict[str, dict[str, str]] = {}
    for lang, fields in value.items():
        if not isinstance(fields, dict) or not fields or set(fields) - {"title", "subtitle", "publisher"}:
            raise _fail(path, rid, f"'local.{lang}' may hold title, subtitle and publisher only")
        out[lang] = {k: str(v).strip() for k, v in fields.items()}
    return out


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
        meta, body = split_front_matter(path)
        rid = _check_id(path, meta.get("id"))
        if path.stem != rid:
            raise _fail(path, rid, "file name must be <id>.md")
        if rid in metas:
            raise _fail(path, rid, "duplicate id")
        _check_keys(path, rid, meta, SECTION_EN_KEYS, ("title", "source_heading", "as_of"))
        if not body:
            raise _fail(path, rid, "empty body")
        metas[rid] = (path, meta)
        titles[rid] = {"en": str(meta["title"]).strip()}
        glosses[rid] = {}
        bodies[rid] = {"en": body}
    for lang in LANGUAGES[1:]:
        for path in sorted((folder / lang).glob("*.md")):
            meta, body = split_front_matter(path)
            rid = _check_id(path, meta.get("id"))
            if path.stem != rid:
                raise _fail(path, rid, f"file name must be <id>.md ({lang})")
            if rid not in metas:
                raise _fail(path, rid, f"{lang} translation of a section that has no English file")
            _check_keys(path, rid, meta, SECTION_TR_KEYS, ("title",))
            titles[rid][lang] = str(meta["title"]).strip()
            if meta.get("source_heading"):
                glosses[rid][lang] = str(meta["source_heading"]).strip()
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
        order = meta.get("order")
        if not isinstance(order, int):
            raise _fail(path, rid, "'order' must be an integer")
        if order in orders:
            raise _fail(path, rid, f"'order' {order} is also used by {orders[order]}")
        orders[order] = rid
        out[rid] = Section(
            id=rid,
            title=localized(titles[rid]),
            body=localized(bodies[rid]),
            order=order,
            parent=meta.get("parent"),
            source_heading=str(meta["source_heading"]).strip(),
            source_gloss=dict(glosses[rid]),
            as_of=_check_date(path, rid, "as_of", meta.get("as_of"), required=True) or "",
            terms=_id_list(path, rid, "terms", meta.get("terms")),
            laws=_id_list(path, rid, "laws", meta.get("laws")),
            sources=_id_list(path, rid, "sources", meta.get("sources")),
            path=str(path),
        )
    return out


def _aliases(path: Path, rid: str, value: Any) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or set(value) - set(LANGUAGES):
        raise _fail(path, rid, "'aliases' must map languages (en, ru, de) to lists")
    out: dict[str, tuple[str, ...]] = {}
    for lang, items in value.items():
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise _fail(path, rid, f"'aliases.{lang}' must be a list of non-empty strings")
        out[lang] = tuple(i.strip() for i in items)
    return out


def termbase_path(root: Path) -> Path:
    """resources/i18n/termbase.yaml beside resources/content (absent for test fixtures)."""
    return Path(root).parent / "i18n" / "termbase.yaml"


def _load_termbase(root: Path) -> dict[str, Any]:
    """Concept id -> its approved terms {en, ru, de}: the one place a term's equivalents live."""
    path = termbase_path(root)
    if not path.is_file():
        return {}
    data = _read_yaml(path)
    concepts = data.get("concepts") if isinstance(data, dict) else None
    if not isinstance(concepts, list):
        raise ContentError(f"{path.name}: must hold a list 'concepts'")
    out: dict[str, Any] = {}
    for item in concepts:
        rid = _check_id(path, item.get("id") if isinstance(item, dict) else None)
        if rid in out:
            raise _fail(path, rid, "duplicate id")
        out[rid] = item.get("term")
    return out


def _load_terms(root: Path) -> dict[str, Term]:
    path = root / "glossary.yaml"
    termbase = _load_termbase(root)
    out: dict[str, Term] = {}
    for rid, item in _records(path, "terms", TERM_KEYS, ("definition", "sections")):
        if rid in termbase and item.get("term") is not None:
            raise _fail(path, rid, "'term' is given here and in the termbase: keep it in termbase.yaml only")
        words = termbase.get(rid, item.get("term"))
        if words is None:
            raise _fail(path, rid, "no 'term': add the concept to resources/i18n/termbase.yaml")
        out[rid] = Term(
            id=rid,
            term=_localized(termbase_path(root) if rid in termbase else path, rid, "term", words, required=LANGUAGES),
            aliases=_aliases(path, rid, item.get("aliases")),
            definition=_localized(path, rid, "definition", item["definition"]),
            related=_id_list(path, rid, "related", item.get("related")),
            sections=_id_list(path, rid, "sections", item.get("sections")),
            sources=_id_list(path, rid, "sources", item.get("sources")),
            instrument=item.get("instrument"),
        )
    return out


def _optional_localized(path: Path, rid: str, key: str, value: Any) -> Localized | None:
    return None if value is None else _localized(path, rid, key, value)


def _load_laws(root: Path) -> dict[str, Law]:
    path = root / "laws.yaml"
    out: dict[str, Law] = {}
    for rid, item in _records(path, "legal references", LAW_KEYS, ("citation", "title", "kind", "jurisdiction", "summary", "relevance", "sections")):
        if item["kind"] not in LAW_KINDS:
            raise _fail(path, rid, f"unknown kind {item['kind']!r}; use one of {sorted(LAW_KINDS)}")
        if item["jurisdiction"] not in JURISDICTIONS:
            raise _fail(path, rid, f"unknown jurisdiction {item['jurisdiction']!r}")
        out[rid] = Law(
            id=rid,
            citation=_localized(path, rid, "citation", item["citation"]),
            short=_optional_localized(path, rid, "short", item.get("short")),
            title=_localized(path, rid, "title", item["title"], required=LANGUAGES),
            kind=item["kind"],
            jurisdiction=item["jurisdiction"],
            date=_check_date(path, rid, "date", item.get("date")),
            valid_from=_check_date(path, rid, "valid_from", item.get("valid_from")),
            valid_until=_check_date(path, rid, "valid_until", item.get("valid_until")),
            superseded_by=item.get("superseded_by"),
            summary=_localized(path, rid, "summary", item["summary"]),
            relevance=_localized(path, rid, "relevance", item["relevance"]),
            validity_note=_optional_localized(path, rid, "validity_note", item.get("validity_note")),
            verify_note=_optional_localized(path, rid, "verify_note", item.get("verify_note")),
            sections=_id_list(path, rid, "sections", item.get("sections")),
            sources=_id_list(path, rid, "sources", item.get("sources")),
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
            for kind, ref in LINK_RE.findall(body):
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
    manifest = _read_yaml(manifest_path)
    if not isinstance(manifest, dict):
        raise ContentError("manifest.yaml: must be a mapping")
    _check_keys(manifest_path, None, manifest, MANIFEST_KEYS, ("edition", "as_of"))
    content = Content(
        sources=_load_sources(root),
        sections=_load_sections(root),
        terms=_load_terms(root),
        laws=_load_laws(root),
        version=content_version(root),
        as_of=_check_date(manifest_path, "manifest", "as_of", manifest["as_of"], required=True) or "",
        extra={"edition": str(manifest["edition"]), "report_as_of": str(manifest.get("report_as_of") or "")},
    )
    _check_links(content, root)
    return content
