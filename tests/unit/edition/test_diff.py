"""What changed: a known pair of editions gives a known list, in the reader's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.unit.edition.conftest import Editions


@pytest.fixture(scope="module")
def trees(editions: Editions, tmp_path_factory: pytest.TempPathFactory):
    """The base and changed editions loaded once, plus a third tree with a term and an outcome edited."""
    from app.edition.diff import load_tree

    edited = tmp_path_factory.mktemp("edited") / "tree"
    shutil.copytree(editions.base_tree, edited)
    glossary = edited / "content" / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    old = "deserters are much rarer than draft evaders"
    assert text.count(old) == 1
    glossary.write_text(text.replace(old, "deserters are far rarer than draft evaders"), encoding="utf-8")
    outcomes = edited / "wizard" / "outcomes.yaml"
    text = outcomes.read_text(encoding="utf-8")
    assert text.count('de: "Schutz gewährt"') == 1
    outcomes.write_text(text.replace('de: "Schutz gewährt"', 'de: "Schutz zuerkannt"'), encoding="utf-8")
    return {"base": load_tree(editions.base_tree), "changed": load_tree(editions.changed_tree),
            "edited": load_tree(edited)}


def _diff(trees, old: str, new: str):
    from app.edition.diff import EditionRef, diff_contents

    return diff_contents(trees[old], trees[new], EditionRef("2099.1.0", "2099-01-15"), EditionRef("2099.2.0", "2099-03-01"))


def test_the_fixture_pair_gives_exactly_the_known_changes(trees) -> None:
    diff = _diff(trees, "base", "changed")
    assert [(i.kind, i.id, i.status) for i in diff.items] == [
        ("section", "demands", "changed"),
        ("law", "edition-test-act", "added"),
    ]
    assert diff.counts() == {"added": 1, "changed": 1, "removed": 0}
    section = diff.of("section", "changed")[0]
    assert section.title("en") == "Demands of PRO ASYL and Connection e.V."
    (body,) = section.fields
    assert (body.field, body.lang) == ("body", "en")  # only the English text was changed
    assert section.fields_in("ru") == () and section.fields_in("en") == (body,) and section.languages == ("en",)
    deleted = "".join(s.text for s in body.segments if s.op == "delete")
    inserted = "".join(s.text for s in body.segments if s.op == "insert")
    assert "February 2024" in deleted and "1 March 2099 (edition test)" in inserted
    assert len(deleted) < 40 and len(inserted) < 40  # word level: not the whole paragraph
    # the segments rebuild both texts exactly
    assert "".join(s.text for s in body.segments if s.op != "insert") == body.old
    assert "".join(s.text for s in body.segments if s.op != "delete") == body.new
    law = diff.of("law", "added")[0]
    assert law.title("en") == "§ 1 Edition Test Act (ETA) — Edition test reference"
    assert law.title("de") == "§ 1 Editionstestgesetz (ETG) — Testverweis für Ausgaben"


def test_removed_records_are_listed_so_bookmarks_to_them_can_be_marked(trees) -> None:
    diff = _diff(trees, "changed", "base")
    assert [(i.kind, i.id, i.status) for i in diff.items] == [
        ("section", "demands", "changed"), ("law", "edition-test-act", "removed")]
    assert diff.removed() == {("law", "edition-test-act")}


def test_terms_and_assessment_outcomes_are_compared_too(trees) -> None:
    diff = _diff(trees, "base", "edited")
    assert [(i.kind, i.id, i.status) for i in diff.items] == [
        ("term", "deserter", "changed"), ("outcome", "protection-granted", "changed")]
    term, outcome = diff.items
    (definition,) = term.fields
    assert (definition.field, definition.lang) == ("definition", "en")
    assert [(s.op, s.text) for s in definition.segments if s.op != "equal"] == [("delete", "much"), ("insert", "far")]
    (category,) = outcome.fields
    assert (category.field, category.lang, category.old, category.new) == (
        "category", "de", "Schutz gewährt", "Schutz zuerkannt")
    assert outcome.title("de") == "Schutz zuerkannt" and outcome.title("ru") == "Защита предоставлена"


def test_the_text_rendering_in_each_language(trees) -> None:
    from app.edition.diff import render_text

    diff = _diff(trees, "base", "changed")
    en = render_text(diff, "en")
    assert en.splitlines()[0] == "What changed: from 2099.1.0 (2099-01-15) to 2099.2.0 (2099-03-01)"
    assert "1 added, 1 changed, 0 removed" in en
    assert "Sections\n  Changed (1)\n    • Demands of PRO ASYL and Connection e.V. [demands]" in en
    assert ("        Text: …PRO ASYL. They are political demands as of [-February 2024-]{+1 March 2099 (edition test)+}, "
            "not statements of the law in force. …\n") in en
    assert "Legal references\n  Added (1)\n    • § 1 Edition Test Act (ETA) — Edition test reference [edition-test-act]" in en
    ru = render_text(diff, "ru")
    assert "Разделы\n  Изменено (1)" in ru and "Правовые источники\n  Добавлено (1)" in ru
    assert "[demands]\n        (изменено только на другом языке: en)\n" in ru  # the Russian text did not change
    de = render_text(diff, "de")
    assert "Was sich geändert hat: von 2099.1.0" in de and "Rechtsquellen\n  Neu (1)" in de


def test_labels_exist_in_every_language() -> None:
    from app.edition.diff import LABELS

    assert set(LABELS) == {"en", "ru", "de"}
    assert all(set(LABELS[lang]) == set(LABELS["en"]) for lang in LABELS)


def test_word_diff_keeps_context_short() -> None:
    from app.edition.diff import hunks, word_diff

    old = " ".join(f"w{i}" for i in range(100))
    new = old.replace("w50", "CHANGED")
    (hunk,) = hunks(word_diff(old, new), context=3)
    assert "".join(s.text for s in hunk) == "…w47 w48 w49 w50CHANGED w51 w52 w53 …"


def test_diff_of_an_edition_file_verifies_it_first(editions: Editions, tmp_path: Path) -> None:
    from app.edition.diff import diff_file
    from app.edition.errors import Tampered

    data = bytearray(editions.changed.read_bytes())
    data[1000] ^= 0xFF
    bad = tmp_path / "bad.ogedition"
    bad.write_bytes(bytes(data))
    with pytest.raises(Tampered):
        diff_file(bad, against=editions.base_tree)


def test_what_changed_after_an_install(changed_installed: Path) -> None:
    from app.edition.diff import what_changed

    diff = what_changed()
    assert diff is not None
    assert (diff.old.version, diff.new.version) == ("2099.1.0", "2099.2.0")
    assert [(i.kind, i.id, i.status) for i in diff.items] == [
        ("section", "demands", "changed"), ("law", "edition-test-act", "added")]
