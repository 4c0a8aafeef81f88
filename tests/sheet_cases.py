"""Answer sets for sheet tests: the shipped examples and, per outcome, the longest sheet.

The longest is found greedily: walk the path and at each question pick the option(s)
that make the outcome's text longest. It is the case that must still fit on two pages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.wizard.engine import step

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "resources" / "wizard" / "examples").glob("*.json"))


def example_answers() -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES}


def _size(definition: Any, answers: dict[str, Any], lang: str) -> int:
    o = step(definition, answers, lang).outcome
    if o is None:
        return -1
    texts = [o.summary, *o.helps, *o.risks, *o.evidence, *o.next_steps, *(b.title + b.text for b in o.circumstances)]
    return sum(len(t) for t in texts) + 120 * (len(o.laws) + len(o.terms))


def longest_answers(definition: Any, seed: dict[str, Any], lang: str) -> dict[str, Any]:
    """Keep the seed's category answer; choose every later answer to maximise the sheet."""
    first = next(iter(seed))
    answers: dict[str, Any] = {first: seed[first]}
    for _ in range(40):
        state = step(definition, answers, lang)
        q = state.question
        if q is None:
            return answers
        candidates: list[Any] = [o.id for o in q.options]
        if q.multiple:
            candidates = [[o.id for o in q.options if o.id != "none"]] + [[c] for c in candidates]
        best, best_size = candidates[0], -2
        for c in candidates:
            trial = {**answers, q.id: c}
            # finish the rest of the path with first options to measure this choice
            probe = dict(trial)
            for _ in range(40):
                st = step(definition, probe, lang)
                if st.question is None:
                    break
                probe[st.question.id] = [st.question.options[0].id] if st.question.multiple else st.question.options[0].id
            size = _size(definition, probe, lang)
            if step(definition, probe, lang).outcome.id != step(definition, {**seed}, lang).outcome.id:
                continue  # stay within the outcome under test
            if size > best_size:
                best, best_size = c, size
        answers[q.id] = best
    return answers
