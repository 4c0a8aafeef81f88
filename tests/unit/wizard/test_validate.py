"""The validator: the shipped wizard is sound; each kind of breakage is reported by name."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from app.wizard.definition import Definition, Text, load_definition, make_definition
from app.wizard.validate import count_paths, enumerate_paths, shipped_content_ids, validate

Write = Callable[..., Path]
MINIMAL_IDS = {"sections": {"differences", "dublin"}, "terms": set(), "laws": {"asylg-3", "dublin-iii-regulation"}}


def problems_of(write: Write, data: dict[str, Any], content_ids: dict[str, set[str]] | None = None) -> list[str]:
    return validate(load_definition(write(data)), content_ids)


def has(problems: list[str], *parts: str) -> bool:
    return any(all(p in problem for p in parts) for problem in problems)


# ---- the shipped definition

def test_shipped_definition_is_sound() -> None:
    assert validate(load_definition()) == []


def test_shipped_definition_cites_only_shipped_content() -> None:
    try:
        ids = shipped_content_ids()
    except ValueError as exc:  # content writers mid-way: say why, do not hide it
        pytest.skip(f"shipped content does not load yet, content ids not checked: {str(exc).splitlines()[0]}")
    assert validate(load_definition(), ids) == []


def test_shipped_paths_reach_every_question_and_outcome() -> None:
    d = load_definition()
    count, questions, outcomes, dead = enumerate_paths(d)
    assert dead == []
    assert questions == {q.id for q in d.questions}
    assert outcomes == {o.id for o in d.outcomes}
    assert count == count_paths(d) >= len(d.outcomes)


def test_minimal_definition_is_sound(write: Write, minimal: dict[str, Any]) -> None:
    assert problems_of(write, minimal, MINIMAL_IDS) == []
    # detail = x or y changes no routing (only a block), so the two are walked once: a-?, b
    assert count_paths(load_definition(write(minimal))) == 2


# ---- ids that do not resolve

def test_condition_naming_a_missing_question(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["when"] = {"knd": ["a"]}
    problems = problems_of(write, minimal)
    assert has(problems, "detail", "'knd'", "does not exist")


def test_condition_naming_a_missing_option(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][1]["when"] = {"kind": ["b", "c"]}
    assert has(problems_of(write, minimal), "out-b", "'kind.c'", "does not exist")


def test_block_naming_a_missing_outcome(write: Write, minimal: dict[str, Any]) -> None:
    minimal["circumstances"][0]["outcomes"] = ["out-z"]
    assert has(problems_of(write, minimal), "note-x", "'out-z'", "does not exist")


def test_missing_content_ids_and_links(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][0]["sections"] = ["differences", "no-such-section"]
    minimal["outcomes"][0]["summary"]["ru"] = "См. [термин](guide://term/no-such-term)."
    minimal["questions"][0]["terms"] = ["deserter"]
    problems = problems_of(write, minimal, MINIMAL_IDS)
    assert has(problems, "out-a", "sections", "'no-such-section'")
    assert has(problems, "out-a", "(ru)", "guide://term/no-such-term")
    assert has(problems, "kind", "terms", "'deserter'")
    assert problems_of(write, minimal) == []  # content ids are checked only when given


# ---- paths

def test_dead_end(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"].pop()  # nothing for kind = b
    problems = problems_of(write, minimal)
    assert has(problems, "dead end", "kind=b")


def test_dead_end_deep_in_a_path(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][0]["when"] = {"detail": ["x"]}  # kind = a, detail = y ends nowhere
    assert has(problems_of(write, minimal), "dead end", "kind=a", "detail=y")


def test_cycle(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["when"] = {"extra": ["p"]}
    minimal["questions"].append({
        "id": "extra", "when": {"detail": ["x"]}, "text": {"en": "E?", "ru": "Е?"}, "why": {"en": "W", "ru": "П"},
        "options": [{"id": "p", "label": {"en": "P", "ru": "П"}}, {"id": "q", "label": {"en": "Q", "ru": "К"}}]})
    problems = problems_of(write, minimal)
    assert has(problems, "cycle", "detail", "extra")


def test_self_reference_is_a_cycle(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["when"] = {"detail": ["x"]}
    assert has(problems_of(write, minimal), "cycle", "detail → detail")


def test_condition_on_a_later_question(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][0]["when"] = {"detail": ["x"]}
    minimal["questions"][1].pop("when")
    assert has(problems_of(write, minimal), "kind", "'detail'", "asked later")


def test_unreachable_question(write: Write, minimal: dict[str, Any]) -> None:
    minimal["questions"][1]["when"] = {"all": [{"kind": ["a"]}, {"kind": ["b"]}]}
    assert has(problems_of(write, minimal), "detail", "unreachable")


def test_outcome_never_reached(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"].append(dict(minimal["outcomes"][0], id="out-c"))
    assert has(problems_of(write, minimal), "out-c", "never reached")


def test_circumstance_never_shown(write: Write, minimal: dict[str, Any]) -> None:
    minimal["circumstances"][0]["outcomes"] = ["out-b"]  # detail is only asked on the way to out-a
    assert has(problems_of(write, minimal), "note-x", "never shown")


# ---- citations and texts

def test_outcome_without_a_legal_reference(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][1].pop("laws")
    assert has(problems_of(write, minimal), "out-b", "no legal reference")


def test_outcome_without_a_section(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][0]["sections"] = []
    assert has(problems_of(write, minimal), "out-a", "no section")


def _without_ru(text: Text) -> Text:
    return Text(MappingProxyType({k: v for k, v in text.values.items() if k != "ru"}))


def test_text_missing_in_russian_built_in_code(write: Write, minimal: dict[str, Any]) -> None:
    d = load_definition(write(minimal))
    out = dataclasses.replace(d.outcomes[0], summary=_without_ru(d.outcomes[0].summary))
    q = dataclasses.replace(d.questions[0], options=(
        dataclasses.replace(d.questions[0].options[0], label=_without_ru(d.questions[0].options[0].label)),
        *d.questions[0].options[1:]))
    broken: Definition = make_definition(d.meta, (q, *d.questions[1:]), (out, *d.outcomes[1:]), d.blocks)
    problems = validate(broken)
    assert has(problems, "out-a", "'summary'", "no ru text")
    assert has(problems, "kind.a", "'label'", "no ru text")


def test_every_problem_is_reported_at_once(write: Write, minimal: dict[str, Any]) -> None:
    minimal["outcomes"][1].pop("laws")
    minimal["outcomes"][0]["sections"] = []
    minimal["questions"][1]["when"] = {"detail": ["x"]}
    assert len(problems_of(write, minimal)) >= 3


def test_a_circumstance_that_names_no_source_is_refused(write: Any, minimal: dict[str, Any]) -> None:
    del minimal["circumstances"][0]["sections"]
    problems = validate(load_definition(write(minimal)))
    assert any("note-x: circumstance names no section, legal reference or source" in p for p in problems)


def test_an_answer_without_a_printable_sentence_is_refused(write: Any, minimal: dict[str, Any]) -> None:
    del minimal["questions"][0]["options"][1]["reason"]
    problems = validate(load_definition(write(minimal)))
    assert any("kind.b: option has no 'reason'" in p for p in problems)


def test_a_source_id_must_exist(write: Any, minimal: dict[str, Any]) -> None:
    minimal["circumstances"][0]["sources"] = ["no-such-source"]
    problems = validate(load_definition(write(minimal)), shipped_content_ids())
    assert any("sources names 'no-such-source'" in p for p in problems)


def test_a_text_without_german_is_refused_so_no_sheet_prints_a_fallback(write: Any, minimal: dict[str, Any]) -> None:
    del minimal["outcomes"][0]["summary"]["de"]
    problems = validate(load_definition(write(minimal)))
    assert "out-a: 'summary' has no de text" in problems


def test_a_sheet_text_that_speaks_to_the_counsellor_is_refused(write: Any, minimal: dict[str, Any]) -> None:
    """Outcome and circumstance texts are printed on the client's sheet; a question's "why" is not."""
    minimal["outcomes"][0]["next_steps"] = [{"text": {"en": "Counsellor: read both rulings first.",
                                                      "ru": "Прочитайте оба решения.", "de": "Beide Urteile lesen."}}]
    minimal["circumstances"][0]["title"] = {"en": "Exclusion", "ru": "Консультанту: исключение",
                                            "de": "Ausschluss"}
    minimal["questions"][0]["why"] = {"en": "The counsellor needs to know.", "ru": "Консультанту важно знать.",
                                      "de": "Die Beratung muss es wissen."}
    problems = validate(load_definition(write(minimal)))
    assert has(problems, "out-a", "'next_steps #1' (en)", "speaks to the counsellor")
    assert has(problems, "note-x", "'title' (ru)", "speaks to the counsellor")
    assert not has(problems, "kind", "'why'")
