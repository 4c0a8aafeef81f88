"""What changed between two editions: sections, terms, legal references and assessment
outcomes added, changed and removed, with a word-level diff (difflib) of changed texts.

Pure Python and plain data: the UI renders `EditionDiff` in its own widgets (labels in en,
ru and de are in LABELS); `render_text` is the CLI's rendering.

Texts are compared as a reader sees them (Markdown rendered to plain text), so a changed
link target alone does not show as noise; when only the Markdown differs, the Markdown is shown.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app import records
from app.langs import LANGUAGES

KINDS = (*records.KINDS, "outcome")
STATUSES = ("added", "changed", "removed")
DIFF_LANGUAGES = LANGUAGES

LABELS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "en": MappingProxyType({
        "title": "What changed", "section": "Sections", "term": "Terms", "law": "Legal references",
        "outcome": "Assessment outcomes", "added": "Added", "changed": "Changed", "removed": "Removed",
        "no_changes": "No section, term, legal reference or assessment outcome has changed.",
        "summary": "{added} added, {changed} changed, {removed} removed",
        "from_to": "from {old} to {new}", "bundled": "bundled with the app",
        "only_in": "changed in another language only: {langs}",
        # fields
        "f_title": "Title", "f_body": "Text", "f_as_of": "As of", "f_cites": "Cites",
        "f_term": "Term", "f_definition": "Definition", "f_aliases": "Other names", "f_related": "Related terms",
        "f_citation": "Citation", "f_short": "Short name", "f_summary": "Summary", "f_relevance": "Relevance",
        "f_validity_note": "Validity", "f_verify_note": "To verify", "f_dates": "Dates",
        "f_superseded_by": "Replaced by", "f_kind": "Kind",
        "f_category": "Category", "f_helps": "What helps", "f_risks": "Risks", "f_evidence": "Evidence",
        "f_next_steps": "Next steps",
    }),
    "ru": MappingProxyType({
        "title": "Что изменилось", "section": "Разделы", "term": "Термины", "law": "Правовые источники",
        "outcome": "Результаты оценки", "added": "Добавлено", "changed": "Изменено", "removed": "Удалено",
        "no_changes": "Ни один раздел, термин, правовой источник или результат оценки не изменился.",
        "summary": "добавлено: {added}, изменено: {changed}, удалено: {removed}",
        "from_to": "с {old} на {new}", "bundled": "входит в программу",
        "only_in": "изменено только на другом языке: {langs}",
        "f_title": "Заголовок", "f_body": "Текст", "f_as_of": "По состоянию на", "f_cites": "Ссылки",
        "f_term": "Термин", "f_definition": "Определение", "f_aliases": "Другие названия",
        "f_related": "Связанные термины",
        "f_citation": "Обозначение", "f_short": "Краткое название", "f_summary": "Содержание",
        "f_relevance": "Значение", "f_validity_note": "Действие", "f_verify_note": "Что проверить",
        "f_dates": "Даты", "f_superseded_by": "Заменён на", "f_kind": "Вид",
        "f_category": "Категория", "f_helps": "Что говорит в вашу пользу", "f_risks": "Риски",
        "f_evidence": "Доказательства", "f_next_steps": "Дальнейшие шаги",
    }),
    "de": MappingProxyType({
        "title": "Was sich geändert hat", "section": "Abschnitte", "term": "Begriffe", "law": "Rechtsquellen",
        "outcome": "Ergebnisse der Einschätzung", "added": "Neu", "changed": "Geändert", "removed": "Entfernt",
        "no_changes": "Kein Abschnitt, Begriff, keine Rechtsquelle und kein Ergebnis der Einschätzung hat sich geändert.",
        "summary": "{added} neu, {changed} geändert, {removed} entfernt",
        "from_to": "von {old} auf {new}", "bundled": "mit dem Programm geliefert",
        "only_in": "nur in einer anderen Sprache geändert: {langs}",
        "f_title": "Titel", "f_body": "Text", "f_as_of": "Stand", "f_cites": "Verweise",
        "f_term": "Begriff", "f_definition": "Definition", "f_aliases": "Andere Bezeichnungen",
        "f_related": "Verwandte Begriffe",
        "f_citation": "Fundstelle", "f_short": "Kurzbezeichnung", "f_summary": "Zusammenfassung",
        "f_relevance": "Bedeutung", "f_validity_note": "Geltung", "f_verify_note": "Zu prüfen",
        "f_dates": "Daten", "f_superseded_by": "Ersetzt durch", "f_kind": "Art",
        "f_category": "Kategorie", "f_helps": "Was hilft", "f_risks": "Risiken", "f_evidence": "Nachweise",
        "f_next_steps": "Nächste Schritte",
    }),
})


def label(key: str, lang: str) -> str:
    """A label of the diff view in `lang` (English when the language is not known)."""
    return LABELS.get(lang, LABELS["en"]).get(key) or LABELS["en"].get(key, key)


@dataclass(frozen=True)
class Segment:
    op: str    # 'equal', 'insert' or 'delete'
    text: str


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The word-level difference of two texts: equal, deleted and inserted runs, in order.
    Joining the equal and delete runs gives `old`; the equal and insert runs give `new`."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    runs: list[tuple[str, str, str]] = []  # (tag, old text, new text)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        runs.append(("equal" if op == "equal" else "change", "".join(a[i1:i2]), "".join(b[j1:j2])))
    # a change, a space, a change: one change ("[-February 2024-]{+1 March 2099+}", not word by word)
    merged: list[list[str]] = []
    for i, (kind, old_text, new_text) in enumerate(runs):
        inner_space = (kind == "equal" and old_text.isspace() and 0 < i < len(runs) - 1
                       and runs[i - 1][0] == "change" and runs[i + 1][0] == "change")
        if (kind == "change" or inner_space) and merged and merged[-1][0] == "change":
            merged[-1][1] += old_text
            merged[-1][2] += new_text
        else:
            merged.append(["change" if inner_space else kind, old_text, new_text])
    out: list[Segment] = []
    for kind, old_text, new_text in merged:
        if kind == "equal":
            out.append(Segment("equal", old_text))
            continue
        if old_text:
            out.append(Segment("delete", old_text))
        if new_text:
            out.append(Segment("insert", new_text))
    return tuple(out)


def hunks(segments: Sequence[Segment], context: int = 8) -> list[tuple[Segment, ...]]:
    """The changed places of a diff, each with up to `context` words of unchanged text around
    it (cut text marked with '…'); changes close together share one hunk."""
    changed = [i for i, s in enumerate(segments) if s.op != "equal"]
    if not changed:
        return []
    groups: list[list[int]] = [[changed[0]]]
    for i in changed[1:]:
        between = segments[groups[-1][-1] + 1:i]
        if sum(len(_TOKEN.findall(s.text)) for s in between) <= 4 * context:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[tuple[Segment, ...]] = []
    for group in groups:
        first, last = group[0], group[-1]
        part: list[Segment] = []
        if first > 0 and segments[first - 1].op == "equal":
            part.append(Segment("equal", _tail(segments[first - 1].text, context)))
        part.extend(segments[first:last + 1])
        if last + 1 < len(segments) and segments[last + 1].op == "equal":
            part.append(Segment("equal", _head(segments[last + 1].text, context)))
        out.append(tuple(part))
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\s+|\S+", text)


def _tail(text: str, n: int) -> str:
    tokens = _words(text)
    words = [i for i, t in enumerate(tokens) if not t.isspace()]
    if len(words) <= n:
        return text
    return "…" + "".join(tokens[words[-n]:])


def _head(text: str, n: int) -> str:
    tokens = _words(text)
    words = [i for i, t in enumerate(tokens) if not t.isspace()]
    if len(words) <= n:
        return text
    return "".join(tokens[:words[n - 1] + 1]) + " …"


@dataclass(frozen=True)
class FieldChange:
    field: str        # 'title', 'body', 'definition', 'summary', ... (label: label('f_' + field, lang))
    lang: str         # 'en', 'ru', 'de', or '' for a value that has no language (dates, ids)
    old: str
    new: str
    segments: tuple[Segment, ...]

    def hunks(self, context: int = 8) -> list[tuple[Segment, ...]]:
        return hunks(self.segments, context)


@dataclass(frozen=True)
class ItemChange:
    kind: str                     # 'section', 'term', 'law' or 'outcome'
    id: str
    status: str                   # 'added', 'changed' or 'removed'
    titles: Mapping[str, str]     # its title per language (the new one; the old one if removed)
    fields: tuple[FieldChange, ...] = ()

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or self.id

    def fields_in(self, lang: str) -> tuple[FieldChange, ...]:
        """The changed fields a reader of `lang` sees: texts in `lang` and language-free values."""
        return tuple(f for f in self.fields if f.lang in (lang, ""))

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages whose texts changed (a changed item may have changed in English only)."""
        return tuple(lang for lang in DIFF_LANGUAGES if any(f.lang == lang for f in self.fields))


@dataclass(frozen=True)
class EditionRef:
    version: str
    date: str
    bundled: bool = False

    def label(self, lang: str = "en") -> str:
        notes = [n for n in (self.date, label("bundled", lang) if self.bundled else "") if n]
        return f"{self.version} ({', '.join(notes)})" if notes else self.version


@dataclass(frozen=True)
class EditionDiff:
    old: EditionRef
    new: EditionRef
    items: tuple[ItemChange, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not self.items

    def of(self, kind: str | None = None, status: str | None = None) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if (kind is None or i.kind == kind) and (status is None or i.status == status))

    def ids(self, kind: str, status: str) -> set[str]:
        return {i.id for i in self.of(kind, status)}

    def counts(self) -> dict[str, int]:
        return {s: len(self.of(status=s)) for s in STATUSES}

    def removed(self) -> set[tuple[str, str]]:
        """(kind, id) of every removed section, term and law: bookmarks to them are kept and marked."""
        return {(i.kind, i.id) for i in self.items if i.status == "removed"}


# ---------------------------------------------------------------- comparing

def _plain(markdown: str) -> str:
    from app.render.markdown import to_text

    return to_text(markdown).strip()


def _field(name: str, lang: str, old: str, new: str, markdown: bool = False) -> FieldChange | None:
    if old == new:
        return None
    if markdown:
        po, pn = _plain(old), _plain(new)
        if po != pn:
            old, new = po, pn
    return FieldChange(name, lang, old, new, word_diff(old, new))


def _loc(value: Any) -> Mapping[str, str]:
    """{lang: text} of a Localized (content) or a Text (wizard), {} for None."""
    return dict(getattr(value, "values", None) or {}) if value is not None else {}


def _loc_fields(name: str, old: Any, new: Any, markdown: bool = False) -> Iterator[FieldChange]:
    o, n = _loc(old), _loc(new)
    for lang in DIFF_LANGUAGES:
        change = _field(name, lang, o.get(lang, ""), n.get(lang, ""), markdown)
        if change is not None:
            yield change


def _plain_field(name: str, old: str, new: str) -> Iterator[FieldChange]:
    change = _field(name, "", old or "", new or "")
    if change is not None:
        yield change


def _ids(*groups: tuple[str, Iterable[str]]) -> str:
    return "; ".join(f"{name}: {', '.join(ids)}" for name, ids in groups if ids)


def _section_fields(a: Any, b: Any) -> Iterator[FieldChange]:
    yield from _loc_fields("title", a.title, b.title)
    yield from _loc_fields("body", a.body, b.body, markdown=True)
    yield from _plain_field("as_of", a.as_of, b.as_of)
    yield from _plain_field("cites", _ids(("terms", a.terms), ("laws", a.laws), ("sources", a.sources)),
                            _ids(("terms", b.terms), ("laws", b.laws), ("sources", b.sources)))


def _aliases(t: Any) -> dict[str, str]:
    return {lang: ", ".join(v) for lang, v in t.aliases.items()}


def _term_fields(a: Any, b: Any) -> Iterator[FieldChange]:
    yield from _loc_fields("term", a.term, b.term)
    yield from _loc_fields("definition", a.definition, b.definition, markdown=True)
    ao, an = _aliases(a), _aliases(b)
    for lang in DIFF_LANGUAGES:
        change = _field("aliases", lang, ao.get(lang, ""), an.get(lang, ""))
        if change is not None:
            yield change
    yield from _plain_field("related", ", ".join(a.related), ", ".join(b.related))


def _law_dates(law: Any) -> str:
    parts = [("date", law.date), ("valid from", law.valid_from), ("valid until", law.valid_until)]
    return ", ".join(f"{k} {v}" for k, v in parts if v)


def _law_fields(a: Any, b: Any) -> Iterator[FieldChange]:
    yield from _loc_fields("title", a.title, b.title)
    yield from _loc_fields("citation", a.citation, b.citation)
    yield from _loc_fields("short", a.short, b.short)
    yield from _loc_fields("summary", a.summary, b.summary, markdown=True)
    yield from _loc_fields("relevance", a.relevance, b.relevance, markdown=True)
    yield from _loc_fields("validity_note", a.validity_note, b.validity_note, markdown=True)
    yield from _loc_fields("verify_note", a.verify_note, b.verify_note, markdown=True)
    yield from _plain_field("dates", _law_dates(a), _law_dates(b))
    yield from _plain_field("superseded_by", a.superseded_by or "", b.superseded_by or "")
    yield from _plain_field("kind", f"{a.kind}, {a.jurisdiction}", f"{b.kind}, {b.jurisdiction}")


def _items_text(items: Iterable[Any]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for item in items:
        for lang, text in _loc(item.text).items():
            out.setdefault(lang, []).append("• " + text.strip())
    return {lang: "\n".join(v) for lang, v in out.items()}


def _outcome_fields(a: Any, b: Any) -> Iterator[FieldChange]:
    yield from _loc_fields("category", a.category, b.category)
    yield from _loc_fields("summary", a.summary, b.summary, markdown=True)
    for name in ("helps", "risks", "evidence", "next_steps"):
        o, n = _items_text(getattr(a, name)), _items_text(getattr(b, name))
        for lang in DIFF_LANGUAGES:
            change = _field(name, lang, o.get(lang, ""), n.get(lang, ""), markdown=True)
            if change is not None:
                yield change
    yield from _plain_field("cites", _ids(("sections", a.sections), ("terms", a.terms), ("laws", a.laws)),
                            _ids(("sections", b.sections), ("terms", b.terms), ("laws", b.laws)))


def _compare(kind: str, old: Mapping[str, Any], new: Mapping[str, Any], titles: Callable[[Any], Mapping[str, str]],
             fields: Callable[[Any, Any], Iterator[FieldChange]]) -> Iterator[ItemChange]:
    for rid, record in new.items():
        if rid not in old:
            yield ItemChange(kind, rid, "added", MappingProxyType(dict(titles(record))))
    for rid, record in new.items():
        if rid in old:
            changes = tuple(fields(old[rid], record))
            if changes:
                yield ItemChange(kind, rid, "changed", MappingProxyType(dict(titles(record))), changes)
    for rid, record in old.items():
        if rid not in new:
            yield ItemChange(kind, rid, "removed", MappingProxyType(dict(titles(record))))


@dataclass(frozen=True)
class LoadedTree:
    content: Any
    outcomes: Mapping[str, Any]


def load_tree(root: Path) -> LoadedTree:
    """The content and the assessment outcomes of a folder laid out like resources/."""
    from app.content.loader import load_content

    content = load_content(Path(root) / "content")
    try:
        from app.wizard.definition import load_definition

        outcomes = {o.id: o for o in load_definition(Path(root) / "wizard").outcomes}
    except (ValueError, OSError):
        outcomes = {}
    return LoadedTree(content, outcomes)


def diff_contents(old: LoadedTree, new: LoadedTree, old_ref: EditionRef, new_ref: EditionRef) -> EditionDiff:
    a, b = old.content, new.content
    items: list[ItemChange] = []
    items += _compare("section", {s.id: s for s in a.ordered_sections()}, {s.id: s for s in b.ordered_sections()},
                      lambda s: _loc(s.title), _section_fields)
    items += _compare("term", a.terms, b.terms, lambda t: _loc(t.term), _term_fields)
    items += _compare("law", a.laws, b.laws,
                      lambda law: {k: f"{law.citation.text(k)} — {v}" for k, v in _loc(law.title).items()},
                      _law_fields)
    items += _compare("outcome", old.outcomes, new.outcomes, lambda o: _loc(o.category), _outcome_fields)
    return EditionDiff(old_ref, new_ref, tuple(items))


def diff_roots(old_root: Path, new_root: Path, old_ref: EditionRef | None = None,
               new_ref: EditionRef | None = None) -> EditionDiff:
    """Compare two folders laid out like resources/ (the bundled one, an installed edition's,
    an unpacked edition file)."""
    old, new = load_tree(Path(old_root)), load_tree(Path(new_root))
    old_ref = old_ref or EditionRef(str(old.content.extra.get("edition", "")), old.content.as_of)
    new_ref = new_ref or EditionRef(str(new.content.extra.get("edition", "")), new.content.as_of)
    return diff_contents(old, new, old_ref, new_ref)


def _ref(info: Any) -> EditionRef:
    return EditionRef(info.version, info.date, bool(getattr(info, "bundled", False)))


def diff_file(path: Path, against: Path | None = None) -> EditionDiff:
    """What installing the edition file at `path` would change, compared with the edition in
    use (or with the folder `against`, laid out like resources/). Verifies the file first."""
    from app import paths
    from app.edition.install import active_edition
    from app.edition.verify import extract, verify

    edition = verify(path)
    with tempfile.TemporaryDirectory(prefix="ogedition-diff-") as tmp:
        extract(edition, Path(tmp))
        if against is not None:
            return diff_roots(Path(against), Path(tmp), None, EditionRef(edition.version, edition.date))
        return diff_roots(paths.content_root(), Path(tmp), _ref(active_edition()),
                          EditionRef(edition.version, edition.date))


def what_changed() -> EditionDiff | None:
    """Help → What changed: the edition in use against the one in use before it (the bundled
    content when there was none); None while the bundled content is in use."""
    from app import paths
    from app.edition.active import RESOURCES_NAME, check_folder, editions_dir, read_pointer
    from app.edition.install import EditionInfo, active_edition, bundled_edition

    now = active_edition()
    if now.bundled or now.name is None:
        return None
    base = editions_dir()
    try:
        history = list(read_pointer(base).history)
    except ValueError:
        history = []
    while history:
        name = history.pop()
        if name is None:
            break
        manifest, problem = check_folder(base / name)
        if manifest is not None and not problem:
            return diff_roots(base / name / RESOURCES_NAME, base / now.name / RESOURCES_NAME,
                              _ref(EditionInfo.from_manifest(manifest, name)), _ref(now))
    return diff_roots(paths.resources_dir(), base / now.name / RESOURCES_NAME, _ref(bundled_edition()), _ref(now))


# ---------------------------------------------------------------- text rendering (CLI)

def _segments_text(segments: Iterable[Segment]) -> str:
    out = []
    for s in segments:
        text = s.text.replace("\n", " ⏎ ")
        out.append(text if s.op == "equal" else (f"[-{text}-]" if s.op == "delete" else f"{{+{text}+}}"))
    return "".join(out)


def render_text(diff: EditionDiff, lang: str = "en", context: int = 8) -> str:
    """The diff as plain text: deleted words as [-…-], inserted words as {+…+}."""
    lines = [f"{label('title', lang)}: {label('from_to', lang).format(old=diff.old.label(lang), new=diff.new.label(lang))}",
             label("summary", lang).format(**diff.counts())]
    if diff.is_empty:
        lines.append(label("no_changes", lang))
    for kind in KINDS:
        if not diff.of(kind):
            continue
        lines += ["", label(kind, lang)]
        for status in STATUSES:
            items = diff.of(kind, status)
            if not items:
                continue
            lines.append(f"  {label(status, lang)} ({len(items)})")
            for item in items:
                lines.append(f"    • {item.title(lang)} [{item.id}]")
                if item.fields and not item.fields_in(lang):
                    lines.append(f"        ({label('only_in', lang).format(langs=', '.join(item.languages))})")
                for change in item.fields_in(lang):
                    name = label("f_" + change.field, lang)
                    for hunk in change.hunks(context):
                        lines.append(f"        {name}: {_segments_text(hunk)}")
    return "\n".join(lines) + "\n"
