"""A broken content file is refused with sentences a content editor can act on: each names
the file, the record (by id) and the field; every shipped file matches its schema."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from app import schemas
from app.content.loader import ContentError, load_content, split_front_matter

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "resources" / "content"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# (file, text in the fixture, what a writer put instead, the whole sentence the writer reads)
BROKEN = [
    ("glossary.yaml", 'ru: "Тот, кто избежал армии до призыва."', 'de: "Wer sich vor der Einberufung entzog."',
     "glossary.yaml [draft-evader]: 'definition' has no 'ru' text"),
    ("glossary.yaml", 'aliases: {en: ["runaway soldier"], ru: ["дезертирство"]}', 'aliases: {en: "runaway soldier"}',
     "glossary.yaml [deserter]: 'aliases.en' must be a list of words, like [\"…\", \"…\"], not 'runaway soldier'"),
    ("glossary.yaml", "  related: [draft-evader]\n", "  related: [draft-evader]\n  colour: blue\n",
     "glossary.yaml [deserter]: unknown key 'colour' (allowed here: aliases, definition, id, instrument, related, "
     "sections, sources, term)"),
    ("laws.yaml", "kind: eu-regulation", "kind: rumour",
     "laws.yaml [dublin-iii-regulation]: 'kind' is 'rumour', an unknown kind; use one of statute, eu-directive, "
     "eu-regulation, court-decision, authority-decision, government-statement, resolution, decree, treaty"),
    ("laws.yaml", "date: 2013-06-26", "date: 26.06.2013",
     "laws.yaml [dublin-iii-regulation]: 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '26.06.2013'"),
    ("laws.yaml", 'title: {en: "Dublin III Regulation", de: "Dublin-III-Verordnung", ru: "Дублинский регламент III"}',
     'title: {en: "Dublin III Regulation", ru: "Дублинский регламент III"}',
     "laws.yaml [dublin-iii-regulation]: 'title' has no 'de' text (en, ru and de are all needed here)"),
    ("sources.yaml", 'publisher: "Test publisher"',
     'publisher: "Test publisher"\n  local: {ru: {publisher: "x", city: "y"}}',
     "sources.yaml [report]: 'local.ru' may hold title, subtitle and publisher only, not 'city'"),
    ("sections/en/dublin.md", "order: 2", "order: second",
     "dublin.md [dublin]: 'order' must be a whole number (the reading order), not 'second'"),
    ("sections/en/dublin.md", "terms: [dublin-iii, church-asylum]", "terms: [dublin-iii, Church Asylum]",
     "dublin.md [dublin]: 'terms #2' must be lowercase letters, digits and hyphens, not 'Church Asylum'"),
    ("sections/ru/dublin.md", "id: dublin\n", "id: dublin\nparent: chapter\n",
     "dublin.md [dublin]: unknown key 'parent' (allowed here: id, source_heading, title)"),
    ("manifest.yaml", 'edition: "test"\n', "",
     "manifest.yaml [manifest]: missing 'edition'"),
]


@pytest.mark.parametrize(("file", "old", "new", "expected"), BROKEN,
                         ids=[f"{b[0]}: {b[3].split(': ', 1)[1][:40]}" for b in BROKEN])
def test_a_broken_field_is_named_by_file_record_and_field(content_copy: Path, file: str, old: str, new: str,
                                                          expected: str) -> None:
    _edit(content_copy / file, old, new)
    with pytest.raises(ContentError) as info:
        load_content(content_copy)
    assert str(info.value) == expected


def test_a_broken_termbase_is_named_too(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(ROOT / "tests" / "fixtures" / "content", tmp_path / "content")
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "termbase.yaml").write_text(
        "concepts:\n  - id: deserter\n    term: {en: deserter, ru: дезертир}\n", encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(
            "termbase.yaml [deserter]: 'term' has no 'de' text (en, ru and de are all needed here)")):
        load_content(tmp_path / "content")


def test_every_problem_in_a_file_is_listed_at_once(content_copy: Path) -> None:
    _edit(content_copy / "laws.yaml", "kind: eu-regulation\n  jurisdiction: EU\n  date: 2013-06-26",
          "kind: eu-regulation\n  jurisdiction: EU\n  date: 26.06.2013")
    _edit(content_copy / "laws.yaml", "jurisdiction: EU\n  valid_from", "jurisdiction: Mars\n  valid_from")
    with pytest.raises(ContentError) as info:
        load_content(content_copy)
    assert str(info.value).splitlines() == [
        "laws.yaml [dublin-iii-regulation]: 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, "
        "not '26.06.2013'",
        "laws.yaml [ammr]: 'jurisdiction' is 'Mars', an unknown jurisdiction; use one of DE, EU, RU, FR, CoE, UN",
    ]


def _shipped_documents() -> list[tuple[str, Path]]:
    files = [("manifest", SHIPPED / "manifest.yaml"), ("sources", SHIPPED / "sources.yaml"),
             ("glossary", SHIPPED / "glossary.yaml"), ("laws", SHIPPED / "laws.yaml"),
             ("termbase", ROOT / "resources" / "i18n" / "termbase.yaml")]
    files += [("section", p) for p in sorted((SHIPPED / "sections" / "en").glob("*.md"))]
    files += [("section-translation", p)
              for lang in ("ru", "de") for p in sorted((SHIPPED / "sections" / lang).glob("*.md"))]
    return files


@pytest.mark.parametrize(("kind", "path"), _shipped_documents(), ids=lambda v: v if isinstance(v, str) else v.name)
def test_every_shipped_content_file_matches_its_schema(kind: str, path: Path) -> None:
    data = split_front_matter(path)[0] if path.suffix == ".md" else yaml.safe_load(path.read_text(encoding="utf-8"))
    assert schemas.problems(kind, schemas.json_view(data), path.name) == []
