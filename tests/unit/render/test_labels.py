"""The one catalogue of renderer words (resources/sheet/labels.yaml, app/render/labels.py).

A language missing a word would print a key, an empty heading or English on a client's
sheet or page; a lost placeholder would print "{title}". These tests hold the shipped
catalogue to every key in every language, and check that the loader refuses what a
translator can get wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

from app.langs import LANGUAGES
from app.render.labels import KEYS, PLACEHOLDER, SHEET, bundled_path, load_catalogue, read_catalogue
from app.render.outcome import OutcomeLabels
from app.render.pages import PageLabels
from app.sheet.labels import load_labels
from app.wizard.definition import FALLBACK_MARKER

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_word_with_the_english_placeholders(lang: str) -> None:
    shipped = yaml.safe_load(bundled_path().read_text(encoding="utf-8"))  # as written, before any check
    words = shipped.get(lang) or {}
    assert set(words) == KEYS, f"missing {sorted(KEYS - set(words))}, unknown {sorted(set(words) - KEYS)}"
    for key, text in words.items():
        assert isinstance(text, str) and text.strip() and FALLBACK_MARKER.strip() not in text, (lang, key)
        assert sorted(re.findall(PLACEHOLDER, text)) == sorted(re.findall(PLACEHOLDER, shipped["en"][key])), (lang, key)
    assert read_catalogue(bundled_path())[lang] == words  # and the loader takes it as it is


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_a_page_and_an_outcome_are_worded_in_their_own_language(lang: str) -> None:
    page, outcome = PageLabels.in_language(lang, edition="2026.11.2"), OutcomeLabels.in_language(lang)
    english_page, english_outcome = PageLabels.in_language("en"), OutcomeLabels()
    for name in ("source", "equivalents", "imported", "not_translated", "why_it_matters"):
        assert getattr(page, name) != getattr(english_page, name), name
    for name in ("assessment", "why", "read_more", "disclaimer"):
        assert getattr(outcome, name) != getattr(english_outcome, name), name
    assert "2026.11.2" in page.edition


def test_every_kind_of_legal_reference_has_a_name_in_every_language() -> None:
    schema = json.loads((ROOT / "resources" / "schemas" / "laws.schema.json").read_text(encoding="utf-8"))
    kinds = set(_enum_of(schema, "kind"))
    assert kinds
    for lang in LANGUAGES:
        assert set(PageLabels.in_language(lang).kind_names) == kinds, lang


def _enum_of(node: object, name: str) -> list[str]:
    """The `enum` of the property `name`, wherever the schema nests it."""
    if isinstance(node, dict):
        prop = node.get("properties", {}).get(name) if isinstance(node.get("properties"), dict) else None
        if isinstance(prop, dict) and "enum" in prop:
            return list(prop["enum"])
        for value in node.values():
            found = _enum_of(value, name)
            if found:
                return found
    if isinstance(node, list):
        for value in node:
            found = _enum_of(value, name)
            if found:
                return found
    return []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_outcome_on_screen_uses_the_sheets_words_for_the_headings_they_share(lang: str) -> None:
    sheet, outcome = load_labels()[lang], asdict(OutcomeLabels.in_language(lang))
    shared = set(outcome) & SHEET - {"terms", "disclaimer"}  # the screen's own: a link list, a short footer
    assert shared == {"why", "circumstances", "helps", "risks", "evidence", "next_steps", "laws", "as_of", "prominent"}
    assert {k: outcome[k] for k in shared} == {k: sheet[k] for k in shared}
    page = PageLabels.in_language(lang)
    assert (page.in_force_from, page.replaced_by) == (sheet["in_force_from"], sheet["replaced_by"])


def test_every_label_field_is_in_the_catalogue() -> None:
    for lang in LANGUAGES:
        page = PageLabels.in_language(lang, today="2026-01-01", edition="x")
        assert all(getattr(page, name) for name in PageLabels._fields), lang
        assert all(asdict(OutcomeLabels.in_language(lang)).values()), lang


# the loader refuses what a translator can get wrong, naming the language and the key

def _write(tmp_path: Path, edit) -> Path:
    text = bundled_path().read_text(encoding="utf-8")
    path = tmp_path / "labels.yaml"
    path.write_text(edit(text), encoding="utf-8")
    return path


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace('  page.equivalents: "На других языках"\n', ""), r"\[ru\]: missing \['page.equivalents'\]"),
    (lambda t: t.replace("  page.equivalents:", "  page.equivalent:", 1),
     r"\[en\]: missing .*unknown \['page.equivalent'\]"),
    (lambda t: t.replace("доклада {title}", "доклада"), r"\[ru\] page.from_report: placeholders \['title'\]"),
    (lambda t: t.replace("  safe_title: \"Личные заметки\"\n", "  safe_title: \"Личные заметки\"\n  risks: \"x\"\n"),
     r"'risks' is given twice"),
    (lambda t: t.replace('  page.kind: "Art"', '  page.kind: ""'), r"\[de\] page.kind: expected text"),
])
def test_a_faulty_catalogue_is_refused_by_name(tmp_path: Path, edit, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_catalogue(_write(tmp_path, edit))


def test_an_editions_file_without_the_screens_words_takes_them_from_the_app(tmp_path: Path) -> None:
    """An edition made for an older app carries only the sheet's words (and may correct them)."""
    def sheet_only(text: str) -> str:
        lines = [line for line in text.splitlines() if not line.lstrip().startswith(("page.", "outcome."))]
        return "\n".join(lines).replace('title: "Памятка"', 'title: "Памятка (новая)"') + "\n"

    path = _write(tmp_path, sheet_only)
    words = load_catalogue(path)
    assert words["ru"]["title"] == "Памятка (новая)"
    assert words["ru"]["page.equivalents"] == "На других языках"
    assert load_labels.__wrapped__(path)["ru"]["title"] == "Памятка (новая)"
    with pytest.raises(ValueError, match=r"missing \['title'\]"):
        load_labels.__wrapped__(_write(tmp_path, lambda t: t.replace('  title: "Merkblatt"\n', "")))


def test_a_start_reads_the_checked_words_without_yaml(tmp_path) -> None:
    """#19: the first page needs the catalogue; the second start reads the checked copy kept
    in the cache folder and does not import YAML (~10 ms). A changed file is read again."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    code = ("import sys\n"
            "from app.render.labels import load_catalogue\n"
            "words = load_catalogue()\n"
            "print(words['ru']['page.source'] != '', 'yaml' in sys.modules)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "OBJECTOR_GUIDE_DATA_DIR": str(tmp_path / "d")}

    def start() -> str:
        done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.split("\n")[0]

    assert start() == "True True"   # first start: the YAML is read and checked
    assert start() == "True False"  # then the checked copy
    cached = next((tmp_path / "d" / "cache").rglob("labels-*.json"))  # beside the data placed with --data-dir
    cached.write_text(cached.read_text(encoding="utf-8").replace('"key": [', '"key": ["x", '), encoding="utf-8")
    assert start() == "True True"   # a copy for another file (or version) is not used
