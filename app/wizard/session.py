"""One client's walk through the assessment: the answers, Back, "change" and Restart.

The engine (`app.wizard.engine.step`) is a pure function of the answers; what it does not
hold is how the counsellor moves: which page is on screen (a question, the review of every
answer, or the outcome), and the answers taken back with Back or "change", remembered so
that the question comes back with them preselected. That is this small state machine,
kept beside the engine so its rules are tested without a window:

- Next on a question needs an answer; a changed answer drops later answers that no longer
  apply (`prune`), keeps those that still may;
- when every question is answered the review comes first, then the outcome;
- Back from the outcome returns to the review; from a question, it takes back the last
  answer on the path;
- "change" on the review takes back that one answer; later answers stay and are reused.

Nothing here is written anywhere: the answers live as long as the session object.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from app.wizard.definition import Definition
from app.wizard.engine import prune, step
from app.wizard.model import State

Page = Literal["question", "review", "outcome"]


@dataclass(frozen=True)
class Screen:
    """What the assessment window shows now, and which of Back and Next can be used."""

    page: Page
    state: State
    can_go_back: bool
    can_go_next: bool


class AssessmentSession:
    """The answers of one client and where the counsellor stands among the pages."""

    def __init__(self, definition: Definition, lang: str = "en") -> None:
        self.definition = definition
        self.lang = lang
        self.answers: dict[str, Any] = {}  # question id -> option id (a list for a multiple choice)
        self._remembered: dict[str, Any] = {}  # answers taken back with Back or "change", to preselect
        self._showing_outcome = False

    def state(self) -> State:
        return step(self.definition, self.answers, self.lang)

    def screen(self) -> Screen:
        """The page to show. An outcome is on screen only while no question is pending: answers
        that open a question again (a loaded file, a taken-back answer) lead back to it."""
        state = self.state()
        if state.question is not None:
            self._showing_outcome = False
            page: Page = "question"
        else:
            page = "outcome" if self._showing_outcome else "review"
        return Screen(page, state,
                      can_go_back=bool(state.path) or self._showing_outcome,
                      can_go_next=not (self._showing_outcome and state.outcome is not None))

    def preselected(self, question_id: str) -> list[str]:
        """The options to show ticked: the answer given, or the one taken back with Back."""
        previous = self.answers.get(question_id, self._remembered.get(question_id))
        if isinstance(previous, list):
            return list(previous)
        return [previous] if previous else []

    def go_next(self, chosen: Sequence[str] = ()) -> bool:
        """Next: answer the current question with `chosen` (option ids), or go from the review
        to the outcome. False, and nothing changes, when a question is left unanswered."""
        state = self.state()
        if state.question is not None:
            if not chosen:
                return False
            question = state.question
            self.answers[question.id] = list(chosen) if question.multiple else chosen[0]
            self._remembered.pop(question.id, None)
            self.answers = prune(self.definition, self.answers)
        elif not self._showing_outcome:
            self._showing_outcome = True
        return True

    def go_back(self, pending: Sequence[str] = ()) -> bool:
        """Back: from the outcome to the review; otherwise take back the last answer on the path.
        `pending`: the options ticked on the question on screen but not confirmed with Next; they
        are not an answer (the path does not change), only remembered, so the question comes
        back with them ticked. False when there is nothing to go back to."""
        if self._showing_outcome:
            self._showing_outcome = False
            return True
        state = self.state()
        if not state.path:
            return False
        if state.question is not None and pending:
            question = state.question
            self._remembered[question.id] = list(pending) if question.multiple else pending[0]
        self._take_back(state.path[-1])
        return True

    def change_answer(self, question_id: str) -> bool:
        """"change" on the review: ask this question again, its answer preselected; the later
        answers stay and are reused if they still apply. False for a question not on the path."""
        if question_id not in self.state().path:
            return False
        self._take_back(question_id)
        self._showing_outcome = False
        return True

    def restart(self) -> None:
        """Start again with no answers (and nothing remembered to preselect)."""
        self.answers = {}
        self._remembered = {}
        self._showing_outcome = False

    def load(self, answers: Mapping[str, Any]) -> None:
        """Continue from a saved answers file: a fresh start with these answers; ids an older
        version knew and this one does not are dropped."""
        self.restart()
        self.answers = prune(self.definition, answers)

    def answers_to_save(self) -> dict[str, str | list[str]]:
        """The answers on the path, cleaned, as an answers file holds them."""
        return prune(self.definition, self.answers)

    def _take_back(self, question_id: str) -> None:
        self._remembered[question_id] = self.answers.pop(question_id, None)
