"""A broken wizard file is refused with sentences a content editor can act on: each names
the file, the record (by id) and the field, and every problem in the file is listed at once."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from app import schemas
from app.paths import resource
from app.wizard.definition import load_definition

Write = Callable[..., Path]


def _set(*path: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
    return change


def _drop(*path: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node = data
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]
    return change


# (what breaks, the change, the whole sentence the writer reads)
BROKEN = [
    ("a text without Russian", _drop("outcomes", 1, "summary", "ru"),
     "wizard.yaml [out-b]: 'summary' has no 'ru' text"),
    ("an empty German text", _set("circumstances", 0, "title", "de", value=" "),
     "wizard.yaml [note-x]: 'title.de' is empty"),
    ("a misspelt key in an option", _set("questions", 0, "options", 1, "lable", value={"en": "B", "ru": "Б"}),
     "wizard.yaml [kind.b]: unknown key 'lable' (allowed here: exclusive, help, id, label, reason)"),
    ("a list entry without Russian", _set("outcomes", 0, "risks", value=[{"text": {"en": "A risk."}}]),
     "wizard.yaml [out-a]: 'risks #1.text' has no 'ru' text"),
    ("a condition naming no option", _set("questions", 1, "when", value={"kind": 3}),
     "wizard.yaml [detail]: 'when.kind' must name an option id or a list of option ids, not 3"),
    ("a nested condition that is empty", _set("questions", 1, "when", value={"any": [{"kind": []}]}),
     "wizard.yaml [detail]: 'when.any #1.kind' is empty: name at least one option id"),
    ("a condition key that is no id", _set("questions", 1, "when", value={"Kind": ["a"]}),
     "wizard.yaml [detail]: 'when' names 'Kind', which is not a question id "
     "(a condition's keys are question ids, all, any or not)"),
    ("yes/no unquoted", _set("questions", 1, "options", 0, "id", value=False),
     "wizard.yaml [detail.option #1 without id]: 'id' must be an id of lowercase letters, digits and hyphens, "
     "not false (write yes, no, on and off in quotes: YAML reads them as true or false)"),
    ("a flag that is not true or false", _set("questions", 1, "multiple", value="yes"),
     "wizard.yaml [detail]: 'multiple' must be true or false, not 'yes'"),
    ("a question with one answer", lambda d: d["questions"][1]["options"].pop(),
     "wizard.yaml [detail]: 'options' must offer at least two answers"),
    ("an id listed twice", _set("outcomes", 0, "laws", value=["asylg-3", "asylg-3"]),
     "wizard.yaml [out-a]: 'laws' lists an id twice"),
    ("held outside evidence",
     _set("outcomes", 0, "helps", value=[{"text": {"en": "x", "ru": "х"}, "held": {"kind": "a"}}]),
     "wizard.yaml [out-a]: 'helps #1' has unknown key 'held' (allowed here: text, when)"),
    ("a date in another form", _set("meta", "as_of", value="25.11.2026"),
     "wizard.yaml [meta]: 'as_of' must be a date written YYYY-MM-DD, not '25.11.2026'"),
    ("a reserved word as question id", _set("questions", 0, "id", value="not"),
     "wizard.yaml [not]: 'id' is 'not': 'all', 'any' and 'not' are reserved words in conditions, not question ids"),
    ("an outcome without a condition", _drop("outcomes", 0, "when"),
     "wizard.yaml [out-a]: missing 'when'"),
    ("a record without id", _drop("outcomes", 0, "id"),
     "wizard.yaml [outcome #1 without id]: missing 'id'"),
]


@pytest.mark.parametrize(("change", "expected"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_field_is_named_by_file_record_and_field(write: Write, minimal: dict[str, Any],
                                                          change: Callable[[dict[str, Any]], None],
                                                          expected: str) -> None:
    change(minimal)
    with pytest.raises(ValueError) as info:
        load_definition(write(minimal))
    assert str(info.value) == expected


def test_a_problem_in_another_file_names_that_file(write: Write, minimal: dict[str, Any]) -> None:
    outcomes = {"outcomes": minimal.pop("outcomes")}
    outcomes["outcomes"][1]["category"] = "B"
    expected = "outcomes.yaml [out-b]: 'category' must give the text per language"
    with pytest.raises(ValueError, match=re.escape(expected)):
        load_definition(write(minimal, outcomes=outcomes))


def test_every_problem_in_a_file_is_listed_at_once_top_to_bottom(write: Write, minimal: dict[str, Any]) -> None:
    minimal["circumstances"][0]["title"]["fr"] = "X"
    minimal["questions"][0]["why"] = {"en": "Because."}
    minimal["outcomes"][1]["sections"] = "dublin"
    with pytest.raises(ValueError) as info:
        load_definition(write(minimal))  # written with its keys sorted: circumstances, meta, outcomes, questions
    assert str(info.value).splitlines() == [
        "wizard.yaml [note-x]: 'title' has unknown language 'fr' (the languages are en, ru and de)",
        "wizard.yaml [out-b]: 'sections' must be a list of ids, like [first-id, second-id], not 'dublin'",
        "wizard.yaml [kind]: 'why' has no 'ru' text",
    ]


def test_a_file_that_is_not_a_mapping_is_refused_whole(write: Write, tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "wizard.yaml").write_text("- a\n- b\n", encoding="utf-8")
    expected = "wizard.yaml: must hold meta, questions, outcomes or circumstances"
    with pytest.raises(ValueError, match=re.escape(expected)):
        load_definition(folder)


@pytest.mark.parametrize("path", sorted(resource("wizard").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_wizard_file_matches_the_schema(path: Path) -> None:
    document = schemas.json_view(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert schemas.problems("wizard", document, path.name) == []


def test_conditions_nested_hundreds_deep_are_refused_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    deep = "{not: " * 400 + "{a: b}" + "}" * 400
    (folder / "wizard.yaml").write_text(f"questions:\n  - id: q\n    when: {deep}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape("wizard.yaml: values are nested too deeply to check")):
        load_definition(folder)
