"""The engine as a table of client situations, plus Back, edits, stale answers and languages."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.wizard.definition import load_definition
from app.wizard.engine import normalise, prune, review, step

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "resources" / "wizard" / "examples"
D = load_definition()


def answers(**given: Any) -> dict[str, Any]:
    """A complete set of neutral answers for the shared questions, overridden by `given`."""
    base: dict[str, Any] = {"stage": "not-applied", "objection": "no", "sex": "man", "age": "from-18-to-30",
                            "nationality": "no", "minority": "none", "opposition": "no", "location": "other",
                            "route": "not-known", "documents": ["none"]}
    base.update({k.replace("_", "-"): v for k, v in given.items()})
    return base


def test_mutually_exclusive_blocks_stay_apart() -> None:
    o = step(D, answers(service="left", service_kind="contract", deployment="no",
                        documents=["service-proof"])).outcome
    assert o is not None
    shown = {b.id for b in o.circumstances}
    assert not shown & {"deserter-without-papers", "served-mobilised", "discharged", "chechen",
                        "law-before-june-2026", "in-germany", "deployed"}


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_examples_reach_the_outcome_they_are_named_after(example: Path) -> None:
    state = step(D, json.loads(example.read_text(encoding="utf-8")))
    assert state.outcome is not None and state.outcome.id == example.stem


def test_one_example_per_outcome() -> None:
    assert {p.stem for p in EXAMPLES.glob("*.json")} == {o.id for o in D.outcomes}


def test_walk_from_empty_answers_counts_progress() -> None:
    given: dict[str, Any] = {}
    seen = []
    state = step(D, given)
    total = state.remaining
    while state.question is not None:
        assert state.answered == len(given) == len(state.path)
        assert state.answered + state.remaining == total  # first options: the simulated path is exact
        seen.append(state.question.id)
        q = state.question
        given[q.id] = [q.options[0].id] if q.multiple else q.options[0].id
        state = step(D, given)
    assert state.outcome is not None and list(state.path) == seen


def test_back_drops_the_last_answer() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    done = step(D, given)
    last = done.path[-1]
    back = dict(given)
    del back[last]
    state = step(D, back)
    assert state.question is not None and state.question.id == last
    assert state.path == done.path[:-1]


def test_changing_an_earlier_answer_keeps_what_still_applies() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    changed = {**given, "service": "never"}
    kept = prune(D, changed)
    assert "service-kind" not in kept and "deployment" not in kept
    for qid in ("minority", "opposition", "location", "route", "documents", "objection"):
        assert kept[qid] == given[qid]
    state = step(D, kept)
    assert state.question is not None and state.question.id == "call-up"  # the one new question
    final = step(D, {**kept, "call-up": "none"})
    assert final.outcome is not None and final.outcome.id == "draft-evader"


def test_switching_between_service_routes_keeps_the_shared_follow_up() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    kept = prune(D, {**given, "service": "discharged"})
    assert kept["service-kind"] == "mobilised" and kept["deployment"] == "war-zone"


def test_prune_keeps_answers_whose_question_may_still_apply() -> None:
    assert prune(D, {"service-kind": "contract"}) == {"service-kind": "contract"}  # service still open
    assert prune(D, {"service": "never", "service-kind": "contract"}) == {"service": "never"}
    assert prune(D, {"stage": "not-applied", "registered": "before-june-2026"}) == {"stage": "not-applied"}


def test_prune_cleans_values() -> None:
    assert prune(D, {"stage": ["waiting", "bogus"], "documents": "military-id", "x": "y"}) == {
        "stage": "waiting", "documents": ["military-id"]}


@pytest.mark.parametrize("stale", [
    {"stage": "deserted-in-2022"},
    {"stage": ["bogus"]},
    {"stage": None},
    {"stage": 3},
    {"stage": {"id": "waiting"}},
    {"category": "served"},  # a question of an older definition
    {7: "served"},
])
def test_unknown_ids_and_types_are_ignored(stale: dict[Any, Any]) -> None:
    state = step(D, stale)
    assert state.question is not None and state.question.id == "stage" and state.answered == 0


def test_stale_option_ids_inside_lists_are_dropped() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    given["documents"] = ["military-id", "old-option-id"]
    given["service"] = ["withdrawn-option", "left"]
    state = step(D, given)
    assert state.outcome is not None and state.outcome.id == "deserter"
    assert normalise(D, given)["documents"] == frozenset({"military-id"})


def test_multi_select_answered_with_only_unknown_ids_is_asked_again() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    given["documents"] = ["gone"]
    state = step(D, given)
    assert state.question is not None and state.question.id == "documents" and state.question.multiple


def test_not_a_mapping_is_treated_as_no_answers() -> None:
    state = step(D, [("stage", "waiting")])  # type: ignore[arg-type]
    assert state.question is not None and state.question.id == "stage"


def test_step_is_pure() -> None:
    given = json.loads((EXAMPLES / "reservist-call-up.json").read_text(encoding="utf-8"))
    before = copy.deepcopy(given)
    assert step(D, given) == step(D, given)
    assert given == before


def test_german_falls_back_to_english_visibly() -> None:
    q = step(D, {}, "de").question
    assert q is not None
    assert q.text == "Wie weit ist Ihr Asylverfahren?"
    assert all(o.label and not o.label.startswith("[EN]") for o in q.options)
    given = json.loads((EXAMPLES / "draft-evader.json").read_text(encoding="utf-8"))
    o = step(D, given, "de").outcome
    assert o is not None and o.lang == "de"
    assert o.category == "Militärdienstentzieher (Militärdienstflüchtling)"
    assert all(b.title and not b.title.startswith("[EN]") for b in o.circumstances)
    for text in (o.summary, *o.helps, *o.risks, *o.evidence, *o.next_steps, *o.reasons,
                 *(b.text for b in o.circumstances)):
        assert text.strip()  # German where written, otherwise English behind a visible marker


def test_missing_german_shows_english_with_the_marker() -> None:
    from app.wizard.definition import FALLBACK_MARKER, Text

    assert Text({"en": "Only English.", "ru": "Только русский."}).render("de") == FALLBACK_MARKER + "Only English."


def test_russian_is_complete() -> None:
    for example in EXAMPLES.glob("*.json"):
        o = step(D, json.loads(example.read_text(encoding="utf-8")), "ru").outcome
        assert o is not None
        texts = (o.category, o.summary, *o.helps, *o.risks, *o.evidence, *o.next_steps, *o.reasons,
                 *(b.title + b.text for b in o.circumstances))
        assert not any("[EN]" in t for t in texts), example.stem
        assert any("а" <= ch <= "я" for ch in o.summary)


def test_unsupported_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        step(D, {}, "fr")


def test_review_lists_the_answered_path_with_labels() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    given["no-longer-asked"] = "x"
    rows = review(D, given)
    assert [r[0] for r in rows] == list(step(D, given).path)
    assert rows[0] == ("stage", "Where does your asylum case stand?", "Applied, waiting for the interview")
    docs = dict((r[0], r[2]) for r in rows)["documents"]
    assert docs == ("Military ID or military registration papers, "
                    "Proof of service or of how it ended (contract, unit papers, orders, discharge)")
    assert review(D, given, "ru")[0][1] == "На какой стадии ваше дело об убежище?"


def test_reasons_say_which_answers_led_here() -> None:
    o = step(D, answers(service="never", call_up="mobilisation", age="from-31-to-65",
                        documents=["call-up-notice"])).outcome
    assert o is not None
    assert "You received a summons or call-up for the mobilisation and did not report." in o.reasons
    assert "Papers you have: summons or call-up notice on paper." in o.reasons  # lower-case inside the sentence
    assert len(o.reasons) == len(step(D, answers(service="never", call_up="mobilisation")).path)  # one per answer


def test_evidence_checklist_marks_what_is_held() -> None:
    o = step(D, answers(service="never", call_up="mobilisation", age="from-31-to-65",
                        documents=["call-up-notice"])).outcome
    assert o is not None
    held = [e for e in o.evidence if e.startswith("☑ **You have:**")]
    gather = [e for e in o.evidence if e.startswith("☐ **To gather:**")]
    assert len(held) + len(gather) == len(o.evidence)  # every item is marked and labelled
    assert len(held) == 1 and "summons or call-up notice" in held[0]
    assert any("military ID" in e for e in gather)


@pytest.mark.parametrize(("lang", "held", "gather"), [
    ("ru", "☑ **Есть:** повестка", "☐ **Нужно собрать:** военный билет"),
    ("de", "☑ **Vorhanden:** die Ladung", "☐ **Zu beschaffen:** Wehrpass"),
])
def test_an_evidence_item_goes_on_after_its_label_as_the_language_writes_it(lang: str, held: str,
                                                                            gather: str) -> None:
    """After «Есть:» a Russian item goes on lower-case; a German one only where it starts with an
    article, never a noun (translation review S18)."""
    o = step(D, answers(service="never", call_up="mobilisation", age="from-31-to-65",
                        documents=["call-up-notice"]), lang).outcome
    assert o is not None
    assert any(e.startswith(held) for e in o.evidence), o.evidence
    assert any(e.startswith(gather) for e in o.evidence), o.evidence


def test_public_opposition_does_not_duplicate_the_anti_war_evidence_item() -> None:
    o = step(D, answers(service="never", call_up="none", opposition="public",
                        documents=["anti-war-evidence"])).outcome
    assert o is not None
    assert sum("statements" in e for e in o.evidence) == 1


def test_wizard_never_imports_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, app.wizard.engine, app.wizard.validate, app.wizard.definition, app.wizard.model, "
            "app.cli.wizard; bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
            "print(bad); raise SystemExit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# ---- property: whatever the answers, the engine answers with a question or an outcome

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_QIDS = [q.id for q in D.questions]
_OPTION_IDS = sorted({o.id for q in D.questions for o in q.options})
_junk_value = st.one_of(
    st.sampled_from(_OPTION_IDS), st.text(max_size=10), st.none(), st.integers(), st.booleans(),
    st.lists(st.one_of(st.sampled_from(_OPTION_IDS), st.text(max_size=6), st.integers()), max_size=5),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
)
_junk = st.dictionaries(st.one_of(st.sampled_from(_QIDS), st.text(max_size=12)), _junk_value, max_size=14)


def _option_strategy(q: Any) -> st.SearchStrategy[Any]:
    ids = [o.id for o in q.options]
    if q.multiple:
        return st.lists(st.sampled_from(ids), min_size=1, max_size=len(ids), unique=True)
    return st.sampled_from(ids)


_valid = st.fixed_dictionaries({}, optional={q.id: _option_strategy(q) for q in D.questions})
_answers = st.one_of(_valid, _junk, st.builds(lambda a, b: {**b, **a}, _valid, _junk))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(given_answers=_answers, lang=st.sampled_from(["en", "ru", "de"]))
def test_any_answers_yield_a_question_or_an_outcome(given_answers: dict[Any, Any], lang: str) -> None:
    state = step(D, given_answers, lang)
    assert (state.question is None) != (state.outcome is None)
    assert state.answered == len(state.path) == len(set(state.path))
    assert set(state.path) <= set(_QIDS)
    if state.question is not None:
        assert state.remaining >= 1 and state.question.id not in state.path
        assert state.question.text.strip() and all(o.label.strip() for o in state.question.options)
    else:
        o = state.outcome
        assert o is not None and state.remaining == 0 and o.lang == lang
        assert o.sections and o.laws and o.reasons
        assert all(b.title.strip() and b.text.strip() for b in o.circumstances)
        assert all(t.strip() for t in (o.category, o.summary, *o.helps, *o.risks, *o.evidence, *o.next_steps))
    assert len(review(D, given_answers, lang)) == state.answered
    cleaned = prune(D, given_answers)
    assert prune(D, cleaned) == cleaned
    assert step(D, cleaned, lang) == state


def test_a_deserter_is_not_asked_for_a_call_up_notice() -> None:
    o = step(D, answers(service="left", service_kind="contract", deployment="no")).outcome
    assert o is not None and not any("call-up" in e.lower() for e in o.evidence)
    o = step(D, answers(service="never", call_up="basic")).outcome
    assert o is not None and any("call-up" in e for e in o.evidence)
