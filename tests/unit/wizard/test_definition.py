"""The strict loader: the shipped definition loads; bad records are rejected by name."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.wizard.conditions import ALWAYS, All, Any_, Is, Not, parse
from app.wizard.definition import FALLBACK_MARKER, load_definition

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # as resources/schemas/common.schema.json says

Write = Callable[..., Path]


def test_shipped_definition_loads_with_stable_ids() -> None:
    d = load_definition()
    ids = [q.id for q in d.questions] + [o.id for o in d.outcomes] + [b.id for b in d.blocks]
    assert len(ids) == len(set(ids))
    assert all(ID_RE.match(i) for i in ids)
    assert d.questions[0].id == "stage"
    assert {o.id for o in d.outcomes} == {
        "protection-granted", "still-serving", "deserter", "called-up", "reservist-call-up", "category-unclear",
        "conscientious-objector", "not-covered", "draft-evader"}
    assert d.question("documents") is not None and d.question("documents").multiple


def test_shipped_titles_have_german_and_all_texts_russian() -> None:
    d = load_definition()
    for q in d.questions:
        assert q.text.has("de"), q.id
        assert all(o.label.has("de") for o in q.options), q.id
        assert q.text.has("ru") and q.why.has("ru")
    for o in d.outcomes:
        assert o.category.has("de") and o.summary.has("ru"), o.id
    for b in d.blocks:
        assert b.title.has("de") and b.text.has("ru"), b.id


def test_loads_a_single_file(write: Write, minimal: dict[str, Any]) -> None:
    d = load_definition(write(minimal) / "wizard.yaml")
    assert [q.id for q in d.questions] == ["kind", "detail"]


def test_extra_files_add_records(write: Write, minimal: dict[str, Any]) -> None:
    outcomes = minimal.pop("outcomes")
    d = load_definition(write(minimal, outcomes={"outcomes": outcomes}))
    assert [o.id for o in d.outcomes] == ["out-a", "out-b"]


def _fails(write: Write, data: dict[str, Any], *parts: str, **extra: dict[str, Any]) -> str:
    with pytest.raises(ValueError) as info:
        load_definition(write(data, **extra))
    message = str(info.value)
    for part in parts:
        assert part in message, message
    return message


def test_unknown_key_in_question_is_named(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["whenn"] = {"kind": ["a"]}
    _fails(write, minimal, "wizard.yaml", "[detail]", "whenn")


def test_unknown_key_in_option_is_named(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][0]["options"][1]["lable"] = {"en": "B", "ru": "Б"}
    _fails(write, minimal, "wizard.yaml", "[kind.b]", "lable")


def test_unknown_key_in_outcome_and_block(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][0]["law"] = ["asylg-3"]
    _fails(write, minimal, "[out-a]", "law")


def test_unknown_top_level_key(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcome"] = []
    _fails(write, minimal, "wizard.yaml", "outcome")


def test_duplicate_question_id(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["id"] = "kind"
    minimal["questions"][1].pop("when")
    _fails(write, minimal, "[kind]", "duplicate id")


def test_duplicate_id_across_files_names_both(write: Write, minimal: dict[str, Any]) -> None:
    extra = {"outcomes": [dict(minimal["outcomes"][0], id="detail")]}
    _fails(write, minimal, "outcomes.yaml", "[detail]", "duplicate id", "wizard.yaml", outcomes=extra)


def test_duplicate_option_id(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][0]["options"][1]["id"] = "a"
    _fails(write, minimal, "[kind.a]", "duplicate option id")


def test_missing_russian_text_is_named(write: Write, minimal: dict[str, Any]) -> None:
    del minimal["outcomes"][1]["summary"]["ru"]
    _fails(write, minimal, "[out-b]", "'summary'", "'ru'")


def test_missing_english_text_is_named(write: Write, minimal: dict[str, Any]) -> None:
    del minimal["questions"][0]["why"]["en"]
    _fails(write, minimal, "[kind]", "'why'", "'en'")


def test_missing_russian_in_list_item(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][0]["risks"] = [{"text": {"en": "A risk."}}]
    _fails(write, minimal, "wizard.yaml [out-a]: 'risks #1.text' has no 'ru' text")


def test_empty_text_and_unknown_language(write: Write, minimal: dict[str, Any]) -> None:
    minimal["circumstances"][0]["text"]["de"] = "  "
    _fails(write, minimal, "wizard.yaml [note-x]: 'text.de' is empty")


def test_unknown_language(write: Write, minimal: dict[str, Any]) -> None:
    minimal["circumstances"][0]["title"]["fr"] = "X"
    _fails(write, minimal, "[note-x]", "unknown language", "fr")


def test_record_without_id(write: Write, minimal: dict[str, Any]) -> None:
    del minimal["outcomes"][0]["id"]
    _fails(write, minimal, "wizard.yaml [outcome #1 without id]: missing 'id'")


def test_bad_id(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][0]["id"] = "Kind_1"
    _fails(write, minimal, "[Kind_1]", "lowercase")


def test_reserved_question_id(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][0]["id"] = "not"
    _fails(write, minimal, "[not]", "reserved")


def test_bad_condition(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["when"] = {"kind": 3}
    _fails(write, minimal, "[detail]", "kind")


def test_multiple_must_be_boolean(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["multiple"] = "yes"
    _fails(write, minimal, "[detail]", "multiple")


def test_held_only_on_evidence(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][0]["helps"] = [{"text": {"en": "x", "ru": "х"}, "held": {"kind": ["a"]}}]
    _fails(write, minimal, "wizard.yaml [out-a]: 'helps #1' has unknown key 'held' (allowed here: text, when)")


def test_missing_meta(write: Write, minimal: dict[str, Any]) -> None:
    minimal.pop("meta")
    _fails(write, minimal, "meta")


def test_folder_without_wizard_yaml(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="wizard.yaml: file is missing"):
        load_definition(tmp_path)


def test_invalid_yaml_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "wizard.yaml").write_text("questions: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"wizard.yaml: not valid YAML"):
        load_definition(folder)


@pytest.mark.parametrize(("data", "expected"), [
    (None, ALWAYS),
    ({"q": "a"}, Is("q", frozenset({"a"}))),
    ({"q": ["a", "b"]}, Is("q", frozenset({"a", "b"}))),
    ({"not": {"q": ["a"]}}, Not(Is("q", frozenset({"a"})))),
    ({"any": [{"q": "a"}, {"r": "b"}]}, Any_((Is("q", frozenset({"a"})), Is("r", frozenset({"b"}))))),
    ({"q": "a", "r": "b"}, All((Is("q", frozenset({"a"})), Is("r", frozenset({"b"}))))),
])
def test_condition_syntax(data: Any, expected: Any) -> None:
    assert parse(data, "here") == expected


@pytest.mark.parametrize("bad", [{}, [], {"all": []}, {"q": []}, {"any": "x"}, {1: "a"}])
def test_condition_errors_name_the_place(bad: Any) -> None:
    with pytest.raises(ValueError, match=re.escape("file [rec]")):
        parse(bad, "file [rec]")


def test_fallback_marker_is_visible() -> None:
    assert FALLBACK_MARKER.strip() == "[EN]"
