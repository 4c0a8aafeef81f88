"""The assessment as the counsellor walks it: Next, Back, "change", Restart, a saved file.

The tiny definition from conftest: "Which kind?" (a / b); "Which detail?" (x / y) only
after kind a; outcome out-a or out-b.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.wizard.definition import load_definition
from app.wizard.session import AssessmentSession
from tests.unit.wizard.conftest import MINIMAL

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def session(write) -> AssessmentSession:
    return AssessmentSession(load_definition(write(MINIMAL) / "wizard.yaml"))


def asked(s: AssessmentSession) -> str | None:
    """The question on screen, or None on the review and the outcome."""
    screen = s.screen()
    return screen.state.question.id if screen.page == "question" and screen.state.question else None


def walk(s: AssessmentSession, *choices: Any) -> None:
    for chosen in choices:
        assert s.go_next([chosen] if isinstance(chosen, str) else chosen)


def test_next_without_an_answer_stays_on_the_question(session: AssessmentSession) -> None:
    assert not session.go_next([])
    assert asked(session) == "kind" and session.answers == {}


def test_all_answered_shows_the_review_then_the_outcome(session: AssessmentSession) -> None:
    walk(session, "a")
    assert asked(session) == "detail"
    walk(session, "x")
    assert session.screen().page == "review"
    assert session.go_next()
    screen = session.screen()
    assert screen.page == "outcome" and screen.state.outcome is not None and screen.state.outcome.id == "out-a"
    assert not screen.can_go_next and screen.can_go_back


def test_back_from_the_outcome_returns_to_the_review_then_to_the_last_question(session: AssessmentSession) -> None:
    walk(session, "a", "x")
    session.go_next()
    assert session.go_back() and session.screen().page == "review"
    assert session.go_back() and asked(session) == "detail"
    assert session.preselected("detail") == ["x"]  # the answer taken back is offered again
    assert session.answers == {"kind": "a"}


def test_back_on_the_first_question_does_nothing(session: AssessmentSession) -> None:
    assert not session.screen().can_go_back
    assert not session.go_back()
    assert asked(session) == "kind"


def test_changing_an_earlier_answer_drops_later_answers_that_no_longer_apply(session: AssessmentSession) -> None:
    walk(session, "a", "x")
    assert session.change_answer("kind")
    assert asked(session) == "kind" and session.preselected("kind") == ["a"]
    walk(session, "b")  # kind b asks no detail
    assert session.answers == {"kind": "b"}
    assert session.screen().page == "review"
    session.go_next()
    assert session.screen().state.outcome.id == "out-b"


def test_changing_an_answer_keeps_later_answers_that_still_apply(session: AssessmentSession) -> None:
    walk(session, "a", "x")
    session.go_next()  # on the outcome
    assert session.change_answer("kind")
    walk(session, "a")  # the same kind again: the detail still applies and is reused
    assert session.answers == {"kind": "a", "detail": "x"}
    assert session.screen().page == "review"


def test_change_for_a_question_not_on_the_path_does_nothing(session: AssessmentSession) -> None:
    walk(session, "b")
    assert not session.change_answer("detail")
    assert not session.change_answer("no-such-question")
    assert session.answers == {"kind": "b"} and session.screen().page == "review"


def test_back_remembers_what_was_ticked_but_not_confirmed(session: AssessmentSession) -> None:
    """A tick on the question on screen, then Back before Next: not an answer (the path and the
    answers do not change), but the question comes back with it ticked."""
    walk(session, "a")
    assert asked(session) == "detail"
    assert session.go_back(pending=["y"])
    assert asked(session) == "kind" and session.answers == {}
    walk(session, "a")
    assert asked(session) == "detail" and session.preselected("detail") == ["y"]
    assert session.answers == {"kind": "a"}


def test_restart_forgets_the_answers_and_what_back_remembered(session: AssessmentSession) -> None:
    walk(session, "a", "x")
    session.go_back()
    session.restart()
    assert session.answers == {} and asked(session) == "kind"
    assert session.preselected("kind") == [] and session.preselected("detail") == []


def test_answers_that_reopen_a_question_close_the_outcome(session: AssessmentSession) -> None:
    walk(session, "a", "x")
    session.go_next()
    session.answers = {"kind": "a"}  # e.g. set from outside while the outcome is on screen
    assert asked(session) == "detail"
    session.answers = {"kind": "a", "detail": "y"}
    assert session.screen().page == "review"  # answered again: the review comes first


def test_a_loaded_file_drops_ids_this_version_does_not_know(session: AssessmentSession) -> None:
    walk(session, "a")
    session.go_back()
    session.load({"kind": "b", "detail": "x", "retired-question": "z"})
    assert session.answers == {"kind": "b"}  # detail is off the path after kind b
    assert session.preselected("kind") == ["b"] and session.screen().page == "review"


def test_what_is_saved_is_the_answers_on_the_path(session: AssessmentSession) -> None:
    session.answers = {"kind": "b", "detail": "x"}
    assert session.answers_to_save() == {"kind": "b"}


def test_the_shipped_example_walks_to_its_outcome_answer_by_answer() -> None:
    definition = load_definition()
    example = json.loads((ROOT / "resources/wizard/examples/deserter.json").read_text(encoding="utf-8"))
    s = AssessmentSession(definition, "ru")
    while (question := s.screen().state.question) is not None:
        given = example[question.id]
        assert s.go_next(given if isinstance(given, list) else [given])
    assert s.screen().page == "review"
    s.go_next()
    outcome = s.screen().state.outcome
    assert outcome is not None and outcome.id == "deserter" and outcome.lang == "ru"
