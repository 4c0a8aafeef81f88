"""One term per concept: no text in any language uses a variant the termbase rules out.

The termbase (resources/i18n/termbase.yaml) names the approved term per concept and the
wrong or ambiguous variants; this test reads every text a reader or client can see —
sections, glossary definitions, legal references, the wizard and the sheet's labels — and
lists each variant found with where it stands. Glossary aliases are search aids (a client
may type the wrong word) and are not scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
RES = ROOT / "resources"
TERMBASE = yaml.safe_load((RES / "i18n" / "termbase.yaml").read_text(encoding="utf-8"))["concepts"]
LANGS = ("en", "ru", "de")


def _strings(node: object, path: str, lang: str | None = None) -> Iterator[tuple[str, str, str]]:
    """(where, language, text) for every localised string in a YAML tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "aliases":
                continue
            if key in LANGS and isinstance(value, str):
                yield f"{path}.{key}", key, value
            else:
                yield from _strings(value, f"{path}.{key}", lang)
    elif isinstance(node, list):
        for n, value in enumerate(node):
            rid = value.get("id") if isinstance(value, dict) else None
            yield from _strings(value, f"{path}[{rid or n}]", lang)


def texts() -> Iterator[tuple[str, str, str]]:
    for lang in LANGS:
        for md in sorted((RES / "content" / "sections" / lang).glob("*.md")):
            yield f"sections/{lang}/{md.name}", lang, md.read_text(encoding="utf-8")
    for name in ("glossary.yaml", "laws.yaml"):
        yield from _strings(yaml.safe_load((RES / "content" / name).read_text(encoding="utf-8")), name)
    for yml in sorted((RES / "wizard").glob("*.yaml")):
        yield from _strings(yaml.safe_load(yml.read_text(encoding="utf-8")), f"wizard/{yml.name}")
    labels = yaml.safe_load((RES / "sheet" / "labels.yaml").read_text(encoding="utf-8"))
    for lang in LANGS:
        for key, value in labels[lang].items():
            yield f"sheet/labels.yaml.{lang}.{key}", lang, value


def violations() -> list[str]:
    found = []
    rules = [(c["id"], lang, v) for c in TERMBASE for lang, vs in (c.get("avoid") or {}).items() for v in vs]
    compiled = [(cid, lang, v, re.compile(r"(?<!\w)" + re.escape(v), re.IGNORECASE)) for cid, lang, v in rules]
    for where, lang, text in texts():
        for cid, rule_lang, variant, rx in compiled:
            if rule_lang == lang and rx.search(text):
                found.append(f"{where}: «{variant}» (concept {cid})")
    return found


def test_no_text_uses_a_variant_the_termbase_rules_out() -> None:
    found = violations()
    assert not found, f"{len(found)} variant(s) to replace:\n" + "\n".join(found)


def test_every_concept_has_all_three_languages_and_unique_ids() -> None:
    ids = [c["id"] for c in TERMBASE]
    assert len(ids) == len(set(ids))
    for c in TERMBASE:
        assert all(c["term"].get(lang, "").strip() for lang in LANGS), c["id"]
        for lang, variants in (c.get("avoid") or {}).items():
            approved = c["term"][lang].lower()
            assert not any(v.lower() in approved for v in variants), f"{c['id']}: an avoided variant is the approved term"


def test_the_glossary_reads_its_equivalents_from_the_termbase() -> None:
    from app.content.loader import load_content
    from app.paths import content_dir

    content = load_content(content_dir())
    by_id = {c["id"]: c for c in TERMBASE}
    for tid, term in content.terms.items():
        assert tid in by_id, f"glossary term {tid} has no termbase concept"
        for lang in LANGS:
            assert term.term.text(lang) == by_id[tid]["term"][lang], (tid, lang)


def _body(where: str, text: str) -> str:
    """A section file's text without its front matter (YAML there has its own quoting)."""
    if where.startswith("sections/") and text.startswith("---"):
        return text.split("---", 2)[2]
    return text


def test_russian_and_german_use_their_own_quotation_marks() -> None:
    wrong = {"ru": ('"', "”"), "de": ('"', "”", "«", "»")}  # ru «…» with „…“ inside; de „…“
    found = []
    for where, lang, text in texts():
        if lang in wrong:
            body = _body(where, text)
            bad = [q for q in wrong[lang] if q in body]
            if bad:
                found.append(f"{where}: {' '.join(bad)}")
    assert not found, f"{len(found)} text(s) with foreign quotation marks:\n" + "\n".join(found)


def test_a_term_given_in_the_glossary_and_the_termbase_is_refused(tmp_path: Path) -> None:
    import shutil

    import pytest

    from app.content.loader import ContentError, load_content

    fixture = ROOT / "tests" / "fixtures" / "content"
    shutil.copytree(fixture, tmp_path / "content")
    first = yaml.safe_load((fixture / "glossary.yaml").read_text(encoding="utf-8"))[0]["id"]
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "termbase.yaml").write_text(yaml.safe_dump(
        {"concepts": [{"id": first, "term": {"en": "x", "ru": "икс", "de": "x"}}]}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError, match="keep it in termbase.yaml only"):
        load_content(tmp_path / "content")
