"""Thirty-odd client situations (situations.yaml) and the trust rules over every path.

The table is what a counsellor would check by hand: for real situations the category is
the right one, the warnings that matter are shown, and the phrases a lawyer flagged in the
content audit (../shared/reviews/content-audit.md) never come back. The property tests
then walk every routing-distinct path of the shipped definition.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from app.wizard.definition import load_definition
from app.wizard.engine import step
from app.wizard.model import Outcome
from app.wizard.validate import _routing_atoms

D = load_definition()
TABLE = yaml.safe_load((Path(__file__).with_name("situations.yaml")).read_text(encoding="utf-8"))
SITUATIONS: list[dict[str, Any]] = TABLE["situations"]

# phrases that turned a view into a legal result (audit D1, D2, D4, D7, E4, D5, D13) — never again
FORBIDDEN = {
    "en": ["makes you a deserter", "call-up makes you a soldier, so a deserter", "at most protection",
           "protected only if", "only if an act", "protection only with", "Dublin III continues to apply",
           "remain under Dublin III", "is persecution;", "is persecution.", "can draft you", "you may be a deserter",
           "puts you among the deserters", "(France, 6 September 2023", "CNDA (6 September"],
    "ru": ["призыв делает вас дезертиром", "максимум", "только если", "продолжает действовать Дублин",
           "может призвать вас на службу без оружия", "— преследование;"],
}


def merged(s: dict[str, Any]) -> dict[str, Any]:
    return {**TABLE["base"], **s["answers"]}


def text_of(o: Outcome) -> str:
    parts = [o.category, o.summary, *o.helps, *o.risks, *o.evidence, *o.next_steps, *o.reasons]
    parts += [f"{b.title}. {b.text}" for b in o.circumstances]
    return " ".join(" ".join(p.split()) for p in parts)


def test_the_table_has_thirty_situations_and_covers_every_outcome_and_question() -> None:
    assert len(SITUATIONS) >= 30
    assert {s["outcome"] for s in SITUATIONS} == {o.id for o in D.outcomes}
    asked = set()
    for s in SITUATIONS:
        asked |= set(step(D, merged(s)).path)
    assert asked == {q.id for q in D.questions}


@pytest.mark.parametrize("s", SITUATIONS, ids=[s["name"] for s in SITUATIONS])
def test_situation(s: dict[str, Any]) -> None:
    state = step(D, merged(s))
    assert state.question is None, f"still asks {state.question and state.question.id}"
    for lang in ("en", "ru"):
        o = step(D, merged(s), lang).outcome
        assert o is not None and o.id == s["outcome"]
        shown = {b.id for b in o.circumstances}
        assert set(s.get("blocks", [])) <= shown, set(s.get("blocks", [])) - shown
        assert not set(s.get("absent", [])) & shown
        text = text_of(o)
        for phrase in s.get(lang, []):
            assert phrase in text, f"{lang}: missing {phrase!r}"
        for phrase in s.get(f"not_{lang}", []) + FORBIDDEN[lang]:
            assert phrase not in text, f"{lang}: must not say {phrase!r}"


def _paths() -> list[dict[str, list[str]]]:
    """Every routing-distinct path (as the validator walks them), each crossed with every
    registration date and route — the answers the law blocks turn on — and with the other
    questions' options taken in turn, so every option is printed on some path."""
    from app.wizard.validate import _walk_all

    routing: list[dict[str, frozenset[str]]] = []
    _walk_all(D, _routing_atoms(D), lambda a, _o: routing.append(dict(a)) is not None)
    out = []
    n = 0
    for base in routing:
        for registered in D.question("registered").options:  # type: ignore[union-attr]
            for route in D.question("route").options:  # type: ignore[union-attr]
                answers: dict[str, list[str]] = {k: sorted(v) for k, v in base.items()}
                for q in D.questions:
                    if q.id not in answers and q.id not in ("registered", "route"):
                        answers[q.id] = [q.options[n % len(q.options)].id]
                n += 1
                answers["registered"], answers["route"] = [registered.id], [route.id]
                out.append(answers)
    return out


PATHS = _paths()


def test_every_block_can_show_and_every_path_ends_in_an_outcome() -> None:
    from app.wizard.validate import shipped_content_ids, validate

    assert validate(D, shipped_content_ids()) == []  # includes "circumstance is never shown"


def test_no_text_in_any_language_says_what_the_audit_forbade() -> None:
    from app.wizard.validate import _texts

    for record, name, text in _texts(D):
        for lang, phrases in FORBIDDEN.items():
            value = " ".join(text.values.get(lang, "").split())
            bad = [p for p in phrases if p in value]
            assert not bad, (record, name, lang, bad)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_path_ends_in_a_sourced_outcome_without_forbidden_phrases(lang: str) -> None:
    assert len(PATHS) > 3000
    for answers in PATHS:
        o = step(D, answers, lang).outcome
        assert o is not None, answers
        text = text_of(o)
        bad = [p for p in FORBIDDEN[lang] if p in text]
        assert not bad, (bad, answers)
        assert o.sections and o.laws and o.reasons
    for b in D.blocks:
        assert b.sections or b.laws or b.sources, b.id


def test_law_blocks_follow_the_registration_date() -> None:
    """No "Dublin III applies" beside "Dublin III is gone": one law regime per answer set."""
    regimes = {"law-before-june-2026", "law-june-2026", "law-new", "registration-unknown"}
    for answers in PATHS:
        o = step(D, answers).outcome
        assert o is not None
        shown = {b.id for b in o.circumstances}
        assert len(shown & regimes) <= 1, shown & regimes
        assert not {"dublin-old", "responsibility-new"} <= shown
        if answers["stage"] != ["granted"]:
            assert shown & regimes, answers


def test_a_lawfully_discharged_man_is_never_a_deserter() -> None:
    seen = 0
    for answers in PATHS:
        if answers.get("service") == ["discharged"]:
            seen += 1
            o = step(D, answers).outcome
            assert o is not None and o.id not in {"deserter", "still-serving"}
    assert seen
