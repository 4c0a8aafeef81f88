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
    base: dict[str, Any] = {"minority": "none", "opposition": "no", "location": "other",
                            "route": "not-known", "documents": ["none"]}
    base.update({k.replace("_", "-"): v for k, v in given.items()})
    return base


# (situation, answers, outcome id, blocks that must show, laws and sections that must be cited)
SITUATIONS: list[tuple[str, dict[str, Any], str, set[str], set[str], set[str]]] = [
    ("contract soldier left, now in Kazakhstan, Schengen visa",
     answers(category="served", service_kind="contract", objection_declared="no", location="kazakhstan",
             route="visa-other-state", documents=["military-id", "service-proof"]),
     "deserter", {"served-contract", "in-kazakhstan", "reaching-the-eu", "dublin-other-state"},
     {"bmi-statement-2022-05", "bmi-reply-2023-09-20", "asylg-3b", "dublin-iii-regulation"},
     {"political-persecution", "bamf-adjusted-practice", "dublin"}),
    ("mobilised reservist served and left, no papers",
     answers(category="served", service_kind="mobilised", objection_declared="no"),
     "deserter", {"served-mobilised", "deserter-without-papers"},
     {"bamf-decision-2023-09-29", "bmi-statement-2022-05"}, {"differences"}),
    ("conscript called up, fled overland, in Germany, registered before July 2026",
     answers(category="called-up", objection_declared="no", age="from-18-to-30", location="germany",
             route="overland", documents=["call-up-notice"], registration="before"),
     "deserter", {"called-up-basic-service", "age-conscription", "in-germany", "dublin-other-state",
                  "overland-pushbacks", "dublin-iii-continues", "law-changed-2026"},
     {"ru-criminal-code-328", "ru-supreme-court-2008", "dublin-iii-regulation", "ammr"},
     {"practice-since-september-2023", "dublin", "eu-law-2026"}),
    ("called up after a formal objection application",
     answers(category="called-up", objection_declared="formal-application", age="from-18-to-30",
             documents=["call-up-notice", "objection-application"]),
     "deserter", {"prior-formal-application"}, {"cjeu-shepherd", "cjeu-ez", "qd-art-9"},
     {"war-contrary-to-international-law"}),
    ("reservist with a mobilisation notice, 45, in Germany",
     answers(category="mobilisation-notice", objection_declared="no", age="from-31-to-65", location="germany",
             route="german-visa", documents=["call-up-notice", "military-id"], registration="after"),
     "reservist-call-up", {"age-31-to-65", "in-germany", "german-visa"},
     {"bamf-decision-2023-09-29", "cnda-2023-09-06", "ru-criminal-code-328", "ru-supreme-court-2008",
      "ru-law-2022-05-25", "qualification-regulation"},
     {"practice-since-september-2023", "war-contrary-to-international-law"}),
    ("reservist without the notice, objection declared informally",
     answers(category="mobilisation-notice", objection_declared="informal", age="from-31-to-65",
             documents=["military-id"]),
     "reservist-call-up", {"reservist-without-notice", "informal-objection"},
     {"cnda-2023-09-06", "cjeu-ez"}, {"mobilisation-practice"}),
    ("38-year-old Chechen, never contacted, in Germany after July 2026",
     answers(category="no-contact", age="from-31-to-65", minority="chechen", location="germany",
             route="german-visa", registration="not-yet"),
     "draft-evader", {"chechen", "age-31-to-65"},
     {"vg-halle-2023-04-27", "vg-berlin-2023-03-20", "bmi-statement-2022-05"},
     {"considerable-probability", "war-contrary-to-international-law"}),
    ("17-year-old Chechen",
     answers(category="no-contact", age="under-18", minority="chechen"),
     "draft-evader", {"age-under-18", "chechen"}, {"vg-berlin-2023-03-20"}, {"russian-legal-framework"}),
    ("evader who holds a summons that came later, still in Russia",
     answers(category="no-contact", age="from-18-to-30", location="russia", documents=["call-up-notice"]),
     "draft-evader", {"evader-holds-notice", "in-russia", "reaching-the-eu"},
     {"cnda-2023-09-06", "echr-art-3"}, {"flight-after-mobilisation", "mobilisation-practice"}),
    ("evader who protested the war in public, in Armenia",
     answers(category="no-contact", age="from-18-to-30", opposition="public", location="armenia",
             documents=["anti-war-evidence"]),
     "draft-evader", {"opposition-public", "in-armenia"}, {"asylg-3b", "ep-resolution-2023-02"},
     {"political-persecution"}),
    ("objector whose application was rejected, no copy",
     answers(category="objector", objector_status="rejected", age="from-18-to-30"),
     "conscientious-objector", {"objector-rejected", "objector-without-copy"},
     {"ecthr-bayatyan", "cjeu-shepherd", "cjeu-ez"}, {"russian-legal-framework"}),
    ("objector in alternative service, with the application, in Georgia",
     answers(category="objector", objector_status="in-service", age="from-18-to-30",
             location="georgia-serbia-israel", documents=["objection-application"]),
     "conscientious-objector", {"objector-in-service", "in-georgia-serbia-israel"},
     {"ru-law-2022-11", "ecthr-bayatyan"}, {"war-contrary-to-international-law"}),
    ("objector waiting for a decision, privately against the war",
     answers(category="objector", objector_status="pending", age="from-18-to-30", opposition="private",
             documents=["objection-application"]),
     "conscientious-objector", {"objector-pending", "opposition-private"}, {"bamf-decision-2023-09-29"},
     {"russian-legal-framework"}),
    ("unsure of the papers, naturalised citizen in Turkey",
     answers(category="unsure", age="from-31-to-65", minority="naturalised", location="turkey",
             documents=["call-up-notice"]),
     "category-unclear", {"naturalised", "in-turkey"}, {"bmi-reply-2023-09-20"},
     {"differences", "mobilisation-practice"}),
    ("unsure, over 65, another minority, in another EU state, registration date unknown",
     answers(category="unsure", age="over-65", minority="other-minority", location="other-eu",
             route="visa-other-state", registration="unknown"),
     "category-unclear", {"age-over-65", "other-minority", "in-other-eu", "registration-unknown"},
     {"bmi-statement-2022-05", "ammr"}, {"eu-law-2026"}),
    ("conscript served and left, route not settled",
     answers(category="served", service_kind="conscript", objection_declared="no", route="not-known",
             documents=["service-proof"]),
     "deserter", {"route-not-known"}, {"qd-art-9"}, {"asylum-few-doors"}),
]


@pytest.mark.parametrize(("situation", "given", "outcome_id", "blocks", "laws", "sections"), SITUATIONS,
                         ids=[s[0] for s in SITUATIONS])
def test_situation(situation: str, given: dict[str, Any], outcome_id: str, blocks: set[str],
                   laws: set[str], sections: set[str]) -> None:
    state = step(D, given)
    assert state.question is None, f"{situation}: still asks {state.question and state.question.id}"
    o = state.outcome
    assert o is not None and o.id == outcome_id
    shown = {b.id for b in o.circumstances}
    assert blocks <= shown, blocks - shown
    assert laws <= set(o.laws), laws - set(o.laws)
    assert sections <= set(o.sections), sections - set(o.sections)
    assert "law-changed-2026" in shown  # every outcome warns that the law the report cites has changed
    assert o.reasons and o.summary and o.helps and o.risks and o.evidence and o.next_steps
    assert state.remaining == 0 and state.answered == len(state.path)


def test_table_covers_every_outcome_and_circumstance() -> None:
    assert {s[2] for s in SITUATIONS} == {o.id for o in D.outcomes}
    assert set().union(*(s[3] for s in SITUATIONS)) | {"law-changed-2026"} == {
        b.id for b in D.blocks}


def test_mutually_exclusive_blocks_stay_apart() -> None:
    o = step(D, answers(category="served", service_kind="contract", objection_declared="no",
                        documents=["service-proof"])).outcome
    assert o is not None
    shown = {b.id for b in o.circumstances}
    assert not shown & {"deserter-without-papers", "served-mobilised", "called-up-basic-service", "chechen",
                        "dublin-iii-continues", "in-germany"}


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
    changed = {**given, "category": "no-contact"}
    kept = prune(D, changed)
    assert "service-kind" not in kept and "objection-declared" not in kept
    for qid in ("minority", "opposition", "location", "route", "documents"):
        assert kept[qid] == given[qid]
    state = step(D, kept)
    assert state.question is not None and state.question.id == "age"  # the one new question
    final = step(D, {**kept, "age": "from-18-to-30"})
    assert final.outcome is not None and final.outcome.id == "draft-evader"


def test_switching_between_deserter_routes_keeps_the_shared_follow_up() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    kept = prune(D, {**given, "category": "called-up"})
    assert kept["objection-declared"] == "no" and "service-kind" not in kept


def test_prune_keeps_answers_whose_question_may_still_apply() -> None:
    assert prune(D, {"service-kind": "contract"}) == {"service-kind": "contract"}  # category still open
    assert prune(D, {"category": "no-contact", "service-kind": "contract"}) == {"category": "no-contact"}
    assert prune(D, {"location": "russia", "registration": "before"}) == {"location": "russia"}


def test_prune_cleans_values() -> None:
    assert prune(D, {"category": ["served", "bogus"], "documents": "military-id", "x": "y"}) == {
        "category": "served", "documents": ["military-id"]}


@pytest.mark.parametrize("stale", [
    {"category": "deserted-in-2022"},
    {"category": ["bogus"]},
    {"category": None},
    {"category": 3},
    {"category": {"id": "served"}},
    {"no-such-question": "served"},
    {7: "served"},
])
def test_unknown_ids_and_types_are_ignored(stale: dict[Any, Any]) -> None:
    state = step(D, stale)
    assert state.question is not None and state.question.id == "category" and state.answered == 0


def test_stale_option_ids_inside_lists_are_dropped() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    given["documents"] = ["military-id", "old-option-id"]
    given["category"] = ["withdrawn-option", "served"]
    state = step(D, given)
    assert state.outcome is not None and state.outcome.id == "deserter"
    assert normalise(D, given)["documents"] == frozenset({"military-id"})


def test_multi_select_answered_with_only_unknown_ids_is_asked_again() -> None:
    given = json.loads((EXAMPLES / "deserter.json").read_text(encoding="utf-8"))
    given["documents"] = ["gone"]
    state = step(D, given)
    assert state.question is not None and state.question.id == "documents" and state.question.multiple


def test_not_a_mapping_is_treated_as_no_answers() -> None:
    state = step(D, [("category", "served")])  # type: ignore[arg-type]
    assert state.question is not None and state.question.id == "category"


def test_step_is_pure() -> None:
    given = json.loads((EXAMPLES / "reservist-call-up.json").read_text(encoding="utf-8"))
    before = copy.deepcopy(given)
    assert step(D, given) == step(D, given)
    assert given == before


def test_german_falls_back_to_english_visibly() -> None:
    q = step(D, {}, "de").question
    assert q is not None
    assert q.text == "Was beschreibt Ihre Lage am besten?"
    assert q.why.startswith("[EN] ") and len(q.why) > 10
    assert all(o.label and not o.label.startswith("[EN]") for o in q.options)
    given = json.loads((EXAMPLES / "draft-evader.json").read_text(encoding="utf-8"))
    o = step(D, given, "de").outcome
    assert o is not None and o.lang == "de"
    assert o.category == "Militärdienstentzieher"
    assert o.summary.startswith("[EN] ")
    assert all(b.title and not b.title.startswith("[EN]") for b in o.circumstances)
    for text in (o.summary, *o.helps, *o.risks, *o.evidence, *o.next_steps, *o.reasons,
                 *(b.text for b in o.circumstances)):
        assert text.strip() and "[EN] " in text


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
    assert rows[0] == ("category", "Which of these describes your situation best?",
                       "I served in the armed forces and left the service")
    docs = dict((r[0], r[2]) for r in rows)["documents"]
    assert docs == "Military ID or military registration papers, Proof of service or of leaving it (contract, unit papers, orders)"
    assert review(D, given, "ru")[0][1] == "Что из перечисленного лучше всего описывает вашу ситуацию?"


def test_reasons_say_which_answers_led_here() -> None:
    o = step(D, answers(category="mobilisation-notice", objection_declared="no", age="from-31-to-65",
                        documents=["call-up-notice"])).outcome
    assert o is not None
    assert o.reasons[0] == ("As a reservist you received a summons or call-up notice for the mobilisation "
                            "and did not report.")
    assert "Papers you have: Summons or call-up notice." in o.reasons
    assert not any("minority" in r.lower() for r in o.reasons)  # 'none' answers add no sentence


def test_evidence_checklist_marks_what_is_held() -> None:
    o = step(D, answers(category="mobilisation-notice", objection_declared="no", age="from-31-to-65",
                        documents=["call-up-notice"])).outcome
    assert o is not None
    held = [e for e in o.evidence if e.startswith("**You have:**")]
    gather = [e for e in o.evidence if e.startswith("**To gather:**")]
    assert len(held) == 1 and "summons or call-up notice" in held[0]
    assert any("Military ID" in e for e in gather)


def test_public_opposition_does_not_duplicate_the_anti_war_evidence_item() -> None:
    o = step(D, answers(category="no-contact", age="from-18-to-30", opposition="public",
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
        assert all(t.strip() for t in (o.category, o.summary, *o.helps, *o.risks, *o.evidence, *o.next_steps))
    assert len(review(D, given_answers, lang)) == state.answered
    cleaned = prune(D, given_answers)
    assert prune(D, cleaned) == cleaned
    assert step(D, cleaned, lang) == state


def test_contract_soldier_is_not_asked_for_a_call_up_notice() -> None:
    o = step(D, answers(category="served", service_kind="contract", objection_declared="no")).outcome
    assert o is not None and not any("call-up notice" in e for e in o.evidence)
    o = step(D, answers(category="served", service_kind="conscript", objection_declared="no")).outcome
    assert o is not None and any("call-up notice" in e for e in o.evidence)
